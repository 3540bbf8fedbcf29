package search

import (
	"context"
	"os"
	"strings"
	"testing"
)

// article returns about size bytes of the article repeated, and marker
// put in at three quarters if it is not "".
func article(b *testing.B, name string, size int, marker string) string {
	b.Helper()
	if size > 1<<20 && testing.Short() {
		b.Skip("100 MB under -short")
	}
	seed, err := os.ReadFile("../../samples/" + name)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(seed), size/len(seed)+1)[:size]
	if marker != "" {
		at := strings.LastIndexByte(text[:size*3/4], '\n') + 1
		text = text[:at] + marker + " " + text[at:]
	}
	return text
}

// sizes are the text sizes of the benchmarks.
var sizes = []struct {
	name string
	n    int
}{{"1MB", 1 << 20}, {"100MB", 100 << 20}}

// BenchmarkFold folds the seed line by line, as the regex engine does.
func BenchmarkFold(b *testing.B) {
	for _, sz := range sizes {
		b.Run(sz.name, func(b *testing.B) {
			text := article(b, "seed-aleppo.txt", sz.n, "")
			f := folder{caseless: true}
			b.SetBytes(int64(len(text)))
			var buf []byte
			for b.Loop() {
				for line := range strings.Lines(text) {
					buf = foldLine(buf[:0], line, f)
				}
			}
		})
	}
}

// BenchmarkCount counts the matches of a name in the Arabic seed and of a
// word in either case in an English article.
func BenchmarkCount(b *testing.B) {
	for _, sz := range sizes {
		for _, c := range []struct{ name, article, pattern string }{
			{"ar", "seed-aleppo.txt", "لافروف"},
			{"en", "en-sample-harbor.txt", "quay"},
			{"regex", "seed-aleppo.txt", `لافروف|كيري`},
			{"regex-rare", "seed-aleppo.txt", `(ال)?زعفران|قرنفل`},
		} {
			b.Run(c.name+"/"+sz.name, func(b *testing.B) {
				if strings.HasPrefix(c.name, "regex") && sz.n > 1<<20 {
					b.Skip("regex at 1 MB only")
				}
				text := article(b, c.article, sz.n, "")
				m, err := Compile(Query{Pattern: c.pattern, Regex: strings.HasPrefix(c.name, "regex")})
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					if _, err := m.Count(context.Background(), text); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkNext finds the only match of a word put in at three quarters of
// 100 MB of the seed.
func BenchmarkNext(b *testing.B) {
	text := article(b, "seed-aleppo.txt", 100<<20, "الزعفران")
	m, _ := Compile(Query{Pattern: "الزعفران"})
	b.SetBytes(int64(len(text) * 3 / 4))
	for b.Loop() {
		if _, _, ok := m.Next(context.Background(), text, 0); !ok {
			b.Fatal("no match")
		}
	}
}
