package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// quit presses q and waits for qari to exit with status 0.
func quit(tm *Tmux) {
	tm.t.Helper()
	tm.SendKeys("q")
	tm.WaitFor(ExitMarker+"0]", defaultWait)
}

// TestReopenRestores (issue 6): reopening an article shows it where the
// reader left it, by text, so also at another terminal width; a quotation
// highlighted with m is still there, listed in the highlights panel (H).
func TestReopenRestores(t *testing.T) {
	t.Parallel()
	tr := readTruth(t, "seed-aleppo")
	q := seedQuotes(t)
	home := newHome(t)

	tm := markFirstQuote(t, home, q)
	tm.SendKeys("]")
	statusSection(tm, 2, len(tr.Sections))
	left := tm.Settle(defaultWait)
	quit(tm)

	t.Run("same width", func(t *testing.T) {
		tm := NewTmuxHome(t, 100, 30, home, qariCmd("", seedPath()))
		screen := statusSection(tm, 2, len(tr.Sections))
		screen = tm.Settle(defaultWait)
		if a, b := contentRows(left), contentRows(screen); len(a) == 0 || len(b) == 0 || a[0] != b[0] {
			t.Errorf("reopened, the seed is not where the reader left it.\nleft:\n%s\nreopened:\n%s", indent(left), indent(screen))
		}
		tm.SendKeys("H")
		tm.Until(defaultWait, "the highlights panel listing the highlighted quotation", func(s string) bool {
			return hasWords(s, q[0].Text) && !screenHas(s, leadPhrase(seedLines(t)[6], 3)) // the article text is not behind it
		})
		quit(tm)
	})
	t.Run("narrower", func(t *testing.T) {
		tm := NewTmuxHome(t, 50, 30, home, qariCmd("", seedPath()))
		statusSection(tm, 2, len(tr.Sections))
		screen := tm.Settle(defaultWait)
		if missing := missingAtTop(contentRows(left)[0], screen); len(missing) > 0 {
			t.Errorf("reopened at 50 columns, the text the reader left at the top (%q) is not at the top (%q missing):\n%s", contentRows(left)[0], missing, indent(screen))
		}
		quit(tm)
	})
}

// TestHighlightSurvivesKill (issue 6): a highlight the reader has seen
// appear is kept even if qari is killed with SIGKILL right after.
func TestHighlightSurvivesKill(t *testing.T) {
	t.Parallel()
	q := seedQuotes(t)
	home := newHome(t)

	tm := markFirstQuote(t, home, q)
	pid := qariPid(tm)
	if pid == 0 {
		t.Fatal("cannot find the qari process in the pane")
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	tm.WaitFor(ExitMarker, defaultWait)

	tm2 := NewTmuxHome(t, 100, 30, home, qariCmd("", seedPath()))
	tm2.WaitFor("seed-aleppo", defaultWait)
	tm2.SendKeys("H")
	tm2.Until(defaultWait, "the highlight made just before qari was killed", func(s string) bool {
		return hasWords(s, q[0].Text)
	})
}

// markFirstQuote opens the seed in a 100×30 pane with the given home,
// moves to its first quotation (q are the seed's quotations) and
// highlights it.
func markFirstQuote(t *testing.T, home string, q []seedQuote) *Tmux {
	t.Helper()
	tm := NewTmuxHome(t, 100, 30, home, qariCmd("", seedPath()))
	tm.WaitFor(leadPhrase(seedLines(t)[0], 4), defaultWait)
	tm.SendKeys("}")
	statusQuote(tm, 1, q)
	markQuote(tm)
	return tm
}

// hasWords reports whether every word of text is on screen.
func hasWords(screen, text string) bool {
	for _, w := range strings.Fields(text) {
		if !screenHas(screen, w) {
			return false
		}
	}
	return true
}

// markQuote presses m on the current quotation and waits until the screen
// shows it (in colour: the highlight may change no text).
func markQuote(tm *Tmux) {
	tm.t.Helper()
	tm.Settle(defaultWait)
	before := tm.CaptureStyled()
	tm.SendKeys("m")
	tm.UntilStyled(defaultWait, "a change after m (highlight the quotation)", func(s string) bool { return s != before })
}

// qariPid is the pid of the qari process the pane's shell started, or 0.
func qariPid(tm *Tmux) int {
	shell := tm.Display("#{pane_pid}")
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		s := string(stat)
		i := strings.LastIndexByte(s, ')')
		if i < 0 {
			continue
		}
		fields := strings.Fields(s[i+1:])
		if len(fields) >= 2 && fields[1] == shell && strings.Contains(s[:i], filepath.Base(qariBin)[:min(len(filepath.Base(qariBin)), 15)]) {
			return pid
		}
	}
	return 0
}
