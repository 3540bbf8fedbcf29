package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Context returns the match text[start:end] and up to n runes of its line
// either side, each on one line (tabs and other controls as spaces); "…"
// marks where the line goes on. A mark is never cut from its letter. The
// line's ends are looked for no further than the context reaches, so that
// a match in a line of a megabyte costs what one in a short line does.
func Context(text string, start, end, n int) (before, match, after string) {
	reach := 2 * n * utf8.UTFMax // n runes, and the marks on them
	ls := max(start-reach, 0)
	for ls < start && !utf8.RuneStart(text[ls]) {
		ls++
	}
	if i := strings.LastIndexByte(text[ls:start], '\n'); i >= 0 {
		ls += i + 1
	}
	le := min(end+reach, len(text))
	for le > end && le < len(text) && !utf8.RuneStart(text[le]) {
		le--
	}
	if i := strings.IndexByte(text[end:le], '\n'); i >= 0 {
		le = end + i
	}
	b, a := start, end
	for k := 0; k < n && b > ls; k++ {
		_, size := utf8.DecodeLastRuneInString(text[ls:b])
		b -= size
	}
	for b < start && isMark(text[b:]) {
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
	}
	for k := 0; (k < n || isMark(text[a:le])) && a < le; k++ {
		_, size := utf8.DecodeRuneInString(text[a:le])
		a += size
	}
	before, match, after = flat(text[b:start]), flat(text[start:end]), flat(text[end:a])
	if b > 0 && text[b-1] != '\n' {
		before = "…" + before
	}
	if a < len(text) && text[a] != '\n' {
		after += "…"
	}
	return before, match, after
}

// isMark reports whether s starts with a combining mark (harakat among
// them).
func isMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Mn, r)
}

// flat returns s with its controls and line separators as spaces.
func flat(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
}
