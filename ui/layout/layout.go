// Package layout turns a reader.Document into lines of terminal cells:
// wrapping at display cells on word boundaries, right-to-left reordering and
// Arabic shaping, block decorations, and styles per source character. It is
// pure code: no Bubble Tea, no terminal, no ANSI.
//
// Every cell of a Line remembers the byte range of Document.Text it shows,
// so that search hits, quotations and highlights (Overlays) are styles on
// source characters and survive wrapping, reordering and shaping.
//
// A block (or a piece of a long one, see PieceSize) goes through these
// steps, each in its own file:
//
//	segment     units.go      grapheme clusters, widths, break opportunities (uniseg); controls made visible
//	styleSpans  units.go      span styles, and marks around inline spans
//	shapeUnits  shaping.go    Arabic presentation forms, lam-alef ligatures (qari/ui/layout/shape)
//	wrap        wrap.go       lines in logical order, at display cells
//	visual      direction.go  each line reordered (qari/ui/layout/bidi), brackets mirrored
//	text        block.go      decorations, right alignment, the Lines
//
// A Cache (cache.go) keeps the laid-out pieces a screen needs and moves
// through them a line at a time, so that no step ever sees the whole
// document.
package layout

import "qari/reader"

// Style is a set of style bits. The bits up to StyleDecoration come from the
// document; the rest are overlays that the reader lays over ranges of text.
type Style uint32

// Style bits.
const (
	StyleBold Style = 1 << iota
	StyleItalic
	StyleCode
	StyleLink
	StyleTitle
	StyleHeading
	StyleBlockquote
	StyleListItem
	StyleDim        // boilerplate
	StyleDecoration // bullets, quote bars, rules, heading marks: not text of the document
	StyleMatch      // a search hit
	StyleCurrentMatch
	StyleQuote // a quotation
	StyleCurrentQuote
	StyleHighlight // a user highlight
	StyleSelection // the visual-mode selection
)

// Cluster is one grapheme cluster as it is printed: possibly shaped,
// mirrored or expanded (tabs), always free of control characters.
type Cluster struct {
	Text  string // what to print
	Start int    // byte range in Document.Text that this cluster shows; -1 for decorations
	End   int
	Width int   // display cells
	Style Style // the document's style bits for this cluster
}

// Line is one screen line of a block, in visual order, left to right (in
// logical order under BidiTerminal and BidiOff).
//
// Indent+Width never exceeds Options.Width except on a line that holds a
// single cluster of text wider than the room the decorations leave (a wide
// character in a one-cell column); theme.Line cuts what does not fit.
type Line struct {
	Clusters []Cluster
	Indent   int // blank cells before the first cluster inside the text column (right-aligns RTL lines)
	Width    int // cells taken by Clusters
	Start    int // logical byte range of Document.Text the line covers
	End      int
	RTL      bool             // the line belongs to a right-to-left paragraph
	Kind     reader.BlockKind // the kind of the block the line belongs to (picks the theme's block style)
	Level    uint8            // the block's level (heading level, quote or list depth)
}

// BidiMode says who reorders right-to-left text.
type BidiMode uint8

// Bidi modes (see the RTL issue): qari reorders (App), the terminal does
// and qari only wraps and aligns (Terminal), or nobody does (Off).
const (
	BidiApp BidiMode = iota
	BidiTerminal
	BidiOff
)

// Options are the parameters of a layout. Options are comparable: a Cache
// is valid for one value of them.
type Options struct {
	Width int      // the text column, in cells; less than 1 counts as 1
	Bidi  BidiMode // who reorders
	Shape bool     // apply Arabic contextual shaping
	Marks Marks    // block decorations; the zero value means DefaultMarks
}

// Overlay is a style laid over a byte range of Document.Text: a search
// hit, a quotation, a highlight. Overlays passed together are sorted by
// Start.
type Overlay struct {
	Start, End int
	Style      Style
}

// Pos is a position in a laid-out document: a line of a piece of a block.
// Piece is 0 but in blocks longer than PieceSize, which are laid out in
// pieces; Line counts from the start of the piece.
type Pos struct {
	Block int
	Piece int
	Line  int
}

// Before reports whether p comes before q in the document.
func (p Pos) Before(q Pos) bool {
	if p.Block != q.Block {
		return p.Block < q.Block
	}
	if p.Piece != q.Piece {
		return p.Piece < q.Piece
	}
	return p.Line < q.Line
}
