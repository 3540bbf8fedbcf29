package theme

import (
	"sort"
	"strings"

	"qari/ui/layout"
)

// reset ends every styled line.
const reset = "\x1b[m"

// Line draws one screen line: l's indent, its clusters with their styles
// and the overlays that intersect their source ranges, then blanks up to
// exactly width cells (clusters that do not fit are cut). Overlays are
// sorted by Start. A plain theme draws text without escape sequences.
func (t *Theme) Line(l layout.Line, ov []layout.Overlay, width int) string {
	var sb strings.Builder
	t.draw(&sb, l, ov, width, true)
	return sb.String()
}

// draw writes line l to sb; pad fills the line up to width with blanks.
func (t *Theme) draw(sb *strings.Builder, l layout.Line, ov []layout.Overlay, width int, pad bool) {
	width = max(width, 0)
	ov = t.near(ov, l.Start, l.End)
	sb.Grow(width + len(l.Clusters)*4)
	col := min(max(l.Indent, 0), width)
	sb.WriteString(blanks(col))
	cur := ""
	last := lookKey{kind: l.Kind, level: l.Level}
	known := false // last.style is the style of the cluster before, drawn with cur
	for _, c := range l.Clusters {
		if col+c.Width > width {
			break
		}
		// neighbouring clusters mostly share their style: only a change
		// costs a look-up of its sequence
		if st := c.Style; !t.plain {
			if st = t.style(c, ov); !known || st != last.style {
				last.style, known = st, true
				if s := t.seq(last); s != cur {
					if s == "" {
						s = reset
					}
					sb.WriteString(s)
					cur = s
				}
			}
		}
		sb.WriteString(c.Text)
		col += c.Width
	}
	if cur != "" && cur != reset {
		sb.WriteString(reset)
	}
	if pad {
		sb.WriteString(blanks(width - col))
	}
}

// style returns the style bits of cluster c with the overlays ov that
// intersect its source range.
func (t *Theme) style(c layout.Cluster, ov []layout.Overlay) layout.Style {
	st := c.Style
	if c.Start >= 0 {
		for _, o := range ov {
			if o.Start < c.End && c.Start < o.End {
				st |= o.Style
			}
		}
	}
	return st
}

// seq returns the escape sequence that draws a cell of look k; "" for the
// terminal's default look.
func (t *Theme) seq(k lookKey) string {
	s, ok := t.sgr[k]
	if !ok {
		if lk := t.look(k); lk != (look{}) {
			s = lk.sgr()
		}
		t.sgr[k] = s
	}
	return s
}

// near returns the overlays that intersect [start, end), in a slice the
// theme reuses. ov is sorted by Start, so those that start at or past end
// are cut by a binary search; of the rest, a long quotation may start far
// before the line, so each is checked once (a comparison each, per line,
// not per cell).
func (t *Theme) near(ov []layout.Overlay, start, end int) []layout.Overlay {
	hi := sort.Search(len(ov), func(i int) bool { return ov[i].Start >= end })
	t.ov = t.ov[:0]
	for _, o := range ov[:hi] {
		if o.End > start {
			t.ov = append(t.ov, o)
		}
	}
	return t.ov
}

// blanks returns n spaces.
func blanks(n int) string {
	const many = "                                                                                                                                "
	if n <= 0 {
		return ""
	}
	if n <= len(many) {
		return many[:n]
	}
	return strings.Repeat(" ", n)
}
