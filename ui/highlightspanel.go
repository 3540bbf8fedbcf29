package ui

import (
	tea "charm.land/bubbletea/v2"

	"qari/ui/common"
	hlpanel "qari/ui/highlights"
)

// openHighlights opens the panel of the open article's highlights
// (ui/highlights), the cursor on the current one (or the first on
// screen).
func (m *model) openHighlights() {
	p := m.pagers[m.open]
	h := m.marks(p)
	if len(h.marks)+len(h.orphans) == 0 {
		p.notice = "no highlights yet (" + keyNames(m.keys.Mark) + ": mark, " + keyNames(m.keys.Visual) + ": select)"
		return
	}
	cur := h.current()
	var items []hlpanel.Item
	sel := 0
	for _, mk := range append(append([]*mark{}, h.marks...), h.orphans...) {
		if mk == cur {
			sel = len(items)
		}
		items = append(items, hlpanel.Item{
			Key: mk.key, Section: mk.Section, Lead: p.doc.LeadName(), Note: mk.Note,
			Text:     common.Excerpt(markText(p, mk), 4*max(m.width, 20)),
			Orphaned: mk.Orphaned, Current: mk.key == h.cur,
		})
	}
	k := m.keys
	keys := hlpanel.KeyMap{List: k.listKeys(), Jump: k.Open, Remove: k.Remove, Note: k.Note, Copy: k.Copy,
		Close: k.Highlights, Back: k.Back, Quit: k.Quit}
	m.hpanel = hlpanel.New(items, sel, keys, m.listStyles(), m.st.list.Filter, m.width, m.height)
	m.state = stateHighlights
}

// updateHighlights handles a message of the highlights panel and what
// it asks for.
func (m *model) updateHighlights(msg tea.Msg) (tea.Model, tea.Cmd) {
	hp, p := m.hpanel, m.pagers[m.open]
	cmd := hp.Update(msg)
	switch a := hp.Asked().(type) {
	case hlpanel.JumpMsg:
		m.closeHighlights()
		if mk := p.hl.byKey(a.Key); mk != nil {
			m.jumpMark(p, mk)
		}
	case hlpanel.RemoveMsg:
		if a.Empty {
			m.closeHighlights()
		}
		if mk := p.hl.byKey(a.Key); mk != nil {
			return m, tea.Batch(cmd, m.remove(p, mk))
		}
	case hlpanel.NoteMsg:
		if mk := p.hl.byKey(a.Key); mk != nil {
			save := m.setNote(p, mk, a.Text)
			p.notice = ""
			return m, tea.Batch(cmd, save, hp.SetNote(a.Key, mk.Note))
		}
	case hlpanel.CopyMsg:
		if mk := p.hl.byKey(a.Key); mk != nil {
			c := copyText(p, markText(p, mk))
			hp.SetTitle(p.notice)
			p.notice = ""
			return m, tea.Batch(cmd, c)
		}
	case hlpanel.CloseMsg:
		m.closeHighlights()
	case hlpanel.QuitMsg:
		return m, tea.Quit
	}
	return m, cmd
}

// jumpMark puts the highlight mk near the top of the screen and makes it
// the current one; an orphan only says it is not in the text.
func (m *model) jumpMark(p *pager, mk *mark) {
	if mk.Orphaned {
		p.notice = "its text is no longer in the article"
		return
	}
	p.hl.cur = mk.key
	p.jumpTo(mk.Start)
}

// closeHighlights goes back from the panel to the pager.
func (m *model) closeHighlights() {
	m.hpanel = nil
	m.state = statePager
}
