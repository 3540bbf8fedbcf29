package quote

import (
	"unicode"
	"unicode/utf8"
)

// pair is one matched pair of quotation marks in Document.Text: the opening
// mark at [open, start), the quoted text at [start, end), the closing mark at
// [end, close). For an HTML <q> or a blockquote there are no marks and
// open == start, end == close.
type pair struct {
	open, start, end, close int
	mark                    rune // the opening mark; 0 for <q> and blockquotes
}

// unclosed is an opening mark still open when its paragraph ends: the first
// piece of a quotation that may continue in the next paragraph.
type unclosed struct {
	open, start int
	mark        rune
	ok          bool
}

// maxDepth bounds the stack of open marks. Real nesting stops at three or
// four; a paragraph full of stray marks must not make closing quadratic.
const maxDepth = 16

// closes reports whether the mark c can close a quotation opened by o. The
// table covers the conventions in use: English “…” ‘…’, French and Arabic
// «…» ‹…›, German „…“ ‚…‘ and »…«, Swedish ”…” and »…», Polish „…”, CJK
// 「…」 『…』, and the ASCII " and ' that every keyboard types.
func closes(o, c rune) bool {
	switch o {
	case '«':
		return c == '»'
	case '»':
		return c == '«' || c == '»'
	case '‹':
		return c == '›'
	case '›':
		return c == '‹' || c == '›'
	case '“':
		return c == '”'
	case '„':
		return c == '“' || c == '”'
	case '”':
		return c == '”'
	case '‘':
		return c == '’'
	case '‚':
		return c == '‘' || c == '’'
	case '"':
		return c == '"'
	case '\'':
		return c == '\''
	case '「':
		return c == '」'
	case '『':
		return c == '』'
	}
	return false
}

// isMark reports whether r is any quotation mark qari knows.
func isMark(r rune) bool {
	switch r {
	case '«', '»', '‹', '›', '“', '”', '„', '‘', '’', '‚', '"', '\'', '「', '」', '『', '』':
		return true
	}
	return false
}

// markByte holds the bytes a quotation mark (isMark) starts with in UTF-8.
var markByte = func() (b [256]bool) {
	for _, m := range "«»‹›“”„‘’‚\"'「」『』" {
		b[string(m)[0]] = true
	}
	return b
}()

// markIn8 reports whether text[j:j+8] may hold the first byte of a mark
// (markByte: " ' and the lead bytes C2, E2, E3), eight bytes at once; a
// false alarm only sends the caller to read those bytes one by one.
func markIn8(text string, j int) bool {
	s := text[j : j+8]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - ones) &^ v & highs } // a byte of v is 0
	return zero(x^(ones*'"'))|zero(x^(ones*'\''))|zero(x^(ones*0xC2))|zero(x^(ones*0xE2))|zero(x^(ones*0xE3)) != 0
}

// openSide reports whether the character before a mark lets it open a
// quotation: the start of the text, a space, an opening bracket or dash, a
// colon, another mark (“‘ nests), or the tatweel that joins a one-letter
// Arabic preposition to it (بـ«تحقيق شفاف»، لـ«الجميع»).
func openSide(prev rune) bool {
	if prev == 0 || unicode.IsSpace(prev) || isMark(prev) {
		return true
	}
	switch prev {
	case '(', '[', '{', '<', '—', '–', '-', '/', ':', '،', ',', '\u200f', '\u200e', 'ـ':
		return true
	}
	return false
}

// closeSide reports whether the character after a mark lets it close a
// quotation: the end of the text, a space, punctuation, or another mark.
func closeSide(next rune) bool {
	if next == 0 || unicode.IsSpace(next) || isMark(next) {
		return true
	}
	switch next {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '—', '–', '-', '/', '…', '،', '؛', '؟', '\u200f', '\u200e':
		return true
	}
	return false
}

// elisions are the words English writes with a leading apostrophe. They keep
// a leading ' or ’ from opening a quotation that would then close on the
// next plural possessive (“'cause the apprentices' bench”).
var elisions = map[string]bool{
	"n": true, "em": true, "til": true, "cause": true, "cos": true, "tis": true,
	"twas": true, "bout": true, "round": true, "nuff": true, "kay": true,
}

// wordAt returns the run of letters that starts at byte i of s, lower-cased
// for ASCII only (it is compared with elisions).
func wordAt(s string, i int) string {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	w := []byte(s[i:j])
	for k, c := range w {
		if 'A' <= c && c <= 'Z' {
			w[k] = c + 'a' - 'A'
		}
	}
	return string(w)
}

// possessiveS reports whether a mark after prev, with text[after:] next,
// reads as the apostrophe of a plural possessive: an s, then a space and a
// lower-case word (the boys’ fault). A closing mark is followed by
// punctuation or by an attribution, rarely by a lower-case word.
func possessiveS(text string, prev rune, after int) bool {
	if prev != 's' || after >= len(text) || text[after] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[after+1:])
	return unicode.IsLower(r)
}

// scanMarks pairs the quotation marks of text[lo:hi], one paragraph. It
// returns the pairs in the order they close and the outermost mark still
// open at the end of the paragraph. Apostrophes are told from single
// quotation marks by their neighbours: a mark between two letters (don’t,
// O'Hara) is an apostrophe, so is one before a digit ('90s, ’70s) or an
// elided word ('n', 'em); one after a letter (James’ boat, apprentices')
// closes only when a matching mark is open.
// The ranges of code, sorted, are skipped: a mark in inline code is code.
func scanMarks(text string, lo, hi int, code [][2]int, pairs []pair) ([]pair, unclosed) {
	type open struct {
		at, after int
		mark      rune
	}
	var opens [maxDepth]open // push keeps at most maxDepth
	stack := opens[:0]
	pairs = pairs[:0] // appended to: the caller's scratch
	prev := rune(0)
	if lo > 0 {
		prev, _ = utf8.DecodeLastRuneInString(text[:lo])
		if prev == '\n' {
			prev = 0
		}
	}
	// find returns the depth of the innermost open mark that c can close.
	find := func(c rune) int {
		for k := len(stack) - 1; k >= 0; k-- {
			if closes(stack[k].mark, c) {
				return k
			}
		}
		return -1
	}
	push := func(at, after int, m rune) {
		if len(stack) == maxDepth {
			copy(stack, stack[1:])
			stack = stack[:maxDepth-1]
		}
		stack = append(stack, open{at, after, m})
	}
	closeAt := func(k, at, after int) {
		o := stack[k]
		pairs = append(pairs, pair{open: o.at, start: o.after, end: at, close: after, mark: o.mark})
		stack = stack[:k]
	}
	c := 0 // the first range of code not behind i
	for i := lo; i < hi; {
		for c < len(code) && code[c][1] <= i {
			c++
		}
		limit := hi
		if c < len(code) {
			if code[c][0] <= i {
				i = code[c][1]
				prev = 'x'
				continue
			}
			limit = min(hi, code[c][0])
		}
		// Most of a paragraph is no mark: go over it byte by byte (a
		// mark's first byte is never inside another character), and
		// decode only the character before the next mark.
		if j := i; !markByte[text[j]] {
			for j < limit {
				if j+8 <= limit && !markIn8(text, j) {
					j += 8
					continue
				}
				if markByte[text[j]] {
					break
				}
				j++
			}
			prev, _ = utf8.DecodeLastRuneInString(text[i:j])
			i = j
			continue
		}
		r, n := decode(text[i:hi])
		if !isMark(r) {
			prev = r
			i += n
			continue
		}
		next := rune(0)
		if i+n < hi {
			next, _ = decode(text[i+n : hi])
		}
		canOpen := openSide(prev) && next != 0 && !unicode.IsSpace(next)
		canClose := closeSide(next) && prev != 0 && !unicode.IsSpace(prev)
		inWord := unicode.IsLetter(prev) && unicode.IsLetter(next)
		switch r {
		case '«', '‹', '„', '‚', '「', '『':
			// French sets « and » off with a (no-break) space, so only
			// the end of the paragraph keeps these from opening.
			if k := find(r); k >= 0 && canClose && !canOpen {
				closeAt(k, i, i+n) // Danish »…« and German ›…‹
			} else if next != 0 {
				push(i, i+n, r)
			}
		case '»', '›':
			if k := find(r); k >= 0 {
				closeAt(k, i, i+n)
			} else if canOpen && !canClose {
				push(i, i+n, r)
			}
		case '」', '』':
			if k := find(r); k >= 0 {
				closeAt(k, i, i+n)
			}
		case '“':
			if k := find(r); k >= 0 && canClose && !canOpen {
				closeAt(k, i, i+n) // German „…“
			} else if next != 0 && !unicode.IsSpace(next) {
				push(i, i+n, r)
			}
		case '”':
			if k := find(r); k >= 0 && (canClose || !canOpen) {
				closeAt(k, i, i+n)
			} else if canOpen && !canClose {
				push(i, i+n, r) // Swedish ”…”
			}
		case '‘':
			switch {
			case inWord, unicode.IsDigit(next):
				// a mistyped apostrophe: don‘t, ‘90s
			default:
				if k := find(r); k >= 0 && canClose && !canOpen {
					closeAt(k, i, i+n)
				} else if canOpen && !elisions[wordAt(text[:hi], i+n)] {
					push(i, i+n, r)
				}
			}
		case '’', '\'':
			switch {
			case inWord:
				// can’t, O'Hara
			case canOpen && !canClose:
				if unicode.IsDigit(next) || next < utf8.RuneSelf && elisions[wordAt(text[:hi], i+n)] { // elisions are ASCII
					break // ’70s, rock 'n' roll
				}
				if r == '\'' {
					push(i, i+n, r)
				}
			case canClose && possessiveS(text[:hi], prev, i+n):
				// the boys’ fault: a plural possessive, even inside ‘…’
			case canClose:
				if k := find(r); k >= 0 {
					closeAt(k, i, i+n)
				}
				// otherwise a possessive: James’ boat, apprentices'
			}
		case '"':
			k := find(r)
			switch {
			case k >= 0 && (canClose || !canOpen):
				closeAt(k, i, i+n)
			case canOpen || inWord:
				push(i, i+n, r)
			}
		}
		prev = r
		i += n
	}
	var u unclosed
	if len(stack) > 0 {
		u = unclosed{open: stack[0].at, start: stack[0].after, mark: stack[0].mark, ok: true}
	}
	return pairs, u
}

// The sets of characters the rules look for in a stretch of text: the
// marks of a clause (instrument), those inside a title's word (shape),
// and the marks that end a question or an exclamation (breaks).
var (
	clauseMarks   = newCharSet(".,،:;!?؟")
	innerMarks    = newCharSet(",.،;!?؟")
	questionMarks = newCharSet("!?؟")
	// nameMarks are the marks no word of a name holds, givenNameBreaks
	// those and the punctuation (see givenName).
	nameMarks       = newCharSet("«»\"")
	givenNameBreaks = newCharSet("،,.:;«»\"")
)

// charSet is a set of ASCII characters and characters of two bytes
// (Arabic punctuation), found in a string byte by byte: strings.ContainsAny
// decodes every character of the string when its set holds one beyond
// ASCII.
type charSet struct {
	ascii [utf8.RuneSelf]bool
	two   [][2]byte
}

// newCharSet returns the set of the characters of chars, each ASCII or
// two bytes long.
func newCharSet(chars string) *charSet {
	c := &charSet{}
	for _, r := range chars {
		switch n := utf8.RuneLen(r); {
		case r < utf8.RuneSelf:
			c.ascii[r] = true
		case n == 2:
			s := string(r)
			c.two = append(c.two, [2]byte{s[0], s[1]})
		default:
			panic("charSet: a character of more than two bytes")
		}
	}
	return c
}

// in reports whether s holds a character of the set, as
// strings.ContainsAny(s, chars) does.
func (c *charSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b < utf8.RuneSelf {
			if c.ascii[b] {
				return true
			}
			continue
		}
		if i+1 < len(s) {
			for _, t := range c.two {
				if b == t[0] && s[i+1] == t[1] {
					return true
				}
			}
		}
	}
	return false
}
