package highlights

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/ui/common"
)

func testKeys() KeyMap {
	b := func(k string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, k)) }
	return KeyMap{List: list.DefaultKeyMap(), Jump: b("enter"), Remove: b("x"), Note: b("a"), Copy: b("c"),
		Close: b("H"), Back: b("esc"), Quit: b("q")}
}

func testStyles() common.Styles {
	return common.Styles{
		List: list.DefaultStyles(false),
		Text: func(s string, w int) string { return ansi.Truncate(s, w, "…") },
		Filter: func(lead, pattern string, w int) string {
			return ansi.Truncate(lead+pattern, w, "")
		},
	}
}

func press(m *Model, keys ...string) {
	for _, k := range keys {
		var msg tea.KeyPressMsg
		switch k {
		case "enter":
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		case "esc":
			msg = tea.KeyPressMsg{Code: tea.KeyEscape}
		case "down":
			msg = tea.KeyPressMsg{Code: tea.KeyDown}
		default:
			r := []rune(k)[0]
			msg = tea.KeyPressMsg{Code: r, Text: k}
		}
		m.Update(msg)
	}
}

func items() []Item {
	return []Item{
		{Key: 7, Section: "Harbour", Text: "the yard has to pay", Current: true},
		{Key: 9, Section: "", Lead: "Lead", Note: "check this", Text: "second highlight"},
		{Key: 4, Section: "Old", Text: "gone text", Orphaned: true},
	}
}

// TestPanelRows: each row shows its section (the lead's name when it has
// none), the note before the text, the current one marked and an orphan
// said to be one; the title counts them.
func TestPanelRows(t *testing.T) {
	m := New(items(), 1, testKeys(), testStyles(), textinput.DefaultStyles(false), 80, 12)
	v := ansi.Strip(m.View())
	for _, want := range []string{"Highlights (3)", "● Harbour: the yard has to pay", "Lead ✎ check this: second highlight", OrphanMark + "Old: gone text"} {
		if !strings.Contains(v, want) {
			t.Errorf("the panel lacks %q:\n%s", want, v)
		}
	}
	if n := len(strings.Split(v, "\n")); n != 12 {
		t.Errorf("the panel is %d lines, want the screen's 12", n)
	}
}

// TestPanelAsks: the keys ask the host for what they do, about the
// highlight selected.
func TestPanelAsks(t *testing.T) {
	m := New(items(), 1, testKeys(), testStyles(), textinput.DefaultStyles(false), 80, 12)
	press(m, "enter")
	if a, ok := m.Asked().(JumpMsg); !ok || a.Key != 9 {
		t.Errorf("Enter asked %#v, want a jump to 9", a)
	}
	press(m, "c")
	if a, ok := m.Asked().(CopyMsg); !ok || a.Key != 9 {
		t.Errorf("c asked %#v, want a copy of 9", a)
	}
	if m.Asked() != nil {
		t.Error("Asked answered twice")
	}
	press(m, "x")
	if a, ok := m.Asked().(RemoveMsg); !ok || a.Key != 9 || a.Empty {
		t.Errorf("x asked %#v, want 9 removed, the panel not empty", a)
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Highlights (2)") || strings.Contains(v, "second highlight") {
		t.Errorf("the removed row stays:\n%s", v)
	}
	press(m, "x", "x")
	m.Asked()
	if a, ok := m.Asked().(RemoveMsg); ok {
		t.Errorf("Asked kept an old answer %#v", a)
	}
	press(m, "esc")
	if _, ok := m.Asked().(CloseMsg); !ok {
		t.Error("Esc did not ask to close")
	}
	press(m, "q")
	if _, ok := m.Asked().(QuitMsg); !ok {
		t.Error("q did not ask to quit")
	}
}

// TestPanelRemovesTheLast: removing the last highlight says the panel is
// empty, for the host to close it.
func TestPanelRemovesTheLast(t *testing.T) {
	m := New(items()[:1], 0, testKeys(), testStyles(), textinput.DefaultStyles(false), 80, 12)
	press(m, "x")
	if a, ok := m.Asked().(RemoveMsg); !ok || a.Key != 7 || !a.Empty {
		t.Errorf("x asked %#v, want 7 removed and the panel empty", a)
	}
}

// TestPanelNote: a writes the selected highlight's note on the last
// line, starting from the note it has; every key is the note's until
// Enter keeps it (asking the host) or Esc drops it.
func TestPanelNote(t *testing.T) {
	m := New(items(), 1, testKeys(), testStyles(), textinput.DefaultStyles(false), 80, 12)
	press(m, "a")
	if !m.Writing() {
		t.Fatal("a did not open the note")
	}
	press(m, "!", "x", "q")
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, "note: check this!xq") || len(lines) != 12 {
		t.Fatalf("the note line is %q (%d lines), want the note being written, on the 12th", last, len(lines))
	}
	if a := m.Asked(); a != nil {
		t.Fatalf("keys of the note asked %#v", a)
	}
	press(m, "enter")
	if a, ok := m.Asked().(NoteMsg); !ok || a.Key != 9 || a.Text != "check this!xq" {
		t.Fatalf("Enter asked %#v, want note 9 kept", a)
	}
	if m.Writing() {
		t.Error("the note stays open after Enter")
	}
	m.SetNote(9, "kept")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Lead ✎ kept: second highlight") {
		t.Errorf("the row does not show the note kept:\n%s", v)
	}
	press(m, "a", "z", "esc")
	if a := m.Asked(); a != nil || m.Writing() {
		t.Errorf("Esc on a note asked %#v (writing %v), want nothing and the note closed", a, m.Writing())
	}
	if m.Paste(tea.PasteMsg{Content: "x"}) {
		t.Error("Paste took text with no note open")
	}
}
