package ui

import (
	"bytes"
	"os"
	"testing"

	tea "charm.land/bubbletea/v2"

	"qari/reader"
)

// BenchmarkFrame times one frame after a scroll of a page (Space, and g
// once the end is reached), the way a reader pages through, at three sizes
// of document: the cost must not grow with the document.
func BenchmarkFrame(b *testing.B) {
	seedText, err := os.ReadFile("../samples/seed-aleppo.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name  string
		bytes int
	}{
		{"1KB", 1 << 10},
		{"1MB", 1 << 20},
		{"100MB", 100 << 20},
	} {
		b.Run(size.name, func(b *testing.B) {
			if testing.Short() && size.bytes > 1<<20 {
				b.Skip("100 MB under -short")
			}
			doc, err := reader.Parse("bench.txt", repeat(seedText, size.bytes))
			if err != nil {
				b.Fatal(err)
			}
			m := sized(b, []*reader.Document{doc}, 100, 30)
			p := m.pagers[0]
			space, top := tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}, tea.KeyPressMsg{Code: 'g', Text: "g"}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				before := p.top
				m.Update(space)
				if p.top == before {
					m.Update(top)
				}
				_ = m.View()
			}
		})
	}
}

// repeat returns text repeated to n bytes, cut after a whole line.
func repeat(text []byte, n int) []byte {
	out := bytes.Repeat(text, n/len(text)+1)[:n]
	if i := bytes.LastIndexByte(out, '\n'); i > 0 {
		out = out[:i+1]
	}
	return out
}

// BenchmarkFrameLinks times BenchmarkFrame's page-and-draw on a 1 MB
// Markdown article whose every paragraph holds two links (drawn as OSC 8
// hyperlinks), against the same article with the links as plain text:
// the cost of the hyperlinks in a frame.
func BenchmarkFrameLinks(b *testing.B) {
	para := "Growers met at the [Fernhill allotments](https://example.org/allotments/) on Saturday and swapped seed, " +
		"as the [swap page](https://example.org/allotments/list) had promised, until the tins were empty and the tea was cold.\n\n"
	for _, tc := range []struct{ name, para string }{
		{"links", para},
		{"plain", "Growers met at the Fernhill allotments on Saturday and swapped seed, as the swap page had promised, until the tins were empty and the tea was cold.\n\n"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			doc, err := reader.Parse("bench.md", repeat([]byte(tc.para), 1<<20))
			if err != nil {
				b.Fatal(err)
			}
			m := sized(b, []*reader.Document{doc}, 100, 30)
			p := m.pagers[0]
			space, top := tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}, tea.KeyPressMsg{Code: 'g', Text: "g"}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				before := p.top
				m.Update(space)
				if p.top == before {
					m.Update(top)
				}
				_ = m.View()
			}
		})
	}
}
