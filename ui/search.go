package ui

import (
	"context"
	"errors"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/reader/search"
	"qari/ui/layout"
)

// hit is a match: a byte range of Document.Text.
type hit struct{ start, end int }

// searchMsg is the result of a search command. It applies itself to the
// model, after checking that it answers the latest question: results of a
// search the user has since changed or cancelled are dropped.
type searchMsg interface {
	applyTo(m *model) tea.Cmd
}

// searchState is one search of a pager: its pattern, where its current
// match is and how many matches there are. Every change of pattern gets a
// new generation and context; the commands of older ones are cancelled.
type searchState struct {
	pattern string
	regex   bool
	back    bool            // started with ?: n goes up
	m       *search.Matcher // nil: no search
	err     string          // what is wrong with the pattern being typed (a regular expression)

	gen    int // the generation: results of other ones are dropped
	ctx    context.Context
	cancel context.CancelFunc

	cur     hit  // the current match, when found
	found   bool //
	none    bool // the pattern has no match
	wrapped bool // the current match was found past an end of the document
	pending bool // a find is running
	index   int  // 1-based index of cur among all matches; 0 until counted
	total   int  // the number of matches; 0 until counted
}

// finder is a pager's search, and the layer that highlights it: the prompt
// while a pattern is typed after / ? or &, the search kept after Enter for
// n and N, and the & filter.
type finder struct {
	p      *pager
	cursor string        // how prompts draw the cursor
	prompt *searchPrompt // non-nil while the user types
	origin orig          // the top of the screen when the prompt opened: Esc returns there
	regex  bool          // the regex mode, kept from one prompt to the next
	gens   int           // generations handed out

	searchState
	saved searchState // the search before the prompt opened: Esc brings it back

	step       int // moves handed out (n, N): only the latest one's result counts
	stepCancel context.CancelFunc

	hidden bool // Esc or Alt-U took the search's highlighting away; n brings it back

	filter    *filter // the & filter shown, nil when none (filter.go)
	filtering *filter // a filter being computed
}

// finder returns p's finder, making it (and laying it over the text) on
// first use.
func (m *model) finder(p *pager) *finder {
	if p.find == nil {
		p.find = &finder{p: p, cursor: cursorMark(m.cfg.Theme.Plain()), regex: m.cfg.Regex}
		p.layers = append(p.layers, p.find)
	}
	return p.find
}

// searchKey handles the keys of search in the pager: / ? & n N, and every
// key while a prompt is open. ok is false for the keys it leaves to the
// pager.
func (m *model) searchKey(p *pager, msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k := m.keys
	if p.find != nil && p.find.prompt != nil {
		return p.find.promptKey(msg, k), true
	}
	switch {
	case key.Matches(msg, k.Search, k.FilterText):
		p.count = 0
		m.finder(p).open(msg.String())
		return nil, true
	case key.Matches(msg, k.NextMatch):
		n := p.takeCount(1)
		if p.find == nil || p.find.m == nil {
			p.notice = "no search yet (/ or ?)"
			return nil, true
		}
		return p.find.next(n, msg.String() == "N"), true
	}
	return nil, false
}

// orig is where the screen was when a prompt opened.
type orig struct {
	top   layout.Pos
	off   int           // the byte offset at the top, for a layout of another width
	cache *layout.Cache // the layout top is a position of
}

// pos is the top of the screen to return to: the same line, or after a
// resize the line that shows the same text.
func (o orig) pos(p *pager) layout.Pos {
	if p.cache == o.cache || p.cache == nil {
		return o.top
	}
	return p.lay().PosAt(o.off)
}

// open opens the prompt that lead (/ ? or &) starts.
func (f *finder) open(lead string) {
	f.hidden = false
	f.prompt = newPrompt(lead, f.regex, f.cursor)
	f.origin = orig{top: f.p.top, off: f.p.offset(), cache: f.p.cache}
	if lead != "&" {
		f.saved = f.searchState
	}
}

// promptKey applies a key to the open prompt.
func (f *finder) promptKey(msg tea.KeyPressMsg, keys keyMap) tea.Cmd {
	switch f.prompt.update(msg, keys) {
	case promptEdited:
		f.regex = f.prompt.regex
		if f.prompt.lead == "&" {
			return nil // the filter walks the whole text: it runs on Enter
		}
		return f.retype()
	case promptAccept:
		return f.accept()
	case promptCancel:
		return f.cancelPrompt()
	}
	return nil
}

// paste types pasted text into the prompt in front, if one is open.
func (m *model) paste(text string) tea.Cmd {
	switch {
	case m.state == stateLibrary && m.lib.Searching():
		return m.lib.Paste(text)
	case m.state == statePager && m.open < len(m.pagers) && m.pagers[m.open] != nil:
		if f := m.pagers[m.open].find; f != nil && f.prompt != nil {
			return f.paste(text)
		}
	}
	return nil
}

// paste types pasted text into the open prompt.
func (f *finder) paste(text string) tea.Cmd {
	if f.prompt.insert(text) != promptEdited || f.prompt.lead == "&" {
		return nil
	}
	return f.retype()
}

// retype starts the search for the prompt's new pattern from where the
// prompt opened, cancelling the previous one. Only compiling the pattern
// happens here; finding runs in a command.
func (f *finder) retype() tea.Cmd {
	f.stop()
	pr := f.prompt
	f.searchState = f.newState(pr.pattern(), pr.regex, pr.lead == "?")
	if f.pattern == "" {
		f.p.top = f.origin.pos(f.p)
		return nil
	}
	if f.err != "" {
		return nil // a regular expression half typed: the view stays
	}
	return f.findCmd(f.startOffset(f.origin.pos(f.p)), f.back, 1)
}

// newState returns a search for pattern in a new generation, compiled;
// err says what is wrong with the pattern.
func (f *finder) newState(pattern string, regex, back bool) searchState {
	f.gens++
	s := searchState{pattern: pattern, regex: regex, back: back, gen: f.gens}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	if pattern == "" {
		return s
	}
	m, err := search.Compile(search.Query{Pattern: pattern, Regex: regex, FoldDigits: true})
	if err != nil {
		s.err = patternError(err)
		return s
	}
	s.m = m
	return s
}

// accept is Enter in the prompt: the search is kept (an empty one is
// dropped, highlights and all), or the filter applied.
func (f *finder) accept() tea.Cmd {
	pr := f.prompt
	f.prompt = nil
	if pr.lead == "&" {
		return f.applyFilter(pr.pattern(), pr.regex)
	}
	switch {
	case f.pattern == "":
		f.drop()
	case f.err != "":
		f.p.notice = f.err
		f.drop()
	case f.none:
		f.missed()
	case f.found && f.wrapped:
		f.p.notice = wrapNotice(f.back)
	}
	return nil
}

// missed ends a search that found nothing, its prompt closed; in a large
// article still being read it is kept, to be searched again in the whole
// (loading.go).
func (f *finder) missed() {
	if f.p.doc.Partial {
		f.p.notice = "no match yet for " + f.pattern + ": searching again when the whole article is read"
		return
	}
	f.p.notice = noMatch(f.pattern)
	f.drop()
}

// cancelPrompt is Esc in the prompt: the view goes back to where it was
// and the search before the prompt comes back.
func (f *finder) cancelPrompt() tea.Cmd {
	pr := f.prompt
	f.prompt = nil
	if pr.lead == "&" {
		return nil
	}
	f.stop()
	f.p.top = f.origin.pos(f.p)
	f.searchState = f.saved
	f.saved = searchState{}
	if f.m == nil {
		return nil
	}
	// its commands were cancelled: count again what is not counted yet
	f.gens++
	f.gen = f.gens
	f.ctx, f.cancel = context.WithCancel(context.Background())
	f.pending = false
	f.total = max(f.total, 0)
	return f.countCmds()
}

// drop ends the search, and the view returns to where the prompt opened.
func (f *finder) drop() {
	f.stop()
	f.searchState = searchState{}
	f.p.top = f.origin.pos(f.p)
}

// stop cancels the commands of the current search.
func (f *finder) stop() {
	if f.cancel != nil {
		f.cancel()
	}
	if f.stepCancel != nil {
		f.stepCancel()
	}
}

// next goes to the match n on (n back when reverse), in the search's
// direction: n after /, up after ?; N the other way.
func (f *finder) next(n int, reverse bool) tea.Cmd {
	f.hidden = false
	back := f.back != reverse
	var from int
	lo, hi := f.p.shown()
	switch {
	case !f.found:
		from = f.startOffset(f.p.top)
	case lo < 0 || f.cur.start >= hi || f.cur.end <= lo:
		// the current match has scrolled off: step from the screen, as
		// less does, so that n never goes back up past the screen
		from, f.index = lo, 0
		if back {
			from = hi
		}
	case back:
		from = f.cur.start
		if f.cur.end == f.cur.start { // an empty match: step over a character
			_, size := utf8.DecodeLastRuneInString(f.p.doc.Text[:from])
			from -= max(size, 1)
		}
	default:
		from = f.cur.end
		if f.cur.end == f.cur.start {
			_, size := utf8.DecodeRuneInString(f.p.doc.Text[from:])
			from += max(size, 1)
		}
	}
	if from < 0 || from > len(f.p.doc.Text) {
		from = 0
		if back {
			from = len(f.p.doc.Text)
		}
	}
	return f.findCmd(from, back, n)
}

// startOffset is where a search from the screen whose top is top starts:
// a forward one at its first character, a backward one after its last, so
// that a match on screen is found first either way.
func (f *finder) startOffset(top layout.Pos) int {
	p := f.p
	if p.cache == nil {
		return 0
	}
	if !f.back {
		return p.cache.Offset(top)
	}
	end := p.cache.Offset(top)
	for _, l := range p.lay().Window(top, max(p.lines(), 1)) {
		end = max(end, l.End)
	}
	return end
}

// move applies a found match: it becomes the current one and the view
// moves to it (from where the prompt opened, while typing).
func (f *finder) move(msg foundMsg) tea.Cmd {
	p := f.p
	f.pending = false
	switch {
	case msg.ok:
	case f.prompt != nil: // while typing: the view goes back
		f.none, f.found = true, false
		p.top = f.origin.pos(p)
		return nil
	case f.found: // n with every match filtered out
		p.notice = noMatch(f.pattern)
		return nil
	default: // Enter came first: the search ends, nothing moved
		f.missed()
		return nil
	}
	if f.found && f.index > 0 && f.total > 0 && f.filter == nil && msg.times > 0 {
		step := msg.times % f.total
		if msg.back {
			step = -step
		}
		f.index = (f.index-1+step+f.total)%f.total + 1
	} else {
		f.index = 0
	}
	f.cur, f.found, f.none, f.wrapped = msg.h, true, false, msg.wrapped
	p.fresh = f
	if f.prompt != nil {
		p.top = f.origin.pos(p)
	} else if msg.wrapped {
		p.notice = wrapNotice(msg.back)
	}
	if !msg.stay {
		dir := 0 // while typing, or round an end, the view goes where the match is
		if f.prompt == nil && !msg.wrapped {
			dir = 1
			if msg.back {
				dir = -1
			}
		}
		p.revealToward(msg.h.start, dir)
	}
	return f.countCmds()
}

// reveal scrolls the view so that the line showing byte off is near the
// top of the screen, with a few lines above it; not at all when it is in
// the top half already, so that n through the matches of one screen
// keeps the page still.
func (p *pager) reveal(off int) { p.revealToward(off, 0) }

// revealToward is reveal for a step in direction dir (see jumpToward): a
// step back to a match on screen never moves the view down.
func (p *pager) revealToward(off, dir int) {
	if p.cache == nil {
		return
	}
	v := p.lay()
	at := v.PosAt(off)
	if end := v.Scroll(p.top, max(p.lines(), 1)/2); !at.Before(p.top) && !end.Before(at) {
		return
	}
	p.jumpToward(off, dir)
}

// patternError says briefly what is wrong with a pattern: "regex:
// missing closing )".
func patternError(err error) string {
	msg := oneLine(err.Error())
	if i := strings.LastIndex(msg, "regexp: "); i >= 0 {
		return "regex: " + msg[i+len("regexp: "):]
	}
	return strings.TrimPrefix(msg, "search: ")
}

// unmark takes away the search's highlighting and the current
// quotation's, with their words in the status bar, as less's Esc-u does;
// the search stays for n.
func (p *pager) unmark() {
	if f := p.find; f != nil {
		f.hidden = true
	}
	if l := p.quotes; l != nil {
		l.cur = -1
	}
}

// noMatch is the notice for a pattern without a match.
func noMatch(pattern string) string { return "no match for " + pattern }

// wrapNotice is the notice for a search that went round an end.
func wrapNotice(back bool) string {
	if back {
		return "search hit top, continuing at bottom"
	}
	return "search hit bottom, continuing at top"
}

// STATUS

// status is the search's word in the status bar: "match 3/17" ("match 3/…"
// until the count arrives), and the filter's.
func (f *finder) status() string {
	var parts []string
	if s := f.matchStatus(); s != "" && f.prompt == nil {
		parts = append(parts, s)
	}
	if s := f.filterStatus(); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, "  ")
}

// matchStatus is "match i/n", with … for what is not counted yet.
func (f *finder) matchStatus() string {
	if f.m == nil || !f.found || f.hidden {
		return ""
	}
	i, n := "…", "…"
	if f.index > 0 {
		i = strconv.Itoa(f.index)
	}
	if f.total > 0 {
		n = strconv.Itoa(f.total)
	}
	return "match " + i + "/" + n
}

// promptLine draws the status bar while a prompt is open: the prompt, and
// on the right how the search stands, then rest (the bar's section and
// percentage), which give way to the prompt on a narrow screen.
func (f *finder) promptLine(st styles, width int, rest string) string {
	if width < 1 {
		return ""
	}
	var right string
	switch {
	case f.prompt.lead == "&":
		right = "Enter: only matching paragraphs"
	case f.pattern == "":
	case f.err != "":
		right = f.err
	case f.none:
		right = "no match"
	case f.found:
		right = f.matchStatus()
	case f.pending:
		right = "searching…"
	}
	if right != "" {
		rest = right + "  " + rest
	}
	rest = " " + rest + " "
	rw := min(ansi.StringWidth(rest), width-max(width/3, min(width, 12)))
	rest = ansi.Truncate(rest, rw, "…")
	return f.prompt.view(width-rw, st.bidi) + st.dim.Render(rest)
}

// LAYER

// overlays highlights the matches of the search (or, without one, of the
// filter) in [lo, hi): StyleCurrentMatch on the current one, StyleMatch on
// the others. Only the text on screen is searched.
func (f *finder) overlays(lo, hi int, dst []layout.Overlay) []layout.Overlay {
	if f.hidden {
		return dst
	}
	m, cur := f.m, hit{-1, -1}
	if m != nil && f.found {
		cur = f.cur
	}
	if m == nil && f.filter != nil {
		m = f.filter.m
	}
	if m == nil {
		return dst
	}
	text := f.p.doc.Text
	for _, r := range f.shownRanges(lo, hi) {
		dst = screenHits(m, text, r, cur, dst)
		if cur.end > r.start && cur.start < r.end {
			dst = append(dst, layout.Overlay{Start: cur.start, End: cur.end, Style: layout.StyleCurrentMatch})
			cur = hit{-1, -1}
		}
	}
	return dst
}

// screenHits appends StyleMatch overlays for the matches of m that
// intersect r, but the current one. It searches r and a margin either
// side, so the cost is the screen's, never the document's.
func screenHits(m *search.Matcher, text string, r hit, cur hit, dst []layout.Overlay) []layout.Overlay {
	margin := 256
	a, b := max(r.start-margin, 0), min(r.end+margin, len(text))
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	sub := text[a:b]
	ctx := context.Background()
	for from := 0; from <= len(sub); {
		s, e, ok := m.Next(ctx, sub, from)
		if !ok || a+s >= r.end {
			break
		}
		if a+e > r.start && !(a+s < cur.end && cur.start < a+e) {
			dst = append(dst, layout.Overlay{Start: a + s, End: a + e, Style: layout.StyleMatch})
		}
		from = e
		if e == s {
			from++
		}
	}
	return dst
}

// COMMANDS

// foundMsg is the match a find came to.
type foundMsg struct {
	p         *pager
	gen, step int
	h         hit
	ok        bool // false: no match at all
	wrapped   bool // found past an end of the document
	back      bool // the find went up
	times     int  // how many matches on it went (0: the first find of a pattern)
	stay      bool // the view stays: the match is one found before, found again in the whole (loading.go)

	// a match in the part of a large file still being read: of the
	// document from, shown in win (the document with a window on it,
	// reader.Document.Around)
	from, win *reader.Document
}

// applyTo makes the match the current one, if it answers the latest move;
// a match in a window opened on the middle of the file first puts that
// document in the pager's place.
func (msg foundMsg) applyTo(m *model) tea.Cmd {
	f := msg.p.find
	if f == nil || msg.gen != f.gen || msg.step != f.step {
		return nil
	}
	var cmd tea.Cmd
	if msg.win != nil {
		if f.p.doc != msg.from {
			return nil // the whole came in between: it is searched again
		}
		cmd = m.showWindow(f.p, msg.win)
	}
	return tea.Batch(cmd, f.move(msg))
}

// findCmd finds the match times on from from (up when back), going round
// the document's ends, cancelling the previous move.
func (f *finder) findCmd(from int, back bool, times int) tea.Cmd {
	if f.stepCancel != nil {
		f.stepCancel()
	}
	f.step++
	ctx, cancel := context.WithCancel(f.ctx)
	f.stepCancel = cancel
	f.pending = true
	msg := foundMsg{p: f.p, gen: f.gen, step: f.step, back: back}
	if f.found {
		msg.times = times
	}
	m, doc, shown := f.m, f.p.doc, f.shown()
	return lean(func() tea.Msg {
		var at found
		at, msg.wrapped, msg.ok = seek(ctx, m, doc, shown, from, back, times)
		if ctx.Err() != nil {
			return nil
		}
		msg.h = at.h
		if at.win != nil {
			msg.from, msg.win = doc, at.win
		}
		return msg
	})
}

// found is a match: h in the text, or, when the file's bytes found it in
// the part of a large file still being read, h in the text of win, the
// document with a window on the place.
type found struct {
	h   hit
	win *reader.Document
}

// seek steps times matches from from (up when back), going round an end
// when it meets one; with shown, the matches of other blocks are passed
// over. Forward in a partial document, the bytes of the file its text
// does not show are searched too (nextInParts). It walks the whole text
// when it must: run it in a command.
func seek(ctx context.Context, m *search.Matcher, doc *reader.Document, shown []int, from int, back bool, times int) (at found, wrapped, ok bool) {
	next := func(doc *reader.Document, from int) (found, bool) {
		if doc.Partial && !back && shown == nil {
			return nextInParts(ctx, m, doc, from)
		}
		h, ok := nextShown(ctx, m, doc, shown, from, back)
		return found{h: h}, ok
	}
	var win *reader.Document
	for range times {
		at, ok = next(doc, from)
		if !ok && ctx.Err() == nil {
			wrapped = true
			from = 0
			if back {
				from = len(doc.Text)
			}
			at, ok = next(doc, from)
		}
		if !ok {
			return found{}, false, false
		}
		if at.win != nil {
			doc, win = at.win, at.win
		}
		at.win = win
		h, text := at.h, doc.Text
		from = h.start
		if back {
			if h.end == h.start {
				_, size := utf8.DecodeLastRuneInString(text[:from])
				from -= max(size, 1)
			}
		} else {
			from = h.end
			if h.end == h.start {
				from++
			}
		}
		if from < 0 || from > len(text) {
			from = min(max(from, 0), len(text))
		}
	}
	return at, wrapped, true
}

// nextInParts finds the first match from from in a partial document: in
// the part of its text that holds from, then in the bytes of the file the
// next gap stands for (searched raw, a chunk at a time, while the whole is
// being read), then in the next part, and so on. A match in a gap opens a
// window on it (reader.Document.Around); a match of the raw bytes that the
// visible text does not show (inside Markdown's markup) is passed over.
func nextInParts(ctx context.Context, m *search.Matcher, doc *reader.Document, from int) (found, bool) {
	for {
		end, g, more := doc.GapAfter(from)
		if from <= end {
			if s, e, ok := m.Next(ctx, doc.Text[:end], from); ok {
				return found{h: hit{s, e}}, true
			}
		}
		if !more || ctx.Err() != nil {
			return found{}, false
		}
		if at, ok := rawFind(ctx, m, doc, g); ok {
			return at, true
		}
		from = g.Next
	}
}

// rawFind searches the bytes of doc's file in gap g and returns the first
// match that shows in a window opened on it.
func rawFind(ctx context.Context, m *search.Matcher, doc *reader.Document, g reader.Gap) (at found, ok bool) {
	file, err := os.Open(doc.Path)
	if err != nil {
		return found{}, false
	}
	defer file.Close()
	_ = m.AllIn(ctx, file, g.From, g.To, func(s, _ int64) bool {
		w, err := doc.Around(s)
		if err != nil {
			return false
		}
		ws, we, _ := w.Window()
		if a, b, shown := m.Next(ctx, w.Text[:we], ws); shown {
			at, ok = found{h: hit{a, b}, win: w}, true
			return false
		}
		return true
	})
	return at, ok
}

// nextShown returns the first match from from (the last before it when
// back) in a block of shown, or anywhere when shown is nil.
func nextShown(ctx context.Context, m *search.Matcher, doc *reader.Document, shown []int, from int, back bool) (hit, bool) {
	for {
		var s, e int
		var ok bool
		if back {
			s, e, ok = m.Prev(ctx, doc.Text, from)
		} else {
			s, e, ok = m.Next(ctx, doc.Text, from)
		}
		if !ok {
			return hit{}, false
		}
		if shown == nil {
			return hit{s, e}, true
		}
		b := doc.BlockAt(s)
		i := sort.SearchInts(shown, b)
		if i < len(shown) && shown[i] == b && doc.Blocks[b].Start <= s {
			return hit{s, e}, true
		}
		// on to the nearest shown block that way
		if back {
			if i == 0 {
				return hit{}, false
			}
			from = doc.Blocks[shown[i-1]].End
		} else {
			if i < len(shown) && shown[i] == b {
				i++
			}
			if i == len(shown) {
				return hit{}, false
			}
			from = doc.Blocks[shown[i]].Start
		}
	}
}

// totalMsg is the number of matches of a search.
type totalMsg struct {
	p      *pager
	gen, n int
}

// applyTo records the total.
func (msg totalMsg) applyTo(*model) tea.Cmd {
	if f := msg.p.find; f != nil && msg.gen == f.gen {
		f.total = msg.n
	}
	return nil
}

// indexMsg is the number of matches before the one at byte at.
type indexMsg struct {
	p          *pager
	gen, at, n int
}

// applyTo records the index of the current match, if it is still at.
func (msg indexMsg) applyTo(*model) tea.Cmd {
	if f := msg.p.find; f != nil && msg.gen == f.gen && f.found && f.cur.start == msg.at {
		f.index = msg.n + 1
	}
	return nil
}

// countCmds counts, off the UI goroutine, what the status bar does not
// know yet: the matches before the current one and all of them.
func (f *finder) countCmds() tea.Cmd {
	if f.m == nil || !f.found {
		return nil
	}
	var cmds []tea.Cmd
	p, gen, ctx, m, doc := f.p, f.gen, f.ctx, f.m, f.p.doc
	if doc.Partial && f.index == 0 && f.total == 0 {
		// one pass over the file for both: each is a scan of it
		f.total = -1
		at := f.cur.start
		return lean(func() tea.Msg {
			before, total, err := countPartial(ctx, m, doc, at)
			if err != nil {
				return nil
			}
			msgs := tea.BatchMsg{func() tea.Msg { return totalMsg{p: p, gen: gen, n: total} }}
			if before >= 0 {
				msgs = append(msgs, func() tea.Msg { return indexMsg{p: p, gen: gen, at: at, n: before} })
			}
			return msgs
		})
	}
	if f.index == 0 {
		at := f.cur.start
		cmds = append(cmds, lean(func() tea.Msg {
			n, err := countBefore(ctx, m, doc, at)
			if err != nil {
				return nil
			}
			return indexMsg{p: p, gen: gen, at: at, n: n}
		}))
	}
	if f.total == 0 {
		f.total = -1 // being counted
		cmds = append(cmds, lean(func() tea.Msg {
			n, err := countAll(ctx, m, doc)
			if err != nil {
				return nil
			}
			return totalMsg{p: p, gen: gen, n: n}
		}))
	}
	return tea.Batch(cmds...)
}

// errUncounted says that where a match stands among all cannot be told
// before the whole is read (a match in the tail of a partial document).
var errUncounted = errors.New("not counted before the whole is read")

// countBefore counts the matches before the one at byte at of doc's text:
// in a partial document, those of the head, and for a match in a window
// on the middle of the file, those of the file's bytes between the head
// and the window too (for Markdown, the source's matches: the whole
// counts again when it arrives).
func countBefore(ctx context.Context, m *search.Matcher, doc *reader.Document, at int) (int, error) {
	end, g, more := doc.GapAfter(0)
	if !doc.Partial || !more || at < end {
		return m.Count(ctx, doc.Text[:at])
	}
	ws, we, ok := doc.Window()
	if !ok || at < ws || at >= we {
		return 0, errUncounted
	}
	head, err := m.Count(ctx, doc.Text[:end])
	if err != nil {
		return 0, err
	}
	middle, err := countFile(ctx, m, doc.Path, g.From, g.To)
	if err != nil {
		return 0, err
	}
	win, err := m.Count(ctx, doc.Text[ws:at])
	return head + middle + win, err
}

// countPartial counts, in one pass over the file of partial document
// doc, all its matches and those before the one at byte at of doc's
// text, as countAll and countBefore do; before is -1 when that cannot be
// told before the whole is read.
func countPartial(ctx context.Context, m *search.Matcher, doc *reader.Document, at int) (before, total int, err error) {
	file, err := os.Open(doc.Path)
	if err != nil {
		return 0, 0, err
	}
	defer file.Close()
	end, g, _ := doc.GapAfter(0)
	middle := 0
	err = m.AllIn(ctx, file, 0, math.MaxInt64, func(s, _ int64) bool {
		total++
		if s >= g.From && s < g.To {
			middle++
		}
		return true
	})
	if err != nil {
		return 0, 0, err
	}
	ws, we, win := doc.Window()
	switch {
	case at < end:
		before, err = m.Count(ctx, doc.Text[:at])
	case win && at >= ws && at < we:
		var head, inWin int
		if head, err = m.Count(ctx, doc.Text[:end]); err == nil {
			inWin, err = m.Count(ctx, doc.Text[ws:at])
		}
		before = head + middle + inWin
	default:
		before = -1
	}
	return before, total, err
}

// countAll counts the matches of doc: in a partial document, of its
// file's bytes, read a chunk at a time.
func countAll(ctx context.Context, m *search.Matcher, doc *reader.Document) (int, error) {
	if !doc.Partial {
		return m.Count(ctx, doc.Text)
	}
	return countFile(ctx, m, doc.Path, 0, math.MaxInt64)
}

// countFile counts the matches in the bytes [from, to) of the file at
// path.
func countFile(ctx context.Context, m *search.Matcher, path string, from, to int64) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	err = m.AllIn(ctx, f, from, to, func(int64, int64) bool { n++; return true })
	return n, err
}
