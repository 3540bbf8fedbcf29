package library

import (
	"context"
	"strconv"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader/search"
	"qari/ui/common"
)

// maxHits is how many hits a library search lists.
const maxHits = 1000

// searchState is the library's search, from / until Esc: a prompt on the
// last line and the hits above it, one a line with their article, section
// and a line of context. The hits follow the pattern as it is typed; each
// keystroke cancels the search before it. Enter on a hit opens its article
// there; Esc from the article comes back to the hits.
type searchState struct {
	prompt  Prompt
	typing  bool // the prompt takes the keys
	gen     int
	cancel  context.CancelFunc
	pending bool
	err     string // what is wrong with the pattern
	found   Found
	hits    list.Model
}

// hitItem is a row of the hits.
type hitItem Hit

// FilterValue is not used: the hits list does not filter.
func (hitItem) FilterValue() string { return "" }

// openSearch opens the search with an empty prompt.
func (m *Model) openSearch() {
	k := m.keys
	s := &searchState{prompt: m.st.NewPrompt(false), typing: true}
	s.hits = m.newList(nil, short(k.Open, "open"), short(k.Search, "search"), short(k.Back, "back"))
	s.hits.Title = "Search every article"
	s.hits.SetSize(m.width, max(m.height-1, 0))
	m.search = s
}

// closeSearch goes back to the list of articles.
func (m *Model) closeSearch() {
	if m.search.cancel != nil {
		m.search.cancel()
	}
	m.search = nil
}

// searchKey handles a key while the search is open.
func (m *Model) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	s, k := m.search, m.keys
	var cmd tea.Cmd
	if s.typing {
		switch msg.String() {
		case "up", "down", "pgup", "pgdown":
			s.hits, cmd = s.hits.Update(msg)
			return cmd
		}
		switch s.prompt.Update(msg) {
		case PromptEdited:
			return m.runSearch()
		case PromptAccept:
			s.typing = false
		case PromptCancel:
			m.closeSearch()
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Open):
		if h, ok := s.hits.SelectedItem().(hitItem); ok {
			hit := Hit(h)
			pattern, regex := s.prompt.Pattern(), s.prompt.Regex()
			m.asked = OpenMsg{Index: hit.Index, Hit: &hit, Pattern: pattern, Regex: regex}
		}
	case key.Matches(msg, k.Search):
		s.typing = true
	case key.Matches(msg, k.Back):
		m.closeSearch()
	case key.Matches(msg, k.Help):
		m.asked = HelpMsg{}
	case key.Matches(msg, k.Quit):
		return tea.Quit
	default:
		s.hits, cmd = s.hits.Update(msg)
	}
	return cmd
}

// runSearch searches every article for the prompt's pattern, cancelling
// the search before.
func (m *Model) runSearch() tea.Cmd {
	s := m.search
	if s.cancel != nil {
		s.cancel()
	}
	s.gen++
	s.err, s.pending = "", false
	q := search.Query{Pattern: s.prompt.Pattern(), Regex: s.prompt.Regex(), FoldDigits: true}
	if q.Pattern == "" {
		s.found = Found{}
		s.hits.SetItems(nil)
		return nil
	}
	if q.Regex {
		// a pattern that does not compile is said at once
		if _, err := search.Compile(q); err != nil {
			s.err = common.OneLine(err.Error())
			return nil
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel, s.pending = cancel, true
	gen, shelf := s.gen, m.shelf
	return func() tea.Msg {
		f, err := shelf.Search(ctx, q, maxHits)
		if ctx.Err() != nil {
			return nil
		}
		return searchedMsg{gen: gen, found: f, err: err}
	}
}

// searchedMsg carries the hits of a search.
type searchedMsg struct {
	gen   int
	found Found
	err   error
}

// applyTo lists the hits, if they answer the latest pattern.
func (msg searchedMsg) applyTo(m *Model) tea.Cmd {
	s := m.search
	if s == nil || msg.gen != s.gen {
		return nil
	}
	s.pending = false
	if msg.err != nil {
		s.err = common.OneLine(msg.err.Error())
	}
	s.found = msg.found
	items := make([]list.Item, len(msg.found.Hits))
	for i, h := range msg.found.Hits {
		items[i] = hitItem(h)
	}
	s.hits.Select(0)
	return s.hits.SetItems(items)
}

// hitRow draws the article and section, then the context, the hit kept
// in sight: the context before it is cut from the left.
func (m *Model) hitRow(h Hit, width int) string {
	head := common.Clip(h.Title, width)
	if h.Section != "" {
		head += " › " + common.Clip(h.Section, width)
	}
	hw := min(ansi.StringWidth(head), max(width/3, 10), width)
	head = m.st.Text(head, hw)
	cw := width - ansi.StringWidth(head) - 3
	if cw < 4 {
		return head
	}
	mw := ansi.StringWidth(h.Match)
	before := h.Before
	if bw, keep := ansi.StringWidth(before), max((cw-mw)/2, 1); bw > keep {
		before = ansi.TruncateLeft(before, bw-keep+1, "…")
	}
	return head + "   " + m.st.Dim.Render(m.st.Text(before+h.Match+h.After, cw))
}

// searchView draws the hits and, on the last line, the prompt (the same
// way while it is typed and after Enter) and what was found.
func (m *Model) searchView() string {
	s := m.search
	var status string
	switch f := s.found; {
	case s.err != "":
		status = s.err
	case s.pending:
		status = "searching…"
	case s.prompt.Pattern() == "":
	case len(f.Hits) == 0:
		status = "no match"
	case f.Total > 0:
		status = plural(f.Total, "match", "matches") + " in " + plural(f.Articles, "article", "articles")
		if f.Total > len(f.Hits) {
			status += ", the first " + strconv.Itoa(len(f.Hits)) + " listed"
		}
	default:
		status = plural(f.Articles, "article", "articles") + ", " + plural(len(f.Hits), "match", "matches") + " listed"
	}
	if status != "" {
		status = " " + status + " "
	}
	rw := min(ansi.StringWidth(status), m.width/2)
	status = ansi.Truncate(status, rw, "…")
	bottom := s.prompt.View(m.width-rw, s.typing) + m.st.Dim.Render(status)
	if m.height == 1 {
		return bottom
	}
	return common.Frame(s.hits.View(), m.width, m.height-1) + "\n" + bottom
}

// plural is n and the noun for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
