package ui

import (
	"sort"
	"strconv"

	tea "charm.land/bubbletea/v2"

	"qari/reader"
	"qari/reader/procs"
	"qari/reader/quote"
	"qari/ui/layout"
	"qari/ui/quotes"
)

// quotesFoundMsg carries the quotations of document doc (an index of
// model.docs), found off the UI goroutine.
type quotesFoundMsg struct {
	doc   int
	found *quotations
}

// quotations is everything the reader needs about a document's
// quotations, computed once off the UI goroutine so that drawing, jumping
// and filtering only look things up.
type quotations struct {
	qs       []quote.Quote
	outer    []int         // indices of the quotations not nested in another, in document order
	reach    []int         // reach[i] is the largest Close of qs[outer[0..i]]: a binary search finds those on screen
	parts    map[int][]int // the indices of the parts of each split utterance, by Group
	speakers []string      // quote.Speakers(qs): the panel's filter cycles through them
	who      []int         // who[i] is the index in speakers of qs[i]'s speaker; -1 when unknown
	rows     quotes.Rows   // the quotes panel's rows (ui/quotes)
}

// findQuotations finds the quotations of l's document and indexes them,
// with the rows of the quotes panel. It walks the whole document: run it
// in a tea.Cmd.
func findQuotations(doc *reader.Document, l *quoteLayer) *quotations {
	q := indexQuotations(quote.Find(doc))
	q.rows = quotes.NewRows(l, q.who, len(q.speakers))
	return q
}

// indexQuotations indexes qs, which are in document order, outer
// quotations before the ones nested in them.
func indexQuotations(qs []quote.Quote) *quotations {
	q := &quotations{qs: qs, parts: map[int][]int{}}
	q.speakers = quote.Speakers(q.qs)
	q.who = make([]int, len(q.qs))
	known := map[string]int{}
	for i, x := range q.qs {
		if x.Parent < 0 {
			reach := x.Close
			if n := len(q.reach); n > 0 {
				reach = max(reach, q.reach[n-1])
			}
			q.outer = append(q.outer, i)
			q.reach = append(q.reach, reach)
		}
		if x.Group > 0 {
			q.parts[x.Group] = append(q.parts[x.Group], i)
		}
		w, ok := known[x.Speaker]
		if !ok {
			w = speakerIndex(q.speakers, x.Speaker)
			known[x.Speaker] = w
		}
		q.who[i] = w
	}
	return q
}

// speakerIndex returns the index in speakers of the person name refers
// to, or -1 for an unknown speaker.
func speakerIndex(speakers []string, name string) int {
	if name == "" {
		return -1
	}
	for i, s := range speakers {
		if quote.Match(s, name) {
			return i
		}
	}
	return -1
}

// quoteLayer lays a document's quotations over its text, StyleQuote for
// each and StyleCurrentQuote for the one jumped to last (with the other
// parts of its utterance), and names that one in the status bar while it
// is on screen.
type quoteLayer struct {
	p      *pager
	q      *quotations // nil while they are being found
	cur    int         // the current quotation; -1 before the first jump
	hidden bool        // highlighting turned off; jumps still work
	// pending is a jump asked for while the quotations were being found
	// (n quotations on, -n back), made when they arrive: a } pressed as
	// the article opens is not lost on a busy machine.
	pending int
}

// slowQuotes is the size of text from which finding its quotations takes
// long enough to say so (a quarter of a second and more at some 20 MB/s):
// a smaller article has them before the reader could read the word.
const slowQuotes = 4 << 20

// overlays returns the quotations intersecting [lo, hi): a binary search
// over the outer ones, so a frame costs the same for ten quotations or a
// million.
func (l *quoteLayer) overlays(lo, hi int, dst []layout.Overlay) []layout.Overlay {
	if l.q == nil || l.hidden {
		return dst
	}
	q := l.q
	for i := sort.Search(len(q.outer), func(i int) bool { return q.reach[i] > lo }); i < len(q.outer); i++ {
		x := q.qs[q.outer[i]]
		if x.Open >= hi {
			break
		}
		if x.Close > lo {
			dst = append(dst, layout.Overlay{Start: x.Open, End: x.Close, Style: layout.StyleQuote})
		}
	}
	for _, i := range l.current() {
		if x := q.qs[i]; x.Open < hi && x.Close > lo {
			dst = append(dst, layout.Overlay{Start: x.Open, End: x.Close, Style: layout.StyleCurrentQuote})
		}
	}
	return dst
}

// current returns the indices of the current quotation and of the other
// parts of its utterance; none before the first jump.
func (l *quoteLayer) current() []int {
	if l.q == nil || l.cur < 0 {
		return nil
	}
	if g := l.q.qs[l.cur].Group; g > 0 {
		return l.q.parts[g]
	}
	return []int{l.cur}
}

// status is "quote 3/10 — لافروف" (without the speaker when unknown)
// while the current quotation is on screen, the name laid out like the
// article's right-to-left text, and "finding quotations…" while those of
// a large article are being found.
func (l *quoteLayer) status() string {
	if l.q == nil && !l.p.doc.Partial && len(l.p.doc.Text) >= slowQuotes {
		return "finding quotations…" // seconds for 100 MB: the panel and } are not broken, only busy
	}
	if !l.curShown() {
		return ""
	}
	s := "quote " + strconv.Itoa(l.cur+1) + "/" + strconv.Itoa(len(l.q.qs))
	if sp := l.q.qs[l.cur].Speaker; sp != "" {
		s += " — " + chromeText(oneLine(sp), quotes.SpeakerCells, layout.Options{Bidi: l.p.opt.Bidi, Shape: l.p.opt.Shape})
	}
	return s
}

// Quotes are the quotations, for the quotes panel (quotes.Source).
func (l *quoteLayer) Quotes() []quote.Quote { return l.q.qs }

// Document is the article the quotations are in.
func (l *quoteLayer) Document() *reader.Document { return l.p.doc }

// Current is the quotation jumped to last; -1 before the first jump.
func (l *quoteLayer) Current() int { return l.cur }

// curShown reports whether the current quotation is on screen.
func (l *quoteLayer) curShown() bool {
	if l.q == nil || l.cur < 0 {
		return false
	}
	lo, hi := l.p.shown()
	x := l.q.qs[l.cur]
	return lo >= 0 && x.Open < hi && x.Close > lo
}

// shown returns the byte range of the text on screen; lo is -1 when none.
func (p *pager) shown() (lo, hi int) {
	if p.cache == nil {
		return -1, -1
	}
	return textRange(p.lay().Window(p.top, p.lines()))
}

// quotesReady reports whether the quotations of p are there to jump to;
// if not it says why in the status bar.
func (p *pager) quotesReady() bool {
	switch {
	case p.quotes == nil || p.quotes.q == nil:
		p.notice = "still looking for quotations"
	case len(p.quotes.q.qs) == 0:
		p.notice = "no quotations in this article"
	default:
		return p.cache != nil
	}
	return false
}

// around returns the quotations a jump counts from: prev is the last
// before the reading position and next the first after it (out of range
// when there is none). The position is the current quotation while it is
// on screen, else the top of the screen.
func (p *pager) around() (prev, next int) {
	l := p.quotes
	if l.curShown() {
		return l.cur - 1, l.cur + 1
	}
	off := p.offset()
	i := sort.Search(len(l.q.qs), func(i int) bool { return l.q.qs[i].Open >= off })
	return i - 1, i
}

// nextQuote jumps n quotations on (to the last when fewer are left).
func (p *pager) nextQuote(n int) {
	if !p.quotesReady() {
		p.deferQuote(n)
		return
	}
	_, i := p.around()
	if i >= len(p.quotes.q.qs) {
		p.notice = "no later quotation"
		return
	}
	p.jumpQuoteToward(min(i+n-1, len(p.quotes.q.qs)-1), 1)
}

// prevQuote jumps n quotations back (to the first when fewer are left).
func (p *pager) prevQuote(n int) {
	if !p.quotesReady() {
		p.deferQuote(-n)
		return
	}
	i, _ := p.around()
	if i < 0 {
		p.notice = "no earlier quotation"
		return
	}
	p.jumpQuoteToward(max(i-n+1, 0), -1)
}

// deferQuote keeps a jump of n quotations (back when negative) asked for
// while they are still being found, to make when they arrive.
func (p *pager) deferQuote(n int) {
	if p.quotes != nil && p.quotes.q == nil {
		p.quotes.pending = n
	}
}

// jumpQuote makes quotation i the current one and puts it near the top
// of the screen (see jumpTo).
func (p *pager) jumpQuote(i int) { p.jumpQuoteToward(i, 0) }

// jumpQuoteToward is jumpQuote for a step in direction dir (see
// jumpToward).
func (p *pager) jumpQuoteToward(i, dir int) {
	l := p.quotes
	if p.cache == nil || l == nil || l.q == nil || i < 0 || i >= len(l.q.qs) {
		return
	}
	l.cur, p.fresh = i, l
	p.jumpToward(l.q.qs[i].Open, dir)
}

// toggleQuotes turns the highlighting of quotations off or back on.
func (p *pager) toggleQuotes() {
	if p.quotes == nil {
		return
	}
	p.quotes.hidden = !p.quotes.hidden
	if p.quotes.hidden {
		p.notice = "quotations not highlighted"
	} else {
		p.notice = "quotations highlighted"
	}
}

// quotesFound gives the pager of msg.doc its quotations, and makes the
// jump asked for while they were being found.
func (m *model) quotesFound(msg quotesFoundMsg) {
	if msg.doc < 0 || msg.doc >= len(m.pagers) || m.pagers[msg.doc] == nil || m.pagers[msg.doc].quotes == nil {
		return
	}
	p := m.pagers[msg.doc]
	p.quotes.q = msg.found
	if n := p.quotes.pending; n != 0 {
		p.quotes.pending = 0
		p.notice = ""
		if n > 0 {
			p.nextQuote(n)
		} else {
			p.prevQuote(-n)
		}
	}
}

// COMMANDS

// findQuotes starts finding the quotations of document i, once, and lays
// them over its text when they arrive. The reader stays usable meanwhile:
// those of a whole document (seconds for 100 MB) are found in a
// background slot (procs.Background). nil when they are already found or
// being found.
func (m *model) findQuotes(i int) tea.Cmd {
	if i < 0 || i >= len(m.pagers) || m.pagers[i] == nil || m.pagers[i].quotes != nil {
		return nil
	}
	p := m.pagers[i]
	l := &quoteLayer{p: p, cur: -1}
	p.quotes = l
	p.layers = append(p.layers, l)
	doc, gate := p.doc, m.gate
	return func() tea.Msg {
		gate.wait()
		var found *quotations
		find := func() { reader.Lean(func() { found = findQuotations(doc, l) }) }
		if doc.Partial {
			find() // a head and tail, or a window: some milliseconds
		} else {
			procs.Background(find)
		}
		return quotesFoundMsg{doc: i, found: found}
	}
}
