package quote

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// context returns the tokens before candidate k that may hold its cue: the
// sentence it stands in, not before the previous quotation at its level
// (prev) nor outside the quotation it is nested in, at most window bytes.
func (f *finder) context(cs []cand, k, lo, prev int) []token {
	c := &cs[k]
	from := lo
	if c.parent >= 0 {
		from = cs[c.parent].start
	}
	if prev >= 0 && cs[prev].quote {
		// a quotation's own cue is not the next one's; a name in marks
		// (identified only as “a collector”) is part of the sentence
		from = max(from, cs[prev].close)
	}
	from = max(from, f.clampStart(from, c.open-window))
	from = f.sentenceStart(from, c.open)
	return f.within(from, c.open)
}

// after returns the tokens after candidate k up to the end of its
// sentence, the next quotation, or the end of the quotation holding it.
func (f *finder) after(cs []cand, k, hi int) []token {
	c := &cs[k]
	if c.parent >= 0 {
		hi = min(hi, cs[c.parent].end)
	}
	for j := k + 1; j < len(cs); j++ {
		if cs[j].parent == c.parent {
			hi = min(hi, cs[j].open)
			break
		}
	}
	hi = max(c.close, min(hi, c.close+200))
	for hi < len(f.text) && !isBoundary(f.text, hi) {
		hi--
	}
	ts := f.within(c.close, hi)
	for n, t := range ts {
		if t.punct && (t.s == "." || t.s == "!" || t.s == "?" || t.s == "؟") {
			return ts[:n]
		}
	}
	return ts
}

// dashAttribution returns the offset and the name after a dash right
// after a quotation, the way an epigraph or a pull quote is signed ("…”
// — Vera Holm", "…» — سليم الدباغ"): a name of one to four words that
// ends the sentence. It returns -1 and "" for anything else.
func (f *finder) dashAttribution(after []token) (int, string) {
	if len(after) < 2 || !after[0].punct || after[0].s != "—" && after[0].s != "–" {
		return -1, ""
	}
	e := 1
	for e < len(after) && e <= 4 && !after[e].punct && (nameWord(after[e]) || isArabic(after[e].s)) {
		e++
	}
	if e == 1 || e < len(after) && !after[e].punct {
		return -1, ""
	}
	return after[1].off, span(f.text, after[1:e])
}

// isBoundary reports whether off is at a rune boundary of s.
func isBoundary(s string, off int) bool {
	return off <= 0 || off >= len(s) || s[off]&0xC0 != 0x80
}

// cueAfter returns the index of a cue right after a quotation ("…,” said
// Calder", "…,” Pruitt said", "…»، قال الدباغ"), or -1. Only a comma may
// stand between; an English cue may come after its subject of up to three
// words, an Arabic one comes first.
func (f *finder) cueAfter(ts []token) int {
	s := 0
	for s < len(ts) && (ts[s].s == "," || ts[s].s == "،") {
		s++
	}
	// A described subject may be longer and hold an apposition: “…,” the
	// archive’s director, Owen Pike, told; “…,” a spokesman for the Port
	// Authority told.
	limit, commas := s+4, false
	if s < len(ts) && !isArabic(ts[s].s) && (englishDeterminers.has(lower(ts[s].s)) || describedName(ts[s:])) {
		limit, commas = s+16, true // “…,” Sarah Quinn, a spokeswoman for the trust, told
	}
	for n := s; n < len(ts) && n < limit; n++ {
		if ts[n].punct && !(commas && n > s && ts[n].s == ",") {
			return -1
		}
		if f.cueIn(ts, n) || pastVerbAt(ts, s, n) {
			if isArabic(ts[n].s) && n != s {
				return -1
			}
			return n
		}
		inName := n > s && n+1 < len(ts) && nameWord(ts[n-1]) && nameWord(ts[n+1]) // Avon and Somerset Police
		if conjunctions.has(lower(ts[n].s)) && !(commas && relativePronouns.has(lower(ts[n].s))) && !inName || lower(ts[n].s) == "that" {
			return -1 // the cue of another clause: “a disgrace” and said …
		}
		if isArabic(ts[n].s) {
			return -1
		}
	}
	return -1
}

// describedName reports whether ts opens with a name, or with a bare
// description of up to three words and then a name: "Sarah Quinn", "race
// director Lucy Fenn", "owner Clara Hallam-Singh".
func describedName(ts []token) bool {
	for n := 0; n < len(ts) && n <= 3; n++ {
		switch {
		case nameWord(ts[n]):
			return true
		case ts[n].punct || upper(ts[n].s) || conjunctions.has(ts[n].s) || englishCues[lower(ts[n].s)] != notCue:
			return false
		}
	}
	return false
}

// openEnded reports whether the cue after[ca] after quotation c belongs to
// it. A quotation that ends its sentence inside the marks (“We are
// done.”) is not attributed by what follows: that is the next sentence
// (“…” Calder said: “…”), except a question or an exclamation followed by
// a lower-case cue (“Why?” she asked), an Arabic cue («لماذا؟» سألت), or
// a name and its cue that end the sentence (“Why?” Ms Reyes asked.). A cue that ends in a colon
// introduces the next quotation instead.
func (f *finder) openEnded(c *cand, after []token, ca int) bool {
	for n := ca + 1; n < len(after) && n <= ca+4; n++ {
		if after[n].s == ":" {
			return false
		}
	}
	body := strings.TrimRightFunc(f.text[c.start:c.end], unicode.IsSpace)
	last, _ := utf8.DecodeLastRuneInString(body)
	switch last {
	case '.', '…':
		return false
	case '?', '!', '؟':
		s := 0
		for s < len(after) && after[s].punct {
			s++
		}
		if s == len(after) {
			return !isArabic(after[0].s) && !upper(after[0].s)
		}
		if s == ca && isArabic(after[s].s) {
			return true // «لماذا الآن؟» سألت المعلمة
		}
		if !isArabic(after[s].s) && !upper(after[s].s) {
			return true
		}
		// “How long?” Ms Reyes asked.: a name and its cue make the
		// whole sentence after the marks.
		end := ca + 1
		if end < len(after) && objectPronouns.has(lower(after[end].s)) {
			end++ // “When?” Ana Ruiz asked him.
		}
		if ca == s || ca-s > 4 || end < len(after) && !after[end].punct {
			return false
		}
		for _, t := range after[s:ca] {
			if !nameWord(t) && !isAbbreviation(strings.TrimSuffix(t.s, ".")) {
				return false
			}
		}
		return true
	}
	return true
}

// pastVerbAt reports whether ts[n], right after a quotation whose words
// start at ts[s], is a verb in the past that no list knows standing where
// English puts a cue: “…,” lamented Desmond Ward; “…,” she murmured;
// “…,” Barraclough reflected. The place says it is the cue: a lower-case
// word in -ed just after the closing mark, before a name, or just after a
// pronoun or a name.
func pastVerbAt(ts []token, s, n int) bool {
	w := ts[n].s
	if ts[n].punct || len(w) < 5 || !strings.HasSuffix(w, "ed") || w[0] < 'a' || w[0] > 'z' || englishSkip.has(w) {
		return false
	}
	if n == s {
		// “…,” reminisced owner Clara Hallam-Singh: a bare description
		// may stand between the verb and the name.
		return n+1 < len(ts) && (describedName(ts[n+1:]) || englishDeterminers.has(ts[n+1].s))
	}
	p := ts[n-1]
	return n-1 >= s && (englishPronouns.has(lower(p.s)) || nameWord(p)) && (n+1 == len(ts) || ts[n+1].punct || !nameWord(ts[n+1]))
}

// lastCue returns the index of the last reporting cue in ts, or -1.
func (f *finder) lastCue(ts []token) int {
	for n := len(ts) - 1; n >= 0; n-- {
		if f.cueIn(ts, n) {
			return n
		}
	}
	return -1
}

// reporterOf returns the index of the English verb of speech whose "that"
// clause the cue ts[cb] stands in, in the same sentence (X said in a
// statement that footfall counters showed), or -1.
func (f *finder) reporterOf(ts []token, cb int) int {
	if isArabic(ts[cb].s) {
		return -1
	}
	that := false
	for n := cb - 1; n >= 0 && cb-n < 3*clause; n-- {
		t := ts[n]
		if sentenceEnd(f.text, t) || closingMark(t.s) {
			return -1
		}
		if lower(t.s) == "that" {
			that = true
			continue
		}
		if that && f.cueIn(ts, n) && f.cueOf(ts[n].s) == verbCue {
			return n
		}
	}
	return -1
}

// personLike reports whether an English speaker is plainly someone who
// can speak, not a thing: a name the text gave before, a body's name
// (the council), a given name, a title, or a noun for a person or a
// relation (a letting agent, her manager). An Arabic one is taken as
// given.
func (f *finder) personLike(name string) bool {
	if isArabic(name) || f.isKnown(name) || f.englishBody(name) {
		return true
	}
	first, _, _ := strings.Cut(name, " ")
	last := lower(withoutPossessive(name[strings.LastIndexByte(name, ' ')+1:]))
	return givenGender(f.fullName(name)) != anyGender || englishTitles.has(first) || englishPronouns.has(lower(name)) ||
		personNouns.has(last) || personNouns.has(strings.TrimSuffix(last, "s")) || relationGender(last) != anyGender || englishKin.has(last) || agentive(last)
}

// outerSubject is the subject of the first cue of ts that names one (the
// last, unless first), taken for a later cue whose gender is g, and that
// cue's offset: "" when none names one of gender g. The cue's gender
// stays g.
func (f *finder) outerSubject(ts []token, g byte, first bool) (string, int) {
	defer func() { f.cueGender = g }()
	for n := range ts {
		c := n
		if !first {
			c = len(ts) - 1 - n
		}
		if !f.cueIn(ts, c) {
			continue
		}
		if s := f.subject(ts, c); s != "" && s != nobody && s != aBody && (g == anyGender || f.cueGender == anyGender || f.cueGender == g) {
			return s, ts[c].off
		}
	}
	return "", -1
}

// sentenceSubject returns the subject of the verb that opens the Arabic
// sentence in which the cue ts[cb] stands, when that verb is no cue and
// has a subject that agrees with gender g, and the cue does not open the
// sentence itself; "" else. The paragraph starts at lo.
func (f *finder) sentenceSubject(ts []token, cb int, g byte, lo int) string {
	s := cb
	for s > 0 && !(ts[s-1].punct && ts[s-1].s != "،" && ts[s-1].s != ",") {
		s--
	}
	if s >= cb-1 || s == 0 && strings.TrimSpace(f.text[f.sentenceStart(f.clampStart(lo, ts[0].off-window), ts[0].off):ts[0].off]) != "" {
		return "" // وأضاف:، or a sentence that began before the words looked at
	}
	if f.cueOf(ts[s].s) != notCue {
		return "" // وقالت …، التي كانت قد حذرت …، هالة نصر: a cue's sentence (see outerSubject)
	}
	ok, subject := f.verbOf(ts, s, cb-1)
	if !ok || !subject {
		return ""
	}
	f.buf = append(f.buf[:0], ts[s].f...)
	if vg := guessGender(f.buf); vg != anyGender && g != anyGender && vg != g {
		return "" // the verbs agree with different subjects
	}
	h := subjectAfter(ts, s, cb-1)
	if t := ts[h]; g != anyGender && (f.roleOf(t) || f.bodyHead(t.s)) && roleGender(strings.TrimPrefix(t.f, "ال")) != g {
		return "" // وزار الوزير القرية والتقى المزارعة، وقالت: not his words
	}
	n := f.subjectMention(f.text, ts[:cb], h) // ورحّب ممثل الباعة، يوسف الحلبي، بالقرار، لكنه قال
	if n == nobody || n == aBody {
		return ""
	}
	return n
}

// inTheirWords reports whether ts opens with على حد تعبيره (قوله، وصفه)
// after a comma, and the gender of its pronoun.
func inTheirWords(ts []token) (byte, bool) {
	if len(ts) < 4 || ts[0].s != "،" || ts[1].s != "على" || ts[2].s != "حد" {
		return anyGender, false
	}
	w := ts[3].s
	for _, head := range [...]string{"تعبير", "قول", "وصف"} {
		if rest, ok := strings.CutPrefix(w, head); ok {
			switch rest {
			case "ه":
				return male, true
			case "ها":
				return female, true
			case "هم":
				return plural, true
			}
		}
	}
	return anyGender, false
}

// pronounComplementiser are أن, إن and لأن with the pronoun of the one
// they report (إنه، أنها، إنهما، لأننا): the verb after them is said of
// that one, and they are never a speaker (see neverWord).
var pronounComplementiser = set(complementisersWithPronouns)

// complementisersWithPronouns are the words of pronounComplementiser,
// which also end a name (arabicStops).
const complementisersWithPronouns = "انه انها انهم انهما انهن انني اننا انك انكم " +
	"بانه بانها بانهم بانهما بانني باننا لانه لانها لانهم لانهما لانني لاننا"

// clauseTopic returns the verb with ف that answers an أما in the last
// clause of ts, whose topic is that verb's subject, and the topic (أما
// زوجها، فاكتفى بالقول:); -1 and "" when the clause has none.
func (f *finder) clauseTopic(ts []token) (int, string) {
	for v := len(ts) - 2; v > 0 && v >= len(ts)-1-clause; v-- {
		if ts[v].punct && ts[v].s != "،" {
			break
		}
		if (ts[v-1].s == "،" || v >= 2 && (ts[v-2].s == "أما" || ts[v-2].s == "اما")) && strings.HasPrefix(ts[v].s, "ف") {
			if n := f.topic(f.text, ts, v); n != "" {
				return v, n
			}
		}
	}
	return -1, ""
}

// firstCue returns the index of the first reporting cue in ts, or -1.
func (f *finder) firstCue(ts []token) int {
	for n := range ts {
		if f.cueIn(ts, n) {
			return n
		}
	}
	return -1
}

// clauseSubjectBefore returns the subject of the Arabic clause after أن
// or إن that the cue with و at toks[cb] goes on with (وأوضح أن ابنه اتصل
// به قبل منتصف الليل وقال له؛ وروى أن ابنة أخته اتصلت به وقالت له): a
// relation or a person by a title, of the cue's gender g, followed by a
// verb of its own before the cue, in the same sentence; or "".
func (f *finder) clauseSubjectBefore(toks []token, cb int, g byte) string {
	a := cb - 1
	for a >= 0 && cb-a <= 2*clause && !toks[a].punct && !complementisers.has(toks[a].f) {
		a--
	}
	if a < 0 || toks[a].f != "ان" || a+2 >= cb || !isArabic(toks[a+1].s) {
		return "" // (أنه، أنها: a pronoun the clause before names)
	}
	t := toks[a+1]
	name, e := "", a+2
	switch {
	case f.relationKey(t.s) != "":
		name = t.s // ابنه، والدته
	case f.roleOf(t) && !strings.HasPrefix(t.s, "ال") && a+2 < cb && f.relationKey(toks[a+2].s) != "":
		name, e = span(f.text, toks[a+1:a+3]), a+3 // ابنة أخته
	default:
		return ""
	}
	if e >= cb || f.cueIn(toks, e) {
		return "" // أن ابنه قال: the clause's own cue
	}
	f.buf = append(f.buf[:0], t.f...)
	if rg := roleGender(strings.TrimSuffix(strings.TrimSuffix(string(f.buf), "ه"), "ها")); g != anyGender && rg != anyGender && rg != g {
		return ""
	}
	return name
}

// reducedRelative reports whether the English verb ts[n] is a past
// participle that qualifies the plain noun before it, its agent or
// recipient after "by" or "to the" (services promised to the council, a
// warning issued by the board): no one's speech.
func reducedRelative(ts []token, n int) bool {
	w := ts[n].s
	if n == 0 || n+2 >= len(ts) || !strings.HasSuffix(w, "ed") || upper(w) {
		return false
	}
	prev := ts[n-1]
	if prev.punct || upper(prev.s) || isArabic(prev.s) || englishPronouns.has(lower(prev.s)) || englishDeterminers.has(lower(prev.s)) || englishSkip.has(lower(prev.s)) || personNouns.has(lower(prev.s)) || pluralPerson(ts, n-1) {
		return false // (the mayor promised to resign; residents warned)
	}
	next := lower(ts[n+1].s)
	return next == "by" || next == "to" && englishDeterminers.has(lower(ts[n+2].s))
}

// readBy are the words after a writing read out by someone (a statement
// read to the court, a letter read aloud): "read" is its participle there.
var readBy = set("to out aloud by at in")

// cueIn reports whether ts[n] is a reporting cue. An English verb that is
// also a noun is none after a determiner: "according to the report",
// "in a statement", "his reply" name things, not speech.
func (f *finder) cueIn(ts []token, n int) bool {
	if ts[n].punct {
		return false
	}
	kind := f.tokenCue(ts[n])
	if kind == notCue {
		return false
	}
	if isArabic(ts[n].s) {
		return f.arabicCueIn(ts, n, kind) != notCue
	}
	if n > 0 && upper(ts[n].s) && nameWord(ts[n-1]) {
		return false // Omar Said, Anna Read: a surname
	}
	if n > 0 && englishPassive(ts[n-1].s, ts[n].s) {
		return false // the council had been asked: its subject is asked, not saying
	}
	if n > 0 && n+1 < len(ts) && lower(ts[n].s) == "read" && (englishStatements.has(lower(ts[n-1].s)) || writings.has(lower(ts[n-1].s))) && readBy.has(lower(ts[n+1].s)) {
		return false // said in a statement read to the court: the statement's sayer says it
	}
	if reducedRelative(ts, n) {
		return false // extra services promised to the council: a participle of the noun's
	}
	if n > 0 && lower(ts[n].s) == "continuing" && beAux.has(lower(ts[n-1].s)) {
		return false // the inquiry was continuing: it goes on, no one speaks
	}
	if n > 1 && englishDeterminers.has(lower(ts[n-2].s)) && !ts[n-1].punct && !upper(ts[n-1].s) && nounCues.has(lower(ts[n].s)) {
		return false // a handwritten note, a brief reply: a thing, not a verb
	}
	return n == 0 || !englishDeterminers.has(lower(ts[n-1].s)) || standsAlone(ts, n-1)
}

// nounCues are the English cues that are also nouns for what is said or
// written (a note, a reply), which a determiner and an adjective before
// them make nouns; a name after one need not be the subject of what a
// verb reports (see reportedSubject).
var nounCues = set("note notes reply replies comment comments answer answers remark remarks statement message warning")

// subject returns the speaker the cue ts[i] names, in its language.
func (f *finder) subject(ts []token, i int) string {
	f.cueGender = anyGender
	if isArabic(ts[i].s) {
		return f.arabicSubject(f.text, ts, i)
	}
	return f.englishSubject(f.text, ts, i)
}

// naming reports whether the words just before a quotation make it a name
// or a title: اسم «بوابة الزهراوية», the newspaper «الرأي», a song called
// “Saltwater Shuffle”, a phrase such as “…”.
func (f *finder) naming(before []token) bool {
	n := len(before) - 1
	if n < 0 || before[n].punct {
		return false
	}
	// A mark written onto an Arabic preposition (لـ«الجزيرة»، بـ"كذا")
	// names a medium or a thing.
	if last := before[n]; last.end() == f.pos && isArabic(last.s) && len(last.s) <= 4 {
		switch strings.TrimSuffix(last.s, "ـ") {
		case "ل", "ب", "ك", "و", "ف", "وب", "ول", "فل":
			return true
		}
	}
	w := before[n].s
	if isArabic(w) {
		if namingNoun(before[n].f) {
			return true
		}
		// في حديث إلى "الوادي نيوز"، في اتصال هاتفي مع «الريف اليوم»: the
		// outlet the speaker talked to.
		if p := before[n].f; p == "الى" || p == "مع" {
			for k := n - 1; k >= 0 && k >= n-2 && !before[k].punct; k-- {
				if arabicInterviews.has(strings.TrimPrefix(before[k].f, "ال")) {
					return true
				}
			}
		}
		// الشركة المشغلة «ريف للنقل»، بالعرض الأول «…»: a naming noun and
		// its adjective.
		return n > 0 && strings.HasPrefix(w, "ال") && !before[n-1].punct && isArabic(before[n-1].s) && namingNoun(before[n-1].f)
	}
	lw := lower(w)
	if englishDeterminers.has(lw) && n > 0 && !before[n-1].punct {
		lw = lower(before[n-1].s) // what it called the “Kinsale Declaration”
	}
	if lw == "of" && n > 0 && !before[n-1].punct {
		return englishNaming.has(lower(before[n-1].s)) // with a performance of “…”
	}
	if lw == "as" && n > 0 {
		p := lower(before[n-1].s)
		if englishLimiters.has(p) && n > 1 {
			p = lower(before[n-2].s) // identified only as “a grateful reader”
		}
		return p == "known" || p == "such" || p == "identified" || p == "named" || p == "listed" || p == "credited"
	}
	if englishMedia.has(lw) {
		for k := n - 1; k >= 0 && k >= n-3; k-- {
			if f.cueIn(before, k) {
				return false // told local radio “…”: what the speaker told it
			}
		}
	}
	return englishNaming.has(lw)
}

// namingNoun reports whether the folded Arabic word w is one of
// arabicNaming, also with the conjunction و or ف or the preposition ب or
// ل on it (وصحيفة، لمشروع، بشركة، بعرض), and after a preposition with the
// article (بالعرض، للفيلم): the noun with the article alone may be the
// subject of the words in marks (أن المشروع «توقف»).
func namingNoun(w string) bool {
	if arabicNaming.has(w) || arabicWorks.has(possessedNoun(w)) {
		return true // أغنيتهم الشهيرة «…»: their song
	}
	if strings.HasPrefix(w, "لل") && len(w) > 6 {
		return arabicNaming.has(w[4:]) // للفيلم: ل and the article
	}
	r, n := utf8.DecodeRuneInString(w)
	if len(w) <= 4 || !strings.ContainsRune("وفبل", r) {
		return false
	}
	w = w[n:]
	return arabicNaming.has(w) || r == 'ب' && strings.HasPrefix(w, "ال") && arabicNaming.has(w[4:])
}

// arabicWorks are the works someone makes, which their name in marks
// after "his song" or "their slogan" names (not كلمته «…», his speech).
var arabicWorks = set("اغنية نشيد هتاف شعار كتاب رواية فيلم قصيدة مسرحية البوم مسلسل برنامج ترنيمة")

// possessedNoun returns the folded Arabic noun w without the possessive
// pronoun written onto it, its ة restored (أغنيتهم → أغنية، شعارها →
// شعار); "" when w carries none.
func possessedNoun(w string) string {
	for _, suffix := range []string{"هم", "ها", "نا", "ه"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok && utf8.RuneCountInString(stem) >= 3 {
			if st, ok := strings.CutSuffix(stem, "ت"); ok {
				return st + "ة"
			}
			return stem
		}
	}
	return ""
}

// shape describes the quoted text (at most its first 400 bytes): how many
// words, whether it has letters, and whether every word is capitalised as
// in a title (“Saltwater Shuffle”, “The Hidden World”; short words such as
// "of" may stay lower case). Once the words are no title, it counts them
// up to enough only: decide asks whether there are more than twelve, and
// an Arabic quotation is told no title by its first word.
func shape(s string, enough int) (words int, letters, title bool) {
	title = true
	shout := true // NO BOAT TODAY: a sign's or a crowd's words in capitals, no title
	for w := range fields(s) {
		i := firstLetter(w)
		if i < 0 {
			continue
		}
		letters = true
		words++
		if wide(w) {
			if cjk := ideographs(w); cjk > 1 {
				words += cjk - 1 // Chinese and Japanese write no spaces
			}
		}
		if !title {
			if words >= enough {
				break
			}
			continue // the rest only tells a title
		}
		shout = shout && !hasLower(w)
		r, _ := decode(w[i:])
		if (isArabicRune(r) || !unicode.IsUpper(r)) && (words == 1 || utf8.RuneCountInString(w) >= 4) {
			title = false
		}
		if innerMarks.in(strings.TrimSuffix(w, ",")) {
			title = false // ‘Blue Hours,’ keeps the comma of its sentence
		}
	}
	return words, letters, title && words > 0 && !(shout && words >= 2)
}

// hasLower reports whether w holds a lower-case letter, as
// strings.ContainsFunc(w, unicode.IsLower) does, with ASCII and the
// Arabic block (which has no case) read without unicode's tables.
func hasLower(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case c < utf8.RuneSelf:
			if 'a' <= c && c <= 'z' {
				return true
			}
			i++
		case c >= 0xD8 && c <= 0xDB && i+1 < len(w) && w[i+1]&0xC0 == 0x80:
			i += 2
		default:
			r, n := utf8.DecodeRuneInString(w[i:])
			if unicode.IsLower(r) {
				return true
			}
			i += n
		}
	}
	return false
}

// fields is strings.FieldsSeq with the characters of ASCII and of the
// Arabic alphabet told from spaces without unicode's tables.
func fields(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1 // the start of the field being read; -1 between fields
		for i := 0; i < len(s); {
			c, n, space := s[i], 1, false
			switch {
			case c < 0x80:
				space = asciiSpace[c]
			case (c == 0xD8 || c == 0xD9) && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
				n = 2 // U+0600–U+067F: no space
			default:
				var r rune
				r, n = utf8.DecodeRuneInString(s[i:])
				space = unicode.IsSpace(r)
			}
			switch {
			case space && start >= 0:
				if !yield(s[start:i]) {
					return
				}
				start = -1
			case !space && start < 0:
				start = i
			}
			i += n
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// asciiSpace holds the ASCII characters unicode.IsSpace reports.
var asciiSpace = [128]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// firstLetter returns the index of the first letter of w, or -1: the
// letters of ASCII and of the Arabic alphabet are told without unicode's
// tables, which shape would search for every word of every quotation.
func firstLetter(w string) int {
	for i := 0; i < len(w); {
		if c := w[i]; c < 0x80 {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		r, n := decode(w[i:])
		if r >= 0x0620 && r <= 0x064A || unicode.IsLetter(r) {
			return i
		}
		i += n
	}
	return -1
}

// wide reports whether w holds a character of three bytes or more in
// UTF-8, as every ideograph is: Latin and Arabic words are skipped at once.
func wide(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0xE0 {
			return true
		}
	}
	return false
}

// ideographs counts the Han, Hiragana and Katakana characters of w.
func ideographs(w string) int {
	n := 0
	for _, r := range w {
		if r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			n++
		}
	}
	return n
}

// decide says whether candidate k of text[lo:hi] is a quotation and what
// its cue says about the speaker. cont marks the part of a quotation the
// previous paragraph left open; prev is the candidate before it at the
// same level and prevQ the quotation before it there, or -1.
func (f *finder) decide(cs []cand, k, lo, hi, prev, prevQ int, cont bool) {
	c := &cs[k]
	before := f.context(cs, k, lo, prev)
	f.pos = c.open
	naming := f.naming(before)
	colon := len(before) > 0 && before[len(before)-1].s == ":"
	cb := f.lastCue(before)
	// وأكد، في اتصال هاتفي مع «الريف اليوم» …، صاحب المعصرة أن: a name
	// in marks inside the aside between a verb and its subject.
	aside := cb >= 0 && cb+2 < len(before) && before[cb+1].s == "،" && isArabic(before[cb].s)
	for n := cb + 2; aside && n < len(before); n++ {
		aside = before[n].s != "،"
	}
	cueAt, name := -1, ""
	gender, reply := anyGender, false
	unnamed := false // a reply whose cue names no one: the one asked may answer
	if cb >= 0 {
		cueAt, name = before[cb].off, f.subject(before, cb)
		for c0 := f.reporterOf(before, cb); c0 >= 0 && name != "" && name != nobody && name != aBody && !f.personLike(name); c0 = f.reporterOf(before, c0) {
			// The council said in a statement that footfall counters showed
			// “no significant change”: a verb inside what the council
			// said, whose subject is a thing.
			if n := f.subject(before, c0); n != "" {
				cb, cueAt, name = c0, before[c0].off, n
			}
		}
		gender, reply = f.cueGender, f.isReply(before[cb].s)
		unnamed = reply && name == ""
		// قالت له حين أعلن رغبته في السفر: «…»: a cue in a clause of time
		// without a subject of its own; the words are the main verb's.
		if name == "" && cb > 0 && subordinators.has(lower(before[cb-1].s)) {
			if c2 := f.lastCue(before[:cb-1]); c2 >= 0 {
				if n := f.subject(before, c2); n != "" {
					cueAt, name = before[c2].off, n
					gender, reply = f.cueGender, f.isReply(before[c2].s)
				}
			}
		}
		if name == "" && cb > 0 && c.parent < 0 && f.conjoinedCue(before[cb].s) {
			// وأوضح أن ابنه اتصل به قبل منتصف الليل وقال له: «…»: the
			// verb with و goes on with the clause after أن, whose subject
			// its own verb has.
			name = f.clauseSubjectBefore(before, cb, gender)
		}
		// أما المدرب … فقال في المؤتمر الذي أعقب المباراة إن …، وتابع:
		// «…»: a verb with و and no subject goes on with the subject of the
		// sentence's first cue, not with a noun named in between.
		if name == "" && cb > 0 && c.parent < 0 && f.conjoinedCue(before[cb].s) {
			if c1 := f.firstCue(before[:cb]); c1 >= 0 {
				g := gender
				if n := f.subject(before, c1); n != "" && n != nobody && n != aBody && (g == anyGender || f.cueGender == anyGender || f.cueGender == g) {
					name = n
				}
				f.cueGender = g
			}
		}
		// وتحدثت المخرجة إلى الصحافيين بعد العرض، فقالت …، موضحة: «…»:
		// a participle goes back to the subject of its sentence's first
		// cue; فقال إنه كتب النص «…»: a verb whose subject is the pronoun
		// of إنه is the cue's before it.
		// وتحدثت المخرجة إلى الصحافيين بعد العرض، فقالت …، موضحة: «…»:
		// a participle goes back to the subject of its sentence's first
		// cue; فقال إنه كتب النص «…»: a verb whose subject is the pronoun
		// of إنه is the nearest cue's before it that names its subject.
		if name == "" && cb > 0 && c.parent < 0 && f.cueOf(before[cb].s) == participleCue {
			if n, at := f.outerSubject(before[:cb], gender, true); n != "" {
				name, cueAt = n, at
			}
		} else if cb > 1 && c.parent < 0 && isArabic(before[cb].s) && pronounComplementiser.has(before[cb-1].f) {
			if n, at := f.outerSubject(before[:cb-1], gender, false); n != "" {
				name, cueAt = n, at
			}
		}
		if name == "" && cb > 1 && c.parent < 0 && !reply && isArabic(before[cb].s) && f.cueOf(before[cb].s) == verbCue {
			// ونعت وزارة الثقافة الراحل في بيان قالت فيه:؛ وانتقدت
			// الجمعية ما وصفته بـ«…»؛ وتتوقع الدائرة أمطارًا، لكنها قالت:
			// a verb with no subject of its own, inside the sentence of
			// a verb that has one, says what that subject says.
			name = f.sentenceSubject(before, cb, gender, lo)
		}
	}
	if name == "" && cb > 1 && c.parent < 0 && (f.cueOf(before[cb].s) == participleCue || before[cb-1].s == "," && strings.HasSuffix(lower(before[cb].s), "ing")) {
		// A leaflet pushed under doors warned residents, saying “…”: a
		// participle, whose subject is its sentence's, in a sentence whose
		// first cue is a writing's gives the writing's words, nobody's.
		if c1 := f.firstCue(before[:cb]); c1 >= 0 && f.speakerName(f.subject(before, c1)) == nobody {
			name = nobody
		}
	}
	if cb < 0 && colon && len(before) <= 2 && prev >= 0 && c.parent < 0 && cs[prev].parent < 0 {
		// وأضافت، وهي تشير إلى لافتة كُتب عليها «…»: «…»; She added,
		// pointing to a sign that read “…”: “…”: the quotation in the
		// aside has a cue of its own; the one after the colon is said by
		// the subject of the sentence's first cue.
		wide := f.within(f.sentenceStart(f.clampStart(lo, cs[prev].open-window), cs[prev].open), cs[prev].open)
		if c1 := f.firstCue(wide); c1 >= 0 && c1 < f.lastCue(wide) {
			cueAt, name = wide[c1].off, f.subject(wide, c1)
			gender, reply = f.cueGender, f.isReply(wide[c1].s)
		}
	}
	if cb < 0 && colon && len(before) > 1 && isArabic(before[len(before)-2].s) {
		// وصاح الإطفائي جاد الحلو بانفعال: an unknown verb opens the clause.
		if v, n := f.clauseTopic(before); v >= 0 {
			name, cueAt = n, before[v].off // أما زوجها، فاكتفى بالقول:
		} else if v, subject := f.clauseVerb(before, len(before)-2); v >= 0 {
			f.buf = append(f.buf[:0], before[v].f...)
			cueAt, gender = before[v].off, guessGender(f.buf)
			if subject {
				name, _ = f.arabicMention(f.text, before, v+1)
			}
		}
		if name == "" {
			name = f.arabicUnnamedSpeaker(before, len(before)-1) // وكان سمكري عجوز … صريحًا:
		}
	}
	if cb < 0 && colon && len(before) > 1 && !isArabic(before[len(before)-2].s) {
		name = f.colonSubject(before, len(before)-1) // A chandler … was blunt:
	}
	if (colon || cb >= 0) && len(before) > 1 && isArabic(before[len(before)-2].s) {
		// سمعت شابًا من الخارج يصيح:؛ سمعت امرأة تنادي في الشارع:؛ أن
		// بحّارًا اقترب منه ليقول له:
		for v := len(before) - 2; v >= 0 && v >= len(before)-5 && !before[v].punct; v-- {
			if n, at := f.embeddedSpeaker(before, v); n != "" {
				name, cueAt = n, at
				break
			}
		}
	}
	if name == "" {
		// وفي بيان، حمّلت النقابة الإدارة مسؤولية «…»; In a statement,
		// the trust accused … and called for “…”.
		if v, n := f.framedStatement(before); v >= 0 {
			name = n
			if cueAt < 0 {
				cueAt = before[v].off
			}
		}
	}
	after := f.after(cs, k, hi)
	inverted := false // the cue right after the closing mark
	// أكدت الوزارة أنها "…"، وأعلنت تجميد عمل الدائرة: a cue with و after
	// the quotation goes on with the sentence, whose cue before it says
	// who speaks; what follows that verb is its object.
	if ca := f.cueAfter(after); ca >= 0 && f.openEnded(c, after, ca) && !(cb >= 0 && f.conjoinedCue(after[ca].s)) {
		n := f.subject(after, ca)
		switch {
		case n != "" || cb >= 0 || f.cueOf(after[ca].s) != participleCue:
			cueAt, name = after[ca].off, n
			gender, reply = f.cueGender, f.isReply(after[ca].s)
			inverted = ca <= 3
		case name == "":
			// ودعت النقابة البلدية إلى «…»، محذرة من: the participle goes
			// back to the subject of the verb its sentence opens with,
			// one no list of cues knows (and, when the sentence opens on
			// a statement, to the subject found for it).
			cueAt, gender = after[ca].off, f.cueGender
			if len(before) > 1 {
				if ok, subject := f.verbAt(before, 0, len(before)-1); ok && subject {
					name = f.verbSubject(before, 0)
				}
			}
		}
	}
	if g, ok := inTheirWords(after); ok && len(before) > 0 {
		// أشار إلى أن الهيئة دعت الجمعية إلى اجتماعات «…»، على حد تعبيره:
		// the words are the sentence's first speaker's, not those of the
		// subject of a verb in the clause it reports.
		if n, at := f.outerSubject(before, g, true); n != "" {
			cueAt, name, gender = at, n, g
		}
	}
	if at, n := f.dashAttribution(after); at >= 0 {
		cueAt, name, gender = at, n, anyGender
	}
	if (name == "" || others.has(lower(name))) && prevQ >= 0 && cs[prevQ].speaker == nobody && elliptical(before) {
		name = nobody // One note reads: “…” Another says: “…”
	}
	carried := f.carried(before)
	if carried {
		cueAt, name, gender = -1, nobody, anyGender // signs reading “…”, filled the hall
		// ودعت لجنة الأهالي إلى اعتصام تحت شعار «…»: a slogan is the
		// words of the subject of the sentence's verb, when it has one.
		if last := before[len(before)-1]; slogans.has(last.f) && len(before) > 1 {
			if v, subject := f.clauseVerb(before, len(before)-2); v >= 0 && subject {
				if n := f.verbSubject(before, v); n != "" {
					cueAt, name = before[v].off, n
				}
			}
		}
	}
	words, letters, title := shape(f.text[c.start:min(c.end, c.start+400)], 13) // (no more than 12 is asked below)
	// “They think a ferry runs itself,” a bus driver said. “It doesn't.”:
	// a quotation right after another one and its attribution goes on
	// with the same speaker.
	again := cueAt < 0 && prevQ >= 0 && c.open-cs[prevQ].close <= 160 &&
		f.lastCue(f.gap(cs[prevQ].close, c.open)) >= 0
	// said it had “lost its favourite” but gained “a great story”: a
	// second phrase in the sentence of a quotation is quoted too.
	sentence := prevQ >= 0 && c.parent < 0 && cs[prevQ].quote && c.open-cs[prevQ].close <= 80 &&
		!strings.ContainsAny(f.text[cs[prevQ].close:c.open], ".!?؟:;\n")
	along := cueAt < 0 && sentence
	clauseAt := -1 // the complementiser whose clause the marks close
	if cueAt < 0 && !naming && c.parent < 0 {
		if clauseAt = f.reportedClause(before, after); clauseAt >= 0 && name == "" {
			name, cueAt = f.clauseSpeaker(before, clauseAt)
		}
	}
	alone := cueAt < 0 && c.parent < 0 && len(before) == 0 && strings.TrimSpace(f.text[lo:c.open]) != "" && f.sentenceAlone(c, hi)
	switch {
	case c.unit, cont:
		c.quote = true
	case f.inMention(before, after):
		c.quote = false // رئيس قائمة «التجديد» الدكتورة سناء الهاشمي: a name in a mention
	case letters && words >= 2 && !title && (f.complemented(before, after, f.text[c.start:c.end]) || calledBy(before)):
		c.quote = true // judged the kitchen “clean but cramped”: what the subject calls the object
	case letters && naming && f.characterised(before, f.text[c.start:c.end]):
		c.quote = true // called the film “a small miracle”: the speaker's words
	case naming && words >= 2 && (cueAt >= 0 || along) && f.demanded(before) && !f.programme(c) && !f.instrument(c):
		c.quote = true // وطالبت بـ«محاسبة كل من قصّر»: what the speaker asks for, in its words
	case !letters || naming:
		c.quote = false
	case c.runsOn:
		c.quote = true // kept only if the next paragraph reopens it
	case carried:
		c.quote = true // the words a thing carries: a mural shows the words “…”
	case colon:
		c.quote = true
	case inverted && speechEnd(f.text[c.start:c.end]):
		// “Zero,” replied Coach Dana Ruiz; “Ask me on Monday,” he said:
		// a cue right after a comma inside the marks makes even one word
		// or a phrase capitalised as a title speech.
		c.quote = true
	case words >= 2 && cb >= 0 && (cb == len(before)-1 || cb == len(before)-2 && before[cb+1].punct) && cueAt == before[cb].off && speechEnd(f.text[c.start:c.end]):
		// she said, ‘Leave it,’ and I did: words right after their cue
		// that end as speech does, however short and capitalised.
		c.quote = true
	case words == 1 && cueAt >= 0 && f.predicate(before):
		c.quote = true // the board said it was “disappointed”
	case words == 1 && cueAt >= 0 && f.reportedWord(before, cb, f.text[c.start:c.end]):
		c.quote = true // وقالت إن التشابه «مدهش»
	case words == 1 && cb >= 0 && cb == len(before)-1 && name == nobody:
		c.quote = true // A placard on the gate read “Closed.”: all the thing says
	case words == 1 && cb >= 0 && cb == len(before)-1 && exclaimed(f.text[c.start:c.end]):
		c.quote = true // residents shouted “Shame!”
	case !colon && words <= 5 && f.programme(c):
		c.quote = false // ستدعم «مبادرة كتاب لكل طالب»: the name of a programme
	case !colon && words <= 12 && f.instrument(c):
		c.quote = false // استندت إلى «قانون السير رقم 11 لعام 2019»: a law's name
	case words >= 2 && clauseAt >= 0:
		c.quote = true // معتبرين أن الأجور «لا تكفي لاستئجار غرفة»: the clause's predicate
	case alone:
		c.quote = true // Asked which cub she preferred, she did not hesitate. “Lhamo. She's braver.”
	case words < 2 || title:
		// One word in marks is a scare quote or a term; a title-cased
		// phrase is a name or a work's title.
		c.quote = false
	case aside && words <= 4:
		c.quote = false
	case cueAt >= 0, again, along:
		c.quote = true
	default:
		// A sentence or more in marks is speech even when its cue is in
		// another sentence (a second quotation after "she said.").
		c.quote = words >= 5
	}
	c.at = c.open
	if cueAt >= 0 {
		c.at = cueAt
	}
	// A handwritten sign, “…”: the sign in apposition to its words.
	signed := len(before) >= 2 && (before[len(before)-1].s == "," || before[len(before)-1].s == "،") && inscriptions.has(before[len(before)-2].f)
	if cueAt < 0 && (colon && (f.inscribed(before) || writtenOnIt(before)) || signed) {
		name = nobody // a sign reads: “…”; someone taped a note: “…”
	}
	if c.parent >= 0 && cb >= 0 && cueAt == before[cb].off {
		from := lo
		if cs[c.parent].open-lo <= 4 {
			from = 0 // a quotation that opens its paragraph: the writing may be named in the one before
		}
		if w, ok := f.writingSays(f.clampStart(from, c.open-window), c.open, before, cb); ok {
			name = w // “… It says, ‘…’”: the letter's writer, not the one who kept it
		}
	}
	if c.parent < 0 && name == aBody && cb > 0 && (lower(before[cb].s) == "read" || lower(before[cb].s) == "reads") {
		// … with an unsigned note tucked inside. It read: “…”: "it" is a
		// thing written, not a body; the words are its writer's, or
		// nobody's.
		name = nobody
		if w, ok := f.writingSays(f.clampStart(lo, c.open-window), c.open, before, cb); ok {
			name = w
		}
	}
	c.speaker = f.speakerName(name)
	if reply && c.speaker == "" && !f.askedBefore(before) && prevQ < 0 && c.parent < 0 {
		// Lomond was asked whether … “It includes some,” he replied: he
		// answers the question his paragraph reports, not the quotation
		// of a paragraph before.
		reply = !f.askedBefore(f.gap(f.clampStart(lo, c.open-window), c.open))
	}
	if unnamed && cueAt == before[cb].off && c.parent < 0 {
		// The one asked answers: I asked the porter …. He replied: “…”.
		if who := f.speakerName(f.askedOne(f.gap(f.clampStart(lo, c.open-window), c.open))); who != "" && who != nobody {
			c.speaker, reply = who, false
		}
	}
	c.gender, c.reply = gender, reply && c.speaker == "" && !f.askedBefore(before)
	c.resolve = c.speaker == "" && c.parent < 0
	c.inner = c.speaker == "" && c.parent >= 0 && (cueAt >= 0 || colon)
	if cueAt < 0 && prevQ >= 0 && c.parent < 0 {
		c.sameAs = prevQ
	}
	if name == "" && cb >= 0 && prevQ >= 0 && c.parent < 0 && before[0].off >= cs[prevQ].close && !f.sentenceEndIn(cs[prevQ].close, c.open) && f.cueOf(before[cb].s) == participleCue {
		c.sameAs = prevQ // قال إنه «…»، مضيفًا: «…»: the participle goes on with the quotation's speaker
	}
	if sentence && name == "" && cb > 0 && lower(before[cb-1].s) == "and" {
		c.sameAs = prevQ // accused the operator of “…” and called for “…”: one subject
	}
}

// inMention reports whether the marks between before and after stand in
// the middle of a mention: in the subject of a verb of speech, or of the
// sentence when it opens with one, after a noun in construct (قائمة،
// نادي) and before the rest of the mention, which goes on to a person's
// name (وقال رئيس قائمة «معًا نعمّر» المحامي جاد عيسى). What they hold
// names the list or the club the noun heads; it is no one's words.
func (f *finder) inMention(before, after []token) bool {
	n := len(before) - 1
	if n < 0 || len(after) == 0 {
		return false
	}
	if t := before[n]; !isArabic(t.s) || articled(t.s) || suffixed(t.s) || f.demanded(before) {
		return false
	}
	s := n // the mention's first word: after the cue, or the sentence's first
	for ; s >= 0 && n-s < 4; s-- {
		t := before[s]
		if t.punct || !isArabic(t.s) || complementisers.has(t.f) || prepositions.has(t.f) || pronounComplementiser.has(t.f) {
			return false
		}
		if f.buf = append(f.buf[:0], t.f...); arabicCue(f.buf) != notCue {
			break
		}
	}
	if s == n || s >= 0 && n-s >= 4 {
		return false
	}
	if len(after) > 1 && strings.HasPrefix(after[0].s, "لل") && isArabic(after[1].s) {
		after = after[1:] // شركة «نسيم» للسياحة هالة برق (see throughMark)
	}
	a := after[0]
	if !isArabic(a.s) || f.endsPhrase(a) || complementisers.has(a.f) {
		return false
	}
	name, m := f.arabicMention(f.text, after, 0)
	return name != "" && f.nameIn(after[:m]) != nil
}

// sentenceAlone reports whether candidate c is a sentence of its own, or
// more: it opens its sentence after another of its paragraph (the caller
// checks that no word stands before it in the sentence and that one
// stands before it in the paragraph: a line opening a paragraph, “Rain
// again?”, may be a thought or a heading's question), ends in a full
// stop, a question or an exclamation inside its marks or right after
// them, and the paragraph ends after it or the next sentence opens there
// (“Lhamo. She's braver.” The keepers agreed.). A title or a term in
// marks stands inside a sentence; words standing alone are speech.
func (f *finder) sentenceAlone(c *cand, hi int) bool {
	q := strings.TrimRightFunc(f.text[c.start:c.end], unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(q)
	rest := strings.TrimLeftFunc(f.text[c.close:hi], unicode.IsSpace)
	if !strings.ContainsRune(".!?؟…", r) {
		// «لا سمك هذا العام».: Arabic, and British English, close the
		// sentence after the marks.
		r, n := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune(".!?؟", r) {
			return false
		}
		rest = strings.TrimLeftFunc(rest[n:], unicode.IsSpace)
	}
	if rest == "" {
		return true
	}
	r, _ = utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || r >= 0x0620 && r <= 0x064A
}

// speechEnd reports whether a quotation ends as speech does inside its
// marks, in a comma, a question or an exclamation: “Zero,” replied.
func speechEnd(q string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(q, unicode.IsSpace))
	return strings.ContainsRune(",!?،؟", r)
}

// predicate reports whether the word in marks completes a copula, a
// modal or بأنه after a cue in its sentence (said it was “disappointed”,
// said she would “welcome” it, ووصف القرار بأنه «كارثي»): a word of the
// speaker's, not a scare quote.
func (f *finder) predicate(before []token) bool {
	n := len(before) - 1
	if n < 0 || before[n].punct {
		return false
	}
	w := before[n].s
	if isArabic(w) {
		return f.in(arabicPredicates, w)
	}
	if lw := lower(w); lw == "a" || lw == "an" {
		// She called the plan a “giveaway”: the speaker's word for it.
		for _, t := range before {
			if callingVerbs.has(lower(t.s)) {
				return true
			}
		}
	}
	if lower(w) == "as" {
		// Residents describe the smell as “unbearable”
		for _, t := range before {
			if strings.HasPrefix(lower(t.s), "describ") {
				return true
			}
		}
	}
	return englishCopulas.has(lower(w))
}

// subordinators open a clause of time inside a sentence, whose verb is
// not the one that says the words: حين، عندما، when.
var subordinators = set("حين وحين عندما لما بعدما when as after before while")

// englishLimiters stand between a verb of naming and its "as": identified
// only as.
var englishLimiters = set("only simply just merely")

// exclaimed reports whether a quotation ends in an exclamation or a
// question inside its marks (“Shame!”, «لماذا؟»): a cry, not a term.
func exclaimed(q string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(q, unicode.IsSpace))
	return r == '!' || r == '?' || r == '؟'
}

// characterised reports whether a phrase in marks is what a speaker
// called or described a thing, not its name: it opens with a lower-case
// indefinite article, as no title does (called the film “a small
// miracle”), has two words or more, and a verb of calling or describing
// is in the clause before it.
func (f *finder) characterised(before []token, q string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(q), " ")
	if !ok || rest == "" || first != "a" && first != "an" {
		return false
	}
	for n := len(before) - 1; n >= 0 && n >= len(before)-6; n-- {
		t := before[n]
		if t.punct {
			return false
		}
		if w := lower(t.s); callingVerbs.has(w) || strings.HasPrefix(w, "describ") {
			return true
		}
	}
	return false
}

// complemented reports whether an English phrase in marks is the
// complement a verb in the past gives its object, the words the subject
// uses for it (branded the offer “a quiet insult”, judged the kitchen
// “clean but cramped”): it opens in lower case and not with "the", as a
// nickname does (call the office “the cave”), closes its sentence, and
// follows a determiner and one or two words of its object right after
// the verb.
func (f *finder) complemented(before, after []token, q string) bool {
	if len(after) > 0 && !after[0].punct || isArabic(q) {
		return false
	}
	if i := firstLetter(q); i < 0 || q[i] < 'a' || q[i] > 'z' || strings.HasPrefix(q[i:], "the ") {
		return false // staff call the office “the cave”: a name
	}
	n := len(before) - 1
	for d := n - 1; d >= 1 && d >= n-2; d-- {
		if before[d].punct || !englishDeterminers.has(lower(before[d].s)) {
			continue
		}
		v := lower(before[d-1].s)
		for _, t := range before[d+1:] {
			if t.punct || nameWord(t) {
				return false
			}
		}
		return !before[d-1].punct && (strings.HasSuffix(v, "ed") || englishCues[v] != notCue)
	}
	return false
}

// calledBy reports whether the marks follow a verb of calling whose
// subject is a pronoun, with or without an article between (which she
// called “the best in the district”, what it called a “serious” attack):
// the subject's words for the thing, where "a song called “…”" names it.
func calledBy(before []token) bool {
	n := len(before) - 1
	if n > 0 && unnamedDeterminers.has(lower(before[n].s)) {
		n--
	}
	return n > 0 && callingVerbs.has(lower(before[n].s)) && englishPronouns.has(pronounOf(before[n-1].s))
}

// callingVerbs name a thing by the speaker's word for it: called it a
// “giveaway”.
var callingVerbs = set("call calls called calling")

var (
	englishCopulas   = set(beForms, "felt feels remained seemed sounded would will could should might may must can")
	arabicPredicates = set("بانه بانها بانهم بانهما انه انها")
)

// programme reports whether a quotation opens with the noun of a named
// programme, initiative or campaign (مبادرة، حملة، برنامج، ميثاق): with
// a few words and no colon before it, it names one.
func (f *finder) programme(c *cand) bool {
	if t, ok := f.firstToken(c.start, min(c.end, c.start+120)); ok && !programmes.has(t.f) {
		return false // most quotations open on no such word: their first word tells
	}
	ts := f.tokenize(f.gtoks[:0], c.start, min(c.end, c.start+120))
	f.gtoks = ts
	return len(ts) > 1 && programmes.has(ts[0].f)
}

// demanded reports whether the mark at f.pos is written onto the
// preposition ب (طالب بـ«…»، ندّد بـ«…»، وعد بـ«…»): in a sentence of
// reported speech, what follows is the speaker's words for what they ask,
// condemn or promise, not a medium's name (لـ«الجزيرة»).
func (f *finder) demanded(before []token) bool {
	last := before[len(before)-1]
	switch strings.TrimSuffix(last.s, "ـ") {
	case "ب", "وب", "فب":
		return last.end() == f.pos
	}
	return false
}

// instrument reports whether a quotation is the name of a law, an
// agreement or a convention: it opens with قانون، اتفاقية، معاهدة… (or
// ends in Act, Agreement, Treaty…) and holds no clause of its own (no
// comma, full stop or colon), as «قانون العمل رقم 8 لسنة 2010» or “the
// Fair Fares Act”. A name may be long, with a number and a year.
func (f *finder) instrument(c *cand) bool {
	if t, ok := f.firstToken(c.start, c.end); ok && isArabic(t.s) && !instruments.has(t.f) {
		return false // an Arabic quotation that opens on no such word: its first word tells, before its marks are read
	}
	if clauseMarks.in(f.text[c.start:c.end]) {
		return false
	}
	ts := f.tokenize(f.gtoks[:0], c.start, c.end)
	f.gtoks = ts
	if len(ts) < 2 {
		return false
	}
	if isArabic(ts[0].s) {
		return instruments.has(ts[0].f)
	}
	return englishInstruments.has(ts[len(ts)-1].s)
}

// firstToken returns the first token tokenize gives text[lo:hi], reading
// its first 32 bytes only, and whether it is that token: a token that
// ends 8 bytes before where it stopped reading is the same, for no rule
// of tokenize looks further past a word (decoding the character after an
// apostrophe after it reads 7 bytes on); false when there is none.
func (f *finder) firstToken(lo, hi int) (token, bool) {
	end := min(hi, lo+32)
	f.gtoks = f.tokenize(f.gtoks[:0], lo, end)
	if len(f.gtoks) == 0 || f.gtoks[0].end()+8 > end && end < hi {
		return token{}, false
	}
	return f.gtoks[0], true
}

// instruments open the name of a law or an agreement; englishInstruments
// end one. Folded, as the lists of words.go.
var (
	instruments        = set("قانون القانون اتفاقية الاتفاقية اتفاق معاهدة المعاهدة مرسوم بروتوكول نظام ميثاق مدونة لائحة دستور")
	englishInstruments = set("Act Agreement Treaty Convention Accord Accords Charter Protocol Bill Code Directive Regulations Statute Ordinance")
)

var programmes = set("مبادرة حملة مشروع برنامج ميثاق مهرجان جائزة خطة معرض مسابقة صندوق")

// inscribed reports whether the clause before a colon introduces words
// nobody signs: a sign, a note, a banner, or someone unnamed.
func (f *finder) inscribed(before []token) bool {
	found := false
	for n := len(before) - 1; n >= 0 && n >= len(before)-clause; n-- {
		t := before[n]
		if t.punct && t.s != ":" {
			break
		}
		if nameWord(t) && n > 0 && !before[n-1].punct {
			return false // Calder sent a message: “…”
		}
		if inscriptions.has(t.f) || !isArabic(t.s) && anonymous.has(lower(t.s)) {
			found = true
		}
	}
	return found
}

// isReply reports whether the cue w answers the quotation before (he
// replied, ردّ، فأجابتهم): the pronoun it takes is not the one answered.
func (f *finder) isReply(w string) bool {
	if !isArabic(w) {
		return replyCues.has(lower(w))
	}
	f.buf = fold(f.buf, w)
	b := string(f.buf)
	if len(b) > 4 && (strings.HasPrefix(b, "و") || strings.HasPrefix(b, "ف")) {
		b = b[2:]
	}
	return strings.HasPrefix(b, "رد") || strings.HasPrefix(b, "اجاب") || strings.HasPrefix(b, "يرد") || strings.HasPrefix(b, "ترد")
}

var replyCues = set("replied replies answered responded countered")

// askedBefore reports whether the sentence before a reply says that the
// writer asked the one who replies (وسألناه عن الخطة، فأجاب; Asked about
// the date, she replied): the reply answers a question, not the
// quotation before, whose speaker may be the one who answers.
func (f *finder) askedBefore(before []token) bool {
	for _, t := range before {
		if t.punct {
			continue
		}
		if !isArabic(t.s) {
			if w := lower(t.s); w == "asked" || w == "questioned" {
				return true
			}
			continue
		}
		f.buf = append(f.buf[:0], t.f...)
		b := string(f.buf)
		if len(b) > 4 && (strings.HasPrefix(b, "و") || strings.HasPrefix(b, "ف")) {
			b = b[2:]
		}
		if askedWords.has(b) {
			return true
		}
	}
	return false
}

// askedOne returns the one a question in ts was put to, who answers it
// (I asked the porter where the lift was. He replied: …; أنه سأل
// الصيدلاني عن موعد الدواء، فأجابه; وسأل المحامي الشاهدة …، فردّت): the
// noun phrase after the last verb of asking, the second one after an
// Arabic verb that names its subject first; "" when there is none, or it
// is a pronoun.
func (f *finder) askedOne(ts []token) string {
	for n := len(ts) - 2; n >= 0; n-- {
		t := ts[n]
		if t.punct {
			continue
		}
		if !isArabic(t.s) {
			if w := lower(t.s); w != "asked" && w != "asking" {
				continue
			}
			e := n + 1
			for e < len(ts) && e <= n+5 && !ts[e].punct && !questionWords.has(lower(ts[e].s)) {
				e++
			}
			if e == n+1 || objectPronouns.has(lower(ts[n+1].s)) {
				return ""
			}
			name := englishPhrase(f.text, ts[n+1:e])
			if name == "" || f.never(name) {
				return ""
			}
			return name
		}
		b := strings.TrimPrefix(strings.TrimPrefix(t.f, "و"), "ف")
		if b != "سال" && b != "سالت" && b != "سالنا" {
			continue
		}
		name, k := f.arabicMention(f.text, ts, n+1)
		switch {
		case name == "" || f.never(name):
			return ""
		case b == "سالنا" || n > 0 && pronounComplementiser.has(ts[n-1].f):
			return name // سألنا الحارس، أنه سأل الصيدلاني: the subject is a pronoun
		case k < len(ts) && !ts[k].punct && isArabic(ts[k].s):
			if obj, _ := f.arabicMention(f.text, ts, k); obj != "" && !f.never(obj) && !prepositions.has(ts[k].f) && !arabicStops.has(ts[k].f) {
				return obj // وسأل المحامي الشاهدة: the verb, its subject, its object
			}
		}
		return ""
	}
	return ""
}

// questionWords end the one asked in English: asked the porter where.
var questionWords = set("where when whether if why how what who which about to for")

// objectPronouns are the English pronouns a cue may take as its object
// (asked him, told them).
var objectPronouns = set("him her them me us")

// askedWords are the Arabic forms of "we (I) asked him or her" and "he
// (she) was asked", folded: سألناه، سألتها، سئل.
var askedWords = set("سالناه سالناها سالته سالتها سالتهم سالناهم سئل سئلت")
