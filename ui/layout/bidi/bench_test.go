package bidi

import (
	"strings"
	"testing"
	"unicode/utf8"

	"qari/samples"
)

// seedParagraph returns the longest paragraph of the seed article.
func seedParagraph(tb testing.TB) string {
	for _, a := range samples.Articles() {
		if a.Name != samples.Seed {
			continue
		}
		long := ""
		for _, para := range strings.Split(string(a.Data), "\n") {
			if len(para) > len(long) {
				long = para
			}
		}
		return long
	}
	tb.Fatal("no seed article")
	return ""
}

func BenchmarkResolve(b *testing.B) {
	text := seedParagraph(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Resolve(text, Auto)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(utf8.RuneCountInString(text)), "ns/rune")
}

// BenchmarkVisual reorders the seed paragraph as lines of about 60 bytes.
func BenchmarkVisual(b *testing.B) {
	text := seedParagraph(b)
	p := Resolve(text, Auto)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for start := 0; start < len(text); {
			end := min(start+60, len(text))
			for end < len(text) && !utf8.RuneStart(text[end]) {
				end++
			}
			p.Visual(start, end)
			start = end
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(utf8.RuneCountInString(text)), "ns/rune")
}
