package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"

	"qari/ui/help"
)

// keyMap holds every key qari answers to, each declared once: the handlers
// match these bindings, and the help screen, the lists' help lines and
// KeyTable print them, so the three cannot disagree.
type keyMap struct {
	Down        key.Binding
	Up          key.Binding
	HalfDown    key.Binding
	HalfUp      key.Binding
	PageDown    key.Binding
	PageUp      key.Binding
	Top         key.Binding
	Bottom      key.Binding
	Percent     key.Binding
	Count       key.Binding
	NextSection key.Binding
	PrevSection key.Binding
	NextQuote   key.Binding
	PrevQuote   key.Binding
	HideQuotes  key.Binding
	Quotes      key.Binding
	Speaker     key.Binding
	Contents    key.Binding
	Bidi        key.Binding
	Mark        key.Binding
	Visual      key.Binding
	Words       key.Binding
	Sentences   key.Binding
	Copy        key.Binding
	Note        key.Binding
	Remove      key.Binding
	Highlights  key.Binding
	Links       key.Binding
	Help        key.Binding
	Open        key.Binding
	Filter      key.Binding
	Search      key.Binding
	NextMatch   key.Binding
	FilterText  key.Binding
	Regex       key.Binding
	Back        key.Binding
	Unmark      key.Binding
	Quit        key.Binding
	ForceQuit   key.Binding
}

// newKeyMap returns qari's key bindings. They follow less (and vim where
// less has no opinion); ? and / are left to search.
func newKeyMap() keyMap {
	return keyMap{
		Down:        bind("down a line (the mouse wheel too)", "j", "down", "e", "ctrl+e", "ctrl+n"),
		Up:          bind("up a line (the mouse wheel too)", "k", "up", "y", "ctrl+y", "ctrl+p"),
		HalfDown:    bind("down half a screen ([count] sets how many lines)", "d", "ctrl+d"),
		HalfUp:      bind("up half a screen ([count] sets how many lines)", "u", "ctrl+u"),
		PageDown:    bind("down a screen", "space", "f", "pgdown", "ctrl+f"),
		PageUp:      bind("up a screen", "b", "pgup", "ctrl+b"),
		Top:         bind("to the top", "g", "home", "<"),
		Bottom:      bind("to the bottom", "G", "end", ">"),
		Percent:     bind("to [count] percent of the text (50%)", "%", "p"),
		Count:       key.NewBinding(key.WithKeys(digits...), key.WithHelp("[count]", "digits: a count for the next key (5j, 3], 50%)")),
		NextSection: bind("to the next section (3] three on)", "]"),
		PrevSection: bind("to the start of the section, or the one before", "["),
		NextQuote:   bind("to the next quotation (3} three on)", "}"),
		PrevQuote:   bind("to the previous quotation", "{"),
		HideQuotes:  bind("highlight quotations or not", "Q"),
		Quotes:      bind(`quotations: who said what, where`, `"`),
		Speaker:     bind("in the quotations: only one speaker's (again: the next, then all)", "s"),
		Contents:    bind("table of contents", "t"),
		Bidi:        bind("right-to-left text: reordered by qari, by the terminal, or not at all (saved)", "B"),
		Mark:        bind("highlight the current quotation (in visual mode: the selection)", "m"),
		Visual:      bind("visual mode on the sentence at the top, V the paragraph (or drag the mouse)", "v", "V"),
		Words:       bind("in visual mode: a word more, b one less", "w", "b"),
		Sentences:   bind("in visual mode: a sentence more, ( one less", ")", "("),
		Copy:        bind("copy the selection or the highlight to the clipboard (OSC 52)", "c"),
		Note:        bind("write a note on the highlight on screen", "a"),
		Remove:      bind("remove the highlight on screen (in the panel: the one selected)", "x"),
		Highlights:  bind("highlights: Enter jumps, x removes, a notes, c copies", "H"),
		Links:       bind("the links on screen, numbered with their addresses: Enter copies one", "L"),
		Help:        bind("this help", "h", "f1"),
		Open:        bind("in a list: open the article or section", "enter"),
		Filter:      bind("in the contents: filter the headings", "/"),
		Search:      bind("search forward, ? backward (in the library: every article)", "/", "?"),
		NextMatch:   bind("to the next match, N the one before (3n three on)", "n", "N"),
		FilterText:  bind("show only the paragraphs that match (& Enter: all)", "&"),
		Regex:       bind("in a search prompt: regular expressions on or off", "ctrl+r"),
		Back:        bind("back: close contents or help, to the library (one article: as Alt-U)", "esc"),
		Unmark:      bind("unmark the search and the quotation, as less's Esc-u", "alt+u"),
		Quit:        bind("quit", "q"),
		ForceQuit:   bind("quit, even while typing a filter", "ctrl+c"),
	}
}

// digits are the keys of a count prefix.
var digits = strings.Split("0123456789", "")

// bind declares a binding whose help shows all of its keys by their
// printed names.
func bind(desc string, keys ...string) key.Binding {
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = keyName(k)
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(strings.Join(names, " "), desc))
}

// keyName is how a key is printed in help: arrows as arrows, named keys
// capitalised, ctrl+x as Ctrl-X.
func keyName(k string) string {
	switch k {
	case "down":
		return "↓"
	case "up":
		return "↑"
	case "pgdown":
		return "PgDn"
	case "pgup":
		return "PgUp"
	case "f1":
		return "F1"
	}
	if c, ok := strings.CutPrefix(k, "ctrl+"); ok {
		return "Ctrl-" + strings.ToUpper(c)
	}
	if c, ok := strings.CutPrefix(k, "alt+"); ok {
		return "Alt-" + strings.ToUpper(c)
	}
	if len(k) > 1 {
		return strings.ToUpper(k[:1]) + k[1:]
	}
	return k
}

// groups are the bindings in the columns of the help screen.
func (k keyMap) groups() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.HalfDown, k.HalfUp, k.PageDown, k.PageUp},
		{k.Top, k.Bottom, k.Percent, k.Count, k.NextSection, k.PrevSection},
		{k.NextQuote, k.PrevQuote, k.HideQuotes, k.Quotes, k.Speaker},
		{k.Search, k.NextMatch, k.FilterText, k.Regex, k.Unmark},
		{k.Mark, k.Visual, k.Words, k.Sentences, k.Copy, k.Note, k.Remove, k.Highlights},
		{k.Contents, k.Links, k.Bidi, k.Help, k.Open, k.Filter, k.Back, k.Quit, k.ForceQuit},
	}
}

// ShortHelp is the one-line help: the keys a first-time reader needs.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.PageDown, k.NextSection, k.Contents, k.Help, k.Quit}
}

// FullHelp is every binding, in the help screen's columns.
func (k keyMap) FullHelp() [][]key.Binding { return k.groups() }

// listKeys maps the bindings onto a bubbles list (contents and library),
// with descriptions for a list; the list's own quit and help keys are
// left unbound because the root model handles them.
func (k keyMap) listKeys() list.KeyMap {
	km := list.DefaultKeyMap()
	km.CursorUp = relabel(k.Up, "up")
	km.CursorDown = relabel(k.Down, "down")
	km.NextPage = relabel(k.PageDown, "next page")
	km.PrevPage = relabel(k.PageUp, "previous page")
	km.GoToStart = relabel(k.Top, "first")
	km.GoToEnd = relabel(k.Bottom, "last")
	km.Filter = relabel(k.Filter, "filter")
	km.ClearFilter = relabel(k.Back, "clear filter")
	km.CancelWhileFiltering = relabel(k.Back, "cancel")
	km.ShowFullHelp = key.NewBinding(key.WithDisabled())
	km.CloseFullHelp = key.NewBinding(key.WithDisabled())
	km.Quit = key.NewBinding(key.WithDisabled())
	km.ForceQuit = key.NewBinding(key.WithDisabled())
	return km
}

// relabel is binding b with another description and its short key
// names, for the help line of a list.
func relabel(b key.Binding, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(help.ShortKeys(b), desc))
}

// KeyTable returns qari's key bindings as a Markdown table, one row a
// binding, in the order of the help screen. The README embeds it.
func KeyTable() string {
	var b strings.Builder
	b.WriteString("| Keys | Action |\n|---|---|\n")
	for _, g := range newKeyMap().groups() {
		for _, k := range g {
			h := k.Help()
			b.WriteString("|")
			for _, name := range strings.Fields(h.Key) {
				b.WriteString(" `" + name + "`")
			}
			b.WriteString(" | " + h.Desc + " |\n")
		}
	}
	return b.String()
}
