package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// quoteRE matches the status bar's "quote i/n" (issue 4).
var quoteRE = regexp.MustCompile(`(?i)quote\s+(\d+)\s*/\s*(\d+)`)

// seedQuote is a quotation of the seed's ground truth.
type seedQuote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
}

func seedQuotes(t *testing.T) []seedQuote {
	t.Helper()
	data, err := os.ReadFile(sample("seed-aleppo.truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tr struct {
		Quotes []seedQuote `json:"quotes"`
	}
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatal(err)
	}
	return tr.Quotes
}

// statusQuote waits until the status bar says "quote i/n" and names the
// speaker (when known).
func statusQuote(tm *Tmux, i int, q []seedQuote) string {
	tm.t.Helper()
	n := len(q)
	speaker := ""
	if q[i-1].Speaker != nil {
		speaker = *q[i-1].Speaker
	}
	return tm.Until(defaultWait, fmt.Sprintf("\"quote %d/%d — %s\" in the status bar", i, n, speaker),
		func(s string) bool {
			for _, line := range strings.Split(s, "\n") {
				m := quoteRE.FindStringSubmatch(line)
				if m != nil && m[1] == fmt.Sprint(i) && m[2] == fmt.Sprint(n) {
					return speaker == "" || lineHas(line, speaker)
				}
			}
			return false
		})
}

// TestQuoteJump (issue 4): } and { go from quotation to quotation, a count
// skips several, and the status bar says which one and who said it.
func TestQuoteJump(t *testing.T) {
	t.Parallel()
	q := seedQuotes(t)
	tm, _ := openSeed(t, 100, 30)
	tm.SendKeys("}")
	statusQuote(tm, 1, q)
	waitQuote(tm, q[0].Text)
	tm.SendKeys("}")
	statusQuote(tm, 2, q)
	tm.SendKeys("{")
	statusQuote(tm, 1, q)
	tm.Type("3}")
	statusQuote(tm, 4, q)
	waitQuote(tm, q[3].Text)
}

// TestQuoteHighlight (issue 4): quotations have a style of their own in
// the text, and Q turns it off. The check looks at one word of the first
// quotation (it may wrap over two lines) and the words beside it.
func TestQuoteHighlight(t *testing.T) {
	t.Parallel()
	q := seedQuotes(t)
	tm, _ := openSeed(t, 100, 30)
	waitQuote(tm, q[0].Text)
	word := ""
	screen := tm.Capture()
	for _, w := range strings.Fields(q[0].Text) {
		if pureArabic(w) && screenHas(screen, w) {
			word = w
			break
		}
	}
	checkStyled(t, tm, word, quoteSkip)
	tm.SendKeys("Q")
	tm.Until(defaultWait, fmt.Sprintf("the quotation word %q no longer highlighted after Q", word), func(string) bool {
		for _, line := range strings.Split(tm.CaptureStyled(), "\n") {
			cells := parseCells(line)
			at, n := findCells(cells, word)
			if at < 0 {
				continue
			}
			// Unhighlighted: the word looks like a word beside it.
			i := at - 1
			for i >= 0 && strings.ContainsAny(cells[i].text, quoteSkip) {
				i--
			}
			j := at + n
			for j < len(cells) && strings.ContainsAny(cells[j].text, quoteSkip) {
				j++
			}
			return (i >= 0 && cells[i].style == cells[at].style) || (j < len(cells) && cells[j].style == cells[at].style)
		}
		return false
	})
}

// quoteSkip are the characters between a quoted word and its neighbours:
// spaces and the marks, which may or may not take the quotation's style.
const quoteSkip = " '‘’"

// waitQuote waits until every word of a quotation is on screen (it may
// wrap over lines, so the words are looked for one by one).
func waitQuote(tm *Tmux, text string) string {
	tm.t.Helper()
	return tm.Until(defaultWait, fmt.Sprintf("the quotation %q", text), func(s string) bool {
		for _, w := range strings.Fields(text) {
			if pureArabic(w) && !screenHas(s, w) {
				return false
			}
		}
		return true
	})
}

// TestQuotesPanel (issue 4): " lists the quotations with their speakers;
// Enter on the last jumps to it in the text.
func TestQuotesPanel(t *testing.T) {
	t.Parallel()
	q := seedQuotes(t)
	last := q[len(q)-1]
	tm, _ := openSeed(t, 100, 30)
	screen := tm.Settle(defaultWait)
	if screenHas(screen, leadPhrase(last.Text, 3)) {
		t.Fatalf("test setup: the last quotation is already on the first screen:\n%s", indent(screen))
	}
	tm.SendKeys(`"`)
	tm.Until(defaultWait, "the quotations panel with speakers كيري and لافروف", func(s string) bool {
		return screenHas(s, "كيري") && screenHas(s, "لافروف") && screenHas(s, leadPhrase(q[1].Text, 3))
	})
	tm.SendKeys("G")
	tm.Settle(defaultWait)
	tm.SendKeys("Enter")
	statusQuote(tm, len(q), q)
	waitQuote(tm, last.Text)
}

// TestQuotesPanelBySpeaker (issue 4): in the quotes panel s shows one
// speaker's quotations, the most quoted first (لافروف, five of the ten),
// typing a filter does the same by name, and Enter jumps to the one
// chosen.
func TestQuotesPanelBySpeaker(t *testing.T) {
	t.Parallel()
	q := seedQuotes(t)
	tm, _ := openSeed(t, 100, 30)
	tm.SendKeys(`"`)
	tm.WaitFor("Quotations (10)", defaultWait)
	tm.SendKeys("s")
	screen := tm.WaitFor("(5)", defaultWait)
	if !screenHas(screen, "لافروف") || screenHas(screen, "المصدر") {
		t.Errorf("s should show only Lavrov's quotations; the screen shows:\n%s", indent(screen))
	}
	tm.SendKeys("Down", "Enter")
	statusQuote(tm, 7, q)
	waitQuote(tm, q[6].Text)

	tm.SendKeys(`"`, "/")
	tm.Type("كيري")
	tm.SendKeys("Enter")
	screen = tm.Until(defaultWait, "only Kerry's two quotations", func(s string) bool {
		return screenHas(s, leadPhrase(q[4].Text, 3)) && !screenHas(s, leadPhrase(q[0].Text, 2))
	})
	tm.SendKeys("Down", "Enter")
	statusQuote(tm, 5, q)
}
