package layout

// Marks are the decorations a layout draws around blocks: heading marks,
// list markers, quote bars and rules. They come from a glamour style (see
// theme.Theme.Marks); the zero value stands for DefaultMarks.
type Marks struct {
	Heading    [6]string // before each line of a heading of level 1–6; level 1 is also the Title's
	HeadingEnd [6]string // after each line of a heading (glamour's H1 pads its background with " ")
	Bullet     string    // before the first line of a bulleted list item
	Enum       string    // after the number of an ordered list item ("1" + ". ")
	Quote      string    // before every line of a blockquote, once per nesting level
	Rule       string    // a thematic break
	ListIndent int       // cells per list nesting level
	CodeIndent int       // cells before every line of a code block
	Emph       [2]string // before and after emphasis ("*" in glamour's ascii style)
	Strong     [2]string // before and after strong text ("**" in glamour's ascii style)
	Code       [2]string // before and after inline code (a blank that takes its background in glamour's dark style)
}

// DefaultMarks are the decorations of glamour's dark style, which glow
// shows by default.
var DefaultMarks = Marks{
	Heading:    [6]string{" ", "## ", "### ", "#### ", "##### ", "###### "},
	HeadingEnd: [6]string{" "},
	Bullet:     "• ",
	Enum:       ". ",
	Quote:      "│ ",
	Rule:       "--------",
	ListIndent: 2,
	CodeIndent: 2,
	Code:       [2]string{"\u00a0", "\u00a0"}, // non-breaking, as glamour pads
}

// marks returns the decorations the options ask for.
func (o Options) marks() *Marks {
	if o.Marks == (Marks{}) {
		return &DefaultMarks
	}
	return &o.Marks
}

// width returns the text column, at least one cell.
func (o Options) width() int {
	return max(o.Width, 1)
}
