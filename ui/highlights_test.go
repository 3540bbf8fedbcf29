package ui

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/reader/store"
	"qari/ui/layout"
	"qari/ui/theme"
)

// openStore opens a store in a directory of the test's own, never the
// user's.
func openStore(t testing.TB, dir string) *store.Store {
	t.Helper()
	t.Setenv("QARI_DATA_DIR", dir)
	t.Setenv("XDG_DATA_HOME", dir)
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// darkTheme is the dark theme, whose highlight is pink on plum (SGR
// background 48;5;90).
func darkTheme(t testing.TB) *theme.Theme { t.Helper(); return loadTheme(t, "dark") }

// reading opens docs with cfg on a w×h terminal, runs Init and the
// store's work as a program would, and returns the model.
func reading(t testing.TB, docs []*reader.Document, cfg Config, w, h int) *model {
	t.Helper()
	m := New(docs, cfg).(*model)
	waitFor(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	waitFor(m, cmd)
	return m
}

// waitFor runs cmd and feeds its messages back to m, as a program would,
// giving the store's work time to finish; timers (the position's delay)
// and quitting are left out.
func waitFor(m tea.Model, cmd tea.Cmd) { settleWithin(m, cmd, 400*time.Millisecond) }

// keys presses keys, waiting for the store's work after each.
func keys(t testing.TB, m *model, ks ...string) {
	t.Helper()
	for _, k := range ks {
		waitFor(m, press(t, m, k))
	}
}

var sgr = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// highlighted returns the characters of one screen line drawn with SGR
// parameters that include want.
func highlighted(line, want string) string {
	var b strings.Builder
	style, last := "", 0
	for _, loc := range sgr.FindAllStringSubmatchIndex(line, -1) {
		if strings.Contains(style, want) {
			b.WriteString(line[last:loc[0]])
		} else if last < loc[0] {
			b.WriteByte(' ')
		}
		params := line[loc[2]:loc[3]]
		if params == "" || params == "0" {
			style = ""
		} else {
			style += ";" + params
		}
		last = loc[1]
	}
	if strings.Contains(style, want) {
		b.WriteString(line[last:])
	}
	return b.String()
}

// plum is the SGR of the dark theme's highlight background.
const plum = "48;5;90"

// seedStore opens the seed in the dark theme, in logical order (so that
// its letters can be read off the screen), with st.
func seedStore(t *testing.T, st *store.Store, w int) *model {
	t.Helper()
	cfg := Config{Width: 80, Theme: darkTheme(t), Bidi: layout.BidiTerminal, Store: st}
	return reading(t, []*reader.Document{seed(t)}, cfg, w, 30)
}

func TestHighlightQuoteStyledKeptAndRestored(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, dir)
	m := seedStore(t, st, 100)
	keys(t, m, "}", "}", "m")
	p := m.pagers[0]
	q := p.quotes.q.qs[1]
	quoted := words(q.Text(p.doc), 3)
	if lit := words(highlightedScreen(m), 1e6); !strings.Contains(lit, quoted) {
		t.Fatalf("after m the quotation %q is not in the highlight's colours; highlighted: %q", quoted, lit)
	}
	if bar := lastLine(m); !strings.Contains(bar, "highlighted") || !strings.Contains(bar, "highlight 1/1") {
		t.Errorf("the bar says %q, want the highlight confirmed", bar)
	}
	keys(t, m, "d")
	top := p.offset()
	m.keepOnExit()

	// a new reader, another width: the position and the highlight are back
	m = seedStore(t, st, 70)
	p = m.pagers[0]
	if p.offset() == 0 || !atTop(p, top) {
		t.Errorf("reopened at offset %d, want the line that shows %d at the top", p.offset(), top)
	}
	if len(p.hl.marks) != 1 || p.hl.marks[0].Start != q.Start || p.hl.marks[0].End != q.End {
		t.Fatalf("reopened with highlights %+v, want the quotation [%d, %d)", p.hl.marks, q.Start, q.End)
	}
	keys(t, m, "H", "enter")
	if lit := words(highlightedScreen(m), 1e6); !strings.Contains(lit, quoted) {
		t.Errorf("the restored highlight is not drawn: highlighted %q, want %q", lit, quoted)
	}
}

// highlightedScreen returns the text area's characters in the
// highlight's colours.
func highlightedScreen(m *model) string {
	return highlighted(strings.ReplaceAll(above(m.View().Content), "\n", " "), plum)
}

// sentences3 is an article of short sentences to select.
func sentences3(t *testing.T) *reader.Document {
	t.Helper()
	doc, err := reader.Parse("s.md", []byte("# Three\n\nOne two three. Four five six. Seven eight nine.\n\nA second paragraph.\n"))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// selected returns the text of the selection.
func selected(m *model) string {
	p := m.pagers[m.open]
	if p.hl == nil || p.hl.sel == nil {
		return ""
	}
	lo, hi := p.hl.sel.bounds()
	return p.doc.Text[lo:hi]
}

func TestVisualModeExtendsByWordAndSentence(t *testing.T) {
	m := reading(t, []*reader.Document{sentences3(t)}, Config{Theme: plainTheme(t)}, 80, 20)
	keys(t, m, "v")
	if got := selected(m); got != "One two three." {
		t.Fatalf("v selected %q, want the first sentence", got)
	}
	if !hasStyle(m.pagers[0], layout.StyleSelection) {
		t.Error("the selection is not drawn")
	}
	for _, tc := range []struct{ key, want string }{
		{"w", "One two three. Four"},
		{"w", "One two three. Four five"},
		{"b", "One two three. Four"},
		{")", "One two three. Four five six."},
		{")", "One two three. Four five six. Seven eight nine."},
		{"(", "One two three. Four five six."},
		{"2w", "One two three. Four five six. Seven eight"},
		{"b", "One two three. Four five six. Seven"},
	} {
		keys(t, m, tc.key)
		if got := selected(m); got != tc.want {
			t.Errorf("after %s the selection is %q, want %q", tc.key, got, tc.want)
		}
	}
	keys(t, m, "m")
	h := m.pagers[0].hl
	if h.sel != nil || len(h.marks) != 1 || h.marks[0].Exact != "One two three. Four five six. Seven" {
		t.Errorf("m left visual mode %v and highlighted %+v", h.sel != nil, h.marks)
	}
	keys(t, m, "V")
	if got := selected(m); got != "One two three. Four five six. Seven eight nine." {
		t.Errorf("V selected %q, want the paragraph", got)
	}
	keys(t, m, "esc")
	if h.sel != nil || m.state != statePager {
		t.Error("Esc did not just leave visual mode")
	}
}

func TestMouseDragSelects(t *testing.T) {
	m := reading(t, []*reader.Document{sentences3(t)}, Config{Theme: plainTheme(t)}, 80, 20)
	p := m.pagers[0]
	// the paragraph's line: the one that starts with "One"
	y := -1
	for i, l := range strings.Split(textOf(m), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "One") {
			y = i
			x := strings.Index(l, "two")
			m.Update(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
			m.Update(tea.MouseMotionMsg{X: x + 8, Y: y, Button: tea.MouseLeft})
			m.Update(tea.MouseReleaseMsg{X: x + 8, Y: y, Button: tea.MouseLeft})
			break
		}
	}
	if y < 0 {
		t.Fatalf("no line starts with One:\n%s", textOf(m))
	}
	if got := selected(m); got != "two three" {
		t.Fatalf("the drag selected %q, want \"two three\"", got)
	}
	keys(t, m, "m")
	if len(p.hl.marks) != 1 || p.hl.marks[0].Exact != "two three" {
		t.Errorf("m after the drag highlighted %+v", p.hl.marks)
	}
	m.Update(tea.MouseClickMsg{X: 1, Y: y, Button: tea.MouseLeft})
	m.Update(tea.MouseReleaseMsg{X: 1, Y: y, Button: tea.MouseLeft})
	if p.hl.sel != nil {
		t.Error("a click without a drag left a selection")
	}
}

func TestHighlightsPanelListsJumpsRemovesAndNotes(t *testing.T) {
	st := openStore(t, t.TempDir())
	m := seedStore(t, st, 100)
	keys(t, m, "}", "m", "}", "}", "m", "G")
	p := m.pagers[0]
	keys(t, m, "H")
	if m.state != stateHighlights {
		t.Fatalf("H opened %v, want the highlights panel", m.state)
	}
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "Highlights (2)") {
		t.Errorf("the panel does not count two highlights:\n%s", v)
	}
	keys(t, m, "j", "enter")
	second := p.hl.marks[1]
	if m.state != statePager || !p.hl.onScreen(second) || p.hl.cur != second.key {
		t.Errorf("Enter on the second row: state %v, highlight on screen %v", m.state, p.hl.onScreen(second))
	}
	keys(t, m, "H", "a")
	keys(t, m, "a note", "enter")
	if second.Note != "a note" || !strings.Contains(ansi.Strip(m.View().Content), "a note") {
		t.Errorf("the note is %q; the panel shows:\n%s", second.Note, ansi.Strip(m.View().Content))
	}
	keys(t, m, "k", "x")
	if len(p.hl.marks) != 1 || !strings.Contains(ansi.Strip(m.View().Content), "Highlights (1)") {
		t.Errorf("x left %d highlights:\n%s", len(p.hl.marks), ansi.Strip(m.View().Content))
	}
	m.keepOnExit()
	art, err := st.Article(p.doc)
	if err != nil {
		t.Fatal(err)
	}
	if hs := art.Highlights(); len(hs) != 1 || hs[0].Note != "a note" {
		t.Errorf("the store holds %+v, want the second highlight with its note", hs)
	}
}

func TestNoteInThePagerAndRemove(t *testing.T) {
	m := reading(t, []*reader.Document{sentences3(t)}, Config{Theme: plainTheme(t)}, 80, 20)
	keys(t, m, "v", "m", "a", "why", "enter")
	p := m.pagers[0]
	if len(p.hl.marks) != 1 || p.hl.marks[0].Note != "why" {
		t.Fatalf("the note was not kept: %+v", p.hl.marks)
	}
	if bar := lastLine(m); !strings.Contains(bar, "highlight 1/1: why") {
		t.Errorf("the bar says %q, want the highlight and its note", bar)
	}
	keys(t, m, "x")
	if len(p.hl.marks) != 0 || hasStyle(p, layout.StyleHighlight) {
		t.Error("x did not remove the highlight on screen")
	}
}

func TestStoreErrorIsANoticeAndReadingGoesOn(t *testing.T) {
	cfg := Config{Theme: plainTheme(t), StoreError: &store.Error{Path: "/x/qari.db", Kind: store.ErrLocked}}
	m := reading(t, []*reader.Document{sectioned(3, 9, 60)}, cfg, 80, 20)
	if bar := lastLine(m); !strings.Contains(bar, "locked") {
		t.Errorf("the bar says %q, want the store's error", bar)
	}
	keys(t, m, "j", "v", "m")
	if p := m.pagers[0]; p.offset() == 0 || len(p.hl.marks) != 1 {
		t.Errorf("without a store the reader does not scroll or highlight (offset %d, %d highlights)", p.offset(), len(p.hl.marks))
	}

	// a store that fails when the article is looked up
	st := openStore(t, t.TempDir())
	st.Close()
	m = reading(t, []*reader.Document{sectioned(3, 9, 60)}, Config{Theme: plainTheme(t), Store: st}, 80, 20)
	if bar := lastLine(m); !strings.Contains(bar, "highlights not kept") {
		t.Errorf("the bar says %q, want the store's error", bar)
	}
	keys(t, m, "j", "v", "m")
	if p := m.pagers[0]; p.offset() == 0 || len(p.hl.marks) != 1 {
		t.Errorf("with a failing store the reader does not scroll or highlight (offset %d, %d highlights)", p.offset(), len(p.hl.marks))
	}
	m.keepOnExit()
}

func TestLibraryShowsProgressAndHighlights(t *testing.T) {
	st := openStore(t, t.TempDir())
	docs := []*reader.Document{seed(t), sectioned(3, 9, 60)}
	art, err := st.Article(docs[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SavePosition(art, len(docs[0].Text)/2); err != nil {
		t.Fatal(err)
	}
	for _, r := range [][2]int{{10, 30}, {100, 140}} {
		if _, err := st.AddHighlight(art, r[0], r[1], ""); err != nil {
			t.Fatal(err)
		}
	}
	m := reading(t, docs, Config{Theme: plainTheme(t), Store: st}, 120, 20)
	v := ansi.Strip(m.View().Content)
	row := ""
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "words") && !strings.Contains(l, "test article") {
			row = l
		}
	}
	if !strings.Contains(row, "50%") || !strings.Contains(row, "✎2") {
		t.Errorf("the seed's row %q does not show 50%% read and two highlights:\n%s", row, v)
	}
}

func TestOrphanListedNeverDrawn(t *testing.T) {
	st := openStore(t, t.TempDir())
	file := t.TempDir() + "/a.md"
	write := func(s string) *reader.Document {
		t.Helper()
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := reader.Load(file)
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	doc := write("# A\n\nThe kept sentence stays. The gone sentence with its unique words vanishes.\n")
	m := reading(t, []*reader.Document{doc}, Config{Theme: plainTheme(t), Store: st}, 80, 20)
	keys(t, m, "v", ")", "m")
	m.keepOnExit()

	// the file is edited: the highlighted words are gone
	doc = write("# A\n\nThe kept sentence stays. Something else entirely now.\n")
	m = reading(t, []*reader.Document{doc}, Config{Theme: plainTheme(t), Store: st}, 80, 20)
	p := m.pagers[0]
	if len(p.hl.marks) != 0 || len(p.hl.orphans) != 1 || hasStyle(p, layout.StyleHighlight) {
		t.Fatalf("the orphan is drawn or lost: %d on the text, %d orphans", len(p.hl.marks), len(p.hl.orphans))
	}
	keys(t, m, "H")
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "(not found in the text)") || !strings.Contains(v, "The kept sentence") {
		t.Errorf("the panel does not show the orphan as such:\n%s", v)
	}
	keys(t, m, "enter")
	if bar := lastLine(m); m.state != statePager || !strings.Contains(bar, "no longer in the article") {
		t.Errorf("Enter on an orphan: state %v, bar %q", m.state, bar)
	}
}

func TestPasteIntoNote(t *testing.T) {
	m := reading(t, []*reader.Document{sentences3(t)}, Config{Theme: plainTheme(t)}, 80, 20)
	keys(t, m, "v", "m", "a")
	m.Update(tea.PasteMsg{Content: "ملاحظة"})
	keys(t, m, "enter")
	if mk := m.pagers[0].hl.marks[0]; mk.Note != "ملاحظة" {
		t.Errorf("the pasted note is %q", mk.Note)
	}
}

func TestLargeFileRestoredOnceWhole(t *testing.T) {
	st := openStore(t, t.TempDir())
	path, head := bigFile(t)
	whole, err := reader.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	art, err := st.Article(whole)
	if err != nil {
		t.Fatal(err)
	}
	pos := strings.Index(whole.Text, "Paragraph number "+strings.Repeat("x", 3000%7)+" 3000 ")
	if err := st.SavePosition(art, pos); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddHighlight(art, pos, pos+30, "far down"); err != nil {
		t.Fatal(err)
	}
	m := reading(t, []*reader.Document{head}, Config{Theme: plainTheme(t), Store: st}, 80, 12)
	p := m.pagers[0]
	if p.doc.Partial || !atTop(p, pos) || len(p.hl.marks) != 1 || p.hl.marks[0].Note != "far down" {
		t.Errorf("once whole, the article is not back at paragraph 3000 with its highlight (partial %v, top %d, want %d)",
			p.doc.Partial, p.offset(), pos)
	}
}

func TestMarkHighlightsASplitQuotationWhole(t *testing.T) {
	st := openStore(t, t.TempDir())
	doc, err := reader.Load("../samples/en-sample-harbor.txt")
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Width: 80, Theme: darkTheme(t), Store: st}
	m := reading(t, []*reader.Document{doc}, cfg, 100, 30)
	p := m.pagers[0]
	qs := p.quotes.q.qs
	k := -1
	for i, q := range qs {
		if q.Group > 0 && strings.HasPrefix(q.Text(doc), "Nobody wants") {
			k = i
		}
	}
	if k < 0 {
		t.Fatal("the harbor sample's split quotation was not found")
	}
	keys(t, m, strconv.Itoa(k+1)+"}", "m")
	if len(p.hl.marks) != 1 {
		t.Fatalf("%d highlights, want 1", len(p.hl.marks))
	}
	got := doc.Text[p.hl.marks[0].Start:p.hl.marks[0].End]
	if !strings.HasPrefix(got, "Nobody wants to see the yard go") || !strings.HasSuffix(got, "four million dollars.") {
		t.Errorf("m on a split quotation highlighted %q; want the whole utterance, both parts", got)
	}
}

func TestDragOntoTheFirstLineScrollsUp(t *testing.T) {
	doc, err := reader.Load("../samples/en-sample-harbor.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := reading(t, []*reader.Document{doc}, Config{Theme: plainTheme(t)}, 80, 12)
	p := m.pagers[0]
	keys(t, m, "10j")
	top := p.offset()
	m.Update(tea.MouseClickMsg{X: 10, Y: 5, Button: tea.MouseLeft})
	m.Update(tea.MouseMotionMsg{X: 10, Y: 0, Button: tea.MouseLeft})
	m.Update(tea.MouseMotionMsg{X: 11, Y: 0, Button: tea.MouseLeft})
	if p.offset() >= top {
		t.Errorf("dragging onto the first line left the text where it was (offset %d, was %d)", p.offset(), top)
	}
	m.Update(tea.MouseReleaseMsg{X: 11, Y: 0, Button: tea.MouseLeft})
	if got := selected(m); got == "" {
		t.Error("the drag upwards selected nothing")
	}
}
