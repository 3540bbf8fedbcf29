package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// status draws the pager's status bar, exactly p.width cells: the title
// and the section's heading on the left; the pending count, "section i/n"
// and the percentage on the right. What does not fit is cut by display
// cells (the right side last), so a long or right-to-left title never
// pushes the bar past the screen's edge.
func (p *pager) status(st styles) string {
	if p.hl != nil && p.hl.note != nil {
		return p.hl.note.line(p.width)
	}
	var right []string
	for _, ly := range p.layers {
		if s := ly.status(); s != "" {
			right = append(right, s)
		}
	}
	if p.count > 0 {
		right = append(right, strconv.Itoa(p.count))
	}
	sec, secAt := p.section(), -1
	if n := len(p.doc.Sections); n > 0 && sec >= 0 {
		secAt = len(right)
		right = append(right, "section "+strconv.Itoa(sec+1)+"/"+strconv.Itoa(n))
	}
	if p.doc.Partial {
		right = append(right, "loading…") // the percentage of a head would mislead
	} else {
		right = append(right, strconv.Itoa(p.percentShown())+"%")
	}
	right = fitRight(right, secAt, p.width)
	if p.find != nil && p.find.prompt != nil {
		return p.find.promptLine(st, p.width, strings.Join(right, "  "))
	}
	title := " " + clip(p.doc.Title, p.width) + " "
	var heading string
	if sec >= 0 && p.doc.Sections[sec].Title != "" {
		heading = " " + clip(p.doc.Sections[sec].Title, p.width)
	}
	if p.notice != "" {
		// a notice answers the key just pressed: it takes the title's place
		title, heading = " "+oneLine(p.notice)+" ", ""
	}
	return statusLine(st, p.width, title, heading, " "+strings.Join(right, "  ")+" ")
}

// fitRight leaves out of the bar's right side what a narrow screen cannot
// show, least useful first: "section i/n" (the heading says where the
// reader is), then the layers' words from the first; the percentage (or
// "loading…"), last of items, stays.
func fitRight(items []string, section, width int) []string {
	wide := func() bool { return ansi.StringWidth(" "+strings.Join(items, "  ")+" ") > width }
	if section >= 0 && wide() {
		items = slices.Concat(items[:section], items[section+1:])
	}
	for len(items) > 1 && wide() {
		items = items[1:]
	}
	return items
}

// statusLine lays out a bar of width cells: title (its own style), then
// text, then right flush right. Right is kept whole as long as it fits;
// the text gives way first, then the title, each cut at its logical end
// and reordered for the terminal (see chromeText).
func statusLine(st styles, width int, title, text, right string) string {
	if width < 1 {
		return ""
	}
	rw := min(ansi.StringWidth(right), width)
	right = ansi.Truncate(right, rw, "")
	room := width - rw
	title = st.text(title, room)
	room -= ansi.StringWidth(title)
	text = st.text(text, room)
	room -= ansi.StringWidth(text)
	return st.barTitle.Render(title) + st.bar.Render(text+strings.Repeat(" ", room)+right)
}

// clip is oneLine(s) for a room of cells cells: a long s is cut (at its
// logical end, marked with an ellipsis) to a few bytes a cell before it
// is copied, so that drawing a title or a heading costs the screen's
// width, however long the text.
func clip(s string, cells int) string {
	n := 8 * max(cells, 1) // room for letters with their marks
	if len(s) <= n {
		return oneLine(s)
	}
	return oneLine(excerpt(s, n)) + ellipsis
}

// oneLine makes s fit on one line: control characters, line and paragraph
// separators become spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
}
