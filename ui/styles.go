package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"qari/ui/layout"
	"qari/ui/theme"
)

// styles are the looks of qari's own chrome (status bar, lists, help),
// taken from the article's theme so that they match it. A plain theme
// gives empty styles, and the chrome then holds no escape sequence: marks
// in the text ("> ", "●") carry what colours would.
type styles struct {
	bar      lipgloss.Style // the status bar
	barTitle lipgloss.Style // the document title in the status bar
	selected lipgloss.Style // the row under the cursor in a list
	current  lipgloss.Style // the row of the section being read
	dim      lipgloss.Style // secondary text: the library's columns
	bidi     layout.Options // how chrome text is reordered and shaped (Bidi and Shape; see chromeText)
	rowsRTL  bool           // Config.RowsRTL: under BidiTerminal a right-to-left line is sent text first (see pager.view)
	help     help.Styles
	list     list.Styles
}

// newStyles derives the chrome's styles from th; rowsRTL is Config.RowsRTL.
func newStyles(th *theme.Theme, rowsRTL bool) styles {
	accent, faint, none := th.Accent(), th.Faint(), lipgloss.NewStyle()
	ls := list.DefaultStyles(true)
	ls.TitleBar = none.Padding(0, 0, 1, 2)
	ls.Title = accent
	ls.DefaultFilterCharacterMatch = accent.Underline(true)
	ls.StatusBar = faint.Padding(0, 0, 1, 2)
	ls.StatusEmpty, ls.StatusBarActiveFilter, ls.StatusBarFilterCount = faint, none, faint
	ls.NoItems = faint
	ls.PaginationStyle = none.PaddingLeft(2)
	ls.HelpStyle = none.Padding(1, 0, 0, 2)
	ls.ActivePaginationDot = accent.SetString("•")
	ls.InactivePaginationDot = faint.SetString("·")
	ls.DividerDot = faint.SetString(" • ")
	ls.Filter.Focused.Prompt, ls.Filter.Blurred.Prompt = accent, faint
	ls.Filter.Focused.Text, ls.Filter.Blurred.Text = none, none
	ls.Filter.Focused.Placeholder, ls.Filter.Blurred.Placeholder = faint, faint
	ls.Filter.Cursor = textinput.CursorStyle{Color: accent.GetForeground()}
	return styles{
		bar:      th.Status(),
		barTitle: accent.Inherit(th.Status()),
		selected: accent,
		current:  accent,
		dim:      faint,
		rowsRTL:  rowsRTL,
		help: help.Styles{
			Ellipsis:       faint,
			ShortKey:       accent,
			ShortDesc:      faint,
			ShortSeparator: faint,
			FullKey:        accent,
			FullDesc:       none,
			FullSeparator:  faint,
		},
		list: ls,
	}
}
