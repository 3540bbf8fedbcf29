package ui

import (
	"context"
	"sort"
	"strconv"

	tea "charm.land/bubbletea/v2"

	"qari/reader"
	"qari/reader/search"
	"qari/ui/layout"
)

// filter is the & filter of a pager, as less's &: only the blocks that
// hold a match of its pattern are shown. Which blocks those are is worked
// out once, in a command; the pager then goes through a filtered view of
// its layout, which costs what the plain one does: the screen's lines.
type filter struct {
	pattern string
	m       *search.Matcher
	shown   []int // the indices of the blocks shown, ascending; nil until found
	gen     int
	cancel  context.CancelFunc
}

// layoutView is what the pager asks of its layout: layout.Cache, or a
// filtered view of it. Positions are the Cache's in both.
type layoutView interface {
	Scroll(p layout.Pos, n int) layout.Pos
	PosAt(off int) layout.Pos
	Window(p layout.Pos, h int) []layout.Line
	Last(h int) layout.Pos
}

// lay returns the layout the pager shows: the filtered one while a filter
// is on. The pager must have a cache.
func (p *pager) lay() layoutView {
	if p.find != nil && p.find.filter != nil {
		return filtered{c: p.cache, doc: p.doc, shown: p.find.filter.shown}
	}
	return p.cache
}

// shown returns the blocks the filter shows, nil for all.
func (f *finder) shown() []int {
	if f.filter == nil {
		return nil
	}
	return f.filter.shown
}

// shownRanges returns the parts of [lo, hi) that are shown: all of it
// without a filter, else its pieces in shown blocks (the blocks on
// screen, so a few).
func (f *finder) shownRanges(lo, hi int) []hit {
	if f.filter == nil {
		return []hit{{lo, hi}}
	}
	doc, shown := f.p.doc, f.filter.shown
	var out []hit
	for i := sort.SearchInts(shown, doc.BlockAt(lo)); i < len(shown); i++ {
		b := doc.Blocks[shown[i]]
		if b.Start >= hi {
			break
		}
		out = append(out, hit{max(b.Start, lo), min(b.End, hi)})
	}
	return out
}

// applyFilter is Enter in the & prompt: an empty pattern shows every
// block again; another starts finding the blocks that match it, and the
// filter shown so far stays until they are known.
func (f *finder) applyFilter(pattern string, regex bool) tea.Cmd {
	if f.filtering != nil {
		f.filtering.cancel()
		f.filtering = nil
	}
	if pattern == "" {
		if f.filter != nil {
			f.filter = nil
			f.p.notice = "showing every paragraph"
		}
		return nil
	}
	m, err := search.Compile(search.Query{Pattern: pattern, Regex: regex, FoldDigits: true})
	if err != nil {
		f.p.notice = patternError(err)
		return nil
	}
	f.gens++
	ctx, cancel := context.WithCancel(context.Background())
	fl := &filter{pattern: pattern, m: m, gen: f.gens, cancel: cancel}
	f.filtering = fl
	p, doc := f.p, f.p.doc
	return func() tea.Msg {
		shown, err := matchingBlocks(ctx, m, doc)
		if err != nil {
			return nil
		}
		return filteredMsg{p: p, gen: fl.gen, shown: shown}
	}
}

// filterStatus is the filter's word in the status bar.
func (f *finder) filterStatus() string {
	switch {
	case f.filtering != nil:
		return "filtering…"
	case f.filter != nil:
		n := len(f.filter.shown)
		if n == 1 {
			return "& 1 paragraph"
		}
		return "& " + strconv.Itoa(n) + " paragraphs"
	}
	return ""
}

// matchingBlocks returns the blocks of doc that hold a match of m,
// ascending. It walks the whole text: run it in a command.
func matchingBlocks(ctx context.Context, m *search.Matcher, doc *reader.Document) ([]int, error) {
	var out []int
	for from := 0; ; {
		s, e, ok := m.Next(ctx, doc.Text, from)
		if !ok {
			return out, ctx.Err()
		}
		b := doc.BlockAt(s)
		if b >= len(doc.Blocks) {
			return out, nil
		}
		if doc.Blocks[b].Start <= s {
			out = append(out, b)
		}
		from = max(doc.Blocks[b].End, e, s+1)
	}
}

// filteredMsg carries the blocks a filter shows.
type filteredMsg struct {
	p     *pager
	gen   int
	shown []int
}

// applyTo shows the filter, keeping the text at the top of the screen (or
// the next shown block) at the top; a filter without a match is not
// shown, and says so.
func (msg filteredMsg) applyTo(*model) tea.Cmd {
	f := msg.p.find
	if f == nil || f.filtering == nil || f.filtering.gen != msg.gen {
		return nil
	}
	fl := f.filtering
	f.filtering = nil
	if len(msg.shown) == 0 {
		msg.p.notice = noMatch(fl.pattern)
		return nil
	}
	fl.shown = msg.shown
	off := msg.p.offset()
	f.filter = fl
	if msg.p.cache != nil {
		msg.p.top = msg.p.lay().PosAt(off)
	}
	return nil
}

// filtered is a view of a layout.Cache that shows only some blocks: the
// lines of the others are passed over. Its positions are the Cache's (a
// block longer than layout.PieceSize included: it steps with the Cache,
// never by line numbers of its own); a position in a hidden block stands
// for the next shown line. Every method costs the lines it visits, as the
// Cache's do.
type filtered struct {
	c     *layout.Cache
	doc   *reader.Document
	shown []int // not empty, ascending
}

// snap returns p on a shown line: itself, or the first line of the next
// shown block (the last shown line past the end). i is the index in
// shown of its block.
func (v filtered) snap(p layout.Pos) (layout.Pos, int) {
	i := sort.SearchInts(v.shown, p.Block)
	switch {
	case i == len(v.shown):
		i--
		return v.lastLine(v.shown[i]), i
	case v.shown[i] != p.Block:
		return layout.Pos{Block: v.shown[i]}, i
	}
	return p, i
}

// lastLine returns the position of block b's last line.
func (v filtered) lastLine(b int) layout.Pos {
	if b+1 < len(v.doc.Blocks) {
		return v.c.Scroll(layout.Pos{Block: b + 1}, -1)
	}
	return v.c.Last(1)
}

// Scroll returns the shown line n lines below p (above it when n is
// negative), clamped to the first and last shown lines. It steps a line at
// a time with the Cache, jumping over hidden blocks.
func (v filtered) Scroll(p layout.Pos, n int) layout.Pos {
	p, i := v.snap(p)
	for ; n > 0; n-- {
		q := v.c.Scroll(p, 1)
		if q == p {
			break // the document's last line
		}
		if q.Block != p.Block {
			if i == len(v.shown)-1 {
				break
			}
			i++
			if q.Block != v.shown[i] {
				q = layout.Pos{Block: v.shown[i]}
			}
		}
		p = q
	}
	for ; n < 0; n++ {
		q := v.c.Scroll(p, -1)
		if q == p {
			break // the document's first line
		}
		if q.Block != p.Block {
			if i == 0 {
				break
			}
			i--
			if q.Block != v.shown[i] {
				q = v.lastLine(v.shown[i])
			}
		}
		p = q
	}
	return p
}

// PosAt returns the line showing byte off, or the next shown line when
// its block is hidden.
func (v filtered) PosAt(off int) layout.Pos {
	b := v.doc.BlockAt(off)
	if i := sort.SearchInts(v.shown, b); i < len(v.shown) && v.shown[i] == b {
		return v.c.PosAt(off)
	}
	p, _ := v.snap(layout.Pos{Block: b})
	return p
}

// Window returns up to h shown lines from p.
func (v filtered) Window(p layout.Pos, h int) []layout.Line {
	if h <= 0 {
		return nil
	}
	p, _ = v.snap(p)
	out := make([]layout.Line, 0, h)
	for len(out) < h {
		ls := v.c.Window(p, 1)
		if len(ls) == 0 {
			break
		}
		out = append(out, ls[0])
		q := v.Scroll(p, 1)
		if q == p {
			break
		}
		p = q
	}
	return out
}

// Last returns the top of the last screen of h shown lines.
func (v filtered) Last(h int) layout.Pos {
	return v.Scroll(v.lastLine(v.shown[len(v.shown)-1]), -(max(h, 1) - 1))
}
