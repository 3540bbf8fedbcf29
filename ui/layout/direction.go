package layout

import (
	"strings"
	"unicode/utf8"

	xbidi "golang.org/x/text/unicode/bidi"

	"qari/reader"
	"qari/ui/layout/bidi"
)

// para is a block's text resolved for bidi: its direction and levels.
type para struct {
	p    *bidi.Paragraph
	base int // byte offset of the paragraph's text in Document.Text
}

// direction returns the direction of block b: Block.Dir (HTML dir), else
// that of its first strong character (UBA rule P2) unless most of its
// strong characters go the document's way, else the document's. So a
// paragraph of an Arabic article that starts with a Latin name ("Unicode
// يحدد لكل حرف اتجاهًا…") reads right to left, while an English sentence
// in it ("Sessions are taught in Arabic… مرحبا بكم…") and a heading that
// is Arabic first and English after keep P2's answer. The characters are
// looked for in the block's first piece. Code is left to right whatever
// it holds, as in every browser and in glow.
func direction(doc *reader.Document, b reader.Block, code bool) bidi.Direction {
	switch {
	case code || b.Dir == reader.DirLTR:
		return bidi.LTR
	case b.Dir == reader.DirRTL:
		return bidi.RTL
	}
	start, end := blockRange(doc, b)
	s := strongOf(doc.Text[start:min(end, start+PieceSize)])
	rtl := s.firstRTL
	switch {
	case s.ltr+s.rtl == 0:
		rtl = doc.Dir == reader.DirRTL
	case doc.Dir == reader.DirRTL && s.rtl > s.ltr:
		rtl = true
	case doc.Dir == reader.DirLTR && s.ltr > s.rtl:
		rtl = false
	}
	if rtl {
		return bidi.RTL
	}
	return bidi.LTR
}

// paragraph resolves the bidi levels of the text of block b between start
// and end (the block or a piece of it) in the block's direction. Soft
// breaks are spaces to the bidi algorithm, so that one block is one
// paragraph.
func paragraph(doc *reader.Document, b reader.Block, start, end int, code bool) para {
	text := doc.Text[start:end]
	if !code && strings.ContainsAny(text, "\n\r\v\f") {
		text = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\v' || r == '\f' {
				return ' '
			}
			return r
		}, text)
	}
	return para{p: bidi.Resolve(text, direction(doc, b, code)), base: start}
}

// strong counts the strong characters of a text (letters of left-to-right
// and right-to-left scripts, which decide a paragraph's direction).
type strong struct {
	ltr, rtl int
	firstRTL bool // the first one is right to left
}

// strongOf counts the strong characters of text.
func strongOf(text string) strong {
	var s strong
	for i := 0; i < len(text); {
		p, n := xbidi.LookupString(text[i:])
		switch p.Class() {
		case xbidi.L:
			s.ltr++
		case xbidi.R, xbidi.AL:
			s.firstRTL = s.firstRTL || s.ltr == 0 && s.rtl == 0
			s.rtl++
		}
		i += max(n, 1)
	}
	return s
}

// RTL reports whether the paragraph is right to left.
func (p para) RTL() bool { return p.p.RTL() }

// onlyLTR reports whether the paragraph is left to right through and
// through, so that its lines need no reordering.
func (p para) onlyLTR() bool {
	if p.p.RTL() {
		return false
	}
	for _, l := range p.p.Levels() {
		if l != 0 {
			return false
		}
	}
	return true
}

// A bidiRun is a run of a line's units, [from, to), drawn in one direction.
type bidiRun struct {
	from, to int
	rtl      bool
}

// visual returns the runs of the line us (units in logical order) in visual
// order, left to right, by rules L1 and L2 on the units' source ranges.
func (p para) visual(us []unit, base int, out []bidiRun) []bidiRun {
	start, end := us[0].off-base, us[len(us)-1].lim-base
	for _, r := range p.p.Visual(start, end) {
		// units are sorted by offset: a run's units are contiguous
		from := search(len(us), func(i int) bool { return us[i].off-base >= r.Start })
		to := search(len(us), func(i int) bool { return us[i].off-base >= r.End })
		if from < to {
			out = append(out, bidiRun{from, to, r.RTL})
		}
	}
	return out
}

// appendVisual appends the units of a line in the visual order of runs:
// an RTL run cluster by cluster from its end, with mirrored brackets
// (rule L4).
func appendVisual(dst []Cluster, us []unit, runs []bidiRun) []Cluster {
	for _, r := range runs {
		if !r.rtl {
			for _, u := range us[r.from:r.to] {
				dst = append(dst, u.Cluster)
			}
			continue
		}
		for k := r.to - 1; k >= r.from; k-- {
			dst = append(dst, mirror(us[k].Cluster))
		}
	}
	return dst
}

// mirror returns c with its first character mirrored if it is a bracket.
func mirror(c Cluster) Cluster {
	r, n := utf8.DecodeRuneInString(c.Text)
	if m := bidi.Mirror(r); m != r {
		c.Text = string(m) + c.Text[n:]
	}
	return c
}
