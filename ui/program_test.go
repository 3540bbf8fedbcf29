package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"qari/reader"
)

// TestProgram runs the library in a Bubble Tea program: the word counts
// arrive from Init's command, an article opens, ] moves to its second
// section, Esc returns to the list and q ends the program.
func TestProgram(t *testing.T) {
	docs := []*reader.Document{seed(t), sectioned(3, 2, 20)}
	tm := teatest.NewTestModel(t, New(docs, Config{Theme: plainTheme(t)}), teatest.WithInitialTermSize(100, 30))
	wait := func(what string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	wait("words")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	wait("section 1/3")
	tm.Type("]")
	wait("section 2/3")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	wait("2 articles")
	tm.Type("q")
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	if m.state != stateLibrary || m.pagers[0].section() != 1 {
		t.Errorf("final state %v, seed at section %d; want the library, the seed at section 1", m.state, m.pagers[0].section())
	}
}
