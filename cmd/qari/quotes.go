package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"qari/reader"
	"qari/reader/quote"
)

func init() { commands["quotes"] = runQuotes }

// quoteJSON is one quotation in the output of qari quotes --json.
type quoteJSON struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	Section string  `json:"section"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
}

// runQuotes prints the quotations of an article: qari quotes [--json] FILE.
// Text mode prints one per line, "speaker — section: text"; --json prints
// {"quotes": [{"text", "speaker" (null when unknown), "section", "start",
// "end"}]} with byte offsets of the text without its marks in the
// document's visible text, in document order, each part of a split
// quotation as an entry of its own.
func runQuotes(args []string, stdout, stderr io.Writer) int {
	asJSON := false
	var path string
	for _, a := range args {
		switch {
		case a == "--json":
			asJSON = true
		case strings.HasPrefix(a, "-") && a != "-":
			fmt.Fprintf(stderr, "qari quotes: unknown option %s\n", a)
			return 1
		case path != "":
			fmt.Fprintln(stderr, "qari quotes: one file at a time (usage: qari quotes [--json] FILE)")
			return 1
		default:
			path = a
		}
	}
	if path == "" {
		fmt.Fprintln(stderr, "qari quotes: no file (usage: qari quotes [--json] FILE)")
		return 1
	}
	doc, err := reader.Load(path)
	if err != nil {
		fmt.Fprintf(stderr, "qari quotes: %v\n", flatLine(err.Error()))
		return 1
	}
	qs := quote.Find(doc)
	section := func(q quote.Quote) string {
		if q.Section < len(doc.Sections) {
			return doc.Sections[q.Section].Title
		}
		return ""
	}
	if asJSON {
		out := struct {
			Quotes []quoteJSON `json:"quotes"`
		}{Quotes: []quoteJSON{}}
		for _, q := range qs {
			j := quoteJSON{Text: q.Text(doc), Section: section(q), Start: q.Start, End: q.End}
			if q.Speaker != "" {
				s := q.Speaker
				j.Speaker = &s
			}
			out.Quotes = append(out.Quotes, j)
		}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "qari quotes: %v\n", err)
			return 1
		}
		return 0
	}
	for _, q := range qs {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "?"
		}
		sec := section(q)
		if sec == "" {
			sec = "(lead)"
		}
		fmt.Fprintf(stdout, "%s — %s: %s\n", speaker, sec, flatLine(q.Text(doc)))
	}
	return 0
}

// flatLine folds the line breaks of s into spaces.
func flatLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
