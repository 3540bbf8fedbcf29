package ui

import (
	"strconv"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// copyText puts s on the system clipboard with OSC 52, which terminals
// (and tmux with set-clipboard) pass to the desktop, even over ssh. s is
// text of the document as it is stored, in logical order: a right-to-left
// passage pastes as it was written, not as the screen shows it.
func copyText(p *pager, s string) tea.Cmd {
	if s == "" {
		p.notice = "nothing to copy"
		return nil
	}
	p.notice = "copied " + strconv.Itoa(utf8.RuneCountInString(s)) + " characters (OSC 52)"
	return tea.SetClipboard(s)
}
