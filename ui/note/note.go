// Package note is the line where the note of a highlight is written: in
// the pager's status bar, or at the foot of the highlights panel
// (ui/highlights). Accepting keeps the note (an empty one removes it),
// cancelling leaves it as it was.
package note

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Limit is the longest note, in characters.
const Limit = 2000

// Editor edits the note of one highlight. Use it by pointer.
type Editor struct {
	Key   int // the highlight's key, the host's
	input textinput.Model
}

// New opens the note text of highlight key for editing, drawn with st.
func New(key int, text string, st textinput.Styles) *Editor {
	in := textinput.New()
	in.Prompt = "note: "
	in.Placeholder = "a note on this highlight (Enter keeps it, Esc cancels)"
	in.CharLimit = Limit
	in.SetStyles(st)
	in.SetValue(text)
	in.Focus()
	return &Editor{Key: key, input: in}
}

// Line draws the editor in exactly width cells.
func (e *Editor) Line(width int) string {
	if width < 1 {
		return ""
	}
	e.input.SetWidth(max(width-ansi.StringWidth(e.input.Prompt)-1, 1))
	l := ansi.Truncate(e.input.View(), width, "")
	return l + strings.Repeat(" ", max(width-ansi.StringWidth(l), 0))
}

// Update applies a key to the editor; done is true when accept or cancel
// closed it, and keep when the note is to be kept.
func (e *Editor) Update(msg tea.KeyPressMsg, accept, cancel key.Binding) (done, keep bool) {
	switch {
	case key.Matches(msg, accept):
		return true, true
	case key.Matches(msg, cancel):
		return true, false
	}
	e.input, _ = e.input.Update(msg)
	return false, false
}

// Paste gives pasted text to the note.
func (e *Editor) Paste(msg tea.PasteMsg) { e.input, _ = e.input.Update(msg) }

// Value is the note as written so far.
func (e *Editor) Value() string { return e.input.Value() }
