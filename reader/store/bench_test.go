package store

import (
	"fmt"
	"strings"
	"testing"

	"qari/reader"
)

// megabyte is an article of about 1 MB, English and Arabic paragraphs in
// turn, each numbered.
func megabyte() string {
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		p := english
		if i%2 == 1 {
			p = arabic
		}
		fmt.Fprintf(&b, "%d. %s\n\n", i, p)
	}
	return b.String()
}

// storeWith returns a store holding the article text with n highlights
// spread over it and a reading position.
func storeWith(b *testing.B, text string, n int) (*Store, *reader.Document) {
	s := openT(b, b.TempDir())
	d := parse(b, "/mb.txt", text)
	a := articleT(b, s, d)
	for i := range n {
		off := runeStart(text, i*(len(text)-200)/max(n, 1))
		if _, err := s.AddHighlight(a, off, runeStart(text, off+60), ""); err != nil {
			b.Fatal(err)
		}
	}
	if err := s.SavePosition(a, len(text)/2); err != nil {
		b.Fatal(err)
	}
	return s, d
}

// benchOpen opens the article and restores its position.
func benchOpen(b *testing.B, n int) {
	s, d := storeWith(b, megabyte(), n)
	b.ResetTimer()
	for b.Loop() {
		a, err := s.Article(d)
		if err != nil {
			b.Fatal(err)
		}
		if len(a.Highlights()) != n || a.Position() == 0 {
			b.Fatal("not restored")
		}
	}
}

// BenchmarkOpenWith1000Highlights and BenchmarkOpenWithoutHighlights: the
// cost of the highlights is the difference.
func BenchmarkOpenWith1000Highlights(b *testing.B) { benchOpen(b, 1000) }

func BenchmarkOpenWithoutHighlights(b *testing.B) { benchOpen(b, 0) }

// BenchmarkReanchor1000Highlights opens an edited article each time (a
// paragraph inserted at the top and a word changed in every tenth), so that
// all 1000 highlights and the position are found again and saved.
func BenchmarkReanchor1000Highlights(b *testing.B) {
	text := megabyte()
	s, d := storeWith(b, text, 1000)
	edited := "0. A paragraph added at the top.\n\n" + strings.Replace(text, "Officials said", "Officials told us", -1)
	e := parse(b, "/mb.txt", edited)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		doc := d
		if i%2 == 0 {
			doc = e
		}
		a, err := s.Article(doc)
		if err != nil {
			b.Fatal(err)
		}
		orphans := 0
		for _, h := range a.Highlights() {
			if h.Orphaned {
				orphans++
			}
		}
		if orphans > 10 {
			b.Fatalf("%d orphans", orphans)
		}
	}
}

// BenchmarkAddHighlight saves one highlight in a 1 MB article that holds
// 1000 (the quotations of the article are found once, before the timer).
func BenchmarkAddHighlight(b *testing.B) {
	s, d := storeWith(b, megabyte(), 1000)
	a := articleT(b, s, d)
	a.speaker(0, 1)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		off := runeStart(d.Text, i*7919%(len(d.Text)-100))
		if _, err := s.AddHighlight(a, off, runeStart(d.Text, off+50), ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSavePosition saves the reading position of a 1 MB article.
func BenchmarkSavePosition(b *testing.B) {
	s, d := storeWith(b, megabyte(), 0)
	a := articleT(b, s, d)
	for i := 0; b.Loop(); i++ {
		if err := s.SavePosition(a, i*7919%len(d.Text)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindQuotes is what the first highlight of a 1 MB article costs
// more than the others: finding its quotations for their speakers.
func BenchmarkFindQuotes(b *testing.B) {
	d := parse(b, "/mb.txt", megabyte())
	for b.Loop() {
		a := &Article{doc: d}
		a.speaker(0, 1)
	}
}
