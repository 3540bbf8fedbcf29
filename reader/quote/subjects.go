package quote

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// in reports whether the Arabic word w, folded, is in the word set m.
func (f *finder) in(m *wordSet, w string) bool {
	f.buf = fold(f.buf, w)
	return m.hasBytes(f.buf)
}

// arStop reports whether w ends an Arabic noun phrase.
func (f *finder) arStop(t token) bool {
	if t.punct {
		return true
	}
	if !isArabic(t.s) {
		return false
	}
	f.buf = append(f.buf[:0], t.f...)
	// للصحفيين، لـ«الجزيرة»، لوكالة الأنباء: an indirect object with the
	// preposition ل.
	if strings.HasPrefix(t.s, "لل") || strings.HasPrefix(t.s, "لـ") {
		return true
	}
	return f.classOf(t).stop
}

// stopWord reports whether the folded Arabic word w, of the cue kind k,
// ends a noun phrase (see arStop): a stop word, a cue (ورد only before في,
// for it is also a name: مازن ورد), a medium after ل (لوكالة).
func stopWord(w string, k cueKind) bool {
	if arabicStops.has(w) || k != notCue && k != statementCue {
		return true
	}
	return len(w) > 6 && strings.HasPrefix(w, "ل") && media.has(w[2:])
}

// hasDigit reports whether a word holds a digit (an age, a date). ASCII
// and the Arabic block (whose digits are ٠–٩ and ۰–۹) are read without
// unicode's tables.
func hasDigit(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case c < utf8.RuneSelf:
			if '0' <= c && c <= '9' {
				return true
			}
			i++
		case c >= 0xD8 && c <= 0xDB && i+1 < len(w) && w[i+1]&0xC0 == 0x80:
			if r := rune(c&0x1F)<<6 | rune(w[i+1]&0x3F); r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9 {
				return true
			}
			i += 2
		default:
			r, n := utf8.DecodeRuneInString(w[i:])
			if unicode.IsDigit(r) {
				return true
			}
			i += n
		}
	}
	return false
}

// arabicSubject returns the subject of the Arabic cue toks[i] as the text
// names it, or "" when the verb has none of its own (وأضاف:، وقال '…'):
// Arabic drops a pronoun subject, so such a cue refers back. It returns
// nobody for a writer the text does not know (كتب أحدهم، كُتب عليها) and
// aBody for a statement whose body was named before (جاء في البيان).
//
// The subject follows the verb and is parsed by mention: title?
// description? name (see arabicMention).
func (f *finder) arabicSubject(text string, toks []token, i int) string {
	kind := f.tokenCue(toks[i])
	f.cueGender = f.classOf(toks[i]).gender
	verb := string(f.buf)
	kind = f.arabicCueIn(toks, i, kind)
	if kind == sourceCue {
		// بحسب المتحدثة باسم الوزارة: a preposition gives no gender; the
		// title after it may.
		f.cueGender = anyGender
		if i+1 < len(toks) && f.roleOf(toks[i+1]) {
			f.cueGender = roleGender(string(f.buf))
		}
	}
	if passiveVerb(toks[i].s) {
		return nobody // كُتب عليها، عُلّقت ورقة: words put on a thing, by nobody named
	}
	if kind == verbCue && (f.carrierBefore(toks, i) || i+1 < len(toks) && inscriptions.has(toks[i+1].f)) {
		return nobody // لافتة تقول، ورقة صغيرة تقول، وتقول لافتة: the words of a thing
	}
	if kind == verbCue && i+1 < len(toks) && arabicStatements.has(toks[i+1].f) {
		return f.statementSubject(text, toks, i+1) // وقال بيان لنقابة العمال
	}
	if kind == verbCue && i > 0 && f.relativeReport(toks, i) {
		return f.relativeAntecedent(text, toks, i-1) // يان دي فريس، الذي قال إن
	}
	switch kind {
	case participleCue:
		return ""
	case reportCue:
		for j := i - 1; j >= 0 && j >= i-8 && !toks[j].punct; j-- {
			if toks[j].s == "عن" {
				return span(text, toks[j+1:i])
			}
		}
		return ""
	case statementCue:
		return f.statement(text, toks, i)
	}
	// أوضح أن زوجته قالت للجيران، إن المريض سأل الممرضة: after أن or
	// إن the subject stands before the verb, and a noun after it is its
	// object.
	if kind == verbCue && i >= 2 && complementisers.has(toks[i-2].f) {
		if n := f.preverbal(text, toks, i); n != "" {
			return n
		}
	}
	if kind == verbCue && i >= 3 {
		if n := f.bodyAfterComplementiser(text, toks, i); n != "" {
			return n // غير أن الاتحاد العام للمزارعين اعتبر أن
		}
	}
	if kind == verbCue && i+2 < len(toks) && toks[i+1].s == "،" {
		// وأكد، في اتصال هاتفي مع الإذاعة مساء أمس …، صاحب المعصرة جميل
		// داود أن: the subject after an aside between commas.
		if n := f.afterAside(text, toks, i+1); n != "" {
			return n
		}
	}
	j := i + 1
	if kind == sourceCue {
		for j < len(toks) && (toks[j].s == "ما" || toks[j].s == "لـ" || toks[j].s == "ل") {
			j++
			if toks[j-1].s == "ما" && j < len(toks) {
				j++ // بحسب ما أورد الدفاع المدني: skip the verb
			}
		}
	}
	if kind == sourceCue && j < len(toks) && arabicStatements.has(toks[j].f) {
		// بحسب بيان صادر عن وزارة الداخلية: the body that issued it.
		n := j + 1
		for n < len(toks) && n <= j+3 && (issuedBy.has(toks[n].f) || toks[n].s == "عن" || toks[n].s == "من") {
			n++
		}
		if n == j+1 {
			n = f.issuerAt(toks, n) // بحسب بيان مشترك صادر عن
		}
		if n < len(toks) && n > j+1 && !toks[n].punct {
			if name, _ := f.arabicMention(text, toks, n); name != "" {
				return name
			}
		}
		return aBody
	}
	// قالت لي طالبة، علّق عليها أحدهم: an object before the subject; كُتب
	// عليها: words written on a thing.
	anon := false
	// علّق عليها: a comment on a post is written; علّق على ذلك is said.
	writes := strings.Contains(verb, "كتب") || strings.Contains(verb, "غرد") ||
		strings.Contains(verb, "علق") && j < len(toks) && inscriptionPlaces.has(toks[j].f)
	if writes {
		if n := f.writerInIt(text, toks, i); n != "" {
			return n // ونشرت الشاعرة نادين الحلو منشورًا كتبت فيه: her post
		}
	}
	for j < len(toks) && !toks[j].punct && isArabic(toks[j].s) {
		if n := f.timePhrase(toks, j); n > 0 {
			j += n // تقول لنا كل ليلة: a time, not the subject
			continue
		}
		if writes && f.groupOnCarrier(toks, j) {
			return nobody // وكتب ناشطون على جدار البلدية: a group nobody names
		}
		f.buf = append(f.buf[:0], toks[j].f...)
		if !arabicIndirect.hasBytes(f.buf) && !neverArabic.hasBytes(f.buf) {
			// مجهولون، أحدهم، أحد المعلقين: a writer the text does not
			// know. One of a group who wrote (كتب أحدهم، كتب أحد
			// المشجعين) is anonymous; one who speaks (وقال أحدهم، سألتني
			// إحدى التلميذات) is the speaker, as the text describes them.
			b := string(f.buf)
			anon = unknownWriters.has(b) || anonymous.has(b) && writes || ahad(b) && j+1 < len(toks) && (writes || arabicAnonymous.has(toks[j+1].f))
			break
		}
		if strings.Contains(verb, "كتب") && inscriptionPlaces.hasBytes(f.buf) {
			return nobody
		}

		j++
	}
	if j < len(toks) && f.possessedObject(toks[j]) {
		// فوصف أداءها، أعلن رغبته: the verb's object, its subject the
		// topic, the one before the verb or the one named before.
		if n := f.preverbal(text, toks, i); n != "" {
			return n
		}
		return f.topic(text, toks, i)
	}
	if kind == verbCue {
		// أما جدّه، الحاج سليم داود، فروى اللحظات الأولى: the topic is
		// the subject of the verb after ف, whatever follows the verb.
		if n := f.topic(text, toks, i); n != "" {
			return n
		}
	}
	if kind == verbCue && j < len(toks) && strings.HasPrefix(toks[j].s, "ل") && f.firstPersonCue(toks[i]) {
		return "" // قلت لابني: I said it, to the one named after
	}
	name, k := f.arabicMention(text, toks, j)
	if n, e := f.nameAfterDescription(text, toks, name, k); n != "" {
		name, k = n, e // وقال رئيس جمعية تجار السوق القديم خليل الزعبي
	}
	if app, e := f.describedApposition(text, toks, j, k, f.isDescription(name)); app != "" {
		name, k = app, e // وقال رئيس النادي، رجل الأعمال كمال الدبّاغ، للصحفيين
	}
	if one, _ := f.oneOf(toks, j); one != "" && strings.HasPrefix(name, one) {
		name = one // ووصف أحد السكان مشهد الفوضى: one of a group ends at its group
	}
	if n := f.partOfGroup(text, toks, j, k); n != "" {
		name = n // وقال عدد من السكان
	}
	if name != "" && f.never(name) {
		name = "" // ما وصفته بـ«…»: no subject after the verb
	}
	if kind == verbCue && k == j+1 && f.cueGender != plural && f.accusativePlural(toks[j]) {
		name = "" // ودعت المعلمين إلى: whom the verb addresses, not who speaks
	}
	if kind == verbCue && name != "" && f.callsUpon(toks, i, k) {
		name = "" // لكنها دعت البلدية إلى «…»: the one called upon, not who calls
	}
	if name == "" {
		// وقالت في بيانها: the body named before.
		if j+1 < len(toks) && toks[j].s == "في" && arabicStatements.has(toks[j+1].f) {
			return aBody
		}
		// وهو ما نفته الوزارة في بيان، قالت فيه إن: the body that issued
		// the statement just named.
		if i+1 < len(toks) && (toks[i+1].s == "فيه" || toks[i+1].s == "فيها") && i >= 2 && toks[i-1].s == "،" {
			for n := i - 2; n >= 1 && n >= i-4 && !toks[n].punct; n-- {
				if arabicStatements.has(toks[n].f) && toks[n-1].s == "في" {
					return aBody
				}
			}
		}
		if n := f.relativeWhat(text, toks, i); n != "" {
			return n
		}
		if n := f.preverbal(text, toks, i); n != "" {
			return n
		}
		if n := f.subjectBefore(text, toks, i); n != "" {
			return n
		}
		if n := f.fronted(toks, i); n != "" {
			return n
		}
		if n := f.arabicUnnamedSpeaker(toks, i); n != "" {
			return n // وعجوز، كانت تحمل حفيدها، صرخت
		}
		return f.topic(text, toks, i)
	}
	if k+1 < len(toks) && f.in(calledWords, strings.TrimPrefix(toks[k].s, "و")) {
		// أحد السكان ويدعى مروان حداد: a description named after it.
		if n := f.calledName(text, toks, k); n != "" {
			return n
		}
	}
	if k < len(toks) && toks[k].s == "،" {
		// وقال أحدهم، وهو بائع خضار في الخمسين يُدعى أبو فهد: the name
		// the aside calls them by.
		for c := k + 1; c+1 < len(toks) && c <= k+14 && (!toks[c].punct || toks[c].s == "،"); c++ {
			if f.in(calledWords, strings.TrimPrefix(toks[c].s, "و")) {
				if n := f.calledName(text, toks, c); n != "" {
					return n
				}
				break
			}
		}
	}
	// وقال الأهالي، ومنهم السيد نزار عبيد؛ وقال مزارعون حضروا الاجتماع،
	// من بينهم سعيد الكعبي: a named member of a group says the words,
	// also after a clause that describes the group.
	c := k
	for c < len(toks) && c < k+6 && !toks[c].punct {
		c++
	}
	if m := c + 1; m+1 < len(toks) && toks[c].s == "،" {
		if toks[m].s == "من" || toks[m].s == "ومن" {
			m++ // من بينهم
		}
		if m+1 < len(toks) && amongThem.has(toks[m].f) {
			if n, _ := f.arabicMention(text, toks, m+1); n != "" {
				return n
			}
		}
	}
	if k+2 < len(toks) && toks[k].s == "،" {
		// أحدهم، وهو سائق أجرة يدعى عادل مهنا: a description named later.
		if n := f.calledName(text, toks, k); n != "" {
			return n
		}
		// مديرة المدرسة، التي حذرت من الاكتظاظ، هالة نصر،: the name after
		// the relative clause that describes the title.
		if relatives.has(toks[k+1].f) {
			if n := f.nameAfterClause(text, toks, k+1); n != "" {
				return n
			}
		}
		// أحد أعضاء الوفد، وهو المعلم فادي نصر: the name in a clause of
		// وهو after a description.
		if heShe.has(toks[k+1].f) {
			if d := f.oneDescribed(text, toks, j, k); d != "" {
				return d // وقال أحدهم، وهو طالب جامعي رفض ذكر اسمه: the student
			}
			if n, _ := f.arabicMention(text, toks, k+2); n != "" && n != span(text, toks[k+2:k+3]) && !f.role(n) && strings.IndexByte(n, ' ') > 0 && !strings.HasPrefix(n, toks[k+2].s) {
				return n
			}
		}
	}
	for n := j; n < k && n < len(toks); n++ {
		anon = anon || unknownWriters.has(toks[n].f) || writes && anonymous.has(toks[n].f) // زائر مجهول: a visitor nobody knows
	}
	if anon {
		return nobody
	}
	return name
}

// firstPersonCue reports whether the Arabic cue t is a past that can
// only be "I" or "we" (قلت، قلنا), with or without و or ف: not a present
// such as أعتبر, which folds to the past اعتبر, "he considered".
func (f *finder) firstPersonCue(t token) bool {
	w := t.f
	if len(w) > 4 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && !arabicFirstPerson[w] {
		w = w[len("و"):]
	}
	return arabicFirstPerson[w] && (strings.HasSuffix(w, "ت") || strings.HasSuffix(w, "نا"))
}

// callsUpon reports whether the Arabic cue toks[i] is a verb of calling
// upon (دعت، طالبت، حثّت، ناشدت) whose subject a pronoun before it gives
// (لكنها دعت البلدية إلى، وقال إنه طالب الوزارة بـ) or an earlier verb of its sentence has (أكدت
// النقابة أنها «…»، ودعت الوزارة إلى), so that the noun after it, up to
// toks[k] where إلى or بـ follows, is the one called upon. toks start
// after the quotation before, if any.
func (f *finder) callsUpon(toks []token, i, k int) bool {
	w := strings.TrimPrefix(toks[i].f, "و")
	if !callVerbs.has(w) || k >= len(toks) || !(toks[k].s == "إلى" || toks[k].f == "الى" || strings.HasPrefix(toks[k].s, "ب")) {
		return false
	}
	if i > 0 && pronounParticles.has(trimConjunctions(toks[i-1].f)) {
		return true
	}
	if w == toks[i].f {
		return false // (دعت البلدية إلى: a sentence of its own, whose subject follows)
	}
	for n := i - 1; n >= 0 && i-n <= 3*clause; n-- {
		if sentenceEnd(f.text, toks[n]) {
			return false
		}
		if f.cueIn(toks, n) {
			return true
		}
	}
	return toks[0].s == "،" // «…»، ودعت: the sentence of the quotation before goes on
}

// pronounParticles are لكن، إن and أن with the pronoun of the subject of
// the verb after them written on (لكنها دعت، إنه طالب), folded.
var pronounParticles = set("لكنه لكنها لكنهم انه انها انهم")

// callVerbs are the Arabic verbs of calling upon someone to do something,
// folded and without و, whose object comes before إلى or بـ.
var callVerbs = set("دعا دعت طالب طالبت حث حثت ناشد ناشدت")

// oneDescribed returns what the clause of وهو or وهي at toks[k+1] says
// one of a group at toks[j:k] is (أحدهم، وهو طالب جامعي؛ إحداهن، وهي
// طالبة في السنة الثالثة؛ إحدى زبوناتها، وهي معلمة متقاعدة): the noun for
// a person there and an adjective after it; "" when toks[j] is no one of
// a group the pronoun refers to (أحدهم، إحدى زبوناتها: one of those
// named before, whom the group does not name), or the clause names no
// such noun.
func (f *finder) oneDescribed(text string, toks []token, j, k int) string {
	w := toks[j].f
	// (not أحد السكان، وهو شاب: the group names them)
	ownGroup := ahad(w) && j+1 < k && suffixed(toks[j+1].s)
	if w != "احدهم" && w != "احداهن" && w != "احدهن" && !ownGroup || k+2 >= len(toks) {
		return ""
	}
	d := toks[k+2]
	if d.punct || !isArabic(d.s) || strings.HasPrefix(d.s, "ال") || !f.personWord(d) {
		return ""
	}
	e := k + 3
	if e < len(toks) && !toks[e].punct && isArabic(toks[e].s) && !f.arStop(toks[e]) && !prepositions.has(toks[e].f) && !f.cueIn(toks, e) && descriptiveAdjective(toks[e].f) {
		e++ // طالب جامعي، معلمة متقاعدة، شاب عشريني
	}
	return span(text, toks[k+2:e])
}

// descriptiveAdjective reports whether the folded Arabic word, without
// the article, has the ending of an adjective: a nisba (جامعي، عشريني)
// or a participle's feminine (متقاعدة).
func descriptiveAdjective(w string) bool {
	return !strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "ية") || strings.HasPrefix(w, "م") && strings.HasSuffix(w, "ة"))
}

// relativeWhat returns the subject of the sentence whose relative ما
// the cue toks[i] follows without a subject of its own (وأرجعت إدارة
// المطار الإلغاء إلى ما وصفته بـ«…»: what the airport's management called
// it): the one its opening verb names; "" otherwise.
func (f *finder) relativeWhat(text string, toks []token, i int) string {
	if i == 0 || !whatRelatives.has(toks[i-1].f) {
		return ""
	}
	s := i - 1
	for s > 0 && i-s <= clause && (!toks[s-1].punct || toks[s-1].s == "،") {
		s--
	}
	if ok, subject := f.verbAt(toks, s, i-1); !ok || !subject {
		return ""
	}
	name, k := f.arabicMention(text, toks, s+1)
	if k > i-1 {
		return ""
	}
	return name
}

// whatRelatives are the relative ما and the prepositions written onto
// it (بما، مما، لما، عما).
var whatRelatives = set("ما بما مما لما عما")

// accusativePlural reports whether t is a people's sound masculine plural
// with the article in the case of an object (المعلمين، المواطنين): after
// a verb in the singular it is the one the verb addresses, since its
// subject would read المعلمون.
func (f *finder) accusativePlural(t token) bool {
	stem, ok := strings.CutSuffix(t.f, "ين")
	return ok && strings.HasPrefix(stem, "ال") && roleWord(stem)
}

// nameParticle reports whether toks[k], inside a mention that opens at
// toks[j], is the van of a European name written in Arabic (إلسا فان دير
// بيرغ), not فإن: a name's word before it, and no article after it.
func nameParticle(toks []token, j, k int) bool {
	return k > j && k+1 < len(toks) && toks[k].f == "فان" && !strings.HasPrefix(toks[k-1].s, "ال") && !toks[k+1].punct && isArabic(toks[k+1].s) && !strings.HasPrefix(toks[k+1].s, "ال")
}

// generalTitle reports whether toks[k] is العام after a title, where it
// means general and not the year (المدعي العام، الأمين العام، المدير
// العام).
func (f *finder) generalTitle(toks []token, k int) bool {
	return k > 0 && toks[k].f == "العام" && (f.roleOf(toks[k-1]) || generalTitles.has(toks[k-1].f))
}

// generalTitles are the titles العام makes general, folded.
var generalTitles = set("المدعي النائب الامين المدير المفتش المراقب القائد المحامي المنسق")

// nameAfterDescription returns the person that the Arabic description
// name, read up to toks[k], goes on to name in the same noun phrase
// (رئيس جمعية تجار السوق القديم خليل الزعبي، مدير عام دائرة الآثار
// المهندس وليد الصرايرة، رئيس الاتحاد الوطني لكرة القدم اللواء المتقاعد
// عادل السراج، ممثل النيابة العامة، المدعي العام رائد الشريف،): a name
// or a title and a name, before the phrase ends at a stop word or a mark;
// "" and k when it names none.
func (f *finder) nameAfterDescription(text string, toks []token, name string, k int) (string, int) {
	if name == "" || !f.isDescription(name) {
		return "", k
	}
	for p := k; p < len(toks) && p < k+10; {
		t := toks[p]
		if t.s == "،" {
			p++
			continue
		}
		if f.arStop(t) {
			break
		}
		n, q := f.arabicMention(text, toks, p)
		if q <= p || n == "" {
			p++
			continue
		}
		first, _, _ := strings.Cut(n, " ")
		if strings.IndexByte(n, ' ') > 0 && strings.HasSuffix(span(text, toks[p:q]), n) && !strings.HasPrefix(first, "ال") && !strings.HasPrefix(first, "ل") && !strings.HasPrefix(first, "ب") && !f.bodyHead(first) && !f.never(n) && (!f.isDescription(n) || strings.Count(n, " ") >= 2) {
			// (not مسؤول لقوات الدفاع: a noun after its preposition)
			return n, q
		}
		p = q
	}
	return "", k
}

// pluperfectSubject returns the subject that كان puts before قد and the
// verb toks[i] (وكان قائد النجم، لاعب الوسط مروان الطحان، قد قال): the
// mention after كان, or the name in apposition to its description; ""
// when toks[i] follows no قد after كان in its sentence.
func (f *finder) pluperfectSubject(text string, toks []token, i int) string {
	if i < 3 || toks[i-1].f != "قد" {
		return ""
	}
	for k := i - 2; k >= 0 && k >= i-14; k-- {
		if toks[k].punct && toks[k].s != "،" {
			return ""
		}
		if b := strings.TrimPrefix(toks[k].f, "و"); b != "كان" && b != "كانت" {
			continue
		}
		// The mention after كان; when it is a description, the name it
		// goes on to (ممثل النيابة العامة المستشار طارق الحسيني).
		within := toks[:i-1]
		name, e := f.arabicMention(text, within, k+1)
		if n, _ := f.nameAfterDescription(text, within, name, e); n != "" {
			name = n
		}
		return name
	}
	return ""
}

// afterAside is the mention after the aside that opens with the comma at
// c, when إن, أن or a colon follows it: "" when the aside does not close
// within a few clauses or no mention follows it.
func (f *finder) afterAside(text string, toks []token, c int) string {
	for e := c + 1; e < len(toks) && e <= c+3*clause; e++ {
		if t := toks[e]; t.punct && t.s != "،" && t.s != "«" && t.s != "»" && t.s != "\"" {
			return ""
		}
		if toks[e].s != "،" {
			continue
		}
		name, k := f.arabicMention(text, toks, e+1)
		if name != "" && k < len(toks) && (complementisers.has(toks[k].f) || toks[k].s == ":") {
			return name
		}
		return ""
	}
	return ""
}

// preverbal returns the subject that stands before the cue toks[i] in
// a clause of reported speech (وروى أن والده قال له: «…»، وأوضح أن زوجته
// قالت للجيران): one or two words after أن، إن or a mark, naming a person
// by a relation or a title (والده، جارتها), a body, or a name seen
// before, or a definite noun right after إن or أن (إن المريض سأله); ""
// when the verb has none before it.
func (f *finder) preverbal(text string, toks []token, i int) string {
	if n := f.pluperfectSubject(text, toks, i); n != "" {
		return n // وكان قائد الفريق مروان الطحان قد قال
	}
	if n := f.conjoinedSubject(text, toks, i); n != "" {
		return n // اتصلت بي ابنتي وقالت، جاءتني امرأة عجوز وقالت لي
	}
	if n := f.subjectBeforePlace(toks, i); n != "" {
		return n // ابني مريض، والطبيب في المركز الصحي قال لي
	}
	if i > 1 && strings.HasPrefix(toks[i].s, "و") && imperfect(toks[i-1].s) {
		i-- // ابني يبكي ويقول: the cue goes on from a verb of the subject's
	}
	if i > 0 && auxiliaries.has(toks[i-1].f) {
		i-- // معلمنا القديم كان يقول: the subject is before كان
	}
	s := i
	for s > 0 && i-s < 2 && isArabic(toks[s-1].s) && !f.arStop(toks[s-1]) {
		s--
	}
	if s < i-1 && auxiliaries.has(toks[s].f) && (s == 0 || toks[s-1].punct) {
		s++ // وظل الطفل يسألها: the subject after كان or ظل that opens the sentence
	}
	if s < i-1 && (toks[s].f == "هناك" || toks[s].f == "ثمة") && (s == 0 || toks[s-1].punct) {
		s++ // هناك أم قالت لي: there is a mother who told me
	}
	if s == i || s > 0 && !toks[s-1].punct && !complementisers.has(toks[s-1].f) && !arabicOpeners.has(toks[s-1].f) && !auxiliaries.has(toks[s-1].f) {
		return ""
	}
	head := toks[s].s
	if w, ok := strings.CutPrefix(head, "و"); ok && s+1 == i && f.kin(w) {
		return w // وابني يبكي ويقول: the conjunction is no part of the relation
	}
	f.buf = fold(f.buf, head)
	if f.kin(head) || f.role(head) || f.isKnown(head) || f.kind(f.buf) == bodyKind || f.definiteRole(f.buf) {
		return span(text, toks[s:i])
	}
	if i-s == 1 && strings.HasPrefix(head, "ال") && s > 0 && complementisers.has(toks[s-1].f) {
		return head // إن المريض سأله: the subject of a sentence after إن
	}
	return ""
}

// subjectBeforePlace returns the title or relation that opens the Arabic
// clause of the cue toks[i], before a phrase of place that ends at the
// cue (والطبيب في المركز الصحي قال لي): the subject, without the و that
// joins its clause to the one before. "" else.
func (f *finder) subjectBeforePlace(toks []token, i int) string {
	r := i - 1
	for r > 0 && r > i-6 && !toks[r-1].punct {
		r--
	}
	if r+2 >= i || !prepositions.has(toks[r+1].f) {
		return ""
	}
	t := toks[r]
	t.s, t.f = strings.TrimPrefix(t.s, "و"), strings.TrimPrefix(t.f, "و")
	if !strings.HasPrefix(t.s, "ال") || !(f.roleOf(t) || f.kin(t.s)) {
		return ""
	}
	for n := r + 2; n < i; n++ {
		if f.cueIn(toks, n) || f.classOf(toks[n]).bits&mayVerb != 0 && !strings.HasPrefix(toks[n].s, "ال") && !f.descriptive(toks[n].s) {
			return "" // a verb between: the clause is not the place's
		}
	}
	return t.s
}

// writerInIt returns who wrote the writing before the Arabic cue toks[i]
// when the cue says it was written in it (منشورًا كتبت فيه، رسالة كتب
// فيها): the subject of the sentence's first verb, a person. Words
// written on a thing (لافتة كتب عليها) have no such writer; "" then.
func (f *finder) writerInIt(text string, toks []token, i int) string {
	if i+1 >= len(toks) || toks[i+1].f != "فيه" && toks[i+1].f != "فيها" || !strings.Contains(toks[i].f, "كتب") {
		return ""
	}
	s := i
	for s > 0 && !(toks[s-1].punct && toks[s-1].s != "،") {
		s--
	}
	for s < i && frontingWords.has(toks[s].f) {
		s++
	}
	if s >= i-1 {
		return ""
	}
	for n := s + 1; n < i; n++ {
		if complementisers.has(toks[n].f) || arabicOpeners.has(toks[n].f) {
			return "" // وروى الفارس أن ورقة وجدت معلقة … كتب فيها: no writer the text names
		}
	}
	h := -1
	if ok, subject := f.verbOf(toks, s, i-1); ok && subject || f.cueOf(toks[s].s) != notCue {
		h = subjectAfter(toks, s, i-1)
	} else if auxiliaries.has(trimConjunctions(toks[s].f)) {
		h = s + 1 // وكان الحوراني قد نشر
	}
	if h < 0 || h >= i || !(f.roleOf(toks[h]) || f.kin(toks[h].s) || f.isKnown(toks[h].s) || nameWord(toks[h])) {
		return ""
	}
	n := f.subjectMention(text, toks[:i], h) // وأعلنت ابنته، الشاعرة نادين السرّاج، خبر الوفاة في منشور كتبت فيه
	if n == "" || n == nobody || n == aBody || f.never(n) {
		return ""
	}
	return n
}

// bodyAfterComplementiser returns the body that a complementiser (أن،
// غير أن، لكن) puts before the Arabic cue toks[i], in a name of several
// words that ends at the cue (غير أن الاتحاد العام للمزارعين اعتبر أن،
// لكن نقابة المهندسين الزراعيين رأت أن), or "".
func (f *finder) bodyAfterComplementiser(text string, toks []token, i int) string {
	for c := i - 3; c >= 0 && c >= i-6 && !toks[c].punct; c-- {
		if !complementisers.has(toks[c].f) && !frontingWords.has(toks[c].f) {
			continue
		}
		if !f.bodyHead(toks[c+1].s) {
			return ""
		}
		if n, e := f.arabicMention(text, toks[:i], c+1); e == i && n != "" && !f.never(n) {
			return n
		}
		return ""
	}
	return ""
}

// conjoinedSubject returns the subject that a verb before the Arabic cue
// toks[i], which carries و, puts after it, when that subject ends at the
// cue and is a person (اتصلت بي ابنتي وقالت، جاءنا مهندسون وقالوا لنا):
// the cue goes on with the subject of the verb before it. "" else.
func (f *finder) conjoinedSubject(text string, toks []token, i int) string {
	if i < 2 || !strings.HasPrefix(toks[i].s, "و") || !f.conjoinedCue(toks[i].s) {
		return ""
	}
	v := i
	for v > 0 && v > i-6 && !toks[v-1].punct {
		v-- // the clause's first word, the verb looked for first
	}
	for ; v < i-1; v++ {
		if f.classOf(toks[v]).bits&(mayVerb|mayVerbShadda) == 0 || strings.HasPrefix(toks[v].s, "ال") || f.personWord(toks[v]) || f.kin(toks[v].s) {
			continue
		}
		h := subjectAfter(toks, v, i-1)
		if h <= v || h >= i || !(f.personWord(toks[h]) || f.kin(toks[h].s) || f.ahadOf(toks[h])) {
			continue
		}
		if m, e := f.arabicMention(text, toks[:i], h); m != "" && e == i && !f.never(m) {
			return m
		}
	}
	return ""
}

// subjectBefore returns the subject an Arabic sentence puts before its
// verb toks[i] and a comma, over the apposition and the relative clause
// that describe it (غير أن رئيس الجمعية، الذي خسرت جمعيته الدعوى، كمال
// ناصيف، اعتبر أن): the name in apposition nearest the verb, else the
// description that opens the sentence; "" when the words before the
// comma are no subject, or the verb carries the و that goes on with the
// sentence before.
func (f *finder) subjectBefore(text string, toks []token, i int) string {
	if i < 2 || toks[i-1].s != "،" && toks[i-1].s != "," || f.conjoinedCue(toks[i].s) {
		return ""
	}
	name := ""
	e := i - 1 // the comma that closes the clause
	for seg := 0; seg < 4; seg++ {
		s := e
		for s > 0 && e-s <= 2*clause && (!toks[s-1].punct || toks[s-1].s == ")" || toks[s-1].s == "(") {
			s--
		}
		if s == e {
			return ""
		}
		if !relatives.has(toks[s].f) && !heShe.has(toks[s].f) {
			h := s // غير أن، لكن: the words that put a subject first
			for h < e && h < s+2 && (frontingWords.has(toks[h].f) || toks[h].s == "غير" || toks[h].s == "إلا") {
				h++
			}
			if h == e || toks[h].punct || prepositions.has(toks[h].f) || arabicStops.has(toks[h].f) || conjoined(f.buf, prepositions) {
				return ""
			}
			m, k := f.arabicMention(text, toks, h)
			for k < e && (toks[k].s == "(" || toks[k].s == ")" || nameWord(toks[k])) {
				k++ // البرتغالي جواو فيريرا (João Ferreira)
			}
			if m == "" || k < e || f.never(m) {
				return ""
			}
			if name == "" || !strings.HasPrefix(m, "ال") && strings.HasPrefix(name, "ال") {
				name = m // the name nearest the verb, over a description
			}
			if h > s || s == 0 || toks[s-1].s != "،" && toks[s-1].s != "," {
				return name // the subject opens the sentence
			}
		}
		if s == 0 || toks[s-1].s != "،" && toks[s-1].s != "," {
			return ""
		}
		e = s - 1
	}
	return ""
}

// conjoinedCue reports whether the Arabic word w is a cue that carries
// the conjunction و or ف (وقال، فأكد، وأعلنت): a verb that goes on with
// the subject of the sentence before it.
func (f *finder) conjoinedCue(w string) bool {
	return len(w) > 4 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && f.cueOf(w[2:]) != notCue
}

// nameAfterClause returns the name in commas that follows the relative
// clause opened at toks[r] (مديرة المدرسة، التي حذرت من الاكتظاظ، هالة
// نصر، إن): one to three words without the article, closed by punctuation,
// a complementiser or a cue; "" when none follows.
func (f *finder) nameAfterClause(text string, toks []token, r int) string {
	c := r
	for c < len(toks) && c-r <= 2*clause && !toks[c].punct {
		c++
	}
	if c >= len(toks) || c-r > 2*clause || toks[c].s != "،" && toks[c].s != "," {
		return ""
	}
	m := c + 1
	for m < len(toks) && m-c <= 4 && isArabic(toks[m].s) && !f.arStop(toks[m]) {
		m++
	}
	app := toks[c+1 : m]
	if len(app) == 0 || len(app) > 3 || m < len(toks) && !toks[m].punct && !complementisers.has(toks[m].f) && !f.arStop(toks[m]) {
		return ""
	}
	for _, t := range app {
		if hasDigit(t.s) || f.neverToken(t) || tanween(t.s) {
			return ""
		}
	}
	name := f.nameIn(app)
	if name == nil || strings.HasPrefix(name[0].s, "ال") {
		return ""
	}
	return span(text, name)
}

// arabicOpeners, besides the complementisers, may open a clause whose
// subject comes before its verb: لأن، حين، فإن.

var arabicOpeners = set("لان حين عندما وان فان")

// auxiliaries stand before a verb and its subject, or between them: كانت
// والدتي تقول، أبي كان يقول.
var auxiliaries = set("كان كانت وكان وكانت ظل ظلت وظل وظلت بقي بقيت وبقي وبقيت راح راحت وراح وراحت")

// media are the outlets a speaker talks to (لوكالة، لصحيفة، لقناة).
var media = set("وكالة صحيفة قناة موقع مجلة اذاعة تلفزيون شبكة")

// heShe open a clause that describes the one just named: وهو، وهي.
var heShe = set("وهو وهي")

// issuedBy are the participles and verbs that give a writing its
// issuer: بيان صادر عن الوزارة، البيان الصادر عن اللجنة، بيان أصدرته
// النقابة.
var issuedBy = set("صادر الصادر صادرة الصادرة اصدرته اصدرتها اصدره اصدرها")

// issuerAt returns the index of the issuer after a writing whose words
// at toks[j] say who issued it (صادر عن، الصادر من، أصدرته), or j when
// they do not: the issuer, not the participle, says the statement.
func (f *finder) issuerAt(toks []token, j int) int {
	p := j // the participle, after up to two adjectives (بيان مشترك صادر عن)
	for p < len(toks) && p < j+2 && !toks[p].punct && isArabic(toks[p].s) && !issuedBy.has(toks[p].f) {
		p++
	}
	if p >= len(toks) || !issuedBy.has(toks[p].f) {
		p = j
	}
	n := p
	for n < len(toks) && n <= p+2 && !toks[n].punct && (issuedBy.has(toks[n].f) || n > p && (toks[n].s == "عن" || toks[n].s == "من")) {
		n++
	}
	if n == p || n >= len(toks) || toks[n].punct || n == p+1 && issuedParticiples.has(toks[p].f) {
		return j // (بيان البلدية الصادر أمس: the participle with no عن says not who)
	}
	return n
}

// issuedParticiples are the forms of issuedBy that need عن or من before
// their issuer, unlike أصدرته.
var issuedParticiples = set("صادر الصادر صادرة الصادرة")

// issuedByIt are عن with the pronoun of an issuer named before: بيان صادر
// عنها.
var issuedByIt = set("عنه عنها عنهم")

// amongThem introduces a named member of a group: ومنهم، ومن بينهم.
var amongThem = set("ومنهم ومنهن منهم منهن وبينهم بينهم وبينهن بينهن")

// inscriptionPlaces are the pronouns a passive كُتب is written on.
var inscriptionPlaces = set("عليها عليه فيها فيه")

// set1Ahad is "one of": أحد المعلقين.
var set1Ahad = set("احد احدى")

// ahad reports whether the folded word w is one of set1Ahad, without a
// lookup: most rules ask it of every word of a paragraph.
func ahad(w string) bool { return w == "احد" || w == "احدى" }

// ahadOf is f.in(set1Ahad, t.s) for a token, from its folded form: it
// leaves f.buf as in does.
func (f *finder) ahadOf(t token) bool {
	f.buf = append(f.buf[:0], t.f...)
	return ahad(t.f)
}

// oneOf returns one of a group named at toks[j] (أحد سكان الحي، إحدى
// الموظفات), up to its first definite word, which ends the construct (not
// the verb's object after it: ونشر أحد السكان صورة), or a noun with a
// possessive right after it (أحد زبائني), and its gender; "" when
// toks[j] is no أحد or no definite word follows within three words.
func (f *finder) oneOf(toks []token, j int) (string, byte) {
	if j >= len(toks) || !ahad(toks[j].f) {
		return "", anyGender
	}
	g := byte(male)
	if toks[j].f != "احد" {
		g = female
	}
	for e := j + 1; e < len(toks) && e <= j+3 && !toks[e].punct && isArabic(toks[e].s); e++ {
		if strings.HasPrefix(toks[e].s, "ال") || e == j+1 && utf8.RuneCountInString(toks[e].f) >= 4 && (possessedNoun(toks[e].f) != "" || strings.HasSuffix(toks[e].f, "ي")) {
			// أحد السكان; أحد زبائني، إحدى موكلاته: a possessive
			// makes the group as definite (not لم يأت أحد في)
			return span(f.text, toks[j:e+1]), g
		}
	}
	return "", anyGender
}

// calledName returns the name after يدعى or تدعى ("called") in the
// apposition that follows a subject at toks[k]: "أحدهم، وهو سائق أجرة
// يدعى عادل مهنا".
func (f *finder) calledName(text string, toks []token, k int) string {
	for n := k; n < len(toks) && n < k+8; n++ {
		if toks[n].punct && toks[n].s != "،" && toks[n].s != "," {
			return ""
		}
		if calledWords.has(toks[n].f) || f.in(calledWords, strings.TrimPrefix(toks[n].s, "و")) {
			if n > 0 && withheld.has(toks[n-1].f) {
				return "" // طلب عدم نشر اسمه: a name the text does not give
			}
			e := n + 1
			for e < len(toks) && e-n <= nameLength(toks, n+1) && isArabic(toks[e].s) && !f.arStop(toks[e]) && !tanween(toks[e].s) {
				e++
			}
			return span(text, toks[n+1:e])
		}
	}
	return ""
}

// nameLength is how many words an Arabic name that starts at toks[m] has
// when the text gives a first name and a family name: two, or three
// after a joiner (عبد الرحمن النحاس، أبو بكر الزعبي).
func nameLength(toks []token, m int) int {
	if m < len(toks) && arabicJoiners.has(toks[m].f) {
		return 3
	}
	return 2
}

// withheld are the verbal nouns before اسمه that keep the name back:
// عدم نشر اسمه، رفض ذكر اسمها، طلب عدم الكشف عن اسمه.
var withheld = set("نشر ذكر كشف الكشف عن اعلان")

// withholds are the words of a clause that keeps a name back (طلب عدم
// ذكر اسمه، فضّل عدم الكشف عن هويته): no name holds them.
var withholds = set("عدم دون")

// calledWords are the words of "called" (يدعى، تدعى، اسمها), also with
// the conjunction و (وتدعى رنا خضور).
var calledWords = set("يدعى تدعى يسمى تسمى اسمه اسمها")

// arabicMention parses a person or a body named at toks[j]: title?
// description? name. It returns the name when there is one (الدكتور سمير
// حداد → سمير حداد; صاحب مطبعة النور كمال الراعي → كمال الراعي; مدير
// الشؤون القانونية في البلدية رامي نصار → رامي نصار; وزير الخارجية الروسي،
// سيرغي لافروف → سيرغي لافروف), else the description itself (المتحدث
// باسم الجيش، نقابة المعلمين، مسؤول), and the index after what it read.
func (f *finder) arabicMention(text string, toks []token, j int) (string, int) {
	k := j
	for k < len(toks) && k-j < 7 && (isArabic(toks[k].s) || nameWord(toks[k])) && (!f.endsPhrase(toks[k]) || f.generalTitle(toks, k) || nameParticle(toks, j, k)) && !f.manner(toks, k, k == j) {
		// مسؤول لقوات الدفاع: a preposition after an indefinite title.
		if k == j+1 && strings.HasPrefix(toks[k].s, "ل") && f.roleOf(toks[j]) && !strings.HasPrefix(toks[j].s, "ال") && !f.bodyHead(toks[k].s) {
			break // (but رئيس لجنة الحكام: لجنة is no preposition)
		}
		if k > j && f.behind(toks, k) {
			break // يقف سامي الخباز خلف فرنه
		}
		if k > j && (toks[k].f == "البالغ" || toks[k].f == "البالغة") {
			break // الطبيبة البالغة من العمر 61 عامًا: her age, after the description
		}
		if k > j && k+1 < len(toks) && strings.HasPrefix(toks[k].f, "وال") && (toks[k+1].s == "في" || toks[k+1].s == "على") && !f.roleOf(toks[k]) && !f.kin(toks[k].s) {
			break // قال الحارس والدموع في عينيه: a clause of how he was
		}
		k++
	}
	np := toks[j:k]
	if len(np) == 0 {
		return "", k
	}
	if name, m := f.throughMark(text, toks, k); name != "" {
		return name, m
	}
	if name := f.namedMember(text, toks, np, k); name != "" {
		return name, k
	}
	if name := f.nameIn(np); name != nil {
		return span(text, name), k
	}
	if k < len(toks) && (toks[k].s == "،" || toks[k].s == ",") && !(f.bodyHead(np[0].s) && k+1 < len(toks) && strings.HasPrefix(toks[k+1].s, "ال")) {
		// (not شركة مياه الساحل، المنفذة للمشروع،: a body, then what it
		// does)
		m := k + 1
		for m < len(toks) && m-k <= 4 && isArabic(toks[m].s) && (!f.arStop(toks[m]) || f.generalTitle(toks, m)) {
			m++
		}
		app := toks[k+1 : m]
		closed := (m == len(toks) || toks[m].punct || f.arStop(toks[m])) && !ageApposition(toks[k+1:m])
		digits := false // an age or a date in commas (حداد، 14 عامًا،) is no name
		for _, t := range app {
			digits = digits || hasDigit(t.s) || withholds.has(t.f) || beingVerbs.has(t.f) // طلب عدم ذكر اسمه، وكان يقف: a clause
		}
		if len(app) > 0 && len(app) <= 3 && closed && !digits && (len(np) >= 2 || f.roleOf(np[0]) || f.kin(np[0].s)) {
			if len(app) >= 2 && (f.roleOf(app[0]) || f.in(calledWords, strings.TrimPrefix(app[0].s, "و"))) {
				app = app[1:] // العقيد سامر خليل، ويدعى مروان
			}
			return span(text, app), m
		}
		// مدربها، البطل الوطني السابق نزار قباني،: a description, then
		// the name.
		for m < len(toks) && m-k <= 7 && isArabic(toks[m].s) && (!f.arStop(toks[m]) || f.generalTitle(toks, m)) {
			m++
		}
		if m-k > 4 && (m == len(toks) || toks[m].punct) && !digits && (f.roleOf(np[0]) || f.definiteRole(f.buf)) {
			if name := f.nameIn(toks[k+1 : m]); name != nil && name[0].off != toks[k+1].off {
				return span(text, name), m
			}
		}
	}
	// منسق فريق الاستجابة في المنطقة، محمود الأحمد،: the name in commas
	// after the place or body the description serves.
	if name, m := f.appositionAfter(text, toks, np, k); name != "" {
		return name, m
	}
	// رئيسة قسم الطوارئ في المستشفى هدى سالم: the name after the place;
	// المدير التنفيذي للشركة هانس كولر: after what the title is of.
	of := k < len(toks) && strings.HasPrefix(toks[k].s, "لل") && utf8.RuneCountInString(toks[k].s) > 4 && !f.kin(toks[k].s[len("ل"):])
	if f.roleOf(np[0]) && k+1 < len(toks) && (placePrepositions.has(toks[k].f) || of) {
		m := k + 1
		// في شارع المدارس: a place noun before the article heads the
		// place it names.
		if !of && m+1 < len(toks) && isArabic(toks[m].s) && !strings.HasPrefix(toks[m].s, "ال") && strings.HasPrefix(toks[m+1].s, "ال") {
			m++
		}
		for m < len(toks) && m-k <= 4 && isArabic(toks[m].s) && f.descriptive(toks[m].s) {
			m++
		}
		for m < len(toks) && strings.HasSuffix(toks[m].s, ".") {
			m++ // د. هشام قطان
		}
		if m > k+1 || of {
			e := m
			for e < len(toks) && e-m < nameLength(toks, m) && isArabic(toks[e].s) && !f.arStop(toks[e]) && !f.neverToken(toks[e]) && !f.roleOf(toks[e]) {
				e++
			}
			// موظف حكومي في الأربعينات حضر المباراة مع ابنه: after an
			// indefinite description, two words that go on with a
			// preposition are a verb and its object, not a name.
			f.buf = append(f.buf[:0], np[0].f...)
			indefinite := !articled(np[len(np)-1].s) && !f.definiteRole(f.buf)
			closed := e == len(toks) || toks[e].punct || f.arStop(toks[e]) && !prepositions.has(toks[e].f)
			if e-m == nameLength(toks, m) && !strings.HasPrefix(toks[m].s, "ال") && (closed || !indefinite) {
				return span(text, toks[m:e]), e
			}
		}
	}
	if len(np) == 2 && f.bodyHead(np[0].s) && strings.HasPrefix(np[0].s, "ال") && strings.HasPrefix(np[1].s, "ال") && k+1 < len(toks) && strings.HasPrefix(toks[k].s, "ل") && !strings.HasPrefix(toks[k].s, "ال") {
		// الاتحاد الوطني للكرة الطائرة، الاتحاد العام لنقابات العمال:
		// after a body and its adjective, what it is of, after ل (but
		// دعت النقابة للإضراب: the verb's object).
		e := k + 1
		if !articled(toks[k].s) && !toks[e].punct && strings.HasPrefix(toks[e].s, "ال") {
			e++ // لكرة القدم
		} else if !articled(toks[k].s) {
			e = k
		}
		for e > k && e < len(toks) && e < k+3 && strings.HasPrefix(toks[e].s, "ال") && !f.arStop(toks[e]) {
			e++ // للكرة الطائرة
		}
		if e > k {
			return span(text, toks[j:e]), e
		}
	}
	if f.bodyHead(np[0].s) {
		np = f.bodyName(np)
	}
	return span(text, np[:min(len(np), 4)]), k
}

// carrierBefore reports whether the Arabic cue at toks[i] follows the
// thing that carries writing it describes, an indefinite noun of
// inscriptions and up to two adjectives of its own (ورقة صغيرة تقول،
// لافتة كبيرة حمراء تقول): a verb that says what the thing says.
func (f *finder) carrierBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := toks[j]
		if t.punct || !isArabic(t.s) || articled(t.s) {
			return false
		}
		if inscriptions.has(t.f) {
			return true
		}
		if f.arStop(t) {
			return false
		}
	}
	return false
}

// behind reports whether toks[k] is the preposition خلف ("behind") before
// the noun it governs, not the name خلف (صلاح خلف:), which ends a phrase.
func (f *finder) behind(toks []token, k int) bool {
	return toks[k].s == "خلف" && k+1 < len(toks) && isArabic(toks[k+1].s) && !f.arStop(toks[k+1])
}

// bodyName returns the words of np that name the body its first word
// heads: after the head, a word with the article (وزارة التربية، المؤسسة
// العامة للخطوط) or a noun in the construct state before one (رابطة
// مشجعي الجيش، لجنة أولياء الأمور) or a place noun before its name (مجلس
// مدينة حلب). A proper name ends it: what follows is the verb's object
// (وأعلنت بلدية حلب إغلاق السوق → بلدية حلب), and so does a word with the
// article that is not feminine after a feminine head with the article:
// no adjective of it (الشركة الوطنية، اللجنة العليا), the verb's object
// (وأرجعت الشركة التأخير إلى → الشركة).
func (f *finder) bodyName(np []token) []token {
	if len(np) > 2 && !articled(np[0].s) && strings.HasSuffix(np[0].f, "ة") && articled(np[1].s) && (soundPlural(np[1].f) || feminineEnd(np[1].f)) && articled(np[2].s) && !feminineEnd(np[2].f) && !soundPlural(np[2].f) {
		// ونعت نقابة الموسيقيين الراحل، ونعت وزارة الثقافة الراحل: a
		// masculine singular after a plural or a feminine noun is the
		// verb's object, no adjective of either
		return np[:2]
	}
	for e := 1; e < len(np); e++ {
		if e == 1 && strings.HasPrefix(np[0].f, "ال") && strings.HasSuffix(np[0].f, "ة") && strings.HasPrefix(np[1].f, "ال") && !feminineEnd(np[1].f) {
			return np[:1]
		}
		if articled(np[e].s) {
			continue
		}
		if e+1 < len(np) && articled(np[e+1].s) {
			continue // مشجعي الجيش
		}
		if arabicPlaces.has(np[e].f) {
			continue // مدينة حلب
		}
		return np[:e+1]
	}
	return np
}

// soundPlural reports whether a folded Arabic word ends as a sound plural
// does (الموسيقيين، المعلمون، الشركات).
func soundPlural(w string) bool {
	return strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ات")
}

// feminineEnd reports whether an Arabic word ends as a feminine adjective
// does: ة، ى or ا (الوطنية، الكبرى، العليا).
func feminineEnd(w string) bool {
	return strings.HasSuffix(w, "ة") || strings.HasSuffix(w, "ى") || strings.HasSuffix(w, "ا")
}

// articled reports whether an Arabic word carries the article, also after
// the preposition ل (للخطوط).
func articled(w string) bool {
	return strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "لل")
}

// appositionAfter returns the name in commas that follows a description
// np and the place, body or field it serves (toks[k:] up to the comma):
// مديرة البرامج في المنظمة، لينا السيد:؛ رئيس بلدية الحارة في محافظة
// درعا، عمار نجم،؛ المتحدث باسم الشركة الوطنية للنقل، علاء منصور، —
// news names the person after their office. The name is one to three
// words without the article, closed by punctuation, إن or للصحفيين; a number (an age, a date), a word that is
// never a speaker or another title is no name. It returns "" when there
// is none, and the index after the name.
func (f *finder) appositionAfter(text string, toks []token, np []token, k int) (string, int) {
	if !f.roleOf(np[0]) && !(len(np) >= 2 && ahad(np[0].f)) {
		return "", k // إحدى المتطوعات في المبادرة، رهف عساف: one of a group, named
	}
	c := k
	for c < len(toks) && c-k <= 8 && (toks[c].punct || isArabic(toks[c].s)) {
		if toks[c].punct {
			// صاحب فرن «السنابل» في الحي، سمير القنطار: the name of a
			// shop or a body in marks is part of the description.
			e := markedName(toks, c)
			if e < 0 {
				break
			}
			c = e + 1
			continue
		}
		f.buf = append(f.buf[:0], toks[c].f...)
		if arabicCue(f.buf) != notCue || arabicIndirect.hasBytes(f.buf) || complementisers.has(toks[c].f) {
			return "", k
		}
		c++
	}
	if c >= len(toks) || c == k || toks[c].s != "،" && toks[c].s != "," {
		return "", k
	}
	m := c + 1
	for m < len(toks) && m-c <= 4 && isArabic(toks[m].s) && !f.arStop(toks[m]) {
		m++
	}
	app := toks[c+1 : m]
	// closed by a mark, by إن/أن or by للصحفيين, not by a preposition that
	// goes on with a clause (طلب عدم الكشف عن اسمه)
	closed := m == len(toks) || toks[m].punct || complementisers.has(toks[m].f) || strings.HasPrefix(toks[m].s, "لل")
	if len(app) == 0 || len(app) > 3 || !closed {
		return "", k
	}
	if f.roleOf(app[0]) {
		if len(app) < 3 {
			return "", k
		}
		app = app[1:] // العقيد سامر خليل، الأستاذ عادل الحمصي
	}
	if strings.HasPrefix(app[0].s, "ال") {
		return "", k
	}
	for _, t := range app {
		if hasDigit(t.s) || f.neverToken(t) || tanween(t.s) {
			return "", k
		}
	}
	return span(text, app), m // لينا السيد: a title word may be a surname
}

// throughMark reads a mention on through a name in marks at toks[k] that
// follows a noun in construct (رئيس قائمة «التجديد» الدكتورة سناء
// الهاشمي، أمين سر نادي «الشعلة» نزيه قاسم): the marks name the list,
// the school or the club the noun heads, and the mention goes on after
// them, with no verb or punctuation between, to the person it names. It
// returns the person and the index after the mention, or "" when no name
// follows the marks.
func (f *finder) throughMark(text string, toks []token, k int) (string, int) {
	if k == 0 || k+1 >= len(toks) || !isArabic(toks[k-1].s) || articled(toks[k-1].s) || suffixed(toks[k-1].s) {
		return "", k
	}
	e := markedName(toks, k)
	if e >= 0 && e+2 < len(toks) && strings.HasPrefix(toks[e+1].s, "لل") && isArabic(toks[e+2].s) {
		e++ // شركة «نسيم» للسياحة هالة برق: what the body does, then the name
	}
	if e < 0 || e+1 >= len(toks) || !isArabic(toks[e+1].s) || f.endsPhrase(toks[e+1]) || complementisers.has(toks[e+1].f) {
		return "", k
	}
	name, m := f.arabicMention(text, toks, e+1)
	if name == "" || f.nameIn(toks[e+1:m]) == nil {
		return "", k
	}
	return name, m
}

// markedName returns the index of the mark that closes a name of one to
// three words in marks opened at toks[c] («السنابل»، "النور"), or -1.
func markedName(toks []token, c int) int {
	if r, _ := utf8.DecodeRuneInString(toks[c].s); !isMark(r) || strings.ContainsRune("»›”’", r) {
		return -1
	}
	for e := c + 1; e < len(toks) && e <= c+4; e++ {
		if toks[e].punct {
			if e > c+1 && isMark([]rune(toks[e].s)[0]) {
				return e
			}
			return -1
		}
	}
	return -1
}

// complementisers open indirect speech: the subject has ended before them.
var complementisers = set("ان انه انها بان بانه بانها")

// endsPhrase reports whether an Arabic word ends the noun phrase of a
// mention: a stop (arStop) or a word that is never a speaker. It folds the
// word once.
func (f *finder) endsPhrase(t token) bool {
	if f.arStop(t) {
		return true
	}
	if !isArabic(t.s) {
		return false
	}
	return f.classOf(t).ends || tanween(t.s)
}

// endsWord reports whether the folded Arabic word w ends a noun phrase
// besides the stops of arStop (see endsPhrase).
func endsWord(w string) bool {
	return neverArabic.has(w) || arabicManner.has(w) || strings.HasPrefix(w, "بال")
}

// tanween reports whether an Arabic word ends in the accusative tanween
// (مبتسمًا، متنهدةً، أيضاً، ردًّا): an adverb or a circumstantial accusative,
// never a name.
func tanween(w string) bool {
	w = strings.TrimSuffix(w, "ا")
	w = strings.TrimSuffix(w, "ّ") // ردًّا: the shadda may follow the tanween
	return strings.HasSuffix(w, "ً") || strings.HasSuffix(w, "ًّ")
}

// manner reports whether the Arabic words at toks[n] say how something was
// said rather than who said it: a word in the accusative (مبتسمًا،
// ضاحكةً), a word of manner (بغضب، ضاحكة), or ب with an indefinite noun
// before its adjective or a colon (بنبرة هادئة، بانفعال:) when it stands
// first after the verb.
// Arabic writes a ḥāl and such a ب-phrase right after the verb, where a
// subject could stand; no subject starts with ب.
func (f *finder) manner(toks []token, n int, first bool) bool {
	t := toks[n]
	if t.punct || !isArabic(t.s) {
		return false
	}
	if tanween(t.s) {
		return true
	}
	f.buf = append(f.buf[:0], t.f...)
	b := string(f.buf)
	if arabicManner.has(b) || strings.HasPrefix(b, "بال") {
		return true
	}
	if !first || !strings.HasPrefix(b, "ب") || utf8.RuneCountInString(b) < 4 || f.isKnown(t.s) || arabicStops.has(b) || neverArabic.has(b) {
		return false
	}
	if n+1 >= len(toks) || toks[n+1].s == ":" {
		return true // بانفعال:
	}
	// بنبرة هادئة: a feminine noun and the adjective that agrees with it.
	next := toks[n+1].s
	return strings.HasSuffix(b, "ة") && strings.HasSuffix(next, "ة") && !strings.HasPrefix(next, "ال")
}

// arabicManner are the words of manner that follow a verb where its
// subject would (وأضاف مبتسمًا، وقالت بغضب): a circumstantial accusative,
// also when written without its tanween, or a manner with ب.
var arabicManner = set(
	"مبتسما ضاحكا باكيا غاضبا متاثرا مازحا ساخرا متسائلا مستدركا بدوره بدورها",
	"مبتسمة ضاحكة باكية غاضبة متاثرة مازحة ساخرة متسائلة مستدركة",
	"بغضب بهدوء بحزن بفخر بحماس بصوت بابتسامة بمرارة بسخرية بثقة بحرقة بحسرة",
	"بصراحة بوضوح بحزم بطريقة بلهجة بنبرة باختصار بتأثر بقلق بارتياح بأسف بعبارة", // بطريقة مختلفة، بلهجة حادة
)

// placePrepositions join a title to the place it holds: في، لدى.
var placePrepositions = set("في لدى عن") // (النائب عن المحافظة: whom a title serves)

// descriptive reports whether an Arabic word describes rather than names:
// it carries the article (الشؤون، العجوز), heads a place (مطبعة، قسم), or
// says on whose behalf (باسم).
func (f *finder) descriptive(w string) bool {
	f.buf = fold(f.buf, w)
	return descriptive(f.buf)
}

// descriptive reports whether the folded Arabic word b describes (see
// finder.descriptive).
func descriptive(b []byte) bool {
	return bytes.HasPrefix(b, al) || arabicConstruct.hasBytes(b) || bytes.HasPrefix(b, []byte("باسم")) || string(b) == "بسم" // (الناطق باسمها العقيد …)
}

// afterTitle reports whether np[s] follows a title, or a title and one
// adjective (المحامية، المهندسة المعمارية).
func (f *finder) afterTitle(np []token, s int) bool {
	return f.roleOf(np[s-1]) || s >= 2 && f.roleOf(np[s-2]) && strings.HasPrefix(np[s-1].s, "ال")
}

// bodyIn reports whether a word of ts heads the name of a body.
func (f *finder) bodyIn(ts []token) bool {
	for _, t := range ts {
		if f.bodyHead(t.s) {
			return true
		}
	}
	return false
}

// definiteAfter reports whether a word with the article is among ts.
func definiteAfter(ts []token) bool {
	for _, t := range ts {
		if strings.HasPrefix(t.s, "ال") {
			return true
		}
	}
	return false
}

// nameIn returns the name inside the noun phrase np: np itself when it
// starts with a name, or the words after its titles and their definite
// description (الممرضة المناوبة نور الهدى قاسم → نور الهدى قاسم), or nil
// when np is a description only (وزير الخارجية الروسي، المتحدث باسم الجيش).
func (f *finder) nameIn(np []token) []token {
	s, definite := 0, false
	for s < len(np) {
		w := np[s].s
		chained := s > 0 && (f.roleOf(np[s-1]) || f.bodyHead(np[s-1].s) || !definite && !strings.HasPrefix(np[s-1].s, "ال"))
		if f.isKnown(w) && strings.HasPrefix(w, "ال") && (s == 0 || s == len(np)-1 && f.titled(np[:s])) {
			// ويقضي العمر لياليه: a surname named before; الدكتور الشامي:
			// after a title, which a speaker never carries (but نقيب
			// الصيادين سليم حجازي: what the title is of).
			return np[s : s+1]
		}
		switch {
		case strings.HasSuffix(w, ".") && isAbbreviation(strings.TrimSuffix(w, ".")):
			definite = true
		case (np[s].f == "رجل" || np[s].f == "سيدة") && s+1 < len(np) && np[s+1].f == "الاعمال":
			s++ // رئيس الغرفة رجل الأعمال كمال السعدي: a title of two words
			definite = true
		case f.roleOf(np[s]):
			definite = definite || strings.HasPrefix(w, "ال")
		case f.definiteRole(f.buf):
			definite = true // زوجته، مساعدها
		case descriptive(f.buf) && !strings.HasPrefix(w, "إل") && !strings.HasPrefix(w, "أل"):
			// (not إلسا، ألفت: a name whose hamza folds away before its lam)
			definite = definite || strings.HasPrefix(w, "ال")
		case s > 0 && (f.roleOf(np[s-1]) || np[s-1].f == "باسم") && f.bodyHead(w):
			// رئيس رابطة الخريجين سعيد الكردي: the body a title is of,
			// in the construct state, is part of the description.
		case definite && strings.HasPrefix(w, "وال") && utf8.RuneCountInString(w) > 4:
			// الشاعر والمترجم الأستاذ فادي زهران: a description joined
			// to the one before it, whatever its noun; a name has no
			// article after و.
		case s > 0 && !definite && !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "ل") && chained && f.roleOf(np[0]) && definiteAfter(np[s+1:]):
			// رئيس جمعية تجار السوق، مدير عام دائرة الآثار: a noun of the
			// construct the title heads, before its definite end.
		case s > 0 && s+1 < len(np) && strings.HasPrefix(np[s-1].s, "ال") && strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "ال") && strings.HasPrefix(np[s+1].s, "ال") && !f.isKnown(w) && (f.bodyIn(np[:s]) || !f.afterTitle(np, s)):
			// (not المحامية لينا السعدي، المهندسة المعمارية لمى الحسيني:
			// right after a title, and no body, a name)
			// رئيس الاتحاد الوطني لكرة القدم: what the body is of, after
			// ل, is part of the description.
		case s > 0 && strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "ال") && f.bodyHead(w[len("ل"):]) && !f.isKnown(w):
			// الأمين العام لنقابة عمّال الموانئ فادي السعدي: the body the
			// title is of, after ل, and the nouns of its construct up to
			// its definite end.
			for s+2 < len(np) && !strings.HasPrefix(np[s+1].s, "ال") && strings.HasPrefix(np[s+2].s, "ال") {
				s++
			}
			if s+1 < len(np) && strings.HasPrefix(np[s+1].s, "ال") {
				s++
			}
		default:
			if s == 0 && f.ahadOf(np[0]) {
				return nil // إحدى الأمهات: one of a group, named in apposition if at all
			}
			if s == 0 {
				if len(np) > 1 && strings.HasPrefix(np[1].s, "ال") && f.surname(w) && !f.isKnown(span(f.text, np[:2])) {
					// ووصف ضاهر المشهد after نبيل ضاهر: the surname of a
					// name given before, then the verb's object.
					return np[:1]
				}
				return np[:min(len(np), 4)] // كيري، أم سعيد، سيرغي لافروف
			}
			if !definite || futureVerb(w) || suffixed(w) || passiveVerb(w) || coordinated(np[s+1:]) {
				return nil // مسؤول أمني؛ ابنه سيتعلم؛ ابن جاره أُصيب
			}
			if s >= 2 && arabicKin.has(np[0].f) && strings.HasPrefix(np[1].s, "ال") && !ageApposition(np) {
				// والد اللاعبة تالا منصور، زوجة المتهم سامي الخطيب: the
				// name is the one the relation is of; the speaker is
				// their relative, as the words before it describe them.
				return np[:s]
			}
			// A first name (joiners kept: عبد الرحيم) and one more part;
			// a third only after a compound first name (نور الهدى قاسم).
			e, parts := s, 0
			// A family name may be a title with the article (حسام
			// الجندي، سامي الحداد): right after the first name it names.
			for e < len(np) && parts < 3 && (!f.roleOf(np[e]) || parts == 1 && strings.HasPrefix(np[e].s, "ال")) && !(e > s && suffixed(np[e].s)) {
				if !arabicJoiners.has(np[e].f) {
					parts++
				}
				if parts == 3 && !compoundNames.has(np[e-1].f) && !(e == len(np)-1 && f.foreignName(np, s, e)) {
					break // (الإسباني خوان كارلوس مارتينيز، a name of three parts in another language)
				}
				e++
			}
			return np[s:e]
		}
		s++
	}
	return nil
}

// foreignName reports whether the Arabic words np[s:e+1] of a name that
// ends a phrase are a name of another language after its nationality
// (الفرنسي جان لوك موريل، الإسباني خوان كارلوس مارتينيز): none carries
// the article or a joiner, and the last is no word of manner nor a noun
// with a pronoun.
func (f *finder) foreignName(np []token, s, e int) bool {
	for _, w := range np[s : e+1] {
		if strings.HasPrefix(w.s, "ال") || arabicJoiners.has(w.f) || w.punct {
			return false
		}
	}
	return s > 0 && f.nationality(np[s-1], np[s]) && !suffixed(np[e].s) && !f.manner(np, e, false)
}

// coordinated reports whether ts opens with nouns joined by و in a row
// (وصيدليات ومحطات: وشمل المسح مخابز وصيدليات ومحطات): the objects of a
// verb, which no name is made of.
func coordinated(ts []token) bool {
	return len(ts) >= 2 && strings.HasPrefix(ts[0].s, "و") && strings.HasPrefix(ts[1].s, "و") && isArabic(ts[1].s)
}

// titled reports whether every word of ts is a title or a title
// abbreviation (الدكتور، د.، السيد المهندس): what a speaker's name is
// given without.
func (f *finder) titled(ts []token) bool {
	for _, t := range ts {
		if !f.roleOf(t) && !(strings.HasSuffix(t.s, ".") && isAbbreviation(strings.TrimSuffix(t.s, "."))) {
			return false
		}
	}
	return len(ts) > 0
}

// imperfect reports whether an Arabic word has the shape of a verb in
// the imperfect of the third person (يبكي، تصرخ): ي or ت and two to
// five letters more, not a noun with the article.
func imperfect(w string) bool {
	n := utf8.RuneCountInString(w)
	return (strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")) && n >= 3 && n <= 6
}

// futureVerb reports whether an Arabic word is a verb in the future
// (سيتعلم، ستعود), which no name is.
func futureVerb(w string) bool {
	if len(w) < 10 || !(strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست") || strings.HasPrefix(w, "سن")) {
		return false
	}
	return w[4:6] != "ي" // ستيفن، ستيفاني are names
}

// compoundNames are the second words of compound first names: نور
// الهدى، صلاح الدين، عبد الله.
var compoundNames = set("الدين الهدى الله الرحمن الرحيم الحق النور الزهراء الخير الاسلام")

// possessedObject reports whether the Arabic word after a verb is its
// object, a thing with a possessive pronoun (أداءها، رغبته، فخره; see
// possessed), not a relation (زوجته) nor one of a group (أحدهم، بعضهم),
// which the rules for people read. It reads t's class and folded form,
// and leaves that form in f.buf, as folding the word would.
func (f *finder) possessedObject(t token) bool {
	if !isArabic(t.s) {
		return false
	}
	f.buf = append(f.buf[:0], t.f...)
	c := f.classOf(t)
	if c.kin {
		return false
	}
	for _, q := range arabicQuantifiers {
		if len(f.buf) >= len(q) && string(f.buf[:len(q)]) == q {
			return false
		}
	}
	return f.possessedClass(t.f, c)
}

// arabicQuantifiers with a pronoun name some of the people it refers to.
var arabicQuantifiers = strings.Fields("احد بعض كل معظم اغلب جميع")

// suffixed reports whether an Arabic word of more than four letters ends
// in the pronoun ه، ها or هم, which a name does not (بوصفها، كتابه; but
// العبدالله ends in الله).
func suffixed(w string) bool {
	return len(w) > 8 && (strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "الله"))
}

// statement returns the body a statement cue names (وجاء في بيان نقابة
// المعلمين → نقابة المعلمين; جاء في البيان الذي أصدرته اللجنة المنظمة →
// اللجنة المنظمة), aBody when the statement's body was named before (جاء
// في البيان:), and nobody for words on a thing (ورقة جاء فيها:).
func (f *finder) statement(text string, toks []token, i int) string {
	j := i + 1
	if j < len(toks) && writtenIn.has(toks[j].f) {
		// جاء فيها: what "it" is stands before the verb.
		if f.unsigned(toks, max(0, i-12), i) {
			return nobody // منشور من دون توقيع جاء فيه
		}
		for n := i - 1; n >= 0 && n >= i-20 && !(toks[n].punct && toks[n].s != "،"); n-- {
			switch {
			case arabicStatements.has(toks[n].f) || telegrams.has(toks[n].f):
				if w := f.sender(toks, n+1, i); w != "" {
					return f.reference(w, anyGender) // رسالة نصية أرسلها قرطاس إلى مدير الإنتاج، جاء فيها: his
				}
				return aBody
			case inscriptions.has(toks[n].f):
				return nobody
			}
		}
		return aBody
	}
	j++ // في
	if j < len(toks) && inscriptions.has(toks[j].f) {
		return nobody
	}
	construct := false // بيان الصندوق: an indefinite writing is the body's
	if j < len(toks) && arabicStatements.has(toks[j].f) {
		if w := toks[j].f; !strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "هم")) {
			if strings.HasPrefix(w, "رسالت") || strings.HasPrefix(w, "منشور") {
				// جاء في رسالته: his letter, the man named before
				switch {
				case strings.HasSuffix(w, "ها"):
					f.cueGender = female
				case strings.HasSuffix(w, "هم"):
					f.cueGender = plural
				default:
					f.cueGender = male
				}
				return ""
			}
			return aBody // جاء في مذكرتها الختامية: the body "her" is, named before
		}
		construct = !strings.HasPrefix(toks[j].s, "ال")
		j++
		if j+1 < len(toks) && !toks[j].punct && !strings.HasPrefix(toks[j].s, "ل") && !strings.HasPrefix(toks[j].s, "ال") && strings.HasPrefix(toks[j+1].s, "ل") && f.classOf(toks[j]).kind == 0 {
			j++ // بيان مقتضب للجنة الحكام: an adjective of the statement
		}
		if n := f.bodyAfterL(toks, j); n != "" {
			return n // بيان للدائرة، بيان للجنة الحكام: the body's statement
		}
		if j+1 < len(toks) && !toks[j+1].punct && (strings.HasSuffix(toks[j].f, "ه") || strings.HasSuffix(toks[j].f, "ها")) && !strings.HasPrefix(toks[j].s, "ال") && f.classOf(toks[j]).bits&(mayVerb|mayVerbShadda) != 0 && (f.bodyHead(toks[j+1].s) || f.roleOf(toks[j+1])) {
			// جاء في بيان نشره النادي، بيان وزّعته النقابة: the one who
			// issued the statement, after the verb that refers to it.
			if name, _ := f.arabicMention(text, toks, j+1); name != "" {
				return f.reference(name, anyGender)
			}
		}
		if n := f.issuerAt(toks, j); n > j {
			j, construct = n, true // بيان صادر عن وزارة الصحة
		} else if j+1 < len(toks) && issuedParticiples.has(toks[j].f) && issuedByIt.has(toks[j+1].f) {
			return aBody // بيان صادر عنها: the body named before
		}
	}
	for j < len(toks) && !construct && !toks[j].punct && strings.HasPrefix(toks[j].s, "ال") && !f.bodyHead(toks[j].s) && !relatives.has(toks[j].f) && !issuedBy.has(toks[j].f) {
		j++ // الختامي
	}
	if j < len(toks) && relatives.has(toks[j].f) {
		j += 2 // أصدرته
	}
	j = f.issuerAt(toks, j) // البيان الختامي الصادر عن اللجنة
	if j >= len(toks) || toks[j].punct {
		return aBody
	}
	name, _ := f.arabicMention(text, toks, j)
	if name == "" {
		return aBody
	}
	return name
}

// bodyAfterL returns the body the word toks[j] names after the
// preposition ل (للجنة الحكام، لشركة الفجر، للدائرة), or "".
func (f *finder) bodyAfterL(toks []token, j int) string {
	if j >= len(toks) || toks[j].punct || !strings.HasPrefix(toks[j].s, "ل") {
		return ""
	}
	if p := bodyPrefix(toks[j]); p > 0 {
		if e := bodyNameEnd(toks, j); e > j+1 {
			return f.text[toks[j].off+p : toks[e-1].end()] // لشركة الفجر، للجنة الحكام
		}
	}
	w := toks[j].s
	if rest := w[len("ل"):]; strings.HasPrefix(rest, "ل") && f.bodyHead(rest) && j+1 < len(toks) && strings.HasPrefix(toks[j+1].s, "ال") {
		e := bodyNameEnd(toks, j)
		return rest + f.text[toks[j].end():toks[e-1].end()] // للجنة الحكام
	}
	if strings.HasPrefix(w, "لل") && len(w) > len("للاا") && f.bodyHead("ال"+w[len("لل"):]) {
		return "ال" + w[len("لل"):] // للدائرة: the department named before
	}
	return ""
}

// aBody is the subject of a statement whose body the text named before.
const aBody = "\x01"

// bodyHead reports whether the Arabic word heads the name of a body
// (وزارة، النقابة، اللجنة).
func (f *finder) bodyHead(w string) bool {
	f.buf = fold(f.buf, w)
	return arabicBodies.has(strings.TrimPrefix(string(f.buf), "ال"))
}

// role reports whether the Arabic word is a title or a profession.
func (f *finder) role(w string) bool {
	f.buf = fold(f.buf, w)
	return roleWord(string(f.buf))
}

// roleOf is role(t.s) for a token, from its class: it leaves f.buf as
// role does.
func (f *finder) roleOf(t token) bool {
	f.buf = append(f.buf[:0], t.f...)
	if !isArabic(t.s) {
		return roleWord(t.f)
	}
	return f.classOf(t).title
}

// definiteRole reports whether the folded Arabic word b is a title or a
// profession made definite, by the article (المعلمة) or a possessive
// suffix (مساعدها، زوجته): only such a word stands before a name. It works
// on bytes and allocates nothing: it runs on every Arabic word.
func (f *finder) definiteRole(b []byte) bool {
	if len(b) > 24 {
		return false
	}
	if bytes.HasPrefix(b, al) {
		return arabicRoles.hasBytes(b[len(al):])
	}
	for _, suffix := range possessives {
		stem, ok := bytes.CutSuffix(b, suffix)
		if !ok || len(stem) <= 2 {
			continue
		}
		// زوجته: the ة of زوجة is written ت before a suffix.
		if st, ok := bytes.CutSuffix(stem, taa); ok {
			f.word = append(append(f.word[:0], st...), taMarbuta...)
			if arabicRoles.hasBytes(f.word) {
				return true
			}
		}
		return arabicRoles.hasBytes(stem)
	}
	return false
}

var (
	al          = []byte("ال")
	taa         = []byte("ت")
	taMarbuta   = []byte("ة")
	possessives = [][]byte{[]byte("ها"), []byte("هم"), []byte("ه")}
)

// aroundAside returns the subject of the English clause whose words end
// at toks[j] when an aside of the speaker's (", he said,") stands after
// it: Her grandmother, she said, used to tell her; His father, he said,
// farmed the flats and used to tell him. It is "" when no such aside
// opens the clause or no person stands before it.
func (f *finder) aroundAside(text string, toks []token, j int) string {
	e := j
	for e >= 0 && j-e < 2*clause && !toks[e].punct {
		e--
	}
	if e < 3 || toks[e].s != "," || toks[e-3].s != "," || !englishPronouns.has(lower(toks[e-2].s)) || f.cueOf(toks[e-1].s) != verbCue {
		return ""
	}
	p := e - 3
	s := p
	for s > 0 && p-s < 6 && !toks[s-1].punct {
		s--
	}
	if s == p {
		return ""
	}
	head := lower(toks[p-1].s)
	if relationGender(head) == anyGender && !personNouns.has(head) && !nameWord(toks[p-1]) {
		return ""
	}
	return span(text, toks[s:p])
}

// englishSubject returns the speaker that the English cue toks[i] names:
// its subject before it ("Malcolm Dray said", "a bus driver said"), the
// source after "according to", or the name after an inverted cue ("said
// Ines Calder"). It returns "" for a pronoun or when there is nothing.
func (f *finder) englishSubject(text string, toks []token, i int) string {
	if f.cueOf(toks[i].s) == sourceCue {
		if i+1 < len(toks) && lower(toks[i+1].s) == "to" {
			if n := issuer(text, toks[i+2:]); n != "" {
				return n // according to a statement released by the water company
			}
			return englishPhrase(text, toks[i+2:])
		}
		return ""
	}
	j := beforeAuxiliaries(toks, i-1)
	for p := j; p >= 0 && p > j-3*clause && !sentenceEnd(text, toks[p]); p-- {
		if lower(toks[p].s) == "who" {
			if n, g, _ := namedAs(text, toks[:j+1], p); n != "" {
				f.cueGender = g
				return n // A man in his seventies, who gave his name only as Ted, said
			}
			break
		}
	}
	if n := f.aroundAside(text, toks, j); n != "" {
		return n // His father, he said, … used to tell him
	}
	if j >= 0 && englishPronouns.has(pronounOf(toks[j].s)) {
		f.cueGender = relationGender(pronounOf(toks[j].s))
		switch pronounOf(toks[j].s) {
		case "they", "we":
			f.cueGender = plural
		case "it":
			return aBody // Marlow County said …. It urged: the body named last
		}
		return ""
	}
	if n := f.perceivedSpeaker(toks, i); n != "" {
		return n // I heard a man shout
	}
	if n := f.describedByWho(text, toks, j); n != "" {
		return n
	}
	if d := f.relationSubject(text, toks, i); d != "" {
		return d // the son of one resident, Walter Beaney, who died, said
	}
	// The clause before the cue, back to punctuation.
	b := j
	for b >= 0 && j-b < clause && !toks[b].punct && lower(toks[b].s) != "that" {
		b--
	}
	// Sara Voss said her neighbour shouted: a cue before ends the clause
	// when a person is named between them; "said the detour would add"
	// is indirect speech, whose subject is the first cue's.
	for c := j; c > b+1; c-- {
		if f.cueOf(toks[c].s) == verbCue && !englishDeterminers.has(lower(toks[c-1].s)) {
			if personish(toks[c+1 : j+1]) {
				b = c
			}
			break
		}
	}
	words := toks[b+1 : j+1]
	for len(words) > 1 && clauseConjunctions.has(lower(words[0].s)) && englishDeterminers.has(lower(words[1].s)) {
		words = words[1:] // and one hand-painted banner hanging from the balcony said
	}
	if n := whichAntecedent(text, toks, b, words); n != "" {
		return n // funded by the Kelvane Research Council, which said in a statement
	}
	if n := issuer(text, words); n != "" {
		return n // A statement issued by the Harbour Board said
	}
	for _, w := range words {
		if anonymous.has(lower(w.s)) {
			return nobody // an anonymous commenter wrote
		}
	}
	if len(words) == 2 && englishStatementOwners.has(lower(words[0].s)) && (englishStatements.has(lower(words[1].s)) || reportWritings.has(lower(words[1].s))) {
		return aBody // "…," the statement said: the body that issued it
	}
	named := len(words) > 1 && nameWord(words[len(words)-1]) && nameWord(words[len(words)-2]) // (Board chair Ruth Kenning said: a person)
	if len(words) > 0 && !named && !f.indexedNoun(words) && (inscription(words, len(words)-1) || inscription(words, 0) || englishDeterminers.has(lower(words[0].s)) && thing(words)) {
		return nobody // a sign on the fence reads; Placards taped to the shelves read; A note pinned above the oven warns
	}
	if n := membersOf(text, toks[:j+1], personRun(toks[:j+1], b+1)); n != "" {
		return n // Members of the Dellmoor Harriers said
	}
	if run := personRun(toks[:j+1], b+1); run != nil {
		if attributive(toks, run, j) {
			return span(text, words)
		}
		return span(text, run)
	}
	if v := lower(toks[i].s); v == "read" || v == "reads" {
		// One message read: “…”: the words of a thing, unless a person
		// reads them out (the clerk read: “…”).
		person := false
		for _, w := range words {
			person = person || personNouns.has(lower(w.s))
		}
		if n := issuer(text, toks[i+1:]); n != "" && len(words) == 0 {
			return n // “…,” read a statement issued by the council
		}
		if n := writerFrom(text, toks, j); n != "" {
			return n // One email, from a deputy head to staff, reads
		}
		if !person {
			return nobody
		}
	}
	if n, g := f.unnamedSubject(toks, i); n != "" {
		f.cueGender = g
		return n // A deckhand who …, and who …, said
	}
	if len(words) > 0 {
		if g := relationGender(lower(words[len(words)-1].s)); g != anyGender {
			f.cueGender = g // his daughter said
		}
	}
	if len(words) > 0 && b < 0 && sentenceAdverbs.has(words[0].s) && len(words) == 1 {
		words = nil // So wrote the presiding member, Judith Okonkwo-Hale
	}
	if len(words) == 0 && (i == 0 || closingMark(toks[i-1].s) || b < 0) {
		// An inverted cue names its subject after it: “…?” asked Sen. Vance.
		if n := issuer(text, toks[i+1:]); n != "" {
			return n // “…,” read a statement issued by the council
		}
		if name := englishPhrase(text, toks[i+1:]); name != "" {
			return name
		}
	}
	if len(words) == 0 {
		// An appositive ends at the cue: "Anna Moretti, who runs the
		// café, said", "Ines Calder, 58, said". Look a few clauses back.
		for c, e := 0, b; c < 5 && e > 0; c++ {
			s := e - 1
			// (a coastal geologist at the University of Northmarch who has
			// monitored the Skelby cliffs since 2009: an appositive as long
			// as two clauses is one)
			for s >= 0 && e-s < 2*clause && (!toks[s].punct || toks[s].s == ")") {
				if toks[s].s == ")" {
					// Dr Farid Haddad (فريد حداد), …: the name in another
					// script is part of the clause.
					for s > 0 && e-s < 2*clause && toks[s].s != "(" {
						s--
					}
				}
				s--
			}
			seg := toks[s+1 : e]
			if (s < 0 || toks[s].s == ".") && len(seg) > 1 && f.carrier(span(text, seg)) {
				return nobody // One flyer, printed on orange paper, urged: a thing's words
			}
			if (s < 0 || toks[s].s == ".") && len(seg) > 2 && lower(seg[0].s) == "the" {
				// The board's written ruling, published …, called: the
				// words of what a body wrote are the body's.
				if o := withoutPossessive(seg[1].s); o != seg[1].s && !upper(o) && !personNouns.has(lower(seg[len(seg)-1].s)) && !englishKin.has(lower(seg[len(seg)-1].s)) {
					return span(text, seg[:1]) + " " + o
				}
			}
			if len(seg) == 2 && possessive(seg[0].s) && nameWord(seg[0]) && (relationGender(lower(seg[1].s)) != anyGender || personNouns.has(lower(seg[1].s))) {
				return span(text, seg) // One of them, Mbeki’s father, said: the relation in apposition
			}
			if memberAside(seg) {
				// Drivers on the picket line, Okafor included, told: the
				// group speaks; the one named in passing is one of them.
				return groupBefore(text, toks, s)
			}
			if qualifies(seg) {
				// Ian Price, who chairs Northgate council's committee,
				// said; Tom Ward, the Green Party candidate, said: the
				// clause and the description qualify the name before them.
			} else if run := personRun(toks[:e], s+1); run != nil {
				if n := membersOf(text, toks[:e], run); n != "" {
					return n // Members of the Dellmoor Harriers, who ran …, said
				}
				return span(text, run)
			}
			e = s
			if s >= 0 && (toks[s].s == "." || toks[s].s == "!" || toks[s].s == "?") {
				break // the appositive is in this sentence
			}
		}
		if d := f.describedBefore(text, toks, i); d != "" {
			return d // Another parent, who asked not to be named, said
		}
		if i >= 2 && toks[i-1].s == "," && !closingMark(toks[i-2].s) && !personAhead(toks[i+1:]) {
			// The consultant, a woman in her sixties, said the extra
			// flights would …: the subject stands before the cue, and the
			// words after it are what was said.
			return ""
		}
		if i == 0 || toks[i-1].punct {
			return englishPhrase(text, toks[i+1:])
		}
		return ""
	}
	return description(text, words)
}

// clauseConjunctions join a clause to the one before it: the subject of
// a cue after a comma follows them.
var clauseConjunctions = set("and but while whereas")

// habitual are the verbs before "to" that say a subject's habit or
// attempt before a cue (used to tell, tried to explain, had to say).
var habitual = set("used tried had wanted went began started")

// personAhead reports whether the words after an inverted cue open with
// a person: a name, or a determiner and a noun for a person within three
// words (said Ann Lee, said the mayor, said a local farmer).
func personAhead(ts []token) bool {
	if len(ts) > 0 && nameWord(ts[0]) {
		return true
	}
	if len(ts) < 2 || !englishDeterminers.has(lower(ts[0].s)) {
		return false
	}
	for n := 1; n < len(ts) && n <= 3 && !ts[n].punct; n++ {
		if personNouns.has(lower(ts[n].s)) || relationGender(lower(ts[n].s)) != anyGender {
			return true
		}
	}
	return false
}

// qualifies reports whether an English clause between a subject and its
// cue only qualifies the subject: a relative clause (who chairs the
// committee, whose sons attend Greyfield) or a description that opens
// with a determiner and ends in a common noun (the Green Party
// candidate), whose capitalised words are no speaker.
func qualifies(seg []token) bool {
	if len(seg) == 0 {
		return false
	}
	first := lower(seg[0].s)
	if len(seg) > 2 && !upper(seg[0].s) && !englishPronouns.has(first) && englishTiePrepositions.has(lower(seg[1].s)) {
		return true // director of the charity Dark Skies Alliance: a title of what it is of
	}
	if len(seg) > 3 && englishDeterminers.has(first) && !englishPronouns.has(first) && !upper(seg[1].s) {
		// a mother of three from Carver Street: the capitals are in the
		// phrase of a preposition, not a name in apposition (the
		// radiographer Priti Vasquez)
		for n, t := range seg[2:] {
			if upper(t.s) {
				return ofBefore(seg[:n+2], t.off)
			}
		}
	}
	return relativePronouns.has(first) || len(seg) > 1 && englishDeterminers.has(first) && !upper(seg[len(seg)-1].s)
}

// sentenceAdverbs open a sentence whose cue comes before its subject: "So
// wrote the judge", "Thus spoke".
var sentenceAdverbs = set("So Thus Here There Then")

// personish reports whether English words name a person: a capitalised
// name or a noun for a person (her neighbour, his father).
func personish(words []token) bool {
	for _, w := range words {
		if personNouns.has(lower(w.s)) || relationGender(lower(w.s)) != anyGender {
			return true
		}
	}
	return personRun(words, 0) != nil
}

// describedByWho returns the name that a description before "who"
// toks[w] stands in apposition to, when the cue after "who" is its
// speaker: "Derek Abbott, 67, a retired postman who said …" is Derek
// Abbott's, not the postman's, a new person a later "he said" would
// refer to. It returns "" for anything else.
func (f *finder) describedByWho(text string, toks []token, w int) string {
	if w < 1 || lower(toks[w].s) != "who" {
		return ""
	}
	c := w - 1
	for c >= 0 && w-c < clause && !toks[c].punct {
		c--
	}
	if c < 1 || toks[c].s != "," || c+1 >= w || !englishDeterminers.has(lower(toks[c+1].s)) {
		return ""
	}
	e := c // the end of what the description is in apposition to
	if e >= 2 && digit(toks[e-1].s[0]) && toks[e-2].s == "," {
		e -= 2 // an age: Derek Abbott, 67,
	}
	run := personRun(toks[:e], max(0, e-clause))
	if run == nil || run[len(run)-1].end() != toks[e-1].end() || len(run) < 2 {
		return ""
	}
	return span(text, run)
}

// whichAntecedent returns the name that a relative "which" or "who",
// the only word between the comma toks[b] and the cue, refers back to:
// the capitalised run that ends at the comma (the Kelvane Research
// Council, which said; Ann Lee, who said), or the person a place or body
// of that name describes (a pupil at Mill Lane Primary School, who
// wrote), or "".
func whichAntecedent(text string, toks []token, b int, words []token) string {
	if len(words) != 1 || b < 1 || toks[b].s != "," || lower(words[0].s) != "which" && lower(words[0].s) != "who" {
		return ""
	}
	run := capRun(toks[:b], max(0, b-6))
	if run == nil || run[len(run)-1].end() != toks[b-1].end() {
		return ""
	}
	p := b - len(run) - 1
	if p >= 0 && lower(toks[p].s) == "the" {
		p--
	}
	if p >= 1 && (locatives.has(lower(toks[p].s)) || toks[p].s == "from" || toks[p].s == "of") && personNouns.has(lower(toks[p-1].s)) {
		// a nine-year-old pupil at Mill Lane Primary School, who wrote:
		// the pupil, with the determiner of the noun.
		d := p - 1
		for d > 0 && p-d < 4 && !toks[d-1].punct && !englishDeterminers.has(lower(toks[d].s)) {
			d--
		}
		if englishDeterminers.has(lower(toks[d].s)) {
			return span(text, toks[d:p])
		}
		return ""
	}
	if p >= 1 && locatives.has(lower(toks[p].s)) {
		return "" // the bakery on Abbey Lane, which
	}
	return span(text, run)
}

// describedBefore returns the description that opens the sentence of
// the cue toks[i] when an appositive clause stands between them:
// "Another parent, who asked not to be named, said …" is the parent's,
// not an inverted "said the timing". The description is a determiner and
// up to three words ending in a noun for a person or a body (The
// council, in a statement, said), or in any noun when the clause after
// it opens with "who"; "" when there is none.
func (f *finder) describedBefore(text string, toks []token, i int) string {
	if i == 0 || toks[i-1].s != "," {
		return ""
	}
	s := i - 1
	for s > 0 && i-s < 4*clause && (!strings.Contains(".!?؟;:", toks[s-1].s) || toks[s-1].s == "." && abbreviationBefore(text, toks[s-1].off)) {
		s-- // over a name in marks too: identified only as “a collector”; over St. Bridget
	}
	for s < i && toks[s].punct {
		s++ // the closing mark of a quotation before
	}
	e := s
	for e < i && !toks[e].punct {
		e++
	}
	np := toks[s:e]
	if len(np) > 4 {
		np = personHead(np) // A labor and delivery nurse at St. Bridget
	}
	if len(np) < 2 || len(np) > 5 || len(np) == 5 && !personNouns.has(lower(np[4].s)) || !englishDeterminers.has(lower(np[0].s)) {
		return ""
	}
	// a noun for a person, or any noun that "who" goes on to describe
	who := e+1 < i && lower(toks[e+1].s) == "who"
	// one of the fans, a teacher who …: a plural for people is a noun for
	// a person too.
	// The council, in a statement, said; The company, which employs 300
	// people, said: a body's noun too.
	if last := lower(np[len(np)-1].s); !personNouns.has(last) && !personNouns.has(strings.TrimSuffix(last, "s")) && !(who && !upper(np[len(np)-1].s)) && !englishBodies.has(last) && !f.indexedNoun(np) {
		return ""
	}
	return span(text, np)
}

// englishStatements are the writings of a body that news quotes as
// speaking ("the statement said"), and englishStatementOwners the words
// before them that point back to the body named.
var (
	englishStatements      = set("statement communique communiqué release")
	englishStatementOwners = set("the its their")
	// reportWritings are what a body or a group writes and is quoted by
	// (the letter said): its sender, named with it before.
	reportWritings = set("letter memo")
)

// closingMark reports whether a token closes a quotation.
func closingMark(s string) bool {
	return s == "”" || s == "\"" || s == "’" || s == "'" || s == "»" || s == "›"
}

// clause bounds how many words back a subject is looked for, so that a
// paragraph of many cues and no punctuation stays linear.
const clause = 16

// englishPhrase returns the name or noun phrase at the start of ts, up to
// punctuation: "Ines Calder, 58" → "Ines Calder".
func englishPhrase(text string, ts []token) string {
	k := 0
	for k < len(ts) && k < 6 && !ts[k].punct {
		k++
	}
	if n, _, _ := namedAs(text, ts, 0); n != "" {
		return n // said one fan, a teacher who gave her name as Becky
	}
	if k == 0 || englishPronouns.has(lower(ts[0].s)) && !(k > 1 && relationOwners.has(lower(ts[0].s)) && (personNouns.has(lower(ts[1].s)) || relationGender(lower(ts[1].s)) != anyGender)) {
		return "" // (but said her son, Michael Kell: a relation)
	}
	if n := ownerRoleName(ts); n > 0 {
		// said Rovers manager Steve Hollis, said Labour councillor Ann
		// Lee, City head coach Viktor Lundgren, the Lowmoor County FA
		// chief executive, Nigel Strand: a team's, a party's or a body's
		// name, a role, then the person.
		return englishPhrase(text, ts[n:])
	}
	if nameWord(ts[0]) {
		// said Gareth Bowen of the Friends of Cwm Du: the name that
		// follows the cue is the first, what comes after it qualifies it.
		e := 1
		for e < k {
			q := e
			for q < k && englishParticles.has(ts[q].s) && ts[q].s != "of" {
				q++ // van den
			}
			if q == k || !nameWord(ts[q]) {
				break
			}
			e = q + 1
		}
		return span(text, ts[:e])
	}
	if run := capRun(ts[:k], 0); run != nil && !ownerOfRole(ts[:k], run) && !(englishDeterminers.has(lower(ts[0].s)) && k > 2 && !upper(ts[1].s) && ofBefore(ts, run[0].off)) {
		return span(text, run) // (not said the owner of the Blue Spoon diner: a description)
	}
	// A description with the name in apposition: "said the fire chief,
	// Omar Haddad."; "said one of them, pensioner Maurice Tibbs." The name
	// is the speaker.
	if k+1 < len(ts) && ts[k].s == "," {
		m := k + 1
		for m < len(ts) && m-k <= 5 && !ts[m].punct && !upper(ts[m].s) && !hasDigit(ts[m].s) {
			m++ // a description before the name: pensioner, a retired teacher named
		}
		for m < len(ts) && m-k <= 7 && (abbreviations.has(strings.TrimSuffix(ts[m].s, ".")) || englishTitles.has(ts[m].s)) {
			m++ // the poet and critic Dr Hal Venn: a title before the name
		}
		e := m
		for e < len(ts) && e-m < 4 && nameWord(ts[e]) {
			e++
		}
		if e > m && (e == len(ts) || ts[e].punct) {
			return span(text, ts[m:e])
		}
	}
	return description(text, ts[:k])
}

// ownerRoleName returns the index in ts of the name that follows an
// owner's name and the role it gives them, with a comma or not ("Rovers
// manager Steve Hollis", "Rovers' club captain, Dean Mallory", "the
// Lowmoor County FA chief executive, Nigel Strand"), or -1.
func ownerRoleName(ts []token) int {
	i := 0
	if len(ts) > 0 && lower(ts[0].s) == "the" {
		i++
	}
	s := i
	for i < len(ts) && i-s < 4 && nameWord(ts[i]) {
		i++
		if possessive(ts[i-1].s) || strings.HasSuffix(ts[i-1].s, "s’") || strings.HasSuffix(ts[i-1].s, "s'") {
			break
		}
	}
	if i == s {
		return -1
	}
	owned := possessive(ts[i-1].s)
	r, role := i, false
	for i < len(ts) && i-r < 3 && !ts[i].punct && !upper(ts[i].s) {
		role = role || englishRole(ts[i].s)
		i++
	}
	if !role && !(owned && i > r && i+2 < len(ts) && ts[i].s == "," && nameWord(ts[i+1]) && nameWord(ts[i+2])) {
		return -1 // (but Tarrow’s stroke, Isla Brennan: any noun of the owner's, then a full name in apposition)
	}
	if i < len(ts) && ts[i].s == "," {
		i++
	}
	if i < len(ts) && nameWord(ts[i]) {
		return i
	}
	return -1
}

// englishRole reports whether a lower-case English word names a role: a
// noun for a person (manager, captain) or a title (councillor, chief).
func englishRole(w string) bool {
	w = lower(w)
	return personNouns.has(w) || englishTitles.has(strings.ToUpper(w[:1])+w[1:])
}

// ownerOfRole reports whether the capitalised run in ts is in the
// possessive, singular or plural, before a lower-case noun: the Lions’
// captain, the council's chief executive (the role's owner, not a person).
func ownerOfRole(ts []token, run []token) bool {
	last := run[len(run)-1]
	if !possessive(last.s) && !strings.HasSuffix(last.s, "s’") && !strings.HasSuffix(last.s, "s'") {
		return false
	}
	for n, t := range ts {
		if t.off == last.off {
			return n+1 < len(ts) && !ts[n+1].punct && !upper(ts[n+1].s)
		}
	}
	return false
}

// membersOf returns "Members of the X" when the capitalised run that
// personRun found in ts is a plural for people that opens a sentence
// before "of" and a name (Members of the Dellmoor Harriers, Residents of
// Kilbray): the group they are of, named after them; else "".
func membersOf(text string, ts []token, run []token) string {
	if len(run) != 1 || !peoplePlural(lower(run[0].s)) && lower(run[0].s) != "members" {
		return ""
	}
	for n := range ts {
		if ts[n].off == run[0].off && n+2 < len(ts) && lower(ts[n+1].s) == "of" {
			if of := capRun(ts, n+2); of != nil {
				return text[ts[n].off:of[len(of)-1].end()]
			}
		}
	}
	return ""
}

// ofBefore reports whether a preposition that ties a noun to what it is
// of (of, at, for) stands among ts before offset off.
func ofBefore(ts []token, off int) bool {
	for _, t := range ts {
		if t.off >= off {
			break
		}
		if englishTiePrepositions.has(lower(t.s)) {
			return true
		}
	}
	return false
}

// description returns an unnamed speaker as the text describes them: the
// whole phrase when it is short and ends at the cue ("a bus driver"),
// else a determiner and its noun ("My grandfather built her and told").
func description(text string, words []token) string {
	// The clause nearest the cue: "its owner" in "opened in 1962 and its
	// owner calls it"; when the conjunction stands right before the cue,
	// the subject is before it ("My grandfather built her and told").
	cut := false
	for n := len(words) - 1; n >= 0; n-- {
		if conjunctions.has(lower(words[n].s)) {
			if relativePronouns.has(lower(words[n].s)) && n > 0 {
				// a farmer who gave his name only as Jim: a relative
				// clause qualifies the subject before it.
				words = words[:n]
				break
			}
			if n+1 < len(words) {
				words = words[n+1:]
			} else {
				words, cut = words[:n], true
			}
			break
		}
	}
	words = afterAdverbial(words)
	if len(words) == 0 {
		return ""
	}
	if !cut && len(words) <= 3 {
		return span(text, words)
	}
	if cut && len(words) >= 2 && bareGroup(words[0].s) {
		return span(text, words[:1]) // supporters stood and chanted: the group
	}
	if len(words) >= 3 && quantifiers.has(lower(words[0].s)) && lower(words[1].s) == "of" {
		// one of the volunteers at the gate: the part and its group.
		e := 2
		if englishDeterminers.has(lower(words[e].s)) && e+1 < len(words) {
			e++
		}
		return span(text, words[:e+1])
	}
	if spokes := spokesperson(words); spokes > 0 {
		return span(text, words[:spokes])
	}
	if englishDeterminers.has(lower(words[0].s)) && len(words) <= 5 && englishBodies.has(lower(words[len(words)-1].s)) {
		return span(text, words) // the island's community council: a body, whole
	}
	if !cut && len(words) <= 5 && englishDeterminers.has(lower(words[0].s)) && plainNouns(words[1:]) {
		return span(text, words) // the new council leader: the description, whole
	}
	if englishDeterminers.has(lower(words[0].s)) && len(words) >= 2 {
		// A little boy at the fence: the determiner up to its noun.
		for n := 2; n < len(words) && n < 4; n++ {
			if personNouns.has(lower(words[n].s)) {
				return span(text, words[:n+1])
			}
		}
		return span(text, words[:2])
	}
	return ""
}

// afterAdverbial returns the words of a subject without the phrase of
// time or place before it (At one point my producer, In the end the
// coach, Then my dad): from the first determiner after the phrase's own.
func afterAdverbial(words []token) []token {
	if len(words) < 3 {
		return words
	}
	var at []int // where the subject's determiner may stand
	switch w := lower(words[0].s); {
	case locatives.has(w) || w == "after" || w == "before" || w == "during":
		at = []int{2, 3} // the phrase's noun, with or without its own determiner: At one point, In 1998
	case w == "then" || w == "later" || w == "once" || w == "eventually" || w == "finally":
		at = []int{1}
	}
	for _, d := range at {
		if d+1 < len(words) && englishDeterminers.has(lower(words[d].s)) && !englishDeterminers.has(lower(words[d-1].s)) && !englishPronouns.has(lower(words[d+1].s)) {
			return words[d:]
		}
	}
	return words
}

// plainNouns reports whether English words are the lower-case adjectives
// and nouns of one description: no name, function word, number or
// punctuation (new council leader, long-serving board chair).
func plainNouns(words []token) bool {
	for _, w := range words {
		if w.punct || upper(w.s) || englishFunction.has(w.s) || hasDigit(w.s) || englishCues[w.s] != notCue {
			return false
		}
	}
	return len(words) > 0
}

// spokesperson returns how many of words name one who speaks for a body
// with the body they speak for (a spokesperson for the local council, a
// spokesman for the Port Authority: the council's words), or 0 when the
// words are no such description.
func spokesperson(words []token) int {
	if len(words) < 4 || !englishDeterminers.has(lower(words[0].s)) || !spokesWords.has(lower(words[1].s)) {
		return 0
	}
	if w := lower(words[2].s); w != "for" && w != "of" {
		return 0
	}
	return min(len(words), 8)
}

// spokesWords are the English nouns for one who speaks for a body.
var spokesWords = set("spokesperson spokesman spokeswoman representative")

// relativePronouns open a clause that qualifies the noun before them.
var relativePronouns = set("who whose which")

// personRun returns the last run of capitalised words in ts[from:] that
// names a person: not a place or a body after "the" or a preposition (a
// spokesman for the Port Authority, Harold Brandt of the Harbor Pilots
// Association).
func personRun(ts []token, from int) []token {
	end := len(ts)
	for end > from {
		run := capRun(ts[:end], from)
		if run == nil {
			// The last capitalised word is a possessive (St. Anne's
			// Hospital): that name is a place; look before it.
			k := end - 1
			for k >= from && !(nameWord(ts[k]) && possessive(ts[k].s)) {
				k--
			}
			if k < from {
				return nil
			}
			for end = k; end > from && nameWord(ts[end-1]); end-- {
			}
			continue
		}
		start := from
		for k := from; k < end; k++ {
			if ts[k].off == run[0].off {
				start = k
				break
			}
		}
		p, b := "", start-1
		if b > 0 && ts[b].punct {
			if r, _ := utf8.DecodeRuneInString(ts[b].s); isMark(r) {
				b-- // told the “Valley Gazette”: the name in marks
			}
		}
		if b >= 0 {
			p = lower(ts[b].s)
		}
		if p == "the" && (b == 0 || !placeBefore.has(lower(ts[b-1].s)) && !tellingVerbs.has(lower(ts[b-1].s))) {
			return run // the Ministry of Transport said
		}
		if (p == "and" || p == "&") && orgWords.has(run[len(run)-1].s) && start >= 2 && nameWord(ts[start-2]) {
			// Paula Reid of Avon and Somerset Police: the body's name
			// runs over "and"; the person is before it.
			end = start - 1
			for end > from && nameWord(ts[end-1]) {
				end--
			}
			if end > from && placeBefore.has(lower(ts[end-1].s)) {
				end-- // of Avon
			}
			continue
		}
		if !placeBefore.has(p) && !possessive(p) {
			return run
		}
		end = start - 1
	}
	return nil
}

// attributive reports whether a run of capitalised words only qualifies
// the noun after it, up to the cue's subject at toks[j]: "a Met Office
// forecaster said" names a forecaster, not the Met Office.
func attributive(toks []token, run []token, j int) bool {
	last := run[len(run)-1]
	n := 0
	for n <= j && toks[n].off != last.off {
		n++
	}
	// Aid groups said: one capitalised word opening the sentence
	// qualifies the noun after it, as a determiner's noun does.
	opens := len(run) == 1 && (n == 0 || toks[n-1].punct && strings.Contains(".!?:;", toks[n-1].s))
	if n >= j || j-n > 2 || !opens && (n < len(run) || !englishDeterminers.has(lower(toks[n-len(run)].s))) {
		return false // only "a Met Office forecaster", "the BBC reporter"
	}
	for k := n + 1; k <= j; k++ {
		if toks[k].punct || upper(toks[k].s) || englishFunction.has(toks[k].s) || hasDigit(toks[k].s) {
			return false
		}
	}
	return true
}

// placeBefore are the words after which capitalised words name a place or
// a body, not a speaker.
var placeBefore = set("the of for at with from in by to on")

// tellingVerbs take whom they tell as their object: the body after them
// (told the Valley Gazette) is the one spoken to, not the speaker.
var tellingVerbs = set("told tell tells telling informed assured reminded")

// capRun returns the last run of capitalised words in ts[from:] that can
// be a person's name: not a sentence-opening function word, a day or a
// month; a possessive ends the run (Saltmere’s harbor).
func capRun(ts []token, from int) []token {
	end := -1
	for k := len(ts) - 1; k >= from; k-- {
		if nameWord(ts[k]) {
			end = k
			break
		}
	}
	if end < 0 {
		return nil
	}
	start := end
	for start-1 >= from {
		p := ts[start-1]
		if nameWord(p) && !possessive(p.s) {
			start--
			continue
		}
		// Ana de Armas, Anneke van der Berg: particles between names.
		q := start - 1
		for q > from && englishParticles.has(ts[q].s) {
			q--
		}
		if q < start-1 && q >= from && nameWord(ts[q]) {
			start = q
			continue
		}
		break
	}
	run := ts[start : end+1]
	if possessive(run[len(run)-1].s) {
		return nil
	}
	return run
}

// nameWord reports whether a token can be part of a name in Latin script.
func nameWord(t token) bool {
	if t.punct || !upper(t.s) || englishFunction.has(t.s) || hasDigit(t.s) {
		return false // a route or a code (N7, A1) is no name
	}
	if l := lower(t.s); strings.HasSuffix(l, "-old") || strings.HasSuffix(l, "-olds") {
		return false // Eight-year-old Maisie Turner: an age, not a name
	}
	r, _ := utf8.DecodeRuneInString(t.s)
	return r < 0x0590
}

// possessive reports whether a word ends in ’s or 's.
func possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}

// withoutPossessive returns w without the ’s or 's of a possessive
// (Brandt’s → Brandt), or w.
func withoutPossessive(w string) string {
	if s, ok := strings.CutSuffix(w, "’s"); ok {
		return s
	}
	if s, ok := strings.CutSuffix(w, "'s"); ok {
		return s
	}
	return w
}

// clauseVerb returns the index of the verb that opens the Arabic clause
// ending at toks[end], or -1 (see verbAt), and whether a subject follows
// it.
func (f *finder) clauseVerb(toks []token, end int) (int, bool) {
	for n := end; n >= 0 && n > end-clause; n-- {
		if t := toks[n]; t.punct && t.s != "،" && t.s != "," && t.s != ":" {
			return -1, false // a sentence ends: the clause is after it
		}
		if ok, subject := f.verbAt(toks, n, end); ok {
			return n, subject
		}
	}
	return -1, false
}

// verbAt reports whether toks[n] is the verb that opens an Arabic clause
// though no list knows it, and whether its subject follows it: the first
// word of a sentence, or a word with و or ف after a comma, that the
// language marks as a verb by where it stands and what follows, a
// definite noun that starts a mention (وطمأن المرصد الوطني، وحكت المرمّمة
// لينا صوان، وأسرّ الأثري فؤاد نجم). Arabic puts the verb first and its
// subject right after it, so an unknown speech verb (صاح، ناشدت، عقّبت)
// still gives its subject. A verb followed by a word of manner (وتمتم
// مبتسمًا) has no subject of its own: the cue refers back. Nothing after
// toks[end] is looked at.
func (f *finder) verbAt(toks []token, n, end int) (ok, subject bool) {
	if midClause(toks, n) {
		return false, false // inside a clause, whether or not a negation stands before it
	}
	return f.verbOf(toks, n, end)
}

// midClause reports whether toks[n] follows two words: no verb verbAt
// knows (mentionsIn asks it inline).
func midClause(toks []token, n int) bool {
	return n >= 2 && n < len(toks) && !toks[n-1].punct && !toks[n-2].punct
}

// verbOf is verbAt for a word that opens a clause.
func (f *finder) verbOf(toks []token, n, end int) (ok, subject bool) {
	t := toks[n]
	if t.punct || !isArabic(t.s) || n+1 > end {
		return false, false
	}
	head := n // the word that opens the clause
	if n > 0 && !toks[n-1].punct && negations.has(toks[n-1].f) {
		head = n - 1 // ولم تخف الأم ريما داود قلقها: a negation before the verb
	}
	then := head > 0 && toks[head-1].f == "ثم" && (head == 1 || toks[head-2].punct)
	if then {
		head-- // عرض المدير الأرقام، ثم ابتسم الصياد جميل العطواني: ثم opens the clause as و does
	}
	if head > 0 && !toks[head-1].punct {
		return false, false
	}
	f.buf = append(f.buf[:0], toks[head].f...)
	if b := f.buf; !then && head > 0 && (toks[head-1].s == "،" || toks[head-1].s == ",") && !(len(b) > 4 && b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81)) {
		return false, false // a clause after a comma opens with و or ف
	}
	may := byte(mayVerb)
	if strings.Contains(t.s, "ّ") {
		may = mayVerbShadda
	}
	if f.classOf(t).bits&may == 0 || f.isKnown(t.s) {
		return false, false
	}
	s := subjectAfter(toks, n, end)
	next := toks[s]
	if next.punct {
		return false, false
	}
	if f.manner(toks, s, true) {
		return true, false // وتمتم مبتسمًا: the subject was named before
	}
	if strings.HasPrefix(next.s, "ال") && !strings.HasPrefix(next.s, "الى") || ahad(next.f) {
		return true, true // ونشر أحد السكان: one of a group is as definite
	}
	if f.personWord(next) && !tanween(next.s) {
		return true, true // جاءتني امرأة مسنّة، اتصل بي رجل: someone unnamed (not رجلًا, an object)
	}
	// وتوعّدت رابطة مشجعي الجيش، وردّت مديرية التربية، وأبدى عامل
	// الصيانة حسام الجندي: a body or a title in the construct state is as
	// definite as a word with the article.
	f.word = append(f.word[:0], next.f...)
	return f.classOf(next).kind != 0, true
}

// subjectAfter returns where the subject of the Arabic verb toks[v] may
// stand: right after it, or after a pronoun written onto ب، ل or إلى
// that is the verb's object (اتصل بي المقاول، قالت لنا الممرضة، وصل
// إلينا الخبر), no later than end. After عنه the one it stands for is
// the source (ونقل عنه مترجم الشرطة قوله), not an object to pass over.
func subjectAfter(toks []token, v, end int) int {
	if w := toks[min(v+1, end)].f; v+2 <= end && neverArabic.has(w) && (arabicIndirect.has(w) || strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "الي")) {
		return v + 2
	}
	return v + 1
}

// conjoined reports whether the folded Arabic word b is a word of m
// with the conjunction و or ف written onto it (وبين، فعلى).
func conjoined(b []byte, m *wordSet) bool {
	return len(b) > 4 && b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81) && m.hasBytes(b[2:])
}

// negations stand before a verb at the head of its clause.
var negations = set("لم ولم فلم لن ولن لا ولا ما وما")

// verbShape reports whether a folded Arabic word can be a finite verb:
// three to eight letters (two when a shadda doubles one, as in ردّ), no
// article, and no preposition written on a noun (بال، لل).
func verbShape(b []byte, shadda bool) bool {
	if bytes.HasPrefix(b, al) || bytes.HasPrefix(b, []byte("وال")) || bytes.HasPrefix(b, []byte("فال")) || bytes.HasPrefix(b, []byte("بال")) || bytes.HasPrefix(b, []byte("لل")) {
		return false
	}
	n := utf8.RuneCount(b)
	return (n >= 3 || shadda && n == 2) && n <= 8
}

// topic returns the subject an Arabic sentence puts before its verb with
// أما … فـ (أما المحاسبة رغد الزين فقالت): the mention after أما, when the
// verb toks[i] carries the ف that answers it. It returns "" otherwise.
func (f *finder) topic(text string, toks []token, i int) string {
	if !strings.HasPrefix(toks[i].s, "ف") {
		return ""
	}
	for n := i - 1; n >= 0 && n >= i-clause; n-- {
		if toks[n].punct && toks[n].s != "،" {
			return ""
		}
		if toks[n].s == "أما" || toks[n].s == "اما" {
			return f.topicName(text, toks, n, i)
		}
	}
	return ""
}

// topicName returns the topic of the أما at toks[n] that the word
// toks[i] answers with its ف: the mention between them (أما زوجها،
// فاكتفى), or the name in apposition to it (أما عمه، الحاج سليم داود،
// فروى; أما رئيس النادي، رجل الأعمال كمال الدبّاغ، فرفض).
func (f *finder) topicName(text string, toks []token, n, i int) string {
	name, k := f.arabicMention(text, toks[:i], n+1)
	// (not أما الكردي، صاحب هدف الفوز، فبدا: a name before its
	// description)
	if app, e := f.describedApposition(text, toks[:i], n+1, k, f.isDescription(name) || f.relationKey(name) != ""); e == i-1 && app != "" {
		return app
	}
	return name
}

// subjectMention returns the Arabic mention at toks[h], a verb's subject,
// or the name in commas after it when the mention only describes or
// relates (ممثل الباعة، يوسف الحلبي،؛ ابنته، الشاعرة نادين السرّاج،).
func (f *finder) subjectMention(text string, toks []token, h int) string {
	n, e := f.arabicMention(text, toks, h)
	if app, _ := f.nameInApposition(text, toks, e); app != "" && (f.isDescription(n) || f.relationKey(toks[h].s) != "") {
		return app
	}
	return n
}

// describedApposition returns the name in commas after the Arabic mention
// toks[j:k] that names whom the mention describes, and the index of its
// closing comma: when the mention is described (a description, a
// relation), or a title of another's (see titledApposition) whose
// apposition is a name, not one more description; "" and k else.
func (f *finder) describedApposition(text string, toks []token, j, k int, described bool) (string, int) {
	if !described && !f.titledApposition(toks, j, k) {
		return "", k
	}
	if app, e := f.nameInApposition(text, toks, k); app != "" && (described || !f.isDescription(app)) {
		return app, e
	}
	return "", k
}

// titledApposition reports whether the Arabic mention toks[j:k] opens
// with a title of what follows it, in the construct or after a
// preposition, and is followed by a comma and another title or a
// nationality (الناطقة باسم سلطة المياه، المهندسة لمى الحسيني،؛ وكيلة
// المهندس عيسى، المحامية رنا منصور،؛ مدرب الميناء، التونسي كمال بن
// عاشور،): a description of a person, whatever name or body it holds,
// whose name the apposition gives.
func (f *finder) titledApposition(toks []token, j, k int) bool {
	if j+1 >= len(toks) || k+2 >= len(toks) || toks[k].s != "،" || !f.roleOf(toks[j]) || !f.roleOf(toks[k+1]) && !f.nationality(toks[k+1], toks[k+2]) {
		return false
	}
	next := toks[j+1]
	construct := !strings.HasPrefix(toks[j].s, "ال") && strings.HasPrefix(next.s, "ال") // وكيلة المهندس: another's title
	return construct || next.f == "باسم" || strings.HasPrefix(next.s, "لل") || strings.HasPrefix(next.s, "بال")
}

// nationality reports whether the Arabic word t, before next, is a
// nationality in apposition before a name (التونسي كمال بن عاشور،
// الفرنسي جان لوك موريل): an adjective of the nisba with the article and
// no title (القاضي), then a word without it.
func (f *finder) nationality(t, next token) bool {
	return strings.HasPrefix(t.s, "ال") && strings.HasSuffix(t.f, "ي") && !f.roleOf(t) && !strings.HasPrefix(next.s, "ال") && !next.punct
}

// nameInApposition returns the name in commas after the mention that
// ends at the comma toks[k] (رئيس النادي، رجل الأعمال كمال الدبّاغ،) and
// the index of its closing comma: a mention of two words or more, no
// definite description, not cut short of its comma, and no age (ابن
// الحادية والعشرين); "" and k when there is none.
func (f *finder) nameInApposition(text string, toks []token, k int) (string, int) {
	if k+1 >= len(toks) || toks[k].s != "،" {
		return "", k
	}
	app, e := f.arabicMention(text, toks, k+1)
	if e >= len(toks) || toks[e].s != "،" || strings.IndexByte(app, ' ') < 0 || strings.HasPrefix(app, "ال") || !strings.HasSuffix(span(text, toks[k+1:e]), app) || ageApposition(toks[k+1:e]) {
		return "", k
	}
	return app, e
}

// ageApposition reports whether the words of an apposition give an age
// (ابن الحادية والعشرين، ابنة الستين، البالغ من العمر), not a name.
func ageApposition(ts []token) bool {
	if len(ts) < 2 {
		return false
	}
	w := strings.TrimPrefix(ts[0].f, "و")
	return (w == "ابن" || w == "ابنة") && strings.HasPrefix(ts[1].s, "ال") || w == "البالغ" || w == "البالغة"
}

// answeringFa returns the index of the word whose ف answers the أما at
// toks[i] (أما الحاج عبد الرحيم فيبدو أقل تفاؤلًا), where the topic's
// name ends, or the sentence's end: the first word after the topic's
// first that is a verb of speech or of being with ف (فقالت، فيرى، فكان،
// فيبدو), and no name that opens with ف (أما المدرب جواو فيريرا).
func (f *finder) answeringFa(toks []token, i int) int {
	for n := i + 2; n < len(toks) && n <= i+10; n++ {
		t := toks[n]
		if sentenceEnd(f.text, t) || t.s == ":" {
			return n
		}
		if strings.HasPrefix(t.s, "ف") && (beingVerbs.has(t.f) || f.cueOf(t.s) != notCue || toks[n-1].s == "،") {
			return n // (فرفض after a comma: any verb answers it there)
		}
	}
	return len(toks)
}

// guessGender returns the gender an Arabic verb no list knows gives its
// subject: feminine for a final ت (ناشدت), plural for وا, else unknown,
// since a present verb's ت and a past verb's first letter look alike
// (تمتم).
func guessGender(b []byte) byte {
	switch {
	case bytes.HasSuffix(b, taa):
		return female
	case bytes.HasSuffix(b, []byte("وا")):
		return plural
	}
	return anyGender
}

// affixed are the participles that say a thing was put up to be read: "a
// card pinned above the till", whatever the thing is called.
var affixed = set("pinned taped posted nailed stuck hung chalked painted scrawled written printed glued stapled etched carved")

// thing reports whether a subject that starts with a determiner is a
// thing that carries words: its head, the last word before a preposition
// or a participle, is a sign or a note (A hand-painted board at the gate
// announces), or it was put up to be read (a card pinned above the till).
func thing(words []token) bool {
	for n := 1; n < len(words); n++ {
		if affixed.has(words[n].s) || placeBefore.has(words[n].s) {
			// A message circulating on an app: a participle after the thing.
			participle := n >= 2 && (strings.HasSuffix(words[n-1].s, "ing") || strings.HasSuffix(words[n-1].s, "ed"))
			return inscription(words, n-1) || participle && inscription(words, n-2) || affixed.has(words[n].s)
		}
	}
	return inscription(words, len(words)-1)
}

// inscription reports whether words[n] is a thing that carries words
// nobody signs (a sign, a note), not the last word of a name (the
// Enterprise Board).
func inscription(words []token, n int) bool {
	if n >= len(words) || !inscriptions.has(lower(words[n].s)) {
		return false
	}
	if boardBody(words, n) {
		return false // the education board: a body, not a board with words
	}
	return n == 0 || !nameWord(words[n]) || !nameWord(words[n-1])
}
