package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// Tmux drives one program in a detached tmux session on a private server,
// after fzf's test/lib/common.rb: keys go in with send-keys, the screen
// comes back with capture-pane, and every wait polls until the text shows
// up or a timeout passes, never a fixed sleep.
type Tmux struct {
	t      *testing.T
	socket string
	target string
	conf   string
	home   string // qari's home: config, store, reading positions
}

// pollEvery is how often a wait looks at the screen again.
const pollEvery = 20 * time.Millisecond

// defaultWait is how long a wait gives qari before the test fails: long
// enough for a loaded CI machine, short enough that a hang fails quickly.
const defaultWait = 10 * time.Second

var sessionSeq atomic.Int64

// tmuxConf keeps the pane exactly the size asked for (no status line; the
// window size is set to manual after the session starts, as tmux 3.3a
// crashes when the config file sets it), keeps a pane whose program ended so its last screen
// and exit status can be read, and lets OSC 52 reach tmux's paste buffers
// so a test can see whether a document wrote to the clipboard.
const tmuxConf = `set -g status off
set -g remain-on-exit on
set -g default-terminal screen-256color
set -g set-clipboard on
set -g history-limit 2000
set -s escape-time 0
`

// requireTmux skips the test when tmux is not installed, unless CI is set:
// there a missing tmux means .ci/run is broken, and the test fails.
func requireTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if inCI() {
			t.Fatalf("tmux is not installed but CI is set: .ci/run must apt-get install tmux")
		}
		t.Skip("tmux is not installed (apt-get install tmux); skipping the end-to-end screen test")
	}
}

// NewTmux starts a W×H session running command (a shell command line) and
// registers its teardown with t.Cleanup. Use qariCmd to build command.
// qari gets a new empty home.
func NewTmux(t *testing.T, w, h int, command string) *Tmux {
	t.Helper()
	return NewTmuxHome(t, w, h, newHome(t), command)
}

// NewTmuxHome is NewTmux with a given home (see newHome), for tests where
// a second run must find what the first one stored.
func NewTmuxHome(t *testing.T, w, h int, home, command string) *Tmux {
	t.Helper()
	requireTmux(t)
	useBinary(t)
	n := sessionSeq.Add(1)
	dir := t.TempDir()
	tm := &Tmux{
		t:      t,
		socket: fmt.Sprintf("qari-e2e-%d-%d", os.Getpid(), n),
		target: "e2e",
		conf:   filepath.Join(dir, "tmux.conf"),
		home:   home,
	}
	if err := os.WriteFile(tm.conf, []byte(tmuxConf), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tm.cmd("kill-server").Run() })
	tm.run("new-session", "-d", "-s", tm.target, "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), command)
	tm.run("set-option", "-w", "-t", tm.target, "window-size", "manual")
	return tm
}

// cmd is a tmux command on the private server.
func (tm *Tmux) cmd(args ...string) *exec.Cmd {
	all := append([]string{"-u", "-L", tm.socket, "-f", tm.conf}, args...)
	c := exec.Command("tmux", all...)
	c.Env = qariEnv("xterm-256color", tm.home)
	return c
}

// run runs a tmux command and fails the test if tmux refuses it.
func (tm *Tmux) run(args ...string) string {
	tm.t.Helper()
	out, err := tm.cmd(args...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// SendKeys types keys as tmux key names ("q", "Enter", "Escape", "C-c",
// "Down"); a plain string such as "50%" is typed character by character.
func (tm *Tmux) SendKeys(keys ...string) {
	tm.t.Helper()
	tm.run(append([]string{"send-keys", "-t", tm.target}, keys...)...)
}

// Type sends text literally, with no key-name lookup.
func (tm *Tmux) Type(text string) {
	tm.t.Helper()
	tm.run("send-keys", "-t", tm.target, "-l", text)
}

// Capture returns the screen as the user sees it: one line per row, no
// joining of wrapped rows, trailing blanks removed.
func (tm *Tmux) Capture() string {
	tm.t.Helper()
	return strings.TrimRight(tm.run("capture-pane", "-p", "-t", tm.target), "\n")
}

// CaptureStyled returns the screen with its colours and attributes as SGR
// sequences (capture-pane -e), for parseCells.
func (tm *Tmux) CaptureStyled() string {
	tm.t.Helper()
	return strings.TrimRight(tm.run("capture-pane", "-p", "-e", "-t", tm.target), "\n")
}

// Display evaluates a tmux format for the pane, e.g. "#{alternate_on}".
func (tm *Tmux) Display(format string) string {
	tm.t.Helper()
	return strings.TrimSpace(tm.run("display-message", "-p", "-t", tm.target, format))
}

// Resize makes the window w×h, as when the user resizes the terminal.
func (tm *Tmux) Resize(w, h int) {
	tm.t.Helper()
	tm.run("resize-window", "-t", tm.target, "-x", fmt.Sprint(w), "-y", fmt.Sprint(h))
}

// Until polls the screen until ok accepts it, and returns that screen. On
// timeout the test fails with what, which says what the user should have
// seen, and the last screen.
func (tm *Tmux) Until(timeout time.Duration, what string, ok func(screen string) bool) string {
	tm.t.Helper()
	return tm.until(tm.Capture, timeout, what, ok)
}

// UntilStyled is Until on the screen with its colours (CaptureStyled).
func (tm *Tmux) UntilStyled(timeout time.Duration, what string, ok func(screen string) bool) string {
	tm.t.Helper()
	return tm.until(tm.CaptureStyled, timeout, what, ok)
}

func (tm *Tmux) until(capture func() string, timeout time.Duration, what string, ok func(screen string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		screen := capture()
		if ok(screen) {
			return screen
		}
		if strings.Contains(screen, ExitMarker) {
			tm.t.Fatalf("qari ended while the test waited for %s; the screen shows:\n%s", what, indent(screen))
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("after %v the screen does not show %s; it shows:\n%s", timeout, what, indent(screen))
		}
		time.Sleep(pollEvery)
	}
}

// WaitFor waits until text is on screen (in logical or visual order, see
// lineHas) and returns the screen.
func (tm *Tmux) WaitFor(text string, timeout time.Duration) string {
	tm.t.Helper()
	return tm.Until(timeout, fmt.Sprintf("%q", text), func(s string) bool { return screenHas(s, text) })
}

// WaitChange waits until the screen differs from before, then until it
// holds still for a few polls (qari may draw a frame in several writes).
func (tm *Tmux) WaitChange(before string, timeout time.Duration) string {
	tm.t.Helper()
	tm.Until(timeout, "any change after the key", func(s string) bool { return s != before })
	return tm.Settle(timeout)
}

// Settle waits until the screen stays the same for five polls in a row.
func (tm *Tmux) Settle(timeout time.Duration) string {
	tm.t.Helper()
	last, same := "", 0
	return tm.Until(timeout, "a screen that stops changing", func(s string) bool {
		if s == last {
			same++
		} else {
			last, same = s, 0
		}
		return same >= 5
	})
}

// ExitMarker is what the shell wrapper of qariCmd prints when qari ends.
const ExitMarker = "[qari exited with status "

// qariCmd is a shell command line that prints before (if not empty), runs
// qari with args, and then prints ExitMarker with qari's exit status, so a
// crash or an early exit shows on the captured screen, and waits there
// (killed with the tmux server).
func qariCmd(before string, args ...string) string {
	var b strings.Builder
	if before != "" {
		fmt.Fprintf(&b, "printf '%%s\\n' %s; ", shellQuote(before))
	}
	b.WriteString(shellQuote(qariBin))
	for _, a := range args {
		b.WriteString(" " + shellQuote(a))
	}
	// The shell then stays: tmux resets a dead pane's modes, which would
	// hide what qari left behind.
	// \r too: a qari killed with SIGKILL leaves the terminal raw.
	fmt.Fprintf(&b, "; printf '\\r\\n%s%%d]\\r\\n' $?; exec sleep 3600", ExitMarker)
	return b.String()
}

// shellQuote quotes s for sh.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
