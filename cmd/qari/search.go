package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"qari/reader"
	"qari/reader/search"
)

func init() { commands["search"] = runSearch }

// Exit codes of qari search, as grep's.
const (
	searchFound   = 0 // at least one match
	searchNone    = 1 // no match
	searchTrouble = 2 // a bad command line, query or file (even if something matched)
)

// searchResult is the JSON form of qari search --json.
type searchResult struct {
	Query   string        `json:"query"`
	Count   int           `json:"count"`
	Matches []searchMatch `json:"matches"`
}

// searchMatch is one match in searchResult.
type searchMatch struct {
	File    string `json:"file"`            // the FILE argument; with --library, the article's address or path
	Title   string `json:"title,omitempty"` // with --library, the article's title
	Section string `json:"section"`         // heading of the section holding the match; "" for the lead
	Start   int    `json:"start"`           // byte offsets of the match in the document's visible text
	End     int    `json:"end"`
	Context string `json:"context"` // the match with up to searchContextRunes runes either side, on one line
}

// searchContextRunes is how much context a match gets on either side.
const searchContextRunes = 40

// runSearch implements qari search [--json] [--regex] [--case-sensitive]
// [--fold-digits] QUERY FILE...: the matches of QUERY in the visible text
// of each FILE, folded as reader/search folds (Arabic letters; case is
// ignored, as the corpus probes count, unless --case-sensitive or
// --smart-case says otherwise). It prints one line per match, FILE:SECTION: CONTEXT with the
// match between ⟦ and ⟧ (FILE: CONTEXT in the lead), or with --json
// {"query", "count", "matches": [{"file", "section", "start", "end",
// "context"}]}. The exit status is grep's: 0 when something matched, 1
// when nothing did ("qari: no match" on stderr, or a count of 0 in JSON),
// 2 after an error, reported on one line of stderr.
func runSearch(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("qari search", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, `print {"query", "count", "matches": [{"file", "section", "start", "end", "context"}]}`)
	var q search.Query
	fs.BoolVar(&q.Regex, "regex", false, "QUERY is a Go regular expression, matched line by line on the folded text")
	fs.BoolVar(&q.CaseSensitive, "case-sensitive", false, "match case exactly (without it, case is ignored)")
	smart := fs.Bool("smart-case", false, "match case exactly only when QUERY has a capital letter, as the reader's / does")
	fs.BoolVar(&q.FoldDigits, "fold-digits", false, "let Arabic-Indic digits match ASCII digits")
	lib := fs.Bool("library", false, "search every article kept in the library (qari add, qari feed) through its full-text index: QUERY's words, the last one a prefix")
	var o options
	if err := loadConfig(configPath(), &o); err != nil {
		fmt.Fprintf(stderr, "qari: %s\n", flatLine(err.Error()))
		return searchTrouble
	}
	dataDir := fs.String("data-dir", o.DataDir, "with --library: the library's directory")
	pos, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(stdout, "Usage: qari search [--json] [--regex] [--case-sensitive|--smart-case] [--fold-digits] QUERY FILE...\n       qari search --library [--json] [--data-dir DIR] QUERY")
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return searchFound
	}
	switch {
	case err == nil && *lib && (len(pos) != 1 || q.Regex):
		err = errors.New("--library takes one QUERY (words: the index knows no regular expression)")
	case err == nil && *lib:
		return searchLibrary(pos[0], *dataDir, *asJSON, stdout, stderr)
	case err == nil && len(pos) < 2:
		err = errors.New("name a query and at least one file")
	}
	if err != nil {
		fmt.Fprintf(stderr, "qari: search: %v\n", err)
		return searchTrouble
	}
	q.Pattern = pos[0]
	q.IgnoreCase = !q.CaseSensitive && !*smart
	m, err := search.Compile(q)
	if err != nil {
		fmt.Fprintf(stderr, "qari: %s\n", flatLine(err.Error()))
		return searchTrouble
	}
	res := searchResult{Query: q.Pattern, Matches: []searchMatch{}}
	code := searchNone
	for _, file := range pos[1:] {
		d, err := reader.Load(file)
		if err != nil {
			fmt.Fprintf(stderr, "qari: search: %s\n", flatLine(err.Error()))
			code = searchTrouble
			continue
		}
		m.All(context.Background(), d.Text, func(start, end int) bool {
			before, match, after := searchContext(d.Text, start, end)
			sm := searchMatch{File: file, Start: start, End: end, Context: before + match + after}
			if i := d.SectionAt(start); i < len(d.Sections) {
				sm.Section = d.Sections[i].Title
			}
			res.Matches = append(res.Matches, sm)
			if !*asJSON {
				where := sm.File + ":"
				if sm.Section != "" {
					where += flatLine(sm.Section) + ":"
				}
				fmt.Fprintf(stdout, "%s %s⟦%s⟧%s\n", where, before, match, after)
			}
			return true
		})
	}
	return printMatches(res, code, *asJSON, stdout, stderr)
}

// printMatches ends qari search: the JSON of res, or "no match", and the
// exit status, code when something went wrong.
func printMatches(res searchResult, code int, asJSON bool, stdout, stderr io.Writer) int {
	res.Count = len(res.Matches)
	if res.Count > 0 && code == searchNone {
		code = searchFound
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(stderr, "qari: search: %v\n", err)
			return searchTrouble
		}
	} else if res.Count == 0 && code == searchNone {
		fmt.Fprintln(stderr, "qari: no match")
	}
	return code
}

// searchContext returns the match text[start:end] and up to
// searchContextRunes runes of its line on either side ("…" where the line
// goes on), all on one line.
func searchContext(text string, start, end int) (before, match, after string) {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := len(text)
	if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
		le = end + i
	}
	b, a := start, end
	for n := 0; n < searchContextRunes && b > ls; n++ {
		_, size := utf8.DecodeLastRuneInString(text[ls:b])
		b -= size
	}
	for n := 0; n < searchContextRunes && a < le; n++ {
		_, size := utf8.DecodeRuneInString(text[a:le])
		a += size
	}
	for b < start && b > ls && startsWithMark(text[b:start]) { // no mark without its letter
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
	}
	for a < le && startsWithMark(text[a:le]) {
		_, size := utf8.DecodeRuneInString(text[a:])
		a += size
	}
	before, match, after = text[b:start], text[start:end], text[end:a]
	if b > ls {
		before = "…" + before
	}
	if a < le {
		after += "…"
	}
	flat := strings.NewReplacer("\n", " ", "\r", " ", "\t", " ")
	return flat.Replace(before), flat.Replace(match), flat.Replace(after)
}

// startsWithMark reports whether s starts with a combining mark (harakat
// among them).
func startsWithMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Mn, r)
}

// libraryHits is how many hits qari search --library prints at most.
const libraryHits = 10000

// searchLibrary implements qari search --library QUERY: the hits of the
// library's full-text index, best-ranked article first, one a line as
// TITLE:SECTION: CONTEXT (TITLE: CONTEXT in the lead), or as JSON.
func searchLibrary(query, dataDir string, asJSON bool, stdout, stderr io.Writer) int {
	s, err := openStoreIn(dataDir)
	if err != nil {
		fmt.Fprintf(stderr, "qari: %s\n", flatLine(err.Error()))
		return searchTrouble
	}
	defer s.Close()
	f, err := s.Search(context.Background(), query, libraryHits)
	if err != nil {
		fmt.Fprintf(stderr, "qari: %s\n", flatLine(err.Error()))
		return searchTrouble
	}
	res := searchResult{Query: query, Matches: []searchMatch{}}
	for _, h := range f.Hits {
		res.Matches = append(res.Matches, searchMatch{File: h.Source, Title: h.Title, Section: h.Section,
			Start: h.Start, End: h.End, Context: h.Before + h.Match + h.After})
		if !asJSON {
			where := flatLine(h.Title) + ":"
			if h.Section != "" {
				where += flatLine(h.Section) + ":"
			}
			fmt.Fprintf(stdout, "%s %s⟦%s⟧%s\n", where, h.Before, h.Match, h.After)
		}
	}
	return printMatches(res, searchNone, asJSON, stdout, stderr)
}
