package e2e

import (
	"strings"
	"testing"
)

// TestTextReadableOnAnyBackground: inside tmux (3.3 answers no background
// question) with no COLORFGBG, qari cannot know the terminal's background,
// and draws a paragraph in the terminal's own colour, not the dark style's
// light grey that was nearly invisible in tmux on a light terminal. With
// COLORFGBG saying light, it is the light style's dark grey.
func TestTextReadableOnAnyBackground(t *testing.T) {
	t.Parallel()
	const word = "varnish"
	fgOf := func(screen string) (string, bool) {
		for _, line := range strings.Split(screen, "\n") {
			cells := parseCells(line)
			if i, _ := findCells(cells, word); i >= 0 {
				return cells[i].style.fg, true
			}
		}
		return "", false
	}
	for _, c := range []struct{ env, fg, what string }{
		{"", "", "the terminal's own colour"},
		{"COLORFGBG='0;15' ", "5;234", "the light style's dark grey"},
	} {
		tm := NewTmux(t, 100, 30, c.env+qariCmd("", sample("en-sample-harbor.txt")))
		screen := tm.UntilStyled(defaultWait, "the harbor article", func(s string) bool { _, ok := fgOf(s); return ok })
		if fg, _ := fgOf(screen); fg != c.fg {
			t.Errorf("with %q the paragraph's text has foreground %q, want %q (%s)", c.env, fg, c.fg, c.what)
		}
		quit(tm)
	}
}
