package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path"
	"strings"

	"qari/reader"
)

func init() { commands["sections"] = runSections }

// outline is the JSON form of qari sections --json.
type outline struct {
	Title    *string          `json:"title"`  // null when the article has no title of its own
	Byline   *string          `json:"byline"` // null when unknown; these four come from a web page's metadata
	Date     *string          `json:"date"`   // RFC 3339, or 2006-01-02 for a date without a time zone
	Site     *string          `json:"site"`
	Lang     *string          `json:"lang"` // BCP 47, declared or guessed
	Sections []outlineSection `json:"sections"`
}

type outlineSection struct {
	Title string `json:"title"`
	Level int    `json:"level"`
	Start int    `json:"start"` // byte offsets into the visible text
	End   int    `json:"end"`
}

// runSections implements qari sections [--json] FILE: the title and the
// outline of an article, the untitled lead first.
func runSections(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("qari sections", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, `print {"title", "byline", "date", "site", "lang", "sections": [{"title", "level", "start", "end"}]}`)
	files, code := parseFlags(fs, args, stdout, stderr, helpFor("Usage: qari sections [--json] FILE|-"))
	if code >= 0 {
		return code
	}
	if len(files) != 1 {
		return fail(stderr, fmt.Errorf("sections: name one file (or - for standard input)"))
	}
	docs, err := open(files, false)
	if err != nil {
		return fail(stderr, err)
	}
	d := docs[0]
	out := outline{Sections: []outlineSection{}, Byline: orNull(d.Byline), Date: orNull(d.Date), Site: orNull(d.Site), Lang: orNull(d.Lang)}
	if hasTitle(d) {
		out.Title = &d.Title
	}
	for _, s := range d.Sections {
		out.Sections = append(out.Sections, outlineSection{Title: s.Title, Level: s.Level, Start: s.Start, End: s.End})
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return fail(stderr, err)
		}
		return exitOK
	}
	fmt.Fprintln(stdout, d.Title)
	for _, s := range out.Sections {
		title := s.Title
		if title == "" {
			title = d.LeadName()
		}
		fmt.Fprintf(stdout, "%s%s\n", strings.Repeat("  ", max(s.Level-1, 0)+1), title)
	}
	return exitOK
}

// hasTitle reports whether the document has a title of its own, not one
// made from the file name: a title block in its text (which comes before
// any content, so only leading debris is looked past), or for a web page
// the headline its metadata gives (see reader's parseHTML), which differs
// from the name's stem the reader falls back to.
func hasTitle(d *reader.Document) bool {
	if d.Format == reader.FormatHTML {
		base := path.Base(d.Name)
		return d.Title != strings.TrimSuffix(base, path.Ext(base))
	}
	for _, b := range d.Blocks {
		if b.Kind != reader.Boilerplate {
			return b.Kind == reader.Title
		}
	}
	return false
}

// orNull is s for JSON, null when it is empty.
func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
