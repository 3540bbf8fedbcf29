package layout

import "qari/reader"

// Cache bounds: the laid-out pieces a Cache keeps. A screen needs a few
// blocks; these keep a few hundred screens of scrolling back and forth
// without laying anything out twice, and a few MB of memory at most.
const (
	cachePieces = 1024    // pieces (blocks, but for the longest ones)
	cacheLines  = 1 << 15 // lines over all kept pieces
)

// Cache lays out the blocks of one document with one Options on demand and
// keeps the most recently used ones (an LRU bounded by cachePieces and
// cacheLines). Every method but Lines costs time in proportion to the
// lines it visits, never to the document or to a block: no total line
// count exists, and a block longer than PieceSize is laid out a piece at a
// time. A Cache is not safe for concurrent use.
type Cache struct {
	doc   *reader.Document
	opt   Options
	items map[key]*cached
	head  cached // sentinel of the recency list: head.next is the newest
	lines int    // lines held
}

// key names a piece of a block.
type key struct{ block, piece int }

// cached is one laid-out piece in the recency list.
type cached struct {
	key
	lines      []Line
	prev, next *cached
}

// NewCache returns an empty cache of doc's layout with opt.
func NewCache(doc *reader.Document, opt Options) *Cache {
	c := &Cache{doc: doc, opt: opt, items: make(map[key]*cached)}
	c.head.prev, c.head.next = &c.head, &c.head
	return c
}

// blocks returns the number of blocks of the document.
func (c *Cache) blocks() int {
	if c.doc == nil {
		return 0
	}
	return len(c.doc.Blocks)
}

// pieces returns the number of pieces of block b.
func (c *Cache) pieces(b int) int {
	start, end := blockRange(c.doc, c.doc.Blocks[b])
	return pieces(c.doc.Text, start, end)
}

// Lines returns the lines of a block, laid out on first use; nil for a
// block out of range. The lines are shared: do not modify them. For a
// block longer than PieceSize this costs time in its length; a screen
// needs Window.
func (c *Cache) Lines(block int) []Line {
	if block < 0 || block >= c.blocks() {
		return nil
	}
	n := c.pieces(block)
	if n == 1 {
		return c.piece(block, 0)
	}
	var lines []Line
	for k := range n {
		lines = append(lines, c.piece(block, k)...)
	}
	return lines
}

// piece returns the lines of piece k of a block, laid out on first use.
func (c *Cache) piece(block, k int) []Line {
	id := key{block, k}
	if e, ok := c.items[id]; ok {
		e.unlink()
		c.push(e)
		return e.lines
	}
	e := &cached{key: id, lines: piece(c.doc, block, k, c.opt)}
	c.items[id] = e
	c.push(e)
	c.lines += len(e.lines)
	for len(c.items) > cachePieces || c.lines > cacheLines && c.head.prev != e {
		old := c.head.prev
		old.unlink()
		delete(c.items, old.key)
		c.lines -= len(old.lines)
	}
	return e.lines
}

// push makes e the most recently used entry.
func (c *Cache) push(e *cached) {
	e.prev, e.next = &c.head, c.head.next
	c.head.next.prev = e
	c.head.next = e
}

// unlink takes e out of the recency list.
func (e *cached) unlink() {
	e.prev.next, e.next.prev = e.next, e.prev
}

// at returns the lines of the piece p is in.
func (c *Cache) at(p Pos) []Line { return c.piece(p.Block, p.Piece) }

// clamp returns p moved onto an existing line: the nearest one when p is
// before the start, past the end or past its piece's last line.
func (c *Cache) clamp(p Pos) Pos {
	n := c.blocks()
	switch {
	case n == 0 || p.Block < 0:
		return Pos{}
	case p.Block >= n:
		p = Pos{Block: n - 1, Piece: c.pieces(n - 1), Line: int(^uint(0) >> 1)}
	}
	p.Piece = min(max(p.Piece, 0), c.pieces(p.Block)-1)
	p.Line = min(max(p.Line, 0), len(c.at(p))-1)
	return p
}

// next returns the first line of the piece after p's, and false at the end
// of the document.
func (c *Cache) next(p Pos) (Pos, bool) {
	if p.Piece+1 < c.pieces(p.Block) {
		return Pos{Block: p.Block, Piece: p.Piece + 1}, true
	}
	if p.Block+1 < c.blocks() {
		return Pos{Block: p.Block + 1}, true
	}
	return p, false
}

// prev returns the last line of the piece before p's, and false at the
// start of the document.
func (c *Cache) prev(p Pos) (Pos, bool) {
	switch {
	case p.Piece > 0:
		p = Pos{Block: p.Block, Piece: p.Piece - 1}
	case p.Block > 0:
		p = Pos{Block: p.Block - 1, Piece: c.pieces(p.Block-1) - 1}
	default:
		return p, false
	}
	p.Line = len(c.at(p)) - 1
	return p, true
}

// Scroll returns the position n lines below p (above it when n is
// negative), clamped to the document's first and last lines.
func (c *Cache) Scroll(p Pos, n int) Pos {
	if c.blocks() == 0 {
		return Pos{}
	}
	p = c.clamp(p)
	for n > 0 {
		left := len(c.at(p)) - 1 - p.Line // lines below p in its piece
		if n <= left {
			p.Line += n
			return p
		}
		q, ok := c.next(p)
		if !ok {
			p.Line += left
			return p
		}
		n -= left + 1
		p = q
	}
	for n < 0 {
		if -n <= p.Line {
			p.Line += n
			return p
		}
		q, ok := c.prev(p)
		if !ok {
			return Pos{Block: p.Block, Piece: p.Piece}
		}
		n += p.Line + 1
		p = q
	}
	return p
}

// PosAt returns the line that shows byte offset off of Document.Text: the
// line whose range holds it, the first line of the next block when off is
// between blocks, the last line when off is past the end.
func (c *Cache) PosAt(off int) Pos {
	n := c.blocks()
	if n == 0 {
		return Pos{}
	}
	b := c.doc.BlockAt(off)
	if b >= n {
		return c.clamp(Pos{Block: n})
	}
	start, end := blockRange(c.doc, c.doc.Blocks[b])
	p := Pos{Block: b, Piece: pieceAt(c.doc.Text, start, end, off)}
	lines := c.at(p)
	// the last line starting at or before off (the blank line after a block
	// starts at the block's end, past every character of it)
	k := search(len(lines), func(i int) bool { return lines[i].Start > off })
	if k == 0 {
		return p
	}
	// of lines with equal starts (a rule and the blank after it), the first
	s := lines[k-1].Start
	p.Line = search(k, func(i int) bool { return lines[i].Start >= s })
	return p
}

// Offset returns the byte offset of the first character of line p (of the
// end of its block for the blank line after it): the anchor that keeps the
// text at the top of the screen there when the layout changes.
func (c *Cache) Offset(p Pos) int {
	if c.blocks() == 0 {
		return 0
	}
	p = c.clamp(p)
	return c.at(p)[p.Line].Start
}

// Window returns up to h lines starting at p: a screen's worth.
func (c *Cache) Window(p Pos, h int) []Line {
	if c.blocks() == 0 || h <= 0 {
		return nil
	}
	p = c.clamp(p)
	out := make([]Line, 0, h)
	for ok := true; ok && len(out) < h; p, ok = c.next(p) {
		lines := c.at(p)[p.Line:]
		out = append(out, lines[:min(len(lines), h-len(out))]...)
	}
	return out
}

// Last returns the top position of the last screen of h lines: the window
// from it ends with the document's last line (the first line when the
// document is shorter than h).
func (c *Cache) Last(h int) Pos {
	end := c.clamp(Pos{Block: c.blocks()})
	return c.Scroll(end, -(max(h, 1) - 1))
}
