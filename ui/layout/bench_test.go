package layout

import (
	"fmt"
	"strings"
	"testing"

	"qari/reader"
	"qari/samples"
)

// seedText returns the text of the Arabic seed article.
func seedText(tb testing.TB) string {
	for _, a := range samples.Articles() {
		if a.Name == samples.Seed {
			return string(a.Data)
		}
	}
	tb.Fatal("no seed")
	return ""
}

// repeated returns a document of about size bytes: the seed's text
// repeated, one paragraph block a line as the text loader makes them.
func repeated(tb testing.TB, size int) *reader.Document {
	seed := seedText(tb)
	var sb strings.Builder
	sb.Grow(size + len(seed))
	for sb.Len() < size {
		sb.WriteString(seed)
	}
	doc := &reader.Document{Text: sb.String()[:size], Dir: reader.DirRTL}
	off := 0
	for off < len(doc.Text) {
		n := strings.IndexByte(doc.Text[off:], '\n')
		if n < 0 {
			n = len(doc.Text) - off
		}
		if n > 0 {
			doc.Blocks = append(doc.Blocks, reader.Block{Start: off, End: off + n})
		}
		off += n + 1
	}
	return doc
}

// oneBlock returns a document of about size bytes in one block: the seed's
// text repeated with its line breaks made spaces (a one-line file).
func oneBlock(tb testing.TB, size int) *reader.Document {
	doc := repeated(tb, size)
	doc.Text = strings.ReplaceAll(doc.Text, "\n", " ")
	doc.Blocks = []reader.Block{{Start: 0, End: len(doc.Text)}}
	return doc
}

// sizes are the documents the frame benchmarks compare.
var sizes = []struct {
	name string
	size int
	doc  func(testing.TB, int) *reader.Document
}{
	{"1KB", 1 << 10, repeated},
	{"1MB", 1 << 20, repeated},
	{"100MB", 100 << 20, repeated},
	{"100MB-one-line", 100 << 20, oneBlock},
}

// BenchmarkLayoutBlock lays out the seed's longest paragraph at 100
// columns, reordered and shaped.
func BenchmarkLayoutBlock(b *testing.B) {
	doc := repeated(b, len(seedText(b)))
	long := 0
	for i, bl := range doc.Blocks {
		if bl.End-bl.Start > doc.Blocks[long].End-doc.Blocks[long].Start {
			long = i
		}
	}
	for _, opt := range []Options{{Width: 100, Bidi: BidiApp, Shape: true}, {Width: 100, Bidi: BidiTerminal}} {
		b.Run(fmt.Sprintf("bidi=%d,shape=%v", opt.Bidi, opt.Shape), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(doc.Blocks[long].End - doc.Blocks[long].Start))
			for b.Loop() {
				Block(doc, long, opt)
			}
		})
	}
}

// BenchmarkWindow measures one frame, 30 lines at 100 columns, in the middle
// of documents of 1 KB, 1 MB and 100 MB, and of a 100 MB one-line file:
// "jump" lays it out in a new cache (a jump, a resize), "scroll" moves an
// existing one line down. The cost must not grow with the document.
func BenchmarkWindow(b *testing.B) {
	opt := Options{Width: 100, Bidi: BidiApp, Shape: true}
	for _, s := range sizes {
		if s.size > 1<<20 && testing.Short() {
			continue
		}
		doc := s.doc(b, s.size)
		b.Run("jump/"+s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c := NewCache(doc, opt)
				c.Window(c.PosAt(len(doc.Text)/2), 30)
			}
		})
		b.Run("scroll/"+s.name, func(b *testing.B) {
			b.ReportAllocs()
			c := NewCache(doc, opt)
			p := c.PosAt(len(doc.Text) / 2)
			for b.Loop() {
				p = c.Scroll(p, 1)
				if p == c.Last(1) {
					p = Pos{}
				}
				c.Window(p, 30)
			}
		})
	}
}
