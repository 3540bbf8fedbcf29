// Command qari is a terminal reader for articles: it opens plain text,
// Markdown and HTML articles (Arabic and English alike), splits them into
// sections and lets the reader scroll, jump and search. See README.md.
//
// Exit status: 0 on success, 1 with a one-line message on standard error
// when something goes wrong (a command line that cannot be parsed too);
// qari search answers as grep does.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"
	"github.com/lucasb-eyer/go-colorful"

	"qari/reader"
	"qari/ui"
	"qari/ui/theme"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is qari's main: a subcommand when the first argument names one,
// otherwise the reader (or, when stdout is not a terminal, the rendered
// article, as glow does).
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if cmd, ok := commands[args[0]]; ok {
			return cmd(args[1:], stdout, stderr)
		}
		if args[0] == "--version" || args[0] == "-version" {
			fmt.Fprintln(stdout, "qari", version())
			return exitOK
		}
	}
	o, files, code := parseOptions("qari", args, stdout, stderr, usage)
	if code >= 0 {
		return code
	}
	if len(files) > 0 && unknownWord(files[0]) {
		return fail(stderr, fmt.Errorf("unknown command or file: %s (qari --help lists the commands)", files[0]))
	}
	tty := isTerminal(stdout)
	var dark func() backgroundKind
	if tty && o.Style == "auto" && len(files) > 0 && !slices.Contains(files, "-") && isTerminal(os.Stdin) {
		// the terminal answers while the files load (nothing else reads
		// standard input then); it waited for them before
		dark = askBackground()
	}
	var cfg ui.Config
	closeStore := func() {}
	defer func() { closeStore() }()
	var docs []*reader.Document
	if len(files) == 0 && tty && isTerminal(os.Stdin) {
		// qari alone: the library, the samples while it is empty; the
		// library's first screen is read from the store, so it is opened
		// now, not off the first frame's path as for an article
		closeStore = openStoreNow(o, &cfg)
		cfg.Shelf = storedShelf(cfg.Store)
	}
	if cfg.Shelf == nil {
		var err error
		if docs, err = open(files, tty); err != nil {
			return fail(stderr, err)
		}
	}
	if !tty {
		return printDocs(stdout, stderr, docs, o, false)
	}
	if dark == nil && o.Style == "auto" {
		dark = askBackground()
	}
	th, err := loadTheme(o.Style, dark)
	if err != nil {
		return fail(stderr, err)
	}
	cfg.Width, cfg.Theme, cfg.Regex = o.Width, th, o.Regex
	readerBidi(&cfg, o, os.Getenv, configPath())
	if cfg.Store == nil && cfg.StoreError == nil {
		closeStore = openStore(o, &cfg)
	}
	if err := ui.Run(docs, cfg); err != nil {
		return fail(stderr, err)
	}
	return exitOK
}

// unknownWord reports whether arg, where a command or a file may be, is
// neither: a bare word (no path separator, no extension, not - or a web
// address) that names no file. qari bogus-subcmd is a mistyped command
// more likely than a missing file.
func unknownWord(arg string) bool {
	if arg == "-" || reader.IsURL(arg) || strings.ContainsAny(arg, `/\.`) {
		return false
	}
	_, err := os.Stat(arg)
	return errors.Is(err, os.ErrNotExist)
}

// version is qari's version from the build: the module's version when
// built from a tagged module (go install qari@v1.2.0), else "(devel)"
// with the VCS revision the build recorded, if any.
func version() string { return versionOf(debug.ReadBuildInfo()) }

// versionOf is version for the build information bi (ok false: none).
func versionOf(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "(devel)"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	v := "(devel)"
	var rev, dirty string
	for _, s := range bi.Settings {
		switch {
		case s.Key == "vcs.revision":
			rev = s.Value[:min(len(s.Value), 12)]
		case s.Key == "vcs.modified" && s.Value == "true":
			dirty = "+dirty"
		}
	}
	if rev != "" {
		v += " " + rev + dirty
	}
	return v
}

// usage is the text of qari --help.
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `qari: read articles in the terminal

Usage:
  qari [options] [FILE|DIR|URL|-]...  read articles (no arguments: the library, or the built-in samples while it is empty)
  qari add URL|FILE...             keep articles in the library, to read offline (URLs on stdin too)
  qari feed add|update|list|remove|import|export
                                   subscribe to RSS, Atom and JSON feeds; update keeps their new articles
  qari search --library QUERY      search every kept article (full-text index, Arabic-folded)
  qari render [options] FILE       print the rendered article
  qari sections [--json] FILE|-    print the outline
  qari search [--json] [--regex] [--case-sensitive|--smart-case] [--fold-digits] QUERY FILE...
                                   print the matches (Arabic-folded)
  qari quotes [--json] FILE|-      print the quotations and who said them
  qari highlights [--format md|json|clippings|csv] [--data-dir DIR] [FILE]
                                   export the highlights
  qari --version                   print the version

Formats: plain text, Markdown (.md), HTML (.html); UTF-8 or UTF-16.
When standard output is not a terminal, qari prints the rendered article.
Options also come from `+configPath()+`
(width, style, bidi, shape, regex, data_dir). Keys: press h in the reader.

Options:
`)
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// parseOptions reads the config file and the flags of a command. It
// returns the options, the positional arguments, and an exit code >= 0
// when the command must stop there (help asked for, or a bad flag).
func parseOptions(name string, args []string, stdout, stderr io.Writer, help func(io.Writer, *flag.FlagSet)) (options, []string, int) {
	o := defaults()
	if err := loadConfig(configPath(), &o); err != nil {
		return o, nil, fail(stderr, err)
	}
	fs := flagSet(name, &o)
	files, code := parseFlags(fs, args, stdout, stderr, help)
	if code >= 0 {
		return o, nil, code
	}
	if err := o.check(); err != nil {
		return o, nil, fail(stderr, err)
	}
	fs.Visit(func(f *flag.Flag) { o.BidiFlag = o.BidiFlag || f.Name == "bidi" })
	return o, files, -1
}

// parseFlags parses args with fs: on -h/--help it prints help to stdout
// and returns exitOK; on a bad flag, one line on stderr and exitError;
// otherwise the positional arguments and -1.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer, help func(io.Writer, *flag.FlagSet)) ([]string, int) {
	files, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		help(stdout, fs)
		return nil, exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "qari: %v (%s --help lists the options)\n", err, fs.Name())
		return nil, exitError
	}
	return files, -1
}

// helpFor returns the help of a subcommand: its usage line, then its flags.
func helpFor(usage string) func(io.Writer, *flag.FlagSet) {
	return func(w io.Writer, fs *flag.FlagSet) {
		fmt.Fprintln(w, usage)
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// loadTheme resolves the style name; "auto" takes the terminal's
// background from bg (see askBackground), and means notty for pipes,
// where bg is nil. Other names leave bg alone.
func loadTheme(name string, bg func() backgroundKind) (*theme.Theme, error) {
	if name != "auto" {
		return theme.Load(name, true)
	}
	if bg == nil {
		return theme.Load("notty", true)
	}
	return autoTheme(bg())
}

// askBackground starts asking the terminal what its background is
// (background) and returns a function that waits for the answer. The
// question is a round trip to the terminal: asked early, it is answered
// while qari does other work.
func askBackground() func() backgroundKind {
	answer := make(chan backgroundKind, 1)
	go func() { answer <- background(os.Getenv("COLORFGBG")) }()
	return sync.OnceValue(func() backgroundKind { return <-answer })
}

// autoTheme is the theme of --style auto on a terminal whose background
// is bg.
func autoTheme(bg backgroundKind) (*theme.Theme, error) {
	switch bg {
	case bgDark:
		return theme.Load("dark", true)
	case bgLight:
		return theme.Load("light", false)
	}
	return theme.AnyBackground(), nil
}

// backgroundKind is what qari knows of the terminal's background.
type backgroundKind uint8

const (
	bgUnknown backgroundKind = iota
	bgDark
	bgLight
)

// background asks the terminal for its background colour (OSC 11). A
// terminal that does not answer may still say it in COLORFGBG ("15;0":
// light text on colour 0), as rxvt and Konsole set it. tmux before 3.4
// answers nothing and keeps the COLORFGBG of the terminal its server was
// started from: with neither, the background is unknown (qari used to take
// it for dark, and in tmux on a light terminal drew the text nearly
// white).
func background(colorfgbg string) backgroundKind {
	if bg, err := lipgloss.BackgroundColor(os.Stdin, os.Stdout); err == nil && bg != nil {
		// lightness as lipgloss judges it (CIE L*), from the one answer
		c, ok := colorful.MakeColor(bg)
		if l, _, _ := c.Lab(); !ok || l < 0.5 {
			return bgDark
		}
		return bgLight
	}
	return backgroundFromCOLORFGBG(colorfgbg)
}

// backgroundFromCOLORFGBG reads the background of COLORFGBG ("fg;bg" or
// "fg;default;bg"): colours 0–6 and 8 are dark, the others light; unknown
// when the variable says nothing readable.
func backgroundFromCOLORFGBG(v string) backgroundKind {
	parts := strings.Split(v, ";")
	bg, err := strconv.Atoi(parts[len(parts)-1])
	switch {
	case v == "" || err != nil || bg < 0:
		return bgUnknown
	case bg <= 6 || bg == 8:
		return bgDark
	}
	return bgLight
}

// printDocs writes each document, rendered, one after the other; tty says
// whether stdout is a terminal (for the "auto" style).
func printDocs(stdout, stderr io.Writer, docs []*reader.Document, o options, tty bool) int {
	var dark func() backgroundKind
	if tty && o.Style == "auto" {
		dark = askBackground()
	}
	th, err := loadTheme(o.Style, dark)
	if err != nil {
		return fail(stderr, err)
	}
	for i, d := range docs {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		if err := theme.Write(stdout, d, printOptions(o, tty, os.Getenv), th); err != nil {
			return fail(stderr, err)
		}
	}
	return exitOK
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// fail prints err as one line on stderr and returns exitError.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintln(stderr, "qari: "+oneLine(err.Error()))
	return exitError
}
