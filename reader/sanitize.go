package reader

import (
	"strings"
	"unicode/utf8"
)

// Sanitize returns s with everything removed that a terminal would act on
// instead of printing, so that text from a document can never reach the
// terminal as a control sequence:
//
//   - escape sequences of every kind, whole: CSI (ESC [ or U+009B) with its
//     parameters, OSC (ESC ] or U+009D, which covers OSC 8 links and OSC 52
//     clipboard writes), DCS, SOS, PM and APC strings up to their terminator
//     (BEL, ESC \ or U+009C; of one left unterminated on its line only the
//     introducer goes, so no text is swallowed), escapes such as ESC ( B
//     and ESC =, and the ESC of any other escape (ESC c leaves the
//     harmless letter c);
//   - the other C0 controls and DEL, and the C1 controls U+0080–U+009F;
//   - backspace, so that "x\bY" overwrites nothing: both letters stay;
//   - the bidi embedding, override and isolate controls U+202A–U+202E and
//     U+2066–U+2069 (the marks U+200E, U+200F and U+061C stay: they only
//     hint, and the layout honours them).
//
// Tabs and line feeds stay (the layout expands tabs). A carriage return
// becomes a line feed, or disappears before one (CRLF), so a CR overwrite
// shows both lines; U+2028 and U+2029 become line feeds too. s must be
// valid UTF-8; s itself is returned, without copying, when it is clean.
//
// Written by hand: the ansi packages of the Charm stack strip sequences for
// measuring, but they pass C1 controls and bidi controls through, and they
// keep the payload of unterminated strings.
func Sanitize(s string) string {
	i := firstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		j := firstUnsafe(s[i:])
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+j])
		i += j
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				b.WriteByte('\n')
			}
			i++
		case r == 0x1b:
			i = skipEscape(s, i+1)
		case r == 0x9b: // C1 CSI
			i = skipCSI(s, i+size)
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // C1 DCS, SOS, OSC, PM, APC
			i = skipString(s, i+size)
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
			i += size
		default: // the other controls
			i += size
		}
	}
	return b.String()
}

// maybeUnsafe marks the bytes that may start something Sanitize removes:
// C0 controls but tab and line feed, DEL, and the lead bytes of the C1
// controls (0xC2) and of the bidi controls and line separators (0xE2).
// Testing one table entry per byte keeps the scan of a clean 100 MB text to
// a few tens of milliseconds.
var maybeUnsafe = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n'
	}
	t[0x7f], t[0xc2], t[0xe2] = true, true, true
	return t
}()

// firstUnsafe returns the offset of the first rune of s that Sanitize
// removes or changes, or -1.
func firstUnsafe(s string) int {
	for i := 0; i < len(s); i++ {
		if i&(passPiece-1) == passPiece-1 {
			Passed(passPiece)
		}
		if !maybeUnsafe[s[i]] {
			continue
		}
		if s[i] < 0x80 {
			return i
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if isUnsafeRune(r) || r == '\u2028' || r == '\u2029' {
			return i
		}
	}
	return -1
}

// isUnsafeRune reports whether r is a control character or a bidi control
// that Sanitize drops.
func isUnsafeRune(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n'
	case r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// skipEscape returns the offset just past the escape sequence whose ESC
// ended just before i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// nF escapes: intermediates 0x20–0x2F, then one final byte.
	if s[i] >= 0x20 && s[i] <= 0x2f {
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			i++
		}
		return i
	}
	// Two-byte escapes: without its ESC a letter or digit is only text
	// (ESC c, a reset, becomes "c"), so only punctuation such as the
	// keypad modes ESC = and ESC > is dropped with it.
	if c := s[i]; c >= 0x30 && c <= 0x7e && !isAlnum(c) {
		i++
	}
	return i
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// skipCSI returns the offset past a control sequence's parameter and
// intermediate bytes and its final byte, starting at i. A byte that fits
// none of them ends the sequence and is kept.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString returns the offset past a control string (OSC, DCS, SOS, PM,
// APC) whose payload starts at i: past its terminator BEL, ESC \ or
// U+009C. A string with no terminator before the end of its line is not
// one a terminal would end either, so only its introducer goes and its
// payload stays, as text: that way no article text is ever swallowed.
func skipString(s string, i int) int {
	for j := i; j < len(s); j++ {
		switch {
		case s[j] == 0x07:
			return j + 1
		case s[j] == '\n', s[j] == 0x1b && (j+1 >= len(s) || s[j+1] != '\\'):
			return i
		case s[j] == 0x1b:
			return j + 2
		case s[j] == 0xc2 && j+1 < len(s) && s[j+1] == 0x9c:
			return j + 2
		}
	}
	return i
}
