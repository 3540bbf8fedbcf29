package reader

import (
	"regexp"
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
// whatever the article's language; a box must be small beside the
// article, so that a class word on a wrapper never takes the article
// with it.

// dropBoxWords are class and id words of boxes left out of the article.
var dropBoxWords = map[string]bool{
	"related": true, "relacionadas": true, "relacionados": true, "recommended": true,
	"recommendation": true, "recommendations": true, "recirculation": true, "outbrain": true,
	"taboola": true, "signup": true, "newsletters": true, "subscription": true, "topics": true,
	"tags": true, "keywords": true, "syndication": true, "breadcrumb": true, "breadcrumbs": true,
	"pagination": true, "disclosure": true, "disclosures": true, "advertising": true,
	"badge": true, "toolbar": true, "tools": true, "feedback": true, "prev": true,
	"suggested": true, "suggestions": true,
	"footer": true, "button": true, "buttons": true,
}

// isDropWord reports whether a class or id word marks a box left out:
// one of dropBoxWords, a share or social box of any name ("sharetools",
// "socialbar"), a media player ("videoplayer", "jwplayer").
func isDropWord(w string) bool {
	return dropBoxWords[w] || strings.HasPrefix(w, "share") && w != "shared" || strings.HasPrefix(w, "social") || strings.HasSuffix(w, "player")
}

// dimBoxWords are class and id words of the labels around the text that
// stay dimmed.
var dimBoxWords = map[string]bool{
	"caption": true, "captions": true, "credit": true, "credits": true, "byline": true,
	"byl": true, "dateline": true, "author": true, "authors": true, "bio": true,
	"signature": true, "timestamp": true, "kicker": true, "eyebrow": true,
	"overline": true, "rubric": true, "meta": true, "category": true,
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
			drop = drop || isDropWord(w)
			dim = dim || dimBoxWords[w]
		}
	}
	if !drop && !dim {
		return boxText
	}
	// the text is counted only as far as the limits need: a box's class
	// word on a wrapper costs no more than the box
	l := textLenUpTo(n, max(dimBoxMax, articleLen/dropBoxShare))
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
	l := textLenUpTo(n, dimBoxMax)
	return n.Parent != nil && l <= dimBoxMax && textLenUpTo(n.Parent, l) == l
}

// textLenUpTo is textLen(n) when it is at most limit, else a number above
// limit: it stops counting there.
func textLenUpTo(n *html.Node, limit int) int {
	switch {
	case n.Type == html.TextNode:
		return len(strings.TrimSpace(n.Data))
	case n.Type == html.ElementNode && skipElement(n):
		return 0
	}
	l := 0
	for c := n.FirstChild; c != nil && l <= limit; c = c.NextSibling {
		l += textLenUpTo(c, limit-l)
	}
	return l
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
// And anywhere in the article, a heading that is a sentence (isSentence)
// is a paragraph.
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
	for i, b := range d.Blocks {
		if b.Kind == Heading && isSentence(d.BlockText(i)) {
			d.Blocks[i].Kind, d.Blocks[i].Level = Paragraph, 0 // an intro set in a heading's type
		}
	}
}

// isSentence reports whether a heading's text is a sentence of body text
// rather than a heading: more words than a heading has, or a dozen that
// end with a full stop.
func isSentence(s string) bool {
	n := countWords(s, headingMaxWords+1)
	t := strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(closingQuotes+")]", r) })
	return n > headingMaxWords || n >= 12 && strings.HasSuffix(t, ".")
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

// relatedHeading matches the folded text (see foldDebris) of a heading
// over links to other articles, share buttons or tags, in the languages
// of the pages qari meets: "Related", "More from the Courier", "You may
// also like", "Share this:", "Leia mais", "À lire aussi", "Mehr zum
// Thema", "اقرأ أيضا". ("See also", "Further reading" and "External
// links" are a reference article's own sections, and stay.)
var relatedHeading = regexp.MustCompile(`^(?:` +
	`related(?: .*)?|recommended(?: .*)?|(?:you )?(?:may|might|will) also (?:like|enjoy|be interested).*|` +
	`more (?:from|on|in|about|stories|news|articles|coverage|to read|like this|videos?)\b.*|` +
	`most (?:read|popular|viewed|shared|emailed)\b.*|read (?:more|next)\b.*|what to read next|` +
	`(?:like|share) this:?|next on .*|topics|tags|keywords|editors?'? picks|trending(?: now| stories)?|popular (?:now|stories)|` +
	`top stories|latest (?:news|stories)|don'?t miss.*|around the web|from the web|(?:sponsored|promoted) (?:stories|content|links)|` +
	`(?:topicos|noticias|materias|artigos|articulos) relacionad[oa]s|relacionad[oa]s|leia (?:mais|tambem)|veja (?:tambem|mais)|mais lidas|` +
	`te puede interesar|lo mas (?:leido|visto)|mas noticias|` +
	`(?:a )?lire aussi|sur le meme sujet|les plus lus|` +
	`mehr zum thema|lesen sie (?:auch|mehr)|meistgelesen|das konnte sie auch interessieren|leggi anche|potrebbe interessarti|` +
	`(?:اقرا|شاهد) (?:ايضا|المزيد)|(?:مواضيع|اخبار|مقالات) ذات صله|الاكثر (?:قراءه|مشاهده))\s*:?$`)

// tagsLabel matches the labels of tag lists, whose runs end at the first
// sentence even under a heading: an article may have a section called
// "Topics".
var tagsLabel = regexp.MustCompile(`^(?:topics|tags|keywords)\s*:?$`)

// relatedRunMax is the most blocks a run of links to other articles under
// a related heading is taken to hold.
const relatedRunMax = 40

// markRelated makes a heading that introduces links to other articles
// (relatedHeading), and the blocks under it up to the next heading of the
// same or a higher level (under a label in a paragraph, up to the next
// sentence), debris: they are not the article and not its
// sections. Only after the article's first body text: a heading at the
// top is more likely the article's own.
func markRelated(d *Document) {
	started := false
	for i := 0; i < len(d.Blocks); i++ {
		b := d.Blocks[i]
		s := d.BlockText(i)
		if !started {
			started = b.Kind == Paragraph && isBody(s)
			continue
		}
		if b.Kind != Heading && b.Kind != Paragraph || countWords(s, 9) > 8 || !relatedHeading.MatchString(foldAccents(foldDebris(s))) {
			continue
		}
		level := int(b.Level)
		if b.Kind == Paragraph || tagsLabel.MatchString(strings.ToLower(s)) {
			level = 7 // a label: its run ends at any heading, or at a sentence
			if i+1 < len(d.Blocks) && isBody(d.BlockText(i+1)) {
				continue // a label over text is the text's own
			}
		}
		d.Blocks[i].Kind, d.Blocks[i].Level = Boilerplate, 0
		for j := i + 1; j < len(d.Blocks) && j <= i+relatedRunMax; j++ {
			if n := d.Blocks[j]; n.Kind == Heading && int(n.Level) <= level || n.Kind == Title {
				break
			}
			if level == 7 && isBody(d.BlockText(j)) {
				break // a label's run is its links, not the text after them
			}
			d.Blocks[j].Kind, d.Blocks[j].Level = Boilerplate, 0
			i = j
		}
	}
}

// foldAccents drops the accents of the Latin letters of relatedHeading's
// languages and folds curly apostrophes: "tópicos" is "topicos".
var foldAccents = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ã", "a", "ä", "a", "é", "e", "è", "e", "ê", "e", "í", "i", "î", "i",
	"ó", "o", "ô", "o", "õ", "o", "ö", "o", "ú", "u", "ü", "u", "ç", "c", "ñ", "n", "’", "'",
	"Á", "a", "À", "a", "É", "e", "Í", "i", "Ó", "o", "Ú", "u", "Ç", "c",
).Replace
