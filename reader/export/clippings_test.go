package export

import (
	"fmt"
	"io"
	"strings"
)

// clipping is one entry of a clippings file, as parseClippings reads it.
type clipping struct {
	Title    string
	Kind     string // "Highlight" or "Note"
	From, To int    // locations; To == From for a note
	Added    string // as written, in the ClippingsTime layout
	Text     string
}

// parseClippings reads a file in the layout Clippings writes (and Kindle's,
// for highlights and notes with locations).
func parseClippings(r io.Reader) ([]clipping, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	text := strings.TrimPrefix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\ufeff")
	var out []clipping
	for entry := range strings.SplitSeq(text, ClippingsSeparator+"\n") {
		if strings.TrimSpace(entry) == "" {
			continue
		}
		lines := strings.SplitN(entry, "\n", 4)
		if len(lines) < 4 || lines[2] != "" {
			return out, fmt.Errorf("clippings: entry %d: not a title, a meta line, a blank line and text", len(out)+1)
		}
		c := clipping{Title: strings.TrimSpace(lines[0]), Text: strings.TrimRight(lines[3], "\n")}
		meta, added, ok := strings.Cut(lines[1], " | Added on ")
		if !ok {
			return out, fmt.Errorf("clippings: entry %d: no date in %q", len(out)+1, lines[1])
		}
		c.Added = added
		switch {
		case strings.HasPrefix(meta, "- Your Highlight at location "):
			c.Kind = "Highlight"
			_, err = fmt.Sscanf(strings.TrimPrefix(meta, "- Your Highlight at location "), "%d-%d", &c.From, &c.To)
		case strings.HasPrefix(meta, "- Your Note at location "):
			c.Kind = "Note"
			_, err = fmt.Sscanf(strings.TrimPrefix(meta, "- Your Note at location "), "%d", &c.From)
			c.To = c.From
		default:
			err = fmt.Errorf("unknown kind")
		}
		if err != nil {
			return out, fmt.Errorf("clippings: entry %d: %q: %v", len(out)+1, lines[1], err)
		}
		out = append(out, c)
	}
	return out, nil
}
