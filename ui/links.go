package ui

import (
	"slices"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/ui/layout"
	"qari/ui/theme"
)

// Links: the text of a link is drawn in the theme's link style (the
// layout gives it StyleLink) and, where its target is one a reader may
// follow (reader.LinkURL: http, https, mailto), as an OSC 8 hyperlink to
// it, which terminals that know OSC 8 let the reader click and the others
// ignore. The links panel (L, ui/links; panels.go opens it) lists the links
// of the screen, numbered, with their addresses, for a terminal without
// hyperlinks: Enter copies one.

// shownLink is a link on screen with the address a hyperlink goes to
// (reader.LinkURL), worked out once a frame; "" when it is not followed.
type shownLink struct {
	reader.Span
	url string
}

// linksShown returns the link spans of p's document that intersect the
// byte range [lo, hi) (the screen), in document order.
func linksShown(doc *reader.Document, lo, hi int) []reader.Span {
	spans := doc.Spans
	// spans are sorted by Start and links do not nest: a link that
	// starts before lo and reaches into it is one of the few before
	i := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= lo })
	for i > 0 && spans[i-1].End > lo {
		i--
	}
	var out []reader.Span
	for ; i < len(spans) && spans[i].Start < hi; i++ {
		if s := spans[i]; s.Kind == reader.Link && s.Target != "" && s.End > lo {
			out = append(out, s)
		}
	}
	return out
}

// hyperlinks returns the links on screen with their addresses, for
// drawLine.
func hyperlinks(doc *reader.Document, lo, hi int) []shownLink {
	var out []shownLink
	for _, s := range linksShown(doc, lo, hi) {
		u, _ := reader.LinkURL(s.Target)
		out = append(out, shownLink{s, u})
	}
	return out
}

// drawLine draws screen line l as th.Line does, the clusters of each
// followable link wrapped in an OSC 8 hyperlink to its address. links
// are the links on screen (hyperlinks). The address is LinkURL's,
// printable ASCII only, so it cannot end the sequence early or carry one
// of its own; the text is the article's, from which every control was
// removed when it was loaded. A line without a link costs one look.
func drawLine(th *theme.Theme, l layout.Line, ov []layout.Overlay, width int, links []shownLink) string {
	cs := l.Clusters
	target := func(c layout.Cluster) string {
		if c.Start < 0 || c.Style&layout.StyleLink == 0 {
			return ""
		}
		for _, s := range links {
			if s.Start <= c.Start && c.Start < s.End {
				return s.url
			}
		}
		return ""
	}
	if !slices.ContainsFunc(cs, func(c layout.Cluster) bool { return target(c) != "" }) {
		return th.Line(l, ov, width)
	}
	var b strings.Builder
	col := 0
	for start := 0; start < len(cs); {
		u := target(cs[start])
		end := start + 1
		for end < len(cs) && target(cs[end]) == u {
			end++
		}
		seg := l
		seg.Clusters, seg.Indent = cs[start:end], 0
		w := 0
		if start == 0 {
			seg.Indent, w = l.Indent, l.Indent
		}
		for _, c := range seg.Clusters {
			w += c.Width
		}
		if end == len(cs) {
			w = width - col // the last piece pads the line
		}
		w = max(min(w, width-col), 0)
		if u != "" {
			b.WriteString(ansi.SetHyperlink(u) + th.Line(seg, ov, w) + ansi.ResetHyperlink())
		} else {
			b.WriteString(th.Line(seg, ov, w))
		}
		col, start = col+w, end
	}
	return b.String()
}
