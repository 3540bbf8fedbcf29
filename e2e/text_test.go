package e2e

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The screen shows Arabic in one of two ways, depending on how far the
// right-to-left work has come and on the bidi mode: in logical order (as
// stored), or in visual order, reversed by grapheme cluster and possibly
// shaped into presentation forms. These helpers let a test ask "is this
// text on screen?" without caring which, so a test checks what a reader
// sees, not how qari gets it there.

// normLogical folds presentation forms and ligatures back to the letters
// they show (NFKC).
func normLogical(s string) string { return norm.NFKC.String(s) }

// normVisual is normLogical for text in visual order: a lam-alef ligature
// shows alef to the left of lam, so in a left-to-right reading of the
// screen it stands for alef then lam, not lam then alef as NFKC has it.
func normVisual(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 0xFEF5 && r <= 0xFEFC {
			lamAlef := []rune(norm.NFKC.String(string(r))) // lam, alef-variant
			if len(lamAlef) == 2 {
				b.WriteRune(lamAlef[1])
				b.WriteRune(lamAlef[0])
				continue
			}
		}
		b.WriteRune(r)
	}
	return norm.NFKC.String(b.String())
}

// reverseClusters reverses s by grapheme cluster (a base and the combining
// marks after it), the way right-to-left text is laid out for a terminal.
func reverseClusters(s string) string {
	var clusters []string
	for _, r := range s {
		if len(clusters) > 0 && unicode.In(r, unicode.Mn, unicode.Me) {
			clusters[len(clusters)-1] += string(r)
			continue
		}
		clusters = append(clusters, string(r))
	}
	var b strings.Builder
	for i := len(clusters) - 1; i >= 0; i-- {
		b.WriteString(clusters[i])
	}
	return b.String()
}

// lineHas reports whether one screen line shows phrase, in logical or in
// visual order, shaped or not. Phrases with mixed directions (digits or
// Latin inside Arabic) are not supported: choose phrases of one script.
func lineHas(line, phrase string) bool {
	p := normLogical(phrase)
	if strings.Contains(normLogical(line), p) {
		return true
	}
	return strings.Contains(normVisual(line), reverseClusters(p))
}

// screenHas reports whether any line of screen shows phrase.
func screenHas(screen, phrase string) bool {
	return findRow(screen, phrase) >= 0
}

// findRow is the first row of screen (0-based) that shows phrase, or -1.
func findRow(screen, phrase string) int {
	for i, line := range strings.Split(screen, "\n") {
		if lineHas(line, phrase) {
			return i
		}
	}
	return -1
}

// hasArabic reports whether s holds an Arabic letter (any form).
func hasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// cells is the number of terminal columns s takes, for the text these
// tests use: combining marks and format characters take none.
func cells(s string) int {
	n := 0
	for _, r := range s {
		if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
			continue
		}
		n++
	}
	return n
}

// edges returns the first and last used column (0-based) of a screen line,
// or -1, -1 for a blank line.
func edges(line string) (left, right int) {
	trimmed := strings.TrimRight(line, " ")
	if strings.TrimSpace(trimmed) == "" {
		return -1, -1
	}
	left = cells(line) - cells(strings.TrimLeft(line, " "))
	return left, cells(trimmed) - 1
}

// sectionRE matches the status bar's "section i/n".
var sectionRE = regexp.MustCompile(`(?i)section\s+(\d+)\s*/\s*(\d+)`)

// pureArabic reports whether w is made of Arabic letters and harakat
// only (no digits, punctuation or tatweel), so it reads the same in both
// orders once reversed.
func pureArabic(w string) bool {
	for _, r := range w {
		if unicode.Is(unicode.Mn, r) { // harakat are script Inherited
			continue
		}
		if r == 0x0640 || !unicode.Is(unicode.Arabic, r) || !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// leadPhrase is the first run of up to n consecutive pure Arabic words in
// s: a phrase that can be looked for on screen in either order.
func leadPhrase(s string, n int) string {
	var run []string
	for _, w := range strings.Fields(s) {
		if pureArabic(w) {
			run = append(run, w)
			if len(run) == n {
				break
			}
			continue
		}
		if len(run) > 0 {
			break
		}
	}
	return strings.Join(run, " ")
}

// indent prefixes every line of s, for screens quoted in failure messages.
// Runs of blank rows are shown as one line saying how many there were.
func indent(s string) string {
	var b strings.Builder
	blank := 0
	flush := func() {
		if blank > 2 {
			fmt.Fprintf(&b, "\t| (%d blank rows)\n", blank)
		} else {
			b.WriteString(strings.Repeat("\t|\n", blank))
		}
		blank = 0
	}
	for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		flush()
		b.WriteString("\t| " + line + "\n")
	}
	flush()
	return strings.TrimRight(b.String(), "\n")
}
