package ui

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/reader/search"
	"qari/ui/layout"
	"qari/ui/theme"
)

// typeKeys types each key as press does, then runs the last one's
// command too, so the search it started has answered.
func typeKeys(t testing.TB, m tea.Model, keys ...string) {
	t.Helper()
	settle(m, press(t, m, keys...))
}

// shows reports whether s holds word in logical order or, reordered for
// the terminal, in visual order.
func shows(s, word string) bool {
	return strings.Contains(s, word) || strings.Contains(s, reversed(word))
}

// hitOf is the byte range of the only place word is in doc's text.
func hitOf(t *testing.T, doc *reader.Document, word string) hit {
	t.Helper()
	i := strings.Index(doc.Text, word)
	if i < 0 || strings.Count(doc.Text, word) != 1 {
		t.Fatalf("%q is not once in the text", word)
	}
	return hit{i, i + len(word)}
}

// onScreen reports whether the line showing byte off is on the pager's
// screen.
func onScreen(p *pager, off int) bool {
	for _, l := range p.lay().Window(p.top, p.lines()) {
		if l.Start <= off && off < l.End {
			return true
		}
	}
	return false
}

// TestSearchTypedWithoutHarakat: هجوما typed letter by letter finds
// هجومًا; the prompt shows what was typed, the view moves to the match, the
// bar says match 1/1 after Enter, and the match is the current one.
func TestSearchTypedWithoutHarakat(t *testing.T) {
	doc := seed(t)
	m := sized(t, []*reader.Document{doc}, 100, 30)
	p := m.pagers[0]
	want := hitOf(t, doc, "هجومًا")
	for i, r := range []rune("/هجوما") {
		typeKeys(t, m, string(r))
		if i == 0 && p.find.prompt == nil {
			t.Fatal("/ opened no prompt")
		}
	}
	until(t, m, "on the match of what was typed", func() bool { return p.find.found && p.find.cur == want })
	if b := lastLine(m); !shows(b, "هجوما") || !strings.HasPrefix(strings.TrimSpace(b), "/") && !strings.HasSuffix(strings.TrimSpace(b), "/") {
		t.Errorf("the prompt does not show /هجوما: %q", b)
	}
	if !p.find.found || p.find.cur != want {
		t.Fatalf("the current match is %v (found %v), want %v", p.find.cur, p.find.found, want)
	}
	if !onScreen(p, want.start) {
		t.Error("the view did not move to the match")
	}
	typeKeys(t, m, "enter")
	barSays(t, m, "match 1/1")
}

// TestSearchHamza: الأساسي, typed with a hamza, finds الاساسي.
func TestSearchHamza(t *testing.T) {
	doc := seed(t)
	m := sized(t, []*reader.Document{doc}, 100, 30)
	typeKeys(t, m, "/", "الأساسي", "enter")
	p := m.pagers[0]
	if want := hitOf(t, doc, "الاساسي"); p.find.cur != want {
		t.Errorf("the match is %q, want الاساسي", doc.Text[p.find.cur.start:p.find.cur.end])
	}
	barSays(t, m, "match 1/1", "section 2/")
}

// TestSearchHighlight: with the dark theme the current match is drawn
// in the current-match style, exactly over its letters, harakat included,
// and the other matches on screen in the match style.
func TestSearchHighlight(t *testing.T) {
	doc := seed(t)
	th := darkTheme(t)
	m := New([]*reader.Document{doc}, Config{Theme: th, Width: 100, Bidi: layout.BidiOff}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	typeKeys(t, m, "/", "هجوما", "enter")
	v := m.View().Content
	cur := sgrOf(th, layout.StyleCurrentMatch)
	if !strings.Contains(v, cur+"هجومًا\x1b[") {
		t.Errorf("the match هجومًا is not drawn in the current-match style %q:\n%q", cur, v)
	}
	typeKeys(t, m, "/", "لافروف", "enter")
	v = m.View().Content
	if n := strings.Count(v, sgrOf(th, layout.StyleMatch)+"لافروف"); n == 0 {
		t.Errorf("no other match of لافروف on screen is drawn in the match style")
	}
	if n := strings.Count(v, cur+"لافروف"); n != 1 {
		t.Errorf("%d matches of لافروف are drawn as the current one, want 1", n)
	}
}

// sgrOf is the escape sequence th draws a paragraph's text in with style.
func sgrOf(th *theme.Theme, style layout.Style) string {
	l := layout.Line{Clusters: []layout.Cluster{{Text: "x", Start: 0, End: 1, Width: 1}}, Width: 1, Start: 0, End: 1}
	s := th.Line(l, []layout.Overlay{{Start: 0, End: 1, Style: style}}, 1)
	return s[:strings.Index(s, "x")]
}

// TestSearchNextWraps: n and N step through the ten matches of لافروف,
// wrap round the ends with a notice, and the bar counts.
func TestSearchNextWraps(t *testing.T) {
	doc := seed(t)
	m := sized(t, []*reader.Document{doc}, 100, 30)
	p := m.pagers[0]
	typeKeys(t, m, "/", "لافروف", "enter")
	barSays(t, m, "match 1/10")
	for i := 2; i <= 10; i++ {
		typeKeys(t, m, "n")
		barSays(t, m, fmt.Sprintf("match %d/10", i)) // each n a step of its own
	}
	last := p.find.cur
	typeKeys(t, m, "n")
	barSays(t, m, "match 1/10", "search hit bottom, continuing at top")
	if !onScreen(p, p.find.cur.start) {
		t.Error("the view did not follow n round to the first match")
	}
	typeKeys(t, m, "N")
	barSays(t, m, "match 10/10", "search hit top, continuing at bottom")
	if p.find.cur != last {
		t.Errorf("N went to %v, want the last match %v", p.find.cur, last)
	}
	typeKeys(t, m, "j")
	if b := lastLine(m); strings.Contains(b, "search hit") {
		t.Errorf("the notice outlived the next key: %q", b)
	}
	typeKeys(t, m, "3n")
	barSays(t, m, "match 3/10")
}

// TestSearchBackward: ? finds the match above, and n keeps going up.
func TestSearchBackward(t *testing.T) {
	doc := seed(t)
	m := sized(t, []*reader.Document{doc}, 100, 12)
	p := m.pagers[0]
	typeKeys(t, m, "G", "?", "لافروف", "enter")
	barSays(t, m, "match 10/10")
	typeKeys(t, m, "n")
	barSays(t, m, "match 9/10")
	if !onScreen(p, p.find.cur.start) {
		t.Error("the match is not on screen")
	}
}

// TestSearchEscReturns: Esc in the prompt goes back to where the reader
// was, and drops the search being typed.
func TestSearchEscReturns(t *testing.T) {
	doc := seed(t)
	m := sized(t, []*reader.Document{doc}, 100, 20)
	p := m.pagers[0]
	typeKeys(t, m, "]")
	top := p.top
	typeKeys(t, m, "/", "التدخل العسكري")
	if p.top == top {
		t.Fatal("the view did not move to the match while typing")
	}
	typeKeys(t, m, "esc")
	if p.top != top {
		t.Errorf("after Esc the top is %v, want %v", p.top, top)
	}
	if p.find.prompt != nil || p.find.m != nil || strings.Contains(lastLine(m), "match") {
		t.Errorf("after Esc the search is still on: %q", lastLine(m))
	}
}

// TestSearchNoMatch: a pattern without a match says so and moves nothing.
func TestSearchNoMatch(t *testing.T) {
	doc := seed(t)
	m := sized(t, []*reader.Document{doc}, 100, 20)
	p := m.pagers[0]
	typeKeys(t, m, "]")
	top := p.top
	typeKeys(t, m, "/", "zqxj")
	barSays(t, m, "no match")
	typeKeys(t, m, "enter")
	barSays(t, m, "no match for zqxj")
	if p.top != top {
		t.Errorf("a search without a match moved the view from %v to %v", top, p.top)
	}
	typeKeys(t, m, "n")
	barSays(t, m, "no search yet")
}

// TestSearchRegex: Ctrl-R in the prompt turns regular expressions on; the
// prompt says so, and a half-typed expression moves nothing.
func TestSearchRegex(t *testing.T) {
	doc := seed(t)
	m := sized(t, []*reader.Document{doc}, 100, 20)
	p := m.pagers[0]
	typeKeys(t, m, "/")
	m.Update(tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl})
	barSays(t, m, "regex")
	typeKeys(t, m, "(")
	if b := lastLine(m); !strings.Contains(b, "regex: missing") || p.top != (layout.Pos{}) {
		t.Errorf("a half-typed expression: bar %q, top %v", b, p.top)
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	typeKeys(t, m, `لافرو+ف`, "enter")
	barSays(t, m, "match 1/10")
}

// TestSearchRegexFromConfig: Config.Regex (--regex) opens prompts in
// regex mode.
func TestSearchRegexFromConfig(t *testing.T) {
	m := New([]*reader.Document{seed(t)}, Config{Theme: plainTheme(t), Regex: true}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	typeKeys(t, m, "/", `لافروف|كيري`, "enter")
	if b := lastLine(m); !strings.Contains(b, "match 1/") || strings.Contains(b, "match 1/10 ") {
		t.Errorf("the regex found %q, want the matches of both names", b)
	}
}

// TestFilter: & shows only the paragraphs with a match, highlighted, and
// & with nothing shows every paragraph again.
func TestFilter(t *testing.T) {
	doc := seed(t)
	m := sized(t, []*reader.Document{doc}, 100, 40)
	p := m.pagers[0]
	typeKeys(t, m, "&", "كيري", "enter")
	barSays(t, m, "& ", "paragraphs")
	mt, err := search.Compile(search.Query{Pattern: "كيري"})
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for i := range doc.Blocks {
		if _, _, ok := mt.Next(context.Background(), doc.BlockText(i), 0); ok {
			want++
		}
	}
	seen := map[int]bool{}
	for _, l := range p.lay().Window(p.top, p.lines()) {
		if l.Start < 0 || l.End <= l.Start {
			continue
		}
		b := doc.BlockAt(l.Start)
		if !strings.Contains(doc.BlockText(b), "كيري") {
			t.Errorf("the filter shows block %d, which has no كيري: %q", b, doc.BlockText(b))
		}
		seen[b] = true
	}
	if len(seen) != want {
		t.Errorf("the screen shows %d paragraphs, want the %d with كيري", len(seen), want)
	}
	if v := ansi.Strip(m.View().Content); shows(v, "التدخل العسكري") {
		t.Error("a paragraph without the pattern is on screen")
	}
	typeKeys(t, m, "G")
	if !strings.Contains(doc.BlockText(doc.BlockAt(p.offset())), "كيري") {
		t.Error("G went to a hidden paragraph")
	}
	typeKeys(t, m, "&", "enter")
	if b := lastLine(m); strings.Contains(b, "paragraphs") {
		t.Errorf("& with nothing left the filter on: %q", b)
	}
	typeKeys(t, m, "G")
	if v := ansi.Strip(m.View().Content); !shows(v, "التدخل العسكري") {
		t.Error("without the filter the last paragraph is not shown at the end")
	}
	typeKeys(t, m, "&", "zqxj", "enter")
	barSays(t, m, "no match for zqxj")
}

// TestFilteredView checks the filtered layout against the plain one: its
// lines are those of the shown blocks, in order, whatever the path.
func TestFilteredView(t *testing.T) {
	doc := sectioned(6, 3, 30)
	c := layout.NewCache(doc, layout.Options{Width: 30})
	shown := []int{2, 3, 9, 15, len(doc.Blocks) - 1}
	v := filtered{c: c, doc: doc, shown: shown}
	var all []layout.Line
	for _, b := range shown {
		all = append(all, c.Lines(b)...)
	}
	win := v.Window(layout.Pos{}, 1000)
	if len(win) != len(all) {
		t.Fatalf("the window from the top has %d lines, want %d", len(win), len(all))
	}
	for i := range all {
		if win[i].Start != all[i].Start {
			t.Fatalf("line %d starts at %d, want %d", i, win[i].Start, all[i].Start)
		}
		p := v.Scroll(layout.Pos{}, i)
		if got := v.Window(p, 1); len(got) != 1 || got[0].Start != all[i].Start {
			t.Fatalf("Scroll(top, %d) is %v, not line %d", i, p, i)
		}
		if back := v.Scroll(p, -i); back != (layout.Pos{Block: shown[0]}) {
			t.Fatalf("Scroll(Scroll(top, %d), -%d) is %v, want the first shown line", i, i, back)
		}
	}
	last := v.Last(5)
	if got := v.Window(last, 5); len(got) != 5 || got[4].Start != all[len(all)-1].Start {
		t.Errorf("Last(5) is %v, whose window does not end with the last shown line", last)
	}
	if p := v.PosAt(doc.Blocks[5].Start); p != (layout.Pos{Block: 9}) {
		t.Errorf("PosAt in a hidden block is %v, want the next shown one", p)
	}
}

// TestLibrarySearch: / in the library lists the hits of every article with
// their article and context; Enter opens the right article at the hit.
func TestLibrarySearch(t *testing.T) {
	docs := []*reader.Document{seed(t), sectioned(8, 4, 40)}
	m := sized(t, docs, 100, 30)
	typeKeys(t, m, "/", "w6.1.7")
	if !m.lib.Searching() {
		t.Fatal("/ in the library opened no search")
	}
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "A test article › Section 6") || !strings.Contains(v, "1 match in 1 article") {
		t.Errorf("the hit is not listed with its article and section:\n%s", v)
	}
	typeKeys(t, m, "enter", "enter")
	if m.state != statePager || m.open != 1 {
		t.Fatalf("Enter on the hit opened %v %d, want the pager on article 1", m.state, m.open)
	}
	p := m.pagers[1]
	want := hitOf(t, docs[1], "w6.1.7")
	if p.find.cur != want || !onScreen(p, want.start) {
		t.Errorf("the article opened at %v with the match %v, want %v on screen", p.top, p.find.cur, want)
	}
	barSays(t, m, "match 1/1", "section 7/9")
	typeKeys(t, m, "esc")
	if m.state != stateLibrary || !strings.Contains(ansi.Strip(m.View().Content), "A test article › Section 6") {
		t.Error("Esc from the article did not come back to the hits")
	}
	typeKeys(t, m, "esc")
	if m.lib.Searching() || !strings.Contains(ansi.Strip(m.View().Content), "2 articles") || strings.Contains(ansi.Strip(m.View().Content), "Search every article") {
		t.Error("Esc in the hits did not go back to the articles")
	}
}

// TestLibrarySearchArabic: a hit in the seed, typed without harakat,
// opens the seed at it.
func TestLibrarySearchArabic(t *testing.T) {
	docs := []*reader.Document{sectioned(3, 2, 20), seed(t)}
	m := sized(t, docs, 100, 30)
	typeKeys(t, m, "/", "هجوما", "enter", "enter")
	if m.state != statePager || m.open != 1 {
		t.Fatalf("Enter opened %v %d, want the seed", m.state, m.open)
	}
	p := m.pagers[1]
	if want := hitOf(t, docs[1], "هجومًا"); p.find.cur != want || !onScreen(p, want.start) {
		t.Errorf("the seed opened with the match %v, want %v on screen", p.find.cur, want)
	}
}

// TestPromptView: the prompt is drawn in exactly its width, control
// characters never reach it, and a long pattern keeps its end in sight.
func TestPromptView(t *testing.T) {
	s := newPrompt("/", false, "_")
	s.insert("a\x1b[31mb\u202ec\nd")
	if got := s.pattern(); got != "a[31mbcd" {
		t.Errorf("the pattern is %q: control characters were let in", got)
	}
	for _, w := range []int{1, 3, 8, 40} {
		if got := ansi.StringWidth(s.view(w, layout.Options{})); got != w {
			t.Errorf("view(%d) is %d cells wide", w, got)
		}
	}
	s.text = []rune("الهجوم على المناطق الخاضعة لسيطرة المعارضة")
	s.regex = true
	v := s.view(20, layout.Options{Bidi: layout.BidiTerminal})
	if ansi.StringWidth(v) != 20 || !strings.HasPrefix(v, "regex /…") || !strings.HasSuffix(strings.TrimRight(v, " "), "المعارضة_") {
		t.Errorf("a long pattern is drawn %q", v)
	}
}

// BenchmarkSearchKeystroke times what a keystroke in the search prompt
// costs the UI goroutine on a 100 MB article: Update with the letter
// (the search itself runs in a command, not timed) and the next frame,
// which highlights the matches on screen.
func BenchmarkSearchKeystroke(b *testing.B) {
	if testing.Short() {
		b.Skip("100 MB under -short")
	}
	seedText, err := os.ReadFile("../samples/seed-aleppo.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := reader.Parse("bench.txt", repeat(seedText, 100<<20))
	if err != nil {
		b.Fatal(err)
	}
	th := darkTheme(b)
	m := New([]*reader.Document{doc}, Config{Theme: th, Width: 100}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	press(b, m, "/")
	letters := []rune("لافروف")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%len(letters) == 0 {
			m.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
		}
		r := letters[i%len(letters)]
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		_ = m.View()
	}
}

// TestSearchEscAfterResize: Esc after the terminal was resized during the
// search returns to the text that was at the top, reflowed.
func TestSearchEscAfterResize(t *testing.T) {
	doc := seed(t)
	m := sized(t, []*reader.Document{doc}, 100, 20)
	p := m.pagers[0]
	typeKeys(t, m, "]", "j")
	off := p.offset()
	typeKeys(t, m, "/", "التدخل العسكري")
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	typeKeys(t, m, "esc")
	if got := p.lay().PosAt(off); p.top != got {
		t.Errorf("after Esc the top is %v, want %v, the line showing byte %d", p.top, got, off)
	}
}

// TestFilteredViewOfALongParagraph checks the filtered layout where a
// shown paragraph is longer than layout.PieceSize, which the Cache lays
// out a piece at a time: positions, windows and scrolling agree with the
// Cache's own.
func TestFilteredViewOfALongParagraph(t *testing.T) {
	long := strings.Repeat("words of a very long paragraph ", layout.PieceSize/10)
	doc, err := reader.Parse("long.txt", []byte("A short first paragraph here.\n\n"+long+"\n\nThe last paragraph.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 3 || doc.Blocks[1].End-doc.Blocks[1].Start <= 2*layout.PieceSize {
		t.Fatalf("blocks %+v: want a long second one", doc.Blocks)
	}
	c := layout.NewCache(doc, layout.Options{Width: 40})
	v := filtered{c: c, doc: doc, shown: []int{1, 2}}
	off := doc.Blocks[1].Start + 3*layout.PieceSize + 10
	p := v.PosAt(off)
	if got, want := v.Window(p, 3), c.Window(c.PosAt(off), 3); len(got) != 3 || got[0].Start != want[0].Start || got[2].Start != want[2].Start {
		t.Fatalf("the window at byte %d starts at %d, want %d (the Cache's)", off, got[0].Start, want[0].Start)
	}
	if q := v.Scroll(p, 5); v.Window(q, 1)[0].Start != c.Window(c.Scroll(p, 5), 1)[0].Start {
		t.Error("five lines down in the long paragraph differ from the Cache's")
	}
	// from the top of the view to its end, line by line: the long
	// paragraph's lines, then the last paragraph's, nothing of the first
	var starts []int
	for q, n := (layout.Pos{}), 0; n < 100000; n++ {
		starts = append(starts, v.Window(q, 1)[0].Start)
		next := v.Scroll(q, 1)
		if next == q {
			break
		}
		q = next
	}
	if starts[0] != doc.Blocks[1].Start || starts[len(starts)-1] != doc.Blocks[2].Start {
		t.Errorf("the view runs from %d to %d, want from the long paragraph to the last one", starts[0], starts[len(starts)-1])
	}
	for i := 1; i < len(starts); i++ {
		if starts[i] >= 0 && starts[i-1] >= 0 && starts[i] < starts[i-1] {
			t.Fatalf("line %d starts at %d, before the line above it (%d)", i, starts[i], starts[i-1])
		}
	}
	if last := v.Last(3); v.Window(last, 3)[2].Start != doc.Blocks[2].Start {
		t.Error("Last(3) does not end with the last paragraph")
	}
}
