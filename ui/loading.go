package ui

import (
	tea "charm.land/bubbletea/v2"

	"qari/reader"
)

// A large article is shown from its head (reader.LoadHead) while the whole
// file is read in a tea.Cmd; when the whole arrives it takes the head's
// place, and the text at the top of the screen stays there: the head's
// offsets are the whole's.

// wholeLoadedMsg carries the whole of document i, or why it could not be
// read.
type wholeLoadedMsg struct {
	i   int
	doc *reader.Document
	err error
}

// wholeLoaded puts the whole document in the place of its head: a fresh
// pager (layers, quotations and all are found again for the whole text)
// with the same text at the top, and at the end when the reader asked for
// the end (G) before the whole was there.
func (m *model) wholeLoaded(msg wholeLoadedMsg) tea.Cmd {
	if msg.i < 0 || msg.i >= len(m.docs) {
		return nil
	}
	old := m.pagers[msg.i]
	if msg.err != nil {
		if old != nil {
			old.notice = "only the start is shown: " + msg.err.Error()
		}
		return nil
	}
	m.docs[msg.i] = msg.doc
	m.pagers[msg.i] = nil
	if old == nil {
		return nil
	}
	p := newPager(msg.doc, old.opt)
	p.anchor = old.offset()
	m.pagers[msg.i] = p
	if m.open != msg.i || m.state != statePager {
		return m.findQuotes(msg.i)
	}
	cmd := m.openDoc(msg.i)
	if old.endAsked {
		p.end()
	}
	return cmd
}

// COMMANDS

// loadWhole reads the whole of document i when only its head is loaded,
// once.
func (m *model) loadWhole(i int) tea.Cmd {
	p := m.pagers[i]
	if p == nil || !p.doc.Partial || p.loading {
		return nil
	}
	p.loading = true
	path := p.doc.Path
	return func() tea.Msg {
		d, err := reader.Load(path)
		return wholeLoadedMsg{i: i, doc: d, err: err}
	}
}
