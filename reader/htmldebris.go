package reader

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An article's HTML holds boxes that are not its text: the links to other
// articles, sign-up and share boxes, topic lists, and the labels around
// the text (kicker, byline, date, caption, picture credit). The first are
// left out; the labels stay, dimmed as debris, since a reader may want
// them, but they are never sections nor body text. Both are told by the
// words of their class and id, in the English that markup is written in
// whatever the article's language; a box must be small beside the article, so that a class word on
// a wrapper never takes the article with it.

// dropBoxWords are class and id words of boxes left out of the article.
var dropBoxWords = map[string]bool{
	"related": true, "relacionadas": true, "relacionados": true, "recommended": true,
	"recommendation": true, "recommendations": true, "recirculation": true, "outbrain": true,
	"taboola": true, "signup": true, "newsletters": true, "subscription": true, "topics": true,
	"tags": true, "keywords": true, "syndication": true, "breadcrumb": true, "breadcrumbs": true,
	"pagination": true, "disclosure": true, "disclosures": true, "advertising": true,
	"inread": true, "teads": true, "badge": true, "toolbar": true, "tools": true,
	"sharetools": true, "feedback": true, "prev": true, "player": true, "vidplayer": true,
	"footer": true, "button": true, "buttons": true,
}

// dimBoxWords are class and id words of the labels around the text that
// stay dimmed.
var dimBoxWords = map[string]bool{
	"caption": true, "captions": true, "credit": true, "credits": true, "byline": true,
	"byl": true, "dateline": true, "author": true, "authors": true, "bio": true,
	"signature": true, "timestamp": true, "kicker": true, "eyebrow": true,
	"overline": true, "rubric": true, "meta": true,
}

// hiddenClasses are class names that hide an element (frameworks' own, and
// the screen-reader-only text that sighted readers never see).
var hiddenClasses = map[string]bool{
	"hidden": true, "is-hidden": true, "u-hidden": true, "hide": true, "d-none": true,
	"visually-hidden": true, "visuallyhidden": true, "sr-only": true, "screen-reader-text": true,
	"screen-reader-only": true, "offscreen": true,
}

// Sizes of boxes: a left-out box has at most dropBoxShare of the
// article's text, a dimmed label at most dimBoxMax bytes.
const (
	dropBoxShare = 4 // a quarter
	dimBoxMax    = 500
)

// boxKind is what the walker does with an element's subtree.
type boxKind uint8

const (
	boxText boxKind = iota // part of the article
	boxDrop                // left out
	boxDim                 // kept as dimmed debris
)

// classifyBox says whether n's subtree is a box that is not the article's
// text. articleLen is the article's text length (see textLen).
func classifyBox(n *html.Node, articleLen int) boxKind {
	if n.DataAtom == atom.Figcaption || n.DataAtom == atom.Time && aloneInParent(n) {
		return boxDim // a caption; a date on its own
	}
	drop, dim := false, false
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if a.Key == "class" && hidesByClass(a.Val) {
			return boxDrop
		}
		for _, w := range attrWords(a.Val) {
			drop = drop || dropBoxWords[w]
			dim = dim || dimBoxWords[w]
		}
	}
	if !drop && !dim {
		return boxText
	}
	l := textLen(n)
	switch {
	case drop && n.DataAtom == atom.P && l <= dimBoxMax:
		return boxDim // one line ("Read more: …") stays, dimmed
	case drop && l*dropBoxShare <= articleLen:
		return boxDrop
	case dim && l <= dimBoxMax:
		return boxDim
	}
	return boxText
}

// hidesByClass reports whether a class attribute hides its element: one
// of hiddenClasses, and no responsive class ("hidden md:block" shows on
// a wide screen).
func hidesByClass(val string) bool {
	hidden := false
	for _, c := range strings.Fields(strings.ToLower(val)) {
		if strings.Contains(c, ":") {
			return false
		}
		hidden = hidden || hiddenClasses[c]
	}
	return hidden
}

// aloneInParent reports whether n holds all the text of its parent: a
// <time> that is a line of its own, not a date in a sentence.
func aloneInParent(n *html.Node) bool {
	return n.Parent != nil && textLen(n.Parent) == textLen(n)
}

// kickerMaxWords is the most words a kicker (a section label above the
// headline: "Africa", "Opinion") has.
const kickerMaxWords = 5

// settleHead sorts out the blocks of an HTML article above its body text
// (its first paragraph that reads as a sentence), where pages put their
// headline, kicker and standfirst:
//
//   - a block that is the page's headline (title, from the metadata) is
//     the title, when the article has no h1;
//   - a short label without final punctuation above the title, or a
//     short heading right above a longer one of the same or a higher
//     level (the headline, where the title is not in the text), is a
//     kicker: debris, not a section;
//   - headings made of the headline's words (a headline split in two
//     lines) are debris;
//   - a block that repeats the page's description is the standfirst the
//     page summarises itself with: debris; any other heading of a
//     sentence's length there is a standfirst too, a paragraph, not a
//     section.
//
// title is the index of the title block, or -1.
func settleHead(d *Document, title int, descriptions []string) {
	body := len(d.Blocks)
	for i, b := range d.Blocks {
		if (b.Kind == Paragraph || b.Kind == Blockquote || b.Kind == ListItem) && isBody(d.BlockText(i)) {
			body = i
			break
		}
	}
	if title < 0 {
		for i := range body {
			if k := d.Blocks[i].Kind; (k == Heading || k == Paragraph) && sameText(d.BlockText(i), d.Title) {
				d.Blocks[i].Kind, d.Blocks[i].Level, title = Title, 0, i
				break
			}
		}
	}
	for i := range body {
		b, s := &d.Blocks[i], d.BlockText(i)
		if b.Kind != Heading && b.Kind != Paragraph {
			continue
		}
		short := countWords(s, kickerMaxWords+1) <= kickerMaxWords && !isBody(s)
		switch {
		case slices.ContainsFunc(descriptions, func(desc string) bool { return sameText(desc, s) }):
			b.Kind, b.Level = Boilerplate, 0
		case i < title && short:
			b.Kind, b.Level = Boilerplate, 0
		case title < 0 && b.Kind == Heading && short && i+1 < body && d.Blocks[i+1].Kind == Heading &&
			countWords(d.BlockText(i+1), kickerMaxWords) >= 4 && d.Blocks[i+1].Level <= b.Level:
			b.Kind, b.Level = Boilerplate, 0
		case b.Kind == Heading && title < 0 && countWords(s, 3) >= 2 && wordsWithin(s, d.Title):
			b.Kind, b.Level = Boilerplate, 0
		case b.Kind == Heading && i > title && title >= 0 && countWords(s, headingMaxWords+1) > standfirstMinWords:
			b.Kind, b.Level = Paragraph, 0
		}
	}
}

// standfirstMinWords is the fewest words of a heading under the headline
// that is a standfirst rather than the first section's heading.
const standfirstMinWords = 9

// wordsWithin reports whether every word of s is a word of title.
func wordsWithin(s, title string) bool {
	have := map[string]bool{}
	for _, w := range titleWords(title) {
		have[w] = true
	}
	for _, w := range titleWords(s) {
		if !have[w] {
			return false
		}
	}
	return true
}

// titleWords returns the words of s in lower case, without punctuation.
func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
