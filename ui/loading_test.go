package ui

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"qari/reader"
	"qari/reader/store"
	"qari/ui/layout"
)

// bigFile writes an article of many numbered paragraphs and returns its
// path and its head as the reader would first show it.
func bigFile(t *testing.T) (string, *reader.Document) {
	t.Helper()
	var b strings.Builder
	for i := range 4000 {
		b.WriteString("Paragraph number ")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(" ")
		b.WriteString(itoa(i))
		b.WriteString(" of the long article, with enough words to wrap once.\n")
	}
	b.WriteString("The very last paragraph.\n")
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	head, err := reader.LoadHead(path, 16<<10)
	if err != nil {
		t.Fatal(err)
	}
	if !head.Partial {
		t.Fatal("the head is not partial")
	}
	return path, head
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

// wholeArrived waits until the whole document has replaced the head.
func wholeArrived(t *testing.T, m *model) {
	t.Helper()
	until(t, m, "the whole document read", func() bool { return !m.pagers[m.open].doc.Partial })
}

func TestTheWholeReplacesTheHeadAndKeepsTheTop(t *testing.T) {
	_, head := bigFile(t)
	m := sized(t, []*reader.Document{head}, 80, 12)
	if !strings.Contains(lastLine(m), "loading") {
		t.Errorf("the bar of a head says %q, not that the rest is loading", lastLine(m))
	}
	press(t, m, "40j")
	p := m.pagers[m.open]
	top := p.offset()
	before := strings.Split(m.View().Content, "\n")[0]
	settle(m, m.opening) // as Init runs it
	wholeArrived(t, m)
	p = m.pagers[m.open]
	if p.doc.Partial || !strings.Contains(p.doc.Text, "The very last paragraph.") {
		t.Fatal("the whole document did not replace the head")
	}
	if p.offset() != top {
		t.Errorf("the top moved from byte %d to %d when the whole arrived", top, p.offset())
	}
	if after := strings.Split(m.View().Content, "\n")[0]; after != before {
		t.Errorf("the first line changed from %q to %q", before, after)
	}
	if strings.Contains(lastLine(m), "loading") {
		t.Errorf("the bar still says loading: %q", lastLine(m))
	}
}

func TestEndAndPercentBeforeTheWhole(t *testing.T) {
	_, head := bigFile(t)
	m := sized(t, []*reader.Document{head}, 80, 12)
	if m.loadWhole(m.open) != nil {
		t.Error("the whole is read twice")
	}
	press(t, m, "G")
	if !strings.Contains(m.View().Content, "The very last paragraph.") {
		t.Errorf("G did not show the end at once, from the tail:\n%s", m.View().Content)
	}
	press(t, m, "50%")
	if !strings.Contains(lastLine(m), "50%") || !strings.Contains(m.View().Content, "The very last paragraph.") {
		t.Errorf("50%% before the whole neither waited nor said so:\n%s", m.View().Content)
	}
	settle(m, m.opening)
	wholeArrived(t, m)
	p := m.pagers[m.open]
	if pct := p.percentShown(); pct < 49 || pct > 51 {
		t.Errorf("after the whole arrived the top is at %d%%, not the 50%% asked for", pct)
	}
}

func TestTheEndStaysWhenTheWholeArrives(t *testing.T) {
	_, head := bigFile(t)
	m := sized(t, []*reader.Document{head}, 80, 12)
	press(t, m, "G", "3k")
	before := strings.Split(m.View().Content, "\n")[0]
	settle(m, m.opening)
	wholeArrived(t, m)
	if after := strings.Split(m.View().Content, "\n")[0]; after != before {
		t.Errorf("the top line near the end changed from %q to %q when the whole arrived", before, after)
	}
}

// TestASearchFindsTheMiddleBeforeTheWhole: a match that is neither in the
// head nor in the tail is found in the file's bytes while the whole is
// still being read, shown in a window on the middle, counted from the
// file; the whole then takes its place with the match where it was.
func TestASearchFindsTheMiddleBeforeTheWhole(t *testing.T) {
	_, head := bigFile(t)
	m := sized(t, []*reader.Document{head}, 80, 12)
	if strings.Contains(head.Text, " 2000 of") {
		t.Fatal("the test needs a paragraph in the middle, outside the head and tail")
	}
	settle(m, press(t, m, "/", " 2000 of", "enter"))
	barSays(t, m, "match 1/1")
	p := m.pagers[0]
	if !p.doc.Partial {
		t.Fatal("the whole was read: the test shows nothing")
	}
	if v := m.View().Content; !strings.Contains(v, " 2000 of") || !strings.Contains(lastLine(m), "match 1/1") {
		t.Fatalf("before the whole, the search did not show the middle's match (bar %q):\n%s", lastLine(m), v)
	}
	if f := p.find; f == nil || p.doc.Text[f.cur.start:f.cur.end] != " 2000 of" {
		t.Fatal("the current match is not the text searched for")
	}
	settle(m, press(t, m, "g")) // the reader moves on before the whole arrives
	settle(m, m.opening)
	wholeArrived(t, m)
	barSays(t, m, "match 1/1")
	p = m.pagers[0]
	if p.doc.Partial {
		t.Fatal("the whole did not arrive")
	}
	if p.offset() != 0 || !strings.Contains(lastLine(m), "match 1/1") {
		t.Errorf("once the whole arrived the view moved to %d (bar %q), want it kept at the top", p.offset(), lastLine(m))
	}
	if f := p.find; f == nil || !f.found || p.doc.Text[f.cur.start:f.cur.end] != " 2000 of" {
		t.Error("the whole's current match is not the one found in the middle")
	}
	settle(m, press(t, m, "n"))
	if v := m.View().Content; !strings.Contains(v, " 2000 of") {
		t.Errorf("n does not go to the match in the whole:\n%s", v)
	}
}

// TestASearchWithNoMatchAnywhereSaysSo: a pattern the file does not hold
// is looked for in all of it, head, middle and tail, before the whole is
// read.
func TestASearchWithNoMatchAnywhereSaysSo(t *testing.T) {
	_, head := bigFile(t)
	m := sized(t, []*reader.Document{head}, 80, 12)
	settle(m, press(t, m, "/", "zebra", "enter"))
	barSays(t, m, "no match")
	if bar := lastLine(m); !strings.Contains(bar, "no match") || !m.pagers[0].doc.Partial {
		t.Errorf("a pattern found nowhere says %q (partial %v)", bar, m.pagers[0].doc.Partial)
	}
}

// TestAStoreOpenedLateStillRestores: with Config.OpenStore the first
// frame does not wait for the store, and the position it holds is
// restored once it answers.
func TestAStoreOpenedLateStillRestores(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, dir)
	m := seedStore(t, st, 100)
	keys(t, m, "d", "d")
	top := m.pagers[0].offset()
	m.keepOnExit()

	calls := 0
	release := make(chan struct{})
	cfg := Config{Width: 80, Theme: darkTheme(t), Bidi: layout.BidiTerminal, OpenStore: func() (*store.Store, error) {
		calls++
		<-release
		return st, nil
	}}
	m = New([]*reader.Document{seed(t)}, cfg).(*model)
	cmd := m.Init()
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if p := m.pagers[0]; p.offset() != 0 || !strings.Contains(lastLine(m), "section") {
		t.Fatalf("before the store answered: offset %d, bar %q; want the top drawn", p.offset(), lastLine(m))
	}
	close(release)
	waitFor(m, cmd)
	if p := m.pagers[0]; !atTop(p, top) {
		t.Errorf("once the store answered the top is at %d, want the saved %d", p.offset(), top)
	}
	if calls != 1 {
		t.Errorf("OpenStore called %d times, want once", calls)
	}
}

// sparseArticle writes a file of size bytes whose first and last 256 KB
// are paragraphs of text and whose middle is a hole (no disk taken, never
// read by the first frame), and returns its path.
func sparseArticle(t *testing.T, size int64) string {
	t.Helper()
	var b strings.Builder
	for i := 0; b.Len() < 256<<10; i++ {
		b.WriteString("Paragraph " + itoa(i) + " of the long article, with enough words to wrap once at eighty columns.\n\n")
	}
	path := filepath.Join(t.TempDir(), "sparse.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(b.String()); err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt([]byte(b.String()), size-int64(b.Len())); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestFirstFrameDoesNoWorkProportionalToTheFile checks that what stands
// between the start and the first screen (LoadHead, the model, the size,
// View) allocates as much for a 16 GB file as for a 1 MB one: nothing on
// that path may read, copy or index the file's length.
func TestFirstFrameDoesNoWorkProportionalToTheFile(t *testing.T) {
	th := plainTheme(t)
	alloc := func(path string) uint64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		doc, err := reader.LoadHead(path, reader.HeadSize)
		if err != nil {
			t.Fatal(err)
		}
		m := New([]*reader.Document{doc}, Config{Theme: th})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		if v := m.View(); !strings.Contains(v.Content, "Paragraph 0 ") {
			t.Fatalf("the first screen does not show the first paragraph:\n%s", v.Content)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, huge := sparseArticle(t, 1<<20), sparseArticle(t, 16<<30)
	alloc(small) // warm up what is made once (styles, tables)
	a, b := alloc(small), alloc(huge)
	if b > a+a/10 {
		t.Errorf("the first frame of a 16 GB file allocates %d KB, of a 1 MB one %d KB: something on its path grows with the file", b>>10, a>>10)
	}
}
