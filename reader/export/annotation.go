package export

import (
	"encoding/json"
	"io"
	"strconv"
	"time"

	"qari/reader/store"
)

// Context is the JSON-LD context of a W3C Web Annotation.
const Context = "http://www.w3.org/ns/anno.jsonld"

// Annotation is a W3C Web Annotation of one highlight, as JSON writes it.
type Annotation struct {
	Context    string        `json:"@context"`
	ID         string        `json:"id"`
	Type       string        `json:"type"`           // "Annotation"
	Motivation string        `json:"motivation"`     // "highlighting", or "commenting" with a note
	Created    string        `json:"created"`        // RFC 3339
	Body       []TextualBody `json:"body,omitempty"` // the note
	Target     Target        `json:"target"`
}

// TextualBody is the note of a highlight.
type TextualBody struct {
	Type    string `json:"type"` // "TextualBody"
	Value   string `json:"value"`
	Format  string `json:"format"`  // "text/plain"
	Purpose string `json:"purpose"` // "commenting"
}

// Target is the highlighted text: its source and selectors.
type Target struct {
	Source   string     `json:"source"`
	Title    string     `json:"qari:title,omitempty"`
	Selector []Selector `json:"selector"`
}

// Selector is a TextQuoteSelector (Exact, Prefix, Suffix) or a
// TextPositionSelector (Start, End: byte offsets of the visible text). An
// orphaned highlight has no TextPositionSelector.
type Selector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// JSON writes the highlights as a JSON array of W3C Web Annotations.
func JSON(w io.Writer, articles []store.ArticleHighlights) error {
	out := []Annotation{}
	for _, a := range articles {
		for _, h := range a.Highlights {
			out = append(out, annotation(a, h))
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// annotation is the Web Annotation of h in a.
func annotation(a store.ArticleHighlights, h store.Highlight) Annotation {
	an := Annotation{
		Context:    Context,
		ID:         "urn:qari:highlight:" + strconv.FormatInt(h.ID, 10),
		Type:       "Annotation",
		Motivation: "highlighting",
		Created:    h.Created.UTC().Format(time.RFC3339),
		Target: Target{
			Source: sourceURL(a),
			Title:  a.Title,
			Selector: []Selector{{
				Type:   "TextQuoteSelector",
				Exact:  h.Exact,
				Prefix: h.Prefix,
				Suffix: h.Suffix,
			}},
		},
	}
	if !h.Orphaned {
		start, end := h.Start, h.End
		an.Target.Selector = append(an.Target.Selector, Selector{Type: "TextPositionSelector", Start: &start, End: &end})
	}
	if h.Note != "" {
		an.Motivation = "commenting"
		an.Body = []TextualBody{{Type: "TextualBody", Value: h.Note, Format: "text/plain", Purpose: "commenting"}}
	}
	return an
}
