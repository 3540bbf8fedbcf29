package ui

import (
	tea "charm.land/bubbletea/v2"

	"qari/reader"
)

// A large article is shown from its head and tail (reader.LoadHead) while
// the whole file is read in a tea.Cmd; when the whole arrives it takes
// their place, and the text at the top of the screen stays there
// (Document.Carry maps the offset).

// wholeLoadedMsg carries the whole of document i, or why it could not be
// read.
type wholeLoadedMsg struct {
	i   int
	doc *reader.Document
	err error
}

// wholeLoaded puts the whole document in the place of its head and tail: a
// fresh pager (layers, quotations and all are found again for the whole
// text) with the same text at the top, or at the percentage the reader
// asked for before the whole was there.
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
	p.anchor = old.doc.Carry(old.offset(), msg.doc)
	m.pagers[msg.i] = p
	if m.open != msg.i || m.state != statePager {
		return m.findQuotes(msg.i)
	}
	cmd := m.openDoc(msg.i)
	if old.pctAsked > 0 {
		p.percent(old.pctAsked - 1)
	}
	return tea.Batch(cmd, m.carrySearch(old, p))
}

// carrySearch runs the search kept in old's finder (found in the head and
// tail, or waiting for the whole) again in p, the pager of the whole, from
// the carried place of its match or from the top.
func (m *model) carrySearch(old, p *pager) tea.Cmd {
	f := old.find
	if f == nil || f.m == nil || f.prompt != nil || p.cache == nil {
		return nil
	}
	nf := m.finder(p)
	nf.searchState = nf.newState(f.pattern, f.regex, f.back)
	from := p.cache.Offset(p.top)
	if f.found {
		from = old.doc.Carry(f.cur.start, p.doc)
	}
	return nf.findCmd(from, f.back, 1)
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
