package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// seedLines are the lines of the seed article, one paragraph or heading each.
func seedLines(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(seedPath())
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	return lines
}

// truth is the hand-checked ground truth of a sample (docs/corpus-truth.md).
type truth struct {
	Title    *string  `json:"title"`
	Sections []string `json:"sections"`
}

func readTruth(t *testing.T, name string) truth {
	t.Helper()
	data, err := os.ReadFile(sample(strings.TrimSuffix(name, ".txt") + ".truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tr truth
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return tr
}

// openSeed starts qari on the seed in a w×h terminal, waits for its
// first words and returns the screen once it is drawn in full (the first
// words show before the rest of the frame has reached tmux).
func openSeed(t *testing.T, w, h int) (*Tmux, string) {
	t.Helper()
	tm := NewTmux(t, w, h, qariCmd("", seedPath()))
	tm.WaitFor(leadPhrase(seedLines(t)[0], 4), defaultWait)
	return tm, tm.Settle(defaultWait)
}

// statusSection waits until the status bar says "section i/n".
func statusSection(tm *Tmux, i, n int) string {
	tm.t.Helper()
	return tm.Until(defaultWait, fmt.Sprintf("%q in the status bar", fmt.Sprintf("section %d/%d", i, n)),
		func(s string) bool {
			m := sectionRE.FindStringSubmatch(s)
			return m != nil && m[1] == fmt.Sprint(i) && m[2] == fmt.Sprint(n)
		})
}

// TestOpenSeed: `qari FILE` opens the reader on the article's first words,
// with the title (from the file name: the seed has no title line) shown.
func TestOpenSeed(t *testing.T) {
	t.Parallel()
	tm, _ := openSeed(t, 100, 30)
	tm.Until(defaultWait, "the title seed-aleppo (the seed has no title line, so the reader shows its file name)",
		func(s string) bool { return strings.Contains(strings.ToLower(s), "aleppo") })
	sections := len(readTruth(t, "seed-aleppo").Sections)
	statusSection(tm, 1, sections)
}

// TestNextSection: `]` goes to the second section; the status bar says so
// and its heading is on screen, near the top where the user looks.
func TestNextSection(t *testing.T) {
	t.Parallel()
	tr := readTruth(t, "seed-aleppo")
	tm, _ := openSeed(t, 100, 30)
	tm.SendKeys("]")
	screen := statusSection(tm, 2, len(tr.Sections))
	heading := leadPhrase(tr.Sections[1], 3)
	screen = tm.WaitFor(heading, defaultWait)
	if row := findRow(screen, heading); row > 30/2 {
		t.Errorf("after ] the heading %q of section 2 is on row %d of 30; a section jump should bring it to the top of the screen:\n%s",
			tr.Sections[1], row+1, indent(screen))
	}
	tm.SendKeys("[")
	statusSection(tm, 1, len(tr.Sections))
	tm.WaitFor(leadPhrase(seedLines(t)[0], 4), defaultWait)
}

// TestTOCJump: `t` opens the table of contents, which lists the headings;
// choosing the last one and pressing Enter jumps there and closes it.
func TestTOCJump(t *testing.T) {
	t.Parallel()
	tr := readTruth(t, "seed-aleppo")
	n := len(tr.Sections)
	last := leadPhrase(tr.Sections[n-1], 3)
	second := leadPhrase(tr.Sections[1], 3)
	tm, _ := openSeed(t, 100, 24)
	screen := tm.Settle(defaultWait)
	if screenHas(screen, last) {
		t.Fatalf("test setup: the last heading %q is already on the first screen, so the TOC cannot be told apart:\n%s", last, indent(screen))
	}
	tm.SendKeys("t")
	tm.Until(defaultWait, "the table of contents listing the headings", func(s string) bool {
		return screenHas(s, last) && screenHas(s, second)
	})
	tm.SendKeys("G")
	tm.Settle(defaultWait)
	tm.SendKeys("Enter")
	statusSection(tm, n, n)
	body := leadPhrase(seedLines(t)[11], 3) // the first paragraph under the last heading
	tm.Until(defaultWait, fmt.Sprintf("the last section (%q, then %q) with the TOC closed", last, body),
		func(s string) bool { return screenHas(s, last) && screenHas(s, body) && !screenHas(s, second) })
}

// contentRows are the rows that hold Arabic article text: the status bar
// (the row with "section i/n") is left out.
func contentRows(screen string) []string {
	var rows []string
	for _, r := range strings.Split(screen, "\n") {
		if hasArabic(r) && !sectionRE.MatchString(r) {
			rows = append(rows, r)
		}
	}
	return rows
}

// arabicTokens are the pure Arabic words of a screen row as displayed
// (NFKC-folded, punctuation trimmed), at least three letters long.
func arabicTokens(row string) []string {
	var out []string
	for _, w := range strings.Fields(normLogical(row)) {
		w = strings.Trim(w, "،؛:.'\"()«»؟!")
		if pureArabic(w) && len([]rune(w)) >= 3 {
			out = append(out, w)
		}
	}
	return out
}

// missingAtTop returns the Arabic words of row (see arabicTokens) that
// are not in the first four article rows of screen: the text that was at
// the top of the screen before a reflow and must still be there after it.
// A row without such words cannot be checked and fails the test.
func missingAtTop(row, screen string) []string {
	want := arabicTokens(row)
	if len(want) == 0 {
		return []string{"(no Arabic word in " + strconv.Quote(row) + ")"}
	}
	top := contentRows(screen)
	top = top[:min(len(top), 4)]
	have := map[string]bool{}
	for _, r := range top {
		for _, w := range arabicTokens(r) {
			have[w] = true
		}
	}
	var missing []string
	for _, w := range want {
		if !have[w] {
			missing = append(missing, w)
		}
	}
	return missing
}

// TestResizeKeepsTopText: after scrolling into the article, narrowing the
// terminal to 40 columns reflows the text and keeps what was at the top of
// the screen at the top (anchored by text, not by line number).
func TestResizeKeepsTopText(t *testing.T) {
	t.Parallel()
	tm, screen := openSeed(t, 100, 30)
	for i := 0; i < 7; i++ {
		tm.SendKeys("j")
	}
	screen = tm.WaitChange(screen, defaultWait)
	rows := contentRows(screen)
	if len(rows) == 0 {
		t.Fatalf("after scrolling down, no article text is on screen:\n%s", indent(screen))
	}
	tm.Resize(40, 30)
	tm.Until(defaultWait, "the article reflowed to 40 columns", func(s string) bool {
		for _, r := range strings.Split(s, "\n") {
			if _, right := edges(r); right >= 40 {
				return false
			}
		}
		return len(contentRows(s)) > 0
	})
	narrow := tm.Settle(defaultWait)
	if missing := missingAtTop(rows[0], narrow); len(missing) > 0 {
		t.Errorf("the line at the top before the resize was\n\t%s\nbut after narrowing to 40 columns the words %q are not in the top lines.\nbefore:\n%s\nafter:\n%s",
			rows[0], missing, indent(screen), indent(narrow))
	}
}

// TestQuit: q (and Ctrl-C) quit and give the terminal back as it was: the
// shell's earlier output is on screen again, the article is gone, no
// alternate screen, a visible cursor, no mouse reporting left on.
func TestQuit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		key   string
		codes []string
	}{
		{"q", []string{"0"}},
		{"C-c", []string{"0", "130"}},
	} {
		t.Run(tc.key, func(t *testing.T) {
			const before = "e2e: the shell printed this before qari"
			tm := NewTmux(t, 80, 24, qariCmd(before, seedPath()))
			first := leadPhrase(seedLines(t)[0], 4)
			tm.WaitFor(first, defaultWait)
			tm.SendKeys(tc.key)
			screen := tm.WaitFor(ExitMarker, defaultWait)
			code := ""
			if i := strings.Index(screen, ExitMarker); i >= 0 {
				code, _, _ = strings.Cut(screen[i+len(ExitMarker):], "]")
			}
			ok := false
			for _, c := range tc.codes {
				ok = ok || c == code
			}
			if !ok {
				t.Errorf("after %s qari exited with status %s, want %s:\n%s", tc.key, code, strings.Join(tc.codes, " or "), indent(screen))
			}
			if !strings.Contains(screen, before) {
				t.Errorf("after %s the shell's earlier output %q is not back on screen:\n%s", tc.key, before, indent(screen))
			}
			if screenHas(screen, first) {
				t.Errorf("after %s the article is still on screen (the alternate screen was not left):\n%s", tc.key, indent(screen))
			}
			for format, want := range map[string]string{
				"#{alternate_on}":      "0",
				"#{cursor_flag}":       "1",
				"#{mouse_any_flag}":    "0",
				"#{mouse_button_flag}": "0",
				"#{mouse_all_flag}":    "0",
				"#{mouse_sgr_flag}":    "0",
				"#{insert_flag}":       "0",
			} {
				if got := tm.Display(format); got != want {
					t.Errorf("after %s the terminal is left with %s = %s, want %s (the shell would misbehave)", tc.key, format, got, want)
				}
			}
		})
	}
}

// TestLibrary: qari with no arguments opens the built-in samples, the seed
// first; Enter opens it and Esc goes back to the list.
func TestLibrary(t *testing.T) {
	t.Parallel()
	tm := NewTmux(t, 100, 40, qariCmd(""))
	others := map[string]string{ // a phrase of each English title
		"en-sample-museum": "Clock museum reopens",
		"en-sample-harbor": "Last boatyard on Gullstone",
		"en-sample-garden": "Forty bean varieties",
	}
	tm.Until(defaultWait, "the library listing the samples", func(s string) bool {
		for _, p := range others {
			if strings.Contains(s, p) {
				return true
			}
		}
		return false
	})
	screen := tm.Settle(defaultWait)
	seedRow := -1
	for i, r := range strings.Split(screen, "\n") {
		if strings.Contains(strings.ToLower(r), "aleppo") || lineHas(r, leadPhrase(seedLines(t)[0], 3)) {
			seedRow = i
			break
		}
	}
	if seedRow < 0 {
		t.Fatalf("the library does not list the seed (by its name seed-aleppo or its opening words):\n%s", indent(screen))
	}
	for name, p := range others {
		if r := strings.Index(screen, p); r >= 0 && strings.Count(screen[:r], "\n") < seedRow {
			t.Errorf("%s is listed above the seed; the seed should come first:\n%s", name, indent(screen))
		}
	}
	tm.SendKeys("Enter")
	body := leadPhrase(seedLines(t)[1], 3)
	tm.WaitFor(body, defaultWait)
	tm.SendKeys("Escape")
	tm.WaitFor(others["en-sample-museum"], defaultWait)
	if s := tm.Capture(); screenHas(s, body) {
		t.Errorf("after Esc the article is still on screen:\n%s", indent(s))
	}
}

// TestRTLRightAligned: Arabic paragraphs are right-aligned in the text
// column: every Arabic line ends at the column's right edge and the ragged
// edge is on the left. At 40 columns the column is the whole width; at 100
// it is 80 columns, centred.
func TestRTLRightAligned(t *testing.T) {
	t.Parallel()
	for _, w := range []int{40, 100} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			tm, _ := openSeed(t, w, 30)
			screen := tm.Settle(defaultWait)
			rows := contentRows(screen)
			lefts, rights := map[int]int{}, map[int]int{}
			maxRight := -1
			for _, r := range rows {
				l, rt := edges(r)
				lefts[l]++
				rights[rt]++
				maxRight = max(maxRight, rt)
			}
			if len(rows) < 5 {
				t.Fatalf("only %d rows of Arabic text on a %d×30 screen:\n%s", len(rows), w, indent(screen))
			}
			// Each paragraph starts at the right edge: its first words are
			// the rightmost of its first line.
			for _, line := range seedLines(t) {
				words := strings.Fields(line)
				if len(words) < 8 || !pureArabic(words[0]) {
					continue // headings and short lines
				}
				phrase := leadPhrase(line, 2)
				for _, row := range strings.Split(tm.CaptureStyled(), "\n") {
					cells := parseCells(row)
					at, n := findCells(cells, phrase)
					if at < 0 {
						continue
					}
					end := len(cells)
					for end > 0 && strings.TrimSpace(cells[end-1].text) == "" {
						end--
					}
					if at+n != end {
						t.Errorf("at %d columns the paragraph beginning %q does not begin at the right edge of its line:\n%s", w, phrase, indent(screen))
					}
					break
				}
			}
			if len(rights) == 1 && maxRight >= min(w, 80)+(w-min(w, 80))/2-4 && len(lefts) > 1 {
				return
			}
			t.Errorf("at %d columns Arabic lines should all end at the right edge of the text column (ragged on the left); their right edges are %v and left edges %v:\n%s",
				w, rights, lefts, indent(screen))
		})
	}
}
