// Package bidi applies the Unicode Bidirectional Algorithm (UAX #9) for
// display: embedding levels once per paragraph, then rules L1 and L2 per
// wrapped line, and L4 mirroring through Mirror.
//
// No Go library does the line work right: golang.org/x/text/unicode/bidi
// re-resolves a line as a new paragraph, hides levels and moves harakat
// before their letter, and github.com/go-text/typesetting/bidi merges levels
// of one direction (see RESEARCH.md, "Bidi in Go", and resolver.go). So the
// levels come from a copy of go-text's core, and L1/L2 are written here.
package bidi

import (
	"sync"
	"unicode/utf8"
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

// resolvers are reused between calls for their buffers.
var resolvers = sync.Pool{New: func() any { return new(resolver) }}

// Resolve resolves the embedding levels of text, one paragraph (rules
// P2–I2). A paragraph separator inside text ends a paragraph, and the text
// after it is resolved as another one at the same direction.
func Resolve(text string, dir Direction) *Paragraph {
	p := &Paragraph{text: text, levels: make([]Level, len(text))}
	switch dir {
	case RTL:
		p.base = 1
	case Auto:
		if FirstStrongRTL(text) {
			p.base = 1
		}
	}
	if p.base == 0 && onlyLTR(text) {
		return p
	}
	r := resolvers.Get().(*resolver)
	defer resolvers.Put(r)
	for start := 0; start < len(text); {
		end := paragraphEnd(text, start)
		r.resolve(text[start:end], level(p.base), p.levels[start:end])
		start = end
	}
	return p
}

// raising are the classes that can give a character of a left-to-right
// paragraph a level above 0. Without them, rule W7 turns European numbers
// into L and neutrals between L resolve to L: every level is 0.
const raising = bdR | bdAL | bdAN | bdLRE | bdRLE | bdLRO | bdRLO | bdLRI | bdRLI | bdFSI

// onlyLTR reports whether text holds no character of a raising class.
func onlyLTR(text string) bool {
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, c, _, n := classOf(text[i:])
		if c&raising != 0 {
			return false
		}
		i += n
	}
	return true
}

// paragraphEnd returns the end of the paragraph starting at byte start:
// after its first paragraph separator, or the end of text (rule P1).
func paragraphEnd(text string, start int) int {
	for i := start; i < len(text); {
		_, c, _, n := classOf(text[i:])
		i += n
		if c == bdB {
			return i
		}
	}
	return len(text)
}

// FirstStrongRTL applies rules P2 and P3: whether the first strong character
// of text, skipping isolates, is right to left.
func FirstStrongRTL(text string) bool {
	depth := 0
	for i := 0; i < len(text); {
		_, c, _, n := classOf(text[i:])
		i += n
		switch c {
		case bdL:
			if depth == 0 {
				return false
			}
		case bdR, bdAL:
			if depth == 0 {
				return true
			}
		case bdLRI, bdRLI, bdFSI:
			depth++
		case bdPDI:
			if depth > 0 {
				depth--
			}
		case bdB:
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
