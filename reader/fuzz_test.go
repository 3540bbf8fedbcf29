package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDocument reports every broken promise of the document model: Text
// valid and free of controls, blocks in order inside Text and separated by
// a line feed, spans sorted and inside Text, sections in order.
func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Fatal("Text is not valid UTF-8")
	}
	for _, r := range d.Text {
		if r != '\t' && r != '\n' && (isUnsafeRune(r) || r == '\r') {
			t.Fatalf("Text holds control U+%04X", r)
		}
	}
	if strings.ContainsAny(d.Title+d.Name, "\n\x1b") {
		t.Fatalf("title %q or name %q spans lines or holds ESC", d.Title, d.Name)
	}
	for _, s := range []string{d.Byline, d.Date, d.Site, d.Lang} {
		if strings.ContainsFunc(s, func(r rune) bool { return r == '\n' || r == '\t' || isUnsafeRune(r) }) || !utf8.ValidString(s) {
			t.Fatalf("page metadata %q spans lines or holds a control", s)
		}
	}
	prevEnd := -1
	for i, b := range d.Blocks {
		if b.Start < 0 || b.End < b.Start || b.End > len(d.Text) {
			t.Fatalf("block %d [%d,%d) outside Text of %d", i, b.Start, b.End, len(d.Text))
		}
		if b.Start == b.End && b.Kind != Rule {
			t.Fatalf("block %d (%v) is empty", i, b.Kind)
		}
		if prevEnd >= 0 && (b.Start <= prevEnd || !strings.Contains(d.Text[prevEnd:b.Start], "\n")) {
			t.Fatalf("block %d at %d not separated from the one ending at %d", i, b.Start, prevEnd)
		}
		prevEnd = b.End
	}
	for i, s := range d.Spans {
		if s.Start < 0 || s.End <= s.Start || s.End > len(d.Text) || i > 0 && s.Start < d.Spans[i-1].Start {
			t.Fatalf("span %d %+v out of order or outside Text", i, s)
		}
	}
	for i, s := range d.Sections {
		if s.Start > s.End || s.End > len(d.Text) || i > 0 && s.Start < d.Sections[i-1].Start || s.Block >= len(d.Blocks) {
			t.Fatalf("section %d %+v broken", i, s)
		}
	}
}

// FuzzParse feeds arbitrary bytes to every loader: no panic, and every
// document that loads keeps the model's promises.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../samples/*.*")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil && !strings.HasSuffix(p, ".json") {
			f.Add(filepath.Ext(p), data)
		}
	}
	for _, ext := range []string{".txt", ".md", ".html", ""} {
		f.Add(ext, []byte("\x1b]52;c;AAAA\x07title\x1b[2J\n\u202eبيان\u202c\r\nb\bx\n"))
		f.Add(ext, []byte("<article><h1>a</h1><ol><li><p>x</p><blockquote>y<pre>z\n</pre></blockquote></li></ol></article>"))
		f.Add(ext, []byte("# t\n\n> - *a **b** `c`*\n>\n> ---\n\n    code\n\n[x](y \"z\")\n"))
		f.Add(ext, []byte(`<html lang="ar"><head><title>a | b</title><meta property="og:title" content="t&#x1b;[2J"><script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"headline":"h\u001b]52;c;x\u0007","author":[{"name":"n\n m"},"x"],"datePublished":"2020-01-02T03:04:05Z"}]}</script></head><body><p class="byline">By a</p><article>x</article></body></html>`))
	}
	f.Fuzz(func(t *testing.T, ext string, data []byte) {
		d, err := Parse("fuzz"+ext, data)
		if err != nil {
			return
		}
		checkDocument(t, d)
	})
}

// TestSamplesKeepTheModel checks the model's promises on every sample.
func TestSamplesKeepTheModel(t *testing.T) {
	files, _ := filepath.Glob("../samples/*.*")
	for _, p := range files {
		if strings.HasSuffix(p, ".json") || strings.HasSuffix(p, ".go") {
			continue
		}
		d, err := Load(p)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, d)
	}
}
