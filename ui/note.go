package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// pasteNote gives pasted text to the note being written (ui/note), in
// the pager or the highlights panel; false when no note is being written.
func (m *model) pasteNote(msg tea.PasteMsg) bool {
	switch {
	case m.state == stateHighlights && m.hpanel != nil:
		return m.hpanel.Paste(msg)
	case m.state == statePager && m.open < len(m.pagers) && m.pagers[m.open] != nil && m.pagers[m.open].hl != nil && m.pagers[m.open].hl.note != nil:
		m.pagers[m.open].hl.note.Paste(msg)
		return true
	}
	return false
}

// noteKey applies a key to the note being written in the pager, and
// saves the note on Enter.
func (m *model) noteKey(p *pager, h *highlights, msg tea.KeyPressMsg) tea.Cmd {
	done, keep := h.note.Update(msg, m.keys.Open, m.keys.Back)
	if !done {
		return nil
	}
	n := h.note
	h.note = nil
	if !keep {
		return nil
	}
	return m.setNote(p, h.byKey(n.Key), n.Value())
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
