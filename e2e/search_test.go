package e2e

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// matchRE matches the status bar's "match i/n" (issue 3).
var matchRE = regexp.MustCompile(`(?i)match\s+(\d+)\s*/\s*(\d+)`)

// statusMatch waits until the status bar says "match i/n".
func statusMatch(tm *Tmux, i, n int) string {
	tm.t.Helper()
	return tm.Until(defaultWait, fmt.Sprintf("%q in the status bar", fmt.Sprintf("match %d/%d", i, n)),
		func(s string) bool {
			m := matchRE.FindStringSubmatch(s)
			return m != nil && m[1] == fmt.Sprint(i) && m[2] == fmt.Sprint(n)
		})
}

// checkHighlighted fails unless word is on screen with a style of its own:
// every cell of it alike, and unlike the words on either side.
func checkHighlighted(t *testing.T, tm *Tmux, word string) {
	t.Helper()
	checkStyled(t, tm, word, " ")
}

// checkStyled is checkHighlighted that looks past the characters in skip
// (spaces, and quotation marks for quotations) for the neighbours.
func checkStyled(t *testing.T, tm *Tmux, word, skip string) {
	t.Helper()
	styled := tm.CaptureStyled()
	for _, line := range strings.Split(styled, "\n") {
		cells := parseCells(line)
		at, n := findCells(cells, word)
		if at < 0 {
			continue
		}
		hl := cells[at].style
		for _, c := range cells[at : at+n] {
			if c.style != hl {
				t.Errorf("%q is only partly highlighted: its cells have styles %+v and %+v", word, hl, c.style)
				return
			}
		}
		// The nearest letters outside the match, past the spaces.
		for _, dir := range []int{-1, 1} {
			i := at - 1
			if dir > 0 {
				i = at + n
			}
			for i >= 0 && i < len(cells) && (strings.TrimSpace(cells[i].text) == "" || strings.Contains(skip, cells[i].text)) {
				i += dir
			}
			if i >= 0 && i < len(cells) && cells[i].style == hl {
				t.Errorf("%q is not highlighted: the text beside it (%q) looks the same (%+v)", word, cells[i].text, hl)
				return
			}
		}
		return
	}
	t.Errorf("%q is not on screen:\n%s", word, indent(tm.Capture()))
}

// TestSearchFolded (issue 3): typing a word without harakat finds it
// written with them; the status bar says match 1/1 and the match is
// highlighted on exactly its letters. The prompt shows what was typed.
func TestSearchFolded(t *testing.T) {
	t.Parallel()
	tm, _ := openSeed(t, 100, 30)
	tm.SendKeys("/")
	tm.Type("هجوما")
	screen := tm.WaitFor("هجوما", defaultWait)
	rows := strings.Split(screen, "\n")
	if bottom := strings.Join(rows[max(0, len(rows)-2):], "\n"); !screenHas(bottom, "هجوما") {
		t.Errorf("the search prompt does not show the query هجوما as typed:\n%s", indent(screen))
	}
	tm.SendKeys("Enter")
	statusMatch(tm, 1, 1)
	tm.WaitFor("هجومًا", defaultWait)
	checkHighlighted(t, tm, "هجومًا")
}

// TestSearchHamza (issue 3): الأساسي, typed with hamza, finds الاساسي as the
// seed spells it, in section 2.
func TestSearchHamza(t *testing.T) {
	t.Parallel()
	tr := readTruth(t, "seed-aleppo")
	tm, _ := openSeed(t, 100, 30)
	tm.SendKeys("/")
	tm.Type("الأساسي")
	tm.SendKeys("Enter")
	statusMatch(tm, 1, 1)
	statusSection(tm, 2, len(tr.Sections))
	tm.WaitFor("من الاساسي", defaultWait)
}

// TestSearchNextWraps (issue 3): n and N step through the matches, and
// wrap round the document.
func TestSearchNextWraps(t *testing.T) {
	t.Parallel()
	const total = 10 // لافروف in the seed: qari search --json counts 10
	tm, _ := openSeed(t, 100, 30)
	tm.SendKeys("/")
	tm.Type("لافروف")
	tm.SendKeys("Enter")
	statusMatch(tm, 1, total)
	for i := 2; i <= total; i++ {
		tm.SendKeys("n")
		statusMatch(tm, i, total)
	}
	tm.SendKeys("n")
	statusMatch(tm, 1, total)
	tm.SendKeys("N")
	statusMatch(tm, total, total)
	tm.WaitFor("لافروف", defaultWait)
}

// TestSearchEscRestores (issue 3): while typing, the view moves to the
// match; Esc cancels and goes back to where the reader was.
func TestSearchEscRestores(t *testing.T) {
	t.Parallel()
	tr := readTruth(t, "seed-aleppo")
	n := len(tr.Sections)
	tm, _ := openSeed(t, 100, 30)
	tm.SendKeys("]")
	statusSection(tm, 2, n)
	before := tm.Settle(defaultWait)
	tm.SendKeys("/")
	tm.Type("التدخل العسكري") // only in the last section
	tm.Until(defaultWait, "the view moved to the match in the last section", func(s string) bool {
		m := sectionRE.FindStringSubmatch(s)
		return screenHas(s, "التدخل العسكري") && m != nil && m[1] == fmt.Sprint(n)
	})
	tm.SendKeys("Escape")
	statusSection(tm, 2, n)
	after := tm.Settle(defaultWait)
	if a, b := contentRows(before), contentRows(after); len(a) == 0 || len(b) == 0 || a[0] != b[0] {
		t.Errorf("after Esc the view is not back where it was.\nbefore the search:\n%s\nafter Esc:\n%s", indent(before), indent(after))
	}
}

// TestLibrarySearch (issue 3): in the library, / searches every article and
// lists the hits; Enter opens the article at the hit.
func TestLibrarySearch(t *testing.T) {
	t.Parallel()
	tm := NewTmux(t, 100, 40, qariCmd(""))
	tm.WaitFor("Clock museum reopens", defaultWait)
	tm.SendKeys("/")
	tm.Type("pendulum")
	tm.WaitFor("pendulum", defaultWait)
	// The hits may list as the user types, or after Enter: press Enter
	// until the reader shows the article, at most twice.
	for i := 0; i < 2 && !sectionRE.MatchString(tm.Capture()); i++ {
		tm.SendKeys("Enter")
		tm.Settle(defaultWait)
	}
	screen := tm.Until(defaultWait, "the museum article open at the hit for pendulum", func(s string) bool {
		return sectionRE.MatchString(s) && strings.Contains(s, "pendulum")
	})
	if !strings.Contains(screen, "museum") && !strings.Contains(screen, "Museum") {
		t.Errorf("the hit for pendulum opened another article than the clock museum's:\n%s", indent(screen))
	}
}

// TestSearchWrapNotice (issue 3): n past the last match goes round to the
// first and says so in the status bar.
func TestSearchWrapNotice(t *testing.T) {
	t.Parallel()
	tm, _ := openSeed(t, 100, 30)
	tm.SendKeys("/")
	tm.Type("الأساسي")
	tm.SendKeys("Enter")
	statusMatch(tm, 1, 1)
	tm.SendKeys("n")
	tm.WaitFor("search hit bottom, continuing at top", defaultWait)
	tm.SendKeys("N")
	tm.WaitFor("search hit top, continuing at bottom", defaultWait)
}

// TestSearchNoMatch (issue 3): a pattern without a match says so and
// leaves the view where it was.
func TestSearchNoMatch(t *testing.T) {
	t.Parallel()
	tm, _ := openSeed(t, 100, 30)
	before := tm.Settle(defaultWait)
	tm.SendKeys("/")
	tm.Type("zqxj")
	tm.WaitFor("no match", defaultWait)
	tm.SendKeys("Enter")
	after := tm.WaitFor("no match for zqxj", defaultWait)
	if a, b := contentRows(before), contentRows(after); len(a) == 0 || len(b) == 0 || a[0] != b[0] {
		t.Errorf("a search without a match moved the view.\nbefore:\n%s\nafter:\n%s", indent(before), indent(after))
	}
}

// TestSearchFilter (issue 3): & shows only the paragraphs with the
// pattern; & with nothing shows them all again.
func TestSearchFilter(t *testing.T) {
	t.Parallel()
	tm, _ := openSeed(t, 100, 40)
	tm.SendKeys("G")
	tm.WaitFor("التدخل العسكري", defaultWait)
	tm.SendKeys("&")
	tm.Type("كيري")
	tm.SendKeys("Enter")
	filteredRE := regexp.MustCompile(`& \d+ paragraphs`)
	screen := tm.Until(defaultWait, "the filter's count in the status bar", filteredRE.MatchString)
	if screenHas(screen, "التدخل العسكري") {
		t.Errorf("the filter on كيري still shows a paragraph without it:\n%s", indent(screen))
	}
	tm.SendKeys("&", "Enter")
	tm.WaitFor("showing every paragraph", defaultWait)
	tm.SendKeys("G")
	tm.WaitFor("التدخل العسكري", defaultWait)
}

// TestSearchRegexFlag (issue 3): --regex opens the prompt in regex mode,
// and the pattern is a regular expression.
func TestSearchRegexFlag(t *testing.T) {
	t.Parallel()
	tm := NewTmux(t, 100, 30, qariCmd("", "--regex", seedPath()))
	tm.WaitFor(leadPhrase(seedLines(t)[0], 4), defaultWait)
	tm.SendKeys("/")
	tm.WaitFor("regex /", defaultWait)
	tm.Type("لافرو+ف")
	tm.SendKeys("Enter")
	statusMatch(tm, 1, 10)
}

// TestFilterParagraphs (issue 3): & shows only the paragraphs that contain
// the pattern, like less; & with an empty pattern shows them all again.
func TestFilterParagraphs(t *testing.T) {
	t.Parallel()
	lines := seedLines(t)
	with := leadPhrase(lines[6], 3)    // أعلن كيري في…: names Kerry, in section 2
	without := leadPhrase(lines[1], 3) // وكثف طيران الأسد…: does not
	tm, _ := openSeed(t, 100, 30)
	tm.WaitFor(without, defaultWait)
	tm.SendKeys("&")
	tm.Type("كيري")
	tm.SendKeys("Enter")
	tm.Until(defaultWait, fmt.Sprintf("only paragraphs naming كيري (%q shown, %q hidden)", with, without),
		func(s string) bool { return screenHas(s, with) && !screenHas(s, without) })
	tm.SendKeys("&")
	tm.SendKeys("Enter")
	tm.Until(defaultWait, fmt.Sprintf("every paragraph again (%q back)", without),
		func(s string) bool { return screenHas(s, without) })
}
