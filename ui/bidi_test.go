package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/ui/layout"
)

// reversed is s with its characters in the opposite order (enough for
// Arabic without harakat).
func reversed(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// hasBidiControl reports whether s holds a character that would make a
// bidi terminal reorder on its own, or a C0/C1 control.
func hasBidiControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return r < ' ' || (r >= 0x7f && r < 0xa0) || r == 0x061c || r == 0x200e || r == 0x200f ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
	})
}

var (
	appOpt      = layout.Options{Bidi: layout.BidiApp}
	shapedOpt   = layout.Options{Bidi: layout.BidiApp, Shape: true}
	terminalOpt = layout.Options{Bidi: layout.BidiTerminal}
)

// TestChromeText: chrome reads right in a terminal without bidi under
// app, is left in logical order for a terminal that reorders, and is cut
// at its logical end.
func TestChromeText(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		width    int
		opt      layout.Options
		want     string
	}{
		{"arabic reordered", "كيري تقدم", 20, appOpt, "مدقت يريك"},
		{"arabic for a bidi terminal", "كيري تقدم", 20, terminalOpt, "كيري تقدم"},
		{"latin untouched", "Contents of Aleppo", 30, appOpt, "Contents of Aleppo"},
		{"latin name inside arabic", "قال Kerry اليوم", 20, appOpt, "مويلا Kerry لاق"},
		{"number inside arabic", "قتل 70 مدنيا", 20, appOpt, "ايندم 70 لتق"},
		{"brackets mirrored", "قال (هذا)", 20, appOpt, "(اذه) لاق"},
		{"arabic cut at its logical end, on the left", "كيري تقدم طفيف", 10, appOpt, "…مدقت يريك"},
		{"latin cut at its end", "Contents of Aleppo", 12, appOpt, "Contents of…"},
		{"terminal order cut at the end", "كيري تقدم طفيف", 10, terminalOpt, "كيري تقدم…"},
		{"padding stays around", " كيري ", 20, appOpt, " يريك "},
		{"trailing padding goes first", " كيري ", 5, appOpt, " يريك"},
		{"bidi controls dropped", "\u202bكيري\u202c \u200fتقدم", 20, appOpt, "مدقت يريك"},
		{"no room", "كيري", 0, appOpt, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := chromeText(tc.in, tc.width, tc.opt)
			if got != tc.want {
				t.Errorf("chromeText(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
			}
			if w := ansi.StringWidth(got); w > tc.width {
				t.Errorf("chromeText(%q, %d) is %d cells wide", tc.in, tc.width, w)
			}
		})
	}
}

// TestChromeTextShaped: under app with shaping, letters take their joined
// forms, so that a terminal that does not shape still shows them joined.
func TestChromeTextShaped(t *testing.T) {
	got := chromeText("حلب", 10, shapedOpt)
	if got == reversed("حلب") || got == "حلب" {
		t.Fatalf("chromeText(حلب) = %q: not shaped", got)
	}
	// ب final, ل medial, ح initial: the presentation forms, left to right
	if want := "\ufe90\ufee0\ufea3"; got != want {
		t.Errorf("chromeText(حلب) = %q, want %q", got, want)
	}
}

// TestChromeNoBidiControls: nothing on the screens of an article holds a
// bidi control, whatever its title and headings hold: a bidi terminal
// would reorder the line again.
func TestChromeNoBidiControls(t *testing.T) {
	doc := seed(t)
	doc.Title = "\u202eحلب\u202c \u2067تحت\u2069 النار\u200f"
	doc.Sections[1].Title = "\u200fكيري\u061c: تقدم"
	other := *doc
	for _, keys := range [][]string{nil, {"enter"}, {"enter", "]"}, {"enter", "t"}} {
		m := sized(t, []*reader.Document{doc, &other}, 60, 12)
		press(t, m, keys...)
		if v := ansi.Strip(m.View().Content); hasBidiControl(strings.ReplaceAll(v, "\n", "")) {
			t.Errorf("after %q the screen holds a bidi control:\n%s", keys, v)
		}
	}
}

// TestPromptRightToLeft: Arabic typed in the search prompt reads right to
// left as it is typed, with the cursor on its left where the next letter
// will appear; Latin and digits keep theirs on the right. A terminal that
// reorders gets the pattern in the order typed.
func TestPromptRightToLeft(t *testing.T) {
	for _, tc := range []struct {
		typed string
		opt   layout.Options
		want  string // the prompt, the cursor drawn "_"
	}{
		{"حلب", appOpt, "/_بلح"},
		{"حلب ", appOpt, "/_ بلح"},
		{"حلب كيري", appOpt, "/_يريك بلح"},
		{"حلب 24", appOpt, "/24_ بلح"},
		{"Aleppo", appOpt, "/Aleppo_"},
		{"Aleppo حلب", appOpt, "/Aleppo _بلح"},
		{"حلب", terminalOpt, "/حلب_"},
		{"\u200fحلب\u200e", appOpt, "/_بلح"},
	} {
		s := newPrompt("/", false, "_")
		s.insert(tc.typed)
		if got := strings.TrimRight(s.view(30, tc.opt), " "); got != tc.want {
			t.Errorf("%q typed (bidi %d): the prompt is %q, want %q", tc.typed, tc.opt.Bidi, got, tc.want)
		}
	}
}

// TestPromptInThePager: typed after /, Arabic shows in the status bar in
// visual order, the cursor on its left.
func TestPromptInThePager(t *testing.T) {
	m := sized(t, []*reader.Document{seed(t)}, 60, 12)
	press(t, m, "/", "هجوم")
	if bar := lastLine(m); !strings.HasPrefix(bar, "/_"+reversed("هجوم")) {
		t.Errorf("the prompt reads %q, want /_%s", bar, reversed("هجوم"))
	}
}
