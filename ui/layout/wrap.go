package layout

import "github.com/rivo/uniseg"

// A span of units that makes one line: units[from:to] are shown and
// units[to:next] are the white space hanging past the line's end, or the
// line terminator of a code line.
type lineRange struct{ from, to, next int }

// wrap breaks units into lines of at most width cells, in logical order.
//
// Prose breaks greedily at the opportunities of Unicode line breaking
// (UAX #14, as uniseg finds them); white space at the end of a line hangs
// past the edge and is not shown; a word longer than the line is broken
// between grapheme clusters. Code breaks only at its own line terminators
// and, when a line is too long, hard at the width, keeping every space.
// Tabs expand to the next multiple of TabWidth from the line's start, or
// to the edge of the line when the stop is past it.
// Like fzf's WrapLine, this is width in, lines out, nothing else.
func wrap(us []unit, width int, code bool, out []lineRange) []lineRange {
	i := 0
lines:
	for i < len(us) {
		from, w, brk := i, 0, -1
		for i < len(us) {
			u := &us[i]
			if u.newline {
				out = append(out, lineRange{from, i, i + 1})
				i++
				continue lines
			}
			if u.tab { // to the next stop, but never past the edge
				u.Width = max(min(TabWidth-w%TabWidth, width-w), 1)
				u.Text = spaces[:u.Width]
			}
			if w+u.Width > width && i > from {
				if u.space {
					for i < len(us) && us[i].space {
						i++
					}
				} else if brk > from {
					i = brk
				}
				break
			}
			w += u.Width
			i++
			if u.brk != uniseg.LineDontBreak && !code {
				brk = i
			}
		}
		out = append(out, lineRange{from, trimSpace(us, from, i), i})
	}
	return out
}

// trimSpace returns the end of units[from:to] without its trailing hanging
// white space.
func trimSpace(us []unit, from, to int) int {
	for to > from && us[to-1].space {
		to--
	}
	return to
}
