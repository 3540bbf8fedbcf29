// Package feed reads web feeds (RSS 2.0 and 0.9x, RSS 1.0/RDF, Atom 1.0,
// JSON Feed 1.0 and 1.1) and OPML subscription lists, fetches them with
// bounded concurrency, conditional requests and hard limits, and keeps
// their entries in the library (reader/store) as articles.
//
// The parser is written here on encoding/xml and encoding/json:
// github.com/mmcdole/gofeed, the parser the Go ecosystem uses, is served
// here only from an unapproved copy, and no other feed parser is
// approved. Only what a reader needs is read: the feed's title and home
// page, and of each entry its id, title, link, date, author, content and
// summary. encoding/xml expands no entity beyond XML's five (and, here,
// HTML's named ones, a fixed table); a feed that declares entities of its
// own in a DTD, as a billion-laughs attack does, is refused outright.
//
// feed imports nothing of Charm or of qari/ui.
package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Feed is a parsed feed.
type Feed struct {
	Title   string // plain text, sanitised
	Site    string // the home page it links to
	Entries []Entry
	More    int // entries past MaxEntries, counted and left out
}

// Entry is one entry of a feed. Content and Summary are HTML (or plain
// text, which reads as HTML); an entry may lack any of its fields.
type Entry struct {
	ID      string
	Title   string // plain text, sanitised
	Link    string
	Date    string // RFC 3339 when the feed's date could be read, else as the feed wrote it
	Author  string // plain text, sanitised
	Content string // the full text, when the feed carries it
	Summary string // a summary, when that is all it carries
}

// MaxEntries is how many entries of one feed Parse keeps; a feed with more
// has the rest counted in Feed.More. A variable so that tests can make it
// small.
var MaxEntries = 1000

// Errors of Parse.
var (
	// ErrEntities: the feed declares entities (a DTD), which are never
	// expanded.
	ErrEntities = errors.New("the feed declares XML entities (a DTD), which qari never expands")
	// ErrNotFeed: the document is not RSS, Atom or a JSON Feed.
	ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")
)

// Parse reads a feed: a JSON Feed when it starts with {, else RSS or Atom
// by its root element. The error is one line.
func Parse(data []byte) (*Feed, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	trimmed = bytes.TrimPrefix(trimmed, []byte("\xef\xbb\xbf"))
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return parseJSON(trimmed)
	}
	return parseXML(data)
}

// newDecoder returns an XML decoder for feeds: strict, with HTML's named
// entities (a fixed table: nothing is expanded from the document) and
// the legacy charsets of older feeds (windows-1256, ISO-8859-6).
func newDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.Strict = true
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// xmlText is an element's text and the attributes a feed's links use.
type xmlText struct {
	Type string `xml:"type,attr"`
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
	Body string `xml:",innerxml"`
}

// rssItem is an RSS item (2.0, 0.9x and 1.0 alike).
type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	About       string `xml:"about,attr"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Author      string `xml:"author"`
	Creator     string `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Description string `xml:"description"`
	Encoded     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
}

// atomEntry is an Atom entry.
type atomEntry struct {
	ID        string    `xml:"id"`
	Title     xmlText   `xml:"title"`
	Links     []xmlText `xml:"link"`
	Published string    `xml:"published"`
	Updated   string    `xml:"updated"`
	Authors   []struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Content xmlText `xml:"content"`
	Summary xmlText `xml:"summary"`
}

// parseXML reads RSS or Atom, an entry at a time, so that a feed of
// 100,000 entries costs the entries kept.
func parseXML(data []byte) (*Feed, error) {
	d := newDecoder(bytes.NewReader(data))
	f := &Feed{}
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, xmlError(err)
		}
		switch t := tok.(type) {
		case xml.Directive:
			if bytes.Contains(t, []byte("ENTITY")) {
				return nil, ErrEntities
			}
		case xml.StartElement:
			name := t.Name.Local
			if root == "" {
				root = name
				if name != "rss" && name != "RDF" && name != "feed" {
					return nil, ErrNotFeed
				}
				continue
			}
			switch {
			case name == "item":
				var it rssItem
				if err := d.DecodeElement(&it, &t); err != nil {
					return nil, xmlError(err)
				}
				f.add(rssEntry(it))
			case name == "entry" && root == "feed":
				var e atomEntry
				if err := d.DecodeElement(&e, &t); err != nil {
					return nil, xmlError(err)
				}
				f.add(atomToEntry(e))
			case name == "title" && f.Title == "":
				var x xmlText
				if err := d.DecodeElement(&x, &t); err != nil {
					return nil, xmlError(err)
				}
				f.Title = plain(textOf(x))
			case name == "link" && f.Site == "":
				var x xmlText
				if err := d.DecodeElement(&x, &t); err != nil {
					return nil, xmlError(err)
				}
				if root == "feed" && (x.Rel == "" || x.Rel == "alternate") {
					f.Site = strings.TrimSpace(x.Href)
				} else if root != "feed" && x.Href == "" {
					f.Site = strings.TrimSpace(x.Body)
				}
			}
		}
	}
	if root == "" {
		return nil, ErrNotFeed
	}
	return f, nil
}

// add appends e, or counts it past MaxEntries.
func (f *Feed) add(e Entry) {
	if len(f.Entries) >= MaxEntries {
		f.More++
		return
	}
	f.Entries = append(f.Entries, e)
}

// xmlError is the one line of a malformed feed.
func xmlError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		if strings.Contains(se.Msg, "invalid character entity") {
			return fmt.Errorf("malformed XML at line %d: %s (undeclared entities are never expanded)", se.Line, se.Msg)
		}
		return fmt.Errorf("malformed XML at line %d: %s", se.Line, se.Msg)
	}
	return fmt.Errorf("malformed XML: %v", err)
}

// rssEntry is an RSS item as an Entry.
func rssEntry(it rssItem) Entry {
	e := Entry{ID: firstOf(it.GUID, it.About, it.Link), Title: plain(it.Title), Link: strings.TrimSpace(it.Link),
		Date: date(firstOf(it.PubDate, it.DCDate)), Author: plain(firstOf(it.Creator, it.Author)),
		Content: it.Encoded, Summary: it.Description}
	if e.Link == "" && strings.HasPrefix(it.GUID, "http") {
		e.Link = strings.TrimSpace(it.GUID)
	}
	return e
}

// atomToEntry is an Atom entry as an Entry.
func atomToEntry(a atomEntry) Entry {
	e := Entry{ID: strings.TrimSpace(a.ID), Title: plain(textOf(a.Title)), Date: date(firstOf(a.Published, a.Updated)),
		Content: textOf(a.Content), Summary: textOf(a.Summary)}
	for _, l := range a.Links {
		if l.Rel == "" || l.Rel == "alternate" {
			e.Link = strings.TrimSpace(l.Href)
			break
		}
	}
	if len(a.Authors) > 0 {
		e.Author = plain(a.Authors[0].Name)
	}
	return e
}

// textOf is the HTML of an Atom text construct, or of an RSS element:
// escaped HTML unescaped once ("html"), XHTML as it is ("xhtml"), plain
// text escaped so that it reads as HTML ("text").
func textOf(x xmlText) string {
	body := strings.TrimSpace(x.Body)
	if x.Type == "xhtml" {
		return body
	}
	// innerxml is still escaped: unescape it as XML would.
	var s string
	if err := xml.Unmarshal([]byte("<x>"+body+"</x>"), &struct {
		XMLName xml.Name `xml:"x"`
		S       *string  `xml:",chardata"`
	}{S: &s}); err != nil {
		s = body
	}
	if x.Type == "" || x.Type == "text" || x.Type == "text/plain" {
		return escapeText(s)
	}
	return s
}

// escapeText escapes plain text for HTML.
func escapeText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// jsonFeed is a JSON Feed (1.0 and 1.1).
type jsonFeed struct {
	Version string `json:"version"`
	Title   string `json:"title"`
	Home    string `json:"home_page_url"`
	Items   []struct {
		ID            json.RawMessage `json:"id"` // a string in 1.1; some 1.0 feeds write a number
		URL           string          `json:"url"`
		Title         string          `json:"title"`
		ContentHTML   string          `json:"content_html"`
		ContentText   string          `json:"content_text"`
		Summary       string          `json:"summary"`
		DatePublished string          `json:"date_published"`
		Authors       []struct {
			Name string `json:"name"`
		} `json:"authors"`
		Author *struct {
			Name string `json:"name"`
		} `json:"author"`
	} `json:"items"`
}

// parseJSON reads a JSON Feed.
func parseJSON(data []byte) (*Feed, error) {
	var jf jsonFeed
	if err := json.Unmarshal(data, &jf); err != nil {
		return nil, fmt.Errorf("malformed JSON feed: %v", err)
	}
	if !strings.HasPrefix(jf.Version, "https://jsonfeed.org/version/") {
		return nil, ErrNotFeed
	}
	f := &Feed{Title: plain(jf.Title), Site: strings.TrimSpace(jf.Home)}
	for _, it := range jf.Items {
		e := Entry{ID: strings.Trim(string(it.ID), `"`), Title: plain(it.Title), Link: strings.TrimSpace(it.URL),
			Date: date(it.DatePublished), Content: it.ContentHTML, Summary: it.Summary}
		if e.Content == "" && it.ContentText != "" {
			e.Content = "<pre>" + escapeText(it.ContentText) + "</pre>"
		}
		switch {
		case len(it.Authors) > 0:
			e.Author = plain(it.Authors[0].Name)
		case it.Author != nil:
			e.Author = plain(it.Author.Name)
		}
		f.add(e)
	}
	return f, nil
}

// firstOf is the first of ss that is not blank, trimmed.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// dateLayouts are the ways feeds write dates: RFC 822 and its variants
// in RSS, RFC 3339 in Atom and JSON Feed.
var dateLayouts = []string{
	time.RFC3339, time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04 -0700", "2006-01-02T15:04:05", "2006-01-02",
}

// date is s as RFC 3339 when it reads as a date, else s as written.
func date(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC().Format(time.RFC3339)
		}
	}
	return plain(s)
}
