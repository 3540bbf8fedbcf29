package ui

import (
	"context"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/reader/search"
)

// Library search bounds: the hits listed (all are counted), and the
// context either side of a hit in its row.
const (
	maxLibraryHits  = 1000
	hitContextRunes = 60
)

// librarySearch is the library's full-text search, from / until Esc: a
// prompt at the bottom of the screen and the list of hits above it, one a
// line with its article, section and a line of context. The hits follow
// the pattern as it is typed; each keystroke cancels the search before it.
// Enter on a hit opens its article there, the hit highlighted; Esc from
// the article comes back to the hits.
type librarySearch struct {
	prompt   *searchPrompt // non-nil while the user types
	pattern  string
	regex    bool
	err      string // what is wrong with the pattern (a regular expression)
	gen      int
	cancel   context.CancelFunc
	pending  bool
	hits     list.Model
	total    int // matches in every article
	articles int // articles with a match
}

// hitItem is one hit in the library search's list.
type hitItem struct {
	doc     int // index in model.docs
	title   string
	section string // the heading of the section holding the hit; "" in the lead
	h       hit
	before  string // the hit's line around it, on one line
	match   string
	after   string
}

// FilterValue is not used: the hits list does not filter.
func (h hitItem) FilterValue() string { return "" }

// row draws the article and section, then the context, the hit kept in
// sight: the context before it is cut from the left.
func (h hitItem) row(st styles, width int) string {
	head := clip(h.title, width)
	if h.section != "" {
		head += " › " + clip(h.section, width)
	}
	hw := min(ansi.StringWidth(head), max(width/3, 10), width)
	head = st.text(head, hw)
	cw := width - ansi.StringWidth(head) - 3
	if cw < 4 {
		return head
	}
	mw := ansi.StringWidth(h.match)
	before := h.before
	if bw, keep := ansi.StringWidth(before), max((cw-mw)/2, 1); bw > keep {
		before = ansi.TruncateLeft(before, bw-keep+1, "…")
	}
	ctx := st.text(before+h.match+h.after, cw)
	return head + "   " + st.dim.Render(ctx)
}

// libraryKey handles a key in the library while its search is open, and
// / that opens it. ok is false for the keys it leaves to the library list.
func (m *model) libraryKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	ls := m.lsearch
	if ls == nil {
		if !key.Matches(msg, m.keys.Search) {
			return nil, false
		}
		ls = &librarySearch{regex: m.cfg.Regex}
		m.lsearch = ls
		ls.hits = m.newHitList(nil)
		ls.prompt = newPrompt("/", ls.regex, cursorMark(m.cfg.Theme.Plain()))
		return nil, true
	}
	if ls.prompt != nil {
		switch msg.String() {
		case "up", "down", "pgup", "pgdown":
			ls.hits, cmd = ls.hits.Update(msg)
			return cmd, true
		}
		switch ls.prompt.update(msg, m.keys) {
		case promptEdited:
			return m.searchLibrary(), true
		case promptAccept:
			ls.prompt = nil
		case promptCancel:
			m.closeLibrarySearch()
		}
		return nil, true
	}
	switch {
	case key.Matches(msg, m.keys.Open):
		if h, ok := ls.hits.SelectedItem().(hitItem); ok {
			return m.openHit(h), true
		}
	case key.Matches(msg, m.keys.Search):
		ls.prompt = newPrompt("/", ls.regex, cursorMark(m.cfg.Theme.Plain()))
		ls.prompt.insert(ls.pattern)
	case key.Matches(msg, m.keys.Back):
		m.closeLibrarySearch()
	case key.Matches(msg, m.keys.Help):
		m.back, m.state = stateLibrary, stateHelp
	case key.Matches(msg, m.keys.Quit):
		return tea.Quit, true
	default:
		ls.hits, cmd = ls.hits.Update(msg)
		return cmd, true
	}
	return nil, true
}

// closeLibrarySearch goes back to the list of articles.
func (m *model) closeLibrarySearch() {
	if m.lsearch.cancel != nil {
		m.lsearch.cancel()
	}
	m.lsearch = nil
}

// newHitList returns the list of hits for the screen, its last line
// left to the prompt.
func (m *model) newHitList(items []list.Item) list.Model {
	k := m.keys
	l := newList(items, m.st, m.width, max(m.height-1, 0), k.listKeys(),
		relabel(k.Open, "open"), relabel(k.Search, "search"), relabel(k.Back, "back"))
	l.SetFilteringEnabled(false)
	l.Title = "Search every article"
	return l
}

// searchLibrary starts searching every article for the prompt's pattern,
// cancelling the search before.
func (m *model) searchLibrary() tea.Cmd {
	ls := m.lsearch
	if ls.cancel != nil {
		ls.cancel()
	}
	ls.gen++
	ls.pattern, ls.regex = ls.prompt.pattern(), ls.prompt.regex
	ls.err, ls.pending = "", false
	if ls.pattern == "" {
		ls.total, ls.articles = 0, 0
		ls.hits.SetItems(nil)
		return nil
	}
	mt, err := search.Compile(search.Query{Pattern: ls.pattern, Regex: ls.regex, FoldDigits: true})
	if err != nil {
		ls.err = patternError(err)
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	ls.cancel, ls.pending = cancel, true
	gen, docs := ls.gen, m.docs
	return func() tea.Msg {
		msg, err := findInLibrary(ctx, mt, docs)
		if err != nil {
			return nil
		}
		msg.gen = gen
		return msg
	}
}

// openHit opens the article of h with the search kept in its pager: the
// hit is the current match, on screen, and n and N go on from it.
func (m *model) openHit(h hitItem) tea.Cmd {
	ls := m.lsearch
	opening := m.openDoc(h.doc)
	p := m.pagers[h.doc]
	f := m.finder(p)
	f.stop()
	f.prompt = nil
	f.searchState = f.newState(ls.pattern, ls.regex, false)
	f.cur, f.found = h.h, true
	p.reveal(h.h.start)
	return tea.Batch(opening, f.countCmds())
}

// libraryView draws the library: the list of articles, or the search's
// hits with the prompt (or what was searched) on the last line.
func (m *model) libraryView() string {
	ls := m.lsearch
	if ls == nil {
		return frame(m.library.View(), m.width, m.height)
	}
	if m.width < 1 || m.height < 1 {
		return ""
	}
	var status string
	switch {
	case ls.err != "":
		status = ls.err
	case ls.pending:
		status = "searching…"
	case ls.pattern == "":
	case ls.total == 0:
		status = "no match"
	default:
		status = plural(ls.total, "match", "matches") + " in " + plural(ls.articles, "article", "articles")
		if ls.total > maxLibraryHits {
			status += ", the first " + strconv.Itoa(maxLibraryHits) + " listed"
		}
	}
	if status != "" {
		status = " " + status + " "
	}
	var bottom string
	if ls.prompt != nil {
		rw := min(ansi.StringWidth(status), m.width/2)
		status = ansi.Truncate(status, rw, "…")
		bottom = ls.prompt.view(m.width-rw, m.st.bidi) + m.st.dim.Render(status)
	} else {
		bottom = statusLine(m.st, m.width, " /"+oneLine(ls.pattern)+" ", "", status)
	}
	if m.height == 1 {
		return bottom
	}
	return frame(ls.hits.View(), m.width, m.height-1) + "\n" + bottom
}

// plural is n and the noun for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// sizeLibrarySearch fits the hits to the screen.
func (m *model) sizeLibrarySearch() {
	if m.lsearch != nil {
		sizeList(&m.lsearch.hits, m.width, max(m.height-1, 0))
	}
}

// COMMANDS

// librarySearchedMsg carries the hits of a library search.
type librarySearchedMsg struct {
	gen      int
	hits     []list.Item
	total    int
	articles int
}

// applyTo lists the hits, if they answer the latest pattern.
func (msg librarySearchedMsg) applyTo(m *model) tea.Cmd {
	ls := m.lsearch
	if ls == nil || msg.gen != ls.gen {
		return nil
	}
	ls.pending = false
	ls.total, ls.articles = msg.total, msg.articles
	ls.hits.Select(0)
	return ls.hits.SetItems(msg.hits)
}

// findInLibrary finds the matches of mt in every document: the first
// maxLibraryHits as hits, all of them counted. It walks every text: run
// it in a command. The error is the context's.
func findInLibrary(ctx context.Context, mt *search.Matcher, docs []*reader.Document) (librarySearchedMsg, error) {
	var msg librarySearchedMsg
	for i, d := range docs {
		n := 0
		err := mt.All(ctx, d.Text, func(start, end int) bool {
			n++
			if len(msg.hits) < maxLibraryHits {
				msg.hits = append(msg.hits, newHitItem(i, d, hit{start, end}))
			}
			return true
		})
		if err != nil {
			return msg, err
		}
		msg.total += n
		if n > 0 {
			msg.articles++
		}
	}
	return msg, nil
}

// newHitItem returns the row of hit h of document i.
func newHitItem(i int, d *reader.Document, h hit) hitItem {
	it := hitItem{doc: i, title: d.Title, h: h}
	if s := d.SectionAt(h.start); s < len(d.Sections) && d.Sections[s].Start <= h.start {
		it.section = d.Sections[s].Title
	}
	it.before, it.match, it.after = lineContext(d.Text, h, hitContextRunes)
	return it
}

// lineContext returns the hit and up to n runes of its line either side,
// on one line; "…" marks where the line goes on. A mark is never cut from
// its letter. The line's ends are looked for no further than the context
// reaches, so that a hit in a line of a megabyte costs what one in a short
// line does.
func lineContext(text string, h hit, n int) (before, match, after string) {
	reach := 2 * n * utf8.UTFMax // n runes, and the marks on them
	ls := max(h.start-reach, 0)
	for ls < h.start && !utf8.RuneStart(text[ls]) {
		ls++
	}
	if i := strings.LastIndexByte(text[ls:h.start], '\n'); i >= 0 {
		ls += i + 1
	}
	le := min(h.end+reach, len(text))
	for le > h.end && le < len(text) && !utf8.RuneStart(text[le]) {
		le--
	}
	if i := strings.IndexByte(text[h.end:le], '\n'); i >= 0 {
		le = h.end + i
	}
	b, a := h.start, h.end
	for k := 0; k < n && b > ls; k++ {
		_, size := utf8.DecodeLastRuneInString(text[ls:b])
		b -= size
	}
	for b < h.start && isMark(text[b:]) {
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
	}
	for k := 0; (k < n || isMark(text[a:le])) && a < le; k++ {
		_, size := utf8.DecodeRuneInString(text[a:le])
		a += size
	}
	before, match, after = oneLine(text[b:h.start]), oneLine(text[h.start:h.end]), oneLine(text[h.end:a])
	if b > 0 && text[b-1] != '\n' {
		before = "…" + before
	}
	if a < len(text) && text[a] != '\n' {
		after += "…"
	}
	return before, match, after
}

// isMark reports whether s starts with a combining mark (harakat among
// them).
func isMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Mn, r)
}
