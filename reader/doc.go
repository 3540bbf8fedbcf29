// Package reader is qari's document model and everything about an article
// that needs no terminal: loading files in their formats, finding the title,
// sections and page debris, and the ranges that search, quotations and
// highlights are made of.
//
// A Document holds one text buffer, Text, with the article's visible text
// (no markup, already sanitised of control characters). Blocks, spans and
// sections are byte ranges into that buffer, in the manner of goldmark's
// text.Segment, so that a search hit, a quotation and a highlight are all
// ranges of the same text and can be overlaid on any of them.
//
// reader imports nothing of Charm or of qari/ui.
package reader

// Format is the source format an article was loaded from.
type Format uint8

// The formats qari reads.
const (
	FormatText Format = iota
	FormatMarkdown
	FormatHTML
)

// String returns the format's short name: "text", "markdown" or "html".
func (f Format) String() string {
	switch f {
	case FormatMarkdown:
		return "markdown"
	case FormatHTML:
		return "html"
	}
	return "text"
}

// Direction is a writing direction of a document or of a block.
type Direction uint8

// Directions. DirAuto means the direction comes from the text itself (its
// first strong character, as in rule P2 of the Unicode bidi algorithm).
const (
	DirAuto Direction = iota
	DirLTR
	DirRTL
)

// String returns "auto", "ltr" or "rtl".
func (d Direction) String() string {
	switch d {
	case DirLTR:
		return "ltr"
	case DirRTL:
		return "rtl"
	}
	return "auto"
}

// BlockKind says what a block is.
type BlockKind uint8

// The kinds of block.
const (
	// Paragraph is body text.
	Paragraph BlockKind = iota
	// Title is the document's title where it is part of the text (the first
	// line of a .txt that reads as a title, a Markdown # heading, an HTML
	// h1). It is never a section.
	Title
	// Heading starts a section; Block.Level is its level, 2–6 (1 only where
	// a document has several top-level headings).
	Heading
	// Blockquote is a paragraph inside a quotation block; Block.Level is
	// its nesting depth (1 for "> ").
	Blockquote
	// ListItem is one item of a list; Block.Level is its nesting depth (1
	// for a top-level item) and Block.Ordinal its number in an ordered
	// list, 0 in a bulleted one.
	ListItem
	// Code is preformatted text: its line breaks and spaces are kept.
	Code
	// Rule is a thematic break; its range is empty.
	Rule
	// Boilerplate is page debris (read-also lines, comment counters, share
	// lines, bylines, credits, date stamps, tag lines): shown dimmed, found
	// by search, never a section or a quotation.
	Boilerplate
)

// String returns the kind's name as used in JSON output and tests.
func (k BlockKind) String() string {
	switch k {
	case Title:
		return "title"
	case Heading:
		return "heading"
	case Blockquote:
		return "blockquote"
	case ListItem:
		return "listitem"
	case Code:
		return "code"
	case Rule:
		return "rule"
	case Boilerplate:
		return "boilerplate"
	}
	return "paragraph"
}

// Block is one block of a document: a range of Document.Text and what it is.
// Text[Start:End] is the block's visible text without any markup; blocks
// are in document order, do not overlap, and are separated in Text by at
// least one "\n".
//
// Line places the block in its source, as docs/corpus-truth.md counts: for
// plain text and Markdown the 1-based line of the file where the block
// starts; for HTML the 1-based index, among the article's outermost h1–h6,
// p, blockquote and li elements, of the one holding the block (the title
// h1 is 1), and 0 for text outside such elements.
type Block struct {
	Kind    BlockKind
	Level   uint8     // heading level, or nesting depth of a blockquote or list item
	Dir     Direction // the direction the source declares (HTML dir), else DirAuto
	Ordinal int32     // number of an ordered list item, 0 otherwise
	Line    int       // where the block is in its source (see above)
	Start   int       // byte offset of the block's first byte in Document.Text
	End     int       // byte offset just past the block's last byte
}

// SpanKind is an inline style or element over a range of text.
type SpanKind uint8

// The kinds of span.
const (
	Emphasis    SpanKind = iota // *em*, <em>, <i>
	Strong                      // **strong**, <strong>, <b>
	InlineCode                  // `code`, <code>
	Link                        // link text; Span.Target is where it goes
	InlineQuote                 // an HTML <q> element: a quotation without marks in Text
)

// Span is an inline range of Document.Text with a kind. Spans are sorted by
// Start and may nest.
type Span struct {
	Kind   SpanKind
	Start  int
	End    int
	Target string // a Link's destination as the source gives it, controls and spaces removed (see LinkURL); "" for other kinds
}

// Section is a heading with the blocks up to the next heading of the same or
// a higher level. The untitled lead (body text before the first heading)
// is a section with Title "" and Level 0.
type Section struct {
	Title string // heading text as written; "" for the lead
	Level int    // heading level; 0 for the lead
	Block int    // index in Document.Blocks of the heading; of the lead's first block for the lead
	Start int    // byte offset of the heading (or of the lead's first block)
	End   int    // byte offset where the section ends (the next heading of the same or a higher level, or len(Text))
}

// Document is one loaded article.
type Document struct {
	Path     string    // the path it was loaded from; "" for standard input or embedded samples
	Name     string    // a short name for lists and messages (the file name)
	Format   Format    // the source format
	Title    string    // the title; from the file name when the text has none
	Byline   string    // who wrote it, as the page names them; "" if unknown
	Date     string    // when it was published, as RFC 3339 or a date (2006-01-02); "" if unknown
	Site     string    // the site or publication it comes from; "" if unknown
	Lang     string    // BCP 47 language ("ar", "en", "he", …) declared or guessed; "" if unknown
	Dir      Direction // the document's main direction
	Text     string    // the visible text; every range below points into it
	Blocks   []Block   // in document order
	Spans    []Span    // inline styles, sorted by Start
	Sections []Section // in document order; the lead first when there is one
	Partial  bool      // only the head and tail of a large file (LoadHead): Load(Path) reads the whole

	tail  int        // where a partial document's tail starts in Text; 0 when it has none
	parts *fileParts // what of its file a partial document shows (window.go); nil otherwise
}

// BlockAt returns the index of the block that contains byte offset off, or
// of the first block after it when off falls between blocks; len(Blocks)
// when off is past the last block.
func (d *Document) BlockAt(off int) int {
	lo, hi := 0, len(d.Blocks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.Blocks[m].End <= off && !(d.Blocks[m].Start == d.Blocks[m].End && d.Blocks[m].Start == off) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// SectionAt returns the index of the section that holds byte offset off: the
// last section starting at or before it, and 0 when there is none.
func (d *Document) SectionAt(off int) int {
	lo, hi := 0, len(d.Sections)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.Sections[m].Start <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return 0
	}
	return lo - 1
}

// BlockText returns the text of block i.
func (d *Document) BlockText(i int) string {
	b := d.Blocks[i]
	return d.Text[b.Start:b.End]
}
