package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"qari/ui/common"
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
		text = " Space b: scroll, q: close" // short: the help's keys are on its screens
		right = " " + strconv.Itoa((top+room)*100/len(lines)) + "% "
	}
	bar := statusLine(st, w, " help ", text, right)
	if h == 1 {
		return bar
	}
	return common.Frame(strings.Join(lines[top:], "\n"), w, room) + "\n" + bar
}

// helpClamp keeps the first line of the help shown between the first
// line and the top of the last screen of room lines out of n.
func helpClamp(top, n, room int) int {
	return min(max(top, 0), max(n-room, 0))
}

// helpLines returns the lines of the help for a screen w cells wide:
// every binding of keys, from the same key.Bindings the handlers match,
// its keys in a column and its description beside them, wrapped at word
// boundaries onto more lines where the screen is narrow (never cut).
// Where the full key lists leave too little room, each binding shows its
// first two keys.
func helpLines(keys keyMap, st styles, w int) []string {
	var all []key.Binding
	for _, g := range keys.groups() {
		all = append(all, g...)
	}
	margin := ""
	if w >= 20 {
		margin = "  "
	}
	names := func(b key.Binding) string { return b.Help().Key }
	col := keysWidth(all, names)
	if w-len(margin)-col-1 < 30 {
		names, col = shortKeys, keysWidth(all, shortKeys)
	}
	room := max(w-len(margin)-col-1, 10)
	var lines []string
	for _, b := range all {
		k := names(b)
		for i, d := range strings.Split(ansi.Wrap(b.Help().Desc, room, ""), "\n") {
			if i > 0 {
				k = ""
			}
			pad := strings.Repeat(" ", col-ansi.StringWidth(k)+1)
			lines = append(lines, margin+st.help.FullKey.Render(k)+pad+st.help.FullDesc.Render(d))
		}
	}
	return lines
}

// keysWidth is the widest of the bindings' key names, in cells.
func keysWidth(bs []key.Binding, names func(key.Binding) string) int {
	n := 0
	for _, b := range bs {
		n = max(n, ansi.StringWidth(names(b)))
	}
	return n
}
