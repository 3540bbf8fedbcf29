package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

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

// runQuotes implements qari quotes [--json] FILE: the quotations of an
// article. Text mode prints one per line, "speaker — section: text";
// --json prints {"quotes": [{"text", "speaker" (null when unknown),
// "section", "start", "end"}]} with byte offsets of the text without its
// marks in the document's visible text, in document order, each part of a
// split quotation as an entry of its own.
func runQuotes(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("qari quotes", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, `print {"quotes": [{"text", "speaker", "section", "start", "end"}]}`)
	files, code := parseFlags(fs, args, stdout, stderr, helpFor("Usage: qari quotes [--json] FILE|-"))
	if code >= 0 {
		return code
	}
	if len(files) != 1 {
		return fail(stderr, fmt.Errorf("quotes: name one file (or - for standard input)"))
	}
	docs, err := open(files, false)
	if err != nil {
		return fail(stderr, err)
	}
	doc := docs[0]
	qs := quote.Find(doc)
	section := func(q quote.Quote) string {
		if q.Section < len(doc.Sections) {
			return doc.Sections[q.Section].Title
		}
		return ""
	}
	if *asJSON {
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
			return fail(stderr, err)
		}
		return exitOK
	}
	for _, q := range qs {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "?"
		}
		sec := doc.SectionName(q.Section)
		if sec == "" {
			sec = doc.LeadName()
		}
		fmt.Fprintf(stdout, "%s — %s: %s\n", speaker, sec, flatLine(q.Text(doc)))
	}
	return exitOK
}
