package bidi

import (
	"strings"
	"testing"
)

// draw returns the line text[start:end] in visual order, reversing RTL runs
// rune by rune and mirroring their characters: what a terminal without
// bidi must be sent.
func draw(p *Paragraph, start, end int) string {
	var b strings.Builder
	for _, r := range p.Visual(start, end) {
		if !r.RTL {
			b.WriteString(p.Text()[r.Start:r.End])
			continue
		}
		rs := []rune(p.Text()[r.Start:r.End])
		for i := len(rs) - 1; i >= 0; i-- {
			b.WriteRune(Mirror(rs[i]))
		}
	}
	return b.String()
}

func TestVisual(t *testing.T) {
	tests := []struct {
		text string
		dir  Direction
		rtl  bool
		want string
	}{
		{"hello world", Auto, false, "hello world"},
		{"", Auto, false, ""},
		{"abc אבג def", Auto, false, "abc גבא def"},
		{"אבג abc דהו", Auto, true, "והד abc גבא"},
		{"אבג (abc) דהו", Auto, true, "והד (abc) גבא"},
		{"אבג «דהו»", Auto, true, "«והד» גבא"},
		{"الرسوم 250 دولارًا", Auto, true, "اًرالود 250 موسرلا"},
		{"بنسبة %12.5 فقط", Auto, true, "طقف 12.5% ةبسنب"},
		{"123 abc", RTL, true, "abc 123"},
		{"אבג  ", Auto, true, "  גבא"},
		{"abc  ", RTL, true, "  abc"},
		{"abc\tאבג", Auto, false, "abc\tגבא"},
	}
	for _, tt := range tests {
		p := Resolve(tt.text, tt.dir)
		if p.RTL() != tt.rtl {
			t.Errorf("Resolve(%q).RTL() = %v, want %v", tt.text, p.RTL(), tt.rtl)
		}
		if got := draw(p, 0, len(tt.text)); got != tt.want {
			t.Errorf("Visual(%q) draws %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestVisualLine checks that a wrapped line keeps its paragraph's levels:
// the line "12 abc" of an RTL paragraph reads right to left, as it does in
// the whole paragraph, instead of being resolved as a new LTR paragraph.
func TestVisualLine(t *testing.T) {
	text := "قال 12 abc اليوم"
	p := Resolve(text, Auto)
	start := strings.Index(text, "12")
	end := strings.Index(text, " اليوم")
	if got, want := draw(p, start, end), "abc 12"; got != want {
		t.Errorf("line draws %q, want %q", got, want)
	}
}

func TestMirror(t *testing.T) {
	for in, want := range map[rune]rune{'(': ')', ')': '(', '«': '»', '»': '«', '[': ']', 'a': 'a', '≤': '≥'} {
		if got := Mirror(in); got != want {
			t.Errorf("Mirror(%q) = %q, want %q", in, got, want)
		}
	}
}
