package ui

import (
	"bytes"
	"encoding/base64"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"qari/reader"
)

// TestCopySendsTheLogicalTextWithOSC52 runs the reader in a program and
// copies a right-to-left sentence: the terminal receives OSC 52 with the
// base64 of the sentence as it is written (logical order), not as the
// screen shows it.
func TestCopySendsTheLogicalTextWithOSC52(t *testing.T) {
	doc, err := reader.Parse("a.md", []byte("# عنوان\n\nقال الوزير إن المحادثات جرت. ثم غادر.\n"))
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, New([]*reader.Document{doc}, Config{Theme: plainTheme(t)}), teatest.WithInitialTermSize(80, 20))
	tm.Type("v")
	tm.Type("c")
	want := []byte("\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte("قال الوزير إن المحادثات جرت.")))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, want) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	tm.Type("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}
