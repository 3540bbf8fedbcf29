// Package highlights is the highlights panel, a Bubble Tea component in
// the manner of soft-serve's: a Model with its KeyMap and SetSize that
// the root model routes keys and messages to. It lists an article's
// highlights in the order of the text, orphans (whose text is no longer
// in the article) last, each as "section ✎ note: text", and writes a
// highlight's note on its last line (ui/note).
//
// The highlights themselves are the host's; what the panel cannot do
// itself it asks for (Asked): JumpMsg, RemoveMsg, NoteMsg, CopyMsg and
// CloseMsg.
package highlights

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/ui/common"
	"qari/ui/note"
)

// OrphanMark starts the row of a highlight whose text is no longer in the
// article.
const OrphanMark = "(not found in the text) "

// Item is one highlight as the panel lists it.
type Item struct {
	Key      int    // the host's key of the highlight, in the messages the panel asks
	Section  string // the heading it is under; "" in the untitled lead
	Lead     string // the article's name for its untitled lead (reader.Document.LeadName)
	Note     string
	Text     string // the highlighted text; cut for the row
	Orphaned bool   // its text is no longer in the article
	Current  bool   // the highlight made or jumped to last
}

// FilterValue is what typing a filter matches: the text and the note.
func (it Item) FilterValue() string { return it.Text + " " + it.Note }

// Row draws "section ✎ note: text" (the note before the text, which is
// cut), an orphan marked as such, laid out like the article's
// right-to-left text (st.Text).
func (it Item) Row(st common.Styles, width int) string {
	section := it.Section
	if section == "" {
		section = it.Lead
	}
	section = ansi.Truncate(common.Clip(section, width), max(width/4, 8), "…")
	s := section
	if it.Note != "" {
		s += " ✎ " + common.OneLine(it.Note)
	}
	s += ": " + common.OneLine(it.Text)
	if it.Orphaned {
		s = OrphanMark + s
	}
	line := st.Text(s, width-2)
	if it.Current {
		return st.Current.Render("● " + line)
	}
	return "  " + line
}

// KeyMap is the panel's keys, the host's bindings: List moves in the
// list; the others show in its help line.
type KeyMap struct {
	List   list.KeyMap
	Jump   key.Binding // to the highlight selected; also keeps a note being written
	Remove key.Binding
	Note   key.Binding // write the selected highlight's note
	Copy   key.Binding
	Close  key.Binding // the key that opened the panel
	Back   key.Binding // clears the filter, then closes; cancels a note
	Quit   key.Binding
}

// The messages the panel asks the host for (Asked).
type (
	// JumpMsg asks to show highlight Key; the panel is to be closed.
	JumpMsg struct{ Key int }
	// RemoveMsg asks to remove highlight Key; the panel has taken its row
	// away already, and is to be closed when Empty.
	RemoveMsg struct {
		Key   int
		Empty bool
	}
	// NoteMsg asks to give highlight Key the note Text ("" removes it).
	NoteMsg struct {
		Key  int
		Text string
	}
	// CopyMsg asks to copy highlight Key's text to the clipboard.
	CopyMsg struct{ Key int }
	// CloseMsg asks to close the panel.
	CloseMsg struct{}
	// QuitMsg asks to quit qari.
	QuitMsg struct{}
)

// Model is the highlights panel. Use it by pointer.
type Model struct {
	common.Panel
	keys      KeyMap
	noteStyle textinput.Styles
	note      *note.Editor // the note being written, on the last line; nil when none
	w, h      int
}

// New returns the panel of items for a w×h screen, the cursor on item
// sel; a note is written with noteStyle.
func New(items []Item, sel int, keys KeyMap, st common.Styles, noteStyle textinput.Styles, w, h int) *Model {
	rows := make([]list.Item, len(items))
	for i, it := range items {
		rows[i] = it
	}
	m := &Model{keys: keys, noteStyle: noteStyle, w: w, h: h}
	m.St = st
	m.List = common.NewList(rows, st, w, h, keys.List,
		relabel(keys.Jump, "jump"), relabel(keys.Remove, "remove"), relabel(keys.Note, "note"),
		relabel(keys.Copy, "copy"), relabel(keys.Back, "close"))
	m.List.Select(sel)
	m.retitle()
	return m
}

// relabel is b with another description, for the list's help line.
func relabel(b key.Binding, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(b.Help().Key, desc))
}

// SetSize fits the panel to a w×h screen.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	m.Panel.SetSize(w, h)
}

// retitle says how many highlights the panel lists.
func (m *Model) retitle() {
	m.List.Title = "Highlights (" + strconv.Itoa(len(m.List.Items())) + ")"
}

// SetTitle shows s in the panel's title (what a copy did) until the next
// change of the list.
func (m *Model) SetTitle(s string) { m.List.Title = s }

// Writing reports whether a note is being written.
func (m *Model) Writing() bool { return m.note != nil }

// Paste gives pasted text to the note being written; false when none is.
func (m *Model) Paste(msg tea.PasteMsg) bool {
	if m.note == nil {
		return false
	}
	m.note.Paste(msg)
	return true
}

// SetNote shows the note text on highlight key's row, once the host has
// kept it.
func (m *Model) SetNote(key int, text string) tea.Cmd {
	for i, x := range m.List.Items() {
		if it, ok := x.(Item); ok && it.Key == key {
			it.Note = text
			return m.List.SetItem(i, it)
		}
	}
	return nil
}

// Update handles a key: Jump, Remove, Note and Copy ask the host about
// the selected highlight, Close and Back (with no filter) ask to close,
// and the note being written takes every key until Jump keeps it or Back
// cancels it. Other messages go to the list.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m.UpdateList(msg)
	}
	if m.note != nil {
		if done, keep := m.note.Update(k, m.keys.Jump, m.keys.Back); done {
			if keep {
				m.Ask = NoteMsg{Key: m.note.Key, Text: m.note.Value()}
			}
			m.note = nil
		}
		return nil
	}
	it, sel := m.List.SelectedItem().(Item)
	if !m.Filtering() {
		switch {
		case key.Matches(k, m.keys.Jump):
			if sel {
				m.Ask = JumpMsg{Key: it.Key}
			} else {
				m.Ask = CloseMsg{}
			}
			return nil
		case key.Matches(k, m.keys.Remove) && sel:
			m.List.RemoveItem(m.List.Index())
			m.retitle()
			m.Ask = RemoveMsg{Key: it.Key, Empty: len(m.List.Items()) == 0}
			return nil
		case key.Matches(k, m.keys.Note) && sel:
			m.note = note.New(it.Key, it.Note, m.noteStyle)
			return nil
		case key.Matches(k, m.keys.Copy) && sel:
			m.Ask = CopyMsg{Key: it.Key}
			return nil
		case key.Matches(k, m.keys.Close), key.Matches(k, m.keys.Back) && m.Unfiltered():
			m.Ask = CloseMsg{}
			return nil
		case key.Matches(k, m.keys.Quit):
			m.Ask = QuitMsg{}
			return nil
		}
	}
	return m.UpdateList(msg)
}

// View draws the panel in its w×h cells, the note being written on the
// last line.
func (m *Model) View() string {
	if m.note == nil || m.h < 2 {
		return common.Frame(m.Panel.View(), m.w, m.h)
	}
	common.SizeList(&m.List, m.w, m.h-1)
	s := common.Frame(m.List.View(), m.w, m.h-1) + "\n" + m.note.Line(m.w)
	common.SizeList(&m.List, m.w, m.h)
	return s
}
