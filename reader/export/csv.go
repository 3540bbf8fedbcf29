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
// Location (as in Clippings) and Date.
func CSV(w io.Writer, articles []store.ArticleHighlights) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	for _, a := range articles {
		t, u := title(a), sourceURL(a)
		for _, h := range a.Highlights {
			cw.Write([]string{h.Exact, t, "", u, h.Note, strconv.Itoa(location(h.Start)), h.Created.UTC().Format(CSVTime)})
		}
	}
	cw.Flush()
	return cw.Error()
}
