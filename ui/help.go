package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpView draws the help screen for a w×h terminal, from line top of
// helpLines on, with the way out (and how to scroll, when it does not fit)
// in the bar at the bottom.
func helpView(keys keyMap, st styles, w, h, top int) string {
	if w < 1 || h < 1 {
		return ""
	}
	lines := helpLines(keys, st, w)
	room := max(h-1, 0)
	top = helpClamp(top, len(lines), room)
	text, right := " "+keys.Help.Help().Key+" Esc q: close", " "
	if len(lines) > room {
		text = " j k Space b: scroll," + text
		right = " " + strconv.Itoa((top+room)*100/len(lines)) + "% "
	}
	bar := statusLine(st, w, " help ", text, right)
	if h == 1 {
		return bar
	}
	return frame(strings.Join(lines[top:], "\n"), w, room) + "\n" + bar
}

// helpClamp keeps the first line of the help shown between the first
// line and the top of the last screen of room lines out of n.
func helpClamp(top, n, room int) int {
	return min(max(top, 0), max(n-room, 0))
}

// helpLines returns the lines of the help for a screen w cells wide:
// every binding of keys, one a line, from the same key.Bindings the
// handlers match. Where the full key lists do not fit, each binding
// shows its first two keys.
func helpLines(keys keyMap, st styles, w int) []string {
	var all, short []key.Binding
	for _, g := range keys.groups() {
		for _, b := range g {
			all = append(all, b)
			short = append(short, relabel(b, b.Help().Desc))
		}
	}
	hm := help.New()
	hm.Styles = st.help
	body := indent(hm.FullHelpView([][]key.Binding{all}), w)
	if lipgloss.Width(body) > w {
		body = indent(hm.FullHelpView([][]key.Binding{short}), w)
	}
	return strings.Split(body, "\n")
}

// indent puts a margin of two cells before each line of s when the screen
// is wide enough to spare it.
func indent(s string, w int) string {
	if w < 20 {
		return s
	}
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}

// frame fits s to exactly h lines of exactly w cells, cutting or padding;
// trailing blanks go first, so only text is ever cut.
func frame(s string, w, h int) string {
	if w < 1 || h < 1 {
		return ""
	}
	lines := strings.Split(s, "\n")
	out := make([]string, h)
	for i := range out {
		var l string
		if i < len(lines) {
			l = ansi.Truncate(strings.TrimRight(lines[i], " "), w, "…")
		}
		out[i] = l + strings.Repeat(" ", w-ansi.StringWidth(l))
	}
	return strings.Join(out, "\n")
}
