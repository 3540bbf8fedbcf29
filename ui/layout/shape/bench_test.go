package shape

import (
	"strings"
	"testing"
	"unicode/utf8"

	"qari/samples"
)

// BenchmarkShape shapes the longest paragraph of the seed article.
func BenchmarkShape(b *testing.B) {
	text := ""
	for _, a := range samples.Articles() {
		if a.Name == samples.Seed {
			for _, para := range strings.Split(string(a.Data), "\n") {
				if len(para) > len(text) {
					text = para
				}
			}
		}
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Arabic(text)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(utf8.RuneCountInString(text)), "ns/rune")
}
