package reader

import (
	"strings"

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
