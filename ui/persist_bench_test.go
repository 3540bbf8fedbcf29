package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"qari/reader"
)

// BenchmarkOpenWithHighlights is opening an article (some 250 KB) until
// its first screen is drawn at the restored position with its highlights:
// without a store, with a store that knows it without highlights, and with
// 1,000 highlights. The issue allows 1,000 highlights 50 ms more.
func BenchmarkOpenWithHighlights(b *testing.B) {
	doc := sectioned(20, 20, 100)
	for _, n := range []int{-1, 0, 1000} {
		name := fmt.Sprint(n)
		if n < 0 {
			name = "nostore"
		}
		b.Run(name, func(b *testing.B) {
			cfg := Config{Theme: plainTheme(b)}
			if n >= 0 {
				cfg.Store = openStore(b, b.TempDir())
				art, err := cfg.Store.Article(doc)
				if err != nil {
					b.Fatal(err)
				}
				for i := range n {
					off := i * (len(doc.Text) - 100) / max(n, 1)
					if _, err := cfg.Store.AddHighlight(art, off, off+40, ""); err != nil {
						b.Fatal(err)
					}
				}
				if err := cfg.Store.SavePosition(art, len(doc.Text)/2); err != nil {
					b.Fatal(err)
				}
			}
			for b.Loop() {
				m := New([]*reader.Document{doc}, cfg).(*model)
				_, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
				waitFor(m, cmd)
				if p := m.pagers[0]; n >= 0 && (p.offset() == 0 || len(p.hl.marks) != n) {
					b.Fatalf("not restored: offset %d, %d highlights", p.offset(), len(p.hl.marks))
				}
				_ = m.View()
			}
		})
	}
}

// BenchmarkFrameWithHighlights is a frame in the middle of an article
// holding 0 or 100,000 highlights: the same cost, as the highlights on
// screen are found by a binary search.
func BenchmarkFrameWithHighlights(b *testing.B) {
	doc := sectioned(20, 50, 200)
	for _, n := range []int{0, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			m := sized(b, []*reader.Document{doc}, 100, 30)
			p := m.pagers[0]
			h := m.marks(p)
			for i := range n {
				off := i * (len(doc.Text) - 100) / n
				h.keys++
				h.marks = append(h.marks, &mark{key: h.keys})
				h.marks[i].Start, h.marks[i].End = off, off+30
			}
			h.sort()
			p.percent(50)
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}
