package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"qari/reader"
)

// seed loads the seed article as users open it.
func seed(t testing.TB) *reader.Document {
	t.Helper()
	doc, err := reader.Load("../samples/seed-aleppo.txt")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestGoldenSeed compares the seed's screens with the notty theme with
// testdata/TestGoldenSeed/*.golden; go test -update rewrites them.
func TestGoldenSeed(t *testing.T) {
	doc := seed(t)
	for _, tc := range []struct {
		w, h int
		keys []string
	}{
		{40, 20, nil},
		{100, 30, nil},
		{40, 20, []string{"]"}},
		{100, 30, []string{"t"}},
	} {
		name := fmt.Sprintf("%dx%d", tc.w, tc.h)
		if len(tc.keys) > 0 {
			name += "-" + strings.Join(tc.keys, "")
		}
		t.Run(name, func(t *testing.T) {
			m := sized(t, []*reader.Document{doc}, tc.w, tc.h)
			press(t, m, tc.keys...)
			v := m.View().Content
			checkFrame(t, v, tc.w, tc.h)
			golden.RequireEqual(t, v)
		})
	}
}

// checkFrame fails unless v is h lines of exactly w cells.
func checkFrame(t *testing.T, v string, w, h int) {
	t.Helper()
	if w < 1 || h < 1 {
		if v != "" {
			t.Errorf("%dx%d: view is %q, want nothing", w, h, v)
		}
		return
	}
	lines := strings.Split(v, "\n")
	if len(lines) != h {
		t.Errorf("%dx%d: view has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			t.Errorf("%dx%d: line %d is %d cells: %q", w, h, i, got, l)
		}
	}
}

// checkList fails when the list in front draws lines wider than w, which
// frame would cut.
func checkList(t *testing.T, m *model, w int) {
	t.Helper()
	if m.state == stateLibrary {
		for i, line := range strings.Split(m.lib.View(), "\n") {
			if got := ansi.StringWidth(line); got > w {
				t.Errorf("library at width %d: line %d is %d cells: %q", w, i, got, line)
			}
		}
		return
	}
	l := m.contents
	if m.state == stateContents {
		l = m.contents
	}
	if m.state != stateLibrary && m.state != stateContents || w < 20 {
		return
	}
	for i, line := range strings.Split(l.View(), "\n") {
		if got := ansi.StringWidth(line); got > w {
			t.Errorf("%s at width %d: line %d is %d cells: %q", m.state, w, i, got, line)
		}
	}
}

// TestViewFitsTerminal checks every screen at sizes from nothing to large:
// exactly the terminal's size, and no panic.
func TestViewFitsTerminal(t *testing.T) {
	linked, err := reader.Parse("links.md", []byte("# Links\n\nSee [the page](https://e.org/a), [حلب](https://e.org/حلب) and [a script](javascript:x).\n"))
	if err != nil {
		t.Fatal(err)
	}
	docs := []*reader.Document{seed(t), sectioned(5, 3, 40), {Name: "empty", Title: "Empty"}, linked}
	screens := map[string][]string{
		"pager":    {"enter"},
		"scrolled": {"enter", "3]", "5j"},
		"end":      {"enter", "G"},
		"contents": {"enter", "t"},
		"filter":   {"enter", "t", "/", "se"},
		"nomatch":  {"enter", "t", "/", "zqx"},
		"help":     {"enter", "h"},
		"library":  nil,
		"search":   {"/", "se"},
		"prompt":   {"enter", "/", "حلب"},
		"visual":   {"enter", "v", "w"},
		"quotes":   {"enter", "\""},
		"marks":    {"enter", "V", "m", "H"},
		"note":     {"enter", "V", "m", "a", "a note"},
		"helpdown": {"enter", "h", "G"},
		"empty":    {"j", "j", "enter", "G", "]", "50%"},
		"links":    {"j", "j", "j", "enter", "L"},
	}
	for _, size := range [][2]int{{0, 0}, {1, 1}, {2, 1}, {1, 3}, {3, 2}, {10, 4}, {40, 20}, {100, 30}, {233, 61}} {
		for name, keys := range screens {
			t.Run(fmt.Sprintf("%s/%dx%d", name, size[0], size[1]), func(t *testing.T) {
				m := sized(t, docs, size[0], size[1])
				press(t, m, keys...)
				checkFrame(t, m.View().Content, size[0], size[1])
				checkList(t, m, size[0])
				// bubbles' text input (a list's filter, a note) draws its
				// cursor in reverse video, whatever the theme
				textInput := name == "filter" || name == "nomatch" || name == "note"
				if v := m.View().Content; !textInput && strings.Contains(v, "\x1b") {
					t.Errorf("the notty theme drew an escape sequence: %q", v)
				}
			})
		}
	}
}

// TestViewAfterResize checks the frame after the terminal shrinks and
// grows, with the same model.
func TestViewAfterResize(t *testing.T) {
	m := sized(t, []*reader.Document{seed(t)}, 100, 30)
	press(t, m, "]", "j")
	for _, size := range [][2]int{{40, 20}, {0, 0}, {1, 1}, {120, 40}, {79, 24}} {
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		checkFrame(t, m.View().Content, size[0], size[1])
	}
}

// TestCreditUnderTitle checks that a web page's byline, date and site
// show on the line under its title at the top, and scroll away with it.
func TestCreditUnderTitle(t *testing.T) {
	src := `<html><head><meta name="author" content="Ann Weir"><meta property="og:site_name" content="The Courier">
		<meta property="article:published_time" content="2024-03-14T09:30:00Z"></head><body><article><h1>Quay plans agreed</h1>` +
		strings.Repeat("<p>The harbour board met on Tuesday and agreed the plans for the quay.</p>", 30) + `</article></body></html>`
	doc, err := reader.Parse("quay.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := sized(t, []*reader.Document{doc}, 60, 12)
	lines := strings.Split(ansi.Strip(m.View().Content), "\n")
	checkFrame(t, m.View().Content, 60, 12)
	if !strings.Contains(lines[0], "Quay plans agreed") || !strings.Contains(lines[1], "Ann Weir · 2024-03-14 · The Courier") {
		t.Errorf("top of the screen:\n%s", strings.Join(lines[:3], "\n"))
	}
	press(t, m, "j", "j")
	if v := ansi.Strip(m.View().Content); strings.Contains(v, "Ann Weir") {
		t.Errorf("the credit line stays after scrolling:\n%s", v)
	}

	// a page whose article has no h1: the title from its metadata goes
	// above the credit line
	src = strings.Replace(src, "<h1>Quay plans agreed</h1>", "", 1)
	src = strings.Replace(src, "<head>", `<head><meta property="og:title" content="Quay plans agreed">`, 1)
	if doc, err = reader.Parse("quay.html", []byte(src)); err != nil {
		t.Fatal(err)
	}
	m = sized(t, []*reader.Document{doc}, 60, 12)
	checkFrame(t, m.View().Content, 60, 12)
	lines = strings.Split(ansi.Strip(m.View().Content), "\n")
	if !strings.HasPrefix(lines[0], "Quay plans agreed ") || !strings.HasPrefix(lines[1], "Ann Weir · 2024-03-14 · The Courier") ||
		!strings.Contains(lines[2], "The harbour board met") {
		t.Errorf("top of the screen:\n%s", strings.Join(lines[:3], "\n"))
	}

	// a right-to-left page: the credit line is flush right, like its text
	ar := `<html lang="ar" dir="rtl"><head><meta name="author" content="سامر الأحمد"><meta property="og:site_name" content="جريدة المرجان"></head>
		<body><article><h1>الأمطار تعود إلى السهل</h1>` + strings.Repeat("<p>عادت الأمطار إلى السهل بعد عام من الجفاف، وفرح المزارعون بها.</p>", 20) + `</article></body></html>`
	if doc, err = reader.Parse("rain.html", []byte(ar)); err != nil {
		t.Fatal(err)
	}
	m = sized(t, []*reader.Document{doc}, 60, 12)
	checkFrame(t, m.View().Content, 60, 12)
	lines = strings.Split(ansi.Strip(m.View().Content), "\n")
	if l := strings.TrimRight(lines[1], " "); !strings.HasPrefix(l, "   ") || ansi.StringWidth(l) < 50 {
		t.Errorf("the credit line of an RTL page is not flush right: %q", lines[1])
	}
}
