package ui

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/reader/quote"
	"qari/ui/layout"
	"qari/ui/theme"
)

// seedSpeakers are the speakers of the seed's ten quotations, in order.
var seedSpeakers = []string{"المصدر", "المصدر", "المصدر", "كيري", "كيري", "لافروف", "لافروف", "لافروف", "لافروف", "لافروف"}

// quoteModel opens the seed on a 100×30 terminal in theme th, without
// reordering right-to-left text (so the screen reads in logical order),
// and returns the model and the command Init gave, not yet run.
func quoteModel(t *testing.T, th *theme.Theme) (*model, tea.Cmd) {
	t.Helper()
	doc, err := reader.Load("../samples/seed-aleppo.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := New([]*reader.Document{doc}, Config{Width: 80, Theme: th, Bidi: layout.BidiTerminal}).(*model)
	cmd := m.Init()
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	return m, cmd
}

// seedQuotes opens the seed with its quotations found.
func seedQuotes(t *testing.T) *model {
	t.Helper()
	m, cmd := quoteModel(t, plainTheme(t))
	if cmd == nil {
		t.Fatal("opening an article does not start finding its quotations")
	}
	foundQuotes(m, cmd)
	return m
}

// foundQuotes runs cmd, Init's, and gives m the quotations it found, as
// the program would once they arrive.
func foundQuotes(m *model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			foundQuotes(m, c)
		}
	case quotesFoundMsg:
		m.Update(msg)
	}
}

// textOf returns the text area of the screen (all but the status bar).
func textOf(m *model) string {
	return above(ansi.Strip(m.View().Content))
}

// words returns the first n words of s, separated by one space.
func words(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// checkQuote checks that the bar names quotation i (from 1) of the seed
// with its speaker, and that its first words are on screen (read across
// the lines they wrap over).
func checkQuote(t *testing.T, m *model, i int) {
	t.Helper()
	want := fmt.Sprintf("quote %d/10 — %s", i, seedSpeakers[i-1])
	if bar := lastLine(m); !strings.Contains(bar, want) {
		t.Errorf("after the jump the bar says %q, want %q", bar, want)
	}
	l := m.pagers[m.open].quotes
	if text := words(l.q.qs[i-1].Text(m.docs[0]), 3); !strings.Contains(words(textOf(m), 1e6), text) {
		t.Errorf("quotation %d (%q) is not on screen:\n%s", i, text, textOf(m))
	}
}

func TestQuoteJumpsVisitEveryQuotation(t *testing.T) {
	m := seedQuotes(t)
	if bar := lastLine(m); strings.Contains(bar, "quote") {
		t.Errorf("before any jump the bar names a quotation: %q", bar)
	}
	for i := 1; i <= 10; i++ {
		press(t, m, "}")
		checkQuote(t, m, i)
	}
	press(t, m, "}")
	if bar := lastLine(m); !strings.Contains(bar, "no later quotation") {
		t.Errorf("} after the last quotation: the bar says %q", bar)
	}
	for i := 9; i >= 1; i-- {
		press(t, m, "{")
		checkQuote(t, m, i)
	}
	press(t, m, "{")
	if bar := lastLine(m); !strings.Contains(bar, "no earlier quotation") {
		t.Errorf("{ before the first quotation: the bar says %q", bar)
	}
	press(t, m, "3}")
	checkQuote(t, m, 4)
	press(t, m, "2{")
	checkQuote(t, m, 2)
	press(t, m, "20}")
	checkQuote(t, m, 10)
}

func TestQuoteNearTopAndGoneFromBarWhenScrolledAway(t *testing.T) {
	m := seedQuotes(t)
	press(t, m, "6}")
	checkQuote(t, m, 6)
	p := m.pagers[m.open]
	q := p.quotes.q.qs[5]
	lines := p.cache.Window(p.top, p.lines())
	row := -1
	for r, l := range lines {
		if l.Start <= q.Open && q.Open < max(l.End, l.Start+1) {
			row = r
			break
		}
	}
	if row < 0 || row > jumpContext {
		t.Errorf("the quotation jumped to starts on row %d of the screen, want near the top (≤ %d)", row, jumpContext)
	}
	press(t, m, "G")
	if bar := lastLine(m); strings.Contains(bar, "quote 6/10") {
		t.Errorf("the bar names quotation 6 though it is off screen: %q", bar)
	}
	// from elsewhere, { goes to the last quotation above the screen
	want := 0
	for i, q := range p.quotes.q.qs {
		if q.Open < p.offset() {
			want = i + 1
		}
	}
	press(t, m, "{")
	checkQuote(t, m, want)
	press(t, m, "g", "}")
	checkQuote(t, m, 1)
}

func TestQuotesArriveLaterAndReaderStaysUsable(t *testing.T) {
	m, cmd := quoteModel(t, plainTheme(t))
	press(t, m, "j")
	if m.pagers[m.open].top.Line != 1 && m.pagers[m.open].top.Block == 0 {
		t.Error("the reader does not scroll while quotations are being found")
	}
	if bar := lastLine(m); strings.Contains(bar, "quot") {
		t.Errorf("the bar talks of quotations before they arrive: %q", bar)
	}
	press(t, m, "g", "}")
	if bar := lastLine(m); !strings.Contains(bar, "still looking for quotations") {
		t.Errorf("} before the quotations arrive: the bar says %q", bar)
	}
	foundQuotes(m, cmd)
	checkQuote(t, m, 1) // the } pressed before they arrived is made when they do
	press(t, m, "}")
	checkQuote(t, m, 2)
}

func TestLargeArticleSaysItIsFindingQuotations(t *testing.T) {
	seed, err := os.ReadFile("../samples/seed-aleppo.txt")
	if err != nil {
		t.Fatal(err)
	}
	large := bytes.Repeat(append(bytes.TrimRight(seed, "\n"), '\n'), slowQuotes/len(seed)+2)
	for _, c := range []struct {
		name string
		data []byte
		says bool
	}{{"the seed", seed, false}, {"the seed repeated past 4 MB", large, true}} {
		doc, err := reader.Parse("seed.txt", c.data)
		if err != nil {
			t.Fatal(err)
		}
		m := New([]*reader.Document{doc}, Config{Width: 80, Theme: plainTheme(t), Bidi: layout.BidiTerminal}).(*model)
		cmd := m.Init()
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		if bar := lastLine(m); strings.Contains(bar, "finding quotations") != c.says {
			t.Errorf("%s, before its quotations arrive: the bar says %q", c.name, bar)
		}
		foundQuotes(m, cmd)
		if bar := lastLine(m); strings.Contains(bar, "quotations") {
			t.Errorf("%s, once its quotations arrived: the bar still says %q", c.name, bar)
		}
	}
}

func TestQuoteHighlightToggles(t *testing.T) {
	th := darkTheme(t)
	m, cmd := quoteModel(t, th)
	plain := m.View().Content
	foundQuotes(m, cmd)
	lit := m.View().Content
	if lit == plain {
		t.Fatal("the quotations on the first screen are not highlighted")
	}
	p := m.pagers[m.open]
	if !hasStyle(p, layout.StyleQuote) {
		t.Error("no quotation style laid over the first screen")
	}
	press(t, m, "}")
	if !hasStyle(p, layout.StyleCurrentQuote) {
		t.Error("the quotation jumped to is not styled as the current one")
	}
	press(t, m, "Q")
	if hasStyle(p, layout.StyleQuote) || hasStyle(p, layout.StyleCurrentQuote) {
		t.Error("Q left the quotations highlighted")
	}
	if bar := lastLine(m); !strings.Contains(bar, "quotations not highlighted") {
		t.Errorf("Q: the bar says %q", bar)
	}
	press(t, m, "g")
	if text := m.View().Content; above(text) != above(plain) {
		t.Error("with highlighting off the text looks different from the text without quotations")
	}
	press(t, m, "Q")
	if !hasStyle(p, layout.StyleQuote) {
		t.Error("a second Q did not bring the highlighting back")
	}
}

// above returns screen v less its last line, the status bar.
func above(v string) string { return v[:strings.LastIndex(v, "\n")] }

// hasStyle reports whether the screen of p has an overlay with style st.
func hasStyle(p *pager, st layout.Style) bool {
	for _, o := range p.overlays(p.cache.Window(p.top, p.lines())) {
		if o.Style == st {
			return true
		}
	}
	return false
}

func TestQuotesPanelListsJumpsAndFiltersBySpeaker(t *testing.T) {
	m := seedQuotes(t)
	press(t, m, `"`)
	if m.state != stateQuotes {
		t.Fatalf(`" opened %v, want the quotes panel`, m.state)
	}
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "Quotations (10)") {
		t.Errorf("the panel's title does not count ten quotations:\n%s", v)
	}
	if rows := quoteRows(v); len(rows) != 10 {
		t.Errorf("the panel lists %d quotations, want 10:\n%s", len(rows), v)
	} else {
		for i, r := range rows {
			if !strings.Contains(r, seedSpeakers[i]+" — ") {
				t.Errorf("row %d %q does not name its speaker %s", i+1, r, seedSpeakers[i])
			}
		}
	}
	if !strings.Contains(v, "كيري: تقدم طفيف بالمحادثات") {
		t.Errorf("the rows do not name their sections:\n%s", v)
	}
	press(t, m, "down", "down", "down", "enter")
	if m.state != statePager {
		t.Fatalf("Enter left the panel open (%v)", m.state)
	}
	checkQuote(t, m, 4)

	press(t, m, `"`, "s")
	v = ansi.Strip(m.View().Content)
	rows := quoteRows(v)
	if len(rows) != 5 || !strings.Contains(v, "لافروف (5)") {
		t.Errorf("s shows %d rows, want Lavrov's 5:\n%s", len(rows), v)
	}
	for _, r := range rows {
		if !strings.Contains(r, "لافروف — ") {
			t.Errorf("a row of Lavrov's quotations is someone else's: %q", r)
		}
	}
	press(t, m, "down", "enter")
	checkQuote(t, m, 7)

	press(t, m, `"`, "s", "s", "s", "s")
	if rows := quoteRows(ansi.Strip(m.View().Content)); len(rows) != 10 {
		t.Errorf("s after the last speaker shows %d rows, want all 10", len(rows))
	}
	press(t, m, "s", "esc")
	if rows := quoteRows(ansi.Strip(m.View().Content)); m.state != stateQuotes || len(rows) != 10 {
		t.Errorf("Esc on one speaker's quotations should show everyone's (10 rows), not %d (%v)", len(rows), m.state)
	}
	press(t, m, "esc")
	if m.state != statePager {
		t.Errorf("Esc left the panel open (%v)", m.state)
	}
}

func TestQuotesPanelTypedFilter(t *testing.T) {
	m := seedQuotes(t)
	press(t, m, `"`, "/", "لافروف", "enter")
	v := ansi.Strip(m.View().Content)
	rows := quoteRows(v)
	if len(rows) != 5 {
		t.Errorf("filtering by لافروف shows %d rows, want 5:\n%s", len(rows), v)
	}
	press(t, m, "enter")
	checkQuote(t, m, 6)
}

// quoteRows returns the rows of the quotes panel on screen v.
func quoteRows(v string) []string {
	var rows []string
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, " — ") {
			rows = append(rows, l)
		}
	}
	return rows
}

func TestQuoteOverlaysOnlyOnScreen(t *testing.T) {
	// a million quotations, each nested one inside its outer one, and one
	// utterance in two parts: a screen asks about four of them
	n := 1_000_000
	qs := make([]quote.Quote, 0, n)
	for i := 0; len(qs) < n; i++ {
		base := i * 100
		qs = append(qs, quote.Quote{Open: base, Start: base + 1, End: base + 49, Close: base + 50, Parent: -1})
		qs = append(qs, quote.Quote{Open: base + 10, Start: base + 11, End: base + 19, Close: base + 20, Parent: len(qs) - 1})
	}
	qs[4].Group, qs[6].Group = 1, 1
	q := indexQuotations(qs)
	l := &quoteLayer{q: q, cur: 6}
	got := l.overlays(210, 420, nil)
	want := []layout.Overlay{
		{Start: 200, End: 250, Style: layout.StyleQuote},
		{Start: 300, End: 350, Style: layout.StyleQuote},
		{Start: 400, End: 450, Style: layout.StyleQuote},
		{Start: 200, End: 250, Style: layout.StyleCurrentQuote},
		{Start: 300, End: 350, Style: layout.StyleCurrentQuote},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("overlays(210, 420) = %v, want %v", got, want)
	}
	if got := l.overlays(int(1e9), int(1e9)+10, nil); len(got) != 0 {
		t.Errorf("past the end: %v", got)
	}
}

func TestQuotesFoundForArticleOpenedFromLibrary(t *testing.T) {
	doc, err := reader.Load("../samples/seed-aleppo.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := sized(t, []*reader.Document{doc, sectioned(2, 2, 10)}, 100, 30)
	cmd := press(t, m, "enter")
	if m.state != statePager || m.open != 0 {
		t.Fatalf("Enter in the library: state %v, article %d", m.state, m.open)
	}
	foundQuotes(m, cmd)
	press(t, m, "}")
	if bar := lastLine(m); !strings.Contains(bar, "quote 1/10") {
		t.Errorf("} in an article opened from the library: the bar says %q", bar)
	}
	press(t, m, "esc", "down", "enter")
	if bar := lastLine(m); strings.Contains(bar, "quot") {
		t.Errorf("the second article has no quotations yet the bar says %q", bar)
	}
}

// BenchmarkQuoteOverlays times the quotations' part of a frame among a
// million quotations: it should not depend on how many there are.
func BenchmarkQuoteOverlays(b *testing.B) {
	for _, n := range []int{1_000, 1_000_000} {
		qs := make([]quote.Quote, n)
		for i := range qs {
			qs[i] = quote.Quote{Open: i * 100, Start: i*100 + 1, End: i*100 + 49, Close: i*100 + 50, Parent: -1}
		}
		l := &quoteLayer{q: indexQuotations(qs), cur: n / 2}
		lo := n / 2 * 100
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dst := make([]layout.Overlay, 0, 64)
			for b.Loop() {
				dst = l.overlays(lo, lo+4000, dst[:0])
			}
		})
	}
}
