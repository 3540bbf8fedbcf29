package quote

import (
	"strings"

	"qari/reader"
)

// reportedWord reports whether one Arabic word in marks is the speaker's
// own word inside the indirect speech its cue before[cb] reports: وقالت
// إن التشابه «مدهش»، وقال إن دائرته ورثت شبكة «متهالكة». A complementiser
// (إن، أن، بأن) stands between the cue and the mark, and the word is not
// the clause's subject (إن «الشركة»): no article, and a noun, not the
// complementiser or a preposition, right before it.
func (f *finder) reportedWord(before []token, cb int, q string) bool {
	q = strings.TrimSpace(q)
	n := len(before) - 1
	if cb < 0 || n <= cb+1 || !isArabic(q) || strings.HasPrefix(q, "ال") || before[n].punct || !isArabic(before[n].s) {
		return false
	}
	last := before[n].s
	if f.in(complementisers, last) || f.in(arabicStops, last) || f.in(prepositions, last) {
		return false
	}
	for k := cb + 1; k < n; k++ {
		if before[k].punct && before[k].s != "،" && before[k].s != "," {
			return false
		}
		if complementisers.has(before[k].f) {
			return true
		}
	}
	return false
}

// reportedClause returns the index in before of the complementiser whose
// clause a phrase in marks closes as its predicate, or -1: معتبرين أن
// الأجور الجديدة «لا تكفي»، وصفه محامون بأنه «غير مسبوق»، إن إشارات
// المرور الصوتية «معطلة». Such words are what the clause's speaker holds
// or says, whatever verb governs it, one no list of cues knows too. The
// complementiser follows another word of its sentence (إنّ opening a
// sentence reports nothing), only words stand between it and the mark,
// and the word right before the mark is the complementiser or a definite
// noun, the subject the phrase is said of, not a verb whose object a
// name in marks would be (اشترى «…»); nothing but punctuation follows.
func (f *finder) reportedClause(before, after []token) int {
	n := len(before) - 1
	if n < 1 || len(after) > 0 && !after[0].punct || !isArabic(before[n].s) {
		return -1
	}
	if !articled(before[n].s) && !complementisers.has(before[n].f) {
		return -1
	}
	for k := n; k > 0 && n-k < clause; k-- {
		t := before[k]
		if t.punct || !isArabic(t.s) {
			return -1
		}
		if complementisers.has(t.f) {
			if before[k-1].punct && before[k-1].s != "،" && before[k-1].s != "," {
				return -1
			}
			return k
		}
	}
	return -1
}

// clauseSpeaker returns the subject of the verb that governs the
// complementiser before[k] and its offset, or "" and -1, the nearest
// first: the antecedent of a relative pronoun before it; the subject after
// a verb that carries its object as a pronoun (وصفه محامون بأنه, Arabic's
// order when the object is the thing described); else the subject after
// the verb that opens the clause (واعتصم عمال المرفأ أمس، معتبرين أن).
func (f *finder) clauseSpeaker(before []token, k int) (string, int) {
	for r := k - 1; r > 0 && r >= k-5 && !before[r].punct; r-- {
		if relatives.has(before[r].f) {
			// بوكالة المحامي عادل القصاب، الذي قال لعنب بلدي إن: the
			// clause is the relative's, whose antecedent speaks.
			if name := f.relativeAntecedent(f.text, before, r); name != "" {
				return name, before[r].off
			}
			return "", -1
		}
	}
	for v := k - 2; v >= 0 && v >= k-3; v-- {
		t := before[v]
		if t.punct || !isArabic(t.s) || articled(t.s) {
			break
		}
		if w := t.f; strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") {
			if name, _ := f.arabicMention(f.text, before[:k], v+1); name != "" {
				return name, t.off
			}
			break
		}
	}
	v, subject := f.clauseVerb(before, k-1)
	if !subject && k > 2 && !before[1].punct && isArabic(before[1].s) && !f.arStop(before[1]) && !f.manner(before, 1, true) {
		// واعتصم عمال المرفأ أمس، معتبرين أن: the sentence opens with a
		// verb (with و, or one verbAt knows) and its subject, whatever
		// noun names the people.
		f.buf = append(f.buf[:0], before[0].f...)
		if b := f.buf; v == 0 || len(b) > 4 && b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81) && verbShape(b[2:], false) {
			v, subject = 0, true
		}
	}
	if v >= 0 && subject {
		if name := f.verbSubject(before[:k], v); name != "" {
			return name, before[v].off
		}
	}
	return "", -1
}

// relativeAntecedent returns the person a relative pronoun at toks[r]
// stands for, the mention that ends right before it (الهولندي يان دي فريس
// (Jan de Vries)، الذي قال إن), over a comma and a name in parentheses;
// "" when none ends there.
func (f *finder) relativeAntecedent(text string, toks []token, r int) string {
	e := r
	if e > 0 && (toks[e-1].s == "،" || toks[e-1].s == ",") {
		e--
	}
	if e > 0 && toks[e-1].s == ")" {
		for e > 0 && toks[e-1].s != "(" && r-e < 8 {
			e--
		}
		e--
	}
	s := e
	for s > 0 && e-s < 4 && isArabic(toks[s-1].s) && !f.arStop(toks[s-1]) {
		s--
	}
	if s == e {
		return ""
	}
	name, k := f.arabicMention(text, toks, s)
	if k < e || f.never(name) {
		return ""
	}
	return name
}

// introducer returns the speaker of a blockquote at block i that the
// paragraph before it introduces with a colon (وقالت لوبيث إن …،
// موضحة:، She went on:): the subject of that paragraph's last cue, or,
// for a cue without one, the speaker of its last quotation or the person
// it names last; nobody when that subject is a writing nobody signs. It
// returns "" when the paragraph before does not end in a colon, and the
// paragraph after may name the speaker.
func (f *finder) introducer(i int) string {
	if i == 0 {
		return ""
	}
	b := f.doc.Blocks[i-1]
	if b.Kind != reader.Paragraph {
		return ""
	}
	lo, hi := f.trim(b.Start, b.End)
	if hi <= lo || f.text[hi-1] != ':' {
		return ""
	}
	ts := f.tokenize(f.gtoks[:0], max(lo, hi-window), hi)
	f.gtoks = ts
	if c := f.lastCue(ts); c >= 0 {
		name := f.speakerName(f.subject(ts, c))
		if name == nobody {
			return nobody // An anonymous flyer said:؛ منشور غير موقّع جاء فيه: a writing nobody signs
		}
		if name != "" && name != aBody {
			return f.reference(name, f.cueGender)
		}
	}
	if n := len(f.out); n > 0 && f.out[n-1].Open >= lo {
		return f.out[n-1].Speaker
	}
	return f.antecedent(anyGender, "", -1, nil)
}

// groupOfPeople reports whether the Arabic word names a group of people
// by the plural of a title or a profession, with the article or a
// possessive (طالباتنا، المعلمون، ممرضاتها، زملائي): who says the words a
// nested quotation gives without a name.
func (f *finder) groupOfPeople(w string) bool {
	f.buf = fold(f.buf, w)
	b := strings.TrimPrefix(strings.TrimPrefix(string(f.buf), "و"), "ال")
	for _, p := range groupPossessives {
		if st, ok := strings.CutSuffix(b, p); ok && len(st) > 6 {
			b = st
			break
		}
	}
	for _, p := range pluralEndings {
		if st, ok := strings.CutSuffix(b, p[0]); ok && len(st) > 4 && arabicRoles.has(st+p[1]) {
			return true
		}
	}
	return brokenPlurals.has(b)
}

// brokenPlurals are the Arabic plurals for people that change the word
// inside (طلاب of طالب, سكان of ساكن), folded, without the article: no
// ending turns them back into their singular.
var brokenPlurals = set("طلاب سكان اهالي تجار عمال باعة ركاب شبان اطباء خبراء اطفال زملاء اصدقاء حجاج")

var (
	// groupPossessives are the possessive pronouns written onto a plural:
	// طالباتنا، جيرانهم.
	groupPossessives = []string{"نا", "هم", "ها", "كم", "ه", "ي"}
	// pluralEndings turn a plural back into its singular: طالبات →
	// طالبة، معلمون → معلم، (in the construct state) معلمو → معلم.
	pluralEndings = [][2]string{{"ات", "ة"}, {"ون", ""}, {"ين", ""}, {"و", ""}, {"ي", ""}}
)

// pluralPerson reports whether the English word at ts[n] is a plural noun
// for people after a determiner or a number (two patients, the drivers,
// some residents): who says the words a nested quotation gives "they"
// said.
func pluralPerson(ts []token, n int) bool {
	w := lower(ts[n].s)
	if n == 0 || !strings.HasSuffix(w, "s") || !personNouns.has(strings.TrimSuffix(w, "s")) {
		return false
	}
	p := lower(ts[n-1].s)
	return englishDeterminers.has(p) || quantifiers.has(p) || hasDigit(p) || englishQuantities.has(p)
}

// memberAside reports whether an English clause only names a member of
// the group around it: "Okafor included", "including Okafor", "among
// them Okafor".
func memberAside(ts []token) bool {
	if len(ts) < 2 || len(ts) > 8 {
		return false
	}
	first, last := lower(ts[0].s), lower(ts[len(ts)-1].s)
	// among them Winter Hands and Green Crescent, including the National
	// Education Union: the members may be bodies of several words.
	named := nameWord(ts[1]) || len(ts) > 2 && lower(ts[1].s) == "the" && nameWord(ts[2])
	return last == "included" && nameWord(ts[0]) && len(ts) <= 5 || first == "including" && named ||
		first == "among" && len(ts) > 2 && lower(ts[1].s) == "them"
}

// groupBefore returns the group that the clause ending at toks[e] (a
// comma) opens with: a plural for people, bare or after a determiner, up
// to a preposition ("Drivers on the picket line" → "Drivers"); "" when
// the clause opens otherwise.
func groupBefore(text string, toks []token, e int) string {
	s := e - 1
	for s >= 0 && e-s < clause && !toks[s].punct {
		s--
	}
	k := s + 1
	if k < e && englishDeterminers.has(lower(toks[k].s)) {
		k++
	}
	for n := k; n < e && n < k+3; n++ {
		w := lower(toks[n].s)
		if placeBefore.has(w) {
			break
		}
		if bareGroup(w) || personNouns.has(strings.TrimSuffix(w, "s")) && strings.HasSuffix(w, "s") {
			return span(text, toks[s+1:n+1])
		}
	}
	return ""
}

// fronted returns the unnamed person that a sentence puts before its
// verb toks[i] after لكنّ or إنّ, in the accusative those words govern,
// with a clause between them (لكن طبيبًا في القسم، فضّل عدم ذكر اسمه،
// قال إن …؛ غير أن مصدرًا في الوزارة قال): the title or the source
// without its tanween ("طبيب"، "مصدر"), or "".
func (f *finder) fronted(toks []token, i int) string {
	for n := i - 1; n > 0 && n >= i-clause; n-- {
		t := toks[n]
		if t.punct && t.s != "،" && t.s != "," {
			return ""
		}
		if t.punct || !tanween(t.s) || !frontingWords.has(toks[n-1].f) {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.s, "ا"), "ً") // طبيبًا، طبيبةً
		if f.role(w) || sources.hasBytes(f.buf) {
			if g := roleGender(string(f.buf)); g != anyGender {
				f.cueGender = g
			}
			return w
		}
		return ""
	}
	return ""
}

// frontingWords govern a noun in the accusative that is the subject of
// the verb after it: لكنّ، إنّ، أنّ.
var frontingWords = set("لكن ولكن ان وان بان")

// namedMember returns the name in apposition after one of a group the
// text names by a pronoun (وقال أحدهم، خليل الزعبي:؛ وقالت إحداهن، مدرّسة
// الرياضيات جمانة الأيوبي:): one to four words closed by punctuation or
// a cue, the name in them after a title; "" when np is not such a word
// or no such apposition follows it at toks[k].
func (f *finder) namedMember(text string, toks []token, np []token, k int) string {
	switch {
	case len(np) == 1 && anonymous.has(np[0].f):
	case len(np) == 2 && ahad(np[0].f):
		// وقالت إحدى المتطوعات في المبادرة، رهف أبو عساف، إن: over the
		// place or body the group belongs to.
		if k >= len(toks) || !placePrepositions.has(toks[k].f) && toks[k].s != "من" {
			return ""
		}
		e := k
		for e < len(toks) && e < k+5 && !toks[e].punct {
			e++
		}
		k = e
	default:
		return ""
	}
	if k+1 >= len(toks) || toks[k].s != "،" && toks[k].s != "," {
		return ""
	}
	m := k + 1
	for m < len(toks) && m-k <= 4 && isArabic(toks[m].s) && !f.arStop(toks[m]) {
		m++
	}
	app := toks[k+1 : m]
	if len(app) == 0 || m < len(toks) && !toks[m].punct && !f.arStop(toks[m]) {
		return ""
	}
	for _, t := range app {
		if hasDigit(t.s) || withholds.has(t.f) || f.neverToken(t) {
			return "" // أحدهم، طلب عدم ذكر اسمه
		}
	}
	if heShe.has(app[0].f) || f.in(calledWords, strings.TrimPrefix(app[0].s, "و")) {
		return "" // أحدهم، وهو سائق يدعى …: read by the rules for وهو and يدعى
	}
	if name := f.nameIn(app); name != nil {
		return span(text, name)
	}
	return ""
}

// standsAlone reports whether the determiner ts[d] is a pronoun of its
// own before a verb that ends the clause: "One read: “…”", "Another
// says:", not "one report" or "another reply to the council".
func standsAlone(ts []token, d int) bool {
	if w := lower(ts[d].s); w != "one" && w != "another" {
		return false
	}
	return d+2 >= len(ts) || ts[d+2].punct
}

// englishPassive reports whether the cue v after aux is in the passive
// (been asked, was told, were warned): its subject is the one spoken to.
func englishPassive(aux, v string) bool {
	return beAux.has(lower(aux)) && (strings.HasSuffix(v, "ed") || v == "told")
}

// beAux are the forms of "be" that make a participle after them passive.
var beAux = set(beForms)

// beForms are the forms of English "be".
const beForms = "be been being was were is are"

// issuer returns the body or person an English writing is issued by, in
// the words ts up to their first punctuation: "a statement issued by the
// Harbour Board" → "the Harbour Board"; "" when ts names a writing no one
// issues there.
func issuer(text string, ts []token) string {
	for n := 0; n+2 < len(ts) && n < clause && !ts[n].punct; n++ {
		if !englishStatements.has(lower(ts[n].s)) && !inscriptions.has(lower(ts[n].s)) && lower(ts[n].s) != "letter" {
			continue
		}
		if v := lower(ts[n+1].s); !issuedVerbs.has(v) || lower(ts[n+2].s) != "by" {
			return ""
		}
		e := n + 3
		for e < len(ts) && e < n+9 && !ts[e].punct && (e == n+3 || !placeBefore.has(lower(ts[e].s)) || ts[e].s == "of") {
			e++
		}
		if e == n+3 {
			return ""
		}
		return span(text, ts[n+3:e])
	}
	return ""
}

// writerFrom returns who wrote the writing named before the aside that
// ends with the comma toks[j] (One email, from a deputy head to the
// governors, reads): the person after "from", a name or a description
// ending in a word for a person, up to "to" or the aside's end. It returns
// "" for any other aside.
func writerFrom(text string, toks []token, j int) string {
	if j < 0 || toks[j].s != "," {
		return ""
	}
	b := j - 1
	for b >= 0 && j-b < clause && !toks[b].punct {
		b--
	}
	if b < 1 || toks[b].s != "," || lower(toks[b+1].s) != "from" || b+2 >= j {
		return ""
	}
	if w := lower(toks[b-1].s); !inscriptions.has(w) && !englishStatements.has(w) && w != "email" && w != "letter" {
		return ""
	}
	e := b + 2
	for e < j && e <= b+6 && lower(toks[e].s) != "to" {
		e++
	}
	who := toks[b+2 : e]
	if personNouns.has(lower(who[len(who)-1].s)) || len(who) <= 3 && upper(who[0].s) && !englishDeterminers.has(lower(who[0].s)) {
		return span(text, who)
	}
	return ""
}

// issuedVerbs give a writing its author: issued by, released by.
var issuedVerbs = set("issued released published signed sent")

// statementSubject returns the body whose statement at toks[j] is the
// subject of a cue (وقال بيان لنقابة العمال، وأكد بيان الوزارة): the body
// after it, with ل or in the construct state; aBody when none follows
// (وقال البيان), the body named before.
func (f *finder) statementSubject(text string, toks []token, j int) string {
	n := f.issuerAt(toks, j+1)
	if n >= len(toks) || toks[n].punct || !isArabic(toks[n].s) {
		return aBody
	}
	name, _ := f.arabicMention(text, toks, n)
	if w := strings.TrimPrefix(name, "ل"); w != name {
		if head, _, _ := strings.Cut(w, " "); head != "" && f.bodyHead(head) {
			return w // بيان لنقابة العمال
		}
	}
	if name != "" && f.bodyHead(toks[n].s) {
		return name
	}
	return aBody
}

// partOfGroup returns a part of a group and the group, when the subject
// at toks[j:k] is a count or a part (عدد، عشرات، بعض) and من names the
// group after it: "عدد من السكان"; "" otherwise.
func (f *finder) partOfGroup(text string, toks []token, j, k int) string {
	if k != j+1 || k+1 >= len(toks) || toks[k].s != "من" || !isArabic(toks[k+1].s) {
		return ""
	}
	f.buf = append(f.buf[:0], toks[j].f...)
	if f.kind(f.buf) != quantityKind && string(f.buf) != "بعض" && string(f.buf) != "كثير" {
		return ""
	}
	return span(text, toks[j:k+2])
}

// framedStatement returns the verb and its subject of a sentence that
// opens on the statement it reports (وفي بيان صدر فجر الأحد، حمّلت النقابة
// البلدية مسؤولية «…»): the words in marks in it are the statement's, and
// the subject after the verb (the body) is their speaker; in English
// (In a statement on Sunday, the trust accused the operator of “…”) the
// subject before it. It returns -1 when before does not open so.
func (f *finder) framedStatement(before []token) (int, string) {
	if len(before) > 5 && lower(before[0].s) == "in" && englishDeterminers.has(lower(before[1].s)) && englishStatements.has(lower(before[2].s)) {
		return englishFramed(f.text, before)
	}
	s := 0
	if len(before) < 4 || before[0].s != "في" && before[0].s != "وفي" || !arabicStatements.has(before[1].f) {
		return -1, ""
	}
	for s = 2; s < len(before) && s < clause && !before[s].punct; s++ {
	}
	if s+2 >= len(before) || before[s].s != "،" && before[s].s != "," {
		return -1, ""
	}
	v := before[s+1]
	f.buf = append(f.buf[:0], v.f...)
	if !isArabic(v.s) || !verbShape(f.buf, strings.Contains(v.s, "ّ")) || arabicStops.hasBytes(f.buf) || neverArabic.hasBytes(f.buf) || f.kind(f.buf) != 0 {
		return -1, ""
	}
	return s + 1, f.verbSubject(before, s+1)
}

// verbSubject returns the subject after the Arabic verb toks[v] that no
// list of cues knows: a body up to the verb's object (see bodySubject),
// else the mention there.
func (f *finder) verbSubject(toks []token, v int) string {
	if v+1 < len(toks) {
		v = subjectAfter(toks, v, len(toks)-1) - 1
	}
	if v+1 >= len(toks) || !f.bodyHead(toks[v+1].s) {
		name, _ := f.arabicMention(f.text, toks, v+1)
		return name
	}
	return span(f.text, f.bodySubject(toks, v+1))
}

// bodySubject returns the name of the body at toks[j], a verb's subject,
// without the verb's object after it: a second body after the head's
// complement or right after a head with the article (حمّلت نقابة
// المهندسين البلدية، دعت النقابة البلدية، حمّل نادي الاتحاد الرياضي إدارة
// الملعب), or a preposition.
func (f *finder) bodySubject(toks []token, j int) []token {
	e, first := j+1, j+2
	if articled(toks[j].s) {
		first = j + 1
	}
	for e < len(toks) && e < j+6 && isArabic(toks[e].s) && !(e >= first && f.bodyHead(toks[e].s)) && !f.in(prepositions, strings.TrimSuffix(toks[e].s, "ـ")) && strings.TrimSuffix(toks[e].s, "ـ") != "ب" {
		e++
	}
	return f.bodyName(toks[j:e])
}

// englishFramed returns the verb and the subject of an English sentence
// that opens on a statement (In a statement on Sunday, the supporters'
// trust accused …): a name, or a determiner and up to three words, then a
// verb in the past; -1 when none follows the frame's comma.
func englishFramed(text string, before []token) (int, string) {
	s := 3
	for s < len(before) && s < clause && !before[s].punct {
		s++
	}
	if s+2 >= len(before) || before[s].s != "," {
		return -1, ""
	}
	j := s + 1
	for v := j + 1; v < len(before) && v <= j+5 && (!before[v].punct || before[v].s == "'" || before[v].s == "’"); v++ { // the supporters' trust
		w := before[v].s
		if strings.HasSuffix(w, "ed") && w == lower(w) || englishCues[w] != notCue {
			if !englishDeterminers.has(lower(before[j].s)) && !nameWord(before[j]) {
				return -1, ""
			}
			return v, span(text, before[j:v])
		}
	}
	return -1, ""
}
