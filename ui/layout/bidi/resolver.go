package bidi

import (
	"unicode/utf8"

	xbidi "golang.org/x/text/unicode/bidi"
)

// resolver runs rules P2–I2 on one paragraph. Its core (core.go,
// bracket.go) is a copy of github.com/go-text/typesetting/bidi v0.3.5
// (Unlicense OR BSD-3-Clause, Copyright 2021 The go-text authors), itself a
// port of Unicode's reference implementation. It is copied rather than
// called because go-text only reports runs split by direction, so levels 0
// and 2 (or 1 and 3) merge and L2 then reorders wrongly; here the level of
// every character is kept. Classes and brackets come from
// golang.org/x/text/unicode/bidi, bracket pairs from BidiMirroring.txt.
type resolver struct {
	initialTypes []class
	pairTypes    []bracketType
	pairValues   []rune // the opening bracket of each bracket, 0 for others

	embeddingLevel level

	resultTypes  []class
	resultLevels []level

	// Index of matching PDI for isolate initiator characters. For other
	// characters, the value of matchingPDI will be set to -1. For isolate
	// initiators with no matching PDI, matchingPDI will be set to the length of
	// the input string.
	matchingPDI []int

	// Index of matching isolate initiator for PDI characters. For other
	// characters, and for PDIs with no matching isolate initiator, the value of
	// matchingIsolateInitiator will be set to -1.
	matchingIsolateInitiator []int

	runForCharacter []int
}

// class is a bidi class as a bit, so that sets of classes are masks.
type class uint32

// The bidi classes.
const (
	bdAL class = 1 << iota
	bdAN
	bdB
	bdBN
	bdCS
	bdEN
	bdES
	bdET
	bdFSI
	bdL
	bdLRE
	bdLRI
	bdLRO
	bdNSM
	bdON
	bdPDF
	bdPDI
	bdR
	bdRLE
	bdRLI
	bdRLO
	bdS
	bdWS
)

// classes maps x/text's classes to ours.
var classes = [...]class{
	xbidi.L: bdL, xbidi.R: bdR, xbidi.EN: bdEN, xbidi.ES: bdES, xbidi.ET: bdET,
	xbidi.AN: bdAN, xbidi.CS: bdCS, xbidi.B: bdB, xbidi.S: bdS, xbidi.WS: bdWS,
	xbidi.ON: bdON, xbidi.BN: bdBN, xbidi.NSM: bdNSM, xbidi.AL: bdAL,
	xbidi.LRO: bdLRO, xbidi.RLO: bdRLO, xbidi.LRE: bdLRE, xbidi.RLE: bdRLE,
	xbidi.PDF: bdPDF, xbidi.LRI: bdLRI, xbidi.RLI: bdRLI, xbidi.FSI: bdFSI,
	xbidi.PDI: bdPDI,
}

// classOf returns the rune at the start of s, its bidi class and
// properties, and its length in bytes (invalid UTF-8 is one U+FFFD per byte).
func classOf(s string) (rune, class, xbidi.Properties, int) {
	r, n := utf8.DecodeRuneInString(s)
	props, _ := xbidi.LookupRune(r)
	c := props.Class()
	if int(c) >= len(classes) || classes[c] == 0 {
		return r, bdON, props, n
	}
	return r, classes[c], props, n
}

// resolve computes the levels of text's characters, one paragraph at base
// level, and stores each character's level in every one of its bytes.
func (p *resolver) resolve(text string, base level, levels []Level) {
	p.prepare(text)
	if len(p.initialTypes) == 0 {
		return
	}
	p.embeddingLevel = base
	p.run()
	i := 0
	for k := 0; k < len(text); {
		_, n := utf8.DecodeRuneInString(text[k:])
		for end := k + n; k < end; k++ {
			levels[k] = Level(p.resultLevels[i])
		}
		i++
	}
}

// prepare fills the input arrays for text.
func (p *resolver) prepare(text string) {
	p.initialTypes = p.initialTypes[:0]
	p.pairTypes = p.pairTypes[:0]
	p.pairValues = p.pairValues[:0]
	for k := 0; k < len(text); {
		r, c, props, n := classOf(text[k:])
		p.initialTypes = append(p.initialTypes, c)
		switch {
		case !props.IsBracket():
			p.pairTypes = append(p.pairTypes, bpNone)
			p.pairValues = append(p.pairValues, 0)
		case props.IsOpeningBracket():
			p.pairTypes = append(p.pairTypes, bpOpen)
			p.pairValues = append(p.pairValues, r)
		default:
			p.pairTypes = append(p.pairTypes, bpClose)
			p.pairValues = append(p.pairValues, Mirror(r))
		}
		k += n
	}
	n := len(p.initialTypes)
	p.resultTypes = append(p.resultTypes[:0], p.initialTypes...)
	p.resultLevels = resize(p.resultLevels, n)
	p.matchingPDI = resize(p.matchingPDI, n)
	p.matchingIsolateInitiator = resize(p.matchingIsolateInitiator, n)
	p.runForCharacter = resize(p.runForCharacter, n)
}

// resize returns s with length n, reusing its storage.
func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}
