package theme

import (
	"embed"
	"encoding/json"
	"fmt"
)

// The parts of a glamour style (charm.land/glamour/v2/ansi.StyleConfig)
// that qari draws with, under glamour's JSON names, so that a glamour JSON
// style file reads the same. They are declared here rather than taken
// from glamour's ansi package because that package's import alone costs
// every start of qari about 15 ms: it pulls in chroma, whose lexers and
// styles are built at package initialisation, though qari never
// highlights code. builtin holds glamour's named styles in this form;
// TestBuiltinStylesAreGlamours checks them against glamour's own.

// primitive is glamour's StylePrimitive: an element's colours,
// attributes and the text around it.
type primitive struct {
	BlockPrefix     string  `json:"block_prefix,omitempty"`
	BlockSuffix     string  `json:"block_suffix,omitempty"`
	Prefix          string  `json:"prefix,omitempty"`
	Suffix          string  `json:"suffix,omitempty"`
	Color           *string `json:"color,omitempty"`
	BackgroundColor *string `json:"background_color,omitempty"`
	Underline       *bool   `json:"underline,omitempty"`
	Bold            *bool   `json:"bold,omitempty"`
	Italic          *bool   `json:"italic,omitempty"`
	CrossedOut      *bool   `json:"crossed_out,omitempty"`
	Faint           *bool   `json:"faint,omitempty"`
	Inverse         *bool   `json:"inverse,omitempty"`
	Format          string  `json:"format,omitempty"`
}

// block is glamour's StyleBlock: a primitive with an indentation.
type block struct {
	primitive
	Indent      *uint   `json:"indent,omitempty"`
	IndentToken *string `json:"indent_token,omitempty"`
	Margin      *uint   `json:"margin,omitempty"`
}

// listBlock is glamour's StyleList.
type listBlock struct {
	block
	LevelIndent uint `json:"level_indent,omitempty"`
}

// styleConfig is glamour's StyleConfig, the elements qari draws.
type styleConfig struct {
	Document   block     `json:"document,omitempty"`
	BlockQuote block     `json:"block_quote,omitempty"`
	Paragraph  block     `json:"paragraph,omitempty"`
	List       listBlock `json:"list,omitempty"`

	Heading block `json:"heading,omitempty"`
	H1      block `json:"h1,omitempty"`
	H2      block `json:"h2,omitempty"`
	H3      block `json:"h3,omitempty"`
	H4      block `json:"h4,omitempty"`
	H5      block `json:"h5,omitempty"`
	H6      block `json:"h6,omitempty"`

	Text           primitive `json:"text,omitempty"`
	Emph           primitive `json:"emph,omitempty"`
	Strong         primitive `json:"strong,omitempty"`
	HorizontalRule primitive `json:"hr,omitempty"`

	Item        primitive `json:"item,omitempty"`
	Enumeration primitive `json:"enumeration,omitempty"`

	LinkText primitive `json:"link_text,omitempty"`

	Code      block `json:"code,omitempty"`
	CodeBlock block `json:"code_block,omitempty"`
}

// The names of glamour's built-in styles.
const (
	asciiStyle      = "ascii"
	darkStyle       = "dark"
	draculaStyle    = "dracula"
	tokyoNightStyle = "tokyo-night"
	lightStyle      = "light"
	noTTYStyle      = "notty"
	pinkStyle       = "pink"
)

// builtin holds glamour's built-in styles as styleConfig JSON, one file a
// style (see TestBuiltinStylesAreGlamours, which writes them with -update).
//
//go:embed styles/*.json
var builtin embed.FS

// builtinStyle returns the built-in style called name, and false when
// there is none.
func builtinStyle(name string) (styleConfig, bool) {
	var c styleConfig
	data, err := builtin.ReadFile("styles/" + name + ".json")
	if err != nil {
		return c, false
	}
	if err := json.Unmarshal(data, &c); err != nil {
		panic(fmt.Sprintf("theme: built-in style %s: %v", name, err)) // checked by the tests
	}
	return c, true
}
