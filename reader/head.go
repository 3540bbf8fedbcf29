package reader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"unicode/utf8"
)

// HeadSize is how much of a large article LoadHead reads: enough for many
// screens, little enough to show the first of them at once.
const HeadSize = 1 << 20

// LoadHead reads the start of the article at path, at most n bytes, for
// the first screen to show while Load reads the whole file (a 200 MB text
// takes half a second and more; Markdown several). When the file is no
// longer than n bytes, or its start cannot stand on its own (HTML, UTF-16),
// it is loaded whole, as Load does. Otherwise the head is cut at the last
// paragraph break before n (outside Markdown code fences), parsed as Load
// would parse it, and marked Partial: its blocks and offsets are those of
// the whole document's first blocks, so a position in it stays valid when
// the whole arrives.
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
	if st.IsDir() || st.Size() <= int64(n) {
		return Load(path)
	}
	head := make([]byte, n)
	if _, err := io.ReadFull(f, head); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return Load(path)
	}
	name := filepath.Base(path)
	format := formatOf(name, string(head[:min(len(head), 4096)]))
	if format == FormatHTML {
		return Load(path)
	}
	cut := headCut(head, format == FormatMarkdown)
	d, err := parse(name, head[:cut], true)
	if errors.Is(err, ErrEmpty) {
		return Load(path) // a head of blank lines: nothing to show early
	}
	if err != nil {
		return nil, err
	}
	d.Path, d.Partial = path, true
	return d, nil
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
	if i := bytes.LastIndex(head[:end], []byte("\n\n")); i > 0 {
		return i + 2
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
// outside a fenced code block (``` or ~~~ at the start of a line).
func outsideFence(src []byte) int {
	open, safe := false, len(src)
	for off := 0; off < len(src); {
		line := src[off:]
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i+1]
		}
		t := bytes.TrimLeft(line, " ")
		if bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")) {
			if !open {
				safe = off
			}
			open = !open
		}
		off += len(line)
	}
	if open {
		return safe
	}
	return len(src)
}
