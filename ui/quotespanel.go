package ui

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/ui/common"
)

// unknownSpeaker stands in the quotes panel for a speaker the article
// does not name.
const unknownSpeaker = "(unknown)"

// quoteItem is one quotation in the quotes panel: an index into its
// layer's quotations, so that a list of a million costs little.
type quoteItem struct {
	index int // in quotations.qs
	l     *quoteLayer
}

// FilterValue is what typing a filter matches: the speaker's name.
func (it quoteItem) FilterValue() string { return it.l.q.qs[it.index].Speaker }

// row draws "speaker — section: text", the section cut to a third of the
// width, marked when it is the current quotation, laid out like the
// article's right-to-left text (see chromeText).
func (it quoteItem) Row(st common.Styles, width int) string {
	q, doc := it.l.q.qs[it.index], it.l.p.doc
	speaker := q.Speaker
	if speaker == "" {
		speaker = unknownSpeaker
	}
	section := doc.SectionName(q.Section)
	if section == "" {
		section = doc.LeadName()
	}
	section = ansi.Truncate(clip(section, width), max(width/3, 8), "…")
	line := st.Text(oneLine(speaker)+" — "+section+": "+clip(q.Text(doc), width), width-2)
	if it.index == it.l.cur {
		return st.Current.Render("● " + line)
	}
	return "  " + line
}

// panelItems returns the rows of the quotes panel of l's quotations q:
// all of them, and each speaker's (by index in q.speakers). It runs with
// findQuotations, off the UI goroutine, so that opening the panel and
// choosing a speaker cost nothing however many quotations there are.
func panelItems(q *quotations, l *quoteLayer) (all []list.Item, bySpeaker [][]list.Item) {
	all = make([]list.Item, len(q.qs))
	bySpeaker = make([][]list.Item, len(q.speakers))
	for i := range q.qs {
		all[i] = quoteItem{index: i, l: l}
		if w := q.who[i]; w >= 0 {
			bySpeaker[w] = append(bySpeaker[w], all[i])
		}
	}
	return all, bySpeaker
}

// quotesPanel lists an article's quotations with their speakers and
// sections, all of them or one speaker's.
type quotesPanel struct {
	list    list.Model
	q       *quotations
	speaker int // the index in q.speakers of the speaker shown; -1: everyone
	st      common.Styles
}

// newQuotesPanel returns the quotes panel of p's quotations for a w×h
// screen, the cursor on quotation sel.
func newQuotesPanel(p *pager, sel int, keys keyMap, st common.Styles, w, h int) *quotesPanel {
	q := p.quotes.q
	qp := &quotesPanel{q: q, speaker: -1, st: st}
	qp.list = common.NewList(nil, st, w, h, keys.listKeys(),
		relabel(keys.Open, "jump"), relabel(keys.Speaker, "one speaker"), relabel(keys.Back, "close"), relabel(keys.Quit, "quit"))
	// pages as "3/8000", not a dot each: the list measures its pager
	// whenever its items or size change
	qp.list.Paginator.Type = paginator.Arabic
	qp.list.SetItems(q.all)
	qp.list.Title = qp.title()
	qp.list.Select(sel)
	return qp
}

// listModel is the panel's list for resizing; nil without a panel.
func (qp *quotesPanel) listModel() *list.Model {
	if qp == nil {
		return nil
	}
	return &qp.list
}

// title says whose quotations the panel shows and how many.
func (qp *quotesPanel) title() string {
	n := strconv.Itoa(len(qp.list.Items()))
	if qp.speaker < 0 {
		return "Quotations (" + n + ")"
	}
	return "Quotations by " + qp.st.Text(oneLine(qp.q.speakers[qp.speaker]), speakerCells) + " (" + n + ")"
}

// showSpeaker shows only the quotations of speaker s (an index in
// q.speakers; -1: everyone's), the cursor on the first.
func (qp *quotesPanel) showSpeaker(s int) tea.Cmd {
	qp.speaker = s
	items := qp.q.all
	if s >= 0 {
		items = qp.q.bySpeaker[s]
	}
	cmd := qp.list.SetItems(items)
	qp.list.Select(0)
	qp.list.Title = qp.title()
	return cmd
}

// nextSpeaker shows the quotations of the next speaker, most quoted
// first, and everyone's after the last.
func (qp *quotesPanel) nextSpeaker() tea.Cmd {
	s := qp.speaker + 1
	if s >= len(qp.q.speakers) {
		s = -1
	}
	return qp.showSpeaker(s)
}

// openQuotes opens the quotes panel on the current quotation, or on the
// first at or below the top of the screen; while the quotations are
// still being found, or there are none, the status bar says so instead.
func (m *model) openQuotes() {
	p := m.pagers[m.open]
	if !p.quotesReady() {
		return
	}
	sel := p.quotes.cur
	if sel < 0 {
		_, sel = p.around()
		sel = min(sel, len(p.quotes.q.qs)-1)
	}
	m.quotes = newQuotesPanel(p, sel, m.keys, m.listStyles(), m.width, m.height)
	m.state = stateQuotes
}

// updateQuotes handles a key in the quotes panel: Enter jumps to the
// quotation, s cycles the speaker shown, Esc clears a filter (typed, then
// by speaker) and then closes, as " does.
func (m *model) updateQuotes(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	qp := m.quotes
	if qp.list.FilterState() != list.Filtering {
		unfiltered := qp.list.FilterState() == list.Unfiltered
		switch {
		case key.Matches(msg, m.keys.Open):
			if it, ok := qp.list.SelectedItem().(quoteItem); ok {
				m.pagers[m.open].jumpQuote(it.index)
			}
			m.closeQuotes()
			return m, nil
		case key.Matches(msg, m.keys.Speaker):
			return m, qp.nextSpeaker()
		case key.Matches(msg, m.keys.Back) && unfiltered && qp.speaker >= 0:
			return m, qp.showSpeaker(-1)
		case key.Matches(msg, m.keys.Quotes), key.Matches(msg, m.keys.Back) && unfiltered:
			m.closeQuotes()
			return m, nil
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	qp.list, cmd = qp.list.Update(msg)
	return m, cmd
}

// closeQuotes goes back from the quotes panel to the pager.
func (m *model) closeQuotes() {
	m.quotes = nil
	m.state = statePager
}
