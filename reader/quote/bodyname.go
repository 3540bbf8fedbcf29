package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bodyNamedByHead returns the name of the body that the Arabic definite
// description d (المصرف، الصندوق) refers back to when the article named
// the body before by the same noun in the construct state (وجّه السكان
// شكاوى لمصرف الواحة … وردّ المصرف في بيان → مصرف الواحة): the nearest
// such noun before the quotation (also after the preposition ل or ب),
// with the words of the name after it; "" when there is none. The index
// of bodies (bodies.go) holds the bodies of the nouns the lists know;
// this reads the text back for a noun they do not (unlistedBody).
func (f *finder) bodyNamedByHead(d definiteNP) string {
	if !d.body || len(d.others) > 0 || !isArabic(d.head) {
		return ""
	}
	ts := f.tokensBeforePos()
	for n := len(ts) - 2; n >= 0; n-- {
		t := ts[n]
		if t.punct || strings.HasPrefix(t.s, "ال") || strings.HasPrefix(t.s, "لل") {
			continue
		}
		// انتقادات لشركة النجمة، تعاقدت مع بشركة: the noun after ل or ب.
		w := refWord(t.s)
		prefixed := w != d.head
		if prefixed && !(len(w) > 2 && (w[:2] == "ل" || w[:2] == "ب") && w[2:] == d.head) {
			continue
		}
		if end := bodyNameEnd(ts, n); end > n+1 {
			s := span(f.text, ts[n:end])
			if prefixed {
				_, size := utf8.DecodeRuneInString(s)
				s = strings.TrimLeftFunc(s[size:], func(r rune) bool { return unicode.Is(unicode.Mn, r) })
			}
			return s
		}
	}
	return ""
}

// englishBodyNamedByHead returns the body that the English definite
// description d (the council) refers back to when the article named it
// before only by the same noun and the words before it that say which
// (the district council's licensing sub-committee, … the council said →
// district council): the nearest such noun before the quotation after
// "the" and one or two lower-case words; "" when there is none.
func (f *finder) englishBodyNamedByHead(d definiteNP) string {
	if !d.body || len(d.others) > 0 || isArabic(d.head) {
		return ""
	}
	ts := f.tokensBeforePos()
	for n := len(ts) - 1; n >= 1; n-- {
		w := withoutPossessive(ts[n].s)
		if w != d.head {
			continue
		}
		k := n
		for k > 0 && n-k < 2 && !ts[k-1].punct && !upper(ts[k-1].s) && !englishDeterminers.has(ts[k-1].s) {
			k--
		}
		if k > 0 && k < n && lower(ts[k-1].s) == "the" {
			return span(f.text, ts[k:n]) + " " + w
		}
	}
	return ""
}

// maxBodyLookBack bounds how far before a quotation bodyNamedByHead looks
// for the body's name.
const maxBodyLookBack = 3000

// tokensBeforePos returns the tokens of the maxBodyLookBack bytes before
// the opening mark being named (f.pos), in f.gtoks.
func (f *finder) tokensBeforePos() []token {
	hi := min(f.pos, len(f.text))
	f.gtoks = f.tokenize(f.gtoks[:0], f.clampStart(0, hi-maxBodyLookBack), hi)
	return f.gtoks
}

// bodyNameEnd returns the index just past the name that follows the
// body's noun ts[n]: up to three words, ending at punctuation, and after
// a word with the article only more such words (adjectives: محكمة القضاء
// الإداري); a name ends with one (نسيج الشمال), so n+1 when none does.
func bodyNameEnd(ts []token, n int) int {
	end, named := n+1, false
	for k := n + 1; k < len(ts) && k <= n+3; k++ {
		t := ts[k]
		article := strings.HasPrefix(t.s, "ال")
		if t.punct || !isArabic(t.s) || named && !article {
			break
		}
		if article {
			named = true
		}
		end = k + 1
	}
	if !named {
		return n + 1
	}
	return end
}
