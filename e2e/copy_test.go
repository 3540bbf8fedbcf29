package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCopySelection (issue 6): v selects the sentence at the top, w adds
// a word, and c puts the selection on the clipboard with OSC 52, which
// tmux keeps as its paste buffer: the Arabic text as written (logical
// order), whatever order the screen shows it in.
func TestCopySelection(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "copy.md")
	text := "# عنوان\n\nقال الوزير إن المحادثات جرت. ثم غادر القاعة.\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	tm := NewTmux(t, 80, 20, qariCmd("", file))
	tm.WaitFor("عنوان", defaultWait)
	tm.SendKeys("v")
	tm.WaitFor("visual", defaultWait)
	tm.SendKeys("w", "w", "c")
	tm.WaitFor("copied", defaultWait)
	want := "قال الوزير إن المحادثات جرت. ثم غادر"
	var got string
	deadline := time.Now().Add(defaultWait)
	for time.Now().Before(deadline) {
		out, err := tm.cmd("show-buffer").Output()
		if got = string(out); err == nil && got == want {
			return
		}
		time.Sleep(pollEvery)
	}
	t.Errorf("tmux's paste buffer holds %q, want %q (the selection, in logical order)", strings.TrimSpace(got), want)
}
