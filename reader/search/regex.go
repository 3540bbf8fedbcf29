package search

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// regex is the regular expression engine. It folds the text line by line
// (Arabic letters and digits only: case is the regexp's FoldCase) into a
// reused buffer, runs the regexp on it and maps the matches back with a
// cursor, so a match never spans a line break and ^ and $ match at the
// start and end of a line (a paragraph).
type regex struct {
	f    folder
	re   *regexp.Regexp
	need []string // a folded line without any of these has no match; nil: no such list
}

// parseRegex parses pattern as Go (Perl) syntax.
func parseRegex(pattern string, flags syntax.Flags) (*syntax.Regexp, error) {
	return syntax.Parse(pattern, syntax.Perl|flags)
}

// hasUpperLiteral reports whether re has a capital letter in a literal
// (smart case: \S or [A-Z] do not count).
func hasUpperLiteral(re *syntax.Regexp) bool {
	if re.Op == syntax.OpLiteral && hasUpper(string(re.Rune)) {
		return true
	}
	for _, s := range re.Sub {
		if hasUpperLiteral(s) {
			return true
		}
	}
	return false
}

// newRegex compiles the parsed pattern for text folded by f, which must
// not fold case: literals are folded like the text and character classes
// gain the folded forms of their members ([أ] becomes [أا]).
func newRegex(re *syntax.Regexp, f folder) (*regex, error) {
	foldRegexp(re, f)
	c, err := regexp.Compile(re.String())
	if err != nil {
		return nil, err
	}
	return &regex{f: f, re: c, need: required(re)}, nil
}

// required returns strings one of which every match of re contains, or
// nil when it cannot tell. It lets the engine skip lines without running
// the regexp on them.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 && hasCase(re.Rune) {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, s := range re.Sub {
			if r := required(s); r != nil && (best == nil || shortest(r) > shortest(best)) {
				best = r
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, s := range re.Sub {
			r := required(s)
			if r == nil {
				return nil
			}
			all = append(all, r...)
		}
		return all
	}
	return nil
}

// shortest returns the length of the shortest of ss.
func shortest(ss []string) int {
	n := len(ss[0])
	for _, s := range ss[1:] {
		n = min(n, len(s))
	}
	return n
}

// hasCase reports whether a rune of rs has other cases.
func hasCase(rs []rune) bool {
	for _, r := range rs {
		if unicode.SimpleFold(r) != r {
			return true
		}
	}
	return false
}

// containsAny reports whether b contains one of ss.
func containsAny(b []byte, ss []string) bool {
	for _, s := range ss {
		if bytes.Contains(b, []byte(s)) {
			return true
		}
	}
	return false
}

// foldRegexp folds the literals and classes of re in place.
func foldRegexp(re *syntax.Regexp, f folder) {
	switch re.Op {
	case syntax.OpLiteral:
		rs := re.Rune[:0]
		for _, r := range re.Rune {
			if k := f.fold(r); k != ignored {
				rs = append(rs, k)
			}
		}
		re.Rune = rs
		if len(rs) == 0 {
			re.Op = syntax.OpEmptyMatch
		}
	case syntax.OpCharClass:
		n := len(re.Rune)
		for i := 0; i < n; i += 2 {
			for _, r := range foldable {
				if k := f.fold(r); k != r && k != ignored && re.Rune[i] <= r && r <= re.Rune[i+1] {
					re.Rune = append(re.Rune, k, k)
				}
			}
		}
	}
	for _, s := range re.Sub {
		foldRegexp(s, f)
	}
}

// foldable lists the runes that fold to another rune without case folding.
var foldable = []rune{'أ', 'إ', 'آ', 'ٱ', 'ى', 'ئ', 'ة', 'ؤ',
	'٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩',
	'۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'}

// keyFloor implements engine: a match is keyed by the start of its line.
func (x *regex) keyFloor(text string, off int) int {
	return strings.LastIndexByte(text[:off], '\n') + 1
}

// scan implements engine: it calls fn for the matches of the lines that
// start in [lo, hi), in order, leaving out empty matches.
func (x *regex) scan(text string, lo, hi int, fn func(start, end int) bool) bool {
	hi = min(hi, len(text))
	if lo > 0 && lo < hi && text[lo-1] != '\n' {
		i := strings.IndexByte(text[lo:hi], '\n')
		if i < 0 {
			return true
		}
		lo += i + 1
	}
	var buf []byte
	for lo < hi {
		end := len(text)
		if i := strings.IndexByte(text[lo:], '\n'); i >= 0 {
			end = lo + i
		}
		line := text[lo:end]
		buf = foldLine(buf[:0], line, x.f)
		if x.need == nil || containsAny(buf, x.need) {
			c := cursor{line: line, f: x.f}
			for _, m := range x.re.FindAllIndex(buf, -1) {
				if m[0] < m[1] && !fn(lo+c.seek(m[0]), lo+c.seek(m[1])) {
					return false
				}
			}
		}
		lo = end + 1
	}
	return true
}

// foldLine appends the folded line to buf.
func foldLine(buf []byte, line string, f folder) []byte {
	for i := 0; i < len(line); {
		b := line[i]
		if b < utf8.RuneSelf {
			buf = append(buf, byte(f.fold(rune(b))))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:])
		if k := f.fold(r); k == r && n > 1 { // n == 1: an invalid byte, written as U+FFFD
			buf = append(buf, line[i:i+n]...)
		} else if k != ignored {
			buf = utf8.AppendRune(buf, k)
		}
		i += n
	}
	return buf
}

// cursor maps offsets in a folded line back to the line, going forwards.
type cursor struct {
	line   string
	f      folder
	orig   int // an offset in line
	folded int // the offset in the folded line of the rune at orig
}

// seek returns the offset in the line of the rune that byte off of the
// folded line comes from (len(line) for the end), past any ignored runes
// before it. off must not be less than the last one sought.
func (c *cursor) seek(off int) int {
	for c.orig < len(c.line) {
		r, n := utf8.DecodeRuneInString(c.line[c.orig:])
		k := c.f.fold(r)
		if k != ignored {
			if c.folded >= off {
				break
			}
			c.folded += utf8.RuneLen(k)
		}
		c.orig += n
	}
	return c.orig
}
