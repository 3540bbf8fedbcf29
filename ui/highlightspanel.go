package ui

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/ui/common"
)

// orphanMark starts the row of a highlight whose text is no longer in the
// article.
const orphanMark = "(not found in the text) "

// highlightItem is one highlight in the highlights panel.
type highlightItem struct {
	mk      *mark
	text    string // the highlighted text, cut for the row
	lead    string // the article's name for its untitled lead (reader.Document.LeadName)
	current bool   // the highlight made or jumped to last
}

// FilterValue is what typing a filter matches: the text and the note.
func (it highlightItem) FilterValue() string { return it.text + " " + it.mk.Note }

// row draws "section ✎ note: text" (the note before the text, which is
// cut), an orphan marked as such, laid out like the article's
// right-to-left text (see chromeText).
func (it highlightItem) Row(st common.Styles, width int) string {
	section := it.mk.Section
	if section == "" {
		section = it.lead
	}
	section = ansi.Truncate(clip(section, width), max(width/4, 8), "…")
	s := section
	if it.mk.Note != "" {
		s += " ✎ " + oneLine(it.mk.Note)
	}
	s += ": " + oneLine(it.text)
	if it.mk.Orphaned {
		s = orphanMark + s
	}
	line := st.Text(s, width-2)
	if it.current {
		return st.Current.Render("● " + line)
	}
	return "  " + line
}

// highlightsPanel lists an article's highlights in the order of the
// text, orphans last: Enter jumps, x removes, a writes a note, c copies.
type highlightsPanel struct {
	list list.Model
	note *noteEditor // the note being written, on the last line; nil when none
}

// openHighlights opens the panel of the open article's highlights, the
// cursor on the current one (or the first on screen).
func (m *model) openHighlights() {
	p := m.pagers[m.open]
	h := m.marks(p)
	if len(h.marks)+len(h.orphans) == 0 {
		p.notice = "no highlights yet (" + keyNames(m.keys.Mark) + ": mark, " + keyNames(m.keys.Visual) + ": select)"
		return
	}
	cur := h.current()
	var items []list.Item
	sel := 0
	for _, mk := range append(append([]*mark{}, h.marks...), h.orphans...) {
		if mk == cur {
			sel = len(items)
		}
		items = append(items, highlightItem{mk: mk, text: common.Excerpt(markText(p, mk), 4*max(m.width, 20)), lead: p.doc.LeadName(), current: mk.key == h.cur})
	}
	hp := &highlightsPanel{}
	hp.list = common.NewList(items, m.listStyles(), m.width, m.height, m.keys.listKeys(),
		relabel(m.keys.Open, "jump"), relabel(m.keys.Remove, "remove"), relabel(m.keys.Note, "note"),
		relabel(m.keys.Copy, "copy"), relabel(m.keys.Back, "close"))
	hp.list.Select(sel)
	hp.title()
	m.hpanel = hp
	m.state = stateHighlights
}

// title says how many highlights the panel lists.
func (hp *highlightsPanel) title() {
	hp.list.Title = "Highlights (" + strconv.Itoa(len(hp.list.Items())) + ")"
}

// listModel is the panel's list for resizing; nil without a panel.
func (hp *highlightsPanel) listModel() *list.Model {
	if hp == nil {
		return nil
	}
	return &hp.list
}

// view draws the panel in w×h cells, the note being written on the last
// line.
func (hp *highlightsPanel) view(w, h int, st common.Styles) string {
	if hp.note == nil || h < 2 {
		return common.Frame(common.ListView(&hp.list, st), w, h)
	}
	common.SizeList(&hp.list, w, h-1)
	s := common.Frame(hp.list.View(), w, h-1) + "\n" + hp.note.line(w)
	common.SizeList(&hp.list, w, h)
	return s
}

// updateHighlights handles a key in the highlights panel.
func (m *model) updateHighlights(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	hp, p := m.hpanel, m.pagers[m.open]
	if hp.note != nil {
		done, keep := hp.note.update(msg, m.keys)
		if done {
			n := hp.note
			hp.note = nil
			if keep {
				return m, m.notePanel(p, n)
			}
		}
		return m, nil
	}
	it, ok := hp.list.SelectedItem().(highlightItem)
	if hp.list.FilterState() != list.Filtering {
		switch {
		case key.Matches(msg, m.keys.Open):
			m.closeHighlights()
			if ok {
				m.jumpMark(p, it.mk)
			}
			return m, nil
		case key.Matches(msg, m.keys.Remove) && ok:
			hp.list.RemoveItem(hp.list.Index())
			hp.title()
			cmd := m.remove(p, it.mk)
			if len(hp.list.Items()) == 0 {
				m.closeHighlights()
			}
			return m, cmd
		case key.Matches(msg, m.keys.Note) && ok:
			hp.note = newNoteEditor(it.mk, m.st)
			return m, nil
		case key.Matches(msg, m.keys.Copy) && ok:
			cmd := copyText(p, markText(p, it.mk))
			hp.list.Title = p.notice
			p.notice = ""
			return m, cmd
		case key.Matches(msg, m.keys.Highlights), key.Matches(msg, m.keys.Back) && hp.list.FilterState() == list.Unfiltered:
			m.closeHighlights()
			return m, nil
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	hp.list, cmd = hp.list.Update(msg)
	return m, cmd
}

// notePanel keeps the note written in the panel and redraws its row.
func (m *model) notePanel(p *pager, n *noteEditor) tea.Cmd {
	mk := p.hl.byKey(n.key)
	cmd := m.setNote(p, mk, n.input.Value())
	p.notice = ""
	for i, x := range m.hpanel.list.Items() {
		if it, ok := x.(highlightItem); ok && it.mk == mk {
			return tea.Batch(cmd, m.hpanel.list.SetItem(i, it))
		}
	}
	return cmd
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
