// Package help is qari's help screen, a Bubble Tea component in the
// manner of soft-serve's: a Model with its KeyMap and SetSize that the
// root model routes keys and the mouse wheel to. It prints every key
// binding from the same key.Bindings the handlers match, its keys in a
// column and what it does beside them, wrapped where the screen is
// narrow, and scrolls as the pager does when it does not fit.
//
// It asks the host (Asked) for CloseMsg when its key, Esc or q is
// pressed.
package help

import (
	"math"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/ui/common"
)

// KeyMap is the help's keys, the host's bindings.
type KeyMap struct {
	Groups [][]key.Binding // every binding, in the order the help prints them
	Titles []string        // a heading over each group; "" or none for no heading
	Help   key.Binding     // the key that opened the help; it, Back and Quit close it
	Back   key.Binding
	Quit   key.Binding
	// the pager's keys, which scroll the help
	Down, Up, PageDown, HalfDown, PageUp, HalfUp, Top, Bottom key.Binding
}

// Styles is how the help looks, from the host's theme.
type Styles struct {
	Key  lipgloss.Style // a binding's keys
	Desc lipgloss.Style // what it does
	// Bar draws the bar at the bottom, width cells: title, then text,
	// then right flush right, as the host's status bar is drawn.
	Bar func(width int, title, text, right string) string
}

// CloseMsg (Asked) asks the host to close the help.
type CloseMsg struct{}

// Model is the help screen. Use it by pointer.
type Model struct {
	keys          KeyMap
	st            Styles
	width, height int
	top           int // the first line shown, when the help does not fit
	asked         tea.Msg
}

// New returns the help for a w×h screen, from its first line.
func New(keys KeyMap, st Styles, w, h int) *Model {
	m := &Model{keys: keys, st: st}
	m.SetSize(w, h)
	return m
}

// SetSize fits the help to a w×h screen.
func (m *Model) SetSize(w, h int) { m.width, m.height = max(w, 0), max(h, 0) }

// Top is the first line of the help on screen.
func (m *Model) Top() int { return m.top }

// Asked returns, once, what the last key asked the host for: a CloseMsg;
// nil when it asked nothing.
func (m *Model) Asked() tea.Msg {
	a := m.asked
	m.asked = nil
	return a
}

// Update scrolls the help with the pager's keys and the mouse wheel and
// asks to close it on its own key, Esc or q, as less does.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		m.scroll(m.top + wheelStep(msg.Mouse().Button))
	case tea.KeyPressMsg:
		k, room := m.keys, max(m.height-1, 1)
		switch {
		case key.Matches(msg, k.Help, k.Back, k.Quit):
			m.top, m.asked = 0, CloseMsg{}
		case key.Matches(msg, k.Down):
			m.scroll(m.top + 1)
		case key.Matches(msg, k.Up):
			m.scroll(m.top - 1)
		case key.Matches(msg, k.PageDown, k.HalfDown):
			m.scroll(m.top + room)
		case key.Matches(msg, k.PageUp, k.HalfUp):
			m.scroll(m.top - room)
		case key.Matches(msg, k.Top):
			m.top = 0
		case key.Matches(msg, k.Bottom):
			m.scroll(math.MaxInt)
		}
	}
	return nil
}

// wheelStep is a notch of the mouse wheel in the help's lines: 1 down,
// -1 up, 0 for another button.
func wheelStep(b tea.MouseButton) int {
	switch b {
	case tea.MouseWheelDown:
		return 1
	case tea.MouseWheelUp:
		return -1
	}
	return 0
}

// scroll puts line top of the help at the top of the screen, no further
// than the last screen.
func (m *Model) scroll(top int) {
	m.top = clamp(top, len(m.lines(m.width)), max(m.height-1, 1))
}

// View draws the help, from its top line on, with the way out (and how
// to scroll, when it does not fit) in the bar at the bottom.
func (m *Model) View() string {
	w, h := m.width, m.height
	if w < 1 || h < 1 {
		return ""
	}
	lines := m.lines(w)
	room := max(h-1, 0)
	top := clamp(m.top, len(lines), room)
	text, right := " "+m.keys.Help.Help().Key+" Esc q: close", " "
	if len(lines) > room {
		text = " Space b: scroll, q: close" // short: the help's keys are on its screens
		right = " " + strconv.Itoa((top+room)*100/len(lines)) + "% "
	}
	bar := m.st.Bar(w, " help ", text, right)
	if h == 1 {
		return bar
	}
	return common.Frame(strings.Join(lines[top:], "\n"), w, room) + "\n" + bar
}

// clamp keeps the first line of the help shown between the first line
// and the top of the last screen of room lines out of n.
func clamp(top, n, room int) int {
	return min(max(top, 0), max(n-room, 0))
}

// lines returns the lines of the help for a screen w cells wide: every
// binding, its keys in a column and its description beside them, wrapped
// at word boundaries onto more lines where the screen is narrow (never
// cut). Where the full key lists leave too little room, each binding
// shows its first two keys.
func (m *Model) lines(w int) []string {
	var all []key.Binding
	for _, g := range m.keys.Groups {
		all = append(all, g...)
	}
	margin := ""
	if w >= 20 {
		margin = "  "
	}
	names := func(b key.Binding) string { return b.Help().Key }
	col := keysWidth(all, names)
	if w-len(margin)-col-1 < 30 {
		names, col = ShortKeys, keysWidth(all, ShortKeys)
	}
	room := max(w-len(margin)-col-1, 10)
	var lines []string
	for gi, g := range m.keys.Groups {
		if gi < len(m.keys.Titles) && m.keys.Titles[gi] != "" {
			if len(lines) > 0 {
				lines = append(lines, "")
			}
			lines = append(lines, margin+m.st.Key.Render(m.keys.Titles[gi]))
		}
		lines = m.appendBindings(lines, g, margin, names, col, room)
	}
	return lines
}

// appendBindings appends a line or more for each binding of g: its keys
// in a column col cells wide, what it does wrapped in room cells beside.
func (m *Model) appendBindings(lines []string, g []key.Binding, margin string, names func(key.Binding) string, col, room int) []string {
	for _, b := range g {
		k := names(b)
		for i, d := range strings.Split(ansi.Wrap(b.Help().Desc, room, ""), "\n") {
			if i > 0 {
				k = ""
			}
			pad := strings.Repeat(" ", col-ansi.StringWidth(k)+1)
			lines = append(lines, margin+m.st.Key.Render(k)+pad+m.st.Desc.Render(d))
		}
	}
	return lines
}

// keysWidth is the widest of the bindings' key names, in cells.
func keysWidth(bs []key.Binding, names func(key.Binding) string) int {
	n := 0
	for _, b := range bs {
		n = max(n, ansi.StringWidth(names(b)))
	}
	return n
}

// ShortKeys names the first two keys of b only: "j/↓", as the help
// prints them on a narrow screen and the lists' help lines do.
func ShortKeys(b key.Binding) string {
	names := strings.Fields(b.Help().Key)
	return strings.Join(names[:min(len(names), 2)], "/")
}
