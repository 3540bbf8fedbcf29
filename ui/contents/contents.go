// Package contents is an article's table of contents, a Bubble Tea
// component in the manner of soft-serve's: a Model with its KeyMap and
// SetSize that the root model routes keys and messages to. It lists the
// sections' headings, indented by level, the one being read marked, and
// filters them as a heading is typed.
//
// What it cannot do itself it asks for (Asked): JumpMsg to read a
// section, CloseMsg to go back to the article.
package contents

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"qari/reader"
	"qari/ui/common"
)

// KeyMap is the contents' keys, the host's bindings: List moves in the
// list; Jump, Back and Quit show in its help line.
type KeyMap struct {
	List  list.KeyMap
	Jump  key.Binding // to the section selected
	Close key.Binding // the key that opened the contents
	Back  key.Binding // clears the filter, then closes
	Quit  key.Binding
}

// JumpMsg (Asked) asks the host to show section Section; the contents
// are closed.
type JumpMsg struct{ Section int }

// CloseMsg (Asked) asks the host to close the contents.
type CloseMsg struct{}

// Model is the table of contents of one article. Use it by pointer.
type Model struct {
	list  list.Model
	keys  KeyMap
	st    common.Styles
	asked tea.Msg
}

// New returns the table of contents of doc for a w×h screen, the cursor
// on section cur (-1: none yet).
func New(doc *reader.Document, cur int, keys KeyMap, st common.Styles, w, h int) *Model {
	items := make([]list.Item, len(doc.Sections))
	for i, s := range doc.Sections {
		items[i] = item{index: i, sec: s, lead: doc.LeadName(), current: i == cur}
	}
	l := common.NewList(items, st, w, h, keys.List, keys.Jump, keys.Back, keys.Quit)
	l.Title = "Contents: " + st.Text(common.Clip(doc.Title, w), w-len("Contents: ")-2)
	if cur >= 0 {
		l.Select(cur)
	}
	return &Model{list: l, keys: keys, st: st}
}

// SetSize fits the contents to a w×h screen.
func (m *Model) SetSize(w, h int) { common.SizeList(&m.list, w, h) }

// List is the list on screen, for the mouse wheel.
func (m *Model) List() *list.Model { return &m.list }

// Asked returns, once, what the last key asked the host for: a JumpMsg
// or a CloseMsg; nil when it asked nothing.
func (m *Model) Asked() tea.Msg {
	a := m.asked
	m.asked = nil
	return a
}

// Update handles a key or a message of the list's (a filter's results, a
// cursor's blink): Enter jumps to the section, Esc (once any filter is
// cleared) and the key that opened the contents close them.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok && m.list.FilterState() != list.Filtering {
		switch {
		case key.Matches(k, m.keys.Jump):
			if s, ok := m.list.SelectedItem().(item); ok {
				m.asked = JumpMsg{Section: s.index}
			} else {
				m.asked = CloseMsg{}
			}
			return nil
		case key.Matches(k, m.keys.Close),
			key.Matches(k, m.keys.Back) && m.list.FilterState() == list.Unfiltered:
			m.asked = CloseMsg{}
			return nil
		case key.Matches(k, m.keys.Quit):
			return tea.Quit
		}
	}
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	return cmd
}

// View draws the contents, the filter being typed reordered for the
// screen.
func (m *Model) View() string { return common.ListView(&m.list, m.st) }

// item is one section in the table of contents.
type item struct {
	index   int
	sec     reader.Section
	lead    string // the document's name for an untitled lead (reader.Document.LeadName)
	current bool   // the section being read
}

// FilterValue is what the filter matches: the heading.
func (s item) FilterValue() string { return s.sec.Title }

// Row draws the heading, indented by level, marked when it is the
// current section.
func (s item) Row(st common.Styles, width int) string {
	title := common.Clip(s.sec.Title, width)
	if title == "" {
		title = s.lead
	}
	indent := strings.Repeat("  ", max(s.sec.Level-2, 0))
	text := indent + st.Text(title, width-2-len(indent))
	if s.current {
		return st.Current.Render("● " + text)
	}
	return "  " + text
}
