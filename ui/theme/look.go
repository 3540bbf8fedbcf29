package theme

import (
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/ui/layout"
)

// look is the appearance of a cell: colours as glamour writes them ("252",
// "#f8f8f2", "" for the terminal's default) and attributes.
type look struct {
	fg, bg                                          string
	bold, italic, underline, faint, strike, reverse bool
}

// apply lays the settings of a glamour style primitive over l.
func (l look) apply(p primitive) look {
	if p.Color != nil {
		l.fg = *p.Color
	}
	if p.BackgroundColor != nil {
		l.bg = *p.BackgroundColor
	}
	set := func(dst *bool, v *bool) {
		if v != nil {
			*dst = *v
		}
	}
	set(&l.bold, p.Bold)
	set(&l.italic, p.Italic)
	set(&l.underline, p.Underline)
	set(&l.faint, p.Faint)
	set(&l.strike, p.CrossedOut)
	set(&l.reverse, p.Inverse)
	return l
}

// sgr returns the escape sequence that resets the terminal's attributes
// and sets l's, in one SGR.
func (l look) sgr() string {
	s := xansi.NewStyle().Reset()
	if l.bold {
		s = s.Bold()
	}
	if l.faint {
		s = s.Faint()
	}
	if l.italic {
		s = s.Italic(true)
	}
	if l.underline {
		s = s.Underline(true)
	}
	if l.strike {
		s = s.Strikethrough(true)
	}
	if l.reverse {
		s = s.Reverse(true)
	}
	if l.fg != "" {
		s = s.ForegroundColor(lipgloss.Color(l.fg))
	}
	if l.bg != "" {
		s = s.BackgroundColor(lipgloss.Color(l.bg))
	}
	return s.String()
}

// lookKey is what decides a cell's look.
type lookKey struct {
	kind  reader.BlockKind
	level uint8
	style layout.Style
}

// overlays are qari's own styles, lowest precedence first: a highlight
// shows over the quotation it marks, a search hit inside either, the
// selection over everything.
var overlays = [...]layout.Style{
	layout.StyleQuote,
	layout.StyleCurrentQuote,
	layout.StyleHighlight,
	layout.StyleMatch,
	layout.StyleCurrentMatch,
	layout.StyleSelection,
}

// look returns the appearance of a cell with style bits st in a block of
// the given kind and level: the document's colour, the block's glamour
// style, the inline styles, then qari's overlays.
func (t *Theme) look(k lookKey) look {
	c := &t.cfg
	l := look{}.apply(c.Document.primitive).apply(c.Text)
	switch k.kind {
	case reader.Title:
		l = l.apply(c.Heading.primitive).apply(c.H1.primitive)
	case reader.Heading:
		l = l.apply(c.Heading.primitive).apply(heading(c, k.level).primitive)
	case reader.Blockquote:
		l = l.apply(c.BlockQuote.primitive)
	case reader.ListItem:
		l = l.apply(c.List.primitive)
		if k.style&layout.StyleDecoration != 0 {
			l = l.apply(c.Item)
		}
	case reader.Code:
		l = l.apply(c.CodeBlock.primitive)
	case reader.Rule:
		l = l.apply(c.HorizontalRule)
	default:
		l = l.apply(c.Paragraph.primitive)
	}
	if k.style&layout.StyleItalic != 0 {
		l = l.apply(c.Emph)
	}
	if k.style&layout.StyleBold != 0 {
		l = l.apply(c.Strong)
	}
	if k.style&layout.StyleLink != 0 {
		l = l.apply(c.LinkText)
	}
	if k.style&layout.StyleCode != 0 {
		l = l.apply(c.Code.primitive)
	}
	if k.style&layout.StyleDim != 0 {
		l = l.apply(t.own(layout.StyleDim))
	}
	for _, o := range overlays {
		if k.style&o != 0 {
			l = l.apply(t.own(o))
		}
	}
	return l
}

// heading returns glamour's style of a heading of level lvl (1–6).
func heading(c *styleConfig, lvl uint8) block {
	switch lvl {
	case 0, 1:
		return c.H1
	case 2:
		return c.H2
	case 3:
		return c.H3
	case 4:
		return c.H4
	case 5:
		return c.H5
	}
	return c.H6
}

// own returns qari's style for a style bit that glamour has no style for,
// in colours readable on the theme's background: overlays set a
// background and a foreground that contrasts with it.
func (t *Theme) own(st layout.Style) primitive {
	yes := true
	p := func(fg, bg string) primitive {
		return primitive{Color: &fg, BackgroundColor: &bg}
	}
	dark := t.dark
	switch st {
	case layout.StyleDim:
		fg := "244"
		if !dark {
			fg = "246"
		}
		return primitive{Color: &fg, Faint: &yes}
	case layout.StyleMatch:
		return p("0", "220") // black on yellow, as less and vim
	case layout.StyleCurrentMatch:
		s := p("0", "208") // black on orange
		s.Bold = &yes
		return s
	case layout.StyleQuote:
		if dark {
			return p("195", "24") // light cyan on deep blue
		}
		return p("17", "153") // navy on light blue
	case layout.StyleCurrentQuote:
		s := p("231", "31") // white on teal
		if !dark {
			s = p("16", "117")
		}
		s.Bold = &yes
		return s
	case layout.StyleHighlight:
		if dark {
			return p("225", "90") // pink on plum
		}
		return p("53", "225") // plum on pink
	case layout.StyleSelection:
		return primitive{Inverse: &yes}
	}
	return primitive{}
}
