package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/charmbracelet/x/term"

	"qari/reader"
	"qari/samples"
)

// open loads the articles the arguments name: files, folders (every article
// in them), web addresses (http, https) and "-" for standard input. With no arguments it reads standard
// input when something is piped in, and the built-in samples otherwise.
// With head, a large file is loaded only from its start (reader.LoadHead)
// and the reader reads the rest while the first screen shows.
func open(args []string, head bool) ([]*reader.Document, error) {
	load := reader.Load
	if head {
		load = func(path string) (*reader.Document, error) { return reader.LoadHead(path, reader.HeadSize) }
	}
	if len(args) == 0 {
		if !term.IsTerminal(os.Stdin.Fd()) {
			args = []string{"-"}
		} else {
			return openSamples()
		}
	}
	limitMemory(args)
	var docs []*reader.Document
	for _, a := range args {
		if a == "-" {
			d, err := reader.LoadReader("stdin", os.Stdin)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
			continue
		}
		if reader.IsURL(a) {
			d, err := reader.LoadURL(context.Background(), a)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
			continue
		}
		st, err := os.Stat(a)
		if err == nil && st.IsDir() {
			ds, err := openDir(a, load)
			if err != nil {
				return nil, err
			}
			docs = append(docs, ds...)
			continue
		}
		d, err := load(a)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// openDir loads every article of a folder; files that turn out not to be
// articles (binary, empty) are passed over, and a folder with none is an
// error.
func openDir(dir string, load func(string) (*reader.Document, error)) ([]*reader.Document, error) {
	paths, err := reader.LoadDir(dir)
	if err != nil {
		return nil, err
	}
	var docs []*reader.Document
	for _, p := range paths {
		d, err := load(p)
		if err != nil {
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: %w", dir, reader.ErrNoArticles)
	}
	return docs, nil
}

// openSamples parses the built-in sample library.
func openSamples() ([]*reader.Document, error) {
	var docs []*reader.Document
	for _, a := range samples.Articles() {
		d, err := reader.Parse(a.Name, a.Data)
		if err != nil {
			return nil, fmt.Errorf("sample %s: %w", a.Name, err)
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, errors.New("no samples built in")
	}
	return docs, nil
}
