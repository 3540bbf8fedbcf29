package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/ui/layout"
)

// markLayer lays one style over a fixed range and says so in the bar.
type markLayer struct {
	start, end int
	asked      [][2]int
}

func (l *markLayer) overlays(lo, hi int, dst []layout.Overlay) []layout.Overlay {
	l.asked = append(l.asked, [2]int{lo, hi})
	if l.end > lo && l.start < hi {
		dst = append(dst, layout.Overlay{Start: l.start, End: l.end, Style: layout.StyleMatch})
	}
	return dst
}

func (l *markLayer) status() string { return "mark 1/1" }

func TestLayersStyleTheirRangeAndSpeakInTheBar(t *testing.T) {
	doc, err := reader.Parse("t.txt", []byte("alpha beta gamma delta\n\nsecond paragraph here\n"))
	if err != nil {
		t.Fatal(err)
	}
	th := darkTheme(t)
	m := New([]*reader.Document{doc}, Config{Theme: th, Width: 60}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 6})
	plain := m.View().Content
	beta := strings.Index(doc.Text, "beta")
	ly := &markLayer{start: beta, end: beta + len("beta")}
	p := m.pagers[m.open]
	p.layers = append(p.layers, ly)
	marked := m.View().Content
	if plain == marked {
		t.Fatal("the overlay changed nothing on screen")
	}
	if len(ly.asked) == 0 || ly.asked[0][0] > beta || ly.asked[0][1] < beta {
		t.Errorf("the layer was asked about %v, not the screen's text", ly.asked)
	}
	if !strings.Contains(marked, "mark 1/1") {
		t.Errorf("the layer's status is not in the bar:\n%s", marked)
	}
	p.notice = "search hit bottom"
	if v := m.View().Content; !strings.Contains(v, "search hit bottom") {
		t.Errorf("the notice is not in the bar:\n%s", v)
	}
	m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	if strings.Contains(m.View().Content, "search hit bottom") {
		t.Error("the notice outlived the next key")
	}
}

// TestNarrowBarKeepsThePercentage: on a 40-column screen with a
// quotation and a search hit to report, the bar leaves out the section
// count and the older word before the percentage.
func TestNarrowBarKeepsThePercentage(t *testing.T) {
	for _, right := range [][]string{
		{"quote 1/10 — المصدر", "match 1/1", "section 1/3", "16%"},
		{"match 12/345", "section 12/30", "loading…"},
	} {
		got := fitRight(right, len(right)-2, -1, 20, false)
		if got[len(got)-1] != right[len(right)-1] {
			t.Errorf("fitRight(%q) = %q: the percentage is gone", right, got)
		}
		if w := ansi.StringWidth(" " + strings.Join(got, "  ") + " "); w > 20 {
			t.Errorf("fitRight(%q) = %q: %d cells, wider than 20", right, got, w)
		}
		if strings.Contains(strings.Join(got, " "), "section") && len(got) < len(right) {
			t.Errorf("fitRight(%q) = %q: the section count stayed while more useful words went", right, got)
		}
	}
	if got := fitRight([]string{"match 1/1", "section 1/3", "16%"}, 1, -1, 100, false); len(got) != 3 {
		t.Errorf("a wide bar lost words: %q", got)
	}
}

// TestNarrowBarKeepsTheNewest: the word of the layer the last key moved
// outlives the percentage, and a notice may take the whole room.
func TestNarrowBarKeepsTheNewest(t *testing.T) {
	right := []string{"quote 1/10 — المصدر", "match 1/1", "section 1/3", "16%"}
	if got := fitRight(right, 2, 0, 24, false); len(got) != 1 || got[0] != right[0] {
		t.Errorf("fitRight with the quotation fresh = %q, want only %q", got, right[0])
	}
	if got := fitRight(right, 2, 0, 3, true); len(got) != 0 {
		t.Errorf("fitRight under a notice with no room = %q, want nothing", got)
	}
}
