package e2e

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestLargeDocument: a 30 MB article opens to its first screen within 2 s
// and G and g answer within 2 s each, so no step does work proportional to
// the document on the way; once it is read whole and its quotations found,
// peak memory stays under the file's size and 64 MB; and when another
// program truncates the file, qari goes on showing it.
func TestLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("large document: skipped under -short")
	}
	requireTmux(t)
	seed, err := os.ReadFile(seedPath())
	if err != nil {
		t.Fatal(err)
	}
	const size = 30 << 20
	path := filepath.Join(t.TempDir(), "large.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	written := 0
	for written < size {
		n, _ := w.Write(seed)
		m, _ := w.WriteString("\n")
		written += n + m
	}
	w.WriteString("The end of the large article: tailmarker reached.\n")
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	const budget = 2 * time.Second
	first := leadPhrase(seedLines(t)[0], 4)
	start := time.Now()
	tm := NewTmux(t, 100, 30, qariCmd("", path))
	tm.Until(budget, fmt.Sprintf("the first words %q within %v of starting on a 30 MB file", first, budget),
		func(s string) bool { return screenHas(s, first) })
	t.Logf("first screen of a %d MB article: %v", size>>20, time.Since(start).Round(time.Millisecond))

	start = time.Now()
	tm.SendKeys("G")
	tm.Until(budget, fmt.Sprintf("the end (tailmarker) within %v of G", budget),
		func(s string) bool { return strings.Contains(s, "tailmarker") })
	t.Logf("G: %v", time.Since(start).Round(time.Millisecond))

	start = time.Now()
	tm.SendKeys("g")
	tm.Until(budget, fmt.Sprintf("the first words again within %v of g", budget),
		func(s string) bool { return screenHas(s, first) && !strings.Contains(s, "tailmarker") })
	t.Logf("g: %v", time.Since(start).Round(time.Millisecond))

	// the whole read, then the quotations (a pass over all of it): the bar
	// says so, from the frame where "loading…" goes
	tm.Until(20*time.Second, "the status bar to go from loading… to finding quotations…",
		func(s string) bool {
			return !strings.Contains(s, "loading") && strings.Contains(s, "finding quotations")
		})
	tm.Until(30*time.Second, "the status bar to stop saying finding quotations…",
		func(s string) bool { return !strings.Contains(s, "finding quotations") })
	if rss, ok := qariPeakRSS(tm); ok {
		limit := int64(size + 64<<20)
		t.Logf("peak RSS: %d MB for a %d MB file", rss>>20, size>>20)
		if rss > limit {
			t.Errorf("qari's peak memory is %d MB for a %d MB file; the budget is the file and 64 MB (%d MB)", rss>>20, size>>20, limit>>20)
		}
	}

	// Another program truncates the file while qari shows it (a log
	// rotated, say): qari reads its own copy of the text, and goes on.
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	tm.SendKeys("G")
	tm.Until(budget, "the end (tailmarker) again after the file was truncated",
		func(s string) bool { return strings.Contains(s, "tailmarker") })
	tm.SendKeys("/", "tailmarker", "Enter")
	tm.SendKeys("g")
	tm.Until(budget, "the first words again after the file was truncated",
		func(s string) bool { return screenHas(s, first) && !strings.Contains(s, "tailmarker") })
	if qariPid(tm) == 0 {
		t.Fatal("qari is gone after its file was truncated")
	}
}

// qariPeakRSS is the peak resident set (VmHWM) of the qari process running
// in the pane. ok is false where /proc is not.
func qariPeakRSS(tm *Tmux) (int64, bool) {
	pid := qariPid(tm)
	if pid == 0 {
		return 0, false
	}
	status, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "status"))
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err == nil {
				return kb << 10, true
			}
		}
	}
	return 0, false
}
