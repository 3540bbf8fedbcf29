// Package export writes the highlights of the store in the formats other
// tools read: Markdown for people, W3C Web Annotations (JSON-LD) for
// annotation tools, Kindle's "My Clippings.txt" layout, and Readwise's CSV
// import.
//
// Every writer takes the articles as store.All returns them (or one
// article's Article.Export) and writes them in that order. Orphaned
// highlights (no longer found in their article's text) are written with
// their text; where a format holds positions, they have none, except in
// Clippings, whose lines must give a location: there an orphan keeps the
// one where it was last found.
//
// export imports nothing of Charm or of qari/ui.
package export

import (
	"net/url"
	"path/filepath"
	"strings"

	"qari/reader/store"
)

// locationBytes is how many bytes of text make one location, the unit of
// Kindle's locations, here also of Readwise's Location column.
const locationBytes = 150

// location is the location of byte offset off: 1 for the first
// locationBytes bytes.
func location(off int) int { return off/locationBytes + 1 }

// sourceURL is the address of an article's source: an http(s) address as
// it is, a file:// URL for an absolute path, and the bare name otherwise.
func sourceURL(a store.ArticleHighlights) string {
	src := a.Source
	if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		return src
	}
	if filepath.IsAbs(src) {
		return (&url.URL{Scheme: "file", Path: filepath.ToSlash(src)}).String()
	}
	return src
}

// title is the article's title, or its source when it has none.
func title(a store.ArticleHighlights) string {
	if t := strings.TrimSpace(a.Title); t != "" {
		return t
	}
	return a.Source
}

// oneLine puts text on one line: every run of white space, line breaks
// included, becomes one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
