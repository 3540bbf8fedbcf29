package feed

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// feedTypes are the types of the <link rel="alternate"> that name a feed.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
	"application/json":      true,
}

// discover returns the address of the first feed an HTML page names in a
// <link rel="alternate">, resolved against base; "" when it names none.
func discover(page []byte, base string) string {
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			if string(name) == "body" {
				return "" // the head is over
			}
			if string(name) != "link" {
				continue
			}
			var rel, typ, href string
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "rel":
					rel = strings.ToLower(string(v))
				case "type":
					typ = strings.ToLower(strings.TrimSpace(string(v)))
				case "href":
					href = strings.TrimSpace(string(v))
				}
			}
			if !strings.Contains(" "+rel+" ", " alternate ") || !feedTypes[typ] || href == "" {
				continue
			}
			b, err := url.Parse(base)
			if err != nil {
				return ""
			}
			u, err := b.Parse(href)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
				continue
			}
			return u.String()
		}
	}
}
