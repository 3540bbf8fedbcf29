package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of the shape of titles and headings in plain text. A heading is a
// phrase, not a sentence: news headings run to about ten words, titles to
// about twenty.
const (
	headingMaxWords = 15
	headingMaxRunes = 120
	titleMaxWords   = 30
	titleMaxRunes   = 200
)

// outlineText finds the structure of a plain-text article in its
// paragraph blocks: page debris, then the title, then the headings.
//
//   - A block that reads as debris (see isDebris) is Boilerplate, never a
//     title or heading.
//   - The first other block is the Title when it reads as one (short, no
//     final full stop, colon or comma) and body text follows it, maybe
//     after a heading.
//   - A later block is a Heading (level 2) when it is a short line
//     without final punctuation, follows body text or the title, and is
//     followed by body text. A run of short lines (an address, a list)
//     thus yields no heading.
func outlineText(d *Document) {
	content := make([]int, 0, len(d.Blocks)) // the indexes of the non-debris blocks
	for i := range d.Blocks {
		if isDebris(d.BlockText(i)) {
			d.Blocks[i].Kind = Boilerplate
		} else {
			content = append(content, i)
		}
	}
	body := func(k int) bool { return k < len(content) && isBody(d.BlockText(content[k])) }
	for k, i := range content {
		t := d.BlockText(i)
		switch {
		case k == 0:
			// A title is followed by body text, or by a heading and body text.
			if isTitleText(t) && (body(1) || body(2) && isHeadingText(d.BlockText(content[1]))) {
				d.Blocks[i].Kind = Title
				d.Title = t
			}
		case body(k+1) && isHeadingText(t):
			if prev := d.Blocks[content[k-1]]; prev.Kind == Title || body(k-1) {
				d.Blocks[i].Kind, d.Blocks[i].Level = Heading, 2
			}
		}
	}
}

// isHeadingText reports whether a line has the shape of a heading: a few
// words, at least one letter, no final punctuation or closing quotation
// mark, and no list bullet or dash in front.
func isHeadingText(s string) bool {
	if utf8.RuneCountInString(s) > headingMaxRunes || countWords(s, headingMaxWords+1) > headingMaxWords {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.IndexFunc(s, unicode.IsLetter) >= 0 &&
		!strings.ContainsRune("-–—*•·>", first) &&
		!strings.ContainsRune(finalPunct+closingQuotes, last)
}

// isTitleText reports whether a line has the shape of a title: a phrase of
// up to about twenty words that may end in a question or exclamation mark
// or a quotation, but not in a full stop, colon or comma.
func isTitleText(s string) bool {
	if utf8.RuneCountInString(s) > titleMaxRunes || countWords(s, titleMaxWords+1) > titleMaxWords {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.IndexFunc(s, unicode.IsLetter) >= 0 && !strings.ContainsRune(".…:;,،؛", last)
}

// isBody reports whether a block reads as body text: a sentence (it ends
// in final punctuation, possibly inside quotation marks or brackets) or
// longer than any heading.
func isBody(s string) bool {
	if utf8.RuneCountInString(s) > headingMaxRunes || countWords(s, headingMaxWords+1) > headingMaxWords {
		return true
	}
	t := strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(closingQuotes+")]", r) })
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?؟…", last)
}

// Punctuation that ends a sentence or a clause, in the scripts qari reads,
// and the marks that close a quotation.
const (
	finalPunct    = ".!?؟…:;,،؛۔"
	closingQuotes = "\"'»”’›"
)

// countWords counts the space-separated words of s, stopping at limit.
func countWords(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if isSpaceRune(r) {
			in = false
		} else if !in {
			in = true
			if n++; n >= limit {
				break
			}
		}
	}
	return n
}
