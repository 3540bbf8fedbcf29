package main

import (
	"os"
	"path/filepath"
	"testing"

	"qari/ui"
	"qari/ui/layout"
)

// env is a getenv over a fixed environment.
func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// TestBidiHint: the terminals that reorder by themselves without a
// standard switch get terminal; the rest app.
func TestBidiHint(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  func(string) string
		want layout.BidiMode
	}{
		{"xterm", env("TERM", "xterm-256color"), layout.BidiApp},
		{"Konsole", env("KONSOLE_VERSION", "230804"), layout.BidiTerminal},
		{"iTerm2", env("TERM_PROGRAM", "iTerm.app"), layout.BidiTerminal},
		{"mlterm (switched off, see TestReaderBidi)", env("MLTERM", "3.9.3"), layout.BidiApp},
		{"tmux in mlterm", env("TMUX", "/tmp/tmux-0/default,1,0", "MLTERM", "3.9.0"), layout.BidiTerminal},
		{"GNOME Terminal", env("VTE_VERSION", "7600"), layout.BidiApp},
		{"tmux", env("TMUX", "/tmp/tmux-0/default,1,0", "TERM_PROGRAM", "tmux"), layout.BidiApp},
		{"tmux in GNOME Terminal", env("TMUX", "/tmp/tmux-0/default,1,0", "VTE_VERSION", "7600"), layout.BidiTerminal},
		{"tmux in Konsole", env("TMUX", "/tmp/tmux-0/default,1,0", "KONSOLE_VERSION", "230804"), layout.BidiTerminal},
	} {
		if got := bidiHint(tc.env); got != tc.want {
			t.Errorf("%s: hint %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestReaderBidi: --bidi auto starts from the hint and asks the terminal;
// an explicit mode is kept; --shape auto shapes only what qari reorders.
func TestReaderBidi(t *testing.T) {
	for _, tc := range []struct {
		bidi, shape string
		env         func(string) string
		want        ui.Config
	}{
		{"auto", "auto", env(), ui.Config{Bidi: layout.BidiApp, Shape: true, BidiAuto: true, ShapeAuto: true}},
		{"auto", "auto", env("KONSOLE_VERSION", "1"), ui.Config{Bidi: layout.BidiTerminal, Shape: true, BidiAuto: true, ShapeAuto: true, ShapeTerminal: true}},
		{"terminal", "off", env("KONSOLE_VERSION", "1"), ui.Config{Bidi: layout.BidiTerminal}},
		{"app", "auto", env("KONSOLE_VERSION", "1"), ui.Config{Bidi: layout.BidiApp, Shape: true, ShapeAuto: true, ShapeTerminal: true}},
		{"terminal", "on", env(), ui.Config{Bidi: layout.BidiTerminal, Shape: true}},
		{"off", "auto", env(), ui.Config{Bidi: layout.BidiOff, ShapeAuto: true}},
		{"app", "off", env(), ui.Config{Bidi: layout.BidiApp}},
		{"auto", "auto", env("MLTERM", "3.9.0"), ui.Config{Bidi: layout.BidiApp, Shape: true, BidiAuto: true, ShapeAuto: true, Mlterm: true}},
		{"auto", "auto", env("MLTERM", "3.9.0", "TMUX", "/tmp/tmux-0/default,1,0"), ui.Config{Bidi: layout.BidiTerminal, BidiAuto: true, ShapeAuto: true}},
	} {
		o := defaults()
		o.Bidi, o.Shape = tc.bidi, tc.shape
		var cfg ui.Config
		readerBidi(&cfg, o, tc.env, "")
		if cfg.Bidi != tc.want.Bidi || cfg.Shape != tc.want.Shape || cfg.BidiAuto != tc.want.BidiAuto || cfg.ShapeAuto != tc.want.ShapeAuto || cfg.Mlterm != tc.want.Mlterm || cfg.ShapeTerminal != tc.want.ShapeTerminal {
			t.Errorf("--bidi %s --shape %s: %+v, want %+v", tc.bidi, tc.shape, cfg, tc.want)
		}
	}
}

// TestSaveBidi: the mode chosen in the reader lands in the config file,
// which keeps the user's other keys and comments, and reads back.
func TestSaveBidi(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, before, after string }{
		{"no file", "", "bidi = \"terminal\"\n"},
		{"other keys", "# mine\nwidth = 72\n", "# mine\nwidth = 72\nbidi = \"terminal\"\n"},
		{"replaced", "width = 72\nbidi = 'app' # was\nshape = \"off\"\n", "width = 72\nbidi = \"terminal\"\nshape = \"off\"\n"},
		{"before a table", "width = 72\n\n[later]\nx = 1\n", "width = 72\n\nbidi = \"terminal\"\n[later]\nx = 1\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name, "qari", "config.toml")
			if tc.before != "" {
				os.MkdirAll(filepath.Dir(path), 0o755)
				os.WriteFile(path, []byte(tc.before), 0o644)
			}
			var cfg ui.Config
			readerBidi(&cfg, defaults(), env(), path)
			if err := cfg.SaveBidi(layout.BidiTerminal); err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(path)
			if string(got) != tc.after {
				t.Errorf("config after saving:\n%s\nwant:\n%s", got, tc.after)
			}
			if tc.name == "before a table" {
				return // tables are not qari's: loading rejects them
			}
			o := defaults()
			if err := loadConfig(path, &o); err != nil || o.Bidi != "terminal" {
				t.Errorf("the saved config reads back as bidi %q (%v)", o.Bidi, err)
			}
		})
	}
}

// TestPrintOptions: a printed article is in logical order, unshaped, for
// a pipe; in visual order for a terminal without bidi, in logical order
// for one that reorders (a VTE cannot be switched by a printed article);
// an explicit mode wins: a pipe only takes one from the command line, not
// from the config file (where the reader's B saves one).
func TestPrintOptions(t *testing.T) {
	for _, tc := range []struct {
		bidi string
		tty  bool
		env  func(string) string
		want layout.Options
		flag bool // --bidi is on the command line (else: from the config file)
	}{
		{"auto", false, env("VTE_VERSION", "7600"), layout.Options{Width: 80, Bidi: layout.BidiOff}, false},
		{"auto", false, env(), layout.Options{Width: 80, Bidi: layout.BidiOff}, false},
		{"app", false, env(), layout.Options{Width: 80, Bidi: layout.BidiApp, Shape: true}, true},
		{"app", false, env(), layout.Options{Width: 80, Bidi: layout.BidiOff}, false},
		{"auto", true, env(), layout.Options{Width: 80, Bidi: layout.BidiApp, Shape: true}, false},
		{"auto", true, env("VTE_VERSION", "7600"), layout.Options{Width: 80, Bidi: layout.BidiTerminal}, false},
		{"auto", true, env("KONSOLE_VERSION", "1"), layout.Options{Width: 80, Bidi: layout.BidiTerminal, Shape: true}, false},
		{"auto", true, env("MLTERM", "3.9.0"), layout.Options{Width: 80, Bidi: layout.BidiTerminal}, false},
		{"app", true, env("VTE_VERSION", "7600"), layout.Options{Width: 80, Bidi: layout.BidiApp, Shape: true}, true},
	} {
		o := defaults()
		o.Bidi, o.BidiFlag = tc.bidi, tc.flag
		if got := printOptions(o, tc.tty, tc.env); got != tc.want {
			t.Errorf("bidi %s (flag %v), tty %v: %+v, want %+v", tc.bidi, tc.flag, tc.tty, got, tc.want)
		}
	}
}
