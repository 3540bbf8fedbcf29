package reader

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// utf16Bytes encodes s as UTF-16 with a byte order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xff, 0xfe}
	if bigEndian {
		out = []byte{0xfe, 0xff}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestParseEncodings(t *testing.T) {
	const ar = "عنوان قصير\nهذا نص المقال، وفيه جملة كاملة تنتهي بنقطة.\n"
	const en = "A short title\nThis is the body of the article, a full sentence that ends.\n"
	tests := []struct {
		name      string
		data      []byte
		wantTitle string
		wantText  string
	}{
		{"UTF-8 Arabic", []byte(ar), "عنوان قصير", ar},
		{"UTF-8 BOM Arabic", append([]byte{0xef, 0xbb, 0xbf}, ar...), "عنوان قصير", ar},
		{"UTF-16LE BOM Arabic", utf16Bytes(ar, false), "عنوان قصير", ar},
		{"UTF-16BE BOM English", utf16Bytes(en, true), "A short title", en},
		{"CRLF English", []byte(strings.ReplaceAll(en, "\n", "\r\n")), "A short title", en},
		{"invalid bytes become U+FFFD", []byte("A short title\nBody text with a bad \xff\xfe byte in it, and more words.\n"),
			"A short title", "A short title\nBody text with a bad \uFFFD byte in it, and more words.\n"},
		{"escape sequences dropped", []byte("\x1b]0;owned\x07A short title\nThis is the body of the article, a full \x1b[31msentence\x1b[0m that ends.\n"),
			"A short title", en},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("article.txt", tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.wantTitle {
				t.Errorf("title = %q, want %q", d.Title, tt.wantTitle)
			}
			if d.Text != tt.wantText {
				t.Errorf("text = %q, want %q", d.Text, tt.wantText)
			}
		})
	}
}

func TestLegacyHTMLCharset(t *testing.T) {
	body, err := charmap.Windows1256.NewEncoder().String("<p>" + strings.Repeat("مرحبا بكم في الموقع. ", 20) + "</p>")
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><head><meta charset="windows-1256"></head><body><article><h1>x</h1>` + body + `</article></body></html>`
	d, err := Parse("old.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "مرحبا بكم في الموقع.") || d.Lang != "ar" {
		t.Errorf("windows-1256 page read as %q (lang %q)", d.Text[:min(len(d.Text), 80)], d.Lang)
	}

	// A UTF-8 byte order mark says UTF-8 whatever the page declares: an
	// invalid byte in it is only that, U+FFFD.
	utf8Page := "\xef\xbb\xbf" + `<html><head><meta charset="windows-1256"></head><body><article><h1>x</h1><p>` +
		strings.Repeat("مرحبا بكم في الموقع. ", 20) + "\xff</p></article></body></html>"
	d, err = Parse("new.html", []byte(utf8Page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "مرحبا بكم في الموقع.") || !strings.Contains(d.Text, "\uFFFD") {
		t.Errorf("UTF-8 page with a byte order mark read as %q", d.Text[:min(len(d.Text), 80)])
	}
}

func TestParseErrors(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"only blank lines", []byte("\n \n\t\n"), ErrEmpty},
		{"only escape sequences", []byte("\x1b[2J\x1b[H"), ErrEmpty},
		{"empty HTML", []byte("<html><body><script>x()</script></body></html>"), ErrEmpty},
		{"PNG", png, ErrBinary},
		{"controls", []byte(strings.Repeat("\x01\x02\x03abc", 100)), ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("file", tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v (doc %v), want %v", err, d, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "file: ") || strings.Contains(err.Error(), "\n") {
				t.Errorf("message %q is not one line naming the file", err)
			}
		})
	}
}

func TestLoadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	md := write("notes.md", "# عنوان\n\nنص.\n")
	d, err := Load(md)
	if err != nil {
		t.Fatal(err)
	}
	if d.Path != md || d.Name != "notes.md" || d.Format != FormatMarkdown || d.Title != "عنوان" {
		t.Errorf("got path %q name %q format %v title %q", d.Path, d.Name, d.Format, d.Title)
	}
	if _, err := Load(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: err = %v", err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "folder") {
		t.Errorf("folder: err = %v", err)
	}
	d, err = LoadReader("stdin", strings.NewReader("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><body><article><h1>عنوان</h1><p>"+strings.Repeat("نص المقال. ", 30)+"</p></article></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatHTML || d.Title != "عنوان" || d.Lang != "ar" || d.Dir != DirRTL || d.Path != "" {
		t.Errorf("stdin: format %v title %q lang %q dir %v path %q", d.Format, d.Title, d.Lang, d.Dir, d.Path)
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.md", "a.txt", "c.HTML", ".hidden.txt", "image.png", "x.truth.json"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	paths, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, filepath.Base(p))
	}
	if got := strings.Join(names, " "); got != "a.txt b.md c.HTML" {
		t.Errorf("articles = %s", got)
	}
	empty := t.TempDir()
	if _, err := LoadDir(empty); !errors.Is(err, ErrNoArticles) {
		t.Errorf("empty folder: err = %v", err)
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name, text string
		want       Format
	}{
		{"a.md", "plain words", FormatMarkdown},
		{"a.MARKDOWN", "plain words", FormatMarkdown},
		{"a.htm", "plain words", FormatHTML},
		{"a.txt", "<html><body><p>x</p></body></html>", FormatText},
		{"stdin", "\n  <!DOCTYPE html><html>", FormatHTML},
		{"stdin", "<div class=\"post\"><p>نص</p></div>", FormatHTML},
		{"stdin", "# عنوان\n\nنص.", FormatMarkdown},
		{"README", "Intro\n\n## Install\n\n```sh\ngo install\n```\n\nSee [docs](https://example.org).", FormatMarkdown},
		{"stdin", "#hashtag\nbody", FormatText},
		{"article", "السطر الأول\nنص عادي بلا علامات.", FormatText},
		{"notes", "Use a < b and c > d in text.", FormatText},
	}
	for _, tt := range tests {
		if got := formatOf(tt.name, tt.text); got != tt.want {
			t.Errorf("formatOf(%q, %q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}
