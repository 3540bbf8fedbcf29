package ui

import (
	"io"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// row is a list item that draws itself as one line for a list width cells
// wide (the delegate cuts what is longer).
type row interface {
	list.Item
	row(st styles, width int) string
}

// rowDelegate draws the items of the contents and the library one line
// each, with a cursor mark in front of the selected one that shows without
// colours too.
type rowDelegate struct{ st styles }

// Height is one line per item.
func (d rowDelegate) Height() int { return 1 }

// Spacing puts no blank line between items.
func (d rowDelegate) Spacing() int { return 0 }

// Update handles no messages of its own.
func (d rowDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render writes item index, cut to the list's width.
func (d rowDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	r, ok := item.(row)
	width := m.Width() - 2
	if !ok || width < 1 {
		return
	}
	line := r.row(d.st, width)
	if index == m.Index() {
		io.WriteString(w, d.st.selected.Render("> "+ansi.Truncate(line, width, "…")))
		return
	}
	io.WriteString(w, "  "+ansi.Truncate(line, width, "…"))
}

// newList returns a bubbles list of rows for a w×h screen, with qari's
// keys and extra bindings shown in its help line.
func newList(items []list.Item, st styles, w, h int, km list.KeyMap, extra ...key.Binding) list.Model {
	l := list.New(items, rowDelegate{st}, max(w, 0), max(h, 0))
	l.KeyMap = km
	// list.New copied its default styles into the paginator and never
	// styles the filter input: set both too
	l.Styles = st.list
	l.Paginator.ActiveDot = st.list.ActivePaginationDot.String()
	l.Paginator.InactiveDot = st.list.InactivePaginationDot.String()
	l.FilterInput.SetStyles(st.list.Filter)
	l.Help.Styles = st.help
	l.SetShowStatusBar(false)
	l.AdditionalShortHelpKeys = func() []key.Binding { return extra }
	sizeList(&l, w, h)
	return l
}

// sizeList sets the size of l. It narrows the filter input by the title
// bar's padding and the cursor, which list.SetSize leaves out, so the
// filter line fits the screen.
func sizeList(l *list.Model, w, h int) {
	w, h = max(w, 0), max(h, 0)
	l.SetSize(w, h)
	bar := l.Styles.TitleBar.GetHorizontalPadding()
	prompt := ansi.StringWidth(l.FilterInput.Prompt)
	l.FilterInput.SetWidth(max(w-bar-prompt-1, 1))
}

// listView draws l. While its filter is typed, the filter line is drawn as
// the search prompt draws a pattern, reordered and shaped for the screen
// with the cursor where the next letter appears: bubbles' text input shows
// Arabic in logical order, backwards in most terminals.
func listView(l *list.Model, st styles, cursor string) string {
	v := l.View()
	if l.FilterState() != list.Filtering {
		return v
	}
	first, rest, _ := strings.Cut(v, "\n")
	left, right := l.Styles.TitleBar.GetPaddingLeft(), l.Styles.TitleBar.GetPaddingRight()
	width := max(l.Width()-left-right, 1)
	p := &searchPrompt{lead: l.FilterInput.Prompt, text: []rune(l.FilterValue()), cursor: cursor}
	first = strings.Repeat(" ", left) + p.view(width, st.bidi) + strings.Repeat(" ", max(ansi.StringWidth(first)-left-width, 0))
	return first + "\n" + rest
}
