package feed

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"qari/reader/store"
)

// articlePage is an article page as a site serves it, for the entries
// that carry only a summary.
const articlePage = `<!doctype html><html lang="en"><head><title>Footbridge vote | Fernhill Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council votes on the footbridge</h1>
<p>The council voted on Thursday to rebuild the footbridge over the ford, after a winter in which the old one was closed for eleven weeks and the school run went the long way round by the mill.</p>
<p>The new bridge will be wider, with a ramp at either end, and the work is to start in March so that it is finished before the summer fair. The ford itself stays open to tractors and to the few drivers who still trust it after rain.</p>
<p>Councillors asked for the old railings to be kept and used again on the new bridge where they can be, since they were given by the village after the flood of 1953.</p>
</article><footer>© Fernhill Gazette</footer></body></html>`

// server serves the testdata feeds, with their {{base}} filled in, the
// pages their entries link to, and every bad answer of the tests.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	mux := http.NewServeMux()
	file := func(name, ctype string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			data, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Error(err)
				return
			}
			etag := fmt.Sprintf(`"%x"`, len(data))
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", ctype)
			w.Write(bytes.ReplaceAll(data, []byte("{{base}}"), []byte(srv.URL)))
		}
	}
	mux.HandleFunc("/rss2.xml", file("rss2.xml", "application/rss+xml"))
	mux.HandleFunc("/atom.xml", file("atom.xml", "application/atom+xml"))
	mux.HandleFunc("/feed.json", file("jsonfeed.json", "application/feed+json"))
	mux.HandleFunc("/ar/rss", file("arabic.xml", "application/rss+xml"))
	mux.HandleFunc("/laughs.xml", file("billion-laughs.xml", "application/xml"))
	mux.HandleFunc("/malformed.xml", file("malformed.xml", "application/xml"))
	mux.HandleFunc("/articles/footbridge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		strings.NewReader(articlePage).WriteTo(w)
	})
	mux.HandleFunc("/site/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<!doctype html><html><head><title>Gazette</title>
<link rel="stylesheet" href="/style.css"><link rel="alternate" type="application/rss+xml" title="RSS" href="../rss2.xml">
</head><body><p>The front page.</p></body></html>`)
	})
	mux.HandleFunc("/moved.xml", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/atom.xml", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush() // the answer starts at once; the body is the bomb
		zw := gzip.NewWriter(w)
		zw.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>`))
		zeros := make([]byte, 1<<20)
		for range 2 * maxBody >> 20 {
			zw.Write(zeros)
		}
		zw.Close()
	})
	mux.HandleFunc("/huge.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>`)
		for i := range 100_000 {
			fmt.Fprintf(w, "<item><title>Item %d</title><guid>huge-%d</guid><description>The text of item number %d of a very long feed.</description></item>\n", i, i, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// subscribe opens a store in a temporary directory subscribed to the
// feeds at paths of srv.
func subscribe(t *testing.T, srv *httptest.Server, paths ...string) (*store.Store, []store.Feed) {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var fs []store.Feed
	for _, p := range paths {
		f, _, err := st.AddFeed(srv.URL+p, "")
		if err != nil {
			t.Fatal(err)
		}
		fs = append(fs, f)
	}
	return st, fs
}

// titles maps the titles of the library's articles to their entries.
func titles(t *testing.T, st *store.Store) map[string]store.Entry {
	t.Helper()
	es, err := st.Library()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]store.Entry{}
	for _, e := range es {
		out[e.Title] = e
	}
	return out
}

// TestUpdateKeepsEveryFormat: RSS 2.0, Atom 1.0, JSON Feed 1.1 and an
// Arabic feed, served over HTTP, end in the library with their titles
// (HTML stripped, control sequences gone), bylines, dates and feeds; the
// entry that carries only a summary is extracted from its link.
func TestUpdateKeepsEveryFormat(t *testing.T) {
	srv := server(t)
	st, fs := subscribe(t, srv, "/rss2.xml", "/atom.xml", "/feed.json", "/ar/rss")
	for _, r := range Update(context.Background(), st, fs, nil) {
		if r.Err != nil || len(r.Notes) > 0 {
			t.Errorf("%s: %v %v", r.Feed.URL, r.Err, r.Notes)
		}
	}
	got := titles(t, st)
	for title, want := range map[string]struct{ feed, byline, date, lang string }{
		"Seed swap draws record crowd":               {"The Fernhill Gazette", "Jo Marsh", "2026-11-30T09:15:00Z", "en"},
		"Council votes on the footbridge & the ford": {"The Fernhill Gazette", "", "2026-11-29T18:00:00Z", "en"},
		"Frost, early":                {"Notes from the Allotment", "Sam Reed", "2026-12-01T07:30:00Z", "en"},
		"Levels rise after the storm": {"River Watch", "Ana Ruiz", "2026-12-02T06:00:00Z", "en"},
		"القوات تشنّ هجومًا على أطراف المدينة": {"أخبار المدينة", "مراسل الجريدة", "2026-12-01T02:00:00Z", "ar"},
	} {
		e, ok := got[title]
		if !ok {
			t.Errorf("%q not in the library: %v", title, keys(got))
			continue
		}
		if e.FeedTitle != want.feed || e.Byline != want.byline || e.Date != want.date || e.Lang != want.lang {
			t.Errorf("%q: feed %q byline %q date %q lang %q, want %+v", title, e.FeedTitle, e.Byline, e.Date, e.Lang, want)
		}
	}
	if len(got) != 6 {
		t.Errorf("library holds %d articles, want 6 (the entry without title or link too): %v", len(got), keys(got))
	}
	// the summary-only entry: the article page, extracted
	e := got["Council votes on the footbridge & the ford"]
	d, err := st.Load(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "old railings to be kept") || strings.Contains(d.Text, "Read more on the site") || strings.Contains(d.Text, "Home") {
		t.Errorf("the summary-only entry was not extracted from its page:\n%s", d.Text)
	}
	for title := range got {
		if strings.ContainsAny(title, "\x1b\x07<>") {
			t.Errorf("a title keeps markup or a control character: %q", title)
		}
	}
	// everything is offline now: the Arabic article is found folded
	f, err := st.Search(context.Background(), "هجوما", 10)
	if err != nil || len(f.Hits) == 0 || !strings.Contains(f.Hits[0].Title, "هجومًا") {
		t.Errorf("هجوما in the library: %+v, %v", f, err)
	}
}

// keys lists a map's titles, for messages.
func keys(m map[string]store.Entry) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestUpdateAgain: the second update asks with the ETag, is told nothing
// changed, and keeps nothing twice.
func TestUpdateAgain(t *testing.T) {
	srv := server(t)
	st, fs := subscribe(t, srv, "/rss2.xml")
	first := Update(context.Background(), st, fs, nil)
	if first[0].New != 2 || first[0].Feed.ETag == "" {
		t.Fatalf("first update: %+v", first[0])
	}
	again, _ := st.Feeds()
	r := Update(context.Background(), st, again, nil)[0]
	if !r.NotModified || r.New != 0 {
		t.Errorf("second update: %+v, want not modified", r)
	}
	// without the validators, the entries are known
	again[0].ETag = ""
	r = Update(context.Background(), st, again, nil)[0]
	if r.NotModified || r.New != 0 || r.Known != 2 {
		t.Errorf("update without ETag: %+v, want 2 known, none new", r)
	}
}

// TestDuplicatesAcrossFeeds: the same entry in two feeds (same link),
// and the same text under another link, are kept once.
func TestDuplicatesAcrossFeeds(t *testing.T) {
	srv := server(t)
	st, fs := subscribe(t, srv, "/atom.xml", "/moved.xml")
	rs := Update(context.Background(), st, fs, nil)
	if n := rs[0].New + rs[1].New; n != 2 {
		t.Errorf("two feeds of the same entries kept %d articles, want 2: %+v", n, rs)
	}
	if got := len(titles(t, st)); got != 2 {
		t.Errorf("library holds %d articles, want 2", got)
	}
}

// TestBadFeeds: each bad feed gets one line saying why, and the good
// feed updated with them is kept all the same.
func TestBadFeeds(t *testing.T) {
	defer func(d time.Duration, e int) { headerTimeout, MaxEntries = d, e }(headerTimeout, MaxEntries)
	headerTimeout, MaxEntries = 500*time.Millisecond, 20
	srv := server(t)
	cases := []struct{ path, want string }{
		{"/malformed.xml", "malformed XML at line"},
		{"/laughs.xml", "declares XML entities"},
		{"/bomb", "once decompressed"},
		{"/loop", "redirect loop"},
		{"/hang", "no answer within"},
		{"/missing.xml", "404 Not Found"},
	}
	paths := []string{"/rss2.xml"}
	for _, c := range cases {
		paths = append(paths, c.path)
	}
	paths = append(paths, "/moved.xml", "/huge.xml")
	st, fs := subscribe(t, srv, paths...)
	start := time.Now()
	rs := Update(context.Background(), st, fs, nil)
	if d := time.Since(start); d > 30*time.Second { // a server that never answers holds nothing up
		t.Errorf("the update took %v", d)
	}
	if rs[0].Err != nil || rs[0].New != 2 {
		t.Errorf("the good feed: %+v", rs[0])
	}
	for i, c := range cases {
		r := rs[i+1]
		if r.Err == nil || !strings.Contains(r.Err.Error(), c.want) || strings.Contains(r.Err.Error(), "\n") {
			t.Errorf("%s: error %v, want one line with %q", c.path, r.Err, c.want)
		}
	}
	moved := rs[len(cases)+1]
	if moved.Err != nil || moved.Feed.URL != srv.URL+"/atom.xml" || len(moved.Notes) != 1 || !strings.Contains(moved.Notes[0], "moved for good") {
		t.Errorf("the feed that moved: %+v", moved)
	}
	huge := rs[len(cases)+2]
	if huge.Err != nil || huge.New != 20 || len(huge.Notes) != 1 || huge.Notes[0] != "100000 entries: the first 20 read" {
		t.Errorf("the feed of 100,000 entries: new %d, notes %q, err %v", huge.New, huge.Notes, huge.Err)
	}
	saved, _ := st.Feeds()
	urls := map[string]bool{}
	for _, f := range saved {
		urls[f.URL] = true
	}
	if !urls[srv.URL+"/atom.xml"] || urls[srv.URL+"/moved.xml"] {
		t.Errorf("the moved feed is not saved under its new address: %v", urls)
	}
}

// TestParseRefusesEntities: entities declared in a DTD fail at once, and
// an undeclared one is a clear error, not an expansion.
func TestParseRefusesEntities(t *testing.T) {
	data, _ := os.ReadFile(filepath.Join("testdata", "billion-laughs.xml"))
	if _, err := Parse(data); err != ErrEntities {
		t.Errorf("billion laughs: %v, want ErrEntities", err)
	}
	_, err := Parse([]byte(`<rss version="2.0"><channel><title>&xxe;</title></channel></rss>`))
	if err == nil || !strings.Contains(err.Error(), "never expanded") {
		t.Errorf("an undeclared entity: %v", err)
	}
	if _, err := Parse([]byte(`<html><body>not a feed</body></html>`)); err != ErrNotFeed {
		t.Errorf("an HTML page: %v, want ErrNotFeed", err)
	}
	if _, err := Parse([]byte(`{"version": "1", "items": []}`)); err != ErrNotFeed {
		t.Errorf("JSON that is not a feed: %v, want ErrNotFeed", err)
	}
}

// TestOPMLRoundTrip: a newsboat export is read with its folders
// flattened, written back, and read again the same.
func TestOPMLRoundTrip(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "subscriptions.opml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	subs, err := ReadOPML(f)
	if err != nil {
		t.Fatal(err)
	}
	want := []Subscription{
		{"The Fernhill Gazette", "https://gazette.example/rss.xml", "https://gazette.example/"},
		{"Notes from the Allotment", "https://allotment.example/atom.xml", "https://allotment.example/notes/"},
		{"أخبار المدينة", "https://news.example/ar/rss", ""},
	}
	if fmt.Sprint(subs) != fmt.Sprint(want) {
		t.Fatalf("read %v, want %v", subs, want)
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "qari", subs); err != nil {
		t.Fatal(err)
	}
	again, err := ReadOPML(&buf)
	if err != nil || fmt.Sprint(again) != fmt.Sprint(subs) {
		t.Errorf("round trip: %v, %v; want %v", again, err, subs)
	}
	if _, err := ReadOPML(strings.NewReader(`<rss version="2.0"></rss>`)); err != ErrNotOPML {
		t.Errorf("a feed read as OPML: %v, want ErrNotOPML", err)
	}
}

// TestParseLegacyCharset: an Arabic feed in windows-1256, as older Arabic
// sites serve them, reads as the same text in UTF-8.
func TestParseLegacyCharset(t *testing.T) {
	title := "القوات تشنّ هجومًا على أطراف المدينة"
	enc, err := charmap.Windows1256.NewEncoder().String(`<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0"><channel><title>أخبار</title><item><title>` + title + `</title><link>https://e.example/a</link></item></channel></rss>`)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse([]byte(enc))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "أخبار" || len(f.Entries) != 1 || f.Entries[0].Title != title {
		t.Errorf("read %q and %+v", f.Title, f.Entries)
	}
}

// TestParseMalformedJSON: a JSON Feed cut short is one line that says so.
func TestParseMalformedJSON(t *testing.T) {
	_, err := Parse([]byte(`{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": "cut`))
	if err == nil || !strings.HasPrefix(err.Error(), "malformed JSON feed") || strings.Contains(err.Error(), "\n") {
		t.Errorf("a JSON Feed cut short: %v", err)
	}
}

// TestSubscribeToASite: a site's page that names its feed in a <link
// rel="alternate"> is subscribed to through that feed.
func TestSubscribeToASite(t *testing.T) {
	srv := server(t)
	st, fs := subscribe(t, srv, "/site/")
	r := Update(context.Background(), st, fs, nil)[0]
	if r.Err != nil || r.New != 2 || r.Feed.URL != srv.URL+"/rss2.xml" || len(r.Notes) != 1 {
		t.Errorf("subscribing to the site's page: %+v", r)
	}
	saved, _ := st.Feeds()
	if len(saved) != 1 || saved[0].URL != srv.URL+"/rss2.xml" || saved[0].Title != "The Fernhill Gazette" {
		t.Errorf("saved %+v", saved)
	}
}

// TestFetchesLeftForLater: past the update's budget of pages, an entry
// that carries only a summary waits for the next update, and is kept
// then.
func TestFetchesLeftForLater(t *testing.T) {
	defer func(n int) { MaxFetches = n }(MaxFetches)
	MaxFetches = 0
	srv := server(t)
	st, fs := subscribe(t, srv, "/rss2.xml")
	r := Update(context.Background(), st, fs, nil)[0]
	if r.Err != nil || r.New != 1 || len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "1 entries whose article is on their page: left for the next update") {
		t.Fatalf("with no fetch allowed: %+v", r)
	}
	MaxFetches = 1
	fs, _ = st.Feeds()
	fs[0].ETag = ""
	r = Update(context.Background(), st, fs, nil)[0]
	if r.Err != nil || r.New != 1 || r.Known != 1 || len(r.Notes) != 0 {
		t.Errorf("the next update: %+v, want the summary's article kept", r)
	}
}
