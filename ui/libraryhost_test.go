package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/ui/layout"
)

// TestLibraryPromptKeepsItsSide: the library's search prompt has its /
// where the reading starts, on the right of an Arabic pattern laid out by
// qari, the same while it is typed and after Enter (it used to flip from
// "/ هجوما" to "هجوما/").
func TestLibraryPromptKeepsItsSide(t *testing.T) {
	docs := []*reader.Document{sectioned(3, 2, 20), seed(t)}
	m := New(docs, Config{Width: 80, Theme: plainTheme(t), Bidi: layout.BidiApp}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	typeKeys(t, m, "/", "هجوما")
	typing := strings.TrimRight(lastLine(m), " ")
	typeKeys(t, m, "enter")
	accepted := strings.TrimRight(lastLine(m), " ")
	word := reversed("هجوما") // as qari lays it out, left to right on screen
	if !strings.Contains(typing, word+"/") || !strings.Contains(accepted, word+"/") {
		t.Errorf("the prompt while typed %q, after Enter %q: want %q in both", typing, accepted, word+"/")
	}
	if i, j := strings.Index(typing, "/"), strings.Index(accepted, "/"); i != j+len("_") {
		t.Errorf("the / moved from byte %d to %d with Enter (the cursor aside)", i, j)
	}
}

// TestQuitFromAnArticleOfTheLibrary: q in an article opened from the
// library goes back to it, as Esc does; q in the library quits; q in a
// single article quits.
func TestQuitFromAnArticleOfTheLibrary(t *testing.T) {
	m := sized(t, []*reader.Document{sectioned(2, 2, 10), sectioned(3, 2, 10)}, 80, 20)
	press(t, m, "enter")
	if cmd := press(t, m, "q"); m.state != stateLibrary || cmd != nil && cmd() == tea.Quit() {
		t.Fatalf("q in the article: state %v, want the library", m.state)
	}
	if cmd := press(t, m, "q"); cmd == nil || cmd() != tea.Quit() {
		t.Error("q in the library does not quit")
	}
	one := sized(t, []*reader.Document{sectioned(2, 2, 10)}, 80, 20)
	if cmd := press(t, one, "q"); cmd == nil || cmd() != tea.Quit() {
		t.Error("q in the one article does not quit")
	}
}

// TestHelpInTheLibraryListsItsKeys: h in the library shows the library's
// own keys (star, read, the filters) before the pager's, and closes back
// to the library.
func TestHelpInTheLibraryListsItsKeys(t *testing.T) {
	m := sized(t, []*reader.Document{sectioned(2, 2, 10), sectioned(3, 2, 10)}, 100, 60)
	press(t, m, "h")
	if m.state != stateHelp {
		t.Fatalf("h in the library opened %v, want the help", m.state)
	}
	v := ansi.Strip(m.View().Content)
	lib, art := strings.Index(v, "In the library"), strings.Index(v, "In an article")
	if lib < 0 || art < lib {
		t.Fatalf("the help lacks its two headings in order:\n%s", v)
	}
	for _, b := range m.lib.Keys().Bindings() {
		desc := []rune(b.Help().Desc)
		if i := strings.Index(v, string(desc[:min(len(desc), 40)])); i < lib || i > art {
			t.Errorf("the library's %q is not listed under its heading:\n%s", b.Help().Desc, v)
		}
	}
	press(t, m, "esc")
	if m.state != stateLibrary {
		t.Errorf("Esc left the help in %v, want the library", m.state)
	}
	press(t, m, "enter")
	press(t, m, "h")
	if v := ansi.Strip(m.View().Content); strings.Contains(v, "In the library") {
		t.Errorf("the help of an article lists the library's keys:\n%s", v)
	}
}

// TestLibraryWorkAnswersBehindAnArticle: the library's own work that
// answers while an article is read (here: the word counts) is not lost.
func TestLibraryWorkAnswersBehindAnArticle(t *testing.T) {
	docs := []*reader.Document{sectioned(2, 2, 10), sectioned(3, 2, 10)}
	m := sized(t, docs, 100, 20)
	counts := m.lib.Init()
	press(t, m, "enter")
	if m.state != statePager {
		t.Fatal("Enter did not open the article")
	}
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		case nil:
		default:
			m.Update(msg)
		}
	}
	run(counts)
	press(t, m, "esc")
	if v := m.View().Content; !strings.Contains(v, " words") || !strings.Contains(v, " min") {
		t.Errorf("the word counts that answered behind the article are lost:\n%s", v)
	}
}
