package ui

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/ui/help"
	"qari/ui/layout"
	"qari/ui/theme"
)

// namedKeys are the keys press understands by name; any other string is
// typed a character at a time.
var namedKeys = map[string]tea.KeyPressMsg{
	"space":  {Code: tea.KeySpace, Text: " "},
	"enter":  {Code: tea.KeyEnter},
	"esc":    {Code: tea.KeyEscape},
	"down":   {Code: tea.KeyDown},
	"up":     {Code: tea.KeyUp},
	"pgdown": {Code: tea.KeyPgDown},
	"pgup":   {Code: tea.KeyPgUp},
	"home":   {Code: tea.KeyHome},
	"end":    {Code: tea.KeyEnd},
	"f1":     {Code: tea.KeyF1},
	"ctrl+c": {Code: 'c', Mod: tea.ModCtrl},
	"ctrl+d": {Code: 'd', Mod: tea.ModCtrl},
}

// press sends keys to m, as named keys or typed text, and returns the
// command of the last one. The commands of the others run, as in a
// program (see settle).
func press(t testing.TB, m tea.Model, keys ...string) tea.Cmd {
	t.Helper()
	var msgs []tea.Msg
	for _, k := range keys {
		if msg, ok := namedKeys[k]; ok {
			msgs = append(msgs, msg)
			continue
		}
		for _, r := range k {
			msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	var cmd tea.Cmd
	for i, msg := range msgs {
		if i > 0 {
			settle(m, cmd)
		}
		_, cmd = m.Update(msg)
	}
	return cmd
}

// settle runs cmd and feeds its messages back to m, as a program would,
// except quitting and those that take longer than a moment (timers,
// cursor blinks, and work slowed down by a busy machine), which it leaves
// running for until. A moment is 250 ms: below the position timer's 600
// ms. A test that needs the work of a command done (a search's count, the
// whole of a file) waits for what it checks with until or barSays.
func settle(m tea.Model, cmd tea.Cmd) { settleWithin(m, cmd, 250*time.Millisecond) }

// settleWithin is settle, waiting up to d for each command. A command
// that takes longer is left running: until feeds its message to m if it
// comes (a search or a load slowed down by a busy machine, or a timer).
func settleWithin(m tea.Model, cmd tea.Cmd, d time.Duration) {
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		deliver(m, msg, d)
	case <-time.After(d):
		late.add(m, done)
	}
}

// deliver feeds msg to m as a program would, and settles what it starts.
func deliver(m tea.Model, msg tea.Msg, d time.Duration) {
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
	case tea.BatchMsg:
		for _, c := range msg {
			settleWithin(m, c, d)
		}
	default:
		_, next := m.Update(msg)
		settleWithin(m, next, d)
	}
}

// late holds, by model, the commands settle stopped waiting for.
var late = lateCmds{m: map[tea.Model][]chan tea.Msg{}}

// lateCmds are the answers still to come of commands settle left running.
type lateCmds struct {
	sync.Mutex
	m map[tea.Model][]chan tea.Msg
}

func (l *lateCmds) add(m tea.Model, c chan tea.Msg) {
	l.Lock()
	defer l.Unlock()
	l.m[m] = append(l.m[m], c)
}

// take removes and returns the messages of m's late commands that have
// come.
func (l *lateCmds) take(m tea.Model) []tea.Msg {
	l.Lock()
	defer l.Unlock()
	var msgs []tea.Msg
	waiting := l.m[m][:0]
	for _, c := range l.m[m] {
		select {
		case msg := <-c:
			msgs = append(msgs, msg)
		default:
			waiting = append(waiting, c)
		}
	}
	if len(waiting) == 0 {
		delete(l.m, m)
	} else {
		l.m[m] = waiting
	}
	return msgs
}

// untilWait is how long until waits for its condition: long enough for a
// search or a load on a loaded 2-core CI machine, short enough that a
// hang fails the test.
const untilWait = 20 * time.Second

// until waits for cond to hold, feeding m the messages of the commands
// settle left running as they come (as a program would), polling; the
// test fails, saying what was awaited and showing the status bar, if cond
// does not hold within untilWait.
func until(t testing.TB, m *model, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(untilWait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %v still not %s; the bar says %q", untilWait, what, lastLine(m))
		}
		msgs := late.take(m)
		for _, msg := range msgs {
			deliver(m, msg, 250*time.Millisecond)
		}
		if len(msgs) == 0 {
			time.Sleep(2 * time.Millisecond) // polling: nothing came yet
		}
	}
}

// barSays waits until the status bar holds every one of words (see until).
func barSays(t testing.TB, m *model, words ...string) {
	t.Helper()
	until(t, m, "the bar saying "+strings.Join(words, ", "), func() bool {
		b := lastLine(m)
		for _, w := range words {
			if !strings.Contains(b, w) {
				return false
			}
		}
		return true
	})
}

// plainTheme is the notty theme.
func plainTheme(t testing.TB) *theme.Theme { t.Helper(); return loadTheme(t, "notty") }

// loadTheme is the built-in theme name, on a dark background.
func loadTheme(t testing.TB, name string) *theme.Theme {
	t.Helper()
	th, err := theme.Load(name, true)
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// sized returns the root model of docs on a w×h terminal.
func sized(t testing.TB, docs []*reader.Document, w, h int) *model {
	t.Helper()
	m := New(docs, Config{Width: 80, Theme: plainTheme(t)}).(*model)
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// sectioned builds a document of n sections, each a heading and paras
// paragraphs of words words, with a lead paragraph first.
func sectioned(n, paras, words int) *reader.Document {
	d := &reader.Document{Name: "test.txt", Title: "A test article"}
	var b strings.Builder
	add := func(kind reader.BlockKind, level uint8, s string) int {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		start := b.Len()
		b.WriteString(s)
		d.Blocks = append(d.Blocks, reader.Block{Kind: kind, Level: level, Start: start, End: b.Len()})
		return start
	}
	para := func(s, p int) string {
		w := make([]string, words)
		for i := range w {
			w[i] = fmt.Sprintf("w%d.%d.%d", s, p, i)
		}
		return strings.Join(w, " ")
	}
	d.Sections = append(d.Sections, reader.Section{Start: add(reader.Paragraph, 0, para(0, 0))})
	for s := 1; s <= n; s++ {
		title := fmt.Sprintf("Section %d", s)
		d.Sections = append(d.Sections, reader.Section{Title: title, Level: 2, Block: len(d.Blocks), Start: add(reader.Heading, 2, title)})
		for p := range paras {
			add(reader.Paragraph, 0, para(s, p))
		}
	}
	d.Text = b.String()
	for i := range d.Sections {
		d.Sections[i].End = len(d.Text)
		if i+1 < len(d.Sections) {
			d.Sections[i].End = d.Sections[i+1].Start
		}
	}
	return d
}

func TestPagerKeys(t *testing.T) {
	doc := sectioned(8, 3, 40)
	const w, h = 40, 11 // ten lines of text and the bar
	ref := layout.NewCache(doc, layout.Options{Width: w})
	at := func(off int) layout.Pos { return ref.PosAt(off) }
	sec := func(i int) layout.Pos { return at(doc.Sections[i].Start) }
	down := func(n int) layout.Pos { return ref.Scroll(layout.Pos{}, n) }
	for _, tc := range []struct {
		keys []string
		want layout.Pos
	}{
		{[]string{"j"}, down(1)},
		{[]string{"down", "down", "up"}, down(1)},
		{[]string{"5j"}, down(5)},
		{[]string{"12j", "3k"}, down(9)},
		{[]string{"space"}, down(10)},
		{[]string{"pgdown", "pgdown", "b"}, down(10)},
		{[]string{"d"}, down(5)},
		{[]string{"ctrl+d", "ctrl+d", "u"}, down(5)},
		{[]string{"3d", "d"}, down(6)}, // a count sets d's distance, as in less
		{[]string{"G"}, ref.Last(10)},
		{[]string{"end", "j"}, ref.Last(10)},
		{[]string{"G", "g"}, layout.Pos{}},
		{[]string{"G", "home"}, layout.Pos{}},
		{[]string{"50%"}, at(len(doc.Text) / 2)},
		{[]string{"100%"}, ref.Last(10)},
		{[]string{"]"}, sec(1)},
		{[]string{"]", "]"}, sec(2)},
		{[]string{"3]"}, sec(3)},
		{[]string{"3]", "["}, sec(2)},
		{[]string{"3]", "j", "["}, sec(3)}, // inside a section, [ goes to its start
		{[]string{"3]", "j", "2["}, sec(2)},
		{[]string{"99]"}, sec(8)},
		{[]string{"99]", "]"}, sec(8)},
		{[]string{"["}, layout.Pos{}},
		{[]string{"5", "esc", "j"}, down(1)}, // Esc drops a count
		{[]string{"5x", "j"}, down(1)},       // so does any other key
	} {
		name := strings.Join(tc.keys, " ")
		t.Run(name, func(t *testing.T) {
			m := sized(t, []*reader.Document{doc}, w, h)
			press(t, m, tc.keys...)
			if got := m.pagers[0].top; got != tc.want {
				t.Errorf("top after %q = %+v, want %+v", name, got, tc.want)
			}
		})
	}
}

func TestPagerWheelAndQuit(t *testing.T) {
	m := sized(t, []*reader.Document{sectioned(3, 3, 40)}, 40, 11)
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if got := m.pagers[0].top; got != (layout.Pos{Line: 1}) {
		t.Errorf("top after the wheel = %+v, want line 1", got)
	}
	for _, k := range []string{"q", "ctrl+c"} {
		if cmd := press(t, m, k); cmd == nil || cmd() != tea.Quit() {
			t.Errorf("%s does not quit", k)
		}
	}
}

func TestStatusBar(t *testing.T) {
	doc := sectioned(4, 2, 30)
	m := sized(t, []*reader.Document{doc}, 60, 12)
	press(t, m, "2]")
	lines := strings.Split(ansi.Strip(m.View().Content), "\n")
	bar := lines[len(lines)-1]
	_, bottom := m.pagers[0].shown() // the percentage is the bottom line's, as in less
	for _, want := range []string{"A test article", "Section 2", "section 3/5", fmt.Sprintf("%d%%", bottom*100/len(doc.Text))} {
		if !strings.Contains(bar, want) {
			t.Errorf("status bar %q lacks %q", bar, want)
		}
	}
	press(t, m, "12")
	if bar := lastLine(m); !strings.Contains(bar, "12 ") {
		t.Errorf("status bar %q does not show the pending count", bar)
	}
}

// lastLine is the last line of m's view, without styles.
func lastLine(m *model) string {
	s := ansi.Strip(m.View().Content)
	return s[strings.LastIndexByte(s, '\n')+1:]
}

func TestStatusBarTruncatesByCells(t *testing.T) {
	doc := sectioned(2, 2, 30)
	doc.Title = strings.Repeat("حلب تحت القصف ", 10)
	doc.Sections[1].Title = strings.Repeat("عنوان طويل جدا ", 10)
	for _, w := range []int{1, 2, 5, 12, 30, 80} {
		m := sized(t, []*reader.Document{doc}, w, 5)
		press(t, m, "]")
		if got := ansi.StringWidth(lastLine(m)); got != w {
			t.Errorf("width %d: status bar is %d cells", w, got)
		}
	}
}

// TestStatusBarLongTitle: a title of a megabyte is cut like a short one,
// at its logical end with an ellipsis, and the bar costs the screen's
// width to draw, not the title's length.
func TestStatusBarLongTitle(t *testing.T) {
	doc := sectioned(2, 2, 30)
	doc.Title = strings.Repeat("حلب تحت القصف ", 1<<16)
	m := sized(t, []*reader.Document{doc}, 60, 5)
	p := m.pagers[0]
	bar := lastLine(m)
	if ansi.StringWidth(bar) != 60 || !strings.Contains(bar, "…") {
		t.Errorf("the bar of a long title is %q, want 60 cells with an ellipsis", bar)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 10 {
		p.status(m.st)
	}
	runtime.ReadMemStats(&after)
	// without the cut it is the title's size, 1.6 MB
	if n := (after.TotalAlloc - before.TotalAlloc) / 10; n > uint64(len(doc.Title))/8 {
		t.Errorf("a status bar with a %d-byte title allocates %d bytes", len(doc.Title), n)
	}
}

func TestContentsJump(t *testing.T) {
	doc := sectioned(6, 2, 30)
	m := sized(t, []*reader.Document{doc}, 60, 20)
	press(t, m, "2]", "t")
	if m.state != stateContents {
		t.Fatalf("t opened %v, want contents", m.state)
	}
	if !strings.Contains(m.View().Content, "● Section 2") {
		t.Errorf("the contents do not mark the current section:\n%s", m.View().Content)
	}
	press(t, m, "j", "j", "enter")
	if m.state != statePager {
		t.Fatalf("Enter left the model in %v", m.state)
	}
	if got := m.pagers[0].section(); got != 4 {
		t.Errorf("jumped to section %d, want 4", got)
	}
	press(t, m, "t", "esc")
	if m.state != statePager || m.pagers[0].section() != 4 {
		t.Errorf("Esc: state %v section %d, want the pager still at section 4", m.state, m.pagers[0].section())
	}
	press(t, m, "t", "g", "enter")
	if got := m.pagers[0].section(); got != 0 {
		t.Errorf("jumped to section %d, want the lead", got)
	}
	if cmd := press(t, m, "t", "/", "5q"); cmd != nil && cmd() == tea.Quit() {
		t.Error("q typed into the filter quits")
	}
	if cmd := press(t, m, "ctrl+c"); cmd == nil || cmd() != tea.Quit() {
		t.Error("Ctrl-C while filtering does not quit")
	}
}

func TestContentsFilter(t *testing.T) {
	m := sized(t, []*reader.Document{sectioned(12, 1, 10)}, 60, 20)
	press(t, m, "t", "/", "Section 11", "enter", "enter")
	if m.state != statePager || m.pagers[0].section() != 11 {
		t.Errorf("filtering for Section 11: state %v section %d", m.state, m.pagers[0].section())
	}
}

func TestContentsFilterReadsRightToLeft(t *testing.T) {
	doc, err := reader.Load("../samples/seed-aleppo.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := sized(t, []*reader.Document{doc}, 60, 20)
	m.st.bidi = layout.Options{Bidi: layout.BidiApp, Shape: true}
	press(t, m, "t", "/", "لافروف")
	first := strings.Split(ansi.Strip(m.View().Content), "\n")[0]
	visual := chromeText("لافروف", 20, m.st.bidi)
	if !strings.Contains(first, visual) || strings.Contains(first, "لافروف") {
		t.Errorf("the contents filter shows %q; want the typed Arabic reordered and shaped (%q)", first, visual)
	}
	if !strings.Contains(first, "_") || strings.Index(first, "_") > strings.Index(first, visual) {
		t.Errorf("the cursor is not left of the Arabic being typed: %q", first)
	}
	press(t, m, "enter", "enter")
	if m.state != statePager || m.pagers[0].section() != 2 {
		t.Errorf("the Arabic filter did not find Lavrov's section: state %v section %d", m.state, m.pagers[0].section())
	}
}

func TestResizeKeepsAnchor(t *testing.T) {
	doc := sectioned(6, 4, 60)
	m := sized(t, []*reader.Document{doc}, 100, 30)
	p := m.pagers[0]
	for _, step := range []struct {
		keys []string
		w, h int
	}{
		{[]string{"37%"}, 40, 20},
		{[]string{"7j"}, 100, 30},
		{[]string{"2]", "3j"}, 23, 9},
		{[]string{"k"}, 0, 0},
		{nil, 61, 15},
	} {
		press(t, m, step.keys...)
		anchor := p.offset()
		m.Update(tea.WindowSizeMsg{Width: step.w, Height: step.h})
		if !atTop(p, anchor) {
			l := p.cache.Lines(p.top.Block)[p.top.Line]
			t.Errorf("after %v and a resize to %dx%d the top line holds %d–%d, not the anchor %d", step.keys, step.w, step.h, l.Start, l.End, anchor)
		}
	}
}

func TestResizeDoesNotCreep(t *testing.T) {
	m := sized(t, []*reader.Document{sectioned(6, 4, 60)}, 100, 30)
	p := m.pagers[0]
	press(t, m, "43%", "j")
	start := p.top
	for range 20 {
		for _, w := range []int{41, 57, 33, 100} {
			m.Update(tea.WindowSizeMsg{Width: w, Height: 30})
		}
	}
	if p.top != start {
		t.Errorf("after resizes back and forth the top moved from %+v to %+v", start, p.top)
	}
	press(t, m, "j")
	want := p.offset()
	m.Update(tea.WindowSizeMsg{Width: 50, Height: 30})
	if !atTop(p, want) {
		t.Errorf("after a scroll the resize did not anchor the new top %d", want)
	}
}

// atTop reports whether the top line of p shows byte off, or starts just
// after it when off is blank (a space or the line between blocks).
func atTop(p *pager, off int) bool {
	l := p.cache.Lines(p.top.Block)[p.top.Line]
	return l.Start <= off && off < l.End || off <= l.Start && strings.TrimSpace(p.doc.Text[off:l.Start]) == ""
}

func TestLibrary(t *testing.T) {
	docs := []*reader.Document{sectioned(1, 9, 60), sectioned(2, 9, 60), sectioned(3, 9, 60)}
	docs[1].Title, docs[2].Title = "Second", "Third"
	m := sized(t, docs, 80, 20)
	if m.state != stateLibrary {
		t.Fatalf("several documents open %v, want the library", m.state)
	}
	countWords(m)
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, fmt.Sprintf("%d min", (wordsOf(docs[1].Text)+199)/200)) || !strings.Contains(v, "Third") {
		t.Errorf("library view lacks a title or a word count:\n%s", v)
	}
	press(t, m, "j", "enter")
	if m.state != statePager || m.open != 1 {
		t.Fatalf("Enter: state %v article %d, want the pager on article 1", m.state, m.open)
	}
	press(t, m, "j", "esc")
	if m.state != stateLibrary {
		t.Fatalf("Esc from an article: state %v, want the library", m.state)
	}
	press(t, m, "enter")
	if m.open != 1 || m.pagers[1].top != (layout.Pos{Line: 1}) {
		t.Errorf("reopened article %d at %+v, want article 1 where it was left", m.open, m.pagers[1].top)
	}
	press(t, m, "esc", "j", "enter")
	if m.open != 2 {
		t.Errorf("opened article %d, want 2", m.open)
	}
	if cmd := press(t, m, "q"); m.state != stateLibrary || cmd != nil && cmd() == tea.Quit() {
		t.Fatalf("q in an article of the library: state %v, want back to the library, not quit", m.state)
	}
	press(t, m, "h")
	if m.state != stateHelp {
		t.Errorf("h in the library opened %v, want help", m.state)
	}
	press(t, m, "q")
	if m.state != stateLibrary {
		t.Errorf("q in help went to %v, want back to the library", m.state)
	}
	if cmd := press(t, m, "q"); cmd == nil || cmd() != tea.Quit() {
		t.Error("q in the library does not quit")
	}
}

// TestTheWheelScrollsTheHelp: the help that does not fit scrolls a line
// a notch, and no further than its last screen.
func TestTheWheelScrollsTheHelp(t *testing.T) {
	m := sized(t, []*reader.Document{sectioned(1, 2, 10)}, 60, 8)
	press(t, m, "h")
	wheel := func(b tea.MouseButton) { m.Update(tea.MouseWheelMsg{Button: b}) }
	wheel(tea.MouseWheelDown)
	wheel(tea.MouseWheelDown)
	if m.help.Top() != 2 {
		t.Errorf("two notches down the help: line %d on top, want 2", m.help.Top())
	}
	press(t, m, "G")
	bottom := m.help.Top()
	wheel(tea.MouseWheelDown)
	wheel(tea.MouseWheelUp)
	if m.help.Top() != bottom-1 {
		t.Errorf("a notch down past the end and one up: line %d on top, want %d", m.help.Top(), bottom-1)
	}
}

func TestTheWheelMovesAListsCursor(t *testing.T) {
	m := sized(t, []*reader.Document{sectioned(1, 2, 10), sectioned(1, 2, 10), sectioned(1, 2, 10)}, 60, 12)
	wheel := func(b tea.MouseButton) { m.Update(tea.MouseWheelMsg{Button: b}) }
	wheel(tea.MouseWheelDown)
	wheel(tea.MouseWheelDown)
	if i := m.lib.Front().Index(); i != 2 {
		t.Errorf("two notches down the library: row %d, want 2", i)
	}
	wheel(tea.MouseWheelUp)
	if i := m.lib.Front().Index(); i != 1 {
		t.Errorf("a notch up: row %d, want 1", i)
	}
}

func TestNarrowLibraryGivesTheTitleRoom(t *testing.T) {
	docs := []*reader.Document{sectioned(1, 2, 10), sectioned(1, 2, 10)}
	docs[0].Title = "Forty bean varieties change hands at Fernhill"
	m := sized(t, docs, 60, 10)
	countWords(m)
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "Forty bean varieties change") || !strings.Contains(v, fmt.Sprintf("%d min", (wordsOf(docs[0].Text)+199)/200)) {
		t.Errorf("at 60 columns the title is cut short or the reading time is gone:\n%s", v)
	}
}

// countWords runs the library's word counts and gives it their answers.
func countWords(m *model) {
	var run func(cmd tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		case nil:
		default:
			m.Update(msg)
		}
	}
	run(m.lib.Init())
}

// wordsOf counts words as strings.Fields does.
func wordsOf(s string) int { return len(strings.Fields(s)) }

func TestHelpListsEveryBinding(t *testing.T) {
	for _, tc := range []struct {
		key  string
		w, h int
	}{{"h", 160, 40}, {"f1", 100, 30}, {"h", 40, 30}} {
		m := sized(t, []*reader.Document{sectioned(1, 1, 10)}, tc.w, tc.h)
		press(t, m, tc.key)
		if m.state != stateHelp {
			t.Fatalf("%s opened %v, want help", tc.key, m.state)
		}
		// a help taller than the screen scrolls: read it a screen at a time
		v := ansi.Strip(m.View().Content)
		for range 4 {
			press(t, m, "space")
			v += ansi.Strip(m.View().Content)
		}
		for _, g := range m.keys.groups() {
			for _, b := range g {
				keys, desc := b.Help().Key, []rune(b.Help().Desc)
				if tc.w < 100 {
					keys, desc = help.ShortKeys(b), desc[:min(len(desc), 20)]
				}
				if !strings.Contains(v, keys+" ") || !strings.Contains(v, string(desc)) {
					t.Errorf("help at %dx%d lacks %q %q:\n%s", tc.w, tc.h, keys, string(desc), v)
				}
			}
		}
		press(t, m, "esc")
		if m.state != statePager {
			t.Errorf("Esc left help in %v", m.state)
		}
	}
}

func TestKeyTable(t *testing.T) {
	table := KeyTable()
	k := newKeyMap()
	for _, g := range k.groups() {
		for _, b := range g {
			if strings.Count(table, "| "+b.Help().Desc+" |") != 1 {
				t.Errorf("the key table does not list %q once", b.Help().Desc)
			}
		}
	}
	if !strings.Contains(table, "`Space` `f` `PgDn` `Ctrl-F`") {
		t.Errorf("the key table does not name the keys as expected:\n%s", table)
	}
}

// markdown parses an article written in Markdown, its paragraphs long
// enough to scroll.
func markdown(t *testing.T, src string) *reader.Document {
	t.Helper()
	long := strings.Repeat("Words to fill a screen with. ", 30)
	doc, err := reader.Parse("t.md", []byte(strings.ReplaceAll(src, "PARA", long)))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestSectionsBelowTitle(t *testing.T) {
	withLead := markdown(t, "# The title\n\nPARA\n\n## One\n\nPARA\n\n## Two\n\nPARA\n")
	noLead := markdown(t, "# The title\n\n## One\n\nPARA\n\n## Two\n\nPARA\n")
	if len(withLead.Sections) != 3 || withLead.Sections[0].Title != "" || len(noLead.Sections) != 2 {
		t.Fatalf("unexpected outlines: %+v and %+v", withLead.Sections, noLead.Sections)
	}
	for _, tc := range []struct {
		name string
		doc  *reader.Document
		keys []string
		want int // the section at the top
	}{
		{"the title belongs to the lead", withLead, nil, 0},
		{"] from the title skips the lead", withLead, []string{"]"}, 1},
		{"[ from the title stays", withLead, []string{"["}, 0},
		{"a titled first section starts below the title", noLead, nil, -1},
		{"] from the title goes to it", noLead, []string{"]"}, 0},
		{"[ comes back up", noLead, []string{"]", "]", "2["}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := sized(t, []*reader.Document{tc.doc}, 60, 12)
			press(t, m, tc.keys...)
			if got := m.pagers[0].section(); got != tc.want {
				t.Errorf("section %d after %v, want %d", got, tc.keys, tc.want)
			}
			if len(tc.keys) > 0 && tc.keys[0] == "[" && m.pagers[0].top != (layout.Pos{}) {
				t.Errorf("[ moved the top from the title to %+v", m.pagers[0].top)
			}
		})
	}
}
