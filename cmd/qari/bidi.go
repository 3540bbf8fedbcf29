package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"qari/ui"
	"qari/ui/layout"
)

// bidiNames are the --bidi values of the modes, as the config file keeps
// them.
var bidiNames = map[layout.BidiMode]string{
	layout.BidiApp:      "app",
	layout.BidiTerminal: "terminal",
	layout.BidiOff:      "off",
}

// bidiHint is the mode --bidi auto starts the reader in, from what the
// environment says of the terminal, before the terminal has answered
// whether it reorders (see ui.Config.BidiAuto):
//   - Konsole and iTerm2 reorder by themselves and have no switch:
//     terminal.
//   - mlterm reorders too, but has a switch of its own (see mlterm): app.
//   - tmux swallows the switches (CSI 8 l, mlterm's OSC 5379). Inside GNOME
//     Terminal or another VTE, or mlterm, which then keep reordering what
//     tmux draws: terminal. Elsewhere tmux draws for a terminal without
//     bidi: app. The variables tell of the terminal tmux's server was
//     started in.
//   - Everything else, VTE included (it answers, and is switched to
//     explicit mode): app.
func bidiHint(getenv func(string) string) layout.BidiMode {
	switch {
	case getenv("KONSOLE_VERSION") != "", getenv("TERM_PROGRAM") == "iTerm.app":
		return layout.BidiTerminal
	case getenv("TMUX") != "" && (getenv("VTE_VERSION") != "" || getenv("MLTERM") != ""):
		return layout.BidiTerminal
	}
	return layout.BidiApp
}

// mlterm reports whether qari writes straight to mlterm, which it can then
// tell to stop reordering (see ui.Config.Mlterm).
func mlterm(getenv func(string) string) bool {
	return getenv("MLTERM") != "" && getenv("TMUX") == ""
}

// shapeForTerminal reports whether --shape auto shapes text that the
// terminal reorders: in Konsole, which joins letters but draws lam-alef as
// one glyph in two cells, so that a gap follows it and the colours of a
// search hit or highlight after it on the line fall a cell off. Shaped, the
// ligature is one character in one cell. VTE and mlterm join by
// themselves and get logical text as it is (copied from the screen, it is
// the document's).
func shapeForTerminal(getenv func(string) string) bool { return getenv("KONSOLE_VERSION") != "" }

// readerBidi sets the bidi and shaping modes of the reader from o: --bidi
// auto starts from the environment's hint and lets the terminal's answer
// decide; a mode chosen with the toggle key is saved in the config file
// at path ("" : not saved).
func readerBidi(cfg *ui.Config, o options, getenv func(string) string, path string) {
	lo := o.layoutOptions()
	cfg.Bidi, cfg.Shape = lo.Bidi, lo.Shape
	cfg.Mlterm = mlterm(getenv)
	cfg.RowsRTL = getenv("MLTERM") != ""
	if o.Bidi == "auto" {
		cfg.BidiAuto = true
		cfg.Bidi = bidiHint(getenv)
	}
	if o.Shape == "auto" {
		cfg.ShapeAuto, cfg.ShapeTerminal = true, shapeForTerminal(getenv)
		cfg.Shape = cfg.Bidi == layout.BidiApp || cfg.Bidi == layout.BidiTerminal && cfg.ShapeTerminal
	}
	if path != "" {
		cfg.SaveBidi = func(m layout.BidiMode) error { return setConfigKey(path, "bidi", bidiNames[m]) }
	}
}

// setConfigKey sets key to the string value in the TOML config file at
// path, creating it if need be. The rest of the file (other keys,
// comments, tables) is kept as it is: the key's line is replaced, or the
// key added before the first table. The file is replaced atomically.
func setConfigKey(path, key, value string) error {
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("config: %w", err)
	}
	line := fmt.Sprintf("%s = %q", key, value)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(data) == 0 {
		lines = nil
	}
	keyRE := regexp.MustCompile(`^\s*` + regexp.QuoteMeta(key) + `\s*=`)
	at := len(lines)
	for i, l := range lines {
		if keyRE.MatchString(l) {
			lines[i] = line
			return writeConfig(path, lines)
		}
		if strings.HasPrefix(strings.TrimSpace(l), "[") {
			at = i
			break
		}
	}
	lines = append(lines[:at], append([]string{line}, lines[at:]...)...)
	return writeConfig(path, lines)
}

// writeConfig writes lines to the config file at path through a
// temporary file, so that a crash never leaves half a config.
func writeConfig(path string, lines []string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".config-*.toml")
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	_, err = tmp.WriteString(strings.Join(lines, "\n") + "\n")
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("config: %w", err)
	}
	return nil
}

// printOptions are the layout options of a printed article (qari render,
// or qari with its output not a terminal). A pipe gets off: the text in
// logical order, unshaped and not padded to the right, as grep, sort and
// every other filter (and glow) expect; visual order only with --bidi
// app on the command line (the config file's bidi, which the reader's B
// saves, is for the reader). For a terminal it follows the hints, and a
// VTE (GNOME Terminal) or mlterm, which a printed article cannot switch
// to explicit mode for good (what it leaves on the screen), reorders by
// itself: terminal. --shape auto shapes what qari reorders, and for a
// terminal that needs it (shapeForTerminal).
func printOptions(o options, tty bool, getenv func(string) string) layout.Options {
	opt := o.layoutOptions()
	switch {
	case !tty && (o.Bidi == "auto" || !o.BidiFlag):
		opt.Bidi = layout.BidiOff
		opt.Shape = o.Shape == "on"
	case o.Bidi != "auto":
	case bidiHint(getenv) == layout.BidiTerminal || getenv("VTE_VERSION") != "" || getenv("MLTERM") != "":
		opt.Bidi = layout.BidiTerminal
		opt.Shape = o.Shape == "on" || o.Shape == "auto" && shapeForTerminal(getenv)
	}
	return opt
}
