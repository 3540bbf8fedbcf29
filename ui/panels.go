package ui

import (
	"qari/ui/common"
	"qari/ui/contents"
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
