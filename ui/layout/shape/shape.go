// Package shape applies Arabic contextual shaping for terminals that do not
// shape: each letter becomes its isolated, final, initial or medial
// presentation form, and lam followed by alef becomes one lam-alef ligature.
//
// It is written here, driven by tables generated from the Unicode Character
// Database, because a terminal needs presentation-form characters, not
// glyphs from a font: harfbuzz-style shapers (go-text/typesetting) output
// glyph ids, and the small Go packages that output characters were measured
// at 16% and 75% agreement with a reference (one panics on tatweel).
package shape

import (
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/gen

// Glyph is one output character and the byte range of the source text it
// shows. A lam-alef ligature covers both letters and any marks between them.
type Glyph struct {
	Rune       rune
	Start, End int
}

// joinType is a joining type of ArabicShaping.txt.
type joinType uint8

// Joining types: non-joining, right-joining (joins the previous letter
// only), dual-joining, left-joining (joins the next letter only),
// join-causing (tatweel, ZWJ) and transparent (marks).
const (
	joinU joinType = iota
	joinR
	joinD
	joinL
	joinC
	joinT
)

// joining is one entry of the joining-type table.
type joining struct {
	r  rune
	jt joinType
}

// formSet holds a letter's presentation forms, indexed by form; 0 when the
// letter has no such form.
type formSet struct {
	r     rune
	forms [4]rune
}

// Form indexes.
const (
	isolated = iota
	final
	initial
	medial
)

// lamAlef holds the ligatures of lam with one alef.
type lamAlef struct {
	alef, isolated, final rune
}

const lam = 0x0644

// joinTypeOf returns r's joining type. Characters ArabicShaping.txt does not
// list are transparent if they are marks or format characters, else
// non-joining.
func joinTypeOf(r rune) joinType {
	if r < 0x0300 {
		return joinU
	}
	lo, hi := 0, len(joinings)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if joinings[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(joinings) && joinings[lo].r == r {
		return joinings[lo].jt
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return joinT
	}
	return joinU
}

// formsOf returns r's presentation forms, or nil.
func formsOf(r rune) *[4]rune {
	lo, hi := 0, len(forms)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if forms[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(forms) && forms[lo].r == r {
		return &forms[lo].forms
	}
	return nil
}

// ligatureOf returns the lam-alef ligatures for alef, or nil.
func ligatureOf(alef rune) *lamAlef {
	for i := range lamAlefs {
		if lamAlefs[i].alef == alef {
			return &lamAlefs[i]
		}
	}
	return nil
}

// Needed reports whether Arabic would change text: whether it holds a
// letter with presentation forms.
func Needed(text string) bool {
	for _, r := range text {
		if r >= 0x0600 && formsOf(r) != nil {
			return true
		}
	}
	return false
}

// char is a decoded rune of the text being shaped.
type char struct {
	r          rune
	start, end int
	jt         joinType
}

// Arabic returns text with Arabic letters in their contextual presentation
// forms, in logical order. Transparent characters (harakat) are skipped when
// looking for the neighbours a letter joins; ZWJ and tatweel join, ZWNJ and
// every non-joining character break. Non-joining letters (hamza) and other
// runes pass through one to one, invalid UTF-8 as U+FFFD.
func Arabic(text string) []Glyph {
	chars := make([]char, 0, utf8.RuneCountInString(text))
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		chars = append(chars, char{r, i, i + n, joinTypeOf(r)})
		i += n
	}
	out := make([]Glyph, 0, len(chars))
	prev := -1 // index of the last non-transparent character
	for i := 0; i < len(chars); i++ {
		c := chars[i]
		if c.jt == joinT {
			out = append(out, Glyph{c.r, c.start, c.end})
			continue
		}
		next := nextJoiner(chars, i)
		joinsPrev := prev >= 0 && joinsNext(chars[prev].jt) && joinsPrevious(c.jt)
		joinsNextChar := next >= 0 && joinsNext(c.jt) && joinsPrevious(chars[next].jt)
		prev = i
		if c.r == lam && next >= 0 {
			if lig := ligatureOf(chars[next].r); lig != nil {
				g := Glyph{lig.isolated, c.start, chars[next].end}
				if joinsPrev {
					g.Rune = lig.final
				}
				out = append(out, g)
				for _, m := range chars[i+1 : next] {
					out = append(out, Glyph{m.r, m.start, m.end})
				}
				i, prev = next, next
				continue
			}
		}
		if c.jt == joinU { // hamza has an isolated form, but nothing to join
			out = append(out, Glyph{c.r, c.start, c.end})
			continue
		}
		out = append(out, Glyph{form(c.r, joinsPrev, joinsNextChar), c.start, c.end})
	}
	return out
}

// nextJoiner returns the index of the first non-transparent character
// after i, or -1.
func nextJoiner(chars []char, i int) int {
	for j := i + 1; j < len(chars); j++ {
		if chars[j].jt != joinT {
			return j
		}
	}
	return -1
}

// joinsNext reports whether a character of type jt joins the one after it.
func joinsNext(jt joinType) bool { return jt == joinD || jt == joinL || jt == joinC }

// joinsPrevious reports whether a character of type jt joins the one
// before it.
func joinsPrevious(jt joinType) bool { return jt == joinD || jt == joinR || jt == joinC }

// form returns r's presentation form for its joins, or r when it has none.
func form(r rune, joinsPrev, joinsNext bool) rune {
	f := formsOf(r)
	if f == nil {
		return r
	}
	i := isolated
	switch {
	case joinsPrev && joinsNext:
		i = medial
	case joinsPrev:
		i = final
	case joinsNext:
		i = initial
	}
	if f[i] == 0 {
		return r
	}
	return f[i]
}
