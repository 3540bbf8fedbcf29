package e2e

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// xTerminal is a terminal emulator the screenshot test runs qari in, on a
// private X display (Xvfb).
type xTerminal struct {
	name string
	bin  string
	args func(cols, rows int, script string) []string // the command line that runs sh script in a cols×rows window at the top left
}

// xTerminals are the terminals of the screenshot test, dark (inside tmux
// qari cannot ask the terminal's background and takes it for dark): xterm, which does
// no bidi, and mlterm, which reorders and joins by itself and gets its own
// bidi turned off by qari (it is light enough for CI, unlike Konsole and the
// VTE terminals, checked by hand: see docs/rtl.md).
var xTerminals = []xTerminal{
	{"xterm", "xterm", func(cols, rows int, script string) []string {
		return []string{"-u8", "-fa", "DejaVu Sans Mono", "-fs", "12", "-bg", "#1e1e1e", "-fg", "#d4d4d4",
			"-geometry", fmt.Sprintf("%dx%d+0+0", cols, rows), "-e", "sh", script}
	}},
	{"mlterm", "mlterm", func(cols, rows int, script string) []string {
		return []string{"-g", fmt.Sprintf("%dx%d+0+0", cols, rows), "-w", "16", "-b", "#1e1e1e", "-f", "#d4d4d4", "-e", "sh", script}
	}},
}

// requireX skips the test when Xvfb, ImageMagick's import, xwininfo or the
// terminal is missing, unless CI is set: there .ci/run installs them.
func requireX(t *testing.T, term string) {
	t.Helper()
	for _, tool := range []string{"Xvfb", "import", "xwininfo", term} {
		if _, err := exec.LookPath(tool); err != nil {
			if inCI() {
				t.Fatalf("%s is not installed but CI is set: .ci/run must apt-get install xvfb imagemagick x11-utils xterm mlterm", tool)
			}
			t.Skipf("%s is not installed (apt-get install xvfb imagemagick x11-utils xterm mlterm fonts-dejavu-core); skipping the screenshot test", tool)
		}
	}
}

// xDisplay starts Xvfb and returns the DISPLAY value; the server is
// killed when the test ends. The display number is this process's own
// (see displayNumber), not the first free one: with -displayfd alone two
// servers started at once picked the same number, and a server of an
// earlier test, ending, could remove the socket of a new one that reused
// its number (the terminal then found no display, and the test no
// window). A number in use makes Xvfb exit: the next one is tried.
func xDisplay(t *testing.T) string {
	t.Helper()
	for try := 0; try < 5; try++ {
		if d, ok := startXvfb(t, displayNumber()); ok {
			return d
		}
	}
	t.Fatal("Xvfb did not start")
	return ""
}

// displays counts the displays this process has asked for.
var displays atomic.Int64

// displayNumber is a display number no other test of this process has
// used, in a range of its own (by pid), so that parallel test processes
// do not meet either.
func displayNumber() int {
	return 100 + (os.Getpid()%2000)*20 + int(displays.Add(1)%20)
}

// startXvfb starts one Xvfb on display n: its DISPLAY value, or false if it
// exited first.
func startXvfb(t *testing.T, n int) (string, bool) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	// -noreset: the screen grabs (xwininfo, import) are clients that come
	// and go; when the last one left before the terminal had connected,
	// Xvfb reset and the terminal, connecting then, could not open the
	// display (one run in eight of TestTerminalsFlushRight on 2 cores).
	x := exec.Command("Xvfb", ":"+strconv.Itoa(n), "-displayfd", "3", "-screen", "0", "1300x700x24", "-nolisten", "tcp", "-noreset")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatalf("Xvfb: %v", err)
	}
	w.Close()
	exited := make(chan struct{})
	go func() { x.Wait(); close(exited) }()
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if n != "" {
			// SIGTERM: Xvfb then removes its socket and lock file
			t.Cleanup(func() {
				x.Process.Signal(syscall.SIGTERM)
				select {
				case <-exited:
				case <-time.After(5 * time.Second):
					x.Process.Kill()
					<-exited
				}
			})
			return ":" + n, true
		}
	case <-time.After(defaultWait):
	}
	x.Process.Kill()
	<-exited
	return "", false
}

// terminalShot is one terminal on its display running qari.
type terminalShot struct {
	t       *testing.T
	display string
	cols    int
	rows    int
	env     []string
}

// startTerminal runs command (a shell command line) in term on a new
// display, in a window cols×rows, with home as qari's (see newHome).
func startTerminal(t *testing.T, term xTerminal, cols, rows int, home, command string) *terminalShot {
	t.Helper()
	ts := &terminalShot{t: t, display: xDisplay(t), cols: cols, rows: rows}
	ts.env = append(qariEnv("", home), "DISPLAY="+ts.display)
	script := filepath.Join(t.TempDir(), "run.sh")
	if err := os.WriteFile(script, []byte(command+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := exec.Command(term.bin, term.args(cols, rows, script)...)
	c.Env = ts.env
	if err := c.Start(); err != nil {
		t.Fatalf("%s: %v", term.name, err)
	}
	t.Cleanup(func() { c.Process.Kill(); c.Wait() })
	return ts
}

// windowRE finds a top-level window and its size in xwininfo -children.
var windowRE = regexp.MustCompile(`(\d+)x(\d+)\+(-?\d+)\+(-?\d+)\s+\+(-?\d+)\+(-?\d+)\s*$`)

// window is the terminal's window on the display: the biggest child of
// the root; ok false while there is none.
func (ts *terminalShot) window() (r image.Rectangle, ok bool) {
	c := exec.Command("xwininfo", "-root", "-children")
	c.Env = ts.env
	out, err := c.Output()
	if err != nil {
		return r, false
	}
	for _, line := range strings.Split(string(out), "\n") {
		m := windowRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n := make([]int, 6)
		for i := range n {
			n[i], _ = strconv.Atoi(m[i+1])
		}
		w := image.Rect(n[4], n[5], n[4]+n[0], n[5]+n[1])
		if w.Dx()*w.Dy() > r.Dx()*r.Dy() {
			r = w
		}
	}
	return r, r.Dx() > 100 && r.Dy() > 100
}

// shot is a picture of the terminal's window.
func (ts *terminalShot) shot() (image.Image, []byte, bool) {
	win, ok := ts.window()
	if !ok {
		return nil, nil, false
	}
	c := exec.Command("import", "-silent", "-window", "root", "-crop", fmt.Sprintf("%dx%d+%d+%d", win.Dx(), win.Dy(), win.Min.X, win.Min.Y), "png:-")
	c.Env = ts.env
	out, err := c.Output()
	if err != nil || len(out) == 0 {
		return nil, nil, false
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		return nil, nil, false
	}
	return img, out, true
}

// settled waits until the picture shows a screenful of text whose rows of
// ink (what the test measures) stay the same in two shots in a row, and
// returns the picture and its PNG; it fails the test after a while,
// saying what it saw. The rows of ink, not the bytes, are compared: a
// colour that comes later (the quotations' highlighting) or a slow screen
// grab on a busy machine does not keep the screen from being steady.
func (ts *terminalShot) settled() (image.Image, []byte) {
	ts.t.Helper()
	var prev []inkRow
	shots, inked := 0, -1
	deadline := time.Now().Add(3 * defaultWait)
	for time.Now().Before(deadline) {
		img, data, ok := ts.shot()
		if !ok {
			prev = nil
			time.Sleep(pollEvery)
			continue
		}
		shots++
		rows := inkedRows(img, ts.rows)
		inked = len(rows)
		if len(rows) >= ts.rows/3 && slices.Equal(rows, prev) {
			return img, data
		}
		prev = rows
		time.Sleep(pollEvery)
	}
	ts.t.Fatalf("the terminal on %s never showed a steady screen of text: %d screen grabs in %v, the last with %d rows of ink (want %d, twice the same)",
		ts.display, shots, 3*defaultWait, inked, ts.rows/3)
	return nil, nil
}

// inkRow is where a row of cells has ink: its leftmost and rightmost
// pixel columns.
type inkRow struct{ row, left, right int }

// inkedRows are the rows of cells of img (a terminal rows high) that have
// ink, the status bar (the last row) left out. The background is the
// picture's commonest colour; ink is anything far from it.
func inkedRows(img image.Image, rows int) []inkRow {
	b := img.Bounds()
	count := map[[3]uint32]int{}
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			count[[3]uint32{r >> 8, g >> 8, bl >> 8}]++
		}
	}
	var bg [3]uint32
	for c, n := range count {
		if n > count[bg] {
			bg = c
		}
	}
	ink := func(x, y int) bool {
		r, g, bl, _ := img.At(x, y).RGBA()
		d := absDiff(r>>8, bg[0]) + absDiff(g>>8, bg[1]) + absDiff(bl>>8, bg[2])
		return d > 200
	}
	cellH := b.Dy() / rows
	// the window's frame, scroll bar and border are not text: leave out a
	// cell's width (or so) on each side
	margin := b.Dx() / 60
	var out []inkRow
	for row := 0; row < rows-1; row++ {
		ir := inkRow{row: row, left: -1}
		for y := b.Min.Y + row*cellH; y < b.Min.Y+(row+1)*cellH; y++ {
			for x := b.Min.X + margin; x < b.Max.X-margin; x++ {
				if ink(x, y) {
					if ir.left < 0 || x < ir.left {
						ir.left = x
					}
					ir.right = max(ir.right, x)
				}
			}
		}
		if ir.left >= 0 {
			out = append(out, ir)
		}
	}
	return out
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// flushRight reports how the rows of text line up: the most rows whose
// right ends are within a cell or so of each other, and the most whose
// left ends are (a stray pixel of the window's border does not count).
func flushRight(rows []inkRow, cellW int) (atRight, atLeft int) {
	near := func(a, b int) bool { return a-b <= cellW*3/2 && b-a <= cellW*3/2 }
	for _, r := range rows {
		right, left := 0, 0
		for _, q := range rows {
			if near(r.right, q.right) {
				right++
			}
			if near(r.left, q.left) {
				left++
			}
		}
		atRight, atLeft = max(atRight, right), max(atLeft, left)
	}
	return atRight, atLeft
}

// TestTerminalsFlushRight (issue 12): in real terminals, xterm (no bidi)
// and mlterm (bidi of its own), the seed with no flags shows flush right,
// outside tmux and inside it. What the terminal draws is checked by its
// pixels: the rows of text end at the same column on the right and start
// at many on the left (a terminal that mirrored qari's rows, as mlterm
// did in terminal mode, showed them flush left). Inside tmux, what qari
// sent is checked too: in visual order, shaped, for xterm; in logical
// order for mlterm, which reorders and joins by itself.
func TestTerminalsFlushRight(t *testing.T) {
	t.Parallel()
	const cols, rows = 100, 30
	first := leadPhrase(seedLines(t)[0], 4)
	for _, term := range xTerminals {
		for _, inTmux := range []bool{false, true} {
			name := term.name
			if inTmux {
				name += " with tmux"
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				requireX(t, term.bin)
				useBinary(t)
				home := newHome(t)
				command := qariCmd("", seedPath())
				var tm *Tmux
				if inTmux {
					requireTmux(t)
					tm = &Tmux{t: t, socket: fmt.Sprintf("qari-e2e-x-%d-%d", os.Getpid(), sessionSeq.Add(1)), target: "e2e", conf: filepath.Join(t.TempDir(), "tmux.conf"), home: home}
					if err := os.WriteFile(tm.conf, []byte(tmuxConf), 0o644); err != nil {
						t.Fatal(err)
					}
					t.Cleanup(func() { _ = tm.cmd("kill-server").Run() })
					command = fmt.Sprintf("exec tmux -u -L %s -f %s new-session -s e2e %s", tm.socket, shellQuote(tm.conf), shellQuote(command))
				}
				ts := startTerminal(t, term, cols, rows, home, command)
				if tm != nil {
					for deadline := time.Now().Add(defaultWait); tm.cmd("has-session").Run() != nil; time.Sleep(pollEvery) {
						if time.Now().After(deadline) {
							t.Fatalf("tmux did not start in %s", term.name)
						}
					}
					screen := tm.Until(defaultWait, "the seed's first words", func(s string) bool {
						row, logical := visualRow(s, first)
						return row >= 0 || logical
					})
					row, logical := visualRow(screen, first)
					switch {
					case term.name == "xterm" && row < 0:
						t.Errorf("tmux in xterm: qari does not send %q in visual order (logical: %v):\n%s", first, logical, indent(screen))
					case term.name == "mlterm" && (row >= 0 || !logical):
						t.Errorf("tmux in mlterm: qari must leave %q in logical order for mlterm to reorder:\n%s", first, indent(screen))
					}
				}
				img, _ := ts.settled()
				text := inkedRows(img, rows)
				cellW := img.Bounds().Dx() / cols
				atRight, atLeft := flushRight(text, cellW)
				if atRight < len(text)*3/4 || atLeft > len(text)/2 {
					t.Errorf("%s: of %d rows of text, %d end on the right edge and %d start on the left: not flush right", name, len(text), atRight, atLeft)
				}
				if t.Failed() {
					if out := os.Getenv("QARI_E2E_SHOTS"); out != "" {
						_, data, _ := ts.shot()
						os.WriteFile(filepath.Join(out, strings.ReplaceAll(name, " ", "-")+".png"), data, 0o644)
					}
				}
			})
		}
	}
}
