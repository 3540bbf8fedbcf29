package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"qari/reader"
)

// TestLinksHyperlinked: a followable link is an OSC 8 hyperlink around
// its text, a line with one is as wide as any other, a javascript: link
// is text only, and L lists the screen's links, Enter copying one.
func TestLinksHyperlinked(t *testing.T) {
	doc, err := reader.Parse("a.md", []byte("See [the page](https://e.org/a) and [a script](javascript:x) here, with words after them to wrap.\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := sized(t, []*reader.Document{doc}, 60, 8)
	v := m.View().Content
	if !strings.Contains(v, ansi.SetHyperlink("https://e.org/a")+"the page") {
		t.Errorf("no hyperlink around the link's text:\n%q", v)
	}
	if strings.Contains(v, "javascript") {
		t.Errorf("a javascript: link became a hyperlink:\n%q", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if w := ansi.StringWidth(l); w != 60 {
			t.Errorf("line %q is %d cells wide, want 60", ansi.Strip(l), w)
		}
	}
	press(t, m, "L")
	if m.state != stateLinks {
		t.Fatalf("L opened %v, want the links panel", m.state)
	}
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "[1] the page: https://e.org/a") || !strings.Contains(v, "[2] a script (not a web link): javascript:x") {
		t.Errorf("the links panel lacks the links:\n%s", v)
	}
	if cmd := press(t, m, "enter"); cmd == nil || m.state != statePager || !strings.Contains(lastLine(m), "copied https://e.org/a") {
		t.Errorf("Enter in the links panel: state %v, bar %q, want the address copied", m.state, lastLine(m))
	}
}
