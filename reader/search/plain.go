package search

import (
	"strings"
	"unicode/utf8"
)

// needle is one spelling of a pattern's anchor letter.
type needle struct {
	enc  string // its UTF-8 encoding
	rare int    // index in enc of its rarest byte
}

// plain is the plain (substring) engine. Every match contains a spelling
// of the pattern's anchor letter, pat[anchor]; the engine finds those with
// strings.IndexByte and verifies the rest of the pattern around them.
type plain struct {
	f       folder
	pat     []rune   // the folded pattern, no ignored runes
	anchor  int      // index in pat of the anchor letter
	needles []needle // the anchor's spellings; nil when it has none to find (U+FFFD)
}

// newPlain returns the engine for the pattern, or nil when it folds to
// nothing.
func newPlain(pattern string, f folder) *plain {
	p := &plain{f: f}
	var orig []rune
	for _, r := range pattern {
		if k := f.fold(r); k != ignored {
			p.pat = append(p.pat, k)
			orig = append(orig, r)
		}
	}
	if len(p.pat) == 0 {
		return nil
	}
	best := -1
	for i, r := range orig {
		if r == utf8.RuneError {
			continue // also stands for an invalid byte: no encoding to find
		}
		var ns []needle
		cost := 0
		for _, s := range f.spellings(r) {
			n := newNeedle(s)
			ns = append(ns, n)
			cost += int(byteFreq[n.enc[n.rare]])
		}
		if best < 0 || cost < best {
			best, p.anchor, p.needles = cost, i, ns
		}
	}
	return p
}

// newNeedle returns the needle for rune r.
func newNeedle(r rune) needle {
	n := needle{enc: string(r)}
	for i := 1; i < len(n.enc); i++ {
		if byteFreq[n.enc[i]] < byteFreq[n.enc[n.rare]] {
			n.rare = i
		}
	}
	return n
}

// keyFloor implements engine: a match starting at or after off has its
// anchor at or after off.
func (p *plain) keyFloor(_ string, off int) int { return off }

// scan implements engine: it calls fn for every match, overlapping ones
// included, whose anchor letter starts in [lo, hi), in order.
func (p *plain) scan(text string, lo, hi int, fn func(start, end int) bool) bool {
	if p.needles == nil {
		return p.scanSlow(text, lo, hi, fn)
	}
	next := make([]int, len(p.needles))
	for i := range p.needles {
		next[i] = p.find(text, i, lo, hi)
	}
	for {
		b := -1
		for i, c := range next {
			if c >= 0 && (b < 0 || c < next[b]) {
				b = i
			}
		}
		if b < 0 {
			return true
		}
		c, n := next[b], len(p.needles[b].enc)
		if start, end, ok := p.verify(text, c, c+n); ok && !fn(start, end) {
			return false
		}
		next[b] = p.find(text, b, c+n, hi)
	}
}

// find returns the offset of the first occurrence of needle i that starts
// in [from, hi), or -1.
func (p *plain) find(text string, i, from, hi int) int {
	n := p.needles[i]
	c := n.enc[n.rare]
	hi = min(hi, len(text)-len(n.enc)+1)
	for from < hi {
		j := strings.IndexByte(text[from+n.rare:hi+n.rare], c)
		if j < 0 {
			return -1
		}
		at := from + j
		if text[at:at+len(n.enc)] == n.enc {
			return at
		}
		from = at + 1
	}
	return -1
}

// scanSlow is scan for a pattern whose letters are all U+FFFD (which
// also stands for an invalid byte): it tries every rune that starts in
// [lo, hi).
func (p *plain) scanSlow(text string, lo, hi int, fn func(start, end int) bool) bool {
	for i := runeFloor(text, lo); i < min(hi, len(text)); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if p.f.fold(r) == p.pat[0] {
			if start, end, ok := p.verify(text, i, i+n); ok && !fn(start, end) {
				return false
			}
		}
		i += n
	}
	return true
}

// runeFloor returns the first offset at or after off where decoding text
// from its start puts a rune boundary. Every byte that is not a UTF-8
// continuation byte starts a rune, and a continuation byte starts one
// unless a valid rune covers it.
func runeFloor(text string, off int) int {
	for x := off; x > max(0, off-utf8.UTFMax+1) && x < len(text) && !utf8.RuneStart(text[x]); {
		x--
		if utf8.RuneStart(text[x]) {
			if _, n := utf8.DecodeRuneInString(text[x:]); n > 1 && x+n > off {
				return x + n
			}
			break
		}
	}
	return off
}

// verify reports whether the anchor letter found at text[a:b] is part of a
// match, and returns the match: the pattern's letters before the anchor
// read backwards from a and those after it forwards from b, with ignored
// runes between them, and the ignored runes after the last letter.
func (p *plain) verify(text string, a, b int) (start, end int, ok bool) {
	for j := p.anchor - 1; j >= 0; j-- {
		for {
			r, n := utf8.DecodeLastRuneInString(text[:a])
			if n == 0 {
				return 0, 0, false
			}
			a -= n
			if k := p.f.fold(r); k != ignored {
				if k != p.pat[j] {
					return 0, 0, false
				}
				break
			}
		}
	}
	for j := p.anchor + 1; j < len(p.pat); j++ {
		for {
			r, n := utf8.DecodeRuneInString(text[b:])
			if n == 0 {
				return 0, 0, false
			}
			b += n
			if k := p.f.fold(r); k != ignored {
				if k != p.pat[j] {
					return 0, 0, false
				}
				break
			}
		}
	}
	return a, skipIgnored(text, b, p.f), true
}

// skipIgnored returns the offset after the ignored runes at text[i:].
func skipIgnored(text string, i int, f folder) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if f.fold(r) != ignored {
			break
		}
		i += n
	}
	return i
}
