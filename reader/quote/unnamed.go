package quote

import "strings"

// This file reads the people a text introduces without a name, by what
// they are: "A deckhand who has worked on the route for six years, and
// who asked not to be named, said …", "One of them, a student who had
// driven from Tarbeck, summed it up: …", "I heard a man shout, …". Such
// a person is the subject of their sentence however long the clauses
// that qualify them, the speaker of what that sentence introduces, and
// a mention like a named person's, which a later "he said" or "the
// deckhand said" refers to. The reading is by structure: a determiner
// that introduces someone (a, an, one, another), the lower-case words up
// to its head, and the relative clauses, appositions and phrases that
// qualify it before the predicate; the noun itself is in no list.

// unnamedDeterminers introduce someone new without a name.
var unnamedDeterminers = set("a an one another")

// capitalDeterminers are unnamedDeterminers opening a sentence.
var capitalDeterminers = set("A An One Another")

// englishUnnamed reads the noun phrase at toks[s] when it introduces a
// person without a name: a determiner of unnamedDeterminers and up to
// four lower-case words ending in its head (a retired glazier, one
// passenger), or "one of them" (of the drivers) with an unnamed
// apposition after it (One of them, a student who …). It returns the
// phrase as the speaker's name, the index after its last word, and the
// gender its head gives; "" when toks[s] opens no such phrase, or the
// phrase names a thing, a body or one who speaks for a body (a
// spokesman for).
func (f *finder) englishUnnamed(toks []token, s int) (string, int, byte) {
	if s >= len(toks) || !unnamedDeterminers.has(lower(toks[s].s)) {
		return "", s, anyGender
	}
	if lower(toks[s].s) == "one" && s+2 < len(toks) && toks[s+1].s == "of" {
		// One of them, a student who …: the apposition says who; else
		// "one of the stevedores", the part and its group.
		e := s + 2
		if englishDeterminers.has(lower(toks[e].s)) && e+1 < len(toks) {
			e++
		}
		if toks[e].punct || upper(toks[e].s) {
			return "", s, anyGender
		}
		e++
		if w := lower(toks[e-1].s); w != "them" && w != "us" && w != "those" {
			return span(f.text, toks[s:e]), e, anyGender
		}
		if e+1 < len(toks) && toks[e].s == "," {
			return f.englishUnnamed(toks, e+1)
		}
		return "", s, anyGender
	}
	e := s + 1
	for e < len(toks) && e-s <= 4 && !npEnds(toks[e], e == s+1) {
		e++
		if e+1 < len(toks) && toks[e].s == "of" && !npEnds(toks[e+1], true) {
			e += 2 // a father of three, a member of staff
		}
	}
	if e < len(toks) && e-s > 2 && !toks[e].punct && (englishDeterminers.has(lower(toks[e].s)) || objectPronouns.has(lower(toks[e].s))) {
		e-- // A woman shook her head: the verb before its object
	}
	if e == s+1 {
		return "", s, anyGender
	}
	np := toks[s:e]
	for _, t := range toks[s:min(e+1, len(toks))] {
		if w := lower(t.s); anonymous.has(w) || inscriptions.has(w) {
			return "", s, anyGender // an unsigned note, a sign: nobody's words
		}
	}
	head := lower(np[len(np)-1].s)
	if thing(np) || englishBodies.has(head) || spokesWords.has(head) || englishStatements.has(head) || englishFunction.has(np[len(np)-1].s) {
		return "", s, anyGender
	}
	g := relationGender(head)
	if g == anyGender {
		g = englishEpithets[head]
	}
	return span(f.text, np), e, g
}

// npEnds reports whether t ends the words of an unnamed noun phrase
// before it: punctuation, a capitalised word, a relative pronoun, a
// preposition, a participle (a woman walking her dog, a man named), a
// verb of speech or of being, a determiner or a conjunction; first says
// whether t is the phrase's first word, where a participle is an
// adjective (a retired clerk).
func npEnds(t token, first bool) bool {
	w := lower(t.s)
	if t.punct || upper(t.s) || hasDigit(t.s) || relativePronouns.has(w) || w == "that" || placeBefore.has(w) || locatives.has(w) || conjunctions.has(w) || npPrepositions.has(w) {
		return true
	}
	if englishSkip.has(w) || englishDeterminers.has(w) || englishCues[w] != notCue || englishPronouns.has(w) {
		return true
	}
	return !first && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// npPrepositions are the prepositions after a noun, besides placeBefore
// and locatives, that end it: a chalkboard above the ice.
var npPrepositions = set("above below beside behind under over beneath around about through without like")

// unnamedSubject returns the unnamed person that opens the sentence of
// toks[at] as its subject, when what stands between them only qualifies
// that person (see qualifiersOnly), with the gender the phrase or a
// pronoun in its clauses gives (who asked that she not be named): "A
// deckhand who …, and who …, said" at said, "A chandler whose shop
// faces the slipway was blunt:" at the colon. "" when the sentence opens
// otherwise.
func (f *finder) unnamedSubject(toks []token, at int) (string, byte) {
	s := at
	for s > 0 && at-s < 4*clause && !sentenceEnd(f.text, toks[s-1]) && toks[s-1].s != ":" {
		s--
	}
	if s > 0 && closingMark(toks[s-1].s) {
		return "", anyGender // “…” a woman said: the cue after a quotation is read there
	}
	name, end, g := f.opening(toks, s, at)
	if name == "" || end > at {
		return "", anyGender
	}
	pg, ok := f.qualifiersOnly(toks, end, at)
	if !ok {
		return "", anyGender
	}
	if g == anyGender {
		g = pg
	}
	return name, g
}

// opening reads the unnamed person a sentence that starts at toks[s]
// opens with, before toks[at]: after a conjunction (And a man …), or
// after the verb of a sentence that opens on where they are (Among those
// waiting was a signalman). It returns the phrase, the index after it
// and its gender, as englishUnnamed.
func (f *finder) opening(toks []token, s, at int) (string, int, byte) {
	for s < at && (toks[s].punct || sentenceConjunctions.has(toks[s].s)) {
		s++
	}
	if w := lower(toks[min(s, len(toks)-1)].s); s < at && (placeBefore.has(w) && w != "the" || locatives.has(w) || npPrepositions.has(w) || subordinators.has(w) || strings.HasSuffix(w, "ed")) {
		// At the transit center, a driver …; Asked about the delays, a
		// clerk …: a phrase before the subject, up to its comma.
		for n := s + 1; n < at && n < s+clause; n++ {
			if toks[n].punct {
				if toks[n].s == "," {
					s = n + 1
				}
				break
			}
		}
	}
	name, end, g := f.englishUnnamed(toks, s)
	if name == "" && s < at && existential.has(toks[s].s) {
		for n := s + 1; n < at && n < s+clause && !toks[n].punct; n++ {
			if w := lower(toks[n].s); w == "was" || w == "were" || w == "is" {
				return f.englishUnnamed(toks, n+1)
			}
		}
	}
	return name, end, g
}

// subjectPronouns are the English pronouns that open a clause of their
// own as its subject.
var subjectPronouns = set("he she they we i you")

// sentenceConjunctions open a sentence without being its subject.
var sentenceConjunctions = set("And But Yet Still So Then")

// existential open a sentence whose subject comes after its verb (Among
// those waiting was a man from Leeds).
var existential = set("Among Amid Amongst")

// qualifiersOnly reports whether toks[end:at], after the noun phrase of
// a subject, only qualify it before its predicate, which reaches at: the
// segments between commas, dashes and parentheses before the last open
// with a relative pronoun, a determiner (an apposition), a preposition,
// a participle or a number, and name no one (personRun); the last holds
// no conjunction or pronoun that opens another clause before at. It also
// returns the gender a subject pronoun in those clauses gives the
// person (who said she …).
func (f *finder) qualifiersOnly(toks []token, end, at int) (byte, bool) {
	g := anyGender
	seg := end // the start of the segment going on
	for n := end; n < at; n++ {
		t := toks[n]
		switch lower(t.s) {
		case "he", "himself":
			if g == anyGender && n > seg {
				g = male
			}
		case "she", "herself":
			if g == anyGender && n > seg {
				g = female
			}
		}
		if t.punct && t.s != "’" && t.s != "'" {
			if t.s != "," && t.s != "—" && t.s != "–" && t.s != "(" && t.s != ")" {
				return anyGender, false
			}
			if n > seg && !qualifierSegment(toks[seg:n]) {
				return anyGender, false
			}
			seg = n + 1
			continue
		}
	}
	last := toks[seg:at]
	if len(last) > 0 && (relativePronouns.has(lower(last[0].s)) || lower(last[0].s) == "that") {
		// whose shop faces the slipway was blunt: the clause names no one
		if personRun(last, 0) != nil {
			return anyGender, false
		}
		return g, true
	}
	for n, t := range last {
		w := lower(t.s)
		if subjectPronouns.has(w) || nameWord(t) && (n == 0 || !placeBefore.has(lower(last[n-1].s))) {
			return anyGender, false // A man told me that he …; A neighbour, Sam Lee said
		}
		if conjunctions.has(w) && !(w == "and" && n+1 == len(last)) {
			return anyGender, false // a woman waved as the mayor said
		}
	}
	return g, true
}

// qualifierSegment reports whether the words between two commas after
// an unnamed person's noun phrase only qualify them: a relative clause
// (who asked not to be named, and who …), an apposition (a student who
// had driven from Tarbeck), a phrase (in a green anorak, from Leeds), a
// participle (clutching a ticket) or an age; and name no one but after a
// preposition (Mary Cole; who gave his name as Jim).
func qualifierSegment(seg []token) bool {
	k := 0
	if lower(seg[0].s) == "and" && len(seg) > 1 {
		k = 1 // and who asked not to be named
	}
	w := lower(seg[k].s)
	opens := relativePronouns.has(w) || englishDeterminers.has(w) && !englishPronouns.has(w) || ownedDeterminers.has(w) || placeBefore.has(w) || locatives.has(w) ||
		hasDigit(w) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || englishQualifiers.has(w)
	if !opens {
		return false
	}
	for n, t := range seg {
		if nameWord(t) && (n == 0 || !placeBefore.has(lower(seg[n-1].s)) && !locatives.has(lower(seg[n-1].s))) {
			return false
		}
	}
	return true
}

// englishQualifiers open a phrase that qualifies a person without being
// a clause of their own: "a nurse, herself a mother of three,", "one of
// three hired in March", "not authorised to speak".
var englishQualifiers = set("herself himself themselves not once now still both also")

// unnamedOpening returns the unnamed person a sentence starting at toks[s]
// introduces as its subject, to be a mention a later pronoun cue or
// definite description refers to, also when the sentence quotes nobody
// ("A deckhand …, said the crew had been short-staffed."), the gender
// its words give, and the end of the phrase after its noun (from Larch
// Row), whose names are places; "" when the sentence opens otherwise or
// its head is no person by its form or its clause (a fire broke out).
func (f *finder) unnamedOpening(toks []token, s int) (string, byte, int) {
	name, end, g := f.opening(toks, s, len(toks))
	if name == "" || strings.Contains(name, " of ") {
		return "", anyGender, s
	}
	q := end // the end of a phrase after the noun: from Larch Row
	if q < len(toks) && (placeBefore.has(lower(toks[q].s)) || locatives.has(lower(toks[q].s))) {
		for q++; q < len(toks) && !toks[q].punct && !f.cueIn(toks, q) && !relativePronouns.has(lower(toks[q].s)); q++ {
		}
	}
	head := lower(name[strings.LastIndexByte(name, ' ')+1:])
	if englishPronouns.has(head) || objectPronouns.has(head) {
		return "", anyGender, s // A violin takes him three months: a verb and its object, no person
	}
	who := end < len(toks) && lower(toks[end].s) == "who" || end+1 < len(toks) && toks[end].s == "," && lower(toks[end+1].s) == "who"
	person := who || personNouns.has(head) || g != anyGender || agentive(head)
	for n := end; !person && n < len(toks) && n < end+4*clause && !sentenceEnd(f.text, toks[n]); n++ {
		if f.cueIn(toks, n) {
			_, person = f.qualifiersOnly(toks, end, n) // A deckhand … said: one who speaks
			break
		}
	}
	if !person {
		return "", anyGender, s
	}
	if n, ng, at := namedAs(f.text, toks, end); n != "" {
		if g == anyGender {
			g = ng
		}
		return n, g, at // Another passenger, who gave her name only as Farah: Farah
	}
	for n := end; n < len(toks) && n < end+4*clause && !sentenceEnd(f.text, toks[n]); n++ {
		if w := lower(toks[n-1].s); nameWord(toks[n]) && (w == "as" || w == "named" || w == "called" || w == ",") {
			return "", anyGender, s // Another passenger named Farah: named
		}
		if g != anyGender {
			continue
		}
		switch lower(toks[n].s) {
		case "he":
			g = male
		case "she":
			g = female
		}
	}
	return name, g, q
}

// namedAs returns the name that the words from toks[from] give an
// unnamed person in the way reporters write it, "who gave her name as
// Becky", "who gave his name only as Ted", "who would give only his first
// name, Philip", "who asked to be identified only as Mr. Patel", the
// gender its his or her gives, and the index after it; "" when they give
// none.
func namedAs(text string, toks []token, from int) (string, byte, int) {
	for n := from; n < len(toks) && n < from+10 && (!toks[n].punct || toks[n].s == ","); n++ {
		if w := lower(toks[n].s); w == "identified" || w == "known" {
			// who asked to be identified only as Mr. Patel, by her first
			// name, Joanne: the name the text gives.
			k := n + 1
			for k < len(toks) && k < n+7 && (lower(toks[k].s) == "only" || lower(toks[k].s) == "as" || lower(toks[k].s) == "by" || englishDeterminers.has(lower(toks[k].s)) || lower(toks[k].s) == "first" || lower(toks[k].s) == "name" || toks[k].s == ",") {
				k++
			}
			if k > n+1 && k < len(toks) && (lower(toks[k-1].s) == "as" || toks[k-1].s == ",") {
				e := k
				for e < len(toks) && e < k+3 && (nameWord(toks[e]) || isAbbreviation(strings.TrimSuffix(toks[e].s, "."))) {
					e++
				}
				if e > k && nameWord(toks[e-1]) {
					return span(text, toks[k:e]), anyGender, e
				}
			}
			return "", anyGender, from
		}
		if w := lower(toks[n].s); w != "gave" && w != "give" && w != "giving" && w != "gives" {
			continue
		}
		for m := n + 1; m+1 < len(toks) && m < n+7; m++ {
			if w := lower(toks[m].s); w != "name" && w != "names" {
				continue
			}
			k := m + 1
			if k < len(toks) && lower(toks[k].s) == "only" {
				k++
			}
			if k < len(toks) && (lower(toks[k].s) == "as" || toks[k].s == ",") {
				k++
			}
			if run := capRun(toks[:min(len(toks), k+3)], k); run != nil && run[0].off == toks[k].off {
				g := anyGender
				for _, t := range toks[n:m] {
					if w := lower(t.s); w == "his" || w == "her" {
						g = relationGender(w)
					}
				}
				return span(text, run), g, k + len(run)
			}
			return "", anyGender, from
		}
		return "", anyGender, from
	}
	return "", anyGender, from
}

// reportedGender returns the gender of the pronoun that opens the clause
// the English cue toks[i] reports (said she would, told reporters that he
// had): its subject, whom news makes the cue's own; anyGender for none.
func reportedGender(toks []token, i int) byte {
	n := i + 1
	if n < len(toks) && lower(toks[n].s) == "that" {
		n++
	}
	if n < len(toks) {
		switch toks[n].s {
		case "he":
			return male
		case "she":
			return female
		}
	}
	return anyGender
}

// agentive reports whether an English noun has the ending of one who
// does something (lamplighter, sailor, florist, librarian, signalman).
func agentive(w string) bool {
	for _, end := range [...]string{"er", "or", "ist", "ian", "man", "woman", "ee", "ess"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// ownedDeterminers introduce someone by whose they are: heard her
// neighbour call out.
var ownedDeterminers = set("my our his her their")

// perceptionVerbs take someone heard or seen saying something as their
// object: "I heard a man shout, “…”", "remembers a passenger stopping to
// tell him, “…”".
var perceptionVerbs = set("hear heard hears hearing overheard overhear see saw sees seen seeing watch watched watching",
	"notice noticed remember remembers remembered recall recalls recalled imagine picture")

// perceivedSpeaker returns the one heard or seen saying what the cue
// toks[i] introduces when the cue is no finite verb of its own subject:
// the object of a verb of perception before it (heard a wheelwright
// shout; saw Ann Lee waving and shouting; remembers a cabman pulling up
// to tell him), a person named or unnamed; "" for anything else.
func (f *finder) perceivedSpeaker(toks []token, i int) string {
	j := i - 1
	if j >= 0 && lower(toks[j].s) == "to" {
		j--
	} else if w := lower(toks[i].s); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "said" || w == "told" {
		return "" // a finite verb has a subject of its own
	}
	for p := j; p >= 0 && i-p <= clause; p-- {
		if toks[p].punct {
			return ""
		}
		if !perceptionVerbs.has(lower(toks[p].s)) {
			continue
		}
		var name string
		var end int
		if p+2 < i && ownedDeterminers.has(lower(toks[p+1].s)) && !npEnds(toks[p+2], true) {
			name, end = span(f.text, toks[p+1:p+3]), p+3 // heard her neighbour call out
		} else if name, end, _ = f.englishUnnamed(toks, p+1); name == "" {
			for end < i && nameWord(toks[end]) {
				end++
			}
			if end == p+1 || possessive(toks[end-1].s) {
				return ""
			}
			name = span(f.text, toks[p+1:end])
		}
		if end != i && end != j+1 && !strings.HasSuffix(lower(toks[end].s), "ing") {
			return ""
		}
		return name
	}
	return ""
}

// colonSubject returns the subject of the English clause that ends in
// the colon toks[at] and holds no verb of speech ("A chandler whose shop
// faces the slipway was blunt:", "Dana Whitlock, who farms the lower
// fields, had one answer:"): the person, named or unnamed, that opens
// its sentence, when the rest only qualifies them; "" for none.
func (f *finder) colonSubject(toks []token, at int) string {
	if name, _ := f.unnamedSubject(toks, at); name != "" {
		return name
	}
	s := at
	for s > 0 && at-s < 4*clause && !sentenceEnd(f.text, toks[s-1]) && toks[s-1].s != ":" {
		s--
	}
	for s < at && (toks[s].punct || sentenceConjunctions.has(toks[s].s)) {
		s++
	}
	e := s
	for e < at && nameWord(toks[e]) {
		e++
	}
	if e > s && e < at && possessive(toks[e-1].s) && sayingNouns.has(lower(toks[e].s)) {
		// Ilse Brandt's answer was simple: the one whose words they are.
		return withoutPossessive(span(f.text, toks[s:e]))
	}
	// One word names someone only when the text named them before (Reis
	// was blunter:, after Paulo Reis): a capital opens any sentence.
	if e-s < 2 && (e == s || !f.isKnown(toks[s].s) && !f.namedBefore(toks[s].off, toks[s].s)) || possessive(toks[e-1].s) || f.place(toks, s, toks[s:e]) || f.englishBody(span(f.text, toks[s:e])) {
		return ""
	}
	if _, ok := f.qualifiersOnly(toks, e, at); !ok {
		return ""
	}
	return span(f.text, toks[s:e])
}

// sayingNouns are the English nouns for what someone said, whose
// possessor said it (Her answer, the council's response).
var sayingNouns = set("answer response reply reaction verdict message advice warning words explanation assessment")

// arabicPerception are the Arabic verbs of hearing and seeing, folded
// and without the conjunction, in the persons news uses (سمعت، سمعنا،
// رأيت، شاهدوا، أسمع): their object is someone heard or seen saying what
// follows (سمعت شابًا من الخارج يصيح: «…»).
var arabicPerception = func() map[string]bool {
	m := map[string]bool{}
	for _, stem := range []string{"سمع", "شاهد", "لمح"} {
		for _, end := range []string{"", "ت", "نا", "وا", "تم"} {
			m[stem+end] = true
		}
		for _, pre := range []string{"ا", "ن", "ي", "ت"} {
			m[pre+stem] = true
		}
	}
	for _, w := range []string{"راى", "رات", "رايت", "راينا", "راوا", "ارى", "نرى", "يرى", "ترى"} {
		m[w] = true
	}
	return m
}()

// arabicVoice are the nouns for the sound of someone (صوت الريّس يقول):
// the one whose voice it is speaks.
var arabicVoice = set("صوت وصوت صراخ")

// embeddedSpeaker returns the speaker of the Arabic verb toks[v], an
// imperfect with no subject after it (يصيح، تنادي، ليقول له), when it
// stands in a clause whose subject comes before it: the object of a verb
// of perception (سمعت نحّالًا من القرية ينادي، سمعت صوت الناطور يصيح)
// or, for a verb of speech, the noun after أن or إن (روى أن بحّارًا اقترب
// منه ليقول له). It returns the subject as the text writes it, and its
// offset; "" when the clause is of another kind.
func (f *finder) embeddedSpeaker(toks []token, v int) (string, int) {
	w := strings.TrimPrefix(toks[v].f, "ل")
	if !strings.HasPrefix(w, "ي") && !strings.HasPrefix(w, "ت") {
		return "", -1 // (وتابع: a verb with و goes on with the sentence's subject)
	}
	a := v - 2 // the verb of perception, or أن, that opens the clause
	perceived := false
	for ; ; a-- {
		if a < 0 || a < v-clause || toks[a].punct {
			return "", -1
		}
		if perceived = arabicPerception[strings.TrimPrefix(strings.TrimPrefix(toks[a].f, "و"), "ف")]; perceived || toks[a].f == "ان" || toks[a].f == "بان" {
			break
		}
	}
	if !perceived && !f.cueIn(toks, v) && f.cueOf(strings.TrimPrefix(toks[v].s, "ل")) != verbCue { // ليقول: to say
		return "", -1 // أن الخطة تتضمن: only a verb of speech has a speaker
	}
	if v+1 < len(toks) && !toks[v+1].punct && isArabic(toks[v+1].s) {
		if ok, subject := f.verbAt(toks, v, len(toks)-1); ok && subject || strings.HasPrefix(toks[v+1].s, "ال") {
			return "", -1 // يقول الوزير: its subject follows
		}
	}
	n := a + 1
	if perceived && arabicVoice.has(toks[n].f) && n+1 < v {
		n++ // صوت الريّس
	}
	if t := toks[n]; t.punct || !isArabic(t.s) || f.arStop(t) || f.neverToken(t) || n >= v {
		return "", -1
	}
	if name, _ := f.oneOf(toks, n); name != "" {
		return name, toks[n].off // أن أحد الجنود طرق الباب وهو يصيح
	}
	if strings.HasPrefix(toks[n].s, "ال") || f.roleOf(toks[n]) {
		if name, e := f.arabicMention(f.text, toks, n); name != "" && e <= v {
			return name, toks[n].off // أن الطبيب كريم داود دخل وهو يقول
		}
	}
	return toks[n].s, toks[n].off
}

// arabicUnnamedNoun reports whether the Arabic word t can be someone the
// text introduces without a name: a word with no article and no
// conjunction that ends no phrase, is never a speaker, is no count of a
// group or body and no verb of speech (سمكري، عجوز، رجل).
func (f *finder) arabicUnnamedNoun(t token) bool {
	if t.punct || !isArabic(t.s) || strings.HasPrefix(t.s, "ال") || f.arStop(t) || f.neverToken(t) || f.isKnown(t.s) || hasDigit(t.s) || f.relationKey(t.s) != "" {
		return false
	}
	f.buf = append(f.buf[:0], t.f...)
	k := f.kind(f.buf)
	return k != bodyKind && k != quantityKind && !f.bodyHead(t.s) && f.cueOf(t.s) == notCue
}

// arabicOpening returns the index of the unnamed person an Arabic
// sentence that starts at toks[s] introduces as its subject without a
// verb of speech, and the gender the words give, or -1: after a verb of
// being (وكان سمكري عجوز يعمل في الحي صريحًا)، after a phrase of place
// that opens it (وبين المنتظرين أمام الفرن رجل سبعيني يتكئ على عصاه), or
// before an aside in commas and its verb (وعجوز، كانت تحمل حفيدها،
// صرخت).
func (f *finder) arabicOpening(toks []token, s int) (int, byte) {
	if s+2 >= len(toks) {
		return -1, anyGender
	}
	n := -1
	switch first := strings.TrimPrefix(toks[s].f, "و"); {
	case beingVerbs.has(toks[s].f):
		n = s + 1
		if w := toks[n].f; (strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")) && !f.personWord(toks[n]) {
			return -1, anyGender // كان يوقف الفرقة، كان يمسك يدي ويقول: a verb in the past of habit, no one's name
		}
	case prepositions.has(first) && first != "منذ":
		// a phrase of place: its words carry the article or govern one
		for k := s + 1; k < len(toks) && k <= s+5 && !toks[k].punct; k++ {
			if w := strings.TrimPrefix(toks[k].f, "و"); !strings.HasPrefix(w, "ال") && !prepositions.has(w) {
				if k > s+1 {
					n = k
				}
				break
			}
		}
	case toks[s+1].s == "،" && strings.HasPrefix(toks[s].s, "و"):
		// وعجوز، …، صرخت: the noun before the aside
		if w := (token{off: toks[s].off + len("و"), s: toks[s].s[len("و"):], f: first}); f.arabicUnnamedNoun(w) {
			for k := s + 2; k < len(toks) && k < s+2+clause; k++ {
				if toks[k].punct {
					if toks[k].s == "،" && k+1 < len(toks) && f.cueIn(toks, k+1) {
						return s, f.verbGender(toks[k+1])
					}
					if toks[k].s != "،" {
						break
					}
				}
			}
		}
		return -1, anyGender
	}
	if n < 0 || n+1 >= len(toks) || !f.arabicUnnamedNoun(toks[n]) {
		return -1, anyGender
	}
	g := f.verbGender(toks[s])
	if next := toks[n+1]; !next.punct && (strings.HasPrefix(next.f, "ي") || strings.HasPrefix(next.f, "ت")) {
		g = f.verbGender(next) // رجل سبعيني يتكئ: the verb after it says
	}
	if g == anyGender {
		f.buf = append(f.buf[:0], toks[n].f...)
		g = roleGender(string(f.buf))
	}
	return n, g
}

// verbGender returns the gender an Arabic verb gives its subject: an
// imperfect's prefix (يتكئ، تحمل), a past verb's ending (كانت، صرخت).
func (f *finder) verbGender(t token) byte {
	w := strings.TrimPrefix(t.f, "و")
	switch {
	case strings.HasPrefix(w, "ي"):
		return male
	case strings.HasPrefix(w, "ت") || strings.HasSuffix(w, "ت"):
		return female
	case beingVerbs.has(t.f):
		return male
	}
	return anyGender
}

// arabicUnnamedSpeaker returns the unnamed person who opens the sentence
// of the Arabic cue toks[i] with no subject after it (وعجوز، كانت تحمل
// حفيدها، صرخت), as the text writes them without the conjunction, or "".
func (f *finder) arabicUnnamedSpeaker(toks []token, i int) string {
	s := i
	for s > 0 && i-s < clause+2 && !(toks[s-1].punct && toks[s-1].s != "،" && toks[s-1].s != ",") {
		s--
	}
	n, _ := f.arabicOpening(toks, s)
	if n < 0 || n >= i {
		return ""
	}
	if n == s {
		return strings.TrimPrefix(toks[n].s, "و") // وعجوز
	}
	return toks[n].s
}

// personWord reports whether an Arabic word without the article is a
// title, a profession or a word for a person (رجل، سيدة، عجوز), the way
// a sentence that quotes nobody shows it introduces a person (not وكان
// موقع محلي قد نشر: a thing).
func (f *finder) personWord(t token) bool {
	if f.roleOf(t) {
		return true
	}
	_, ok := arabicEpithets[strings.TrimSuffix(strings.TrimSuffix(t.f, "ا"), "ً")]
	return ok
}

// arabicHearer adds to ms the person an Arabic cue toks[i] addresses
// when its object, a title or a word for a person, follows its subject
// before the words (سأل أحد الحجاج ضابط المنفذ: «…»): someone unnamed
// whom a definite description after it (فردّ الضابط) refers to, and no
// speaker of the sentence's own words.
func (f *finder) arabicHearer(toks []token, i int, subject string, ms *[]mention) {
	k := i + 1
	for rest := subject; k < len(toks) && k < i+6 && rest != ""; k++ {
		var ok bool
		if rest, ok = strings.CutPrefix(rest, toks[k].s); !ok {
			return
		}
		rest = strings.TrimPrefix(rest, " ")
	}
	if k+1 >= len(toks) || toks[k].punct || strings.HasPrefix(toks[k].s, "ال") || !f.roleOf(toks[k]) {
		return
	}
	name, e := f.arabicMention(f.text, toks, k)
	if name == "" || e >= len(toks) || toks[e].s != ":" {
		return
	}
	f.buf = append(f.buf[:0], toks[k].f...)
	*ms = append(*ms, mention{off: toks[k].off, name: name, g: roleGender(string(f.buf)), role: listenerRole})
}
