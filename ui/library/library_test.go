package library

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/reader/search"
	"qari/reader/store"
)

// testPrompt is a bare prompt: typed runes, Enter, Esc.
type testPrompt struct{ text string }

func (p *testPrompt) Update(msg tea.KeyPressMsg) PromptAction {
	switch msg.String() {
	case "enter":
		return PromptAccept
	case "esc":
		return PromptCancel
	}
	return p.Insert(msg.Text)
}
func (p *testPrompt) Insert(s string) PromptAction { p.text += s; return PromptEdited }
func (p *testPrompt) Pattern() string              { return p.text }
func (p *testPrompt) Regex() bool                  { return false }
func (p *testPrompt) View(w int, typing bool) string {
	return ansi.Truncate("/"+p.text, w, "")
}

func testStyles() Styles {
	return Styles{
		List:      list.DefaultStyles(true),
		Text:      func(s string, w int) string { return ansi.Truncate(s, w, "…") },
		NewPrompt: func(bool) Prompt { return &testPrompt{} },
	}
}

// keyPress makes the key press of a key name or a letter.
func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends keys, running the commands they return (searches, saves)
// and giving the library their answers.
func press(m *Model, keys ...string) {
	for _, k := range keys {
		run(m, m.Update(keyPress(k)))
	}
}

// run runs cmd and gives its message to m.
func run(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			run(m, c)
		}
	case nil:
	default:
		m.Update(msg)
	}
}

// kept opens a store holding three articles: English, Arabic (from a
// feed), and an English one with a highlight.
func kept(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f, _, err := st.AddFeed("https://news.example/ar/rss", "أخبار المدينة")
	if err != nil {
		t.Fatal(err)
	}
	add := func(name, text, url string, feed int64) {
		d, err := reader.Parse(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Keep(d, url, feed); err != nil {
			t.Fatal(err)
		}
	}
	add("a.md", "# Harbour news\n\nThe yard is closing after ninety years on the quay.\n", "https://e.example/harbour", 0)
	add("b.md", "# الهجوم على المدينة\n\nشنّت القوات هجومًا واسعًا على المدينة فجر اليوم.\n", "https://news.example/ar/attack", f.ID)
	add("c.md", "# Garden notes\n\nForty bean varieties changed hands at the swap.\n", "https://e.example/garden", 0)
	return st
}

// rows is the list's titles as drawn.
func rows(m *Model) string { return ansi.Strip(m.View()) }

// TestFiltersStarsAndRead: s stars and r marks read, in the store; the
// filters show only what they say, and Esc shows everything again.
func TestFiltersStarsAndRead(t *testing.T) {
	st := kept(t)
	sh, err := NewStored(st)
	if err != nil {
		t.Fatal(err)
	}
	m := New(sh, DefaultKeyMap(list.DefaultKeyMap()), testStyles())
	m.SetSize(100, 20)
	if v := rows(m); !strings.Contains(v, "3 articles") || !strings.Contains(v, "Garden notes") {
		t.Fatalf("the library:\n%s", v)
	}
	press(m, "s", "down", "r") // star the first (the newest: Garden), read the second
	es, _ := st.Library()
	var starred, read []string
	for _, e := range es {
		if e.Starred {
			starred = append(starred, e.Title)
		}
		if e.Read {
			read = append(read, e.Title)
		}
	}
	if strings.Join(starred, ",") != "Garden notes" || strings.Join(read, ",") != "الهجوم على المدينة" {
		t.Errorf("the store has starred %v and read %v", starred, read)
	}
	press(m, "u")
	if v := rows(m); strings.Contains(v, "الهجوم") || !strings.Contains(v, "2 articles (of 3; unread") {
		t.Errorf("unread only:\n%s", v)
	}
	press(m, "u", "*")
	if v := rows(m); !strings.Contains(v, "1 article (of 3") || !strings.Contains(v, "Garden notes") || strings.Contains(v, "Harbour") {
		t.Errorf("starred only:\n%s", v)
	}
	press(m, "esc", "F")
	if v := rows(m); !strings.Contains(v, "1 article") || !strings.Contains(v, "الهجوم") {
		t.Errorf("one feed:\n%s", v)
	}
	press(m, "F", "L")
	if v := rows(m); !strings.Contains(v, "2 articles (of 3; en") {
		t.Errorf("one language:\n%s", v)
	}
	press(m, "esc")
	if v := rows(m); !strings.Contains(v, "qari: 3 articles") || strings.Contains(v, "(of") {
		t.Errorf("Esc leaves a filter on:\n%s", v)
	}
	// a new session reads the flags back
	sh2, _ := NewStored(st)
	m2 := New(sh2, DefaultKeyMap(list.DefaultKeyMap()), testStyles())
	m2.SetSize(100, 20)
	if v := rows(m2); !strings.Contains(v, "★ Garden notes") {
		t.Errorf("the star is not kept:\n%s", v)
	}
}

// TestSearchOpensAtTheHit: / searches the store's index, folded; Enter
// and Enter ask to open the article at the hit.
func TestSearchOpensAtTheHit(t *testing.T) {
	sh, err := NewStored(kept(t))
	if err != nil {
		t.Fatal(err)
	}
	m := New(sh, DefaultKeyMap(list.DefaultKeyMap()), testStyles())
	m.SetSize(100, 20)
	press(m, "/", "ه", "ج", "و", "م", "ا")
	v := rows(m)
	if !strings.Contains(v, "1 article, 1 match listed") || !strings.Contains(v, "هجومًا") {
		t.Fatalf("the hits:\n%s", v)
	}
	press(m, "enter", "enter")
	o, ok := m.Asked().(OpenMsg)
	if !ok || o.Hit == nil {
		t.Fatalf("Enter on the hit asked %v", o)
	}
	d, err := sh.Open(o.Index)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Text[o.Hit.Start:o.Hit.End]; got != "هجومًا" || o.Pattern != "هجوما" {
		t.Errorf("the hit opens at %q for %q, want هجومًا", got, o.Pattern)
	}
}

// TestDocsSearch: a shelf of documents searches their text.
func TestDocsSearch(t *testing.T) {
	var docs Docs
	for _, s := range []string{"# One\n\nAleppo and more.\n", "# Two\n\nNothing.\n", "# Three\n\nAleppo, Aleppo.\n"} {
		d, _ := reader.Parse("x.md", []byte(s))
		docs = append(docs, d)
	}
	f, err := docs.Search(context.Background(), searchQuery("aleppo"), 10)
	if err != nil || f.Total != 3 || f.Articles != 2 || len(f.Hits) != 3 || f.Hits[2].Index != 2 {
		t.Errorf("found %+v, %v", f, err)
	}
}

func TestWordCount(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"  \n ", 0},
		{"one", 1},
		{" حلب  تحت\tالقصف\n", 3},
		{"Aleppo, under fire — again.", 5},
	} {
		if got := wordCount(tc.text); got != tc.want {
			t.Errorf("wordCount(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func searchQuery(p string) search.Query { return search.Query{Pattern: p} }

// TestLargeLibraryReadsTheRestLater: a library larger than its first
// screens lists those at once and the rest when Init's command answers,
// every article openable, the count right from the start.
func TestLargeLibraryReadsTheRestLater(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n := storedFirst + 20
	for i := range n {
		d, _ := reader.Parse("x.md", []byte(fmt.Sprintf("# Article %d\n\nText of article %d.\n", i, i)))
		if _, err := st.Keep(d, fmt.Sprintf("https://e.example/%d", i), 0); err != nil {
			t.Fatal(err)
		}
	}
	sh, err := NewStored(st)
	if err != nil {
		t.Fatal(err)
	}
	m := New(sh, DefaultKeyMap(list.DefaultKeyMap()), testStyles())
	m.SetSize(80, 20)
	if len(m.entries) != storedFirst || !strings.Contains(rows(m), fmt.Sprintf("qari: %d articles", n)) {
		t.Fatalf("first: %d entries, title %q", len(m.entries), strings.SplitN(rows(m), "\n", 2)[0])
	}
	run(m, m.Init())
	if len(m.entries) != n {
		t.Fatalf("after Init: %d entries, want %d", len(m.entries), n)
	}
	d, err := sh.Open(n - 1)
	if err != nil || d.Title != "Article 0" {
		t.Errorf("the last article (the oldest) opens as %v, %v", d, err)
	}
}
