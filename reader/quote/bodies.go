package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file keeps the index of the bodies an article names (councils,
// clubs, companies, unions, ministries; بلدية، شركة، نقابة، غرفة), built
// as the blocks pass: paragraphs, with or without quotations, and the
// title and headings, which name a body the text then calls only "the
// council". Each body is kept by its name as the text first wrote it and
// the nouns it can be referred to by: the noun in its name (Pellmoor
// council → council; شركة نسيج الشمال → شركة), the noun an apposition
// gives it (Harwick Athletic, the League Two club → club), and, for a
// name with no such noun (Greyport Athletic's ground), the noun the text
// first refers to it by. A definite body noun (the council, الشركة), a
// statement without a subject (in a statement, جاء في البيان) and a
// body's pronoun (It said) are resolved here, to the body of that noun
// named most recently.

// body is one entry of the index of bodies (finder.bodies).
type body struct {
	name  string   // as the text first wrote it
	heads []string // the nouns it is referred to by: English in lower case, Arabic folded and without the article
	words []string // the words of its name, normalised by refWord
	// passing: named only after a preposition (volunteers from the
	// Harrow Vale Wildlife Trust), which "the trust" refers to, but not a
	// statement or "they" without a noun.
	passing bool
}

// bodiesKept bounds the index of bodies: a long text keeps the ones it
// named last.
const bodiesKept = 32

// indexBody records that the text names the body name here, with the
// noun heads (none, or one an apposition gives it) besides the noun of
// its name: the entry moves to the end, the body named last. One word
// that is only a body's noun in English (Council leader) names none.
func (f *finder) indexBody(name, head string) {
	f.index(name, head, false)
}

// indexPassing records a body named in passing (see body.passing).
func (f *finder) indexPassing(name string) {
	f.index(name, "", true)
}

// index records the body name with the noun head, in passing or not
// (see indexBody).
func (f *finder) index(name, head string, passing bool) {
	if name == "" || name == nobody || name == aBody {
		return
	}
	if f.bareNoun(name) {
		return
	}
	k := len(f.bodies) - 1
	for k >= 0 && f.bodies[k].name != name {
		k--
	}
	var b body
	if k >= 0 {
		b = f.bodies[k]
		b.passing = b.passing && passing
		f.bodies = append(f.bodies[:k], f.bodies[k+1:]...)
	} else {
		// Its own copy, not the text's (see finder.names), which leaves
		// with the entry: f.name would keep every body ever named.
		b = body{name: strings.Clone(name), heads: nounsOfName(name), passing: passing}
		for _, w := range strings.Fields(name) {
			b.words = append(b.words, refWord(w))
		}
		if len(f.bodies) == bodiesKept {
			f.bodies = append(f.bodies[:0], f.bodies[1:]...)
		}
	}
	if head != "" && !slices.Contains(b.heads, head) {
		b.heads = append(b.heads, head)
	}
	f.bodies = append(f.bodies, b)
}

// bareNoun reports whether name is one word that is only a body's noun
// (Council, Club): a reference, not a name.
func (f *finder) bareNoun(name string) bool {
	if strings.IndexByte(name, ' ') >= 0 {
		return false
	}
	if isArabic(name) {
		return false
	}
	return englishBodies.has(lower(name))
}

// nounsOfName returns the nouns a body's name gives it: English its last
// word and the word before "of" (Pellmoor council, Ministry of Health),
// Arabic its first word (شركة نسيج الشمال).
func nounsOfName(name string) []string {
	if isArabic(name) {
		first, _, _ := strings.Cut(name, " ")
		return []string{refWord(first)}
	}
	var heads []string
	if before, _, ok := strings.Cut(name, " of "); ok {
		heads = append(heads, lower(before[strings.LastIndexByte(before, ' ')+1:]))
	}
	last := withoutPossessive(name[strings.LastIndexByte(name, ' ')+1:])
	return append(heads, lower(last))
}

// bodyByNoun returns the body of the index that the definite description
// d (the council, the parish council, الشركة) refers to: the one named
// last that the noun of d names and whose name holds the other words of
// d; else, when d's noun is a body's, the body named last that no noun
// names yet (Greyport Athletic's ground … the club), which then keeps the
// noun. It returns "" when none fits.
func (f *finder) bodyByNoun(d definiteNP) string {
	for k := len(f.bodies) - 1; k >= 0; k-- {
		b := f.bodies[k]
		if !slices.Contains(b.heads, d.head) || !holdsAll(b.words, d.others) {
			continue
		}
		if _, ok := f.parsedDefinite(b.name); ok {
			continue // الشركة as the text wrote it, a reference to none named: not a name to give
		}
		return b.name
	}
	if !d.body || len(d.others) > 0 {
		return ""
	}
	for k := len(f.bodies) - 1; k >= 0; k-- {
		if b := &f.bodies[k]; slices.Contains(b.heads, unnamedKind) {
			for n := range b.heads {
				if b.heads[n] == unnamedKind {
					b.heads[n] = d.head
				}
			}
			return b.name
		}
	}
	return ""
}

// unnamedKind is the noun of an indexed body whose name says not what
// kind of body it is (Greyport Athletic), until the text refers to it by
// one.
const unnamedKind = "\x00"

// indexedNoun reports whether words are "the" and the noun of a body the
// text named (Quenby Harbour Board … the board said): the body, not a
// board or a sign with words on it.
func (f *finder) indexedNoun(words []token) bool {
	if len(words) != 2 || lower(words[0].s) != "the" {
		return false
	}
	noun := lower(words[1].s)
	for _, b := range f.bodies {
		if slices.Contains(b.heads, noun) {
			return true
		}
	}
	return false
}

// holdsAll reports whether words hold each of want.
func holdsAll(words, want []string) bool {
	for _, w := range want {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// lastBody returns the body named last, not in passing (for جاء في
// البيان:, It said), or "": of the last bodies the narration mentioned,
// the one that was a subject (قالت النقابة إنها ستطعن أمام المحكمة. وجاء
// في البيان: the union, not the court).
func (f *finder) lastBody() string {
	seen := 0
	for n := f.nrecent - 1; n >= 0 && seen < 3; n-- {
		if m := f.recent[n]; m.body {
			if m.role == subjectRole {
				return m.name
			}
			seen++
		}
	}
	for k := len(f.bodies) - 1; k >= 0; k-- {
		if !f.bodies[k].passing {
			return f.bodies[k].name
		}
	}
	return ""
}

// heading indexes the bodies that the tokens of a title or a heading name
// (Pellmoor council raises parking fees; مؤسسة الموانئ البحرية): a
// heading holds no quotation, but the text after it may call the body
// only by its noun. It reads the names of bodies only: capitalised words
// ending in a body's word (Quenby Harbour Board, Pellmoor council), and
// an Arabic body's noun in the construct state.
func (f *finder) heading(toks []token) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if isArabic(t.s) {
			if strings.HasPrefix(t.f, "ال") || len(t.f) < 6 {
				continue // no body's noun in the construct state
			}
			if p := bodyPrefix(t); p >= 0 {
				if e := bodyNameEnd(toks, i); e > i+1 {
					f.indexBody(f.text[t.off+p:toks[e-1].end()], "")
					i = e - 1
				}
			}
			continue
		}
		if !nameWord(t) || englishDeterminers.has(lower(t.s)) {
			continue
		}
		k := i
		for k < len(toks) && nameWord(toks[k]) && !possessive(toks[k].s) {
			k++
			if k+1 < len(toks) && toks[k].s == "of" && orgWords.has(toks[k-1].s) && nameWord(toks[k+1]) {
				k++ // Ministry of Health
			}
		}
		k = lowerBodyAfter(toks, k)
		if name := span(f.text, toks[i:k]); k > i && f.englishBody(name) {
			f.indexBody(name, "")
		}
		i = max(i, k-1)
	}
}

// bodyByUse reports whether the text treats the capitalised run
// toks[i:k] as a body's name by what it says of it: with the possessive
// on its last word toks[k], it has what a body has (Greyport Athletic's
// home ground, its first-team squad, its members) or ends in a body's
// noun (The Wrenfield Cycling Club's secretary); it is the subject of a
// verb of agreeing whose object is a deal (Millrace Rovers announced a
// sponsorship deal).
func (f *finder) bodyByUse(toks []token, i, k int) bool {
	if k < len(toks) && nameWord(toks[k]) && possessive(toks[k].s) {
		if w := withoutPossessive(toks[k].s); englishBodies.has(lower(w)) || orgWords.has(w) {
			return true
		}
		for n := k + 1; n < len(toks) && n <= k+3 && !toks[n].punct; n++ {
			if bodyPossessions.has(lower(toks[n].s)) {
				return true
			}
			if upper(toks[n].s) {
				break
			}
		}
		return false
	}
	if k == i || k+2 >= len(toks) || toks[k].punct || upper(toks[k].s) || f.isKnown(span(f.text, toks[i:k])) {
		return false
	}
	if !dealVerbs.has(toks[k].s) {
		return false
	}
	for n := k + 1; n < len(toks) && n <= k+5 && !toks[n].punct && !upper(toks[n].s); n++ {
		if deals.has(strings.TrimSuffix(lower(toks[n].s), "s")) {
			return true
		}
	}
	return false
}

// usedBody returns the name of the body that bodyByUse found at
// toks[i:k] (without the possessive), indexed as one whose noun the text
// gives later when its name holds none; "" for a person named before
// (Kemp's team).
func (f *finder) usedBody(toks []token, i, k int) string {
	if k < len(toks) && possessive(toks[k].s) {
		k++
	}
	name := withoutPossessive(span(f.text, toks[i:k]))
	if name == "" || f.isKnown(name) {
		return ""
	}
	head := ""
	if !englishBodies.has(lower(name[strings.LastIndexByte(name, ' ')+1:])) {
		head = unnamedKind // Castleford Albion: no noun to call it by
	}
	f.indexBody(name, head)
	return name
}

// bodyPossessions are what a body has, that a possessive gives it: a
// club's ground, a company's shareholders.
var bodyPossessions = set("ground stadium squad board members membership shareholders chairman chairwoman headquarters staff workforce employees supporters fans directors owners spokesman spokeswoman spokesperson executive")

// dealVerbs and deals: a body agrees a deal (Millrace Rovers announced a
// sponsorship deal).
var (
	dealVerbs = set("agreed announced confirmed signed completed sealed struck unveiled")
	deals     = set("deal agreement partnership sponsorship merger takeover")
)

// verbAfterName returns the index of the verb that follows the Arabic
// body's name starting at toks[i], or 0: after a word with the article
// (the name's end), a word without it that may be a verb (بلدية وادي
// النحالين ترفع الرسوم), which a name in a title often runs into.
func (f *finder) verbAfterName(toks []token, i int) int {
	named := false
	for n := i + 1; n < len(toks) && n <= i+4; n++ {
		t := toks[n]
		if t.punct || !isArabic(t.s) {
			return 0
		}
		if strings.HasPrefix(t.s, "ال") {
			named = true
			continue
		}
		if named && f.classOf(t).bits&mayVerb != 0 {
			return n
		}
	}
	return 0
}

// statementIssuer returns the body that issues the statement of a cue
// without a subject at offset at (ودعت في بيان إلى «…»), in the paragraph
// from lo: the subject of the verb that opens its sentence, when it is a
// noun without the article in the construct state with a definite noun
// (وقدّرت غرفة الفخارين الخسائر، ودعت في بيان), which the statement
// shows to be a body, and which enters the index; else the body named
// last.
func (f *finder) statementIssuer(lo, at int) string {
	ts := f.within(f.sentenceStart(lo, at), at)
	if len(ts) > 4 && isArabic(ts[0].s) && f.classOf(ts[0]).bits&mayVerb != 0 {
		if np := ts[1]; !np.punct && isArabic(np.s) && !strings.HasPrefix(np.s, "ال") && !f.roleOf(np) && !f.isKnown(np.s) && strings.HasPrefix(ts[2].s, "ال") {
			// The noun and the definite one it is of: the words with
			// the article after them may as well be the verb's object
			// (وقدّر مكتب الإحصاء الخسائر).
			end := 3
			for n := end; n < len(ts); n++ {
				if ts[n].s == "،" {
					// The statement is in a clause after the subject's.
					name := span(f.text, ts[1:end])
					f.indexBody(name, "")
					return name
				}
			}
		}
	}
	if f.statementBefore(lo, at) {
		// قالت وزارة الزراعة في بيان إنها شكّلت لجنة …. وجاء في البيان:
		// the statement the sentence before named, and its subject's.
		if n := f.subjectOfSentenceBefore(lo, at, anyGender, true); n != "" {
			return n
		}
	}
	return f.lastBody()
}

// statementBefore reports whether the Arabic sentence before the one the
// cue at offset at opens, in the paragraph from lo, names a statement
// (في بيان، بيانًا).
func (f *finder) statementBefore(lo, at int) bool {
	ts := f.within(lo, at)
	for n := len(ts) - 2; n >= 0 && n >= len(ts)-2*clause; n-- {
		t := ts[n]
		if t.punct && (t.s == "." || t.s == "؟" || t.s == "!") {
			return false // the sentence before began after it
		}
		if arabicStatements.has(strings.TrimSuffix(t.f, "ا")) {
			return true
		}
	}
	return false
}

// statedAt reports whether the Arabic cue at offset at, in a paragraph
// ending at hi, says its words come from a statement (وردّ المصرف في
// بيان، وقال الصندوق في بيانه): only a body issues one.
func (f *finder) statedAt(at, hi int) bool {
	ts := f.within(at, min(hi, at+120))
	for n := 1; n+1 < len(ts) && n < 5; n++ {
		if ts[n].punct {
			return false
		}
		if ts[n].s == "في" && arabicStatements.has(ts[n+1].f) {
			return true
		}
	}
	return false
}

// unlistedBody returns the body an Arabic word with the article that no
// list knows as a body's noun (المصرف، الصندوق) refers to: the body of the
// index, or the one the text named before, by that noun in the construct
// state (مصرف الواحة، لمصرف الواحة); else name. Its caller knows the
// word names a body (it issued a statement).
func (f *finder) unlistedBody(name string) string {
	if strings.IndexByte(name, ' ') >= 0 || !strings.HasPrefix(name, "ال") || !isArabic(name) {
		return name
	}
	d := definiteNP{head: refWord(name)}
	if b := f.bodyByNoun(d); b != "" {
		return b
	}
	d.body = true
	b := f.bodyNamedByHead(d)
	for n := 0; n < f.nrecent && b != ""; n++ {
		if m := f.recent[n]; m.name == b && !m.body {
			b = "" // ويقول سكان القرى إنهم …: people the text named, not a body
		}
	}
	if b == "" {
		return name
	}
	return b
}

// bodyForm returns the bits of class that say whether the folded Arabic
// word w, of kind k, is a body's noun: bodyNoun, bodyAfterPreposition or
// none.
func bodyForm(w string, k byte) byte {
	if strings.HasPrefix(w, "ال") {
		return 0 // الشركة refers to a body named before
	}
	if k == bodyKind || k != 0 && arabicBodies.has(w) {
		return bodyNoun // (مؤسسة is also a founder)
	}
	if k != 0 || len(w) < 6 || !(w[0] == 0xD9 && w[1] == 0x84 || w[0] == 0xD8 && w[1] == 0xA8) || strings.HasPrefix(w[2:], "ل") {
		return 0 // (not لل, بال: the article after the preposition)
	}
	if arabicBodies.has(w[2:]) {
		return bodyAfterPreposition
	}
	return 0
}

// bodyPrefix returns how many bytes of the Arabic word t stand before
// the noun of a body it is, in the construct state (شركة: 0; لشركة،
// بشركة: the preposition's), or -1 when it is none.
func bodyPrefix(t token) int {
	switch {
	case t.c.bits&bodyNoun != 0:
		return 0
	case t.c.bits&bodyAfterPreposition != 0:
		n := 2 // the preposition, and a haraka on it (لِشركة)
		for n < len(t.s) {
			r, size := utf8.DecodeRuneInString(t.s[n:])
			if !unicode.Is(unicode.Mn, r) {
				break
			}
			n += size
		}
		return n
	}
	return -1
}
