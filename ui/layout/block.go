package layout

import (
	"iter"
	"strconv"
	"sync"

	"github.com/rivo/uniseg"

	"qari/reader"
	"qari/ui/layout/bidi"
)

// scratch holds the units of a block while it is laid out.
var scratch = sync.Pool{New: func() any { return new([]unit) }}

// Block lays out block i of doc: its lines in order, then one blank line
// when another block follows. Every block has at least one line, so that
// every Pos names a line. An index out of range gives nil. Block lays out
// the whole block; a Cache lays out only the pieces (see PieceSize) that
// are wanted.
func Block(doc *reader.Document, i int, opt Options) []Line {
	if doc == nil || i < 0 || i >= len(doc.Blocks) {
		return nil
	}
	start, end := blockRange(doc, doc.Blocks[i])
	var lines []Line
	for k := range pieces(doc.Text, start, end) {
		lines = append(lines, piece(doc, i, k, opt)...)
	}
	return lines
}

// All returns every line of doc in order, laid out a piece at a time
// (see PieceSize) so that memory stays flat however long the document or
// its blocks: the whole article for a pipe.
func All(doc *reader.Document, opt Options) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		if doc == nil {
			return
		}
		for i, b := range doc.Blocks {
			start, end := blockRange(doc, b)
			for k := range pieces(doc.Text, start, end) {
				for _, l := range piece(doc, i, k, opt) {
					if !yield(l) {
						return
					}
				}
			}
		}
	}
}

// piece lays out piece k of block i (see PieceSize); the last piece ends
// with the line that separates the block from the next.
func piece(doc *reader.Document, i, k int, opt Options) []Line {
	b := doc.Blocks[i]
	start, end := blockRange(doc, b)
	from, to := cut(doc.Text, start, end, k), cut(doc.Text, start, end, k+1)
	var lines []Line
	if b.Kind == reader.Rule {
		lines = rule(doc, b, start, opt)
	} else {
		lines = text(doc, b, from, to, k == 0, opt)
	}
	switch {
	case len(lines) == 0:
		lines = append(lines, Line{Start: to, End: to, Kind: b.Kind, Level: b.Level})
	case to == end && i < len(doc.Blocks)-1:
		if l, ok := separator(doc, b, doc.Blocks[i+1], end, opt); ok {
			lines = append(lines, l)
		}
	}
	return lines
}

// separator returns the line between block b and the next one, next: a
// blank line, none between the items of a list (glow draws lists tight),
// and a quote bar between the paragraphs of one blockquote.
func separator(doc *reader.Document, b, next reader.Block, end int, opt Options) (Line, bool) {
	l := Line{Start: end, End: end, Kind: b.Kind, Level: b.Level}
	switch {
	case b.Kind == reader.ListItem && next.Kind == reader.ListItem:
		return l, false
	case b.Kind == reader.Blockquote && next.Kind == reader.Blockquote:
		l.Level = min(b.Level, next.Level)
		bar := decorate(reader.Block{Kind: reader.Blockquote, Level: l.Level}, opt.marks()).first
		if bar.width > opt.width() {
			return l, true
		}
		l.Clusters, l.Width = bar.cs, bar.width
		if l.RTL = direction(doc, b, false) == bidi.RTL; l.RTL && opt.Bidi != BidiOff {
			l.Indent = opt.width() - l.Width
			if opt.Bidi == BidiApp {
				l.Clusters = appendReversed(nil, bar.cs)
			}
		}
	}
	return l, true
}

// text lays out the text of block b between byte offsets start and end (a
// piece of it; first says whether the first, which the first line's
// decoration goes with).
func text(doc *reader.Document, b reader.Block, start, end int, first bool, opt Options) []Line {
	if start == end {
		return nil
	}
	width := opt.width()
	d := decorate(b, opt.marks())
	avail := width - max(d.first.width, d.rest.width) - d.end.width
	if avail < 1 {
		d, avail = decor{style: d.style}, width
	}
	if !first {
		d.first = d.rest
	}

	code := b.Kind == reader.Code
	para := paragraph(doc, b, start, end, code)
	rtl := para.RTL()

	buf := scratch.Get().(*[]unit)
	defer scratch.Put(buf)
	us := segment((*buf)[:0], doc.Text[start:end], start, code)
	for k := range us {
		us[k].Style |= d.style
	}
	us = styleSpans(us, doc, b.Start, start, end, rtl, opt.marks())
	if opt.Shape {
		us = shapeUnits(us, doc.Text[start:end], start)
	}
	*buf = us[:0]
	ranges := wrap(us, avail, code, nil)

	visual := opt.Bidi == BidiApp && !para.onlyLTR()
	right := rtl && opt.Bidi == BidiApp
	cells := make([]Cluster, 0, len(us)+len(ranges)*(max(len(d.first.cs), len(d.rest.cs))+len(d.end.cs)))
	lines := make([]Line, 0, len(ranges))
	var runs []bidiRun
	for n, r := range ranges {
		pre := &d.rest
		if n == 0 {
			pre = &d.first
		}
		at := len(cells)
		if right {
			cells = appendReversed(cells, d.end.cs)
		} else {
			cells = append(cells, pre.cs...)
		}
		if visual && r.to > r.from {
			runs = para.visual(us[r.from:r.to], start, runs[:0])
			cells = appendVisual(cells, us[r.from:r.to], runs)
		} else {
			for _, u := range us[r.from:r.to] {
				cells = append(cells, u.Cluster)
			}
		}
		if right {
			cells = appendReversed(cells, pre.cs)
		} else {
			cells = append(cells, d.end.cs...)
		}
		l := Line{
			Clusters: cells[at:len(cells):len(cells)],
			Start:    lineStart(us, r, end),
			End:      lineEnd(us, r, end, n == len(ranges)-1),
			RTL:      rtl,
			Kind:     b.Kind,
			Level:    b.Level,
		}
		for _, c := range l.Clusters {
			l.Width += c.Width
		}
		if rtl && opt.Bidi != BidiOff {
			l.Indent = max(width-l.Width, 0)
		}
		lines = append(lines, l)
	}
	return lines
}

// lineStart returns the byte offset where the line r starts.
func lineStart(us []unit, r lineRange, end int) int {
	if r.from < len(us) {
		return us[r.from].off
	}
	return end
}

// lineEnd returns the byte offset where the line r ends: where the next
// one starts, so that the lines of a block cover its text without gaps.
func lineEnd(us []unit, r lineRange, end int, last bool) int {
	if last || r.next >= len(us) {
		return end
	}
	return us[r.next].off
}

// appendReversed appends cs in reverse order (decorations moving to the
// right side of a right-to-left line).
func appendReversed(dst, cs []Cluster) []Cluster {
	for k := len(cs) - 1; k >= 0; k-- {
		dst = append(dst, cs[k])
	}
	return dst
}

// rule lays out a thematic break: the theme's rule, cut to the column, on
// the side the document's direction puts it.
func rule(doc *reader.Document, b reader.Block, start int, opt Options) []Line {
	width := opt.width()
	l := Line{Start: start, End: start, Kind: b.Kind, Level: b.Level, RTL: doc.Dir == reader.DirRTL}
	for _, c := range decoration(opt.marks().Rule, StyleDecoration).cs {
		if l.Width+c.Width > width {
			break
		}
		l.Clusters = append(l.Clusters, c)
		l.Width += c.Width
	}
	if l.RTL && opt.Bidi != BidiOff {
		l.Indent = width - l.Width
	}
	return []Line{l}
}

// decor is the decoration of a block's lines and the style of its text.
type decor struct {
	first, rest, end decoClusters
	style            Style
}

// decoClusters are the clusters of one decoration and their width.
type decoClusters struct {
	cs    []Cluster
	width int
}

// decoration splits s into decoration clusters of style st.
func decoration(s string, st Style) decoClusters {
	var d decoClusters
	state := -1
	for len(s) > 0 {
		c, rest, b, n := uniseg.StepString(s, state)
		state, s = n, rest
		if t, ok := printable(c); !ok {
			c = t
		}
		w := b >> uniseg.ShiftWidth
		d.cs = append(d.cs, Cluster{Text: c, Start: -1, End: -1, Width: w, Style: st | StyleDecoration})
		d.width += w
	}
	return d
}

// blank returns decoration clusters of n spaces: the hanging indent under
// a heading mark or a list marker.
func blank(n int, st Style) decoClusters {
	if n <= 0 {
		return decoClusters{}
	}
	return decoClusters{cs: []Cluster{{Text: indent(n), Start: -1, End: -1, Width: n, Style: st | StyleDecoration}}, width: n}
}

// indent returns n spaces.
func indent(n int) string {
	const many = "                                                                "
	if n <= len(many) {
		return many[:n]
	}
	b := make([]byte, n)
	for k := range b {
		b[k] = ' '
	}
	return string(b)
}

// decorate returns the decorations of block b as glamour draws them.
func decorate(b reader.Block, m *Marks) decor {
	switch b.Kind {
	case reader.Title, reader.Heading:
		st, lvl := StyleHeading, min(max(int(b.Level), 1), 6)-1
		if b.Kind == reader.Title {
			st, lvl = StyleTitle, 0
		}
		first := decoration(m.Heading[lvl], st)
		return decor{first: first, rest: blank(first.width, st), end: decoration(m.HeadingEnd[lvl], st), style: st}
	case reader.Blockquote:
		bar := ""
		for range max(int(b.Level), 1) {
			bar += m.Quote
		}
		d := decoration(bar, StyleBlockquote)
		return decor{first: d, rest: d, style: StyleBlockquote}
	case reader.ListItem:
		marker := m.Bullet
		if b.Ordinal > 0 {
			marker = strconv.Itoa(int(b.Ordinal)) + m.Enum
		}
		nest := (max(int(b.Level), 1) - 1) * m.ListIndent
		first := decoration(indent(nest)+marker, StyleListItem)
		return decor{first: first, rest: blank(first.width, StyleListItem), style: StyleListItem}
	case reader.Code:
		d := blank(m.CodeIndent, 0)
		return decor{first: d, rest: d}
	case reader.Boilerplate:
		return decor{style: StyleDim}
	}
	return decor{}
}
