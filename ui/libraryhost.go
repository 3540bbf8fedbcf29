package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/ui/layout"
	"qari/ui/library"
)

// The library screen is the ui/library component; this file is the root
// model's side of it: its styles and prompt, made of the reader's own, and
// the articles it asks to open.

// newLibraryScreen returns the library of shelf drawn with the model's
// styles.
func (m *model) newLibraryScreen(shelf library.Shelf) *library.Model {
	return library.New(shelf, library.DefaultKeyMap(m.keys.listKeys()), m.libraryStyles())
}

// libraryStyles are the model's styles as the library takes them.
func (m *model) libraryStyles() library.Styles {
	st := m.st
	cursor := cursorMark(m.cfg.Theme.Plain())
	return library.Styles{
		List:     st.list,
		Help:     st.help,
		Selected: st.selected,
		Dim:      st.dim,
		Text:     func(s string, w int) string { return m.st.text(s, w) }, // the bidi toggle changes m.st
		NewPrompt: func(regex bool) library.Prompt {
			return &libraryPrompt{p: newPrompt("/", regex, cursor), keys: m.keys, bidi: &m.st.bidi}
		},
	}
}

// libraryPrompt is the reader's search prompt as the library's Prompt.
type libraryPrompt struct {
	p    *searchPrompt
	keys keyMap
	bidi *layout.Options // the model's, which the bidi toggle changes
}

// Update edits the prompt.
func (lp *libraryPrompt) Update(msg tea.KeyPressMsg) library.PromptAction {
	return library.PromptAction(lp.p.update(msg, lp.keys))
}

// Insert adds pasted text.
func (lp *libraryPrompt) Insert(text string) library.PromptAction {
	return library.PromptAction(lp.p.insert(text))
}

// Pattern is the text typed.
func (lp *libraryPrompt) Pattern() string { return lp.p.pattern() }

// Regex reports whether the pattern is a regular expression.
func (lp *libraryPrompt) Regex() bool { return lp.p.regex }

// View draws the prompt the same way while it is typed and after Enter:
// the / goes where the reading starts, on the right of a right-to-left
// pattern when qari lays the line out, so that Enter moves nothing.
func (lp *libraryPrompt) View(width int, typing bool) string {
	if width < 1 {
		return ""
	}
	p := *lp.p
	if !typing {
		p.cursor = ""
	}
	if lp.bidi.Bidi != layout.BidiApp || p.pattern() == "" {
		return p.view(width, *lp.bidi)
	}
	if _, rtl, _ := chromeLine(p.pattern(), width, *lp.bidi); !rtl {
		return p.view(width, *lp.bidi)
	}
	lead := p.lead
	if p.regex {
		lead = "regex " + lead
	}
	p.lead = ""
	line := p.view(max(width-ansi.StringWidth(lead), 1), *lp.bidi)
	out := strings.TrimRight(line, " ") + lead
	return out + strings.Repeat(" ", max(width-ansi.StringWidth(out), 0))
}

// openFromLibrary opens the article the library asked for, at the search
// hit when it names one: the hit is the current match, on screen, and n
// and N go on from it.
func (m *model) openFromLibrary(msg library.OpenMsg) tea.Cmd {
	opening := m.openDoc(msg.Index)
	if m.state != statePager {
		return opening // it could not be loaded: the library says why
	}
	read := m.lib.Opened(msg.Index)
	if msg.Hit == nil {
		return tea.Batch(opening, read)
	}
	p := m.pagers[msg.Index]
	h := hit{msg.Hit.Start, msg.Hit.End}
	if h.end > len(p.doc.Text) || h.start < 0 || h.start > h.end {
		return tea.Batch(opening, read)
	}
	f := m.finder(p)
	f.stop()
	f.prompt = nil
	f.searchState = f.newState(msg.Pattern, msg.Regex, false)
	f.cur, f.found = h, true
	p.reveal(h.start)
	return tea.Batch(opening, read, f.countCmds())
}
