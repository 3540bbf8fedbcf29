// Package library is qari's library screen, a Bubble Tea component in the
// manner of soft-serve's: a Model with its KeyMap and SetSize that the
// root model routes keys and messages to. It lists the articles of a
// Shelf (the documents of a command line, or the store's library, unread
// first) with filters (unread, starred, with highlights, language, feed),
// stars and marks them read, and searches every article with / (the
// store's full-text index, or the matcher over documents in memory).
//
// What the library cannot do itself it asks for with a message: OpenMsg
// to read an article (at a search hit), HelpMsg for the help screen.
// Text it draws goes through Styles.Text, the host's chrome text, so that
// right-to-left titles read correctly and no control sequence of an
// article reaches the terminal.
package library

import (
	"errors"
	"io"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/ui/common"
)

// wordsPerMinute is the reading speed behind the reading times.
const wordsPerMinute = 200

// KeyMap is the library's keys. List moves in the lists.
type KeyMap struct {
	List    list.KeyMap
	Open    key.Binding
	Search  key.Binding
	Regex   key.Binding // in the search prompt
	Star    key.Binding
	Read    key.Binding
	Unread  key.Binding // the filters
	Starred key.Binding
	Marked  key.Binding
	Lang    key.Binding
	Feed    key.Binding
	Back    key.Binding
	Help    key.Binding
	Quit    key.Binding
}

// DefaultKeyMap returns the library's keys, with lk to move in its lists.
func DefaultKeyMap(lk list.KeyMap) KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		List:    lk,
		Open:    b("enter", "open the article (at the hit)", "enter"),
		Search:  b("/", "search every article (Enter, then Enter on a hit)", "/"),
		Regex:   b("ctrl+r", "in the prompt: regular expressions on or off (a stored library finds words)", "ctrl+r"),
		Star:    b("s", "star or unstar", "s"),
		Read:    b("r", "mark read or unread", "r"),
		Unread:  b("u", "only the unread (again: all)", "u"),
		Starred: b("*", "only the starred (again: all)", "*"),
		Marked:  b("m", "only those with highlights (again: all)", "m"),
		Lang:    b("L", "only one language (again: the next, then all)", "L"),
		Feed:    b("F", "only one feed (again: the next, then all)", "F"),
		Back:    b("esc", "every article again; in the search: back to the list", "esc"),
		Help:    b("h", "help", "h", "f1"),
		Quit:    b("q", "quit (in an article: back to the library)", "q"),
	}
}

// Bindings are the library's own keys, in the order the help and the
// README list them (the list's moves are the pager's).
func (k KeyMap) Bindings() []key.Binding {
	return []key.Binding{k.Open, k.Search, k.Regex, k.Star, k.Read, k.Unread, k.Starred, k.Marked, k.Lang, k.Feed, k.Back, k.Help, k.Quit}
}

// Table lists the library's keys as rows of a Markdown table (for the
// README): the keys, then what they do.
func (k KeyMap) Table() string {
	var b strings.Builder
	for _, kb := range k.Bindings() {
		h := kb.Help()
		b.WriteString("| `" + h.Key + "` | " + h.Desc + " |\n")
	}
	return b.String()
}

// Styles is how the library looks, from the host's theme.
type Styles struct {
	List     list.Styles
	Help     help.Styles
	Selected lipgloss.Style // the row under the cursor
	Dim      lipgloss.Style // the columns, the search's status
	// Text draws s as one line in at most width cells, reordered and
	// shaped for the terminal and free of control sequences.
	Text func(s string, width int) string
	// NewPrompt returns an empty search prompt.
	NewPrompt func(regex bool) Prompt
}

// PromptAction is what a key did to a Prompt.
type PromptAction uint8

// The actions of a prompt.
const (
	PromptNone   PromptAction = iota // nothing to answer
	PromptEdited                     // the pattern or its mode changed: search again
	PromptAccept                     // Enter
	PromptCancel                     // Esc, or Backspace on an empty prompt
)

// Prompt is the line a search pattern is typed in, the host's own, so
// that the library's search edits and draws as the reader's does.
type Prompt interface {
	Update(msg tea.KeyPressMsg) PromptAction
	Insert(text string) PromptAction // pasted text
	Pattern() string
	Regex() bool
	// View draws the prompt in width cells; typing draws its cursor.
	View(width int, typing bool) string
}

// OpenMsg (the library's Asked) asks the host to open article Index, at Hit when it is not nil
// (Pattern and Regex are then the search that found it).
type OpenMsg struct {
	Index   int
	Hit     *Hit
	Pattern string
	Regex   bool
}

// HelpMsg (the library's Asked) asks the host for the help screen.
type HelpMsg struct{}

// filters are the library's filters; the zero value shows everything.
type filters struct {
	unread, starred, marked bool
	lang, feed              string
}

// Model is the library screen. Use it by pointer.
type Model struct {
	shelf   Shelf
	keys    KeyMap
	st      Styles
	entries []Entry
	filter  filters
	list    list.Model
	width   int
	height  int
	notice  string       // the last thing that went wrong, shown in the title
	asked   tea.Msg      // an OpenMsg or HelpMsg for the host (Asked)
	search  *searchState // from / until Esc (search.go)
}

// errRegex is the stored library's answer to a regular expression.
var errRegex = errors.New("the library's index finds words: Ctrl-R for a plain search")

// New returns the library of shelf.
func New(shelf Shelf, keys KeyMap, st Styles) *Model {
	m := &Model{shelf: shelf, keys: keys, st: st, entries: shelf.Entries()}
	m.list = m.newList(nil, short(keys.Open, "open"), short(keys.Search, "search"), short(keys.Star, "star"),
		short(keys.Read, "read"), short(keys.Unread, "unread"), short(keys.Help, "help"), short(keys.Quit, "quit"))
	m.refilter()
	return m
}

// newList returns a list of rows drawn by the library, with extra keys in
// its help line.
func (m *Model) newList(items []list.Item, extra ...key.Binding) list.Model {
	l := list.New(items, delegate{m}, max(m.width, 0), max(m.height, 0))
	l.KeyMap = m.keys.List
	l.Styles = m.st.List
	// "3/280", not a dot a page: 10,000 articles make hundreds of pages
	l.Paginator.Type = paginator.Arabic
	l.Help.Styles = m.st.Help
	l.SetShowStatusBar(false)
	l.SetFilteringEnabled(false) // / searches the articles' text
	l.AdditionalShortHelpKeys = func() []key.Binding { return extra }
	return l
}

// short is b with a short description, for a list's help line.
func short(b key.Binding, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(b.Help().Key, desc))
}

// Keys are the library's keys.
func (m *Model) Keys() KeyMap { return m.keys }

// Init counts the words of the articles whose count is not known, and
// reads the rest of a shelf that listed its first articles only, off the
// UI goroutine.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if r, ok := m.shelf.(Rester); ok && len(m.entries) < m.shelf.Len() {
		cmds = append(cmds, func() tea.Msg {
			es, err := r.Rest()
			return restMsg{entries: es, err: err}
		})
	}
	for i, e := range m.entries {
		if e.Words < 0 {
			shelf := m.shelf
			cmds = append(cmds, func() tea.Msg { return wordsMsg{i: i, n: shelf.Words(i)} })
		}
	}
	return tea.Batch(cmds...)
}

// SetSize fits the library to a w×h screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.list.SetSize(m.width, m.height)
	if m.search != nil {
		m.search.hits.SetSize(m.width, max(m.height-1, 0))
	}
}

// Len is how many articles the shelf holds, listed or still being read.
func (m *Model) Len() int { return m.shelf.Len() }

// SetProgress shows how far article i was read and its highlights.
func (m *Model) SetProgress(i, percent, marks int) {
	if i >= 0 && i < len(m.entries) {
		m.entries[i].Percent, m.entries[i].Marks = percent, marks
	}
}

// Opened marks article i read, as opening it does.
func (m *Model) Opened(i int) tea.Cmd {
	if i < 0 || i >= len(m.entries) || m.entries[i].Read {
		return nil
	}
	m.entries[i].Read = true
	shelf := m.shelf
	return func() tea.Msg { return savedMsg{err: shelf.SetRead(i, true)} }
}

// Searching reports whether the search's prompt takes the keys (so that
// the host sends a paste to it).
func (m *Model) Searching() bool { return m.search != nil && m.search.typing }

// Paste adds pasted text to the search prompt while it is typed.
func (m *Model) Paste(text string) tea.Cmd {
	if !m.Searching() || m.search.prompt.Insert(text) != PromptEdited {
		return nil
	}
	return m.runSearch()
}

// Front is the list on screen, for the mouse wheel.
func (m *Model) Front() *list.Model {
	if m.search != nil {
		return &m.search.hits
	}
	return &m.list
}

// Asked returns, once, what the last key asked the host for: an OpenMsg
// or a HelpMsg; nil when it asked nothing. The host asks right after
// Update, so that an article opens in the frame of its key.
func (m *Model) Asked() tea.Msg {
	a := m.asked
	m.asked = nil
	return a
}

// Owns reports whether msg is the answer of the library's own work (a
// search, word counts, the rest of the list, a flag saved): the host
// gives it to Update whatever screen is in front, so that none is lost
// while an article is read.
func Owns(msg tea.Msg) bool {
	switch msg.(type) {
	case wordsMsg, restMsg, savedMsg, searchedMsg:
		return true
	}
	return false
}

// wordsMsg carries the word count of article i.
type wordsMsg struct{ i, n int }

// restMsg carries the articles after a Rester's first ones.
type restMsg struct {
	entries []Entry
	err     error
}

// savedMsg is the shelf's answer to a flag kept.
type savedMsg struct{ err error }

// Update handles a key or a message of the library's own.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case wordsMsg:
		if msg.i < len(m.entries) {
			m.entries[msg.i].Words = msg.n
		}
		return nil
	case restMsg:
		if msg.err != nil {
			m.notice = msg.err.Error()
		}
		m.entries = append(m.entries, msg.entries[:min(len(msg.entries), m.shelf.Len()-len(m.entries))]...)
		m.refilter()
		return nil
	case savedMsg:
		if msg.err != nil {
			m.notice = msg.err.Error()
			m.retitle()
		}
		return nil
	case searchedMsg:
		return msg.applyTo(m)
	case tea.KeyPressMsg:
		if m.search != nil {
			return m.searchKey(msg)
		}
		return m.key(msg)
	}
	var cmd tea.Cmd
	if m.search != nil {
		m.search.hits, cmd = m.search.hits.Update(msg)
		return cmd
	}
	m.list, cmd = m.list.Update(msg)
	return cmd
}

// key handles a key on the list of articles.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	i, ok := m.list.SelectedItem().(item)
	switch {
	case key.Matches(msg, k.Open):
		if ok {
			m.asked = OpenMsg{Index: int(i)}
		}
	case key.Matches(msg, k.Search):
		m.openSearch()
	case key.Matches(msg, k.Star):
		if ok {
			e := &m.entries[i]
			e.Starred = !e.Starred
			shelf, on := m.shelf, e.Starred
			m.refilter()
			return func() tea.Msg { return savedMsg{err: shelf.SetStarred(int(i), on)} }
		}
	case key.Matches(msg, k.Read):
		if ok {
			e := &m.entries[i]
			e.Read = !e.Read
			shelf, on := m.shelf, e.Read
			m.refilter()
			return func() tea.Msg { return savedMsg{err: shelf.SetRead(int(i), on)} }
		}
	case key.Matches(msg, k.Unread):
		m.filter.unread = !m.filter.unread
		m.refilter()
	case key.Matches(msg, k.Starred):
		m.filter.starred = !m.filter.starred
		m.refilter()
	case key.Matches(msg, k.Marked):
		m.filter.marked = !m.filter.marked
		m.refilter()
	case key.Matches(msg, k.Lang):
		m.filter.lang = m.nextValue(m.filter.lang, func(e Entry) string { return e.Lang })
		m.refilter()
	case key.Matches(msg, k.Feed):
		m.filter.feed = m.nextValue(m.filter.feed, func(e Entry) string { return e.Feed })
		m.refilter()
	case key.Matches(msg, k.Back):
		if m.filter != (filters{}) {
			m.filter = filters{}
			m.refilter()
		}
	case key.Matches(msg, k.Help):
		m.asked = HelpMsg{}
	case key.Matches(msg, k.Quit):
		return tea.Quit
	default:
		var cmd tea.Cmd
		m.list, cmd = m.list.Update(msg)
		return cmd
	}
	return nil
}

// nextValue is the value after cur among the entries' values of field,
// in the order they first appear; "" (every value) after the last.
func (m *Model) nextValue(cur string, field func(Entry) string) string {
	var vals []string
	seen := map[string]bool{}
	for _, e := range m.entries {
		if v := field(e); v != "" && !seen[v] {
			seen[v] = true
			vals = append(vals, v)
		}
	}
	for i, v := range vals {
		if v == cur {
			if i+1 < len(vals) {
				return vals[i+1]
			}
			return ""
		}
	}
	if cur == "" && len(vals) > 0 {
		return vals[0]
	}
	return ""
}

// refilter lists the entries the filters let through, the cursor kept
// on the article it was on when that one is still listed.
func (m *Model) refilter() {
	var cur = -1
	if i, ok := m.list.SelectedItem().(item); ok {
		cur = int(i)
	}
	f := m.filter
	items := make([]list.Item, 0, len(m.entries))
	sel := 0
	for i, e := range m.entries {
		switch {
		case f.unread && e.Read, f.starred && !e.Starred, f.marked && e.Marks == 0,
			f.lang != "" && e.Lang != f.lang, f.feed != "" && e.Feed != f.feed:
			continue
		}
		if i == cur {
			sel = len(items)
		}
		items = append(items, item(i))
	}
	m.list.SetItems(items)
	m.list.Select(sel)
	m.retitle()
}

// retitle writes the list's title: how many articles, the filters on,
// the last problem.
func (m *Model) retitle() {
	f := m.filter
	n := len(m.list.Items())
	if f == (filters{}) {
		n = m.shelf.Len() // the rest of a large library may still be being read
	}
	t := "qari: " + strconv.Itoa(n) + " articles"
	if n == 1 {
		t = "qari: 1 article"
	}
	var on []string
	if f.unread {
		on = append(on, "unread")
	}
	if f.starred {
		on = append(on, "★")
	}
	if f.marked {
		on = append(on, "✎")
	}
	if f.lang != "" {
		on = append(on, f.lang)
	}
	if f.feed != "" {
		on = append(on, "feed "+f.feed)
	}
	if len(on) > 0 {
		t += " (of " + strconv.Itoa(len(m.entries)) + "; " + strings.Join(on, ", ") + "; esc: all)"
	}
	if m.notice != "" {
		t += " · " + m.notice
	}
	m.list.Title = common.OneLine(t)
}

// View draws the library: the list of articles, or the search's hits
// with its prompt on the last line.
func (m *Model) View() string {
	if m.width < 1 || m.height < 1 {
		return ""
	}
	if m.search != nil {
		return m.searchView()
	}
	return common.Frame(m.list.View(), m.width, m.height)
}

// item is a row of the list of articles: an index into Model.entries.
type item int

// FilterValue is not used: the list does not filter.
func (item) FilterValue() string { return "" }

// delegate draws the rows of the library's lists one line each, with a
// cursor mark in front of the selected one that shows without colours.
type delegate struct{ m *Model }

// Height is one line per row.
func (delegate) Height() int { return 1 }

// Spacing puts no blank line between rows.
func (delegate) Spacing() int { return 0 }

// Update handles no messages of its own.
func (delegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render writes row index, cut to the list's width.
func (d delegate) Render(w io.Writer, l list.Model, index int, it list.Item) {
	width := l.Width() - 2
	if width < 1 {
		return
	}
	var line string
	switch it := it.(type) {
	case item:
		line = d.m.row(d.m.entries[it], width)
	case hitItem:
		line = d.m.hitRow(Hit(it), width)
	default:
		return
	}
	line = ansi.Truncate(line, width, "…")
	if index == l.Index() {
		io.WriteString(w, d.m.st.Selected.Render("> "+line))
		return
	}
	io.WriteString(w, "  "+line)
}

// row draws an entry: ● when unread, ★ when starred, the title, then
// where it comes from, how far it was read, its highlights (✎3), the
// language and the reading time in columns on the right when there is
// room.
func (m *Model) row(e Entry, width int) string {
	flags := " "
	if !e.Read {
		flags = "●"
	}
	if e.Starred {
		flags += "★"
	} else {
		flags += " "
	}
	lang := e.Lang
	if lang == "" {
		lang = "–"
	}
	words, minutes, read, marks := "…", "…", "", ""
	if e.Words >= 0 {
		words = groupThousands(e.Words) + " words"
		minutes = strconv.Itoa((e.Words+wordsPerMinute-1)/wordsPerMinute) + " min"
	}
	if e.Percent >= 0 {
		read = strconv.Itoa(e.Percent) + "%"
	}
	if e.Marks > 0 {
		marks = "✎" + strconv.Itoa(e.Marks)
	}
	from := e.Feed
	if from == "" {
		from = e.Site
	}
	meta := padLeft(read, 5) + padLeft(marks, 5) + padLeft(lang, 4) + padLeft(minutes, 8)
	switch {
	case width < narrowLibrary:
		// the title gets the room; the highlights are left to wider rows
		meta = padLeft(read, 5) + padLeft(lang, 3) + padLeft(minutes, 7)
	case width >= wideLibrary:
		meta = padLeft(read, 5) + padLeft(marks, 6) + padLeft(lang, 4) + padLeft(words, 15) + padLeft(minutes, 9)
	}
	if width >= 90 && from != "" {
		meta = "  " + m.st.Text(common.Clip(from, 20), 20) + meta
	}
	mw := ansi.StringWidth(meta)
	room := width - 3
	if room < mw+12 {
		return flags + " " + m.st.Text(common.Clip(e.Title, room), room)
	}
	title := m.st.Text(common.Clip(e.Title, room-mw-1), room-mw-1)
	return flags + " " + title + strings.Repeat(" ", max(room-mw-ansi.StringWidth(title), 0)) + m.st.Dim.Render(meta)
}

// Row widths: under narrowLibrary a row shows the title, how far it was
// read, the language and the reading time; from wideLibrary the word
// count too and, from 90, where the article comes from.
const (
	narrowLibrary = 50
	wideLibrary   = 70
)

// groupThousands writes n with commas: 12,345.
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// padLeft right-aligns s in n cells.
func padLeft(s string, n int) string {
	return strings.Repeat(" ", max(n-ansi.StringWidth(s), 0)) + s
}

// Notice shows what went wrong (an article that could not be opened) in
// the title, until the next problem.
func (m *Model) Notice(text string) {
	m.notice = text
	m.retitle()
}
