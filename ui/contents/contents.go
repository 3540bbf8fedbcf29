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
	common.Panel
	keys KeyMap
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
	return &Model{Panel: common.Panel{List: l, St: st}, keys: keys}
}

// Update handles a key or a message of the list's (a filter's results, a
// cursor's blink): Enter jumps to the section, Esc (once any filter is
// cleared) and the key that opened the contents close them.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok && !m.Filtering() {
		switch {
		case key.Matches(k, m.keys.Jump):
			if s, ok := m.List.SelectedItem().(item); ok {
				m.Ask = JumpMsg{Section: s.index}
			} else {
				m.Ask = CloseMsg{}
			}
			return nil
		case key.Matches(k, m.keys.Close),
			key.Matches(k, m.keys.Back) && m.Unfiltered():
			m.Ask = CloseMsg{}
			return nil
		case key.Matches(k, m.keys.Quit):
			return tea.Quit
		}
	}
	return m.UpdateList(msg)
}

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
