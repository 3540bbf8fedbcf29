// Package common holds what qari's list panels share (ui/contents,
// ui/links, ui/quotes, ui/highlights), as soft-serve's ui/common does for
// its components: the Styles a host gives them, a bubbles list drawn one
// line a row (NewList, Row) with its filter line drawn right to left
// (ListView), SizeList and Frame, and the text helpers that keep an
// article's text to one line of a row (OneLine, Clip, Excerpt).
package common

import (
	"io"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Styles is how a panel looks, from the host's theme. A plain theme
// gives empty styles: marks in the text ("> ", "●") carry what colours
// would.
type Styles struct {
	List     list.Styles
	Help     help.Styles
	Selected lipgloss.Style // the row under the cursor
	Current  lipgloss.Style // the row of the section, quotation or highlight being read
	// Text draws s, one line, in at most width cells, reordered and
	// shaped for the terminal and free of control sequences.
	Text func(s string, width int) string
	// Filter draws the filter being typed, lead then pattern, in
	// exactly width cells, as the host's search prompt draws a pattern:
	// reordered and shaped, with the cursor where the next letter goes.
	Filter func(lead, pattern string, width int) string
}

// Row is a list item that draws itself as one line for a list width
// cells wide (the delegate cuts what is longer).
type Row interface {
	list.Item
	Row(st Styles, width int) string
}

// delegate draws the rows of a list one line each, with a cursor mark
// in front of the selected one that shows without colours too.
type delegate struct{ st Styles }

// Height is one line per item.
func (d delegate) Height() int { return 1 }

// Spacing puts no blank line between items.
func (d delegate) Spacing() int { return 0 }

// Update handles no messages of its own.
func (d delegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render writes item index, cut to the list's width.
func (d delegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	r, ok := item.(Row)
	width := m.Width() - 2
	if !ok || width < 1 {
		return
	}
	line := r.Row(d.st, width)
	if index == m.Index() {
		io.WriteString(w, d.st.Selected.Render("> "+ansi.Truncate(line, width, "…")))
		return
	}
	io.WriteString(w, "  "+ansi.Truncate(line, width, "…"))
}

// NewList returns a bubbles list of rows for a w×h screen, moved by km,
// with extra bindings shown in its help line.
func NewList(items []list.Item, st Styles, w, h int, km list.KeyMap, extra ...key.Binding) list.Model {
	l := list.New(items, delegate{st}, max(w, 0), max(h, 0))
	l.KeyMap = km
	// list.New copied its default styles into the paginator and never
	// styles the filter input: set both too
	l.Styles = st.List
	l.Paginator.ActiveDot = st.List.ActivePaginationDot.String()
	l.Paginator.InactiveDot = st.List.InactivePaginationDot.String()
	l.FilterInput.SetStyles(st.List.Filter)
	l.Help.Styles = st.Help
	l.SetShowStatusBar(false)
	l.AdditionalShortHelpKeys = func() []key.Binding { return extra }
	SizeList(&l, w, h)
	return l
}

// SizeList sets the size of l. It narrows the filter input by the title
// bar's padding and the cursor, which list.SetSize leaves out, so the
// filter line fits the screen.
func SizeList(l *list.Model, w, h int) {
	w, h = max(w, 0), max(h, 0)
	l.SetSize(w, h)
	bar := l.Styles.TitleBar.GetHorizontalPadding()
	prompt := ansi.StringWidth(l.FilterInput.Prompt)
	l.FilterInput.SetWidth(max(w-bar-prompt-1, 1))
}

// ListView draws l. While its filter is typed, the filter line is drawn
// by st.Filter, reordered and shaped for the screen with the cursor where
// the next letter appears: bubbles' text input shows Arabic in logical
// order, backwards in most terminals.
func ListView(l *list.Model, st Styles) string {
	v := l.View()
	if l.FilterState() != list.Filtering {
		return v
	}
	first, rest, _ := strings.Cut(v, "\n")
	left, right := l.Styles.TitleBar.GetPaddingLeft(), l.Styles.TitleBar.GetPaddingRight()
	width := max(l.Width()-left-right, 1)
	first = strings.Repeat(" ", left) + st.Filter(l.FilterInput.Prompt, l.FilterValue(), width) + strings.Repeat(" ", max(ansi.StringWidth(first)-left-width, 0))
	return first + "\n" + rest
}

// Frame fits s to exactly h lines of exactly w cells, cutting or padding;
// trailing blanks go first, so only text is ever cut.
func Frame(s string, w, h int) string {
	if w < 1 || h < 1 {
		return ""
	}
	lines := strings.Split(s, "\n")
	out := make([]string, h)
	for i := range out {
		var l string
		if i < len(lines) {
			l = ansi.Truncate(strings.TrimRight(lines[i], " "), w, "…")
		}
		out[i] = l + strings.Repeat(" ", w-ansi.StringWidth(l))
	}
	return strings.Join(out, "\n")
}

// Clip is OneLine(s) for a room of cells cells: a long s is cut (at its
// logical end, marked with an ellipsis) to a few bytes a cell before it
// is copied, so that drawing a title or a heading costs the screen's
// width, however long the text.
func Clip(s string, cells int) string {
	n := 8 * max(cells, 1) // room for letters with their marks
	if len(s) <= n {
		return OneLine(s)
	}
	return OneLine(Excerpt(s, n)) + "…"
}

// OneLine makes s fit on one line: control characters, line and
// paragraph separators become spaces.
func OneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
}

// Excerpt returns at most the first n bytes of s, cut between
// characters: a row never copies a long text whole.
func Excerpt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Panel is what every list panel is made of, for a component to embed:
// its List, drawn with St, and Ask, what its last key asked the host for
// (Asked). It gives the component SetSize, Front, Asked and View.
type Panel struct {
	List list.Model
	St   Styles
	Ask  tea.Msg
}

// SetSize fits the panel to a w×h screen.
func (p *Panel) SetSize(w, h int) { SizeList(&p.List, w, h) }

// Front is the list on screen, for the mouse wheel.
func (p *Panel) Front() *list.Model { return &p.List }

// Asked returns, once, what the last key asked the host for; nil when it
// asked nothing. The host asks right after Update.
func (p *Panel) Asked() tea.Msg {
	a := p.Ask
	p.Ask = nil
	return a
}

// Filtering reports whether a filter is being typed: the keys are its.
func (p *Panel) Filtering() bool { return p.List.FilterState() == list.Filtering }

// Unfiltered reports whether no filter is typed or applied: Esc closes.
func (p *Panel) Unfiltered() bool { return p.List.FilterState() == list.Unfiltered }

// UpdateList passes msg (a key of the list's, a filter's results, a
// cursor's blink) to the list.
func (p *Panel) UpdateList(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.List, cmd = p.List.Update(msg)
	return cmd
}

// View draws the panel, the filter being typed reordered for the screen
// (ListView).
func (p *Panel) View() string { return ListView(&p.List, p.St) }
