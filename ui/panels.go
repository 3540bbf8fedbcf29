package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"qari/reader"
	"qari/ui/common"
	"qari/ui/contents"
	"qari/ui/help"
	"qari/ui/links"
	"qari/ui/quotes"
	"qari/ui/theme"
)

// listStyles are the model's styles as the list panels take them (see
// ui/common). A panel's rows keep the bidi mode it was opened with; its
// filter line follows the model's, which a terminal's late answer to the
// BDSM query (bidimode.go) may change while the panel is open.
func (m *model) listStyles() common.Styles {
	st := m.st
	cursor := cursorMark(m.cfg.Theme.Plain())
	return common.Styles{
		List:     st.list,
		Help:     st.help,
		Selected: st.selected,
		Current:  st.current,
		Text:     st.text,
		Filter: func(lead, pattern string, width int) string {
			p := &searchPrompt{lead: lead, text: []rune(pattern), cursor: cursor}
			return p.view(width, m.st.bidi)
		},
	}
}

// newContents opens the table of contents of p's article, on the section
// being read.
func (m *model) newContents(p *pager) *contents.Model {
	k := m.keys
	keys := contents.KeyMap{List: k.listKeys(), Jump: relabel(k.Open, "jump"), Close: k.Contents, Back: relabel(k.Back, "close"), Quit: relabel(k.Quit, "quit")}
	return contents.New(p.doc, p.section(), keys, m.listStyles(), m.width, m.height)
}

// openLinks opens the panel of the links on screen; with none, the bar
// says so.
func (m *model) openLinks() {
	p := m.pagers[m.open]
	lo, hi := p.shown()
	spans := linksShown(p.doc, lo, hi)
	if lo < 0 || len(spans) == 0 {
		p.notice = "no links on screen"
		return
	}
	ls := make([]links.Link, len(spans))
	for i, s := range spans {
		text, target := theme.Reference(p.doc, s)
		_, ok := reader.LinkURL(s.Target)
		ls[i] = links.Link{Text: text, Target: target, Follow: ok}
	}
	k := m.keys
	keys := links.KeyMap{List: k.listKeys(), Copy: relabel(k.Open, "copy the address"), Close: k.Links, Back: relabel(k.Back, "close"), Quit: k.Quit}
	m.links = links.New(ls, keys, m.listStyles(), m.width, m.height)
	m.state = stateLinks
}

// updateLinks handles a key in the links panel: the address of the link
// chosen is copied (OSC 52) and shown in the bar.
func (m *model) updateLinks(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	cmd := m.links.Update(msg)
	switch a := m.links.Asked().(type) {
	case links.CopyMsg:
		m.closeLinks()
		p := m.pagers[m.open]
		if !a.Link.Follow {
			p.notice = "not a web link: " + a.Link.Target
			return m, nil
		}
		cmd := copyText(p, a.Link.Target)
		p.notice = "copied " + a.Link.Target
		return m, cmd
	case links.CloseMsg:
		m.closeLinks()
	}
	return m, cmd
}

// closeLinks goes back from the links panel to the pager.
func (m *model) closeLinks() {
	m.links = nil
	m.state = statePager
}

// openHelp opens the help over screen back, which it goes back to.
func (m *model) openHelp(back state) {
	k := m.keys
	keys := help.KeyMap{
		Groups: k.groups(), Help: k.Help, Back: k.Back, Quit: k.Quit,
		Down: k.Down, Up: k.Up, PageDown: k.PageDown, HalfDown: k.HalfDown, PageUp: k.PageUp, HalfUp: k.HalfUp, Top: k.Top, Bottom: k.Bottom,
	}
	st := help.Styles{
		Key:  m.st.help.FullKey,
		Desc: m.st.help.FullDesc,
		Bar:  func(w int, title, text, right string) string { return statusLine(m.st, w, title, text, right) },
	}
	if back == stateLibrary && m.lib != nil {
		// the library's own keys first; the pager's follow, for the
		// articles it opens
		keys.Groups = append([][]key.Binding{m.lib.Keys().Bindings()}, keys.Groups...)
		keys.Titles = []string{"In the library", "In an article"}
	}
	m.help = help.New(keys, st, m.width, m.height)
	m.back, m.state = back, stateHelp
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
	k := m.keys
	keys := quotes.KeyMap{List: k.listKeys(), Jump: relabel(k.Open, "jump"), Speaker: relabel(k.Speaker, "one speaker"),
		Close: k.Quotes, Back: relabel(k.Back, "close"), Quit: relabel(k.Quit, "quit")}
	m.quotes = quotes.New(p.quotes.q.rows, p.quotes.q.speakers, sel, keys, m.listStyles(), m.width, m.height)
	m.state = stateQuotes
}

// updateQuotes handles a key in the quotes panel, which may ask to jump
// to a quotation or to close.
func (m *model) updateQuotes(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	cmd := m.quotes.Update(msg)
	switch a := m.quotes.Asked().(type) {
	case quotes.JumpMsg:
		m.pagers[m.open].jumpQuote(a.Quote)
		m.closeQuotes()
	case quotes.CloseMsg:
		m.closeQuotes()
	}
	return m, cmd
}

// closeQuotes goes back from the quotes panel to the pager.
func (m *model) closeQuotes() {
	m.quotes = nil
	m.state = statePager
}
