// Package theme draws laid-out lines (qari/ui/layout) in the colours of a
// glamour style, so that qari looks like glow: ANSI-styled screen lines for
// the reader view and the whole article for pipes. Styles come from
// glamour's StyleConfig (glamour's named styles or a JSON style file; see
// style.go); qari adds its own for boilerplate and for the overlays
// (search hits, quotations, highlights, the selection).
package theme

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"qari/ui/layout"
)

// Theme is a loaded style. Its methods are not safe for concurrent use
// (it caches the escape sequences of the looks it has drawn).
type Theme struct {
	cfg   styleConfig
	dark  bool
	plain bool
	marks layout.Marks
	sgr   map[lookKey]string // SGR sequence per block kind, level and style bits
	ov    []layout.Overlay   // scratch: the overlays of the line being drawn
}

// Load returns the theme named name: a glamour style name ("dark",
// "light", "notty", "dracula", "tokyo-night", "pink", "ascii"; the caller
// resolves "auto" to "dark" or "light") or the path of a glamour JSON
// style file. dark says whether the terminal background is dark; it picks
// qari's own overlay colours for a style file.
func Load(name string, dark bool) (*Theme, error) {
	cfg, ok := builtinStyle(name)
	if ok {
		switch name {
		case lightStyle:
			dark = false
		case darkStyle, draculaStyle, tokyoNightStyle:
			dark = true
		}
	} else {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("unknown style %q (not one of %s, nor a readable style file): %w", name, strings.Join(Names(), ", "), err)
		}
		if err := json.Unmarshal(data, &cfg); err != nil {
			return nil, fmt.Errorf("unable to read style file %s: %w", name, err)
		}
	}
	return &Theme{
		cfg:   cfg,
		dark:  dark,
		plain: name == noTTYStyle,
		marks: marks(&cfg),
		sgr:   make(map[lookKey]string),
	}, nil
}

// AnyBackground returns the theme for a terminal whose background colour
// qari cannot learn (tmux before 3.4 does not answer the question and
// passes no COLORFGBG): the dark style with the text in the terminal's
// own colour, which is readable on its background whatever it is, and
// headings in a blue that reads on black and on white. Everything else of
// the dark style sets its own background (code, the status bar, the
// overlays) or is a mid grey.
func AnyBackground() *Theme {
	t, err := Load(darkStyle, true)
	if err != nil {
		panic("theme: the built-in dark style: " + err.Error()) // checked by the tests
	}
	blue := "33"
	t.cfg.Document.Color = nil
	t.cfg.Heading.Color = &blue
	return t
}

// Names returns the names of the built-in styles, for help texts.
func Names() []string {
	return []string{darkStyle, lightStyle, noTTYStyle, draculaStyle, tokyoNightStyle, pinkStyle, asciiStyle}
}

// Plain reports whether the theme draws plain text without any escape
// sequence (the notty style).
func (t *Theme) Plain() bool { return t.plain }

// Marks returns the block decorations of the style (heading marks, list
// markers, quote bar, rule), for layout.Options.Marks.
func (t *Theme) Marks() layout.Marks { return t.marks }

// marks takes the decorations of a glamour style, falling back to glow's
// for those it leaves out.
func marks(c *styleConfig) layout.Marks {
	d := layout.DefaultMarks
	m := layout.Marks{
		Bullet:     or(c.Item.BlockPrefix, d.Bullet),
		Enum:       or(c.Enumeration.BlockPrefix, d.Enum),
		Rule:       or(strings.Trim(c.HorizontalRule.Format, "\n"), d.Rule),
		ListIndent: int(c.List.LevelIndent),
		CodeIndent: uintOr(c.CodeBlock.Margin, 0),
	}
	for _, in := range [...]struct {
		dst *[2]string
		p   primitive
	}{{&m.Emph, c.Emph}, {&m.Strong, c.Strong}, {&m.Code, c.Code.primitive}} {
		*in.dst = [2]string{in.p.BlockPrefix + in.p.Prefix, in.p.Suffix + in.p.BlockSuffix}
	}
	token := " "
	if c.BlockQuote.IndentToken != nil {
		token = *c.BlockQuote.IndentToken
	}
	m.Quote = strings.Repeat(token, uintOr(c.BlockQuote.Indent, 1))
	for i, h := range [...]block{c.H1, c.H2, c.H3, c.H4, c.H5, c.H6} {
		m.Heading[i] = h.Prefix
		m.HeadingEnd[i] = h.Suffix
	}
	return m
}

// or returns s, or def when s is empty.
func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// uintOr returns *u, or def when u is nil.
func uintOr(u *uint, def int) int {
	if u == nil {
		return def
	}
	return int(*u)
}
