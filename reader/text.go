package reader

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Hard-wrap detection: how much of a text is looked at, and what counts as
// a wrapped line.
const (
	wrapSample   = 1 << 20 // bytes of the text's start that decide
	wrapMaxRunes = 100     // a line longer than this was not hard-wrapped
)

// parseText fills d's Text and Blocks from a plain-text article, already
// sanitised. A paragraph is a line, as in scraped news; in a hard-wrapped
// text (lines of at most about 80 characters, paragraphs separated by blank
// lines) a paragraph is a run of lines, and the line feeds inside it become
// spaces so that it wraps to the screen (byte offsets stay those of the
// file). Blocks exclude the whitespace around them.
//
// With inPlace, text's memory is this document's alone (decode's buffer or
// a fresh copy, Sanitize's result) and the line feeds are changed there,
// which saves a copy of the whole file; otherwise (a read-only mapping)
// they are left to the copy the caller makes (joinedCopy).
func parseText(d *Document, text string, inPlace bool) {
	wrapped := isHardWrapped(text)
	line, open, reported := 0, false, 0
	for off := 0; off < len(text); {
		if off-reported >= passPiece {
			Passed(off - reported)
			reported = off
		}
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line++
		start, stop := trimRange(text, off, end)
		switch {
		case start == stop:
			open = false
		case wrapped && open:
			d.Blocks[len(d.Blocks)-1].End = stop
		default:
			d.Blocks = append(d.Blocks, Block{Kind: Paragraph, Line: line, Start: start, End: stop})
			open = true
		}
		off = end + 1
	}
	d.Text = text
	if wrapped && inPlace && len(text) > 0 {
		joinLines(unsafe.Slice(unsafe.StringData(text), len(text)), 0, d.Blocks, 0)
	}
}

// joinLines makes the line feeds inside blocks spaces in b, the bytes of a
// text from offset off, and returns the index of the first block that may
// reach past b, to start the next piece's call from (blocks[from:] are
// those that may reach b).
func joinLines(b []byte, off int, blocks []Block, from int) int {
	i := from
	for ; i < len(blocks) && blocks[i].Start < off+len(b); i++ {
		lo, hi := max(blocks[i].Start-off, 0), min(blocks[i].End-off, len(b))
		for lo < hi {
			j := bytes.IndexByte(b[lo:hi], '\n')
			if j < 0 {
				break
			}
			b[lo+j] = ' '
			lo += j + 1
		}
		if blocks[i].End > off+len(b) {
			return i
		}
	}
	return i
}

// trimRange returns the range of text[start:end] without the whitespace
// around it.
func trimRange(text string, start, end int) (int, int) {
	t := text[start:end]
	lead := len(t) - len(strings.TrimLeftFunc(t, isSpaceRune))
	return start + lead, start + lead + len(strings.TrimRightFunc(t[lead:], isSpaceRune))
}

// isHardWrapped reports whether a text's paragraphs are runs of lines
// broken at a fixed width and separated by blank lines: it has blank
// lines, at least a third of its paragraphs run over several lines, nearly
// all lines are short, and the lines that continue on the next one are
// nearly all near the longest (a wrap width, not verse or a list).
func isHardWrapped(text string) bool {
	if len(text) > wrapSample {
		text = text[:wrapSample]
	}
	var runs, multi, lines, long, maxLen int
	var continuing []int // rune counts of the lines followed by another non-blank line
	prev, runLen := 0, 0 // the previous line's rune count; the lines of the current run so far
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			runLen = 0
			continue
		}
		n := utf8.RuneCountInString(strings.TrimRightFunc(line, isSpaceRune))
		lines++
		maxLen = max(maxLen, n)
		if n > wrapMaxRunes {
			long++
		}
		switch runLen++; runLen {
		case 1:
			runs++
		case 2:
			multi++
			fallthrough
		default:
			continuing = append(continuing, prev)
		}
		prev = n
	}
	if runs < 2 || multi*3 < runs || long*10 >= lines {
		return false
	}
	full := 0
	for _, n := range continuing {
		if n*10 >= maxLen*6 {
			full++
		}
	}
	return full*5 >= len(continuing)*4
}

// isSpaceRune reports whether r is white space, including the no-break
// and other Unicode spaces that pasted text carries.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}
