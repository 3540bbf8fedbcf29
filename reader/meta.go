package reader

import (
	"encoding/json"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a web page says about its article outside the
// article's text: its <title>, its <meta> tags, its JSON-LD record of the
// article (schema.org), the language and direction of its <html>, and
// the byline and date its markup labels (rel=author, itemprop=author,
// class="byline", <time datetime>).
//
// go-readability reads much of this too, but only on the pages it
// extracts (not those with an <article>), from the first JSON-LD script
// only, without @type arrays, nested @graph or author strings, and
// preferring the record's "name" to its "headline"; so the page is read
// here, once, for every HTML article.
type pageMeta struct {
	docTitle      string            // <title>, whitespace collapsed
	titleRepeated bool              // the page's source has the <title>'s text elsewhere too (a site's name in its logo, say)
	props         map[string]string // <meta> property, name, itemprop or http-equiv (lower case) → the first content
	property      map[string]bool   // the props that a property attribute gave
	authors       []string          // the article:author and author metas, in order
	ld            ldArticle         // the page's JSON-LD article, if any
	lang          string            // <html lang>
	dir           Direction         // <html dir>, else <body dir>
	byline        string            // the text of the first element marked as the byline
	time          string            // the datetime of the first <time> marked as the publication date, else of the first <time>
}

// ldArticle is the part of a schema.org Article record the reader uses.
type ldArticle struct {
	headline, name string
	description    string
	authors        []string
	published      string
	publisher      string
	lang           string
}

// readPageMeta reads a page's metadata from its parsed tree (before
// go-readability changes it).
func readPageMeta(root *html.Node) pageMeta {
	m := pageMeta{props: map[string]string{}, property: map[string]bool{}}
	var firstTime string
	// chrome: n is in navigation, comments, a sidebar, a footer (see
	// skipElement), where a byline or a date is someone else's.
	var visit func(n *html.Node, chrome bool)
	visit = func(n *html.Node, chrome bool) {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		chrome = chrome || n.Type == html.ElementNode && n.DataAtom != atom.Head && n.DataAtom != atom.Script &&
			n.DataAtom != atom.Meta && skipElement(n)
		switch n.DataAtom {
		case atom.Html:
			m.lang, m.dir = strings.TrimSpace(attr(n, "lang")), dirOf(n, DirAuto)
		case atom.Body:
			m.dir = dirOf(n, m.dir)
		case atom.Title:
			if m.docTitle == "" {
				m.docTitle = collapse(innerText(n))
			}
			return
		case atom.Meta:
			m.readMetaTag(n)
			return
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && m.ld.headline == "" && m.ld.name == "" {
				m.ld = readLD(innerText(n))
			}
			return
		case atom.Time:
			if chrome {
				break
			}
			dt := strings.TrimSpace(attr(n, "datetime"))
			if dt != "" && m.time == "" && (hasWord(attr(n, "itemprop"), "datepublished") || hasAttr(n, "pubdate")) {
				m.time = dt
			}
			if firstTime == "" {
				firstTime = dt
			}
		}
		if m.byline == "" && !chrome && n.Type == html.ElementNode && isBylineElement(n) {
			m.byline = bylineText(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, chrome)
		}
	}
	visit(root, false)
	if m.time == "" {
		m.time = firstTime
	}
	return m
}

// readMetaTag records one <meta>: under each of its property words (a
// property attribute may hold several), and under its name, itemprop or
// http-equiv.
func (m *pageMeta) readMetaTag(n *html.Node) {
	content := strings.TrimSpace(html.UnescapeString(attr(n, "content")))
	if content == "" {
		content = strings.TrimSpace(attr(n, "value")) // some pages write value= for content=
	}
	if content == "" {
		return
	}
	keys := strings.Fields(strings.ToLower(attr(n, "property")))
	properties := len(keys)
	for _, k := range []string{"name", "itemprop", "http-equiv"} {
		if v := strings.ToLower(strings.TrimSpace(attr(n, k))); v != "" {
			keys = append(keys, v)
		}
	}
	for i, k := range keys {
		k = strings.ReplaceAll(k, ".", ":") // "DC.title" is "dc:title", as go-readability reads it
		if rest, ok := strings.CutPrefix(k, "og:article:"); ok {
			k = "article:" + rest // BBC's og:article:author
		}
		if k == "article:author" || k == "author" {
			m.authors = append(m.authors, content)
		}
		if _, ok := m.props[k]; !ok || i < properties && !m.property[k] {
			// the first content for a key, a property's before a name's
			// (go-readability's choice)
			m.props[k] = content
			if i < properties {
				m.property[k] = true
			}
		}
	}
}

// prop returns the first of the named metas that has content (a name's
// dots are colons: "dc.date" and "dc:date" are one).
func (m *pageMeta) prop(keys ...string) string {
	for _, k := range keys {
		if v := m.props[strings.ReplaceAll(k, ".", ":")]; v != "" {
			return collapse(v)
		}
	}
	return ""
}

// titles returns the page's headline as its metadata gives it, best
// first: the JSON-LD article's headline (the publisher's record of the
// article, written for search engines and so the headline alone), its
// name (first when the <title> starts with the name), then, in
// go-readability's order, dc.title, og:title (the headline for sharing,
// sometimes with the site's name after it), a meta named title,
// twitter:title and parsely-title. The <title>, which nearly always
// carries the site's name and sometimes the section and date, is not one
// of them (see headline).
func (m *pageMeta) titles() []string {
	var out []string
	ld := []string{m.ld.headline, m.ld.name}
	if parts := titleParts(m.docTitle); sameText(parts[min(1, len(parts)-1)], m.ld.name) {
		// A reference page's record names the article and gives a
		// description as its headline; its <title> starts with the one
		// that is the title ("New Zealand - Wikipedia").
		ld[0], ld[1] = ld[1], ld[0]
	}
	for _, t := range append(ld, m.prop("dc:title", "dcterm:title", "dcterms:title"), m.prop("og:title"), m.prop("title"),
		m.prop("twitter:title"), m.prop("parsely-title")) {
		if t != "" {
			out = append(out, collapse(t))
		}
	}
	return out
}

// descriptions returns the page's summaries of its article (JSON-LD
// description, og:description, description, twitter:description): a
// block of the article that repeats one is its standfirst.
func (m *pageMeta) descriptions() []string {
	var out []string
	for _, s := range []string{m.ld.description, m.prop("og:description"), m.prop("description"), m.prop("twitter:description")} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// siteNames returns the names the page gives its site: the JSON-LD
// article's publisher, og:site_name, application-name,
// apple-mobile-web-app-title.
func (m *pageMeta) siteNames() []string {
	var out []string
	for _, s := range []string{collapse(m.ld.publisher), m.prop("og:site_name"), m.prop("application-name"), m.prop("apple-mobile-web-app-title")} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// site returns the site's name: the JSON-LD article's publisher (a
// name, where og:site_name sometimes adds the site's motto or names the
// platform a blog is on), else og:site_name, else application-name.
func (m *pageMeta) site() string {
	if s := m.siteNames(); len(s) > 0 {
		return s[0]
	}
	return ""
}

// bylineOf returns who wrote the article: the JSON-LD article's authors,
// else the author and article:author metas that are names (article:author
// is often a profile's address), else dc.creator or parsely-author, else
// the page's byline element.
func (m *pageMeta) bylineOf() string {
	if len(m.ld.authors) > 0 {
		return strings.Join(m.ld.authors, ", ")
	}
	var names []string
	for _, a := range m.authors {
		a = collapse(a)
		if !isAddress(a) && !containsFold(names, a) {
			names = append(names, a)
		}
	}
	if len(names) > 0 {
		return strings.Join(names, ", ")
	}
	if b := m.prop("dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"); b != "" && !isAddress(b) {
		return b
	}
	return m.byline
}

// dateOf returns when the article was published, as RFC 3339 or a date
// (see normalizeDate): the JSON-LD datePublished, else article:published_time
// and the metas news sites write it in, else the page's <time>.
func (m *pageMeta) dateOf() string {
	for _, s := range []string{
		m.ld.published,
		m.prop("article:published_time", "article:published", "og:published_time", "datepublished",
			"dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "date", "pubdate",
			"publishdate", "publish-date", "parsely-pub-date", "sailthru.date"),
		m.time,
	} {
		if d := normalizeDate(s); d != "" {
			return d
		}
	}
	return ""
}

// langOf returns the page's language as a BCP 47 tag: <html lang>, else
// og:locale (en_GB → en-GB), Content-Language, dc.language, or the JSON-LD
// inLanguage.
func (m *pageMeta) langOf() string {
	for _, s := range []string{m.lang, m.prop("og:locale", "content-language", "dc.language", "inlanguage", "language"), m.ld.lang} {
		if s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-")); s != "" {
			if i := strings.IndexAny(s, ", "); i > 0 {
				s = s[:i] // a Content-Language list: the first
			}
			return s
		}
	}
	return ""
}

// dateLayouts are the forms of a publication date pages write, with and
// without a zone.
var dateLayouts = []struct {
	layout string
	zoned  bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04:05.999Z0700", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02T15:04Z07:00", true},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
	{"2006-01-02T15:04:05", false},
	{"2006-01-02T15:04:05.999", false},
	{"2006-01-02 15:04:05", false},
	{"2006-01-02T15:04", false},
	{"2006-01-02 15:04", false},
	{"2006-01-02", false},
	{"20060102", false},
	{"2006/01/02", false},
}

// normalizeDate returns a page's date as RFC 3339 when it has a time and
// a zone, as 2006-01-02 when it has no zone (a wall time without one
// names no instant), and "" when it is not a date.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if t.Year() < 1900 || t.Year() > 2200 {
			return ""
		}
		if l.zoned {
			return t.Format(time.RFC3339)
		}
		return t.Format(time.DateOnly)
	}
	return ""
}

// readLD returns the article in a JSON-LD script: the first object whose
// @type is an article type, looked for in arrays and @graph lists.
func readLD(src string) ldArticle {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ldArticle{}
	}
	obj := findLDArticle(v, 0)
	if obj == nil {
		return ldArticle{}
	}
	a := ldArticle{
		headline:    ldString(obj["headline"]),
		name:        ldString(obj["name"]),
		description: ldString(obj["description"]),
		published:   ldString(obj["datePublished"]),
		lang:        ldString(obj["inLanguage"]),
		authors:     ldNames(obj["author"]),
	}
	if p := ldNames(obj["publisher"]); len(p) > 0 {
		a.publisher = p[0]
	}
	return a
}

// findLDArticle returns the first article object in a JSON-LD value, at
// most a few levels down.
func findLDArticle(v any, depth int) map[string]any {
	if depth > 4 {
		return nil
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			if a := findLDArticle(e, depth+1); a != nil {
				return a
			}
		}
	case map[string]any:
		if isArticleType(v["@type"]) {
			return v
		}
		for _, k := range []string{"@graph", "mainEntity"} {
			if a := findLDArticle(v[k], depth+1); a != nil {
				return a
			}
		}
	}
	return nil
}

// isArticleType reports whether a JSON-LD @type (a string or a list) is
// one of schema.org's articles or postings: Article, NewsArticle,
// ReportageNewsArticle, BlogPosting, TechArticle, Report and the like.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		t = t[strings.LastIndexAny(t, "/:")+1:] // "schema:NewsArticle", "http://schema.org/Article"
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// ldString returns a JSON-LD string value, whitespace collapsed, or "".
func ldString(v any) string {
	if s, ok := v.(string); ok {
		return collapse(html.UnescapeString(s))
	}
	return ""
}

// ldNames returns the names in a JSON-LD author or publisher value: a
// string, an object with a name, or a list of either.
func ldNames(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		if s := ldString(v); s != "" && !isAddress(s) {
			out = append(out, s)
		}
	case map[string]any:
		if s := ldString(v["name"]); s != "" {
			out = append(out, s)
		}
	case []any:
		for _, e := range v {
			for _, s := range ldNames(e) {
				if !containsFold(out, s) {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// isBylineElement reports whether n is marked as the article's byline:
// itemprop author, rel=author on a link, or a class or id word byline,
// author or signature (not an author's biography or photo box, which
// holds more than a name).
func isBylineElement(n *html.Node) bool {
	if hasWord(attr(n, "itemprop"), "author") || n.DataAtom == atom.A && hasWord(attr(n, "rel"), "author") {
		return true
	}
	for _, k := range []string{"class", "id"} {
		for _, w := range attrWords(attr(n, k)) {
			switch w {
			case "byline", "byl", "author", "authors", "signature", "dateline", "writtenby":
				return true
			}
		}
	}
	return false
}

// bylineMaxRunes is the longest text a byline element can hold.
const bylineMaxRunes = 120

// bylineText returns the name in a byline element: its itemprop=name or
// rel=author link when it has one, else its text; "" when the text is too
// long to be a byline, or is a date.
func bylineText(n *html.Node) string {
	if textLenUpTo(n, bylineMaxRunes*utf8.UTFMax) > bylineMaxRunes*utf8.UTFMax {
		return "" // a box around more than a name: not read whole
	}
	if name := findAttr(n, "itemprop", "name"); name != nil {
		n = name
	} else if a := findAttr(n, "rel", "author"); a != nil {
		n = a
	}
	s := collapse(innerText(n))
	if s == "" || runesOver(s, bylineMaxRunes) || isBody(s) && countWords(s, 7) > 6 || isDateLine(foldDebris(s)) || debrisLine.MatchString(foldDebris(s)) {
		return "" // a sentence, a date or an update stamp in the byline's place
	}
	return s
}

// cleanByline returns the names in a byline, from the page's text or its
// metadata: without a leading "By" (in the languages qari meets) and
// without what follows the names (see cutBylineTail).
func cleanByline(s string) string {
	for _, p := range []string{"By", "by", "BY", "Par", "par", "Por", "por", "Von", "von", "Door", "بقلم", "كتب", "كتبت"} {
		if rest, ok := strings.CutPrefix(s, p); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ":")) {
			s = strings.TrimLeft(rest, " :")
			break
		}
	}
	return cutBylineTail(s)
}

// cutBylineTail cuts what follows the names in a byline's text: a date
// ("Joshua Sokol May 20, 2019", "Lucas Nolan22 Dec 2016"), a time
// ("• 8h"), a separator and what follows it.
func cutBylineTail(s string) string {
	if i := strings.IndexAny(s, "•|·"); i > 0 {
		s = s[:i]
	}
	if i := strings.Index(s, " - "); i > 0 {
		s = s[:i]
	}
	if i := strings.IndexFunc(s, unicode.IsDigit); i > 0 {
		// the month and weekday before the number go with it ("Theresa
		// May" without a number after it stays)
		words := strings.Fields(s[:i])
		for len(words) > 1 && isMonthOrDay(words[len(words)-1]) {
			words = words[:len(words)-1]
		}
		s = strings.Join(words, " ")
	}
	return strings.TrimRight(strings.TrimSpace(s), " ,;:-–—")
}

// isMonthOrDay reports whether w is a month's or a weekday's name in
// English (the date words a byline runs into).
func isMonthOrDay(w string) bool {
	switch strings.ToLower(strings.Trim(w, ".,")) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// findAttr returns the first element of n's subtree whose attribute key
// has the word w, or nil.
func findAttr(n *html.Node, key, w string) *html.Node {
	if n.Type == html.ElementNode && hasWord(attr(n, key), w) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findAttr(c, key, w); f != nil {
			return f
		}
	}
	return nil
}

// collapse returns s with its runs of white space as one space, trimmed.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// sameText reports whether two titles are the same words, ignoring case,
// spacing and quotation marks' forms.
func sameText(a, b string) bool {
	return a != "" && strings.EqualFold(foldQuotes(collapse(a)), foldQuotes(collapse(b)))
}

// foldQuotes writes curly quotation marks as straight ones.
var foldQuotes = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`, "\u00a0", " ").Replace

// isAddress reports whether s is a web address rather than a name.
func isAddress(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//") || strings.HasPrefix(s, "www.")
}

// containsFold reports whether list has s, ignoring case.
func containsFold(list []string, s string) bool {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return true
		}
	}
	return false
}

// hasWord reports whether a space-separated attribute value has w,
// ignoring case.
func hasWord(val, w string) bool {
	for _, f := range strings.Fields(val) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// attrWords splits a class or id value into its lower-case words, at
// anything but a letter and where a lower-case letter meets a capital:
// "article-byline__name" and "postMetaInline" are "article", "byline",
// "name" and "post", "meta", "inline".
func attrWords(val string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(val); i++ {
		c := byte(0)
		if i < len(val) {
			c = val[i]
		}
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		camel := start >= 0 && c >= 'A' && c <= 'Z' && val[i-1] >= 'a' && val[i-1] <= 'z'
		if start >= 0 && (!letter || camel) {
			out = append(out, strings.ToLower(val[start:i]))
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
	}
	return out
}
