package layout

import (
	"strings"

	"qari/reader"
)

// blk describes one block of a test document.
type blk struct {
	kind    reader.BlockKind
	text    string
	level   uint8
	ordinal int32
	dir     reader.Direction
}

// docOf builds a document of blocks separated by blank lines.
func docOf(bs ...blk) *reader.Document {
	d := &reader.Document{}
	var sb strings.Builder
	for i, b := range bs {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		sb.WriteString(b.text)
		d.Blocks = append(d.Blocks, reader.Block{Kind: b.kind, Level: b.level, Ordinal: b.ordinal, Dir: b.dir, Start: start, End: sb.Len()})
	}
	d.Text = sb.String()
	return d
}

// para returns a document of one paragraph.
func paraDoc(text string) *reader.Document {
	return docOf(blk{text: text})
}

// withSpan adds a span over the first occurrence of sub.
func withSpan(d *reader.Document, kind reader.SpanKind, sub string) *reader.Document {
	i := strings.Index(d.Text, sub)
	d.Spans = append(d.Spans, reader.Span{Kind: kind, Start: i, End: i + len(sub)})
	return d
}

// show returns a line as it looks: its indent, then its clusters.
func show(l Line) string {
	var sb strings.Builder
	sb.WriteString(strings.Repeat(" ", l.Indent))
	for _, c := range l.Clusters {
		sb.WriteString(c.Text)
	}
	return sb.String()
}

// shown returns the lines of a block as they look, without the blank line
// that separates it from the next block.
func shown(lines []Line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, show(l))
	}
	return out
}
