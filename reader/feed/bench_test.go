package feed

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"qari/reader/store"
)

// benchFeeds serves n feeds of 10 full articles each; feed i answers
// after delay(i), as servers far and near do.
func benchFeeds(b *testing.B, n int, delay func(i int) time.Duration) *httptest.Server {
	mux := http.NewServeMux()
	para := strings.Repeat("The council met again on Thursday to discuss the harbour, the seawall and the rates. ", 8)
	for i := range n {
		mux.HandleFunc(fmt.Sprintf("/feed/%d", i), func(w http.ResponseWriter, r *http.Request) {
			time.Sleep(delay(i))
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %d</title>`, i)
			for j := range 10 {
				fmt.Fprintf(w, `<item><title>Feed %d, article %d</title><link>https://f%d.example/%d</link><description><![CDATA[<p>%d %d %s</p><p>%s</p>]]></description></item>`,
					i, j, i, j, i, j, para, para)
			}
			fmt.Fprint(w, `</channel></rss>`)
		})
	}
	srv := httptest.NewServer(mux)
	b.Cleanup(srv.Close)
	return srv
}

// benchUpdate updates n feeds of srv into a fresh store each round.
func benchUpdate(b *testing.B, srv *httptest.Server, n int) {
	for b.Loop() {
		b.StopTimer()
		st, err := store.Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		var fs []store.Feed
		for i := range n {
			f, _, _ := st.AddFeed(fmt.Sprintf("%s/feed/%d", srv.URL, i), "")
			fs = append(fs, f)
		}
		b.StartTimer()
		for _, r := range Update(context.Background(), st, fs, nil) {
			if r.Err != nil || r.New != 10 {
				b.Fatalf("%+v", r)
			}
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}

// BenchmarkUpdate50: 50 local feeds of 10 articles each (500 kept). In
// "one-slow", 49 feeds answer at once and one after 500 ms: the update
// takes about the slowest feed, not the sum. In "all-100ms" every feed
// takes 100 ms: 8 at a time, about 7 rounds (700 ms), not 5 s.
func BenchmarkUpdate50(b *testing.B) {
	b.Run("instant", func(b *testing.B) {
		benchUpdate(b, benchFeeds(b, 50, func(int) time.Duration { return 0 }), 50)
	})
	b.Run("one-slow", func(b *testing.B) {
		benchUpdate(b, benchFeeds(b, 50, func(i int) time.Duration {
			if i == 0 {
				return 500 * time.Millisecond
			}
			return 0
		}), 50)
	})
	b.Run("all-100ms", func(b *testing.B) {
		benchUpdate(b, benchFeeds(b, 50, func(int) time.Duration { return 100 * time.Millisecond }), 50)
	})
}
