package ui

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/ui/layout"
)

// promptAction is what a key did to a prompt.
type promptAction uint8

// The actions of a prompt.
const (
	promptNone   promptAction = iota // nothing the owner must answer (a key it ignores)
	promptEdited                     // the text or the regex mode changed: search again
	promptAccept                     // Enter
	promptCancel                     // Esc, or Backspace on an empty prompt (as in less)
)

// searchPrompt is the line where a search pattern is typed: after / or ?
// in the pager (forward, backward), after & (the filter), and in the
// library. It holds runes typed at its end, the way less's prompt is
// used: Backspace, Ctrl-U (clear) and Ctrl-W (last word) edit it, and
// Ctrl-R switches regular expressions on and off.
type searchPrompt struct {
	lead   string // what starts the line: "/", "?" or "&"
	text   []rune // the pattern, free of control characters
	regex  bool   // the pattern is a Go regular expression
	cursor string // how the cursor is drawn (a reverse-video blank, or "_" without colours)
}

// newPrompt returns an empty prompt that starts with lead.
func newPrompt(lead string, regex bool, cursor string) *searchPrompt {
	return &searchPrompt{lead: lead, regex: regex, cursor: cursor}
}

// pattern is the text typed.
func (s *searchPrompt) pattern() string { return string(s.text) }

// update applies a key to the prompt.
func (s *searchPrompt) update(msg tea.KeyPressMsg, keys keyMap) promptAction {
	switch {
	case key.Matches(msg, keys.Open):
		return promptAccept
	case key.Matches(msg, keys.Back):
		return promptCancel
	case key.Matches(msg, keys.Regex):
		s.regex = !s.regex
		return promptEdited
	}
	switch msg.String() {
	case "backspace", "ctrl+h":
		if len(s.text) == 0 {
			return promptCancel
		}
		s.text = s.text[:len(s.text)-1]
		return promptEdited
	case "ctrl+u":
		s.text = s.text[:0]
		return promptEdited
	case "ctrl+w":
		s.text = dropWord(s.text)
		return promptEdited
	}
	if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
		return s.insert(msg.Text)
	}
	return promptNone
}

// insert adds typed or pasted text at the end of the prompt. Control
// characters, line breaks and bidi controls are dropped: the pattern is
// one line of text, and what the prompt draws is what is searched for.
func (s *searchPrompt) insert(text string) promptAction {
	n := len(s.text)
	for _, r := range text {
		if printable(r) {
			s.text = append(s.text, r)
		}
	}
	if len(s.text) == n {
		return promptNone
	}
	return promptEdited
}

// printable reports whether r may stand in a pattern: not a control
// character, a line or paragraph separator, or a bidi embedding, override
// or isolate control, which would rearrange the prompt on screen.
func printable(r rune) bool {
	switch {
	case r == unicode.ReplacementChar:
		return true
	case r < ' ', r == 0x7f, r >= 0x80 && r < 0xa0, r == '\u2028', r == '\u2029':
		return false
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return false
	}
	return true
}

// dropWord removes the last word of text and the blanks after it.
func dropWord(text []rune) []rune {
	i := len(text)
	for i > 0 && unicode.IsSpace(text[i-1]) {
		i--
	}
	for i > 0 && !unicode.IsSpace(text[i-1]) {
		i--
	}
	return text[:i]
}

// view draws the prompt in exactly width cells: the lead ("regex /" in
// regex mode), the pattern and the cursor. A pattern too long for the line
// loses its start, so that the end being typed stays in sight. The pattern
// is reordered and shaped by opt as the article is, and the cursor stands
// where the next letter will appear: on the left of Arabic being typed
// (see promptText).
func (s *searchPrompt) view(width int, opt layout.Options) string {
	if width < 1 {
		return ""
	}
	lead := s.lead
	if s.regex {
		lead = "regex " + lead
	}
	cw := ansi.StringWidth(s.cursor)
	pat := s.pattern()
	room := width - ansi.StringWidth(lead) - cw
	if room < 1 {
		return ansi.Truncate(lead, width, "") + strings.Repeat(" ", max(width-ansi.StringWidth(lead), 0))
	}
	if w := ansi.StringWidth(pat); w > room {
		// whole graphemes go: harakat leave with their letter
		pat = ansi.TruncateLeft(pat, w-room+1, "…")
	}
	before, after := promptText(pat, opt)
	line := lead + before + s.cursor + after
	return line + strings.Repeat(" ", max(width-ansi.StringWidth(line), 0))
}

// cursorMark is how a prompt draws its cursor: a reverse-video blank, or
// "_" for a theme without colours, whose chrome holds no escape sequence.
func cursorMark(plain bool) string {
	if plain {
		return "_"
	}
	return "\x1b[7m \x1b[m"
}
