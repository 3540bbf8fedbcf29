package ui

import (
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/ui/layout"
)

// ellipsis ends a cut chrome text, at its logical end: on the left of a
// right-to-left text reordered by qari.
const ellipsis = "…"

// chromeText lays out s, one line of chrome (a title, a heading, a list
// row, a prompt), as the article's text is laid out under opt's Bidi and
// Shape: in visual order and shaped under BidiApp, in logical order
// otherwise, bidi controls dropped. It returns at most width cells; a
// longer s is cut at a word boundary near its logical end, which an
// ellipsis marks. Blanks around s are the caller's padding and stay where
// they are, the trailing ones dropped first. s must already be one line
// (see oneLine). Its direction is that of its first strong character.
func chromeText(s string, width int, opt layout.Options) string {
	if width < 1 {
		return ""
	}
	lead, s, trail := splitBlanks(strings.Map(dropBidiControl, s))
	if len(lead) >= width || s == "" {
		return strings.Repeat(" ", min(len(lead)+len(trail), width))
	}
	width -= len(lead)
	line, rtl, cut := chromeLine(s, width, opt)
	if cut {
		line, rtl, _ = chromeLine(s, max(width-1, 1), opt)
		if rtl && opt.Bidi == layout.BidiApp {
			line = ellipsis + line
		} else {
			line += ellipsis
		}
	}
	room := width - ansi.StringWidth(line)
	if cut || room <= 0 {
		return lead + ansi.Truncate(line, width, "")
	}
	return lead + line + trail[:min(len(trail), room)]
}

// dropBidiControl drops the bidi marks, embeddings, overrides and
// isolates that titles copied from the web hold: the layout would show
// them as U+FFFD, and the chrome's direction comes from its letters.
func dropBidiControl(r rune) rune {
	switch {
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return -1
	}
	return r
}

// text lays out s for the chrome under st's bidi options (see chromeText).
func (st styles) text(s string, width int) string { return chromeText(s, width, st.bidi) }

// splitBlanks splits the spaces off both ends of s.
func splitBlanks(s string) (lead, mid, trail string) {
	mid = strings.TrimLeft(s, " ")
	lead = s[:len(s)-len(mid)]
	t := strings.TrimRight(mid, " ")
	return lead, t, mid[len(t):]
}

// chromeLine lays out s as one paragraph width cells wide and returns its
// first line (without the indent that right-aligns it), whether it is
// right to left, and whether text was left for further lines.
func chromeLine(s string, width int, opt layout.Options) (line string, rtl, cut bool) {
	key := chromeKey{s, width, opt.Bidi, opt.Shape}
	chromeCache.Lock()
	v, ok := chromeCache.m[key]
	chromeCache.Unlock()
	if ok {
		return v.line, v.rtl, v.cut
	}
	doc := &reader.Document{Text: s, Blocks: []reader.Block{{Kind: reader.Paragraph, End: len(s)}}}
	lines := layout.Block(doc, 0, layout.Options{Width: width, Bidi: opt.Bidi, Shape: opt.Shape})
	if len(lines) > 0 {
		var b strings.Builder
		for _, c := range lines[0].Clusters {
			b.WriteString(c.Text)
		}
		v = chromeValue{b.String(), lines[0].RTL, len(lines) > 1}
	}
	chromeCache.Lock()
	if len(chromeCache.m) >= chromeCacheSize {
		clear(chromeCache.m)
	}
	chromeCache.m[key] = v
	chromeCache.Unlock()
	return v.line, v.rtl, v.cut
}

// chromeCacheSize bounds the cache of laid-out chrome: a screen shows a
// few dozen texts, so that every frame after the first is served from it.
const chromeCacheSize = 1024

// chromeKey and chromeValue are an entry of the cache of laid-out chrome.
type (
	chromeKey struct {
		s     string
		width int
		bidi  layout.BidiMode
		shape bool
	}
	chromeValue struct {
		line     string
		rtl, cut bool
	}
)

// chromeCache keeps the chrome laid out lately, shared by every model (tests
// run several at once).
var chromeCache = struct {
	sync.Mutex
	m map[chromeKey]chromeValue
}{m: map[chromeKey]chromeValue{}}

// promptText lays out the pattern of a search prompt, which fits on the
// line, as chromeText does, and splits it where the cursor goes: by the
// character typed last (the pattern's logical end), on its left when it
// reads right to left, so that what is typed next appears at the cursor,
// as in a bidi-aware text field. Under BidiTerminal and BidiOff the
// pattern stays in logical order with the cursor at its end.
func promptText(s string, opt layout.Options) (before, after string) {
	s = strings.Map(dropBidiControl, s)
	if opt.Bidi != layout.BidiApp || s == "" {
		return s, ""
	}
	doc := &reader.Document{Text: s, Blocks: []reader.Block{{Kind: reader.Paragraph, End: len(s)}}}
	lines := layout.Block(doc, 0, layout.Options{Width: ansi.StringWidth(s) + 1, Bidi: opt.Bidi, Shape: opt.Shape})
	if len(lines) == 0 {
		return s, ""
	}
	cs := lines[0].Clusters
	last, prev := -1, -1 // where the last two characters typed are drawn
	for i, c := range cs {
		switch {
		case c.Start < 0:
		case last < 0 || c.Start > cs[last].Start:
			prev, last = last, i
		case prev < 0 || c.Start > cs[prev].Start:
			prev = i
		}
	}
	if last < 0 {
		return s, ""
	}
	rtl := lines[0].RTL
	if prev >= 0 {
		rtl = prev > last // the text before the last character is on its right
	}
	cut := last + 1
	if rtl {
		cut = last
	}
	var b, a strings.Builder
	for i, c := range cs {
		if i < cut {
			b.WriteString(c.Text)
		} else {
			a.WriteString(c.Text)
		}
	}
	// the layout drops blanks at the end of a line: the ones just typed
	// show between the cursor and the text
	blanks := s[len(strings.TrimRight(s, " ")):]
	if cs[last].End <= len(s)-len(blanks) {
		if rtl {
			return b.String(), blanks + a.String()
		}
		b.WriteString(blanks)
	}
	return b.String(), a.String()
}
