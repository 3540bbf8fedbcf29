package export

import (
	"encoding/csv"
	"io"
	"strconv"

	"qari/reader/store"
)

// CSVHeader is the header of Readwise's CSV import.
var CSVHeader = []string{"Highlight", "Title", "Author", "URL", "Note", "Location", "Date"}

// CSVTime is the layout of the Date column, in UTC.
const CSVTime = "2006-01-02 15:04:05"

// CSV writes the highlights in Readwise's CSV import columns: Highlight,
// Title, Author (empty: articles carry none), URL (the source), Note,
// Location (as in Clippings; empty for an orphan, which has no place in
// the text) and Date.
func CSV(w io.Writer, articles []store.ArticleHighlights) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	for _, a := range articles {
		t, u := title(a), sourceURL(a)
		for _, h := range a.Highlights {
			loc := ""
			if !h.Orphaned {
				loc = strconv.Itoa(location(h.Start))
			}
			cw.Write([]string{h.Exact, t, "", u, h.Note, loc, h.Created.UTC().Format(CSVTime)})
		}
	}
	cw.Flush()
	return cw.Error()
}
