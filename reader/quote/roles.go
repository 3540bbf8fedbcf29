package quote

import (
	"strings"
	"unicode/utf8"
)

// This file gives each mention kept for reference the role it has in its
// clause, and chooses among the mentions a cue without a subject (he said,
// وأضافت) may refer to by salience, after the idea of Lappin and Leass
// kept small: a subject is more salient than an object, an object than
// the one a verb of telling speaks to or the noun after a preposition;
// each sentence between halves what a mention counts; and the mentions of
// one person add up, a possessive (his brother, والده) counting as one of
// its owner. Agreement comes first: a person pronoun never refers to a
// place, nor to a body in English.

// The roles of a mention in its clause.
const (
	subjectRole  byte = iota // Anna Berg said; said Anna Berg; led by Anna Berg
	objectRole               // met Anna Berg; انتقد النائب … الوزيرَ …
	listenerRole             // told Anna Berg; put it to Anna Berg; لإذاعة …
	obliqueRole              // a meeting with Anna Berg; for Ashford West
	placeRole                // on nearby Rook Hill; في بلدة …
	askerRole                // Anna Berg asked …: not the one who answers
)

// roleWeights are what a mention of each role counts in the sentence it
// is in: the recency of that sentence and the weight of the role (a
// subject, an object, a noun not inside a phrase of a preposition), as
// Lappin and Leass weigh them.
var roleWeights = [...]int{subjectRole: 230, objectRole: 200, listenerRole: 190, obliqueRole: 140, placeRole: 100, askerRole: 230}

// obliquePrepositions are the English prepositions no other list of
// roleAt holds: the name after them is in their phrase (the crossing
// between Port Ellery and the island), never the clause's subject.
var obliquePrepositions = set("between among amid against toward towards despite beyond within upon via except alongside")

// ownerWeight is what a possessive (his brother) counts for its owner:
// recency and a noun outside a preposition's phrase: the sentence is
// about the owner still (in the terms of centering, the owner is its
// backward-looking centre).
const ownerWeight = 150

// roleAt returns the role of a mention whose words open at off, in
// text[:off] after the last mention's end skip: the words before it in
// its clause tell whether it is the subject of its clause, the object of
// a verb, the one a verb of telling speaks to or the noun of a
// preposition, and whether that preposition places it.
func (f *finder) roleAt(off, skip int) byte {
	if off <= 0 || off > len(f.text) {
		return subjectRole
	}
	if isArabic(f.text[off:min(len(f.text), off+8)]) {
		return f.arabicRoleAt(off, skip)
	}
	// The words of the clause before the mention, the nearest first: a
	// title (Professor, Dr.) and a description with its determiner
	// (his neighbour, the MP) are the mention's own.
	var ws [5]string
	n := 0
	for i := off; n < len(ws); {
		j := i
		for j > 0 && f.text[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && f.text[k-1] != ' ' && f.text[k-1] != '\n' {
			k--
		}
		w := f.text[k:j]
		if w == "" || k == j {
			break
		}
		if last := w[len(w)-1]; last == ',' || last == ';' || last == ':' || last == '(' || last == '"' || last == '.' && !abbreviationBefore(f.text, j-1) {
			break
		}
		if r, _ := utf8.DecodeLastRuneInString(w); r == '”' || r == '“' || r == '—' || r == '–' || r == '!' || r == '?' {
			break
		}
		ws[n] = w
		n++
		i = k
	}
	at := 0
	for at < n && (upper(ws[at]) && !englishFunction.has(ws[at]) || strings.HasSuffix(ws[at], ".")) {
		at++ // Professor, Dr.: a title of the name
	}
	for d := at; d < n && d <= at+2; d++ {
		if w := lower(ws[d]); placeBefore.has(w) || locatives.has(w) || obliquePrepositions.has(w) || npPrepositions.has(w) || f.cueOf(ws[d]) != notCue {
			break // put his question to Lee: "to" is not the name's own
		}
		if englishDeterminers.has(lower(ws[d])) {
			at = d + 1 // told his neighbour Rufus; the MP for
			break
		}
	}
	if at >= n {
		return subjectRole
	}
	w := lower(ws[at])
	if at+1 < n && !englishDeterminers.has(w) && !upper(ws[at]) && locatives.has(lower(ws[at+1])) {
		return placeRole // on nearby Rook Hill
	}
	switch {
	case w == "by" || w == "to" && at+1 < n && lower(ws[at+1]) == "according":
		return subjectRole // led by Professor Vantreight: the agent; according to: the source
	case w == "to" && addressed(f.text, f.wordStart(off, at, ws[:n])) && f.spokenTo(ws[at+1:n]):
		return listenerRole
	case locatives.has(w) || w == "from" || w == "to":
		return placeRole
	case placeBefore.has(w) || npPrepositions.has(w) || englishTiePrepositions.has(w) || obliquePrepositions.has(w):
		return obliqueRole
	case tellingVerbs.has(w) || w == "asked" || w == "ask" || w == "asks" || w == "asking":
		return listenerRole
	case pronounSubject(ws[at+1 : min(n, at+3)]):
		return objectRole // she had warned Anna Berg: the pronoun is the verb's subject
	case f.cueOf(ws[at]) != notCue || conjunctions.has(w) || subordinators.has(w) || relativePronouns.has(w) || englishSkip.has(w) || w == "that":
		return subjectRole
	case upper(ws[at]) || !f.afterMention(off, skip):
		return subjectRole // Yesterday Anna Berg; council leader Anna Berg
	}
	return objectRole // Tamsin Orrery met Anna Berg
}

// pronounSubject reports whether one of the words before a verb (the
// nearest first) is a subject pronoun: the name after the verb is its
// object (she had warned Anna Berg).
func pronounSubject(ws []string) bool {
	for _, w := range ws {
		if subjectPronouns.has(lower(w)) {
			return true
		}
	}
	return false
}

// personEnd returns skip, the end of the last mention added of ms, when
// that mention is a person named in full or known to be one (whose object
// a mention right after it may be), else 0: Council leader Anna Berg is
// no council's object.
func (f *finder) personEnd(ms []mention, skip int) int {
	if len(ms) == 0 {
		return 0
	}
	if m := ms[len(ms)-1]; m.body || !strings.Contains(m.name, " ") && f.genders[m.name] == anyGender {
		return 0
	}
	return skip
}

// afterMention reports whether the mention at off follows the one that
// ends at skip in its clause, one to three words after it: the object of
// its verb (Tamsin Orrery met Anna Berg; انتقد النائب حازم … وزير المال).
func (f *finder) afterMention(off, skip int) bool {
	if skip <= 0 || skip > off || off-skip > 40 {
		return false
	}
	gap := f.text[skip:off]
	return !strings.ContainsAny(gap, ",.;:!?\n\"،؛”") && strings.Count(strings.TrimSpace(gap), " ") < 3
}

// spokenTo reports whether the words before a "to" (the nearest first)
// speak or put something to the one after it (said to, put his question
// to), not a way to a place (the ferry to, the crossing to).
func (f *finder) spokenTo(ws []string) bool {
	for k, w := range ws {
		if k == 3 {
			break
		}
		if f.cueOf(w) != notCue || speakingTo.has(lower(w)) {
			return true
		}
	}
	return false
}

// speakingTo are the verbs that put words to someone after "to" and
// are no cues of their own.
var speakingTo = set("put puts spoke speak speaks speaking talk talks talked talking")

// wordStart returns the offset of the word ws[at] that roleAt read
// before off; ws are the words before off, the nearest first.
func (f *finder) wordStart(off, at int, ws []string) int {
	i := off
	for k := 0; k <= at && k < len(ws); k++ {
		i = strings.LastIndex(f.text[:i], ws[k])
		if i < 0 {
			return off
		}
	}
	return i + len(ws[at])
}

// arabicRoleAt is roleAt for an Arabic mention: after a preposition (في،
// إلى، مع) it is an oblique, a place after في or لدى; right after the
// mention before it, in one clause (انتقد النائب حازم … وزير المال كمال
// …), the object of their verb; else a subject.
func (f *finder) arabicRoleAt(off, skip int) byte {
	j := off
	for j > 0 && f.text[j-1] == ' ' {
		j--
	}
	if skip > 0 && skip >= j && skip <= off {
		return objectRole // right after the subject: the object
	}
	k := j
	for k > 0 && j-k <= 12 && f.text[k-1] != ' ' && f.text[k-1] != '\n' {
		k--
	}
	if k == j || j-k > 12 || k > 0 && f.text[k-1] != ' ' && f.text[k-1] != '\n' {
		return subjectRole // no word before, or one longer than any preposition (ومنذ)
	}
	f.buf = fold(f.buf, f.text[k:j])
	switch w := string(f.buf); {
	case placePrepositions.has(w):
		return placeRole
	case prepositions.has(w) || strings.HasPrefix(w, "و") && prepositions.has(w[len("و"):]):
		return obliqueRole
	}
	return subjectRole
}

// salience returns what the mentions all (the window of window) count
// for the person name: each mention of them, and each possessive whose
// owner they are, by its role, halved for each of the sentence ends
// (nearest first) after it.
func (f *finder) salience(all []mention, name string, ends []int) int {
	s := 0
	for n := range all {
		m := &all[n]
		if Match(m.name, name) {
			s += roleWeights[m.role] >> sentencesAfter(m.off, ends)
		}
		if m.owner != "" && Match(m.owner, name) {
			s += ownerWeight >> sentencesAfter(m.off, ends)
		}
	}
	return s
}

// asked reports whether name asked a question (its mention is the
// subject of a verb that asks) in the last two sentences of all, whose
// ends, the nearest first, are ends.
func (f *finder) asked(all []mention, name string, ends []int) bool {
	for n := range all {
		if m := &all[n]; m.role == askerRole && sentencesAfter(m.off, ends) <= 1 && Match(m.name, name) {
			return true
		}
	}
	return false
}

// window returns the mentions kept for reference and then the last
// recentN of pending, in a scratch buffer the next call reuses: a
// paragraph of endless names costs no more per cue than a short one.
func (f *finder) window(pending []mention) []mention {
	if len(pending) == 0 {
		return f.recent[:f.nrecent]
	}
	pending = pending[max(0, len(pending)-recentN):]
	f.all = append(append(f.all[:0], f.recent[:f.nrecent]...), pending...)
	return f.all
}

// maxBack bounds how far before a cue sentenceEnds looks, and maxEnds how
// many sentence ends it keeps: a mention further back counts as one
// maxEnds sentences before.
const (
	maxBack = 1500
	maxEnds = 4
)

// sentenceEnds returns the offsets of the last maxEnds sentence ends
// before at, at most maxBack bytes back, in buf; the nearest first.
func (f *finder) sentenceEnds(buf []int, at int) []int {
	buf = buf[:0]
	lo := max(0, at-maxBack)
	for i := min(at, len(f.text)) - 1; i >= lo && len(buf) < maxEnds; i-- {
		switch c := f.text[i]; {
		case c == '\n' && i > 0 && !strings.ContainsRune(".!?\n", rune(f.text[i-1])), c == '!' || c == '?':
			buf = append(buf, i) // a paragraph's end, once
		case c == '.' && !abbreviationBefore(f.text, i):
			buf = append(buf, i)
		case c == 0x9F && i > 0 && f.text[i-1] == 0xD8: // ؟
			buf = append(buf, i)
		}
	}
	if len(buf) < maxEnds {
		buf = append(buf, lo) // beyond the window: as far as the last end counted
	}
	return buf
}

// sentencesAfter returns how many of the sentence ends (nearest first)
// stand after off.
func sentencesAfter(off int, ends []int) int {
	n := 0
	for n < len(ends) && ends[n] > off {
		n++
	}
	return n
}

// questionVerbs are the English cues that ask: their subject asks a
// question, and is not the one who answers it.
var questionVerbs = set("asked asks ask asking wondered")

// askingWord reports whether the folded Arabic cue b asks (سأل، وسألت،
// تسأل): its subject is not the one who answers.
func (f *finder) askingWord(b string) bool {
	if r, n := utf8.DecodeRuneInString(b); (r == 'و' || r == 'ف') && len(b) > 6 {
		b = b[n:]
	}
	return strings.HasPrefix(b, "سال") || strings.HasPrefix(b, "يسال") || strings.HasPrefix(b, "تسال")
}

// possessiveGender returns the gender of the owner a relation in the
// possessive gives (His brother, her son, والده، زوجتها), or anyGender
// for any other name.
func (f *finder) possessiveGender(name string) byte {
	first, rest, _ := strings.Cut(name, " ")
	switch {
	case !isArabic(first):
		g := anyGender
		switch first {
		case "His", "his":
			g = male
		case "Her", "her":
			g = female
		}
		if g == anyGender || rest == "" || strings.IndexByte(rest, ' ') >= 0 || relationGender(lower(rest)) == anyGender {
			return anyGender
		}
		return g
	case rest == "" && f.relationKey(first) != "":
		if strings.HasSuffix(first, "ها") {
			return female
		}
		if strings.HasSuffix(first, "ه") {
			return male
		}
	}
	return anyGender
}

// possessor returns who a relation in the possessive named at off
// belongs to: the one of the gender the possessive gives that a pronoun
// there would refer to (see antecedent), after the mentions kept and
// pending; or "".
func (f *finder) possessor(name string, off int, pending []mention) string {
	g := f.possessiveGender(name)
	if g == anyGender {
		return ""
	}
	if p := f.antecedent(g, "", off, pending); p != name {
		return p
	}
	return ""
}

// answers reports whether the cue at offset at answers a question (she
// answered, before answering, فأجابت): who asked it does not.
func (f *finder) answers(at int) bool {
	e := at
	for e < len(f.text) && e < at+24 && f.text[e] != ' ' && f.text[e] != ':' && f.text[e] != ',' && f.text[e] != '.' && f.text[e] != '\n' {
		e++
	}
	w := f.text[at:e]
	return f.isReply(w) || strings.HasPrefix(lower(w), "answer") || strings.HasPrefix(lower(w), "repl")
}

// bareSubject returns the name right after the Arabic verb toks[i] that
// opens its clause (see verbAt), and the gender the verb gives it: a word
// without the article and one with it that is no title, body, time or
// function word (ويعمل سليم الدبّوسي، وتسكن وداد الحلّوجي), and no
// longer construct after it; "" when there is none.
func (f *finder) bareSubject(toks []token, i int) (string, byte) {
	n := i + 1
	if n+1 >= len(toks) {
		return "", anyGender
	}
	a, b := toks[n], toks[n+1]
	if a.punct || b.punct || !isArabic(a.s) || strings.HasPrefix(a.s, "ال") || !strings.HasPrefix(b.s, "ال") {
		return "", anyGender
	}
	if i > 0 && !sentenceEnd(f.text, toks[i-1]) && f.text[toks[i-1].end():toks[i].off] != "\n" || f.manner(toks, n, true) {
		return "", anyGender // a verb that opens a sentence, not a clause after a comma
	}
	for _, w := range [2]token{a, b} {
		if f.classOf(w).kind != 0 || f.never(w.s) || prepositions.has(w.f) || timeWords[strings.TrimPrefix(w.f, "ال")] != 0 || f.roleOf(w) || f.bodyHead(w.s) {
			return "", anyGender
		}
	}
	if arabicConstruct.has(a.f) || arabicPlaces.has(a.f) {
		return "", anyGender // حسم فريق الوحدة: a noun that heads a description, no given name
	}
	if strings.HasSuffix(b.f, "ين") || strings.HasSuffix(b.f, "ون") || strings.HasSuffix(b.f, "ات") {
		return "", anyGender // فكان أول الصاعدين: a plural is no family name
	}
	if n+2 < len(toks) && !toks[n+2].punct && strings.HasPrefix(toks[n+2].s, "ال") {
		return "", anyGender // ويعاني نقص الأدوية المزمن: a construct, no name
	}
	v := toks[i].f
	if r, k := utf8.DecodeRuneInString(v); r == 'و' || r == 'ف' {
		v = v[k:]
	}
	g := male
	if strings.HasPrefix(v, "ت") || strings.HasSuffix(v, "ت") {
		g = female // تسكن، سكنت
	}
	return span(f.text, toks[n:n+2]), g
}
