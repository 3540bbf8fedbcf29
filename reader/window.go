package reader

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// A partial document (LoadHead) shows some parts of its file: the head,
// the tail, and at most one window around a place a search found in the
// raw bytes of the middle (Around). Between two parts a dimmed line stands
// for the bytes not shown. fileParts keeps where each part lies in the
// file and in Text, so that a search can scan the file's bytes where Text
// has a gap (Document.GapAfter) and the whole can take the parts' place
// (Document.Carry).
type fileParts struct {
	format         Format
	size           int64     // the file's size
	headEnd        int64     // the head is the file's [0, headEnd)
	tailFrom       int64     // the tail is the file's [tailFrom, size); size when there is none
	head, tail     *Document // the parts parsed on their own (tail nil when there is none)
	winFrom, winTo int64     // the window is the file's [winFrom, winTo); 0, 0 when there is none
	win, winEnd    int       // and Text[win:winEnd]
}

// clone returns a copy of d whose slices are its own.
func (d *Document) clone() *Document {
	c := *d
	c.Blocks = append([]Block(nil), d.Blocks...)
	c.Spans = append([]Span(nil), d.Spans...)
	c.Sections = append([]Section(nil), d.Sections...)
	return &c
}

// windowSize is how much of the file, at most, a window shows either side
// of the place it is opened at.
const windowSize = 32 << 10

// Gap is a stretch of a partial document's file that its Text does not
// show: the file's bytes [From, To), before the part of Text that starts
// at Next.
type Gap struct {
	From, To int64
	Next     int
}

// GapAfter returns, for byte offset off of Text, where the part that
// holds it ends in Text and the gap after that part; ok is false when
// none follows (off is in the last part, or d is not partial). The dimmed
// line that stands for a gap belongs to the part before it.
func (d *Document) GapAfter(off int) (end int, g Gap, ok bool) {
	p := d.parts
	if p == nil || !d.Partial {
		return len(d.Text), Gap{}, false
	}
	tail := len(d.Text)
	if d.tail > 0 {
		tail = d.tail
	}
	switch {
	case p.win > 0 && off < p.win || p.win == 0 && off < tail:
		if p.win > 0 {
			return len(p.head.Text), Gap{From: p.headEnd, To: p.winFrom, Next: p.win}, true
		}
		return len(p.head.Text), Gap{From: p.headEnd, To: p.tailFrom, Next: tail}, true
	case p.win > 0 && off < tail:
		return p.winEnd, Gap{From: p.winTo, To: p.tailFrom, Next: tail}, true
	}
	return len(d.Text), Gap{}, false
}

// Around returns a partial document like d (its head and tail) that also
// shows its file's paragraphs around byte off of the file, at most
// windowSize bytes either side, cut at paragraph breaks, in place of any
// window d shows (see Window). off must lie between the head and the
// tail.
func (d *Document) Around(off int64) (*Document, error) {
	p := d.parts
	if p == nil || !d.Partial || off < p.headEnd || off >= p.tailFrom {
		return nil, fmt.Errorf("%s: byte %d is not in the part of the file still being read", d.Name, off)
	}
	f, err := os.Open(d.Path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	from, to := max(off-windowSize, p.headEnd), min(off+windowSize, p.tailFrom)
	buf := make([]byte, to-from)
	if _, err := f.ReadAt(buf, from); err != nil && err != io.EOF {
		return nil, fmt.Errorf("%s: %w", filepath.Base(d.Path), err)
	}
	at := int(off - from)
	lo, hi := 0, len(buf)
	if from > p.headEnd { // the head ends at a break; elsewhere, cut at one
		lo = breakBefore(buf, at)
	}
	if to < p.tailFrom {
		hi = breakAfter(buf, at)
	}
	w := parsePart(d.Name, p.format, buf[lo:hi])
	if w == nil {
		return nil, fmt.Errorf("%s: nothing to show around byte %d", d.Name, off)
	}
	nd := p.head.clone()
	nd.parts = &fileParts{format: p.format, size: p.size, headEnd: p.headEnd, tailFrom: p.tailFrom,
		head: p.head, tail: p.tail, winFrom: from + int64(lo), winTo: from + int64(hi)}
	nd.parts.win = nd.appendPart(w)
	nd.parts.winEnd = len(nd.Text)
	if p.tail != nil {
		nd.tail = nd.appendPart(p.tail)
	}
	buildSections(nd)
	return nd, nil
}

// Window returns where the window Around opened lies in Text; ok is
// false when d shows none.
func (d *Document) Window() (start, end int, ok bool) {
	if d.parts == nil || d.parts.win == 0 {
		return 0, 0, false
	}
	return d.parts.win, d.parts.winEnd, true
}

// breakBefore returns where, at or before at, a part of b may start: after
// a paragraph break, else a line break, else at a character's start.
func breakBefore(b []byte, at int) int {
	if i := lastBreak(b[:at]); i >= 0 {
		return i
	}
	if i := bytes.LastIndexByte(b[:at], '\n'); i >= 0 {
		return i + 1
	}
	i := at
	for i > 0 && !utf8.RuneStart(b[i]) {
		i--
	}
	return i
}

// breakAfter returns where, after at, a part of b may end: after the last
// paragraph break, else the last line break, else at the last
// character's end.
func breakAfter(b []byte, at int) int {
	if i := lastBreak(b[at:]); i > 0 {
		return at + i
	}
	if i := bytes.LastIndexByte(b[at:], '\n'); i >= 0 {
		return at + i + 1
	}
	i := len(b)
	for i > at && !utf8.RuneStart(b[i-1]) {
		i--
	}
	if i > at && utf8.RuneStart(b[i-1]) {
		if r, _ := utf8.DecodeRune(b[i-1:]); r == utf8.RuneError {
			i-- // a character cut in two
		}
	}
	return i
}

// Carry returns where the text at byte offset off of d stands in whole,
// the document that replaces d when d is Partial: the head's offsets are
// the whole's, the tail's are counted back from the end, and a window's
// are found again by the text of its first block near where its share of
// the file puts it.
func (d *Document) Carry(off int, whole *Document) int {
	off = max(off, 0)
	p := d.parts
	switch {
	case d.tail > 0 && off >= d.tail:
		return max(len(whole.Text)-(len(d.Text)-off), 0)
	case p != nil && p.win > 0 && off >= p.win:
		return min(d.carryWindow(min(off, p.winEnd), whole), len(whole.Text))
	}
	return min(off, len(whole.Text))
}

// carryWindow is Carry for an offset of the window: its first block's
// text is looked for in whole near where the window's share of the file
// puts it.
func (d *Document) carryWindow(off int, whole *Document) int {
	p := d.parts
	est := int(p.winFrom * int64(len(whole.Text)) / max(p.size, 1))
	b := d.BlockAt(p.win)
	if b >= len(d.Blocks) {
		return est + off - p.win
	}
	start := d.Blocks[b].Start
	anchor := d.Text[start:min(d.Blocks[b].End, start+64)]
	for len(anchor) > 0 && !utf8.ValidString(anchor) {
		anchor = anchor[:len(anchor)-1]
	}
	if at := nearest(whole.Text, anchor, est+start-p.win); at >= 0 {
		return at + off - start
	}
	return est + off - p.win
}

// nearest returns the offset of the occurrence of s in text nearest to
// est, looking ever further out; -1 when there is none.
func nearest(text, s string, est int) int {
	if s == "" {
		return -1
	}
	est = min(max(est, 0), len(text))
	for r := 64 << 10; ; r *= 4 {
		fwd := strings.Index(text[est:min(est+r+len(s), len(text))], s)
		lo := max(est-r, 0)
		back := strings.LastIndex(text[lo:min(est+len(s)-1, len(text))], s)
		switch {
		case fwd >= 0 && (back < 0 || fwd <= est-(lo+back)):
			return est + fwd
		case back >= 0:
			return lo + back
		case est-r <= 0 && est+r >= len(text):
			return -1
		}
	}
}
