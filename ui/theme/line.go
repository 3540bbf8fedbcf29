package theme

import (
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
	ov = near(ov, l.Start, l.End)
	sb.Grow(width + len(l.Clusters)*4)
	col := min(max(l.Indent, 0), width)
	sb.WriteString(blanks(col))
	cur := ""
	for _, c := range l.Clusters {
		if col+c.Width > width {
			break
		}
		if !t.plain {
			if s := t.seq(l, c, ov); s != cur {
				if s == "" {
					s = reset
				}
				sb.WriteString(s)
				cur = s
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

// seq returns the escape sequence that draws cluster c of line l; "" for
// the terminal's default look.
func (t *Theme) seq(l layout.Line, c layout.Cluster, ov []layout.Overlay) string {
	st := c.Style
	if c.Start >= 0 {
		for _, o := range ov {
			if o.Start < c.End && c.Start < o.End {
				st |= o.Style
			}
		}
	}
	k := lookKey{kind: l.Kind, level: l.Level, style: st}
	s, ok := t.sgr[k]
	if !ok {
		if lk := t.look(k); lk != (look{}) {
			s = lk.sgr()
		}
		t.sgr[k] = s
	}
	return s
}

// near returns the overlays that may intersect [start, end): those that
// start before end (ov is sorted by Start), without the ones at the front
// that end before start.
func near(ov []layout.Overlay, start, end int) []layout.Overlay {
	lo, hi := 0, len(ov)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ov[m].Start < end {
			lo = m + 1
		} else {
			hi = m
		}
	}
	ov = ov[:lo]
	for len(ov) > 0 && ov[0].End <= start {
		ov = ov[1:]
	}
	return ov
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
