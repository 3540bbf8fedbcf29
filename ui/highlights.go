package ui

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"qari/reader/quote"
	"qari/reader/store"
	"qari/ui/layout"
	"qari/ui/note"
)

// noteCells is the most of the status bar the current highlight's note
// takes.
const noteCells = 30

// mark is one highlight as the reader holds it: the store's record of it
// and a key of its own, since a new highlight has no id until the store
// has saved it (and none at all without a store).
type mark struct {
	store.Highlight
	key int
}

// highlights are a pager's highlights and the layer that draws them
// (StyleHighlight): the ones on the text sorted by start, with reach for
// a binary search so a frame costs the same for one or a thousand; the
// orphans, listed in the panel but never drawn. They also hold visual
// mode, the note being written and the store's record of the article.
type highlights struct {
	p       *pager
	marks   []*mark // on the text, by Start then End
	reach   []int   // reach[i] is the largest End of marks[0..i]
	orphans []*mark // no longer found in the text
	cur     int     // the key of the current highlight (made or jumped to last); 0: none
	keys    int     // the keys handed out

	sel  *selection   // visual mode's selection; nil outside it (visual.go)
	note *note.Editor // the note being written in the status bar; nil when none (note.go)

	opened bool    // the store was asked for the record
	rec    *record // the store's record of the article; nil without a store (persist.go)
	saved  int     // the reading position last scheduled to be saved
	stored int     // the reading position the store holds; -1 until known after a restore
	posGen int     // the latest scheduled save of the position
}

// marks returns p's highlights, making them (and laying them and the
// selection over the text) on first use.
func (m *model) marks(p *pager) *highlights {
	if p.hl == nil {
		p.hl = &highlights{p: p}
		hint := "visual: " + keyNames(m.keys.Mark) + " highlight, " + keyNames(m.keys.Copy) + " copy"
		p.layers = append(p.layers, p.hl, selectionLayer{h: p.hl, hint: hint})
	}
	return p.hl
}

// overlays returns the highlights intersecting [lo, hi).
func (h *highlights) overlays(lo, hi int, dst []layout.Overlay) []layout.Overlay {
	for i := sort.Search(len(h.reach), func(i int) bool { return h.reach[i] > lo }); i < len(h.marks); i++ {
		mk := h.marks[i]
		if mk.Start >= hi {
			break
		}
		if mk.End > lo {
			dst = append(dst, layout.Overlay{Start: mk.Start, End: mk.End, Style: layout.StyleHighlight})
		}
	}
	return dst
}

// status is "highlight 2/5" and the start of its note while the current
// highlight is on screen.
func (h *highlights) status() string {
	mk := h.byKey(h.cur)
	if mk == nil || mk.Orphaned || !h.onScreen(mk) {
		return ""
	}
	s := "highlight " + strconv.Itoa(h.index(mk)+1) + "/" + strconv.Itoa(len(h.marks))
	if mk.Note != "" {
		s += ": " + chromeText(oneLine(mk.Note), noteCells, layout.Options{Bidi: h.p.opt.Bidi, Shape: h.p.opt.Shape})
	}
	return s
}

// onScreen reports whether some of mk is on screen.
func (h *highlights) onScreen(mk *mark) bool {
	lo, hi := h.p.shown()
	return lo >= 0 && mk.Start < hi && mk.End > lo
}

// index returns the position of mk in marks, -1 when it is not there.
func (h *highlights) index(mk *mark) int {
	return slices.Index(h.marks, mk)
}

// byKey returns the highlight with key k, attached or orphaned; nil when
// there is none.
func (h *highlights) byKey(k int) *mark {
	if k == 0 {
		return nil
	}
	for _, list := range [][]*mark{h.marks, h.orphans} {
		for _, mk := range list {
			if mk.key == k {
				return mk
			}
		}
	}
	return nil
}

// current returns the highlight x, a and c act on in the pager: the one
// made or jumped to last while it is on screen, else the first on screen;
// nil when none is on screen.
func (h *highlights) current() *mark {
	if mk := h.byKey(h.cur); mk != nil && !mk.Orphaned && h.onScreen(mk) {
		return mk
	}
	lo, hi := h.p.shown()
	if lo < 0 {
		return nil
	}
	for i := sort.Search(len(h.reach), func(i int) bool { return h.reach[i] > lo }); i < len(h.marks) && h.marks[i].Start < hi; i++ {
		if h.marks[i].End > lo {
			return h.marks[i]
		}
	}
	return nil
}

// adopt takes highlights from the store, orphans last, as marks with
// keys of their own.
func (h *highlights) adopt(hs []store.Highlight) {
	for _, x := range hs {
		h.keys++
		mk := &mark{Highlight: x, key: h.keys}
		if x.Orphaned {
			h.orphans = append(h.orphans, mk)
		} else {
			h.marks = append(h.marks, mk)
		}
	}
	h.sort()
}

// sort orders the highlights on the text and works out their reach.
func (h *highlights) sort() {
	slices.SortStableFunc(h.marks, func(a, b *mark) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	h.reach = h.reach[:0]
	for i, mk := range h.marks {
		r := mk.End
		if i > 0 {
			r = max(r, h.reach[i-1])
		}
		h.reach = append(h.reach, r)
	}
}

// add highlights [start, end) of the text, less the blanks at its ends,
// makes it the current highlight and saves it. A range highlighted
// already only becomes current.
func (m *model) add(p *pager, start, end int) tea.Cmd {
	h, text := m.marks(p), p.doc.Text
	if p.doc.Partial {
		p.notice = "still reading the article: try again soon"
		return nil
	}
	start, end = trimBlanks(text, max(start, 0), min(end, len(text)))
	if start >= end {
		p.notice = "nothing to highlight here"
		return nil
	}
	for _, mk := range h.marks {
		if mk.Start == start && mk.End == end {
			h.cur = mk.key
			p.notice = "highlighted already"
			return nil
		}
	}
	h.keys++
	mk := &mark{key: h.keys, Highlight: store.Highlight{
		Start: start, End: end, Exact: text[start:end], Created: time.Now(),
	}}
	if s := p.doc.SectionAt(start); s < len(p.doc.Sections) && p.doc.Sections[s].Start <= start {
		mk.Section = p.doc.Sections[s].Title
	}
	h.marks = append(h.marks, mk)
	h.sort()
	h.cur = mk.key
	p.notice = "highlighted (" + keyNames(m.keys.Note) + ": note, " + keyNames(m.keys.Remove) + ": remove)"
	m.libraryRow(h)
	return m.saveMark(p, mk)
}

// remove takes mk away from the text and the panel, and from the store.
func (m *model) remove(p *pager, mk *mark) tea.Cmd {
	h := m.marks(p)
	h.marks = slices.DeleteFunc(h.marks, func(x *mark) bool { return x == mk })
	h.orphans = slices.DeleteFunc(h.orphans, func(x *mark) bool { return x == mk })
	h.sort()
	if h.cur == mk.key {
		h.cur = 0
	}
	p.notice = "highlight removed"
	m.libraryRow(h)
	return m.unsaveMark(p, mk)
}

// markQuote highlights the current quotation: the one jumped to last
// while it is on screen, else the first that starts on screen (or, in a
// long one, the one the screen is in). The quoted words are highlighted,
// without the marks; a quotation said in parts (split by its attribution,
// or over paragraphs) is one utterance, highlighted from its first part
// to its last.
func (m *model) markQuote(p *pager) tea.Cmd {
	if !p.quotesReady() {
		return nil
	}
	l := p.quotes
	i := l.cur
	if !l.curShown() {
		if i = firstQuoteShown(p); i < 0 {
			p.notice = "no quotation on screen"
			return nil
		}
	}
	start, end := utterance(l.q.qs, i)
	return m.add(p, start, end)
}

// utterance returns the range of quotation i with the other parts of its
// group: they are neighbours in document order, with only quotations
// nested in them between.
func utterance(qs []quote.Quote, i int) (start, end int) {
	q := qs[i]
	start, end = q.Start, q.End
	if q.Group <= 0 {
		return start, end
	}
	for j := i - 1; j >= 0 && (qs[j].Group == q.Group || qs[j].Parent >= 0); j-- {
		if qs[j].Group == q.Group {
			start = min(start, qs[j].Start)
		}
	}
	for j := i + 1; j < len(qs) && (qs[j].Group == q.Group || qs[j].Parent >= 0); j++ {
		if qs[j].Group == q.Group {
			end = max(end, qs[j].End)
		}
	}
	return start, end
}

// firstQuoteShown returns the index of the first outer quotation that
// starts on screen, or else of one that the screen shows part of; -1 when
// none is on screen.
func firstQuoteShown(p *pager) int {
	lo, hi := p.shown()
	q := p.quotes.q
	if lo < 0 {
		return -1
	}
	i := sort.Search(len(q.outer), func(i int) bool { return q.reach[i] > lo })
	inside := -1
	for ; i < len(q.outer); i++ {
		x := q.qs[q.outer[i]]
		if x.Open >= hi {
			break
		}
		if x.Open >= lo {
			return q.outer[i]
		}
		if x.Close > lo && inside < 0 {
			inside = q.outer[i]
		}
	}
	return inside
}

// highlightKey handles the keys of highlights in the pager: the note
// being written takes every key; in visual mode the selection's keys come
// first; then m, v V, x, a, c and H. ok is false for the keys it leaves
// to the pager, and for all while a search prompt is open.
func (m *model) highlightKey(p *pager, msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	if p.find != nil && p.find.prompt != nil {
		return nil, false
	}
	h, k := m.marks(p), m.keys
	if h.note != nil {
		return m.noteKey(p, h, msg), true
	}
	if h.sel != nil {
		if cmd, ok := m.visualKey(p, msg); ok {
			return cmd, true
		}
	}
	switch {
	case key.Matches(msg, k.Mark):
		p.count = 0
		return m.markQuote(p), true
	case key.Matches(msg, k.Visual):
		p.count = 0
		m.startVisual(p, msg.String() == "V")
		return nil, true
	case key.Matches(msg, k.Highlights):
		p.count = 0
		m.openHighlights()
		return nil, true
	case key.Matches(msg, k.Remove, k.Note, k.Copy):
		p.count = 0
		mk := h.current()
		if mk == nil {
			p.notice = "no highlight on screen"
			return nil, true
		}
		switch {
		case key.Matches(msg, k.Remove):
			return m.remove(p, mk), true
		case key.Matches(msg, k.Note):
			h.cur = mk.key
			h.note = note.New(mk.key, mk.Note, m.st.list.Filter)
			return nil, true
		}
		return copyText(p, markText(p, mk)), true
	}
	return nil, false
}

// markText is the text of a highlight, in logical order: the text's, or
// what was highlighted for an orphan.
func markText(p *pager, mk *mark) string {
	if mk.Orphaned || mk.End > len(p.doc.Text) {
		return mk.Exact
	}
	return p.doc.Text[mk.Start:mk.End]
}

// trimBlanks narrows [start, end) of text to leave out the blanks at its
// ends.
func trimBlanks(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// keyNames is the first key of b as help prints it.
func keyNames(b key.Binding) string {
	return strings.Fields(b.Help().Key)[0]
}
