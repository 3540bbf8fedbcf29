package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"qari/reader/procs"
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
	shapes := blockShapes(d)
	content := make([]int, 0, len(d.Blocks)) // the indexes of the non-debris blocks
	for i, sh := range shapes {
		if sh&shapeDebris != 0 {
			d.Blocks[i].Kind = Boilerplate
		} else {
			content = append(content, i)
		}
	}
	if len(content) > 0 {
		if t := d.BlockText(content[0]); isTitleShape(t, countWords(t, titleMaxWords+1)) {
			shapes[content[0]] |= shapeTitle
		}
	}
	is := func(k int, want shape) bool { return k < len(content) && shapes[content[k]]&want != 0 }
	bodySeen := false
	for k, i := range content {
		switch {
		case k == 0:
			// A title is followed by body text, or by a heading and body text.
			if is(0, shapeTitle) && (is(1, shapeBody) || is(2, shapeBody) && is(1, shapeHeading)) {
				d.Blocks[i].Kind = Title
				d.Title = d.BlockText(i)
			}
		case !bodySeen && isDateline(d.BlockText(i)):
			d.Blocks[i].Kind = Boilerplate
		case is(k, shapeHeading) && is(k+1, shapeBody) && (is(k-1, shapeBody) || d.Blocks[content[k-1]].Kind == Title):
			d.Blocks[i].Kind, d.Blocks[i].Level = Heading, 2
		}
		bodySeen = bodySeen || d.Blocks[i].Kind == Paragraph
	}
}

// datelineDashes separate the place from the source in a dateline.
var datelineDashes = []string{" - ", " – ", " — ", " ـ "}

// isDateline reports whether s reads as a dateline under a headline, a
// place and a source around a dash ("الرباط - العربي الجديد", "Paris –
// AFP"): a few words on either side, no sentence. Before the body it is
// page furniture, not a section.
func isDateline(s string) bool {
	if countWords(s, 8) > 7 || strings.ContainsAny(s, ".:؟?!،,") {
		return false
	}
	for _, dash := range datelineDashes {
		place, source, ok := strings.Cut(s, dash)
		if ok && !strings.Contains(source, dash) && countWords(place, 4) <= 3 && countWords(source, 5) <= 4 &&
			strings.TrimSpace(place) != "" && strings.TrimSpace(source) != "" {
			return true
		}
	}
	return false
}

// shape is what a block's text reads as, on its own.
type shape uint8

// Shapes; a block has any number of them but debris, which has no other.
const (
	shapeDebris  shape = 1 << iota // page debris (isDebris)
	shapeBody                      // body text (isBody)
	shapeHeading                   // could be a heading (isHeadingShape)
	shapeTitle                     // could be a title (isTitleShape), set for the first block only
)

// parallelBlocks is the number of blocks from which blockShapes shares the
// work among the processors: below it, starting goroutines costs more
// than it saves.
const parallelBlocks = 8192

// blockShapes returns the shape of each block of d; each block's text is
// examined once, and a long text's blocks on the processors free for it
// (procs.Spread: all of them on the command line, not the reader's own
// while it reads the whole file in the background).
func blockShapes(d *Document) []shape {
	shapes := make([]shape, len(d.Blocks))
	fill := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			shapes[i] = shapeOf(d.BlockText(i))
			Passed(d.Blocks[i].End - d.Blocks[i].Start)
		}
	}
	procs.Spread(len(shapes), parallelBlocks, fill)
	return shapes
}

// shapeOf returns what a block's text reads as (but for shapeTitle,
// which only the first block needs).
func shapeOf(s string) shape {
	if len(s) > titleMaxRunes*utf8.UTFMax {
		return shapeBody // too long for anything else, whatever its script
	}
	if isDebris(s) {
		return shapeDebris
	}
	if runesOver(s, headingMaxRunes) {
		return shapeBody
	}
	words := countWords(s, headingMaxWords+1)
	var sh shape
	if isBodyShape(s, words) {
		sh |= shapeBody
	}
	if isHeadingShape(s, words) {
		sh |= shapeHeading
	}
	return sh
}

// isHeadingShape reports whether a line of the given number of words has
// the shape of a heading: a few words, at least one letter, no final
// punctuation or closing quotation mark, and no list bullet or dash in
// front.
func isHeadingShape(s string, words int) bool {
	if words > headingMaxWords || runesOver(s, headingMaxRunes) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune("-–—*•·>", first) &&
		!strings.ContainsRune(finalPunct+closingQuotes, last) &&
		strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isTitleShape reports whether a line of the given number of words has
// the shape of a title: a phrase of up to about twenty words that may end
// in a question or exclamation mark or a quotation, but not in a full
// stop, colon or comma.
func isTitleShape(s string, words int) bool {
	if words > titleMaxWords || runesOver(s, titleMaxRunes) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".…:;,،؛", last) && strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isBody reports whether a block reads as body text: a sentence (it ends
// in final punctuation, possibly inside quotation marks or brackets) or
// longer than any heading.
func isBody(s string) bool {
	return isBodyShape(s, countWords(s, headingMaxWords+1))
}

// isBodyShape is isBody for a line of the given number of words.
func isBodyShape(s string, words int) bool {
	if words > headingMaxWords || runesOver(s, headingMaxRunes) {
		return true
	}
	t := strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(closingQuotes+")]", r) })
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?؟…", last)
}

// runesOver reports whether s has more than n runes, counting them only
// when its length in bytes leaves it open.
func runesOver(s string, n int) bool {
	switch {
	case len(s) <= n:
		return false
	case len(s) > n*utf8.UTFMax:
		return true
	}
	return utf8.RuneCountInString(s) > n
}

// Punctuation that ends a sentence or a clause, in the scripts qari reads,
// and the marks that close a quotation.
const (
	finalPunct    = ".!?؟…:;,،؛۔"
	closingQuotes = "\"'»”’›"
)

// countWords counts the space-separated words of s, stopping at limit.
// It looks at bytes and decodes only the runes that may be spaces (ASCII
// and the lead bytes of the Unicode spaces), so that Arabic text costs no
// more than English.
func countWords(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c, size, space := s[i], 1, false
		switch {
		case c < utf8.RuneSelf:
			space = c == ' ' || c >= '\t' && c <= '\r'
		case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3 || c == 0xef:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = isSpaceRune(r)
		}
		i += size
		if space {
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
