package library

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"charm.land/bubbles/v2/list"

	"qari/reader"
	"qari/reader/store"
)

// The library's benchmarks run on generated libraries of 1,000, 10,000
// and (with QARI_BENCH_100K=1) 100,000 articles of about 5 KB, half
// Arabic and half English: some 50 MB of text at 10,000. A library is
// generated once per run (10,000 take about a minute) and shared by the
// benchmarks.

// benchSizes are the libraries' sizes.
func benchSizes() []int {
	if os.Getenv("QARI_BENCH_100K") != "" {
		return []int{1000, 10000, 100000}
	}
	return []int{1000, 10000}
}

var (
	benchRoot   string
	benchMu     sync.Mutex
	benchStores = map[int]*store.Store{}
)

func TestMain(m *testing.M) {
	code := m.Run()
	for _, s := range benchStores {
		s.Close()
	}
	if benchRoot != "" {
		os.RemoveAll(benchRoot)
	}
	os.Exit(code)
}

// words are the generated articles' vocabulary; هجومًا and Aleppo are
// in about one article in a hundred (the searches' targets).
var (
	arabicWords  = strings.Fields("قال الوزير إن المدينة شهدت خلال الأسبوع الماضي تطورات كبيرة في الأحياء الشرقية حيث عادت الأسواق إلى العمل وفتحت المدارس أبوابها أمام الطلاب من جديد وأكد السكان أن الحياة تعود ببطء إلى طبيعتها رغم الصعوبات الاقتصادية والخدمات المحدودة في الكهرباء والماء")
	englishWords = strings.Fields("the council said on thursday that the harbour would reopen after repairs to the seawall and that the yard would keep its lease for another year while the commission reviewed the rates paid by every tenant on the quay and the market")
)

// article is generated article i: a title, five sections of paragraphs,
// about 5 KB.
func article(i int, r *rand.Rand) string {
	ws := englishWords
	if i%2 == 1 {
		ws = arabicWords
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s %s %d\n\n", ws[r.IntN(len(ws))], ws[r.IntN(len(ws))], i)
	for s := 0; b.Len() < 5000; s++ {
		if s > 0 && s%3 == 0 {
			fmt.Fprintf(&b, "## %s %s\n\n", ws[r.IntN(len(ws))], ws[r.IntN(len(ws))])
		}
		for w := 0; w < 60; w++ {
			b.WriteString(ws[r.IntN(len(ws))])
			b.WriteByte(' ')
		}
		if i%100 == 7 && s == 4 {
			b.WriteString("هجومًا Aleppo ")
		}
		b.WriteString(".\n\n")
	}
	return b.String()
}

// libraryOf returns the shared generated library of n articles.
func libraryOf(b *testing.B, n int) *store.Store {
	benchMu.Lock()
	defer benchMu.Unlock()
	if s, ok := benchStores[n]; ok {
		return s
	}
	if benchRoot == "" {
		d, err := os.MkdirTemp("", "qari-library-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchRoot = d
	}
	s, err := store.Open(filepath.Join(benchRoot, fmt.Sprint(n)))
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(uint64(n), 11))
	for i := range n {
		d, err := reader.Parse("a.md", []byte(article(i, r)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Keep(d, fmt.Sprintf("https://bench.example/%d", i), 0); err != nil {
			b.Fatal(err)
		}
	}
	benchStores[n] = s
	return s
}

// benchStyles are plain styles, the text cut to its width.
func benchStyles() Styles { return testStyles() }

// BenchmarkOpenLibrary is qari alone up to the first screen of the
// library: the store's list read, the component made and drawn.
func BenchmarkOpenLibrary(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			st := libraryOf(b, n)
			b.ResetTimer()
			for b.Loop() {
				sh, err := NewStored(st)
				if err != nil || sh.Len() != n {
					b.Fatal(sh.Len(), err)
				}
				m := New(sh, DefaultKeyMap(list.DefaultKeyMap()), benchStyles())
				m.SetSize(120, 40)
				if v := m.View(); !strings.Contains(v, "articles") {
					b.Fatal(v)
				}
			}
		})
	}
}

// BenchmarkWholeList is reading the rest of the list after the first
// screen, off the UI goroutine, and listing it.
func BenchmarkWholeList(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			st := libraryOf(b, n)
			b.ResetTimer()
			for b.Loop() {
				sh, _ := NewStored(st)
				m := New(sh, DefaultKeyMap(list.DefaultKeyMap()), benchStyles())
				m.SetSize(120, 40)
				run(m, m.Init())
				if len(m.entries) != n {
					b.Fatal(len(m.entries))
				}
			}
		})
	}
}

// BenchmarkLibrarySearch is a library search up to the first screen of
// hits: FTS5 ranks the articles, the hits are found in the best ones.
func BenchmarkLibrarySearch(b *testing.B) {
	for _, n := range benchSizes() {
		for _, q := range []string{"هجوما", "aleppo", "harbour"} {
			b.Run(fmt.Sprintf("%d/%s", n, q), func(b *testing.B) {
				st := libraryOf(b, n)
				sh, _ := NewStored(st)
				m := New(sh, DefaultKeyMap(list.DefaultKeyMap()), benchStyles())
				m.SetSize(120, 40)
				b.ResetTimer()
				for b.Loop() {
					m.openSearch()
					m.search.prompt.Insert(q)
					run(m, m.runSearch())
					if v := m.View(); len(m.search.found.Hits) == 0 {
						b.Fatal("no hit:", v)
					}
				}
			})
		}
	}
}

// BenchmarkKeep is adding an article (its fetch aside) to a library of n:
// its text, metadata and index entry in one transaction.
func BenchmarkKeep(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			st := libraryOf(b, n)
			r := rand.New(rand.NewPCG(7, 7))
			i := n
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				d, err := reader.Parse("a.md", []byte(article(i, r)))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := st.Keep(d, fmt.Sprintf("https://bench.example/new/%d", i), 0); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkSearchIndexOnly is the store's search alone, for the share of
// FTS5 and of finding the hits in the text.
func BenchmarkSearchIndexOnly(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			st := libraryOf(b, n)
			b.ResetTimer()
			for b.Loop() {
				f, err := st.Search(context.Background(), "هجوما", 40)
				if err != nil || len(f.Hits) == 0 {
					b.Fatal(err)
				}
			}
		})
	}
}
