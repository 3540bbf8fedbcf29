// Package links is the links panel, a Bubble Tea component in the
// manner of soft-serve's: a Model with its KeyMap and SetSize that the
// root model routes keys and messages to. It lists the links on screen,
// numbered, with their addresses, for a terminal without hyperlinks, and
// filters them as their text or address is typed.
//
// What it cannot do itself it asks for (Asked): CopyMsg for the address
// of the link chosen, CloseMsg to go back to the article.
package links

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"qari/ui/common"
)

// Link is one link of the panel.
type Link struct {
	Text, Target string
	Follow       bool // the target is a web or mail address (reader.LinkURL)
}

// KeyMap is the panel's keys, the host's bindings: List moves in the
// list; Copy and Back show in its help line.
type KeyMap struct {
	List  list.KeyMap
	Copy  key.Binding // the address of the link selected
	Close key.Binding // the key that opened the panel
	Back  key.Binding // clears the filter, then closes
	Quit  key.Binding
}

// CopyMsg (Asked) asks the host to copy the address of Link; the panel
// is closed.
type CopyMsg struct{ Link Link }

// CloseMsg (Asked) asks the host to close the panel.
type CloseMsg struct{}

// Model is the links panel. Use it by pointer.
type Model struct {
	common.Panel
	keys KeyMap
}

// New returns the panel of links, numbered from 1, for a w×h screen.
func New(links []Link, keys KeyMap, st common.Styles, w, h int) *Model {
	items := make([]list.Item, len(links))
	for i, l := range links {
		items[i] = item{n: i + 1, Link: l}
	}
	l := common.NewList(items, st, w, h, keys.List, keys.Copy, keys.Back)
	l.Title = "Links on screen"
	return &Model{Panel: common.Panel{List: l, St: st}, keys: keys}
}

// Update handles a key or a message of the list's (a filter's results, a
// cursor's blink): Enter asks for the address of the link chosen, Esc
// (once any filter is cleared) and the key that opened the panel close it.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok && !m.Filtering() {
		switch {
		case key.Matches(k, m.keys.Copy):
			if it, ok := m.List.SelectedItem().(item); ok {
				m.Ask = CopyMsg{Link: it.Link}
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

// item is one row of the panel: "[n] text: address".
type item struct {
	n int
	Link
}

// FilterValue is what the filter matches: the text and the address.
func (it item) FilterValue() string { return it.Text + " " + it.Target }

// Row draws the link, laid out like the article's right-to-left text.
func (it item) Row(st common.Styles, width int) string {
	s := "[" + strconv.Itoa(it.n) + "] "
	if it.Text != "" {
		s += common.OneLine(it.Text) + ": "
	}
	return st.Text(s+it.Target, width)
}
