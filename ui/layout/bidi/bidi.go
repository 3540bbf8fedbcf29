// Package bidi applies the Unicode Bidirectional Algorithm (UAX #9) for
// display: embedding levels once per paragraph, then rules L1 and L2 per
// wrapped line, and L4 mirroring through Mirror.
//
// Levels come from github.com/go-text/typesetting/bidi, which resolves
// rules P2–I2 correctly but only reports runs split by direction, hides the
// paragraph level and does no line work. Everything per line is written here
// because no Go library does it right: golang.org/x/text/unicode/bidi
// re-resolves a line as a new paragraph, hides levels and moves harakat
// before their letter (see RESEARCH.md, "Bidi in Go").
package bidi

import (
	"sync"
	"unicode/utf8"

	gobidi "github.com/go-text/typesetting/bidi"
	xbidi "golang.org/x/text/unicode/bidi"
)

// Direction is the direction of a paragraph.
type Direction uint8

// Paragraph directions. Auto takes the direction of the first strong
// character outside isolates (rules P2 and P3), and LTR when there is none.
const (
	Auto Direction = iota
	LTR
	RTL
)

// Level is a resolved embedding level: even levels are left to right, odd
// levels right to left.
type Level uint8

// Paragraph is one paragraph with its resolved embedding levels.
type Paragraph struct {
	text   string
	levels []Level // per byte of text: the level of the rune the byte belongs to
	base   Level   // paragraph embedding level, 0 or 1
}

// segmenters are reused between calls: a go-text Paragraph keeps its buffers.
var segmenters = sync.Pool{New: func() any { return new(gobidi.Paragraph) }}

// Resolve resolves the embedding levels of text, one paragraph (rules P2–I2).
// Paragraph separators inside text end a paragraph at the same direction.
func Resolve(text string, dir Direction) *Paragraph {
	p := &Paragraph{text: text, levels: make([]Level, len(text))}
	switch dir {
	case RTL:
		p.base = 1
	case Auto:
		if firstStrongRTL(text) {
			p.base = 1
		}
	}
	if p.onlyLTR() {
		return p
	}
	d := gobidi.LeftToRight
	if p.base == 1 {
		d = gobidi.RightToLeft
	}
	seg := segmenters.Get().(*gobidi.Paragraph)
	defer segmenters.Put(seg)
	for off := 0; off < len(text); {
		off = p.segment(seg, off, d)
	}
	return p
}

// onlyLTR reports whether the paragraph is left to right and holds nothing
// that could raise a level; its levels are then all 0 and Resolve is done.
func (p *Paragraph) onlyLTR() bool {
	if p.base != 0 {
		return false
	}
	for i := 0; i < len(p.text); i++ {
		c := p.text[i]
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// segment resolves the paragraph that starts at byte off and returns the
// byte offset after it (after its paragraph separator, if any).
func (p *Paragraph) segment(seg *gobidi.Paragraph, off int, d gobidi.Direction) int {
	runs := seg.SegmentString(p.text[off:], d)
	b, ri := off, 0 // byte offset and rune index of the walk
	for i := 0; i < runs.NumRuns(); i++ {
		run := runs.Run(i)
		lvl := Level(run.Level)
		for ; ri < run.End && b < len(p.text); ri++ {
			_, n := utf8.DecodeRuneInString(p.text[b:])
			for k := b; k < b+n; k++ {
				p.levels[k] = lvl
			}
			b += n
		}
	}
	if b < len(p.text) { // a paragraph separator stopped the segmenter
		_, n := utf8.DecodeRuneInString(p.text[b:])
		for k := b; k < b+n; k++ {
			p.levels[k] = p.base
		}
		b += n
	}
	return b
}

// firstStrongRTL applies rules P2 and P3: whether the first strong character
// of text, skipping isolates, is right to left.
func firstStrongRTL(text string) bool {
	depth := 0
	for i := 0; i < len(text); {
		props, n := xbidi.LookupString(text[i:])
		if n == 0 {
			n = 1
		}
		i += n
		switch props.Class() {
		case xbidi.L:
			if depth == 0 {
				return false
			}
		case xbidi.R, xbidi.AL:
			if depth == 0 {
				return true
			}
		case xbidi.LRI, xbidi.RLI, xbidi.FSI:
			depth++
		case xbidi.PDI:
			if depth > 0 {
				depth--
			}
		case xbidi.B:
			return false
		}
	}
	return false
}

// RTL reports whether the paragraph is right to left.
func (p *Paragraph) RTL() bool { return p != nil && p.base == 1 }

// Text returns the paragraph's text.
func (p *Paragraph) Text() string {
	if p == nil {
		return ""
	}
	return p.text
}

// Levels returns the resolved level of each byte of the text, before the
// line rules: the bytes of one rune share its level.
func (p *Paragraph) Levels() []Level {
	if p == nil {
		return nil
	}
	return p.levels
}
