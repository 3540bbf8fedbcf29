package ui

import "qari/ui/common"

// listStyles are the model's styles as the list panels take them (see
// ui/common), as they are now: a panel keeps those it was opened with.
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
			return p.view(width, st.bidi)
		},
	}
}
