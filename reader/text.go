package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
func parseText(d *Document, text string) {
	wrapped := isHardWrapped(text)
	var joined []byte // text with the line feeds inside paragraphs made spaces, when wrapped
	if wrapped {
		joined = []byte(text)
	}
	line, open := 0, false
	for off := 0; off < len(text); {
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
			last := &d.Blocks[len(d.Blocks)-1]
			for i := last.End; i < start; i++ {
				if joined[i] == '\n' {
					joined[i] = ' '
				}
			}
			last.End = stop
		default:
			d.Blocks = append(d.Blocks, Block{Kind: Paragraph, Line: line, Start: start, End: stop})
			open = true
		}
		off = end + 1
	}
	if wrapped {
		text = string(joined)
	}
	d.Text = text
}

// trimRange returns the range of text[start:end] without the whitespace
// around it.
func trimRange(text string, start, end int) (int, int) {
	t := text[start:end]
	lead := len(t) - len(strings.TrimLeftFunc(t, isSpaceRune))
	return start + lead, start + len(strings.TrimRightFunc(t, isSpaceRune))
}

// isHardWrapped reports whether a text's paragraphs are runs of short lines
// separated by blank lines: it has blank lines, at least half of its
// non-blank lines continue on the next line, and nearly all are short.
func isHardWrapped(text string) bool {
	if len(text) > wrapSample {
		text = text[:wrapSample]
	}
	var lines, blank, continued, long int
	prevFull := false
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			blank++
			prevFull = false
			continue
		}
		lines++
		if prevFull {
			continued++
		}
		if utf8.RuneCountInString(line) > wrapMaxRunes {
			long++
		}
		prevFull = true
	}
	return blank > 0 && lines > 0 && continued*2 >= lines && long*10 < lines
}

// isSpaceRune reports whether r is white space, including the no-break
// and other Unicode spaces that pasted text carries.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}
