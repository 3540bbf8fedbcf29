package theme

import (
	"charm.land/lipgloss/v2"

	"qari/ui/layout"
)

// Status returns the style of the status bar: muted text on a bar a shade
// off the background, as glow's pager draws it. Plain themes get no style.
func (t *Theme) Status() lipgloss.Style {
	if t.plain {
		return lipgloss.NewStyle()
	}
	if t.dark {
		return lipgloss.NewStyle().Foreground(lipgloss.Color("252")).Background(lipgloss.Color("236"))
	}
	return lipgloss.NewStyle().Foreground(lipgloss.Color("236")).Background(lipgloss.Color("254"))
}

// Accent returns the style of what the eye should find first in the
// status bar and the table of contents (the current section): the style's
// heading colour, bold.
func (t *Theme) Accent() lipgloss.Style {
	if t.plain {
		return lipgloss.NewStyle()
	}
	return look{}.apply(t.cfg.Heading.primitive).style().Bold(true)
}

// Faint returns the style of secondary text (counts, hints, the help
// bar): the colour boilerplate is dimmed to.
func (t *Theme) Faint() lipgloss.Style {
	if t.plain {
		return lipgloss.NewStyle()
	}
	return look{}.apply(t.own(layout.StyleDim)).style()
}

// Heading returns the style of a heading of level 1–6 (for the table of
// contents), without its marks.
func (t *Theme) Heading(level int) lipgloss.Style {
	if t.plain {
		return lipgloss.NewStyle()
	}
	h := heading(&t.cfg, uint8(min(max(level, 1), 6)))
	return look{}.apply(t.cfg.Heading.primitive).apply(h.primitive).style()
}

// style converts a look to a lipgloss style.
func (l look) style() lipgloss.Style {
	s := lipgloss.NewStyle().Bold(l.bold).Italic(l.italic).Underline(l.underline).
		Faint(l.faint).Strikethrough(l.strike).Reverse(l.reverse)
	if l.fg != "" {
		s = s.Foreground(lipgloss.Color(l.fg))
	}
	if l.bg != "" {
		s = s.Background(lipgloss.Color(l.bg))
	}
	return s
}
