package reader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// HeadSize is how much of a large article LoadHead reads: some thirty
// screens of text, enough until the whole is read (a second or two for
// 100 MB of plain text), and little enough that reading and parsing it
// costs about a millisecond: the first screen of a 1 GB file comes as
// soon as that of a 1 KB one. (At a megabyte it cost 20 ms.)
const HeadSize = 64 << 10

// LoadHead reads the start and the end of the article at path, at most n
// bytes of each, for the first screen (and the last, for G) to show while
// Load reads the whole file (a 200 MB text takes half a second and more;
// Markdown several). When the file is no longer than 2n bytes, or its
// start cannot stand on its own (HTML, UTF-16), it is loaded whole, as Load
// does. Otherwise the head is cut at the last paragraph break before n
// (outside Markdown code fences), the tail starts at the first paragraph
// break of the last n bytes, each is parsed as Load would parse it, and
// the document is the head, a dimmed line that stands for the middle, and
// the tail, marked Partial. The head's blocks and offsets are the whole
// document's; Carry maps any offset to the whole when it arrives.
func LoadHead(path string, n int) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() || st.Size() <= 2*int64(n) {
		return Load(path)
	}
	head := make([]byte, n)
	if _, err := io.ReadFull(f, head); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	if hasUTF16BOM(head) {
		return Load(path)
	}
	name := filepath.Base(path)
	format := formatOf(name, string(head[:min(len(head), 4096)]))
	if format == FormatHTML {
		return Load(path)
	}
	cut := headCut(head, format == FormatMarkdown)
	d, err := parse(name, head[:cut], owned)
	if errors.Is(err, ErrEmpty) {
		return Load(path) // a head of blank lines: nothing to show early
	}
	if err != nil {
		return nil, err
	}
	d.Path, d.Partial = path, true
	parts := &fileParts{size: st.Size(), headEnd: int64(cut), tailFrom: st.Size(), head: d.clone(), format: format}
	if t, from := readTail(f, st.Size(), n, name, format); t != nil {
		d.appendTail(t)
		parts.tail, parts.tailFrom = t, from
	}
	d.parts = parts
	return d, nil
}

// gapText stands in a partial document for the middle of the file.
const gapText = "⋯ the middle of the article is still being read ⋯"

// readTail parses the end of a file, at most n bytes from its first
// paragraph break on, as a document of its own in the head's format, and
// returns it with the file offset it starts at, or returns nil when the
// end cannot stand on its own (no break in it, nothing in it).
func readTail(f *os.File, size int64, n int, name string, format Format) (*Document, int64) {
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, size-int64(n)); err != nil {
		return nil, 0
	}
	start := firstBreak(buf)
	if start < 0 && format == FormatText {
		if i := bytes.IndexByte(buf, '\n'); i >= 0 {
			start = i + 1 // one paragraph a line
		}
	}
	if start < 0 {
		return nil, 0
	}
	t := parsePart(name, format, buf[start:])
	if t == nil {
		return nil, 0
	}
	return t, size - int64(n) + int64(start)
}

// parsePart parses a piece of a file, cut at paragraph breaks, as a
// document of its own in the file's format (sniffed on its own, a
// Markdown piece with few Markdown signs in its start would read as plain
// text); its first line is no title of the article's (a heading in
// Markdown, a paragraph otherwise). nil when nothing is in it.
func parsePart(name string, format Format, data []byte) *Document {
	t, err := parse(nameAs(name, format), data, owned)
	if err != nil {
		return nil
	}
	for j, b := range t.Blocks {
		if b.Kind == Title {
			t.Blocks[j].Kind, t.Blocks[j].Level = Paragraph, 0
			if format == FormatMarkdown {
				t.Blocks[j].Kind, t.Blocks[j].Level = Heading, 1
			}
		}
	}
	return t
}

// appendTail makes d its head, a dimmed line for the middle, then t.
func (d *Document) appendTail(t *Document) {
	d.tail = d.appendPart(t)
	buildSections(d)
}

// appendPart appends a dimmed line for what of the file is not shown,
// then t, to d, and returns where t starts in d.Text. d's sections are
// left for the caller to build again.
func (d *Document) appendPart(t *Document) int {
	var b strings.Builder
	b.Grow(len(d.Text) + len(gapText) + len(t.Text) + 4)
	b.WriteString(d.Text)
	b.WriteString("\n\n")
	gap := b.Len()
	b.WriteString(gapText)
	b.WriteString("\n\n")
	at := b.Len()
	b.WriteString(t.Text)
	d.Text = b.String()
	d.Blocks = append(d.Blocks, Block{Kind: Boilerplate, Start: gap, End: gap + len(gapText)})
	for _, bl := range t.Blocks {
		bl.Start += at
		bl.End += at
		d.Blocks = append(d.Blocks, bl)
	}
	for _, sp := range t.Spans {
		sp.Start += at
		sp.End += at
		d.Spans = append(d.Spans, sp)
	}
	return at
}

// Paragraph breaks: a blank line, in LF or CRLF text.
var (
	lfBreak   = []byte("\n\n")
	crlfBreak = []byte("\n\r\n")
)

// firstBreak returns the offset just after the first paragraph break of
// b, or -1.
func firstBreak(b []byte) int {
	i, j := bytes.Index(b, lfBreak), bytes.Index(b, crlfBreak)
	switch {
	case i >= 0 && (j < 0 || i < j):
		return i + len(lfBreak)
	case j >= 0:
		return j + len(crlfBreak)
	}
	return -1
}

// lastBreak returns the offset just after the last paragraph break of b,
// or -1.
func lastBreak(b []byte) int {
	i, j := bytes.LastIndex(b, lfBreak), bytes.LastIndex(b, crlfBreak)
	switch {
	case i >= 0 && i > j:
		return i + len(lfBreak)
	case j >= 0:
		return j + len(crlfBreak)
	}
	return -1
}

// headCut returns where a head of a file may end: after the last blank
// line (a paragraph break), else the last line break, else the last whole
// UTF-8 character. In Markdown the cut must not fall inside a fenced code
// block, whose paragraphs would otherwise become text.
func headCut(head []byte, markdown bool) int {
	end := len(head)
	if markdown {
		end = outsideFence(head)
	}
	if i := lastBreak(head[:end]); i > 0 {
		return i
	}
	if i := bytes.LastIndexByte(head[:end], '\n'); i > 0 {
		return i + 1
	}
	for i := 0; i < utf8.UTFMax-1 && end > 0; i++ {
		if r, size := utf8.DecodeLastRune(head[:end]); r != utf8.RuneError || size != 1 {
			break
		}
		end-- // a character cut in two
	}
	return end
}

// outsideFence returns the length of the longest prefix of src that ends
// outside a fenced code block (see nextFence).
func outsideFence(src []byte) int {
	fence, off, safe := "", 0, 0
	for line := range strings.Lines(string(src)) {
		nextFence(&fence, strings.TrimSuffix(line, "\n"))
		off += len(line)
		if fence == "" {
			safe = off
		}
	}
	return safe
}
