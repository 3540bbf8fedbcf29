package reader

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skippedElements hold no article text: code, media, forms, navigation
// and asides.
var skippedElements = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Template: true,
	atom.Noscript: true, atom.Iframe: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Img: true, atom.Picture: true, atom.Video: true,
	atom.Audio: true, atom.Object: true, atom.Embed: true, atom.Button: true,
	atom.Form: true, atom.Input: true, atom.Select: true, atom.Textarea: true,
	atom.Nav: true, atom.Aside: true, atom.Dialog: true,
}

// chromeWords are class and id words of boxes inside an article that are
// not part of it: ads, share bars, comments, sign-up boxes. ("paywall" is
// not one: pages mark the paragraphs behind their paywall with it.)
var chromeWords = map[string]bool{
	"ad": true, "ads": true, "advert": true, "advertisement": true, "adslot": true,
	"sponsor": true, "sponsored": true, "promo": true, "share": true, "sharing": true,
	"social": true, "comment": true, "comments": true, "newsletter": true,
	"subscribe": true, "cookie": true, "cookies": true,
}

// skipElement reports whether n and its subtree are left out of the text:
// a skipped element, a hidden one, a box whose class or id says it is
// chrome, or a footer that is not a quotation's attribution.
func skipElement(n *html.Node) bool {
	if skippedElements[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "class", "id":
			for _, w := range attrWords(a.Val) {
				if chromeWords[w] {
					return true
				}
			}
		}
	}
	if n.DataAtom == atom.Footer {
		for p := n.Parent; p != nil; p = p.Parent {
			if p.DataAtom == atom.Blockquote || p.DataAtom == atom.Figure {
				return false
			}
		}
		return true
	}
	return false
}

// blockElements break the text: their content is a block of its own.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Header: true, atom.Footer: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Hgroup: true, atom.Blockquote: true, atom.Ul: true, atom.Ol: true,
	atom.Menu: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Pre: true, atom.Table: true, atom.Caption: true, atom.Tr: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Center: true, atom.Fieldset: true,
	atom.Body: true, atom.Html: true,
}

// isBlockElement reports whether n's content is a block of its own.
func isBlockElement(n *html.Node) bool {
	return blockElements[n.DataAtom]
}

// attr returns the value of n's attribute key, "" when n is nil or has
// none.
func attr(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// dirOf returns the direction n's dir attribute declares, or inherited.
func dirOf(n *html.Node, inherited Direction) Direction {
	switch strings.ToLower(attr(n, "dir")) {
	case "rtl":
		return DirRTL
	case "ltr":
		return DirLTR
	case "auto":
		return DirAuto
	}
	return inherited
}

// findFirst returns the first element of n's subtree with tag a, or nil.
func findFirst(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

// largestArticle returns the <article> element, or element marked
// itemprop="articleBody", holding the most text, or nil when none holds
// articleMinText bytes of it, or when another one apart from it (not
// inside it, not around it) holds half as much or more: a page of
// teasers (a section's front page) says nothing about which is the
// article, and go-readability judges better.
func largestArticle(root *html.Node) *html.Node {
	type candidate struct {
		n *html.Node
		l int
	}
	var found []candidate
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Article || attr(n, "itemprop") == "articleBody") {
			if l := textLen(n); l >= articleMinText {
				found = append(found, candidate{n, l})
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	var best candidate
	for _, c := range found {
		if c.l > best.l {
			best = c
		}
	}
	for _, c := range found {
		if c.n != best.n && c.l*2 >= best.l && !contains(best.n, c.n) && !contains(c.n, best.n) {
			return nil
		}
	}
	return best.n
}

// contains reports whether n is a or inside it.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// textLen returns the bytes of non-space text in n's subtree, without the
// elements skipElement leaves out.
func textLen(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		return len(strings.TrimSpace(n.Data))
	case n.Type == html.ElementNode && skipElement(n):
		return 0
	}
	l := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l += textLen(c)
	}
	return l
}
