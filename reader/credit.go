package reader

import "strings"

// Credit is what a web page says of its article besides the title, as the
// reader and a pipe show it under the title: "Byline · Date · Site", the
// date without its time, the site left out when it is the byline (a
// page by "BBC News" on BBC News); "" when the page names none of them.
func (d *Document) Credit() string {
	date, site := d.Date, d.Site
	if len(date) > len("2006-01-02") {
		date = date[:len("2006-01-02")]
	}
	if strings.EqualFold(site, d.Byline) {
		site = ""
	}
	var parts []string
	for _, s := range []string{d.Byline, date, site} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// OpensWithTitle reports whether the document's text opens with its title:
// a Title block first among its blocks, past leading debris. When it does
// not, the reader and a pipe show Title above the text.
func (d *Document) OpensWithTitle() bool {
	for _, b := range d.Blocks {
		if b.Kind != Boilerplate {
			return b.Kind == Title
		}
	}
	return false
}
