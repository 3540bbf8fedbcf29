package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// trimPunct trims the punctuation around a word of the seed.
func trimPunct(w string) string { return strings.Trim(w, "،؛:.'\"()«»؟!") }

// firstWord is the logical first word of a seed line, folded.
func firstWord(line string) string { return trimPunct(normLogical(strings.Fields(line)[0])) }

// rightWord is the word at the right end of a screen row, read back into
// logical order: the first word of the row's text when it is in visual
// order. Heading marks are skipped.
func rightWord(row string) string {
	f := strings.Fields(normVisual(row))
	for len(f) > 0 && strings.Trim(f[len(f)-1], "#") == "" {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	return trimPunct(reverseClusters(f[len(f)-1]))
}

// leftWord is the word at the left end of a screen row, as it reads: the
// first word of the row's text when it is in logical order.
func leftWord(row string) string {
	f := strings.Fields(normLogical(row))
	for len(f) > 0 && strings.Trim(f[0], "#") == "" {
		f = f[1:]
	}
	if len(f) == 0 {
		return ""
	}
	return trimPunct(f[0])
}

// paragraphStarts are the rows of screen that start a paragraph: article
// rows at the top or under a blank row (the status bar left out).
func paragraphStarts(screen string) []string {
	rows := strings.Split(screen, "\n")
	var out []string
	for i, r := range rows {
		if hasArabic(r) && !sectionRE.MatchString(r) && (i == 0 || strings.TrimSpace(rows[i-1]) == "") {
			out = append(out, r)
		}
	}
	return out
}

// column is where the text column of a w-cell terminal lies: the reader
// centres a column of at most 80 cells.
func column(w int) (left, right int) {
	col := min(w, 80)
	left = (w - col) / 2
	return left, left + col - 1
}

// checkParagraphs checks the first screen of the seed: every article row
// flush right (or flush left when right is false), and each paragraph's
// logical first word at the right end of its first row (at the left end
// when visual is false: the terminal is left to reorder).
func checkParagraphs(t *testing.T, w int, screen string, right, visual bool) {
	t.Helper()
	lines := seedLines(t)
	left, edge := column(w)
	for _, r := range contentRows(screen) {
		l, rr := edges(r)
		if right && rr != edge || !right && l != left {
			t.Errorf("%d columns: row not flush %s (columns %d–%d, the text column is %d–%d):\n%s", w, map[bool]string{true: "right", false: "left"}[right], l, rr, left, edge, indent(screen))
			break
		}
	}
	starts := paragraphStarts(screen)
	if len(starts) < 3 {
		t.Fatalf("%d columns: fewer than three paragraphs on the first screen:\n%s", w, indent(screen))
	}
	for i, r := range starts {
		want, got := firstWord(lines[i]), leftWord(r)
		if visual {
			got = rightWord(r)
		}
		if got != want {
			t.Errorf("%d columns: paragraph %d starts with %q, but its first row reads %q from the %s:\n%s", w, i+1, want, got,
				map[bool]string{true: "right", false: "left"}[visual], indent(screen))
		}
	}
}

// TestRTLParagraphs (issue 5): in a terminal without bidi (tmux here),
// qari reorders by default: at 40 and 100 columns every row of the seed
// is flush right and each paragraph's first word is at the right end of
// its first row. The status bar names the section in visual order.
func TestRTLParagraphs(t *testing.T) {
	t.Parallel()
	tr := readTruth(t, "seed-aleppo")
	for _, w := range []int{40, 100} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			t.Parallel()
			tm, screen := openSeed(t, w, 30)
			checkParagraphs(t, w, screen, true, true)
			tm.SendKeys("]")
			screen = statusSection(tm, 2, len(tr.Sections))
			rows := strings.Split(screen, "\n")
			requireVisual(t, "the status bar", firstWord(tr.Sections[1]), rows[len(rows)-1])
		})
	}
}

// TestRTLTerminalMode: --bidi terminal sends logical order for a terminal
// that reorders (Konsole, mlterm, iTerm2) but still wraps and right-aligns;
// --bidi off sends logical order flush left.
func TestRTLTerminalMode(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		mode  string
		right bool
	}{{"terminal", true}, {"off", false}} {
		for _, w := range []int{40, 100} {
			t.Run(fmt.Sprint(tc.mode, w), func(t *testing.T) {
				t.Parallel()
				tm := NewTmux(t, w, 30, qariCmd("", "--bidi", tc.mode, seedPath()))
				tm.WaitFor(leadPhrase(seedLines(t)[0], 4), defaultWait)
				screen := tm.Settle(defaultWait) // the whole frame, not its first rows
				checkParagraphs(t, w, screen, tc.right, false)
			})
		}
	}
}

// TestBidiKey: B switches the open article to the terminal's bidi at once,
// says so, and the choice is there the next time qari starts (in the
// config file, next to the user's own keys).
func TestBidiKey(t *testing.T) {
	t.Parallel()
	cfg := t.TempDir()
	path := filepath.Join(cfg, "qari", "config.toml")
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte("# my settings\nwidth = 70\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	withCfg := func(args ...string) string {
		return "XDG_CONFIG_HOME=" + shellQuote(cfg) + " " + qariCmd("", args...)
	}
	first := leadPhrase(seedLines(t)[0], 4)
	tm := NewTmux(t, 100, 30, withCfg(seedPath()))
	screen := tm.WaitFor(first, defaultWait)
	if starts := paragraphStarts(screen); len(starts) == 0 || rightWord(starts[0]) != firstWord(seedLines(t)[0]) {
		t.Fatalf("the article does not start in visual order:\n%s", indent(screen))
	}
	tm.SendKeys("B")
	screen = tm.WaitFor("bidi terminal", defaultWait)
	if starts := paragraphStarts(screen); len(starts) == 0 || leftWord(starts[0]) != firstWord(seedLines(t)[0]) {
		t.Errorf("after B the article is not in logical order:\n%s", indent(screen))
	}
	tm.SendKeys("q")
	tm.WaitFor(ExitMarker, defaultWait)
	data, _ := os.ReadFile(path)
	if got := string(data); !strings.Contains(got, `bidi = "terminal"`) || !strings.Contains(got, "# my settings\nwidth = 70\n") {
		t.Fatalf("after B and q the config file holds:\n%s", got)
	}
	tm2 := NewTmux(t, 100, 30, withCfg(seedPath()))
	screen = tm2.WaitFor(first, defaultWait)
	if starts := paragraphStarts(screen); len(starts) == 0 || leftWord(starts[0]) != firstWord(seedLines(t)[0]) {
		t.Errorf("the next run does not start in the saved terminal mode:\n%s", indent(screen))
	}
}

// vtePty runs qari in a pty that answers the BDSM request as GNOME
// Terminal does (set: it reorders by itself) when answer is true, and
// returns what qari wrote once it quit on q.
func vtePty(t *testing.T, answer bool, args ...string) []byte {
	t.Helper()
	p := startPty(t, 80, 24, args...)
	if !p.waitBytes(defaultWait, func(b []byte) bool { return bytes.Contains(b, []byte("\x1b[8$p")) }) {
		t.Fatalf("qari did not ask the terminal for BDSM (CSI 8 $ p); it wrote %q", p.bytes())
	}
	if answer {
		p.pty.Write([]byte("\x1b[8;1$y"))
		p.waitBytes(defaultWait, func(b []byte) bool { return bytes.Contains(b, []byte("\x1b[8l")) })
	} else if !p.waitBytes(defaultWait, func(b []byte) bool { return bytes.Contains(b, []byte("section 1/")) }) {
		// no answer comes: let qari draw a frame, so that the output
		// checked covers a whole session, start to exit
		t.Fatalf("qari drew no status bar in the pty; it wrote %q", p.bytes())
	}
	p.pty.Write([]byte("q"))
	done := make(chan struct{})
	go func() { p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(defaultWait):
		t.Fatal("qari did not quit on q")
	}
	<-p.done
	return p.bytes()
}

// TestBDSM: a terminal that answers for BDSM (VTE, WezTerm, mintty) is
// switched to explicit mode while qari reorders, and back on exit; one
// that does not answer (xterm, kitty, tmux) is sent neither.
func TestBDSM(t *testing.T) {
	t.Parallel()
	out := vtePty(t, true, seedPath())
	l, h := bytes.Index(out, []byte("\x1b[8l")), bytes.LastIndex(out, []byte("\x1b[8h"))
	if l < 0 || h < l {
		t.Errorf("with a VTE answer qari sent CSI 8 l at %d and CSI 8 h at %d, want explicit mode then the implicit mode back on exit", l, h)
	}
	out = vtePty(t, false, seedPath())
	if bytes.Contains(out, []byte("\x1b[8l")) || bytes.Contains(out, []byte("\x1b[8h")) {
		t.Errorf("without an answer qari switched the terminal's BDSM anyway")
	}
}

// TestNoBidiControlsPrinted: whatever an article's title and headings
// hold, nothing qari prints, chrome included, holds a bidi control: a
// bidi terminal would obey it.
func TestNoBidiControlsPrinted(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "controls.md")
	src := "# \u202eحلب\u202c تحت \u2067النار\u2069\n\nفي حين \u200fيواصل\u200e وزير الخارجية.\n\n## \u061cكيري\u202b: تقدم\u202c\n\nأعلن كيري في ختام لقائه.\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"app", "terminal"} {
		p := startPty(t, 60, 12, "--bidi", mode, file)
		// the reader, then the second section's heading, then the table
		// of contents: each must have been drawn before the check
		for _, step := range []struct{ key, shows string }{
			{"", "section 1/2"},
			{"]", "section 2"}, // the renderer redraws only the cells that changed: "/2  100%" stays
			{"t", "Contents: "},
		} {
			if step.key != "" {
				p.pty.Write([]byte(step.key))
			}
			if !p.waitBytes(defaultWait, func(b []byte) bool { return bytes.Contains(b, []byte(step.shows)) }) {
				t.Fatalf("--bidi %s: after %q qari did not draw %q within %v; it wrote %q", mode, step.key, step.shows, defaultWait, p.bytes())
			}
		}
		for _, r := range string(p.bytes()) {
			if r == 0x061c || r == 0x200e || r == 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
				t.Errorf("--bidi %s: qari printed U+%04X", mode, r)
				break
			}
		}
	}
	// pipes too
	out := runQari(t, nil, "render", "--bidi", "app", file)
	if strings.ContainsAny(out.stdout, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
		t.Errorf("qari render printed a bidi control:\n%s", out.stdout)
	}
}
