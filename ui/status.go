package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"qari/ui/common"
)

// status draws the pager's status bar, exactly p.width cells: the title
// and the section's heading on the left; the pending count, "section i/n"
// and the percentage on the right. The newest message wins the room of a
// narrow screen: a notice (the answer to the key just pressed) takes the
// title's place and is kept whole, and the word of the layer the last key
// moved (the quotation jumped to) outlives the percentage. What does not
// fit is cut by display cells, so a long or right-to-left title never
// pushes the bar past the screen's edge.
func (p *pager) status(st styles) string {
	if p.hl != nil && p.hl.note != nil {
		return p.hl.note.Line(p.width)
	}
	var right []string
	fresh := -1
	for _, ly := range p.layers {
		if s := ly.status(); s != "" {
			if ly == p.fresh {
				fresh = len(right)
			}
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
	room := p.width
	var notice string
	if p.notice != "" {
		notice = " " + clip(oneLine(p.notice), p.width) + " "
		room -= ansi.StringWidth(notice)
	}
	right = fitRight(right, secAt, fresh, room, notice != "")
	if p.find != nil && p.find.prompt != nil {
		return p.find.promptLine(st, p.width, strings.Join(right, "  "))
	}
	rs := " " + strings.Join(right, "  ") + " "
	if len(right) == 0 {
		rs = ""
	}
	if notice != "" {
		// a notice answers the key just pressed: it takes the title's place
		return statusLine(st, p.width, notice, "", rs)
	}
	title := " " + clip(p.doc.Title, p.width) + " "
	var heading string
	if sec >= 0 && p.doc.Sections[sec].Title != "" {
		heading = " " + clip(p.doc.Sections[sec].Title, p.width)
	}
	return statusLine(st, p.width, title, heading, rs)
}

// fitRight leaves out of the bar's right side what a narrow screen cannot
// show, least useful first: "section i/n" (the heading says where the
// reader is), then the layers' words from the first but fresh (the one
// the last key moved; -1 for none), then the percentage (or "loading…",
// the last item), then fresh. The last one left stays, unless all is
// set (a notice wants the room).
func fitRight(items []string, section, fresh, width int, all bool) []string {
	last := len(items) - 1
	order := make([]int, 0, len(items))
	if section >= 0 {
		order = append(order, section)
	}
	for i := range items {
		if i != section && i != fresh && i != last {
			order = append(order, i)
		}
	}
	order = append(order, last)
	if fresh >= 0 && fresh != last {
		order = append(order, fresh)
	}
	gone := make([]bool, len(items))
	kept := func() []string {
		var out []string
		for i, s := range items {
			if !gone[i] {
				out = append(out, s)
			}
		}
		return out
	}
	for n, i := range order {
		if ansi.StringWidth(" "+strings.Join(kept(), "  ")+" ") <= width || (n == len(order)-1 && !all) {
			break
		}
		gone[i] = true
	}
	return kept()
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

// clip is common.Clip: s made one line and cut to a few bytes a cell.
func clip(s string, cells int) string { return common.Clip(s, cells) }

// oneLine is common.OneLine: control characters, line and paragraph
// separators become spaces.
func oneLine(s string) string { return common.OneLine(s) }
