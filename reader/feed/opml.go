package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// Subscription is a feed in an OPML subscription list.
type Subscription struct {
	Title string
	URL   string // the feed's address (xmlUrl)
	Site  string // its home page (htmlUrl)
}

// opmlOutline is an OPML outline; outlines nest (folders of feeds).
type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string        `xml:"htmlUrl,attr,omitempty"`
	Outlines []opmlOutline `xml:"outline"`
}

// opmlDoc is an OPML 2.0 document.
type opmlDoc struct {
	XMLName xml.Name `xml:"opml"`
	Version string   `xml:"version,attr"`
	Head    struct {
		Title string `xml:"title"`
	} `xml:"head"`
	Body struct {
		Outlines []opmlOutline `xml:"outline"`
	} `xml:"body"`
}

// ErrNotOPML is ReadOPML's error for a document that is not OPML.
var ErrNotOPML = errors.New("not an OPML subscription list")

// ReadOPML reads the feeds of an OPML subscription list (newsboat's
// export, any reader's), folders flattened, in their order. Entities
// declared in a DTD are refused, as in a feed.
func ReadOPML(r io.Reader) ([]Subscription, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(maxBody)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxBody {
		return nil, tooLarge()
	}
	if bytes.Contains(data, []byte("<!ENTITY")) {
		return nil, ErrEntities
	}
	var doc opmlDoc
	if err := newDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		if strings.Contains(err.Error(), "expected element type <opml>") {
			return nil, ErrNotOPML
		}
		return nil, xmlError(err)
	}
	var out []Subscription
	var walk func([]opmlOutline)
	walk = func(os []opmlOutline) {
		for _, o := range os {
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				out = append(out, Subscription{Title: plain(firstOf(o.Title, o.Text)), URL: u, Site: strings.TrimSpace(o.HTMLURL)})
			}
			walk(o.Outlines)
		}
	}
	walk(doc.Body.Outlines)
	return out, nil
}

// WriteOPML writes subs as an OPML 2.0 subscription list.
func WriteOPML(w io.Writer, title string, subs []Subscription) error {
	doc := opmlDoc{Version: "2.0"}
	doc.Head.Title = title
	for _, s := range subs {
		doc.Body.Outlines = append(doc.Body.Outlines, opmlOutline{Text: s.Title, Title: s.Title, Type: "rss", XMLURL: s.URL, HTMLURL: s.Site})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
