package layout

import (
	"strings"

	"github.com/rivo/uniseg"

	"qari/ui/layout/shape"
)

// shapeUnits replaces the letters of the Arabic units of a block (text,
// starting at byte offset base) by their contextual presentation forms, as
// terminals that do not shape need. A lam-alef ligature shows two letters
// in one cell: the unit of the lam takes over the alef's source range and
// the alef's unit goes, so that an overlay on either letter lights the
// ligature. Widths are measured again after shaping.
func shapeUnits(us []unit, text string, base int) []unit {
	if !shape.Needed(text) {
		return us
	}
	glyphs := shape.Arabic(text)
	var sb strings.Builder
	sb.Grow(len(text) + len(text)/2)
	type changed struct{ unit, from, to int }
	var shaped []changed
	out := us[:0]
	g := 0
	for k := 0; k < len(us); k++ {
		u := us[k]
		if u.Start < 0 { // a quotation mark: not from the text
			out = append(out, u)
			continue
		}
		from := sb.Len()
		lim := u.lim
		for ; g < len(glyphs) && glyphs[g].Start+base < u.lim; g++ {
			sb.WriteRune(glyphs[g].Rune)
			lim = max(lim, glyphs[g].End+base)
		}
		for k+1 < len(us) && us[k+1].Start >= 0 && us[k+1].lim <= lim { // letters inside a ligature
			k++
			u.brk = us[k].brk
			for ; g < len(glyphs) && glyphs[g].Start+base < us[k].lim; g++ {
				sb.WriteRune(glyphs[g].Rune)
			}
		}
		u.lim, u.End = lim, lim
		if sb.String()[from:] != text[u.off-base:u.lim-base] {
			shaped = append(shaped, changed{len(out), from, sb.Len()})
		}
		out = append(out, u)
	}
	s := sb.String()
	for _, c := range shaped {
		u := &out[c.unit]
		u.Text = s[c.from:c.to]
		u.Width = uniseg.StringWidth(u.Text)
	}
	return out
}
