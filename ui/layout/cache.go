package layout

import "qari/reader"

// Cache bounds: the laid-out blocks a Cache keeps. A screen needs a few
// blocks; these keep a few hundred screens of scrolling back and forth
// without laying anything out twice, and a few MB of memory at most.
const (
	cacheBlocks = 1024    // blocks
	cacheLines  = 1 << 15 // lines over all kept blocks
)

// Cache lays out the blocks of one document with one Options on demand and
// keeps the most recently used ones (an LRU bounded by cacheBlocks and
// cacheLines). Every method costs time in proportion to the lines it
// visits, never to the document: no total line count exists. A Cache is
// not safe for concurrent use.
type Cache struct {
	doc   *reader.Document
	opt   Options
	items map[int]*cached
	head  cached // sentinel of the recency list: head.next is the newest
	lines int    // lines held
}

// cached is one laid-out block in the recency list.
type cached struct {
	block      int
	lines      []Line
	prev, next *cached
}

// NewCache returns an empty cache of doc's layout with opt.
func NewCache(doc *reader.Document, opt Options) *Cache {
	c := &Cache{doc: doc, opt: opt, items: make(map[int]*cached)}
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

// Lines returns the lines of a block, laying it out on first use; nil for
// a block out of range. The lines are shared: do not modify them.
func (c *Cache) Lines(block int) []Line {
	if e, ok := c.items[block]; ok {
		e.unlink()
		c.push(e)
		return e.lines
	}
	lines := Block(c.doc, block, c.opt)
	if lines == nil {
		return nil
	}
	e := &cached{block: block, lines: lines}
	c.items[block] = e
	c.push(e)
	c.lines += len(lines)
	for len(c.items) > cacheBlocks || c.lines > cacheLines && c.head.prev != e {
		old := c.head.prev
		old.unlink()
		delete(c.items, old.block)
		c.lines -= len(old.lines)
	}
	return lines
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

// clamp returns p moved onto an existing line: the nearest one when p is
// before the start, past the end or past its block's last line.
func (c *Cache) clamp(p Pos) Pos {
	n := c.blocks()
	switch {
	case n == 0 || p.Block < 0:
		return Pos{}
	case p.Block >= n:
		return Pos{Block: n - 1, Line: len(c.Lines(n-1)) - 1}
	}
	p.Line = min(max(p.Line, 0), len(c.Lines(p.Block))-1)
	return p
}

// Scroll returns the position n lines below p (above it when n is
// negative), clamped to the document's first and last lines.
func (c *Cache) Scroll(p Pos, n int) Pos {
	if c.blocks() == 0 {
		return Pos{}
	}
	p = c.clamp(p)
	last := c.blocks() - 1
	for n > 0 {
		left := len(c.Lines(p.Block)) - 1 - p.Line // lines below p in its block
		if n <= left {
			p.Line += n
			return p
		}
		if p.Block >= last {
			p.Line += left
			return p
		}
		n -= left + 1
		p = Pos{Block: p.Block + 1}
	}
	for n < 0 {
		if -n <= p.Line {
			p.Line += n
			return p
		}
		if p.Block <= 0 {
			return Pos{}
		}
		n += p.Line + 1
		p.Block--
		p.Line = len(c.Lines(p.Block)) - 1
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
	lines := c.Lines(b)
	// the last line starting at or before off (the blank line after a block
	// starts at the block's end, past every character of it)
	k := search(len(lines), func(i int) bool { return lines[i].Start > off })
	if k == 0 {
		return Pos{Block: b}
	}
	// of lines with equal starts (a rule and the blank after it), the first
	s := lines[k-1].Start
	return Pos{Block: b, Line: search(k, func(i int) bool { return lines[i].Start >= s })}
}

// Offset returns the byte offset of the first character of line p (of the
// end of its block for the blank line after it): the anchor that keeps the
// text at the top of the screen there when the layout changes.
func (c *Cache) Offset(p Pos) int {
	if c.blocks() == 0 {
		return 0
	}
	p = c.clamp(p)
	return c.Lines(p.Block)[p.Line].Start
}

// Window returns up to h lines starting at p: a screen's worth.
func (c *Cache) Window(p Pos, h int) []Line {
	if c.blocks() == 0 || h <= 0 {
		return nil
	}
	p = c.clamp(p)
	out := make([]Line, 0, h)
	for b := p.Block; b < c.blocks() && len(out) < h; b++ {
		lines := c.Lines(b)
		if b == p.Block {
			lines = lines[p.Line:]
		}
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
