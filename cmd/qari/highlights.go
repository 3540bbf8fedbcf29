package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"qari/reader/export"
	"qari/reader/store"
)

func init() { commands["highlights"] = runHighlights }

// exporters are the formats of qari highlights --format.
var exporters = map[string]func(io.Writer, []store.ArticleHighlights) error{
	"md":        export.Markdown,
	"json":      export.JSON,
	"clippings": export.Clippings,
	"csv":       export.CSV,
}

// runHighlights implements qari highlights [--format md|json|clippings|csv]
// [--data-dir DIR] [FILE]: every highlight of the store, or FILE's (found
// again in its current text), in one of the export formats. The store is
// the reader's: --data-dir, else data_dir of the config file, else
// store.DefaultDir.
func runHighlights(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("qari highlights", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "md", "md (Markdown), json (W3C Web Annotations), clippings (Kindle's My Clippings.txt) or csv (Readwise)")
	var o options
	if err := loadConfig(configPath(), &o); err != nil {
		return fail(stderr, err)
	}
	dataDir := fs.String("data-dir", o.DataDir, "the store's directory (default data_dir of the config file, else $QARI_DATA_DIR, else $XDG_DATA_HOME/qari)")
	files, code := parseFlags(fs, args, stdout, stderr, helpFor("Usage: qari highlights [--format md|json|clippings|csv] [--data-dir DIR] [FILE]"))
	if code >= 0 {
		return code
	}
	write, ok := exporters[*format]
	if !ok {
		return fail(stderr, fmt.Errorf("highlights: unknown format %q (one of %s)", *format, formatNames()))
	}
	if len(files) > 1 {
		return fail(stderr, fmt.Errorf("highlights: name one file, or none for every highlight"))
	}
	s, err := openStoreIn(*dataDir)
	if err != nil {
		return fail(stderr, err)
	}
	defer s.Close()
	var items []store.ArticleHighlights
	if len(files) == 1 {
		docs, err := open(files, false)
		if err != nil {
			return fail(stderr, err)
		}
		for _, d := range docs {
			a, err := s.Article(d)
			if err != nil {
				return fail(stderr, err)
			}
			if ah := a.Export(); len(ah.Highlights) > 0 {
				items = append(items, ah)
			}
		}
	} else if items, err = s.All(); err != nil {
		return fail(stderr, err)
	}
	if err := write(stdout, items); err != nil {
		return fail(stderr, err)
	}
	return exitOK
}

// formatNames lists the formats of --format.
func formatNames() string {
	var names []string
	for n := range exporters {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
