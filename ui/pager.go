package ui

import (
	"sort"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/ui/layout"
	"qari/ui/layout/bidi"
	"qari/ui/theme"
)

// maxCount caps a count prefix, so that typing many digits cannot overflow.
const maxCount = 1_000_000_000

// pager shows one document: the screen lines of the window that starts at
// top, and a status bar under them. Only that window is laid out and drawn,
// so a frame costs the same whatever the document's size.
type pager struct {
	doc   *reader.Document
	opt   layout.Options // Width is the text column; 0 before the first size
	cache *layout.Cache  // nil until the pager has a size
	top   layout.Pos     // the first line on screen
	width int            // the terminal's width and height
	high  int
	count int // the pending count prefix; 0 when none
	half  int // lines that d and u scroll once a count set them; 0: half a screen

	// anchor is the byte offset kept at the top by the last reflow, and
	// anchored the top it gave. While the top stays there, the next
	// reflow keeps the same offset, so a run of resizes (dragging a
	// window's edge) does not creep up a line at a time.
	anchor   int
	anchored layout.Pos

	layers   []layer     // what is laid over the text (search hits, quotations), in drawing order
	loading  bool        // the whole of a partial document is being read (loading.go)
	pctAsked int         // 1 + the percentage asked for while only the head and tail were there; 0: none
	notice   string      // a one-off message for the status bar ("search hit bottom, continuing at top"); cleared by the next key
	fresh    layer       // the layer the last key moved (the quotation jumped to): its word in the bar outlives the others; cleared by the next key
	quotes   *quoteLayer // the quotations (quotes.go), also in layers; nil until asked for
	find     *finder     // search, its prompt and the & filter (search.go), also in layers; nil until / ? or &
	hl       *highlights // highlights, visual mode and the store's record (highlights.go), also in layers; nil until first shown
}

// newPager returns a pager at the top of doc; it draws nothing until
// setSize gives it a size.
func newPager(doc *reader.Document, opt layout.Options) *pager {
	return &pager{doc: doc, opt: opt}
}

// setSize adapts the pager to a terminal of w×h cells with a text column
// of at most maxCol cells. When the column changes width the text reflows,
// and the text that was at the top of the screen stays at the top: the
// anchor is the byte offset of the top line, not a line number.
func (p *pager) setSize(w, h, maxCol int) {
	p.width, p.high = max(w, 0), max(h, 0)
	col := min(p.width, maxCol)
	if col < 1 || (p.cache != nil && col == p.opt.Width) {
		return
	}
	p.opt.Width = col
	p.reflow()
}

// reflow lays the document out again under p.opt, the text at the top of
// the screen kept at the top (see anchor).
func (p *pager) reflow() {
	if p.cache != nil && p.top != p.anchored {
		p.anchor = p.cache.Offset(p.top)
	}
	p.cache = layout.NewCache(p.doc, p.opt)
	p.top = p.lay().PosAt(p.anchor)
	p.anchored = p.top
}

// lines is the height of the text area: the screen less the status bar.
func (p *pager) lines() int { return max(p.high-1, 0) }

// offset is the byte offset of the first character on screen.
func (p *pager) offset() int {
	if p.cache == nil {
		return 0
	}
	return p.cache.Offset(p.top)
}

// takeCount returns the pending count, or def when there is none, and
// clears it.
func (p *pager) takeCount(def int) int {
	n := p.count
	p.count = 0
	if n == 0 {
		return def
	}
	return n
}

// addDigit appends a digit to the pending count.
func (p *pager) addDigit(d int) {
	if p.count < maxCount/10 {
		p.count = p.count*10 + d
	}
}

// last is the top of the last full screen: scrolling down stops there.
func (p *pager) last() layout.Pos { return p.lay().Last(max(p.lines(), 1)) }

// down scrolls n lines towards the end, no further than the last screen
// (and not at all when a jump already put the top past it).
func (p *pager) down(n int) {
	if p.cache == nil || n <= 0 {
		return
	}
	last := p.last()
	if !p.top.Before(last) {
		return
	}
	p.top = p.lay().Scroll(p.top, n)
	if last.Before(p.top) {
		p.top = last
	}
}

// up scrolls n lines towards the start.
func (p *pager) up(n int) {
	if p.cache == nil || n <= 0 {
		return
	}
	p.top = p.lay().Scroll(p.top, -n)
}

// halfPage is how far d and u scroll; a count sets it for good, as in less.
func (p *pager) halfPage() int {
	if n := p.takeCount(0); n > 0 {
		p.half = n
	}
	if p.half > 0 {
		return p.half
	}
	return max(p.lines()/2, 1)
}

// home goes to the first line.
func (p *pager) home() { p.top = layout.Pos{} }

// end shows the last screen.
func (p *pager) end() {
	if p.cache != nil {
		p.top = p.last()
	}
}

// percent puts the line holding the byte at pct percent of the text at
// the top (as less's N%), no further than the last screen.
func (p *pager) percent(pct int) {
	if p.cache == nil {
		return
	}
	pct = min(max(pct, 0), 100)
	if p.doc.Partial && pct > 0 && pct < 100 {
		// the middle is not read yet: go there when it is (loading.go)
		p.pctAsked = pct + 1
		p.notice = "reading the whole article: to " + strconv.Itoa(pct) + "% when it is there"
		return
	}
	p.top = p.lay().PosAt(int(int64(len(p.doc.Text)) * int64(pct) / 100))
	if last := p.last(); last.Before(p.top) {
		p.top = last
	}
}

// atEnd reports whether the last line of the text is on screen.
func (p *pager) atEnd() bool { return p.cache != nil && !p.top.Before(p.last()) }

// section returns the index of the section the reader is in: the one
// shown at the top of the screen, or the last one once the screen ends
// with the last line (the reader has read down to it, with G say; a jump
// to a section near the end, which shows it at the top with blank rows
// under it, names that section; so does a text that fits on one screen).
// A title above the
// first section belongs to the untitled lead when there is one; above a
// titled first section (or in a document without sections) it is -1.
func (p *pager) section() int {
	if len(p.doc.Sections) == 0 {
		return -1
	}
	if p.cache != nil && len(p.doc.Sections) > 1 && p.top == p.last() && (layout.Pos{}).Before(p.top) {
		return len(p.doc.Sections) - 1
	}
	off := p.offset()
	i := p.doc.SectionAt(off)
	if p.doc.Sections[i].Start > off && p.doc.Sections[i].Title != "" {
		return -1
	}
	return i
}

// jumpContext is how many lines a jump to a match, a quotation or a
// highlight leaves above it (at most a quarter of the screen), so that
// it is read in its context: the cue introducing a quotation (قال …, she
// said) shows too.
const jumpContext = 2

// jumpTo puts the line showing byte off near the top of the screen,
// jumpContext lines down, even near the end (as jumpSection does) so
// that it is where the eye expects it and the status bar names its
// section.
func (p *pager) jumpTo(off int) { p.jumpToward(off, 0) }

// jumpToward is jumpTo for a step in a direction: a step on (dir > 0:
// }, n) never moves the view back up the article, a step back (dir < 0)
// never moves it down; the target is then on screen already, and the
// view stays where it is. dir 0 is a plain jump.
func (p *pager) jumpToward(off, dir int) {
	if p.cache == nil {
		return
	}
	v := p.lay()
	top := v.Scroll(v.PosAt(off), -min(jumpContext, p.lines()/4))
	if (dir > 0 && top.Before(p.top)) || (dir < 0 && p.top.Before(top)) {
		return
	}
	p.top = top
}

// jumpSection puts the start of section i at the top of the screen, even
// near the end, so that the status bar names the section jumped to.
func (p *pager) jumpSection(i int) {
	if p.cache == nil || i < 0 || i >= len(p.doc.Sections) {
		return
	}
	p.top = p.lay().PosAt(p.doc.Sections[i].Start)
}

// nextSection jumps n sections on.
func (p *pager) nextSection(n int) {
	cur := p.section()
	if cur+1 >= len(p.doc.Sections) {
		if len(p.doc.Sections) > 0 {
			p.notice = "no later section"
		}
		return
	}
	p.jumpSection(min(cur+n, len(p.doc.Sections)-1))
}

// prevSection jumps n sections back; the first step goes to the start of
// the section the top is in, as vim's [[ does. It never moves down (from
// a title above the lead, or from the end, where the bar names a section
// lower down).
func (p *pager) prevSection(n int) {
	off := p.offset()
	// the last section starting above the top
	t := sort.Search(len(p.doc.Sections), func(i int) bool { return p.doc.Sections[i].Start >= off }) - 1
	if t < 0 {
		return
	}
	p.jumpSection(max(t-n+1, 0))
}

// rowRTL reports whether a terminal that takes a row's direction from its
// first strong letter makes the row of l right to left.
func rowRTL(l layout.Line) bool {
	var sb strings.Builder
	for _, c := range l.Clusters {
		sb.WriteString(c.Text)
	}
	return bidi.FirstStrongRTL(sb.String())
}

// percentShown is how far down the text the bottom line of the screen
// is, in percent, as less counts: 100 once the last line is on screen.
func (p *pager) percentShown() int {
	if len(p.doc.Text) == 0 || p.atEnd() {
		return 100
	}
	_, hi := p.shown()
	return min(int(int64(max(hi, 0))*100/int64(len(p.doc.Text))), 99)
}

// view draws the screen: exactly high lines of exactly width cells, the
// text column centred, the status bar last. At the top of the text, a web
// page's byline, date and site (creditLine) take a line under its title:
// under the title's lines, or, when the title is not in the text, under
// a line with the title. In a terminal that reorders a row by itself
// taking its direction from its first letter (st.rowsRTL, mlterm), a
// right-to-left line in logical order is mirrored whole, blanks
// included: it is sent text first, its indent after it and the margins
// swapped, so that it comes out flush right where it would be in a
// terminal that reorders within a left-to-right row (VTE, Konsole).
func (p *pager) view(th *theme.Theme, st styles) string {
	if p.cache == nil || p.width < 1 || p.high < 1 {
		return ""
	}
	var b strings.Builder
	left := (p.width - p.opt.Width) / 2
	lpad := strings.Repeat(" ", left)
	rpad := strings.Repeat(" ", p.width-p.opt.Width-left)
	rows := p.lines()
	var head []string // the title and credit lines, drawn at under
	if credit := p.doc.Credit(); credit != "" && p.top == (layout.Pos{}) && rows > 0 {
		if !p.doc.OpensWithTitle() && rows > 1 {
			head = append(head, p.chromeRow(st.selected, p.doc.Title, lpad, rpad, st))
		}
		head = append(head, p.chromeRow(st.dim, credit, lpad, rpad, st))
	}
	rows -= len(head)
	win := p.lay().Window(p.top, rows)
	under := -1
	if len(head) > 0 {
		under = 0
		for i := 0; i < len(win) && win[i].Kind == reader.Title; i++ {
			if len(win[i].Clusters) > 0 {
				under = i + 1 // after the title's text, before the space under it
			}
		}
	}
	ov := p.overlays(win)
	lo, hi := textRange(win)
	links := hyperlinks(p.doc, lo, hi)
	mirror := st.rowsRTL && p.opt.Bidi == layout.BidiTerminal
	for i := 0; i <= len(win); i++ {
		if i == under {
			for _, h := range head {
				b.WriteString(h)
			}
		}
		if i == len(win) {
			break
		}
		if l := win[i]; mirror && l.RTL && rowRTL(l) {
			l.Indent = 0
			b.WriteString(rpad)
			b.WriteString(drawLine(th, l, ov, p.opt.Width, links))
			b.WriteString(lpad)
		} else {
			b.WriteString(lpad)
			b.WriteString(drawLine(th, l, ov, p.opt.Width, links))
			b.WriteString(rpad)
		}
		b.WriteByte('\n')
	}
	blank := strings.Repeat(" ", p.width)
	for range rows - len(win) {
		b.WriteString(blank)
		b.WriteByte('\n')
	}
	b.WriteString(p.status(st))
	return b.String()
}

// chromeRow is one screen line of the text column holding s in style,
// cut to the column and aligned to the document's direction.
func (p *pager) chromeRow(style lipgloss.Style, s, lpad, rpad string, st styles) string {
	c := st.text(s, p.opt.Width)
	gap := strings.Repeat(" ", max(p.opt.Width-ansi.StringWidth(c), 0))
	switch {
	case st.rowsRTL && p.opt.Bidi == layout.BidiTerminal && p.doc.Dir == reader.DirRTL && bidi.FirstStrongRTL(s):
		return rpad + style.Render(c) + gap + lpad + "\n" // mirrored whole, as in view
	case p.doc.Dir == reader.DirRTL:
		return lpad + gap + style.Render(c) + rpad + "\n"
	}
	return lpad + style.Render(c) + gap + rpad + "\n"
}
