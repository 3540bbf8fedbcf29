package ui

import (
	"strings"

	"charm.land/bubbles/v2/list"

	"qari/reader"
	"qari/ui/common"
)

// sectionItem is one section in the table of contents.
type sectionItem struct {
	index   int
	sec     reader.Section
	lead    string // the document's name for an untitled lead (reader.Document.LeadName)
	current bool   // the section being read
}

// FilterValue is what the filter matches: the heading.
func (s sectionItem) FilterValue() string { return s.sec.Title }

// row draws the heading, indented by level, marked when it is the current
// section.
func (s sectionItem) Row(st common.Styles, width int) string {
	title := clip(s.sec.Title, width)
	if title == "" {
		title = s.lead
	}
	indent := strings.Repeat("  ", max(s.sec.Level-2, 0))
	text := indent + st.Text(title, width-2-len(indent))
	if s.current {
		return st.Current.Render("● " + text)
	}
	return "  " + text
}

// newContents returns the table of contents of doc for a w×h screen, the
// cursor on section cur (-1: none yet).
func newContents(doc *reader.Document, cur int, keys keyMap, st common.Styles, w, h int) list.Model {
	items := make([]list.Item, len(doc.Sections))
	for i, s := range doc.Sections {
		items[i] = sectionItem{index: i, sec: s, lead: doc.LeadName(), current: i == cur}
	}
	l := common.NewList(items, st, w, h, keys.listKeys(), relabel(keys.Open, "jump"), relabel(keys.Back, "close"), relabel(keys.Quit, "quit"))
	l.Title = "Contents: " + st.Text(clip(doc.Title, w), w-len("Contents: ")-2)
	if cur >= 0 {
		l.Select(cur)
	}
	return l
}
