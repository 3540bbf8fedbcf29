package layout

import (
	"slices"
	"strings"

	"github.com/rivo/uniseg"

	"qari/reader"
)

// TabWidth is the distance between tab stops, in cells, counted from the
// start of a line's text (after its decorations), as in less and most
// terminals.
const TabWidth = 8

// spaces holds the text a tab expands to.
const spaces = "        "

// A unit is one grapheme cluster of a block in logical order, with what the
// wrapper needs to know about it.
type unit struct {
	Cluster
	off, lim int  // source byte range; Cluster.Start/End are -1 for decorations, these never are
	brk      int  // uniseg's line-break class after the unit (LineDontBreak, LineCanBreak, LineMustBreak)
	space    bool // white space that may hang past the end of a wrapped line
	tab      bool // a tab: its width depends on the column it lands in
	newline  bool // ends a line of a code block; not shown
}

// segment splits text, which starts at byte offset base of Document.Text,
// into units appended to us. In a code block line terminators end lines;
// elsewhere they are soft breaks shown as a space. Control characters that
// slipped past the loader become visible symbols.
func segment(us []unit, text string, base int, code bool) []unit {
	state := -1
	off := base
	for len(text) > 0 {
		c, rest, b, st := uniseg.StepString(text, state)
		state = st
		u := unit{
			Cluster: Cluster{Text: c, Start: off, End: off + len(c), Width: b >> uniseg.ShiftWidth},
			off:     off,
			lim:     off + len(c),
			brk:     b & uniseg.MaskLine,
		}
		switch {
		case isTerminator(c):
			if code {
				u.Text, u.Width, u.newline, u.brk = "", 0, true, uniseg.LineMustBreak
			} else {
				u.Text, u.Width, u.space, u.brk = " ", 1, true, uniseg.LineCanBreak
			}
		case c == "\t":
			u.tab, u.space = true, !code
		case c == " ":
			u.space = !code
		default:
			if t, ok := printable(c); !ok {
				u.Text, u.Width = t, uniseg.StringWidth(t)
			}
		}
		us = append(us, u)
		off += len(c)
		text = rest
	}
	return us
}

// isTerminator reports whether a cluster ends a line (UAX #14 classes BK,
// CR, LF, NL).
func isTerminator(c string) bool {
	switch c {
	case "\n", "\r\n", "\r", "\v", "\f", "\u0085", "\u2028", "\u2029":
		return true
	}
	return false
}

// printable returns c with every control character replaced by a visible
// symbol (C0 by its Control Picture, DEL by ␡, C1 and bidi formatting
// characters by U+FFFD), and whether c was already printable.
func printable(c string) (string, bool) {
	clean := true
	for i := 0; i < len(c); i++ {
		if b := c[i]; b < 0x20 || b == 0x7f || b >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return c, true
	}
	clean = true
	for _, r := range c {
		if control(r) {
			clean = false
			break
		}
	}
	if clean {
		return c, true
	}
	var sb strings.Builder
	for _, r := range c {
		switch {
		case r < 0x20:
			sb.WriteRune(0x2400 + r)
		case r == 0x7f:
			sb.WriteRune('␡')
		case control(r):
			sb.WriteRune('\uFFFD')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String(), false
}

// control reports whether r must never reach the terminal: C0 and C1
// controls, DEL, and the bidi embedding, override, isolate and mark
// characters (a reordering terminal would obey them).
func control(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// spanStyles are the style bits of each span kind.
var spanStyles = [...]Style{
	reader.Emphasis:    StyleItalic,
	reader.Strong:      StyleBold,
	reader.InlineCode:  StyleCode,
	reader.Link:        StyleLink,
	reader.InlineQuote: 0,
}

// styleSpans sets the style bits of the spans of doc over [start, end) (a
// block that starts at block, or a piece of it) on the units they cover,
// and returns the units with the marks of inline spans inserted: the
// theme's (m.Emph, m.Strong, m.Code: glamour's ascii style writes
// *emphasis*, its dark style pads code with blanks) and quotation marks
// around inline quotations (HTML <q>, whose marks are not in Text): “ ” in
// a left-to-right paragraph, « » in a right-to-left one.
func styleSpans(us []unit, doc *reader.Document, block, start, end int, rtl bool, m *Marks) []unit {
	lo, hi := spanRange(doc.Spans, block, end)
	quote := [2]string{"“", "”"}
	if rtl {
		quote = [2]string{"«", "»"}
	}
	marksOf := func(k reader.SpanKind) [2]string {
		switch k {
		case reader.Emphasis:
			return m.Emph
		case reader.Strong:
			return m.Strong
		case reader.InlineCode:
			return m.Code
		case reader.InlineQuote:
			return quote
		}
		return [2]string{}
	}
	var opens, closes []unit
	for _, sp := range doc.Spans[lo:hi] {
		if sp.End <= start {
			continue
		}
		if int(sp.Kind) < len(spanStyles) && spanStyles[sp.Kind] != 0 {
			for k := unitAt(us, sp.Start); k < len(us) && us[k].off < sp.End; k++ {
				us[k].Style |= spanStyles[sp.Kind]
			}
		}
		if mk := marksOf(sp.Kind); mk[0] != "" && sp.Start < sp.End && sp.Start >= start {
			opens = append(opens, mark(mk[0], spanStyles[sp.Kind], sp.Start, sp.Start))
		}
	}
	for k := hi - 1; k >= lo; k-- { // inner spans close first
		sp := doc.Spans[k]
		if mk := marksOf(sp.Kind); mk[1] != "" && sp.Start < sp.End && sp.End > start && sp.End <= end {
			closes = append(closes, mark(mk[1], spanStyles[sp.Kind], sp.End-1, sp.End))
		}
	}
	if len(opens)+len(closes) == 0 {
		return us
	}
	slices.SortStableFunc(closes, func(a, b unit) int { return a.off - b.off })
	return insertMarks(us, opens, closes)
}

// spanRange returns the indices of the spans that start in [start, end).
func spanRange(spans []reader.Span, start, end int) (int, int) {
	lo := search(len(spans), func(i int) bool { return spans[i].Start >= start })
	hi := lo + search(len(spans)-lo, func(i int) bool { return spans[lo+i].Start >= end })
	return lo, hi
}

// unitAt returns the index of the first unit that ends after byte offset off.
func unitAt(us []unit, off int) int {
	return search(len(us), func(i int) bool { return us[i].lim > off })
}

// search returns the smallest i in [0, n) for which f is true, or n, like
// sort.Search.
func search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if f(m) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// mark returns a decoration unit for the mark of an inline span (of
// style st) that stands for the source range [off, lim): the first byte of
// the span for its opening mark, the last for its closing one, so that
// bidi reordering keeps each mark with the span's text.
func mark(text string, st Style, off, lim int) unit {
	text, _ = printable(text)
	return unit{
		Cluster: Cluster{Text: text, Start: -1, End: -1, Width: uniseg.StringWidth(text), Style: st | StyleDecoration},
		off:     off,
		lim:     lim,
		brk:     uniseg.LineDontBreak,
	}
}

// insertMarks merges quotation marks into us: each opening mark before the
// unit its offset is in, each closing mark after it. An opening mark keeps
// to the word after it and a closing one to the word before it: the break
// opportunity after that word moves past the closing mark.
func insertMarks(us, opens, closes []unit) []unit {
	out := make([]unit, 0, len(us)+len(opens)+len(closes))
	o, c := 0, 0
	for _, u := range us {
		for ; o < len(opens) && opens[o].off < u.lim; o++ {
			out = append(out, opens[o])
		}
		out = append(out, u)
		for ; c < len(closes) && closes[c].off < u.lim; c++ {
			k := closes[c]
			k.brk, out[len(out)-1].brk = out[len(out)-1].brk, uniseg.LineDontBreak
			out = append(out, k)
		}
	}
	out = append(out, opens[o:]...)
	return append(out, closes[c:]...)
}
