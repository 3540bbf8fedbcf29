package quote

import (
	"bytes"
	"os"
	"testing"

	"qari/reader"
)

// seedDoc returns the seed article repeated to size bytes.
func seedDoc(b *testing.B, size int) *reader.Document {
	seed, err := os.ReadFile("../../samples/seed-aleppo.txt")
	if err != nil {
		b.Fatal(err)
	}
	seed = append(bytes.TrimRight(seed, "\n"), '\n')
	data := bytes.Repeat(seed, size/len(seed)+1)[:size]
	doc, err := reader.Parse("seed.txt", data)
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

func benchFind(b *testing.B, size int) {
	doc := seedDoc(b, size)
	b.SetBytes(int64(size))
	b.ResetTimer()
	n := 0
	for b.Loop() {
		n = len(Find(doc))
	}
	b.ReportMetric(float64(n), "quotes")
}

// BenchmarkFind runs Find over the seed repeated to 1 MB and to 100 MB;
// the 100 MB run is skipped under -short.
func BenchmarkFind(b *testing.B) {
	b.Run("1MB", func(b *testing.B) { benchFind(b, 1<<20) })
	b.Run("100MB", func(b *testing.B) {
		if testing.Short() {
			b.Skip("100 MB under -short")
		}
		benchFind(b, 100<<20)
	})
}

// BenchmarkTokenize splits the seed repeated to 1 MB into the finder's
// tokens, block by block, as every pass of Find does.
func BenchmarkTokenize(b *testing.B) {
	doc := seedDoc(b, 1<<20)
	f := &finder{doc: doc, text: doc.Text}
	b.SetBytes(int64(len(doc.Text)))
	var ts []token
	for b.Loop() {
		for _, bl := range doc.Blocks {
			f.folds = f.folds[:0]
			ts = f.tokenize(ts[:0], bl.Start, bl.End)
		}
	}
}
