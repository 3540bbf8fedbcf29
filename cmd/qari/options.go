package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"qari/ui/layout"
)

// options are the settings of one run, from the config file and then the
// flags, which win.
type options struct {
	Width int    `toml:"width"` // widest text column, in cells
	Style string `toml:"style"` // glamour style name or JSON style file
	Bidi  string `toml:"bidi"`  // auto, app, terminal or off
	Shape string `toml:"shape"` // auto, on or off
	Regex bool   `toml:"regex"` // the reader's search prompts start in regular-expression mode

	DataDir string `toml:"data_dir"` // the highlights store's directory; "": $QARI_DATA_DIR, else the XDG data directory
	NoStore bool   `toml:"-"`        // read without the highlights store (--no-store)

	BidiFlag bool `toml:"-"` // --bidi is on the command line: a pipe follows it (the config's bidi, which B saves, is the reader's)
}

// defaults are the options before any config file or flag.
func defaults() options {
	return options{Width: 80, Style: "auto", Bidi: "auto", Shape: "auto"}
}

// configPath returns $XDG_CONFIG_HOME/qari/config.toml (or the platform's
// user config directory), or "" when there is none.
func configPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "qari", "config.toml")
}

// loadConfig reads the config file at path into o. A missing file is not
// an error; a malformed one is, with the file named.
func loadConfig(path string, o *options) error {
	if path == "" {
		return nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	md, err := toml.Decode(string(data), o)
	if err != nil {
		return fmt.Errorf("config %s: %v", path, oneLine(err.Error()))
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		return fmt.Errorf("config %s: unknown key %q", path, keys[0].String())
	}
	return nil
}

// flagSet declares the flags every qari command shares, bound to o.
func flagSet(name string, o *options) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.IntVar(&o.Width, "width", o.Width, "widest text column in cells (the terminal's width when smaller)")
	fs.StringVar(&o.Style, "style", o.Style, "style: auto, dark, light, notty, dracula, tokyo-night, pink, ascii, or a glamour JSON style file")
	fs.StringVar(&o.Bidi, "bidi", o.Bidi, "who reorders right-to-left text: auto, app, terminal or off")
	fs.StringVar(&o.Shape, "shape", o.Shape, "Arabic letter shaping: auto, on or off")
	fs.StringVar(&o.DataDir, "data-dir", o.DataDir, "where highlights and reading positions are kept (default $QARI_DATA_DIR, else $XDG_DATA_HOME/qari)")
	fs.BoolVar(&o.NoStore, "no-store", o.NoStore, "keep no highlights or reading positions")
	fs.BoolVar(&o.Regex, "regex", o.Regex, "search with Go regular expressions (Ctrl-R in the search prompt switches)")
	return fs
}

// parseArgs parses flags anywhere among args (qari FILE --width 60 works as
// well as qari --width 60 FILE) and returns the positional arguments. A
// lone "-" (standard input) is positional; after "--" every argument is.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil // fs.Parse took "--" as the end of the flags
		}
		if len(rest) == 0 {
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	return pos, nil
}

// check validates the options and turns them into layout options.
func (o options) check() error {
	if o.Width < 10 || o.Width > 1000 {
		return fmt.Errorf("--width %d: give a width from 10 to 1000 cells", o.Width)
	}
	if !oneOf(o.Bidi, "auto", "app", "terminal", "off") {
		return fmt.Errorf("--bidi %q: give auto, app, terminal or off", o.Bidi)
	}
	if !oneOf(o.Shape, "auto", "on", "off") {
		return fmt.Errorf("--shape %q: give auto, on or off", o.Shape)
	}
	return nil
}

// layoutOptions resolves the bidi and shaping modes for output that goes
// to a terminal (tty true) or to a pipe. "auto" means qari reorders and
// shapes, since most terminals do neither.
func (o options) layoutOptions() layout.Options {
	opt := layout.Options{Width: o.Width, Bidi: layout.BidiApp, Shape: true}
	switch o.Bidi {
	case "terminal":
		opt.Bidi = layout.BidiTerminal
	case "off":
		opt.Bidi = layout.BidiOff
	}
	switch {
	case o.Shape == "off", o.Shape == "auto" && opt.Bidi != layout.BidiApp:
		opt.Shape = false
	}
	return opt
}

func oneOf(s string, set ...string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// oneLine keeps the first line of a message, for one-line errors.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// flatLine returns s on one line, its runs of white space (line breaks
// among them) made one space.
func flatLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
