package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation character of Document.Text.
type token struct {
	s     string // the text as written
	off   int    // byte offset in Document.Text
	punct bool   // a single punctuation character or quotation mark
}

// end returns the offset just past the token.
func (t token) end() int { return t.off + len(t.s) }

// wordRune reports whether r belongs inside a word: letters, digits and
// combining marks (Arabic harakat), and tatweel.
func wordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case r >= 0x0621 && r <= 0x06D3:
		// Arabic letters, harakat and digits; not ٪ ٫ ٬ ٭.
		return r < 0x066A || r > 0x066D
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize appends the tokens of text[lo:hi] to dst. An apostrophe or a
// hyphen between two word characters stays inside its word (can’t,
// O'Hara, 2022-2023), and so does a decimal point or a thousands comma
// between two digits (2.3, 9,000); every other character that is neither a word
// character nor a space is a token of its own.
func tokenize(dst []token, text string, lo, hi int) []token {
	i := lo
	for i < hi {
		r, n := decode(text[i:hi])
		if !wordRune(r) { // no word character is a space
			if !unicode.IsSpace(r) && r != '\u200f' && r != '\u200e' && r != '\u061c' {
				dst = append(dst, token{s: text[i : i+n], off: i, punct: true})
			}
			i += n
			continue
		}
		j := i + n
		for j < hi {
			r, n := decode(text[j:hi])
			if wordRune(r) {
				j += n
				continue
			}
			if r == '\'' || r == '’' || r == '-' {
				if k := j + n; k < hi {
					if r2, _ := decode(text[k:hi]); wordRune(r2) {
						j = k
						continue
					}
				}
			}
			if (r == '.' || r == ',') && j+1 < hi && digit(text[j-1]) && digit(text[j+1]) {
				j++ // a number: 2.3, 9,000
				continue
			}
			break
		}
		// A plural possessive inside a name keeps its apostrophe: the
		// Valley Growers' Cooperative.
		if j < hi && text[j-1] == 's' && 'A' <= text[i] && text[i] <= 'Z' {
			if n := apostrophe(text[j:hi]); n > 0 && j+n+1 < hi && text[j+n] == ' ' && 'A' <= text[j+n+1] && text[j+n+1] <= 'Z' {
				j += n
			}
		}
		// A title abbreviation keeps its full stop: Dr. Weiss, د. ليلى.
		if j < hi && text[j] == '.' && j-i <= 6 && isAbbreviation(text[i:j]) {
			j++
		}
		dst = append(dst, token{s: text[i:j], off: i})
		i = j
	}
	return dst
}

// apostrophe returns the length of the apostrophe (' or ’) s starts
// with, or 0.
func apostrophe(s string) int {
	switch {
	case strings.HasPrefix(s, "'"):
		return 1
	case strings.HasPrefix(s, "’"):
		return len("’")
	}
	return 0
}

// upper reports whether the word starts with an upper-case letter.
func upper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lower returns the ASCII lower case of a short word, for the word lists.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// span returns the text from the first to the last token of ts as written.
func span(text string, ts []token) string {
	if len(ts) == 0 {
		return ""
	}
	return text[ts[0].off:ts[len(ts)-1].end()]
}

// decode is utf8.DecodeRuneInString with the one- and two-byte
// characters (ASCII, Arabic) decoded inline.
func decode(s string) (rune, int) {
	if len(s) > 0 && s[0] < 0x80 {
		return rune(s[0]), 1
	}
	if len(s) > 1 && s[0] >= 0xC2 && s[0] <= 0xDF && s[1] >= 0x80 && s[1] <= 0xBF {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}

// digit reports whether the byte c is an ASCII digit.
func digit(c byte) bool { return '0' <= c && c <= '9' }
