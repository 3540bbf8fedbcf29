package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"qari/reader"
	"qari/reader/store"
)

func init() { commands["add"] = runAdd }

// runAdd implements qari add [--data-dir DIR] URL|FILE...: each article
// is fetched (or read), extracted as qari URL extracts it, and kept in the
// library with its text and metadata, to read offline. With no argument
// the addresses come from standard input, one a line. An article already
// kept (the same address or the same text) is kept once. One line per
// article on stdout; one line on stderr for each that failed, and the
// exit status 1 when one did.
func runAdd(args []string, stdout, stderr io.Writer) int {
	fs, dataDir, err := storeFlags("qari add")
	if err != nil {
		return fail(stderr, err)
	}
	items, code := parseFlags(fs, args, stdout, stderr, helpFor("Usage: qari add [--data-dir DIR] URL|FILE...   (no argument: URLs from standard input, one a line)"))
	if code >= 0 {
		return code
	}
	if len(items) == 0 {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
				items = append(items, l)
			}
		}
		if err := sc.Err(); err != nil {
			return fail(stderr, fmt.Errorf("add: standard input: %w", err))
		}
		if len(items) == 0 {
			return fail(stderr, errors.New("add: name a URL or a file, or give URLs on standard input"))
		}
	}
	s, err := openStoreIn(*dataDir)
	if err != nil {
		return fail(stderr, err)
	}
	defer s.Close()
	code = exitOK
	for _, it := range items {
		if err := addOne(s, it, stdout); err != nil {
			fmt.Fprintln(stderr, "qari: add: "+oneLine(err.Error()))
			code = exitError
		}
	}
	return code
}

// addOne keeps the article at address or path it in s and says so.
func addOne(s *store.Store, it string, stdout io.Writer) error {
	var d *reader.Document
	var err error
	url := ""
	if reader.IsURL(it) {
		url = it
		d, err = reader.LoadURL(context.Background(), it)
	} else {
		d, err = reader.Load(it)
	}
	if err != nil {
		return err
	}
	k, err := s.Keep(d, url, 0)
	if err != nil {
		return err
	}
	what := "added"
	if !k.New {
		what = "already kept"
	}
	fmt.Fprintf(stdout, "%s: %s\n", what, oneLine(d.Title))
	return nil
}

// storeFlags returns a flag set with --data-dir for a command of the
// store, its default from the config file.
func storeFlags(name string) (*flag.FlagSet, *string, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o options
	if err := loadConfig(configPath(), &o); err != nil {
		return nil, nil, err
	}
	dir := fs.String("data-dir", o.DataDir, "the library's directory (default data_dir of the config file, else $QARI_DATA_DIR, else $XDG_DATA_HOME/qari)")
	return fs, dir, nil
}
