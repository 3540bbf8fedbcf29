package quote

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// This file resolves a speaker the text gives by a definite description
// (the minister, the cooperative, the 34-year-old, الوزير، صاحب الهدف،
// الوزارة) to the person or body it refers back to: the one named last
// whose name or introduction holds the description's words. An indefinite
// description (a race official, أحد المشجعين) refers to nobody named and
// stays as it is, and so does a definite one that nothing before fits.

// reference returns who the speaker name refers to when it is a definite
// description: the person or body named last whose name or the sentence
// that introduced them (Health Minister Jane Doe; حسم الوحدة الديربي
// بهدف سجله رامي قنبر) holds its head noun and its other words, or, for a
// relational head (صاحب الهدف, "the one of the goal"), its other words.
// g is the gender the cue gives the speaker. It returns name when the
// description fits nobody named, or is no definite description.
func (f *finder) reference(name string, g byte) string {
	if f.nrecent == 0 {
		return name
	}
	d, ok := f.parsedDefinite(name)
	if !ok {
		return name
	}
	for n := f.nrecent - 1; n >= 0; n-- {
		m := f.recent[n]
		// A body's gender is its name's, not its statement's (جاء في بيان
		// الشركة): only a person must agree with the cue.
		if m.body != d.body || m.name == name || !d.body && g != anyGender && m.g != anyGender && m.g != g {
			continue
		}
		if !d.body && f.isDescription(m.name) || englishArticle(lower(m.name)) {
			continue // a description names nobody to refer back to
		}
		if f.fits(d, m) {
			return m.name
		}
	}
	if d.body && !isArabic(name) && englishBodies[d.head] && len(d.others) == 0 {
		if b := f.lastBody(); b != "" {
			return b // the company said; not the education board, which is a body of its own
		}
	}
	return name
}

// parsedDefinite returns definite(name), parsed once per name: an
// article names its people and bodies the same way many times.
func (f *finder) parsedDefinite(name string) (definiteNP, bool) {
	if p, ok := f.defs[name]; ok {
		return p.d, p.ok
	}
	d, ok := f.definite(name)
	if f.defs == nil {
		f.defs = map[string]parsedNP{}
	}
	if len(f.defs) < maxParsed {
		f.defs[name] = parsedNP{d, ok}
	}
	return d, ok
}

// parsedNP is a result of definite, kept by parsedDefinite.
type parsedNP struct {
	d  definiteNP
	ok bool
}

// maxParsed bounds how many names parsedDefinite keeps, so that a text
// of endless distinct names stays bounded in memory.
const maxParsed = 4096

// definiteNP is a definite description parsed by definite: its head
// noun and its other words, normalised as words are compared (see
// refWord), whether it names a body, and whether its head only relates
// the one it names to its other words (صاحب الهدف).
type definiteNP struct {
	head       string
	others     []string
	body       bool
	relational bool
}

// definite parses name as a definite description: English "the" and one
// to three lower-case words (the cooperative, the fire chief, the
// 34-year-old); Arabic a title or a body with the article (الوزير،
// الوزارة) or in the construct state before a definite noun (صاحب الهدف،
// مدير المدرسة), up to three words. A name (a capitalised word, a word no
// list knows at the head) is none.
func (f *finder) definite(name string) (definiteNP, bool) {
	// Most speakers are names: tell them without allocating.
	var d definiteNP
	first, rest, _ := strings.Cut(name, " ")
	if n := strings.Count(name, " "); n > 3 || first == "" {
		return d, false
	}
	if !isArabic(first) {
		if rest == "" || first != "the" && first != "The" {
			return d, false
		}
	} else {
		if rest == "" && !strings.HasPrefix(first, "ال") {
			return d, false // one word without the article: a name (لافروف)
		}
		f.buf = fold(f.buf, first)
		b := bytes.TrimPrefix(f.buf, al)
		if f.kind(b) == 0 {
			return d, false
		}
	}
	ws := strings.Fields(name)
	if !isArabic(ws[0]) {
		for _, w := range ws[1:] {
			if upper(w) {
				return d, false // the Rev. Alison Marsh, the Met Service
			}
		}
		d.head = lower(ws[len(ws)-1])
		for _, w := range ws[1 : len(ws)-1] {
			d.others = append(d.others, lower(w))
		}
		d.body = englishBodies[d.head] || orgWords[strings.ToUpper(d.head[:1])+d.head[1:]]
		return d, true
	}
	if len(ws) > 3 {
		return d, false
	}
	f.buf = fold(f.buf, ws[0])
	head := string(f.buf)
	article := strings.HasPrefix(head, "ال")
	head = strings.TrimPrefix(head, "ال")
	role, body := arabicRoles[head], arabicBodies[head]
	if !role && !body {
		return d, false
	}
	if !article && (len(ws) < 2 || !strings.HasPrefix(ws[1], "ال")) {
		return d, false // مسؤول، وزارة: indefinite
	}
	if body && !article && len(ws) > 1 {
		return d, false // وزارة التربية is the name of a body
	}
	d.head, d.body = head, body
	d.relational = relationalHeads[head]
	for _, w := range ws[1:] {
		d.others = append(d.others, refWord(w))
	}
	return d, true
}

// relationalHeads are the Arabic nouns that name someone only by what
// they have or did: صاحب الهدف is the one who scored the goal.
var relationalHeads = set("صاحب صاحبة")

// fits reports whether the description d fits the mention m: its name or
// the sentence that introduced it holds the head of d and its other
// words, or, for a relational head, its other words.
func (f *finder) fits(d definiteNP, m mention) bool {
	words := f.introduction(m, d.relational)
	has := func(w string) bool {
		for _, x := range words {
			if x == w || hasDigit(w) && strings.HasPrefix(w, x) && hasDigit(x) {
				return true // the 34-year-old: "Lucy Fenn, 34,"
			}
		}
		return false
	}
	for _, w := range d.others {
		if !has(w) {
			return false
		}
	}
	if d.relational {
		return len(d.others) > 0
	}
	return has(d.head)
}

// introduction returns the words, normalised by refWord, that introduced
// the mention m: its name, the description right before it (race
// director Lucy Fenn, مدير الشؤون القانونية في البلدية رامي نصار) and its
// apposition (Lucy Fenn, 34, a nurse,). With whole, all the words of the
// sentence it was named in, outside quotations and up to a colon: what a
// relational description (صاحب الهدف) relates to may be anywhere in it.
func (f *finder) introduction(m mention, whole bool) []string {
	lo := f.clampStart(0, m.off-400)
	lo = f.sentenceStart(lo, m.off)
	for i := m.off - 1; i >= lo; i-- {
		if c := f.text[i]; c == '"' || strings.HasPrefix(f.text[i:], "”") || strings.HasPrefix(f.text[i:], "»") {
			lo = i + 1
			break
		}
	}
	hi := min(len(f.text), m.off+len(m.name)+400)
	for i := m.off; i < hi; i++ {
		if c := f.text[i]; c == '.' && !abbreviationBefore(f.text, i) || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' ||
			strings.HasPrefix(f.text[i:], "؟") || strings.HasPrefix(f.text[i:], "«") || strings.HasPrefix(f.text[i:], "“") {
			hi = i
			break
		}
	}
	for !isBoundary(f.text, hi) {
		hi--
	}
	words := make([]string, 0, 16)
	for _, w := range strings.Fields(m.name) {
		words = append(words, refWords(w)...)
	}
	ts := tokenize(f.gtoks[:0], f.text, lo, hi)
	f.gtoks = ts
	if whole {
		for _, t := range ts {
			if !t.punct {
				words = append(words, refWords(t.s)...)
			}
		}
		return words
	}
	// The name's first and last tokens in its sentence.
	at := strings.Index(f.text[lo:hi], m.name)
	if at < 0 {
		return words
	}
	first, last := -1, -1
	for n, t := range ts {
		if first < 0 && t.off >= lo+at {
			first = n
		}
		if t.off < lo+at+len(m.name) {
			last = n
		}
	}
	if first < 0 {
		return words
	}
	for n := first - 1; n >= 0 && n >= first-6; n-- {
		t := ts[n]
		if t.punct && t.s != "," && t.s != "،" || f.cueIn(ts, n) || lower(t.s) == "that" || t.s == "أن" || t.s == "إن" {
			break
		}
		if !t.punct {
			words = append(words, refWords(t.s)...)
		}
	}
	if last+1 < len(ts) && (ts[last+1].s == "," || ts[last+1].s == "،") {
		commas := 0
		for n := last + 2; n < len(ts) && n <= last+10; n++ {
			t := ts[n]
			if t.punct {
				if t.s != "," && t.s != "،" {
					break
				}
				if commas++; commas == 2 {
					break
				}
				continue
			}
			if w := lower(t.s); w == "and" || w == "or" || w == "but" {
				break // The mayor, Ruth Kemp, and the bishop: another person
			}
			words = append(words, refWords(t.s)...)
		}
	}
	return words
}

// refWord normalises a word of a description for comparison: English in
// lower case, Arabic folded and without the article.
func refWord(w string) string {
	if !isArabic(w) {
		return lower(w)
	}
	return strings.TrimPrefix(string(fold(nil, w)), "ال")
}

// refWords returns the forms a word of running text may match a word of a
// description by: the word itself, and for Arabic also without the
// conjunction and the preposition written onto it and without a pronoun
// suffix (وبهدف، للمدرسة، هدفه → هدف، مدرسة).
func refWords(w string) []string {
	if !isArabic(w) {
		return []string{lower(w)}
	}
	b := string(fold(nil, w))
	out := []string{strings.TrimPrefix(b, "ال")}
	s := b
	if r, n := utf8.DecodeRuneInString(s); (r == 'و' || r == 'ف') && utf8.RuneCountInString(s) > 3 {
		s = s[n:]
	}
	if strings.HasPrefix(s, "لل") {
		s = s[len("ل"):]
	} else if r, n := utf8.DecodeRuneInString(s); (r == 'ب' || r == 'ل' || r == 'ك') && utf8.RuneCountInString(s) > 3 {
		s = s[n:]
	}
	s = strings.TrimPrefix(s, "ال")
	out = append(out, s)
	for _, suffix := range possessives {
		if st, ok := strings.CutSuffix(s, string(suffix)); ok && utf8.RuneCountInString(st) >= 3 {
			out = append(out, st)
			break
		}
	}
	return out
}

// isDescription reports whether a person's mention is a description, not
// a name: it starts with a lower-case word or an article (a spokesman, The
// county), or with an Arabic title (مسؤول، صاحب الهدف).
func (f *finder) isDescription(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	if !isArabic(first) {
		return !upper(first) || englishDeterminers[lower(first)]
	}
	return f.role(first)
}
