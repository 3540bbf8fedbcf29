package ui

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/rivo/uniseg"

	"qari/reader"
	"qari/ui/layout"
)

// sentenceReach is the most text a sentence step looks at, either side:
// a step costs the same in any paragraph, however long.
const sentenceReach = 4 << 10

// selection is visual mode's selected text, from anchor to cursor (byte
// offsets of Document.Text, either order). Keys move the cursor; a mouse
// drag sets both.
type selection struct {
	anchor, cursor int
	press          [2]int // the character the mouse button went down on
	drag           bool   // the mouse button is down
	dragged        bool   // and the mouse moved
}

// bounds returns the selected range.
func (s *selection) bounds() (lo, hi int) {
	return min(s.anchor, s.cursor), max(s.anchor, s.cursor)
}

// selectionLayer draws the selection (StyleSelection) and says in the
// status bar that visual mode is on, and its keys (hint).
type selectionLayer struct {
	h    *highlights
	hint string
}

// overlays returns the selection where it intersects [lo, hi).
func (l selectionLayer) overlays(lo, hi int, dst []layout.Overlay) []layout.Overlay {
	if s := l.h.sel; s != nil {
		if a, b := s.bounds(); a < hi && b > lo && a < b {
			dst = append(dst, layout.Overlay{Start: a, End: b, Style: layout.StyleSelection})
		}
	}
	return dst
}

// status names visual mode and its keys.
func (l selectionLayer) status() string {
	if l.h.sel == nil || l.h.sel.drag {
		return ""
	}
	return l.hint
}

// startVisual starts visual mode on the sentence at the top of the
// screen, or the paragraph when para is set.
func (m *model) startVisual(p *pager, para bool) {
	h := m.marks(p)
	lo, hi := p.shown()
	if lo < 0 {
		return
	}
	var s, e int
	if para {
		s, e = paragraphFrom(p.doc, lo)
	} else {
		s, e = sentenceFrom(p.doc.Text, lo, p.doc)
	}
	if s >= e || s >= hi {
		p.notice = "no text on screen to select"
		return
	}
	h.sel = &selection{anchor: s, cursor: e}
}

// visualKey handles a key in visual mode: w b ) ( move the end of the
// selection a word or a sentence (a count repeats), m highlights it, c
// copies it, Esc and v leave. Other keys (scrolling, search) are the
// pager's.
func (m *model) visualKey(p *pager, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	h, k := p.hl, m.keys
	s := h.sel
	switch {
	case key.Matches(msg, k.Words, k.Sentences):
		text := p.doc.Text
		for range p.takeCount(1) {
			switch msg.String() {
			case "w":
				s.cursor = wordEnd(text, s.cursor)
			case "b":
				s.cursor = max(prevWordEnd(text, s.cursor), wordEnd(text, s.anchor))
			case ")":
				s.cursor = sentenceEnd(p.doc, s.cursor)
			case "(":
				first := sentenceEnd(p.doc, s.anchor)
				s.cursor = max(prevSentenceEnd(p.doc, s.cursor), first)
			}
		}
		p.reveal(s.cursor)
		return nil, true
	case key.Matches(msg, k.Mark):
		p.count = 0
		lo, hi := s.bounds()
		h.sel = nil
		return m.add(p, lo, hi), true
	case key.Matches(msg, k.Copy):
		p.count = 0
		lo, hi := s.bounds()
		h.sel = nil
		return copyText(p, p.doc.Text[lo:hi]), true
	case key.Matches(msg, k.Back, k.Visual):
		p.count = 0
		h.sel = nil
		return nil, true
	}
	return nil, false
}

// wordEnd returns the end of the word after off: blanks, then the word.
func wordEnd(text string, off int) int {
	off = skip(text, off, true)
	return skip(text, off, false)
}

// prevWordEnd returns the end of the word before the one that ends at or
// before off.
func prevWordEnd(text string, off int) int {
	off = skipBack(text, off, true)
	off = skipBack(text, off, false)
	return skipBack(text, off, true)
}

// skip moves from off past the blanks (or past what is not blank) ahead.
func skip(text string, off int, blank bool) int {
	for off < len(text) {
		r, n := utf8.DecodeRuneInString(text[off:])
		if unicode.IsSpace(r) != blank {
			break
		}
		off += n
	}
	return off
}

// skipBack moves from off back over the blanks (or over what is not
// blank) behind it.
func skipBack(text string, off int, blank bool) int {
	for off > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:off])
		if unicode.IsSpace(r) != blank {
			break
		}
		off -= n
	}
	return off
}

// sentences calls yield with the start and end (less blanks) of each
// sentence of the text from lo (a sentence start) up to hi, as Unicode's
// sentence boundaries (UAX #29, which knows ؟ and ۔) cut it, until yield
// returns false.
func sentences(text string, lo, hi int, yield func(s, e int) bool) {
	rest, state := text[lo:hi], -1
	off := lo
	for rest != "" {
		var sent string
		sent, rest, state = uniseg.FirstSentenceInString(rest, state)
		s, e := trimBlanks(text, off, off+len(sent))
		off += len(sent)
		if s < e && !yield(s, e) {
			return
		}
	}
}

// window returns a stretch of at most sentenceReach bytes either side of
// off within its block, starting at a character.
func window(doc *reader.Document, off int) (lo, hi int) {
	b := doc.BlockAt(off)
	if b >= len(doc.Blocks) {
		return off, off
	}
	blk := doc.Blocks[b]
	lo, hi = max(blk.Start, off-sentenceReach), min(blk.End, max(off, blk.Start)+sentenceReach)
	for lo < off && !utf8.RuneStart(doc.Text[lo]) {
		lo++
	}
	for hi > lo && hi < len(doc.Text) && !utf8.RuneStart(doc.Text[hi]) {
		hi--
	}
	return lo, hi
}

// sentenceFrom returns the first sentence of text (not of a heading)
// that starts at or after off: the sentence at the top of the screen.
func sentenceFrom(text string, off int, doc *reader.Document) (s, e int) {
	for tries := 0; tries < 8 && off < len(text); tries++ {
		lo, hi := window(doc, off)
		if lo >= hi {
			return 0, 0
		}
		if k := doc.Blocks[doc.BlockAt(off)].Kind; k == reader.Title || k == reader.Heading || k == reader.Rule {
			off = hi + 1
			continue
		}
		s, e = -1, -1
		sentences(text, lo, hi, func(a, b int) bool {
			if a >= off {
				s, e = a, b
				return false
			}
			return true
		})
		if s >= 0 {
			return s, e
		}
		off = hi + 1 // on to the next block
	}
	return 0, 0
}

// paragraphFrom returns the first block of text (not a heading or rule)
// that starts at or after off, or the one off is in when it is the last.
func paragraphFrom(doc *reader.Document, off int) (s, e int) {
	for i := doc.BlockAt(off); i < len(doc.Blocks); i++ {
		b := doc.Blocks[i]
		if b.Start < off && i+1 < len(doc.Blocks) {
			continue
		}
		switch b.Kind {
		case reader.Title, reader.Heading, reader.Rule:
			continue
		}
		return b.Start, b.End
	}
	return 0, 0
}

// sentenceEnd returns the end of the sentence after off: the rest of the
// one off is in, or the next one when off ends one.
func sentenceEnd(doc *reader.Document, off int) int {
	off = skip(doc.Text, off, true)
	lo, hi := window(doc, off)
	end := off
	sentences(doc.Text, lo, hi, func(_, e int) bool {
		end = e
		return e <= off
	})
	return end
}

// prevSentenceEnd returns the end of the last sentence that ends before
// off, within its paragraph.
func prevSentenceEnd(doc *reader.Document, off int) int {
	at := skipBack(doc.Text, off, true)
	lo, _ := window(doc, max(at-1, 0))
	end := lo
	sentences(doc.Text, lo, at, func(_, e int) bool {
		if e < at {
			end = e
		}
		return e < at
	})
	return end
}

// COMMANDS

// mouse selects text with the left button: a press starts a selection at
// the character under the pointer, a drag extends it and the release ends
// visual mode's drag, the selection kept for m and c. A click without a
// drag clears the selection.
func (m *model) mouse(msg tea.MouseMsg) tea.Cmd {
	p := m.pagers[m.open]
	mouse := msg.Mouse()
	if p.cache == nil || mouse.Button != tea.MouseLeft && !isRelease(msg) {
		return nil
	}
	h := m.marks(p)
	if h.note != nil {
		return nil
	}
	_, motion := msg.(tea.MouseMotionMsg)
	switch {
	case motion && mouse.Y >= p.lines():
		p.down(1) // dragged onto the status bar: the text comes up
	case motion && mouse.Y <= 0 && h.sel != nil && h.sel.drag:
		p.up(1) // dragged onto the first line: the text goes down
	}
	s, e, ok := p.cellText(mouse.X, min(mouse.Y, p.lines()-1))
	switch msg.(type) {
	case tea.MouseClickMsg:
		p.notice = ""
		h.sel = nil
		if ok {
			h.sel = &selection{anchor: s, cursor: e, press: [2]int{s, e}, drag: true}
		}
	case tea.MouseMotionMsg:
		if sel := h.sel; sel != nil && sel.drag && ok {
			sel.dragged = true
			if s < sel.press[0] {
				sel.anchor, sel.cursor = sel.press[1], s
			} else {
				sel.anchor, sel.cursor = sel.press[0], e
			}
		}
	case tea.MouseReleaseMsg:
		if sel := h.sel; sel != nil && sel.drag {
			if !sel.dragged {
				h.sel = nil
				return nil
			}
			sel.drag = false
			sel.anchor, sel.cursor = sel.bounds()
			p.notice = "selected " + strconv.Itoa(utf8.RuneCountInString(p.doc.Text[sel.anchor:sel.cursor])) + " characters"
		}
	}
	return nil
}

// isRelease reports whether msg is a button's release, which names no
// button in some terminals.
func isRelease(msg tea.MouseMsg) bool {
	_, ok := msg.(tea.MouseReleaseMsg)
	return ok
}

// cellText returns the byte range of the character shown in cell (x, y)
// of the text area; left or right of a line's text, the character at
// that edge. ok is false on a line without text.
func (p *pager) cellText(x, y int) (s, e int, ok bool) {
	win := p.lay().Window(p.top, p.lines())
	if y < 0 || y >= len(win) {
		return 0, 0, false
	}
	l := win[y]
	x -= (p.width-p.opt.Width)/2 + l.Indent
	first, last := -1, -1
	for i, c := range l.Clusters {
		if c.Start < 0 {
			x -= c.Width
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
		if x >= 0 && x < c.Width {
			return c.Start, c.End, true
		}
		x -= c.Width
	}
	if first < 0 {
		return 0, 0, false
	}
	// left or right of the text: the character at that edge
	edge := l.Clusters[last]
	if x < 0 {
		edge = l.Clusters[first]
	}
	return edge.Start, edge.End, true
}
