package reader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// The title of a web page: which of its headlines it is (headline), and
// the site's name, section and date cut off a <title> (cutSiteName,
// cutTitleTail).

// headline returns the title of a page, choosing in this order:
//
//  1. the metadata's headline (pageMeta.titles: the first of the JSON-LD
//     headline and name, og:title, twitter:title, dc.title): the
//     publisher's own words for the headline, even where the page's h1
//     is worded for its layout (that h1 still opens the text). When a
//     heading of the page is a part of it between separators ("Headline
//     | Author"), that heading; else it with the site's name cut off.
//  2. a heading of the page (an h1, else an h2) that is a part of its
//     <title> ("Headline - Site").
//  3. the article's own h1 when the <title> is only the site's name (a
//     name the metadata gives the site, or a text the page repeats, as
//     its logo does); without an h1 of its own, the page's only h1.
//  4. the <title> with the site's name cut off (when the page names its
//     site), else cut as go-readability cuts it (cutTitleTail).
//  5. the article's own h1, the page's first heading.
//
// This is go-readability's order (metadata, then the <title>), but for
// a <title> that is only the site's name.
//
// own is the article's h1, "" when it has none.
func headline(m *pageMeta, own string, h1, h2 []string) string {
	sites := m.siteNames()
	headings := append(slices.Clip(h1), h2...)
	if ts := m.titles(); len(ts) > 0 {
		if h := headingIn(ts[0], headings, sites); h != "" {
			return h
		}
		return cutSiteName(ts[0], sites)
	}
	if h := headingIn(m.docTitle, headings, sites); h != "" {
		return h
	}
	if own != "" && (m.docTitle == "" || containsFold(sites, m.docTitle) || m.titleRepeated) {
		return own
	}
	if own == "" && len(h1) == 1 && h1[0] != "" {
		return h1[0]
	}
	if m.docTitle != "" {
		if cut := cutSiteName(m.docTitle, sites); cut != m.docTitle {
			return cut
		}
		return cutTitleTail(m.docTitle)
	}
	if own != "" {
		return own
	}
	if len(headings) > 0 {
		return headings[0]
	}
	return ""
}

// Title separators as go-readability knows them: any, and the
// hierarchical ones ("Site » Section » Headline").
var (
	titleSep     = regexp.MustCompile(` [|\-–—\\/>»] `)
	hierarchySep = regexp.MustCompile(` [\\/>»] `)
)

// cutTitleTail cuts a <title> whose site the page does not name as
// go-readability does (its getArticleTitle, whose choice the pages'
// expected titles follow): the part after its last separator goes ("Headline
// - Unknown Site"); when fewer than three words are left, the part
// before its first separator goes instead ("Site | Headline"); and when
// four words or fewer are left of a title that had no hierarchical
// separator, or more than one word went, the title stays whole.
func cutTitleTail(title string) string {
	locs := titleSep.FindAllStringIndex(title, -1)
	if len(locs) == 0 {
		return title
	}
	cur := title[:locs[len(locs)-1][0]]
	if countWords(cur, 3) < 3 {
		cur = title[locs[0][1]:]
	}
	cur = collapse(cur)
	n := len(strings.Fields(cur))
	all := len(strings.Fields(titleSepRun.ReplaceAllString(title, "")))
	if n <= 4 && (!hierarchySep.MatchString(title) || n != all-1) {
		return title
	}
	return cur
}

// titleSepRun is a run of separator characters, for counting a title's
// words without them.
var titleSepRun = regexp.MustCompile(`[|\-–—\\/>»]+`)

// headingIn returns the longest of headings (a headline is longer than
// the site's name in a logo's h1) that is title or a part of it between
// separators (see titleParts), and not one of the site's names; "" when
// none is.
func headingIn(title string, headings, sites []string) string {
	if title == "" {
		return ""
	}
	parts := titleParts(title)
	best := ""
	for _, h := range headings {
		if h == "" || containsFold(sites, h) || len(h) <= len(best) {
			continue
		}
		if slices.ContainsFunc(parts, func(p string) bool { return sameText(p, h) }) {
			best = h
		}
	}
	return best
}

// cutSiteNameSeps are what pages put between a headline and the site's
// name (or section, or date) in a title.
var cutSiteNameSeps = []string{" | ", " - ", " – ", " — ", " · ", " • ", " :: ", " » ", " / ", ": "}

// cutSiteName returns a title without the site's name after or before it
// (" | Site", " - Site", "Site: ", …), one of sites, or the title as it is
// when it names none of them. Parts after the headline that are not the
// site (the section, the date) go with it: "Headline - 21/12/2018 -
// Sport - Site" is "Headline".
func cutSiteName(title string, sites []string) string {
	for _, site := range sites {
		for _, sep := range cutSiteNameSeps {
			tail := sep + site
			if n := len(title) - len(tail); n > 0 && strings.EqualFold(title[n:], tail) {
				parts := strings.Split(title[:n], sep)
				// "Headline - 21/12/2018 - Sport - Site": the date and
				// section go too, but not a part of the headline that has
				// the separator in it ("Coup - what happens next")
				for len(parts) > 1 && sep != ": " && isTitleLabel(parts[len(parts)-1]) {
					parts = parts[:len(parts)-1]
				}
				return strings.TrimSpace(strings.Join(parts, sep))
			}
			if len(title) > len(site+sep) && strings.EqualFold(title[:len(site+sep)], site+sep) {
				return strings.TrimSpace(title[len(site+sep):])
			}
		}
	}
	return title
}

// isTitleLabel reports whether a part of a <title> between the headline
// and the site's name is a label, a section or a date: two words at most,
// or a number in it.
func isTitleLabel(s string) bool {
	return countWords(s, 3) <= 2 || strings.ContainsFunc(s, unicode.IsDigit)
}

// titleParts returns a title and, when it has separators, its parts
// between them in order: "Headline | Author | Site" gives the whole,
// "Headline", "Author" and "Site". (": " is not a separator here: headlines
// have colons.)
func titleParts(title string) []string {
	parts := []string{title}
	rest := []string{title}
	for _, sep := range cutSiteNameSeps {
		if sep == ": " {
			continue
		}
		var next []string
		for _, r := range rest {
			next = append(next, strings.Split(r, sep)...)
		}
		rest = next
	}
	if len(rest) > 1 {
		for _, r := range rest {
			if r = strings.TrimSpace(r); r != "" {
				parts = append(parts, r)
			}
		}
	}
	return parts
}
