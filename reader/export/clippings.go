package export

import (
	"bufio"
	"fmt"
	"io"

	"qari/reader/store"
)

// ClippingsTime is the layout of the time in a Kindle clipping.
const ClippingsTime = "Monday, January 2, 2006 3:04:05 PM"

// ClippingsSeparator ends every clipping.
const ClippingsSeparator = "=========="

// Clippings writes the highlights in the layout of Kindle's "My
// Clippings.txt": per highlight a title line, "- Your Highlight at location
// N-M | Added on …", a blank line, the text on one line and the separator;
// a note follows its highlight as "- Your Note at location M | Added on …".
// Lines end in CRLF, as Kindle's do.
func Clippings(w io.Writer, articles []store.ArticleHighlights) error {
	bw := bufio.NewWriter(w)
	for _, a := range articles {
		t := oneLine(title(a))
		for _, h := range a.Highlights {
			added := h.Created.Format(ClippingsTime)
			from, to := location(h.Start), location(max(h.End-1, h.Start))
			fmt.Fprintf(bw, "%s\r\n- Your Highlight at location %d-%d | Added on %s\r\n\r\n%s\r\n%s\r\n",
				t, from, to, added, oneLine(h.Exact), ClippingsSeparator)
			if note := oneLine(h.Note); note != "" {
				fmt.Fprintf(bw, "%s\r\n- Your Note at location %d | Added on %s\r\n\r\n%s\r\n%s\r\n",
					t, to, added, note, ClippingsSeparator)
			}
		}
	}
	return bw.Flush()
}
