package reader

import "unsafe"

// builder accumulates the Text, Blocks and Spans of a document whose
// visible text is not the file itself (Markdown, HTML): the loaders begin
// blocks, write text and open and close spans, and the builder keeps the
// ranges consistent, sanitises every piece and drops blocks that end up
// empty.
type builder struct {
	text   []byte
	blocks []Block
	spans  []Span

	open bool  // a block is being written
	cur  Block // the block being written

	// Collapse makes runs of ASCII whitespace one space and drops it at
	// the ends of blocks (HTML); otherwise text is written as given.
	collapse bool
	pending  bool // collapsed whitespace not yet written
	afterSp  bool // the last byte written is whitespace, or the block is empty
}

// begin closes the open block, if any, and opens a new one.
func (b *builder) begin(kind BlockKind, level int, dir Direction, ordinal int, line int) {
	b.end()
	if len(b.text) > 0 {
		b.text = append(b.text, '\n')
	}
	b.cur = Block{Kind: kind, Level: uint8(min(max(level, 0), 255)), Dir: dir, Ordinal: int32(ordinal), Line: line, Start: len(b.text)}
	b.open, b.pending, b.afterSp = true, false, true
}

// end closes the open block: trailing whitespace goes, spans are clipped
// to it, and a block left without text is removed (but a Rule, which has
// none by nature, stays).
func (b *builder) end() {
	if !b.open {
		return
	}
	b.open = false
	end := len(b.text)
	for end > b.cur.Start && isSpaceByte(b.text[end-1]) {
		end--
	}
	b.text = b.text[:end]
	for i := len(b.spans) - 1; i >= 0 && b.spans[i].Start >= b.cur.Start; i-- {
		b.spans[i].End = min(b.spans[i].End, end)
	}
	if end == b.cur.Start && b.cur.Kind != Rule {
		b.text = b.text[:max(b.cur.Start-1, 0)]
		for len(b.spans) > 0 && b.spans[len(b.spans)-1].Start >= b.cur.Start {
			b.spans = b.spans[:len(b.spans)-1]
		}
		return
	}
	b.cur.End = end
	b.blocks = append(b.blocks, b.cur)
}

// write appends text to the open block, sanitised, collapsing whitespace
// when the builder does.
func (b *builder) write(s string) {
	s = Sanitize(s)
	if !b.collapse {
		b.text = append(b.text, s...)
		return
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpaceByte(c) {
			b.pending = !b.afterSp
			continue
		}
		if b.pending {
			b.text = append(b.text, ' ')
			b.pending = false
		}
		b.text = append(b.text, c)
		b.afterSp = false
	}
}

// writeRaw appends text to the open block as write does, but keeping its
// whitespace even in a collapsing builder (a <pre>, a table laid out).
func (b *builder) writeRaw(s string) {
	collapse := b.collapse
	b.collapse = false
	b.write(s)
	b.collapse = collapse
}

// lineBreak writes a hard line break (<br>, a Markdown hard break).
func (b *builder) lineBreak() {
	b.pending = false
	b.text = append(b.text, '\n')
	b.afterSp = true
}

// openSpan starts a span of kind at the current position and returns its
// index for closeSpan.
func (b *builder) openSpan(kind SpanKind) int {
	if b.pending {
		b.text = append(b.text, ' ')
		b.pending, b.afterSp = false, true
	}
	b.spans = append(b.spans, Span{Kind: kind, Start: len(b.text), End: -1})
	return len(b.spans) - 1
}

// openLink opens a Link span to target (see Span.Target).
func (b *builder) openLink(target string) int {
	i := b.openSpan(Link)
	b.spans[i].Target = linkTarget(target)
	return i
}

// closeSpan ends span i at the current position.
func (b *builder) closeSpan(i int) {
	if i < len(b.spans) && b.spans[i].End < 0 {
		b.spans[i].End = len(b.text)
	}
}

// appendBuilder appends the blocks and spans of o, a builder whose blocks
// are all closed, after the ones of b.
func (b *builder) appendBuilder(o *builder) {
	if len(o.blocks) == 0 {
		return
	}
	b.end()
	shift := len(b.text)
	if shift > 0 {
		b.text = append(b.text, '\n')
		shift++
	}
	b.text = append(b.text, o.text...)
	b.shifted(o, shift)
}

// shifted appends the blocks and spans of o after b's, shift bytes on.
func (b *builder) shifted(o *builder, shift int) {
	for _, bl := range o.blocks {
		bl.Start += shift
		bl.End += shift
		b.blocks = append(b.blocks, bl)
	}
	for _, s := range o.spans {
		s.Start += shift
		if s.End >= 0 {
			s.End += shift
		}
		b.spans = append(b.spans, s)
	}
}

// spillBuilder is appendBuilder with o's text written to out instead of
// b's text, which stays empty: the blocks and spans of o are shifted by
// what out holds. It returns out, or nil after a failed write (the text is
// then lost, and the document with it).
func (b *builder) spillBuilder(o *builder, out *spill) *spill {
	if out == nil || len(o.blocks) == 0 {
		return out
	}
	shift := out.n
	if shift > 0 {
		shift++
		if out.write([]byte{'\n'}) != nil {
			out.discard()
			return nil
		}
	}
	if out.write(o.text) != nil {
		out.discard()
		return nil
	}
	b.shifted(o, shift)
	return out
}

// finish closes the open block and fills d's Text, Blocks and Spans
// (empty spans dropped).
func (b *builder) finish(d *Document) {
	b.end()
	spans := b.spans[:0]
	for _, s := range b.spans {
		if s.End > s.Start {
			spans = append(spans, s)
		}
	}
	if len(b.text) > 0 {
		// the builder is done with text: the document takes it over
		// rather than a copy of the whole article
		d.Text = unsafe.String(&b.text[0], len(b.text))
	}
	d.Blocks = b.blocks
	d.Spans = spans
}

// isSpaceByte reports whether c is ASCII whitespace as HTML defines it.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// mapSpill maps out's text; false when out is nil (a write failed) or it
// cannot be mapped.
func mapSpill(out *spill) (mapping, bool) {
	if out == nil {
		return nil, false
	}
	return out.done()
}
