package e2e

import (
	"strings"
	"testing"
)

// lineHasVisual reports whether a screen line shows phrase the way a
// terminal without bidi needs it: in visual order (reversed by cluster),
// shaped or not. Logical order there reads backwards with letters apart.
func lineHasVisual(line, phrase string) bool {
	return strings.Contains(normVisual(line), reverseClusters(normLogical(phrase)))
}

// visualRow is the first row of screen showing phrase in visual order, or
// -1; logical says whether some row shows it in logical order instead.
func visualRow(screen, phrase string) (row int, logical bool) {
	row = -1
	for i, line := range strings.Split(screen, "\n") {
		if row < 0 && lineHasVisual(line, phrase) {
			row = i
		}
		if strings.Contains(normLogical(line), normLogical(phrase)) {
			logical = true
		}
	}
	return row, logical
}

// requireVisual fails unless screen shows phrase in visual order.
func requireVisual(t *testing.T, where, phrase, screen string) {
	t.Helper()
	row, logical := visualRow(screen, phrase)
	switch {
	case row >= 0:
	case logical:
		t.Errorf("%s shows %q in logical order: in a terminal without bidi (xterm, kitty, Alacritty…) it reads backwards with its letters apart; with --bidi app it must be reordered:\n%s", where, phrase, indent(screen))
	default:
		t.Errorf("%s does not show %q:\n%s", where, phrase, indent(screen))
	}
}

// TestRTLEverywhere (issue 5): with --bidi app every place that shows
// Arabic shows it reordered for the terminal: the article, the status bar,
// the table of contents and the library list.
func TestRTLEverywhere(t *testing.T) {
	t.Parallel()
	tr := readTruth(t, "seed-aleppo")
	heading := leadPhrase(tr.Sections[1], 3)
	first := leadPhrase(seedLines(t)[0], 4)

	t.Run("article", func(t *testing.T) {
		tm := NewTmux(t, 100, 30, qariCmd("", "--bidi", "app", seedPath()))
		requireVisual(t, "the article", first, tm.WaitFor(first, defaultWait))
	})
	t.Run("status bar", func(t *testing.T) {
		tm := NewTmux(t, 100, 30, qariCmd("", "--bidi", "app", seedPath()))
		tm.WaitFor(first, defaultWait)
		tm.SendKeys("]")
		screen := statusSection(tm, 2, len(tr.Sections))
		var status string
		for _, line := range strings.Split(screen, "\n") {
			if sectionRE.MatchString(line) {
				status = line
			}
		}
		if !lineHas(status, heading) {
			t.Fatalf("the status bar does not name section 2 (%q):\n%s", tr.Sections[1], indent(screen))
		}
		requireVisual(t, "the status bar", heading, status)
	})
	t.Run("contents", func(t *testing.T) {
		tm := NewTmux(t, 100, 30, qariCmd("", "--bidi", "app", seedPath()))
		tm.WaitFor(first, defaultWait)
		tm.SendKeys("t")
		last := leadPhrase(tr.Sections[len(tr.Sections)-1], 3)
		screen := tm.WaitFor(last, defaultWait)
		requireVisual(t, "the table of contents", last, screen)
	})
	t.Run("library", func(t *testing.T) {
		tm := NewTmux(t, 100, 40, qariCmd("", "--bidi", "app"))
		var title string
		for _, name := range []string{"ar-sample-markets", "ar-sample-rain"} {
			if tt := readTruth(t, name+".txt").Title; tt != nil {
				title = leadPhrase(*tt, 3)
				break
			}
		}
		screen := tm.WaitFor(title, defaultWait)
		requireVisual(t, "the library list", title, screen)
	})
}
