package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/creack/pty"
)

// attack is one hostile sequence a document may carry, followed in the
// attack file by the word marker<name>, which must still be shown.
type attack struct {
	name string
	seq  string
	// sig is what must never reach the terminal: the sequence as the
	// document spells it (unusual parameters such as leading zeros tell it
	// apart from qari's own output). Empty: seq itself.
	sig string
}

func (a attack) marker() string { return "marker" + a.name }

func (a attack) signature() string {
	if a.sig != "" {
		return a.sig
	}
	return a.seq
}

// attacks are real escape-sequence attacks on terminals: screen clearing
// and cursor moves to forge content, mode changes that break the shell
// after exit, title and clipboard writes, hyperlinks to elsewhere, device
// control strings, graphics, 7- and 8-bit C1 forms, bidi overrides that
// reverse text, and backspace/CR overwrites that hide text.
var attacks = []attack{
	{name: "csiclear", seq: "\x1b[0002J\x1b[0001;0001H"},
	{name: "cursormove", seq: "\x1b[0005A\x1b[0009C\x1b[0010;0010Hforged"},
	{name: "sgr", seq: "\x1b[0031;0005mred blinking", sig: "\x1b[0031;0005m"},
	{name: "altscreen", seq: "\x1b[?01049l"},
	{name: "hidecursor", seq: "\x1b[?0025l"},
	{name: "mousemode", seq: "\x1b[?01000h\x1b[?01006h"},
	{name: "dsrquery", seq: "\x1b[0006n"},
	{name: "scrollregion", seq: "\x1b[0003;0005r"},
	{name: "titlezero", seq: "\x1b]0;pwnedtitle\x07", sig: "\x1b]0;pwned"},
	{name: "titletwo", seq: "\x1b]2;pwnedtitle\x1b\\", sig: "\x1b]2;pwned"},
	{name: "clipboard", seq: "\x1b]52;c;cHduZWQgY2xpcGJvYXJk\x07", sig: "\x1b]52;c;cHdu"},
	{name: "hyperlink", seq: "\x1b]8;;https://evil.example/\x1b\\click here\x1b]8;;\x1b\\", sig: "\x1b]8;;https://evil"},
	{name: "colourset", seq: "\x1b]11;#ff0000\x07", sig: "\x1b]11;#ff0000"},
	{name: "dcs", seq: "\x1bP+q544e\x1b\\", sig: "\x1bP+q544e"},
	{name: "sixel", seq: "\x1bPq#0;2;0;0;0#0~~@@vv@@~~\x1b\\", sig: "\x1bPq#0"},
	{name: "apc", seq: "\x1b_Gf=100,a=T;aGVsbG8=\x1b\\", sig: "\x1b_Gf=100"},
	{name: "sos", seq: "\x1bXsospayload\x1b\\", sig: "\x1bXsos"},
	{name: "pm", seq: "\x1b^pmpayload\x1b\\", sig: "\x1b^pm"},
	{name: "reset", seq: "\x1bc"},
	{name: "decaln", seq: "\x1b#8"},
	{name: "charset", seq: "\x1b(0lqqk\x1b(B", sig: "\x1b(0"},
	{name: "shiftout", seq: "\x0elqqk\x0f", sig: "\x0e"},
	{name: "cone", seq: "\u009b0031m\u009d0;cOnetitle\u009c", sig: "\u009b0031m"},
	{name: "eightbit", seq: "\x9b0031m", sig: "\x9b0031m"},
	{name: "bidioverride", seq: "\u202eevil.exe\u202c \u2067isolated\u2069 \u200fmark", sig: "\u202e"},
	{name: "backspace", seq: "harmless\b\b\b\b\b\b\b\bEVILEVIL", sig: "harmless\b"},
	{name: "carriage", seq: "innocent text\rEVIL", sig: "innocent text\r"},
	{name: "tab", seq: "column\tcolumn", sig: "column\tcolumn"},
}

// allControls is every C0 control but newline, DEL, and every C1 control
// (as UTF-8), each between two letters.
func allControls() string {
	var b strings.Builder
	for c := rune(0x01); c < 0x20; c++ {
		if c != '\n' {
			b.WriteString("x" + string(c))
		}
	}
	b.WriteString("x\x7f")
	for c := rune(0x80); c < 0xa0; c++ {
		b.WriteString("y" + string(c))
	}
	return b.String() + "z"
}

// writeAttackFile writes a plain-text article: ordinary prose first (so a
// loader sniffing the head sees text), then one paragraph per attack.
func writeAttackFile(t *testing.T) string {
	t.Helper()
	seed, err := os.ReadFile(seedPath())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	b.WriteString("A harmless article with hostile bytes\n\n")
	b.Write(seed)
	b.Write(seed)
	b.WriteString("\nThe attacks follow.\n\n")
	for _, a := range attacks {
		fmt.Fprintf(&b, "Attack %s: %s %s\n\n", a.name, a.seq, a.marker())
	}
	fmt.Fprintf(&b, "Attack controls: %s markercontrols\n\n", allControls())
	b.WriteString("The last paragraph: markerend\n")
	path := filepath.Join(t.TempDir(), "attacks.txt")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// allMarkers are the words that must be visible after the attacks.
func allMarkers() []string {
	var m []string
	for _, a := range attacks {
		m = append(m, a.marker())
	}
	return append(m, "markercontrols", "markerend")
}

// printedHarm lists what in s would act on a terminal: escape sequences
// (after dropping plain colour/style SGR when allowSGR), C0 controls other
// than newline, DEL, C1 controls, bidi controls, invalid UTF-8.
func printedHarm(s string, allowSGR bool) []string {
	var harm []string
	if allowSGR {
		s = sgrRE.ReplaceAllString(s, "")
	}
	if !utf8.ValidString(s) {
		harm = append(harm, "invalid UTF-8 (a raw 8-bit C1 byte passes as a control to some terminals)")
	}
	seen := map[rune]bool{}
	for _, r := range s {
		bad := (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Bidi_Control, r)
		if bad && !seen[r] {
			seen[r] = true
			harm = append(harm, fmt.Sprintf("U+%04X", r))
		}
	}
	return harm
}

// context shows a little of s around its first occurrence of sub.
func context(s, sub string) string {
	i := strings.Index(s, sub)
	if i < 0 {
		return ""
	}
	lo, hi := max(0, i-40), min(len(s), i+len(sub)+40)
	return fmt.Sprintf("%q", s[lo:hi])
}

// TestSafetyPipe: printing a hostile article to a pipe passes no control
// sequence on, and the text after every attack is still there.
func TestSafetyPipe(t *testing.T) {
	t.Parallel()
	file := writeAttackFile(t)
	for _, tc := range []struct {
		args     []string
		allowSGR bool
	}{
		{[]string{"render", "--style", "notty", file}, false},
		{[]string{file}, true},
	} {
		name := strings.Join(append(append([]string{"qari"}, tc.args[:len(tc.args)-1]...), "FILE"), " ")
		t.Run(name, func(t *testing.T) {
			r := runQari(t, nil, tc.args...)
			if r.code != 0 {
				t.Fatalf("%s: exit status %d, stderr %q", name, r.code, r.stderr)
			}
			for _, h := range printedHarm(r.stdout, tc.allowSGR) {
				t.Errorf("%s printed %s from the document", name, h)
			}
			for _, a := range attacks {
				if strings.Contains(r.stdout, a.signature()) {
					t.Errorf("%s passed the %s attack through: %s", name, a.name, context(r.stdout, a.signature()))
				}
			}
			for _, m := range allMarkers() {
				if !strings.Contains(r.stdout, m) {
					t.Errorf("%s lost the text %q after an attack", name, m)
				}
			}
		})
	}
}

// TestSafetyNUL: a NUL byte inside text either makes qari call the file
// binary (one line, exit 1) or is dropped or shown; it never reaches the
// terminal.
func TestSafetyNUL(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "nul.txt")
	seed, _ := os.ReadFile(seedPath())
	data := append(append(append([]byte{}, seed...), "before\x00after markernul\n"...), seed...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := runQari(t, nil, "render", "--style", "notty", path)
	switch r.code {
	case 0:
		if strings.Contains(r.stdout, "\x00") {
			t.Errorf("qari render printed the NUL byte of the document")
		}
		if !strings.Contains(r.stdout, "markernul") {
			t.Errorf("qari render lost the text after a NUL byte")
		}
	case 1:
		if msg := strings.TrimRight(r.stderr, "\n"); msg == "" || strings.Contains(msg, "\n") {
			t.Errorf("refusing a file with a NUL byte should print one line, got %q", r.stderr)
		}
	default:
		t.Errorf("exit status %d, stderr %q", r.code, r.stderr)
	}
}

// ptyTerm is qari in a pseudo-terminal, with every byte it writes kept. It
// answers the queries a real terminal answers (device attributes, cursor
// position, colours, mode reports) so qari never waits for a reply.
type ptyTerm struct {
	t    *testing.T
	cmd  *exec.Cmd
	pty  *os.File
	mu   sync.Mutex
	out  []byte
	done chan struct{}
}

var queries = []struct {
	re    *regexp.Regexp
	reply func(m [][]byte) string
}{
	{regexp.MustCompile(`\x1b\[0?c`), func([][]byte) string { return "\x1b[?62;22c" }},
	{regexp.MustCompile(`\x1b\[6n`), func([][]byte) string { return "\x1b[1;1R" }},
	{regexp.MustCompile(`\x1b\](1[01]);\?(?:\x07|\x1b\\)`), func(m [][]byte) string {
		if string(m[1]) == "11" {
			return "\x1b]11;rgb:0000/0000/0000\x1b\\"
		}
		return "\x1b]10;rgb:ffff/ffff/ffff\x1b\\"
	}},
	{regexp.MustCompile(`\x1b\[\?(\d+)\$p`), func(m [][]byte) string { return "\x1b[?" + string(m[1]) + ";0$y" }},
}

func startPty(t *testing.T, cols, rows int, args ...string) *ptyTerm {
	t.Helper()
	useBinary(t)
	cmd := exec.Command(qariBin, args...)
	cmd.Env = qariEnv("xterm-256color", newHome(t))
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		t.Fatalf("starting qari in a pty: %v", err)
	}
	p := &ptyTerm{t: t, cmd: cmd, pty: f, done: make(chan struct{})}
	answered := make([]int, len(queries))
	go func() {
		defer close(p.done)
		buf := make([]byte, 64<<10)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				p.mu.Lock()
				p.out = append(p.out, buf[:n]...)
				all := p.out
				p.mu.Unlock()
				for i, q := range queries {
					ms := q.re.FindAllSubmatch(all, -1)
					for ; answered[i] < len(ms); answered[i]++ {
						_, _ = f.Write([]byte(q.reply(ms[answered[i]])))
					}
				}
			}
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		_ = f.Close()
	})
	return p
}

// bytes returns a copy of everything qari wrote so far.
func (p *ptyTerm) bytes() []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]byte(nil), p.out...)
}

// waitBytes polls until ok accepts the output or timeout passes.
func (p *ptyTerm) waitBytes(timeout time.Duration, ok func([]byte) bool) bool {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if ok(p.bytes()) {
			return true
		}
		time.Sleep(pollEvery)
	}
	return ok(p.bytes())
}

// TestSafetyTUI: the reader showing a hostile article in a real pty writes
// none of the document's sequences, only its own; the text after each
// attack reaches the screen.
func TestSafetyTUI(t *testing.T) {
	t.Parallel()
	file := writeAttackFile(t)
	p := startPty(t, 140, 100, file)
	if !p.waitBytes(defaultWait, func(b []byte) bool { return bytes.Contains(b, []byte("harmless article")) || len(b) > 4096 }) {
		t.Fatalf("qari drew nothing in the pty within %v; it wrote %q", defaultWait, p.bytes())
	}
	_, _ = p.pty.Write([]byte("G"))
	markers := allMarkers()
	p.waitBytes(defaultWait, func(b []byte) bool {
		for _, m := range markers {
			if !bytes.Contains(b, []byte(m)) {
				return false
			}
		}
		return true
	})
	_, _ = p.pty.Write([]byte("q"))
	select {
	case <-p.done:
	case <-time.After(defaultWait):
		t.Errorf("qari did not quit within %v of q", defaultWait)
	}
	out := string(p.bytes())
	for _, a := range attacks {
		if strings.Contains(out, a.signature()) {
			t.Errorf("the %s attack reached the terminal: %s", a.name, context(out, a.signature()))
		}
	}
	for _, bad := range []struct{ sig, what string }{
		{"\x1b]52", "a clipboard write (OSC 52)"},
		{"\x1bP+q", "a terminal capability query (DCS)"},
		{"\x1b_G", "a kitty graphics command (APC)"},
	} {
		if strings.Contains(out, bad.sig) {
			t.Errorf("the output holds %s: %s", bad.what, context(out, bad.sig))
		}
	}
	seen := map[rune]bool{}
	for _, r := range out {
		bad := (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Bidi_Control, r) ||
			r == 0 || (r >= 0x01 && r <= 0x06) || (r >= 0x0e && r <= 0x1a) || (r >= 0x1c && r <= 0x1f)
		if bad && !seen[r] {
			seen[r] = true
			t.Errorf("the output holds U+%04X, a control qari itself never needs: %s", r, context(out, string(r)))
		}
	}
	if !utf8.ValidString(out) {
		t.Errorf("the output is not valid UTF-8: a raw 8-bit byte such as 0x9b is a CSI to some terminals")
	}
	var missing []string
	for _, m := range markers {
		if !strings.Contains(out, m) {
			missing = append(missing, m)
		}
	}
	if len(missing) > 0 {
		t.Errorf("after G the screen never showed the text after these attacks: %q\n(the last 2000 bytes qari wrote: %q)",
			missing, out[max(0, len(out)-2000):])
	}
}

// TestSafetyTmux: the same article in tmux, checked as a user would: the
// window title and the clipboard (tmux's paste buffers) are untouched, and
// the text after each attack is on screen after G.
func TestSafetyTmux(t *testing.T) {
	t.Parallel()
	file := writeAttackFile(t)
	tm := NewTmux(t, 140, 100, qariCmd("", file))
	tm.WaitFor("harmless article", defaultWait)
	alt := tm.Display("#{alternate_on}")
	tm.SendKeys("G")
	screen := tm.Until(defaultWait, "the text after every attack (marker…)", func(s string) bool {
		for _, m := range allMarkers() {
			if !strings.Contains(s, m) {
				return false
			}
		}
		return true
	})
	if title := tm.Display("#{pane_title}"); strings.Contains(title, "pwned") || strings.Contains(title, "cOne") {
		t.Errorf("the document set the terminal's title to %q", title)
	}
	if bufs := strings.TrimSpace(tm.run("list-buffers")); bufs != "" {
		t.Errorf("the document wrote to the clipboard (tmux paste buffers: %q)", bufs)
	}
	if strings.Contains(screen, "EEEEEEEEEE") {
		t.Errorf("the document filled the screen with E (DECALN):\n%s", indent(screen))
	}
	if strings.Contains(screen, "┌──┐") {
		t.Errorf("the document switched the terminal to line-drawing characters:\n%s", indent(screen))
	}
	if strings.Contains(screen, "EVILEVIL") && !strings.Contains(screen, "harmless") {
		t.Errorf("backspaces in the document overwrote the text before them:\n%s", indent(screen))
	}
	if strings.Contains(screen, "EVIL") && !strings.Contains(screen, "innocent") {
		t.Errorf("a carriage return in the document overwrote the text before it:\n%s", indent(screen))
	}
	if now := tm.Display("#{alternate_on}"); now != alt {
		t.Errorf("the document switched the alternate screen (alternate_on %s before the attacks were shown, %s after)", alt, now)
	}
	tm.SendKeys("q")
	tm.WaitFor(ExitMarker+"0]", defaultWait)
}

// TestSafetyEachControl: every C0 and C1 control alone in a paragraph of
// its own is dropped or shown, and the words after it are kept. A lone
// control is not an attack but a stray byte, and must not cost the reader
// the rest of the paragraph (an unterminated DCS, SOS, OSC, PM or APC
// introducer swallowing the text after it, say).
func TestSafetyEachControl(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("Stray control characters, one a paragraph\n\n")
	var controls []rune
	for c := rune(0x01); c < 0xa0; c++ {
		if c < 0x20 || c >= 0x7f {
			if c == '\n' {
				continue
			}
			controls = append(controls, c)
			fmt.Fprintf(&b, "control %04X: before%cafter words%04Xkept\n\n", c, c, c)
		}
	}
	path := filepath.Join(t.TempDir(), "controls.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runQari(t, nil, "render", "--style", "notty", path)
	if r.code != 0 {
		t.Fatalf("qari render: exit status %d, stderr %q", r.code, r.stderr)
	}
	for _, h := range printedHarm(r.stdout, false) {
		t.Errorf("qari render printed %s", h)
	}
	var lost []string
	for _, c := range controls {
		if !strings.Contains(r.stdout, fmt.Sprintf("words%04Xkept", c)) {
			lost = append(lost, fmt.Sprintf("U+%04X", c))
		}
	}
	if len(lost) > 0 {
		t.Errorf("the words after these lone controls were lost: %s", strings.Join(lost, " "))
	}
}
