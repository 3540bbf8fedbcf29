package ui

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/ui/common"
	"qari/ui/layout"
	"qari/ui/theme"
)

// Links: the text of a link is drawn in the theme's link style (the
// layout gives it StyleLink) and, where its target is one a reader may
// follow (reader.LinkURL: http, https, mailto), as an OSC 8 hyperlink to
// it, which terminals that know OSC 8 let the reader click and the others
// ignore. The links panel (L) lists the links of the screen, numbered, with
// their addresses, for a terminal without hyperlinks: Enter copies one.

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

// linkItem is one row of the links panel: "[n] text: address".
type linkItem struct {
	n            int
	text, target string
	follow       bool // the target is a web or mail address (reader.LinkURL)
}

// FilterValue is what the filter matches: the text and the address.
func (it linkItem) FilterValue() string { return it.text + " " + it.target }

// row draws the link, laid out like the article's right-to-left text.
func (it linkItem) Row(st common.Styles, width int) string {
	s := "[" + strconv.Itoa(it.n) + "] "
	if it.text != "" {
		s += oneLine(it.text) + ": "
	}
	return st.Text(s+it.target, width)
}

// openLinks opens the panel of the links on screen; with none, the bar
// says so.
func (m *model) openLinks() {
	p := m.pagers[m.open]
	lo, hi := p.shown()
	spans := linksShown(p.doc, lo, hi)
	if lo < 0 || len(spans) == 0 {
		p.notice = "no links on screen"
		return
	}
	items := make([]list.Item, len(spans))
	for i, s := range spans {
		text, target := theme.Reference(p.doc, s)
		_, ok := reader.LinkURL(s.Target)
		items[i] = linkItem{n: i + 1, text: text, target: target, follow: ok}
	}
	l := common.NewList(items, m.listStyles(), m.width, m.height, m.keys.listKeys(),
		relabel(m.keys.Open, "copy the address"), relabel(m.keys.Back, "close"))
	l.Title = "Links on screen"
	m.links = &l
	m.state = stateLinks
}

// updateLinks handles a key in the links panel: Enter copies the
// address of the link chosen (OSC 52) and shows it in the bar; Esc and L
// close it.
func (m *model) updateLinks(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.links.FilterState() != list.Filtering {
		switch {
		case key.Matches(msg, m.keys.Open):
			it, ok := m.links.SelectedItem().(linkItem)
			m.closeLinks()
			p := m.pagers[m.open]
			if !ok {
				return m, nil
			}
			if !it.follow {
				p.notice = "not a web link: " + it.target
				return m, nil
			}
			cmd := copyText(p, it.target)
			p.notice = "copied " + it.target
			return m, cmd
		case key.Matches(msg, m.keys.Links),
			key.Matches(msg, m.keys.Back) && m.links.FilterState() == list.Unfiltered:
			m.closeLinks()
			return m, nil
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	*m.links, cmd = m.links.Update(msg)
	return m, cmd
}

// closeLinks goes back from the links panel to the pager.
func (m *model) closeLinks() {
	m.links = nil
	m.state = statePager
}
