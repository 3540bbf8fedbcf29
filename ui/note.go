package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// noteLimit is the longest note, in characters.
const noteLimit = 2000

// noteEditor is the line where the note of a highlight is written: in
// the pager's status bar, or at the foot of the highlights panel. Enter
// keeps the note (an empty one removes it), Esc leaves it as it was.
type noteEditor struct {
	key   int // the highlight's
	input textinput.Model
}

// newNoteEditor opens the note of mk for editing.
func newNoteEditor(mk *mark, st styles) *noteEditor {
	in := textinput.New()
	in.Prompt = "note: "
	in.Placeholder = "a note on this highlight (Enter keeps it, Esc cancels)"
	in.CharLimit = noteLimit
	in.SetStyles(st.list.Filter)
	in.SetValue(mk.Note)
	in.Focus()
	return &noteEditor{key: mk.key, input: in}
}

// line draws the editor in exactly width cells.
func (n *noteEditor) line(width int) string {
	if width < 1 {
		return ""
	}
	n.input.SetWidth(max(width-ansi.StringWidth(n.input.Prompt)-1, 1))
	l := ansi.Truncate(n.input.View(), width, "")
	return l + strings.Repeat(" ", max(width-ansi.StringWidth(l), 0))
}

// update applies a key to the editor; done is true when Enter or Esc
// closed it, and keep when the note is to be kept.
func (n *noteEditor) update(msg tea.KeyPressMsg, keys keyMap) (done, keep bool) {
	switch {
	case key.Matches(msg, keys.Open):
		return true, true
	case key.Matches(msg, keys.Back):
		return true, false
	}
	n.input, _ = n.input.Update(msg)
	return false, false
}

// pasteNote gives pasted text to the note being written, in the pager
// or the highlights panel; false when no note is being written.
func (m *model) pasteNote(msg tea.PasteMsg) bool {
	var n *noteEditor
	switch {
	case m.state == stateHighlights && m.hpanel != nil:
		n = m.hpanel.note
	case m.state == statePager && m.open < len(m.pagers) && m.pagers[m.open] != nil && m.pagers[m.open].hl != nil:
		n = m.pagers[m.open].hl.note
	}
	if n == nil {
		return false
	}
	n.input, _ = n.input.Update(msg)
	return true
}

// noteKey applies a key to the note being written in the pager, and
// saves the note on Enter.
func (m *model) noteKey(p *pager, h *highlights, msg tea.KeyPressMsg) tea.Cmd {
	done, keep := h.note.update(msg, m.keys)
	if !done {
		return nil
	}
	n := h.note
	h.note = nil
	if !keep {
		return nil
	}
	return m.setNote(p, h.byKey(n.key), n.input.Value())
}

// setNote gives mk the note text (trimmed; "" removes it) and saves it.
func (m *model) setNote(p *pager, mk *mark, text string) tea.Cmd {
	if mk == nil {
		return nil
	}
	text = strings.TrimSpace(oneLine(text))
	if text == mk.Note {
		return nil
	}
	mk.Note = text
	if text == "" {
		p.notice = "note removed"
	} else {
		p.notice = "note kept"
	}
	return m.saveNote(p, mk)
}
