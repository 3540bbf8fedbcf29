package quote

import (
	"bytes"
	"cmp"
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// split joins a quotation to the one before it when an attribution breaks
// one sentence in two: “Nobody wants to see the yard go,” he said, “but
// the quay has to pay…”. The first part does not end a sentence and the
// attribution between them ends in a comma; after "she said." the second
// quotation is a sentence of its own and stays separate. Two <q> elements
// split the same way.
func (f *finder) split(cs []cand) {
	a := -1
	for b := range cs {
		if !cs[b].quote || cs[b].parent >= 0 {
			continue
		}
		if a >= 0 && f.breaks(cs[a], cs[b]) {
			if cs[a].group == 0 {
				f.group++
				cs[a].group = f.group
			}
			cs[b].group = cs[a].group
			cs[b].follows = a
		}
		a = b
	}
}

// breaks reports whether the text between a and b is an attribution that
// interrupts one sentence.
func (f *finder) breaks(a, b cand) bool {
	gap := strings.TrimSpace(f.text[a.close:b.open])
	if len(gap) == 0 || len(gap) > 120 || questionMarks.in(gap) || f.sentenceEndIn(a.close, b.open) {
		return false
	}
	if !strings.HasSuffix(gap, ",") && !strings.HasSuffix(gap, "،") {
		return false
	}
	end, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(f.text[a.start:a.end], unicode.IsSpace))
	if strings.ContainsRune(".!?؟…", end) {
		return false
	}
	// “…,” he joked, before adding quietly, “…”: a second cue that adds
	// opens another utterance (but she said, laughing, “…” splits one).
	ts := f.gap(a.close, b.open)
	last := f.lastCue(ts)
	return last >= 0 && (f.firstCue(ts) == last || !adding(ts[last]))
}

// adding reports whether the cue t adds words to those before it (added,
// adding, went on; أضاف، تضيف، تابع، أردف).
func adding(t token) bool {
	if !isArabic(t.s) {
		w := lower(t.s)
		return strings.HasPrefix(w, "add") || strings.HasPrefix(w, "continu")
	}
	for _, stem := range [...]string{"ضاف", "ضيف", "تابع", "ردف"} {
		if strings.Contains(t.f, stem) {
			return true
		}
	}
	return false
}

// sentenceEndIn reports whether a full stop in text[lo:hi] ends a
// sentence: not the one of an abbreviation (said Ms. Szabo, “…”).
func (f *finder) sentenceEndIn(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if f.text[i] == '.' && !abbreviationBefore(f.text, i) {
			return true
		}
	}
	return false
}

// gap returns the tokens of the text between two quotations, in a scratch
// buffer that the next call reuses.
func (f *finder) gap(lo, hi int) []token {
	f.gtoks = f.tokenize(f.gtoks[:0], lo, hi)
	return f.gtoks
}

// mention is a person or a body named at an offset, with the gender its
// verb or title gives it.
type mention struct {
	off  int
	name string
	g    byte
	body bool
	// only: a body named in passing (الشركة المنفذة), which a statement
	// can refer to but a cue without a subject (وأضاف) cannot.
	only bool
	// role: what the mention is in its clause (see roleAt); a listener
	// is named after "to" or a verb of telling (put the question to Ms
	// Lee; told the radio), the one the words of its sentence are said to.
	role byte
	// owner: for a relation in the possessive (his brother, والده), the
	// person whose it is, whom it names again.
	owner string
}

// recentN is how many mentions the finder keeps for reference: enough to
// pass over a speaker of the other gender or the one just answered.
const recentN = 8

// remember makes m the person named last.
func (f *finder) remember(m mention) {
	if m.name == "" || m.name != nobody && f.never(m.name) {
		return // a verb, a date, a place: no one to refer back to
	}
	// الوزير، the cooperative: a description named again is the one it
	// refers to.
	said := m.name
	m.name = f.reference(f.relative(m.name), m.g)
	if !m.body && m.name != said && (namedByNoun(said, m.name) || isArabic(said) && strings.HasPrefix(m.name, strings.TrimPrefix(said, "ال")+" ")) {
		m.body = true // the zoo said → Ashby Zoo: a body, whose statement it is
	}
	if !m.body && strings.HasPrefix(m.name, "ال") && strings.IndexByte(m.name, ' ') < 0 {
		// يقول الصافي: the surname of a full name no mention kept.
		m.name = f.surnamed(m.off, m.name)
	}
	if m.g == anyGender {
		m.g = f.genders[m.name]
	} else if !m.body && f.genders[m.name] == anyGender {
		f.setGender(m.name, m.g)
	}
	if f.nrecent == recentN {
		copy(f.recent[:], f.recent[1:])
		f.nrecent--
	}
	f.recent[f.nrecent] = m
	f.nrecent++
	if m.body {
		f.indexBody(m.name, "")
	}
	f.meet(m)
}

// setGender records that the person name is of gender g, and so is
// their given name when it is the first of several words (Maisie of
// Maisie Turner), which the text may use alone later; a family name is
// shared, so it is left alone.
func (f *finder) setGender(name string, g byte) {
	if f.genders == nil {
		f.genders = map[string]byte{}
	}
	name = f.name(name)
	if (g == male || g == female) && !isArabic(name) {
		if prior := givenGender(name); prior != anyGender && prior != g {
			return // (not Frank Delaney … what she said: his name is a man's)
		}
	}
	f.genders[name] = g
	if first, _, ok := strings.Cut(name, " "); ok && f.genders[first] == anyGender && !arabicJoiners.has(first) && !englishDeterminers.has(lower(first)) {
		f.genders[first] = g
	}
}

// antecedent returns the person a cue without a subject refers to: of
// those named before whose gender agrees with the cue (قالت، she said),
// the most salient (see salience), the nearest of equals; for a reply,
// not the speaker answered, nor one who asked; nor one the words are said
// to in the sentence of the quotation at offset at (put his question to
// Ms Lee: “…”). pending are the mentions of the paragraph not yet
// remembered, after those. With at < 0 it checks no sentence and
// weighs nothing: the nearest who agrees. It falls back to the one named
// last.
func (f *finder) antecedent(g byte, answered string, at int, pending []mention) string {
	if f.nrecent == 0 && len(pending) == 0 {
		return ""
	}
	if g == plural && answered == "" {
		// they said, قالوا: a group named before, over a person whose
		// gender the text did not give; else a body (the council met
		// Ana Lopez. “…,” they said).
		if grp := f.lastGroup(); grp != "" {
			return grp
		}
		if b := f.lastBody(); b != "" {
			return b
		}
	}
	all := f.window(pending)
	counted := false // f.ends holds the sentence ends before at: worked out when weighed
	ends := func() []int {
		if !counted {
			f.ends, counted = f.sentenceEnds(f.ends, at), true
		}
		return f.ends
	}
	answers := at >= 0 && f.answers(at)
	best, most := "", -1
	for n := len(all) - 1; n >= 0; n-- {
		m := all[n]
		if m.g == anyGender && !m.body {
			m.g = f.genders[m.name] // Maureen Oakes … said she would: learnt after this mention
			if m.g == anyGender && !isArabic(m.name) {
				m.g = givenGender(m.name) // Iris Calloway: a woman's name
			}
		}
		if m.only || g != anyGender && m.g != anyGender && m.g != g {
			continue
		}
		if m.body && (g == male || g == female) && !isArabic(m.name) {
			continue // she added: a person, not the police she spoke for
		}
		if answered != "" && Match(m.name, answered) {
			continue
		}
		if m.role == listenerRole && at >= 0 && !f.sentenceEndIn(m.off, at) {
			continue
		}
		if m.role == placeRole && m.g == anyGender {
			continue // on nearby Rook Hill: no person
		}
		if at < 0 {
			return m.name
		}
		if answers && f.asked(all, m.name, ends()) {
			continue // a farmer asked …, she answered: not the farmer
		}
		if best == "" && (m.role == subjectRole && f.possessiveGender(m.name) == anyGender || answers && m.role == listenerRole) {
			if m.role == subjectRole && !answers && !isArabic(m.name) && f.reportedSubject(m.off) {
				if k := f.reporter(all, n, g); k != "" {
					// Mwangi said Tesfaye had come back from a fracture.
					// “…,” he said: the one who said it, not the
					// subject of what they said.
					return k
				}
			}
			if m.role == subjectRole && (g == male || g == female) && !answers && !isArabic(m.name) {
				if k := f.firstSubject(all, n, g); k != "" {
					// The cox, Megan Doyle, laughed when told what Hallam
					// had said. “…,” she said; Catherine Moss KC said
					// Grealish had been …: the subject the sentence opens
					// with, over one of its clauses.
					return k
				}
			}
			return m.name // the nearest who agrees, a subject of its own, or the one asked who answers
		}
		// The nearest is an object, a listener, the noun of a
		// preposition, or a relative the text gave no name (His father
		// bought it): the most salient of those who agree.
		if s := f.salience(all, m.name, ends()); s > most {
			best, most = m.name, s
		}
	}
	if best != "" {
		return best
	}
	for n := len(all) - 1; n >= 0; n-- {
		if !all[n].only {
			return all[n].name
		}
	}
	return ""
}

// firstSubject returns the English subject that the sentence of all[n]
// names first, before all[n], when the text or their given name makes
// them of gender g (a team or a firm named first is of none), or "".
func (f *finder) firstSubject(all []mention, n int, g byte) string {
	first := ""
	for m := range f.subjectsBefore(all, n) {
		mg := m.g
		if mg == anyGender {
			mg = f.genders[m.name]
		}
		if mg == anyGender {
			mg = givenGender(m.name)
		}
		if mg == g {
			first = m.name
		}
	}
	return first
}

// subjectsBefore yields the English mentions before all[n] in its
// sentence that are subjects of their own, nearest first: no body, no
// name seen only once, and none that all[n] names again.
func (f *finder) subjectsBefore(all []mention, n int) iter.Seq[mention] {
	return func(yield func(mention) bool) {
		for k := n - 1; k >= 0 && all[k].off < all[n].off && !f.sentenceEndIn(all[k].off, all[n].off); k-- {
			m := all[k]
			if m.body || m.only || m.role != subjectRole || isArabic(m.name) || Match(m.name, all[n].name) {
				continue
			}
			if !yield(m) {
				return
			}
		}
	}
}

// reportedSubject reports whether the English mention at off is the
// subject of reported speech, after a verb of speech and maybe "that"
// (said Tesfaye had, told the jury that Whitlock had): a verb follows it,
// where after a subject put after its verb ("…," said Tesfaye.) a
// comma or a full stop does. It reads the words around off into the
// scratch buffer of gap.
func (f *finder) reportedSubject(off int) bool {
	ts := f.gap(f.clampStart(0, off-60), min(len(f.text), off+40))
	at := sort.Search(len(ts), func(n int) bool { return ts[n].off >= off })
	if at == 0 || at+1 >= len(ts) {
		return false
	}
	after := at + 1
	for after < len(ts) && nameWord(ts[after]) {
		after++ // the rest of the name
	}
	if after >= len(ts) || ts[after].punct {
		return false
	}
	k := at - 1
	if lower(ts[k].s) == "that" {
		for k--; k >= 0 && k >= at-5 && !ts[k].punct; k-- {
			if f.cueOf(ts[k].s) == verbCue {
				return true // told the jury that Whitlock had
			}
		}
		return false
	}
	return !ts[k].punct && f.cueOf(ts[k].s) == verbCue && !nounCues.has(lower(ts[k].s))
}

// reporter returns the subject who reports the speech whose subject is
// all[n] (see reportedSubject): the English subject before it in its
// sentence, a person whose gender does not disagree with g, or "".
func (f *finder) reporter(all []mention, n int, g byte) string {
	for m := range f.subjectsBefore(all, n) {
		if mg := f.genderOf(m.name); g != anyGender && mg != anyGender && mg != g {
			continue
		}
		return m.name
	}
	return ""
}

// jobBeforeName returns the index of the full name that follows a job
// opening an English sentence, a capitalised word and up to two words in
// lower case (Crane operator Marcus Dell, Season-ticket holder Barry
// Pruett), or -1.
func jobBeforeName(text string, toks []token, i int) int {
	if i > 0 && !sentenceEnd(text, toks[i-1]) {
		return -1
	}
	n := i + 1
	for n < len(toks) && n <= i+2 && !toks[n].punct && !upper(toks[n].s) && !englishFunction.has(toks[n].s) && englishCues[lower(toks[n].s)] == notCue {
		n++
	}
	if n == i+1 || n+1 >= len(toks) || !nameWord(toks[n]) || !nameWord(toks[n+1]) || englishTitles.has(toks[n].s) {
		return -1
	}
	return n
}

// lastGroup returns the group named last (عشرات السائقين، قال المعلمون),
// or "".
func (f *finder) lastGroup() string {
	for n := f.nrecent - 1; n >= 0; n-- {
		if m := f.recent[n]; m.g == plural && !m.body {
			return m.name
		}
	}
	return ""
}

// englishBodies are the nouns by which English refers back to a body
// named before: "the company said".
var englishBodies = set("company firm operator airline carrier union ministry agency authority group charity",
	"council committee commission board trust federation cooperative co-operative association alliance coalition",
	"league corporation fund department police society club panel jury tribunal insurer")

// canonical returns the one spelling the panel uses for a person the
// article names in two scripts (جون سميث (John Smith) … Smith).
func (f *finder) canonical(name string) string {
	for other, first := range f.alias {
		if Match(other, name) {
			return first
		}
	}
	return name
}

// attribute gives every quotation of the paragraph text[lo:hi] its
// speaker in one pass: the one its cue names; for a cue without a subject
// (a pronoun, وأضاف) the person named last whose gender agrees, not the
// one answered by a reply; the body of a statement; nobody for a banner or
// a note; else fallback when set. The second part of a split quotation
// has the speaker of the first; a nested quotation without a subject is
// said by the person its outer quotation names last.
func (f *finder) attribute(cs []cand, lo, hi int, fallback string) {
	ms := f.mentions(cs, lo, hi)
	order := f.order[:0]
	for k := range cs {
		if cs[k].quote {
			order = append(order, k)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(cs[a].at, cs[b].at) })
	f.order = order
	m := 0
	answered := ""
	if len(f.out) > 0 {
		answered = f.out[len(f.out)-1].Speaker
	}
	for _, k := range order {
		f.tiedBefore = f.tieLimit(cs[k])
		for m < len(ms) && ms[m].off < cs[k].at {
			f.remember(ms[m])
			m++
		}
		c := &cs[k]
		switch c.speaker {
		case nobody:
			c.speaker, c.resolve = "", false
		case aBody:
			c.speaker, c.resolve = f.statementIssuer(lo, c.at), false
			if c.speaker == "" && answered != "" {
				// Dr Ann Lee said in a statement that …. “…,” the
				// statement said: a person's statement, quoted before.
				c.speaker = answered
			}
			if c.gender == plural {
				// وقالوا في بيان: a statement of the group named before.
				if g := f.lastGroup(); g != "" {
					c.speaker = g
				}
			}
		default:
			said := c.speaker
			c.speaker = f.reference(f.relative(c.speaker), c.gender)
			if c.speaker == said && f.statedAt(c.at, hi) && !(isArabic(said) && f.groupOfPeople(said)) {
				// (وقال المزارعون في بيان: a group of people, not a body)
				c.speaker = f.unlistedBody(said) // وردّ المصرف في بيان: a body, of a noun no list knows
			}
		}
		if c.resolve {
			switch {
			case c.sameAs >= 0:
				c.speaker = cs[c.sameAs].speaker
				if g := f.genders[c.speaker]; (c.gender == male || c.gender == female) && (g == male || g == female) && g != c.gender {
					// فقالت إن ابنها ظل يسألها: «…»، مضيفةً: «…»: the
					// participle is hers, not the son's.
					c.speaker = f.antecedent(c.gender, "", c.at, nil)
				}
			case fallback == nobody:
				c.speaker = "" // a blockquote a writing nobody signs introduces
			case fallback != "":
				c.speaker = fallback
			default:
				not := ""
				if c.reply {
					not = answered
				}
				c.speaker = f.antecedent(c.gender, not, c.at, nil)
				if s := f.subjectOfSentenceBefore(lo, c.at, c.gender, false); s != "" && !c.reply {
					c.speaker = s // وأدلى المهندس …، عماد بركات، بشهادته …. وأضاف:
				}
				if c.gender != anyGender && c.speaker != "" && f.genders[c.speaker] == anyGender {
					f.setGender(c.speaker, c.gender) // he said: the one named is a man
				}
			}
		}
		if f.alias != nil {
			c.speaker = f.canonical(c.speaker)
		}
		if c.parent < 0 {
			answered = c.speaker
		}
	}
	f.tiedBefore = hi
	for ; m < len(ms); m++ {
		f.remember(ms[m])
	}
	for k := range cs {
		if cs[k].follows >= 0 {
			cs[k].speaker = cs[cs[k].follows].speaker
		}
	}
	for _, k := range order {
		if c := &cs[k]; c.inner {
			outer := cs[c.parent].speaker
			if c.gender == anyGender {
				// “… and she stood at the front and said, ‘…’”: the
				// frame's subject gives the cue its gender.
				c.gender = f.framePronoun(f.gap(cs[c.parent].start, c.open))
			}
			if f.firstPerson(f.gap(max(cs[c.parent].start, c.open-window), c.open)) {
				c.speaker = outer // "I told my mother, ‘…’": the outer speaker's own words
			} else if g := f.innerGroup(f.clampStart(lo, c.open-window), cs[c.parent].start, c.open, c.gender); g != "" {
				c.speaker = g // "They just say, ‘…’" after two patients
			} else if s := f.framedInner(cs, k, outer); s != "" {
				c.speaker = s // "A clerk … said, ‘…’", «أوقفني الحارس وقال: "…"»
			} else {
				c.speaker = f.innerSpeaker(f.clampStart(lo, c.open-window), c.open, outer, c.gender)
				if c.speaker == "" && cs[c.parent].group != 0 && len(f.held) > 0 && f.runningOn().group == cs[c.parent].group {
					// The outer quotation runs on from the paragraph
					// before: who "he" is may be named there.
					c.speaker = f.innerSpeaker(f.clampStart(0, c.open-window), c.open, outer, c.gender)
				}
				if c.speaker == "" && (c.gender == male || c.gender == female) {
					// “She kept saying, ‘…’” after "he had carried an
					// elderly woman": the narration named her.
					// The nearest noun for a person first (an elderly
					// woman, his supervisor), then the nearest name.
					at := cs[c.parent].start
					c.speaker = f.innerSpeaker(f.clampStart(0, at-window), at, outer, c.gender)
					if g := f.nameGender(c.speaker); g != anyGender && g != c.gender || c.speaker == "" || isArabic(c.speaker) || upper(c.speaker) {
						c.speaker = f.narratedBefore(c.gender, outer, at)
					}
				}
			}
		} else if c.parent >= 0 && strings.IndexByte(c.speaker, ' ') < 0 && f.myKinBase(c.speaker) != "" {
			// قال لي أبي: "…" after وأشار القنطار إلى أن والده: the
			// relative as the narration names them.
			c.speaker = f.narratedKin(f.gap(f.clampStart(lo, c.open-window), c.open), c.speaker)
		} else if c.parent >= 0 {
			if p := f.speakersParent(c.speaker, cs[c.parent].speaker); p != "" {
				c.speaker = p // His daughter, Kirsty: “Dad kept saying, ‘…’”
			}
		}
		if c := &cs[k]; c.parent >= 0 && c.speaker != "" && strings.IndexByte(c.speaker, ' ') < 0 && isArabic(c.speaker) {
			if p := f.speakersKin(c.speaker, cs[c.parent].speaker); p != "" {
				c.speaker = p // وكان ابنه، كريم … «أبي قال لي: "…"»: his father
			}
		}
		if c := &cs[k]; c.parent >= 0 && (c.speaker == "" || Match(c.speaker, cs[c.parent].speaker) || isArabic(c.speaker) && f.relationKey(c.speaker) != "") {
			if p := f.calledChild(f.text[c.start:min(c.end, c.start+40)], cs[c.parent].speaker); p != "" {
				c.speaker = p // His mother, …: “He rang and said, ‘Mum, I'm fine’”: her son
			}
		}
	}
}

// subjectOfSentenceBefore returns the subject of the Arabic sentence
// before the one that the cue at offset at opens, in the paragraph that
// starts at lo, when that sentence puts a person (with bodies, also a
// body) first or right after its verb and it agrees with gender g
// (وأدلى المهندس المشرف، عماد بركات، بشهادته …. وأضاف:؛ لكن الدكتور مازن
// العلي، الخبير في …، دعا إلى التريث. وقال:): the one the sentence is
// about says the words, not a noun its clauses name after it. "" else.
func (f *finder) subjectOfSentenceBefore(lo, at int, g byte, bodies bool) string {
	if !isArabic(f.text[at:min(len(f.text), at+2)]) {
		return ""
	}
	ts := f.within(lo, at)
	i := len(ts) // the cue, which is at at
	if i < 3 {
		return ""
	}
	if t := ts[i-1]; t.s != "." && t.s != "؟" && t.s != "!" {
		return "" // the cue does not open its sentence
	}
	s := i - 2
	for s > 0 && !(ts[s-1].punct && (ts[s-1].s == "." || ts[s-1].s == "؟" || ts[s-1].s == "!")) {
		s--
	}
	for s < i-2 && (frontingWords.has(ts[s].f) || ts[s].s == "غير" || ts[s].s == "إلا") {
		s++ // لكن، غير أن
	}
	if sideOpeners.has(strings.TrimPrefix(ts[s].f, "و")) {
		for c := s + 1; c < i-2 && c <= s+3; c++ {
			if ts[c].s == "،" {
				s = c + 1 // من جهتها، في المقابل، بدوره،
				break
			}
		}
	}
	end := i - 2
	if f.cueOf(ts[s].s) == verbCue {
		// وأوضحت المهندسة سناء الحسيني، رئيسة قسم …، أن …. وقالت: the
		// subject of the cue, as the cue reads it.
		g0 := f.cueGender
		n := f.arabicSubject(f.text, ts[:end+1], s)
		cg := f.cueGender
		f.cueGender = g0
		if n == "" || n == nobody || n == aBody || g != anyGender && cg != anyGender && cg != g {
			return ""
		}
		return f.reference(f.speakerName(n), g)
	}
	h := -1
	if ok, subject := f.verbOf(ts, s, end); ok && subject {
		h = subjectAfter(ts, s, end)
	} else if f.roleOf(ts[s]) && strings.HasPrefix(ts[s].s, "ال") {
		h = s // لكن الدكتور مازن العلي، …، دعا
	}
	if h < 0 || h >= end || !(f.roleOf(ts[h]) || f.kin(ts[h].s) || bodies && f.bodyHead(ts[h].s)) {
		return ""
	}
	if g != anyGender && roleGender(strings.TrimPrefix(ts[h].f, "ال")) != g {
		return ""
	}
	n := f.speakerName(f.subjectMention(f.text, ts[:end], h))
	if n == nobody || n == aBody {
		return ""
	}
	return f.reference(n, g)
}

// sideOpeners open the phrase before a comma that says whose side a
// sentence gives (من جهتها، في المقابل، بدوره،), before its verb.
var sideOpeners = set("من في بدوره بدورها بدورهم")

// nameGender returns the gender the text gave the person name, or the
// one its English noun has (woman, mother), or anyGender.
func (f *finder) nameGender(name string) byte {
	if g := f.genders[name]; g != anyGender {
		return g
	}
	w := lower(name[strings.LastIndexByte(name, ' ')+1:])
	switch {
	case englishFemale.has(w) || w == "woman" || w == "girl":
		return female
	case englishMale.has(w) || w == "man" || w == "boy":
		return male
	}
	return anyGender
}

// genderOf returns the gender of the person name by nameGender, else the
// one another mention of theirs gave, else that of the given name of
// their full name (Reed of Tom Reed).
func (f *finder) genderOf(name string) byte {
	if g := f.personGender(mention{name: name, g: f.nameGender(name)}); g != anyGender || isArabic(name) {
		return g
	}
	return givenGender(f.fullName(name))
}

// inStatement reports whether the English cue toks[i] is followed by "in
// a statement" or "in a written statement": its subject is a body.
func inStatement(toks []token, i int) bool {
	if i+3 >= len(toks) || lower(toks[i+1].s) != "in" || lower(toks[i+2].s) != "a" {
		return false
	}
	n := i + 3
	if lower(toks[n].s) == "written" && n+1 < len(toks) {
		n++
	}
	return englishStatements.has(lower(toks[n].s))
}

// placeTitles open the names of places and buildings, never a person's
// (St Teilo's, Mount Olive's).
var placeTitles = set("St Saint Mount Mt Fort Port Lake Cape King Queen")

// languages are the capitalised English names of languages, which a
// narration names (spoke little English) and no one is called.
var languages = set("English Arabic French German Spanish Italian Portuguese Russian Chinese Japanese Latin Greek Turkish Welsh Gaelic Dutch Polish")

// narratedBefore returns the person of gender g named last in the
// narration before offset at, other than outer: a pronoun in a quotation
// that names no one refers to them (“She kept saying, ‘…’” after "he
// carried an elderly woman to the boat"). A mention of that gender comes
// before one whose gender the text did not give; "" when none agrees.
func (f *finder) narratedBefore(g byte, outer string, at int) string {
	maybe := ""
	for n := f.nrecent - 1; n >= 0; n-- {
		m := f.recent[n]
		if m.off >= at || m.body || m.only || m.role == placeRole || m.role == askerRole || Match(m.name, outer) {
			continue
		}
		switch mg := f.genders[m.name]; {
		case m.g == g || mg == g:
			return m.name
		case m.g == anyGender && mg == anyGender && maybe == "":
			maybe = m.name
		}
	}
	return maybe
}

// framedInner returns who says the nested quotation cs[k], whose cue
// names nobody, by reading the words of its outer quotation before it as
// sentences of their own, with the grammar of mentions of the narration
// (mentionsIn): the one named last whose gender agrees with the cue, not
// the outer speaker, nor a body; "" when the outer quotation names no one.
func (f *finder) framedInner(cs []cand, k int, outer string) string {
	c := &cs[k]
	if c.gender == plural {
		return "" // they said: the group or the body innerGroup finds
	}
	toks := f.ptoks
	from := sort.Search(len(toks), func(n int) bool { return toks[n].off >= cs[c.parent].start })
	to := sort.Search(len(toks), func(n int) bool { return toks[n].off >= c.open })
	if from >= to {
		return ""
	}
	ms := f.mentionsIn(cs, toks[from:to], c.parent, c.open)
	for n := len(ms) - 1; n >= 0; n-- {
		m := ms[n]
		if m.body || m.role == listenerRole || m.off < cs[c.parent].start || c.gender != anyGender && m.g != anyGender && m.g != c.gender || outer != "" && Match(m.name, outer) {
			continue
		}
		if isArabic(m.name) && strings.IndexByte(m.name, ' ') < 0 && !f.kin(m.name) && !f.role(m.name) && !f.isKnown(m.name) {
			continue // كتبت القصائد: a verb's object, no person
		}
		return m.name
	}
	return ""
}

// innerSpeaker returns who says a nested quotation whose cue names nobody
// ("She told me, ‘…’", "وقال: '…'"): the person named last in
// text[lo:hi] other than the outer speaker, by a noun for a person (a
// woman, the guard, الحارس، والدتي) or a known name, not one of the
// other gender than g, the cue's.
func (f *finder) innerSpeaker(lo, hi int, outer string, g byte) string {
	ts := f.tokenize(f.gtoks[:0], lo, hi)
	f.gtoks = ts
	found := ""
	for n, t := range ts {
		if t.punct {
			continue
		}
		name := ""
		switch {
		case isArabic(t.s):
			if f.kin(t.s) || f.roleOf(t) || f.groupOfPeople(t.s) {
				name = t.s // الحارس، والدتي، مزارع عجوز، طالباتنا
				if w, ok := strings.CutPrefix(name, "و"); ok && f.kin(w) {
					name = w // وابني: without the conjunction
				}
			}
		case personNouns.has(lower(t.s)) && n > 0 && (englishDeterminers.has(lower(ts[n-1].s)) || n > 1 && !ts[n-1].punct && !upper(ts[n-1].s) && englishDeterminers.has(lower(ts[n-2].s))),
			pluralPerson(ts, n) && (n < 2 || englishCues[lower(ts[n-2].s)] == notCue):
			// a woman, her late husband; two patients (but "told the boys":
			// those spoken to)
			name = t.s
		case f.isKnown(t.s) && upper(t.s):
			name = t.s
		case nameWord(t) && n > 0 && !nameWord(ts[n-1]) && !neverEnglish.has(lower(t.s)) && !languages.has(t.s) && !locatives.has(lower(ts[n-1].s)) && !englishDeterminers.has(lower(ts[n-1].s)) && (!ts[n-1].punct || n+1 < len(ts) && nameWord(ts[n+1])):
			// my old boss, Nita Faro, would say; I showed Anneliese the
			// next morning and she said: a name in the narration, not
			// the capital that opens a sentence, a place, nor a word
			// after a determiner (a Toronto club, her MP).
			if run := capRun(ts[:min(n+4, len(ts))], n); len(run) >= 1 && run[0].off == t.off && !f.place(ts, n, run) {
				name = span(f.text, run)
			}
		}
		if ng := f.genderOf(name); (g == male || g == female) && (ng == male || ng == female) && ng != g {
			continue // she said: not Tom Reed
		}
		if name != "" && (outer == "" || !Match(name, outer) && !Match(f.reference(name, anyGender), outer)) {
			found = name // (not الصيدلانية that the outer speaker is)
		}
	}
	return f.narratedKin(ts, found)
}

// kin reports whether the Arabic word names a person by a title or a
// relation, with the article or a possessive (الحارس، والدتي، زوجته).
func (f *finder) kin(w string) bool {
	f.buf = fold(f.buf, w)
	return f.wordClass(f.buf).kin
}

// kinWord is kin of the folded word b, worked out once per word (see
// classify).
func (f *finder) kinWord(b []byte) bool {
	for _, p := range kinPrefixes {
		if st, ok := bytes.CutPrefix(b, p); ok && arabicRoles.hasBytes(st) {
			return true // والده starts as الوالد does: go on
		}
	}
	if st, ok := bytes.CutSuffix(b, myTaa); ok && len(st) > 2 {
		f.word = append(append(f.word[:0], st...), taMarbuta...)
		if arabicRoles.hasBytes(f.word) {
			return true // والدتي
		}
	}
	if st, ok := bytes.CutSuffix(b, myYaa); ok && len(st) > 4 && arabicRoles.hasBytes(st) {
		return true // أستاذي، والدي
	}
	if myKin.hasBytes(b) {
		return true // أمي، أبي
	}
	if ourKin(b) {
		return true // ابننا، والدتنا
	}
	return f.definiteRole(b)
}

var (
	kinPrefixes = [][]byte{[]byte("وال"), []byte("فال"), al}
	myTaa       = []byte("تي")
	myYaa       = []byte("ي")
	myKin       = set("امي ابي اخي اختي جدي جدتي عمي عمتي خالي خالتي ابني ابنتي زوجي زوجتي")
)

// mentions returns the people and bodies named in text[lo:hi] outside its
// quotations, in order: the subjects of reporting verbs (also of indirect
// speech, "وأضاف عبد السلام أن"), names after a title or a description
// (المعلمة رشا يوسف، أمينة المكتبة سلوى الحسيني), bodies (لجنة أولياء
// الأمور), topics (أما منى الخطيب، …), full names in Latin script (Anna
// Moretti), a name in apposition to a relation (His wife, Ellen,), and
// names seen before as speakers (Calder). A name given again in another
// script in parentheses (جون سميث (John Smith)) becomes an alias of it.
func (f *finder) mentions(cs []cand, lo, hi int) []mention {
	return f.mentionsIn(cs, f.ptoks, -1, hi)
}

// mentionsIn reads the mentions of toks, which end before hi, by the
// grammar mentions describes, passing over the words of the quotations
// in cs nested at level (-1: the paragraph's own quotations; k: those
// inside cs[k]).
func (f *finder) mentionsIn(cs []cand, toks []token, level, hi int) []mention {
	ms := f.ms[:0]
	defer func() { f.ms = ms[:0] }()
	q := 0
	skip := 0 // the end of the last name added: its words are not mentions again
	add := func(off int, name string, g byte, only bool) {
		name = f.speakerName(name)
		if name == "" || name == nobody || name == aBody {
			return
		}
		first, _, _ := strings.Cut(name, " ")
		if prepositionalName(name) {
			return // بتصدّيه لركلتين: no one's name
		}
		// A body: وزارة التربية، the Ministry of Transport, or a single
		// capitalised word never seen as part of a person's name
		// (Fjordline said), since news names a person in full first;
		// but a relation names a person (his son, Leo).
		body := isArabic(first) && f.bodyHead(first) ||
			!isArabic(first) && (f.englishBody(name) || first == name && upper(name) && !f.isKnown(name) && g == anyGender)
		end := -1
		if at := strings.Index(f.text[off:min(hi, off+4*window)], name); at >= 0 && !f.sentenceEndIn(off, off+at) {
			// (not أما سمير الحداد، …، فقال …. وأضاف سمير الحداد: a topic
			// named before its verb, whose name the next sentence gives
			// again)
			end = off + at + len(name)
		}
		if end >= 0 {
			// Harwick Athletic, the club that …; الريان، الشركة التي …:
			// the apposition's words name no one else.
			if e := f.appositionBody(toks, sort.Search(len(toks), func(n int) bool { return toks[n].off >= end })); e > 0 {
				body, end = true, e
				// and the index of bodies keeps the noun it gives, which
				// its name may not hold (Thornbury Vale, the League Two
				// club … the club said)
				f.indexBody(name, refWord(f.text[strings.LastIndexByte(f.text[:e], ' ')+1:e]))
			}
		}
		if g == anyGender && !body && first != name && !isArabic(first) && englishDeterminers.has(lower(first)) {
			// the men, their neighbours, a second team: no "he said"
			// refers to them
			if last := lower(name[strings.LastIndexByte(name, ' ')+1:]); peoplePlural(last) || englishGroups.has(last) && !strings.Contains(name, " of ") {
				g = plural
			}
		}
		ms = append(ms, mention{off: off, name: name, g: g, body: body, only: only && body, role: f.roleAt(off, f.personEnd(ms, skip))})
		if !body {
			ms[len(ms)-1].owner = f.possessor(name, off, ms[:len(ms)-1]) // His brother names his owner again
		}
		if !body && level < 0 {
			f.note(name) // (not a name inside a quotation: the speaker's words)
		}
		if end >= 0 {
			skip = end
		}
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i] // read in place: nothing here writes a paragraph's tokens
		for q < len(cs) && (cs[q].parent != level || cs[q].end <= t.off) {
			q++
		}
		if q < len(cs) && cs[q].start <= t.off {
			continue // inside marks: a quotation, or the name of a thing
		}
		if t.s == "(" && len(ms) > 0 && t.off-skip <= 2 {
			i = f.aliasAt(toks, i, ms[len(ms)-1].name)
			continue
		}
		if t.c.kind == roleKind && isArabic(t.s) {
			f.relateConstruct(toks, i) // ابنة الزيدي، سلوى، (also inside a mention read)
		}
		if t.off < skip && isArabic(t.s) && mayRelate(*t) {
			// أما ابنها، محمد الحلبي،: the mention is read, the relation
			// is still to record.
			if key, name, _ := f.relativeOf(toks, i); name != "" {
				f.relate(t.off, key, name)
				f.relateInverseArabic(t.off, key, mentionedBefore(ms, t.off))
			}
		}
		if t.c.bits&(bodyNoun|bodyAfterPreposition) != 0 {
			// شركة نسيج الشمال, لشركة الفجر, wherever it stands (a
			// subject, an object, a speaker's description): a body the
			// text may call الشركة later.
			if p := bodyPrefix(*t); p >= 0 {
				if e := bodyNameEnd(toks, i); e > i+1 {
					f.indexBody(f.text[t.off+p:toks[e-1].end()], "")
				}
			}
		}
		if t.punct || t.off < skip {
			continue
		}
		// Fold an Arabic word once for all the lists it is looked up in.
		arabic := isArabic(t.s)
		if !arabic && (unnamedDeterminers.has(t.s) || capitalDeterminers.has(t.s) || sentenceConjunctions.has(t.s) || existential.has(t.s)) && (i == 0 || sentenceEnd(f.text, toks[i-1])) {
			// A deckhand who …, said the crew …: someone the next
			// sentences may quote as "he".
			if name, g, e := f.unnamedOpening(toks, i); name != "" {
				add(t.off, name, g, false)
				skip = max(skip, toks[e-1].end()) // a signalman from Larch Row: a place
				continue
			}
		}
		var cue cueKind
		if arabic {
			cue = f.arabicCueIn(toks, i, t.c.cue)
		} else if f.cueIn(toks, i) {
			cue = f.cueOf(t.s)
		}
		if cue != notCue && arabic && i > 0 && pronounComplementiser.has(toks[i-1].f) {
			continue // ويؤكد أنه أبلغ مكتب الري: the pronoun is the subject, the noun after the verb its object
		}
		if cue != notCue {
			name := f.subject(toks, i)
			// A description names a person to refer back to ("the
			// spokesman", "a woman who asked"), a possessive does not ("its
			// label").
			switch {
			case isArabic(name) || upper(name) || englishArticle(name):
				g := f.cueGender
				if g == anyGender && !arabic {
					g = reportedGender(toks, i) // Maureen Oakes said she would
				}
				n := len(ms)
				add(t.off, name, g, false)
				if len(ms) > n && !arabic && upper(name) && strings.IndexByte(name, ' ') > 0 && givenGender(name) == anyGender && inStatement(toks, i) {
					ms[n].body = true // Fairholme Care said in a statement: a body, which "the company" is
				}
				if len(ms) > n {
					ms[n].role = subjectRole // the cue's own subject, wherever it stands
					if at := strings.Index(f.text[t.end():min(len(f.text), t.end()+window)], name); !arabic && at >= 0 && cue == verbCue {
						ms[n].role = f.roleAt(t.end()+at, 0) // but "she had warned Anna Berg": the object
					}
					if questionVerbs.has(lower(t.s)) && i > 0 && strings.HasSuffix(name, toks[i-1].s) || arabic && f.askingWord(t.f) {
						// A farmer asked (not "Asked whether …, she
						// replied": the one asked)
						ms[n].role = askerRole
					}
				}
				if arabic {
					f.arabicHearer(toks, i, name, &ms)
				}
			case name == "" && f.cueGender != anyGender && level < 0:
				// "she said." names her again for the quotation after
				// (inside a quotation, innerSpeaker reads who "she" is).
				if m := f.backRef(ms, f.cueGender, t.off); m != "" {
					ms = append(ms, mention{off: t.off, name: m, g: f.cueGender})
				}
			}
			continue
		}
		if arabic && (i == 0 || toks[i-1].s == "." || toks[i-1].s == "!" || toks[i-1].s == "؟") {
			// وبين المنتظرين رجل سبعيني يتكئ على عصاه.: someone the next
			// words may quote with يقول.
			if n, g := f.arabicOpening(toks, i); n > i && f.personWord(toks[n]) {
				add(toks[n].off, toks[n].s, g, false)
			}
		}
		if arabic {
			if mayRelate(*t) {
				if key, name, g := f.relativeOf(toks, i); name != "" {
					f.relate(t.off, key, name)
					f.relateInverseArabic(t.off, key, mentionedBefore(ms, t.off))
					add(t.off, name, g, false) // وقف إبراهيم السعدي وزوجته نوال
					continue
				}
			}
			if i > 0 && (strings.HasSuffix(t.s, "ه") || strings.HasSuffix(t.s, "ها")) && beingVerbs.has(toks[i-1].s) && f.relationKey(t.s) != "" && f.shortSentence(toks, i+1) {
				// وكان والدها أقل تفاؤلًا: «…»: a relation that is the
				// subject of a short sentence is the one its next words are
				// given to.
				f.buf = append(f.buf[:0], t.f...)
				add(t.off, t.s, roleGender(string(f.buf)), false)
				continue
			}
			if kunyaLength(toks, i) {
				if name, g := f.kunyaOf(toks, i); name != "" {
					add(t.off, name, g, false) // تعيش أم عمر مع أولادها
					continue
				}
			}
			if t.c.called {
				// سائق يدعى ميخال باتيك (Michal Pátek): the name a
				// description is called by, which a spelling in the other
				// script after it is another spelling of.
				if name := f.calledName(f.text, toks, i); name != "" {
					add(t.off, name, anyGender, false)
					continue
				}
			}
			f.buf = append(f.buf[:0], t.f...)
			kind := t.c.kind
			switch {
			case kind == roleKind || !strings.HasPrefix(t.f, "ال") && t.c.role:
				// A name after a title or a description: المعلمة رشا
				// يوسف، أمينة المكتبة سلوى الحسيني; in commas after the
				// name just read, only up to the closing comma (أبو سمير،
				// صاحب الفرن، يعمل منذ الفجر: its predicate follows).
				g := roleGender(string(f.buf))
				within := toks
				if i > 0 && toks[i-1].s == "،" && skip == toks[i-1].off {
					for e := i + 1; e < len(toks) && e <= i+8; e++ {
						if toks[e].s == "،" {
							within = toks[:e]
							break
						}
					}
				}
				if i > 0 && complementisers.has(toks[i-1].f) && f.relationKey(t.s) != "" {
					break // وأوضح أن والده ترك دفترًا: the relation is its clause's subject, the word after it a verb
				}
				if name, _ := f.arabicMention(f.text, within, i); name != "" && !strings.HasPrefix(name, t.s) {
					add(t.off, name, g, false)
				}
			case kind == bodyKind:
				// A body: لجنة أولياء الأمور، وزارة التربية.
				if name, _ := f.arabicMention(f.text, toks, i); strings.HasPrefix(name, t.s) && (strings.IndexByte(name, ' ') > 0 || strings.HasPrefix(name, "ال")) {
					if b := span(f.text, f.bodySubject(toks, i)); len(b) < len(name) && strings.HasPrefix(name, b) {
						name = b // ودعت النقابة البلدية: the verb's object is another body
					}
					if e := f.verbAfterName(toks, i); e > 0 && toks[e].off < t.off+len(name) {
						name = strings.TrimSpace(f.text[t.off:toks[e].off]) // بلدية وادي النحالين ترفع الرسوم: the name ends before its verb
					}
					add(t.off, name, anyGender, true)
				}
			case kind == quantityKind && i+1 < len(toks) && strings.HasPrefix(toks[i+1].s, "ال") && !f.bodyHead(toks[i+1].s):
				// وتجمّع عشرات السائقين: a group a plural cue refers to.
				add(t.off, toks[i+1].s, plural, false)
			case t.s == "أما" || t.s == "اما":
				if name := f.topicName(f.text, toks, i, f.answeringFa(toks, i)); name != "" {
					add(t.off, name, anyGender, false)
				}
			case f.isKnown(t.s) && !(i >= 2 && relatives.has(toks[i-2].s) && !toks[i-1].punct):
				// (not في اللقاء الذي أعقب العيد: the object of a verb in a
				// relative clause, though a surname is spelt so)
				ms = append(ms, mention{off: t.off, name: t.s, g: f.genders[t.s], role: f.roleAt(t.off, f.personEnd(ms, skip))})
			case ahad(t.f) && (i == 0 || toks[i-1].punct && toks[i-1].s != "،" && toks[i-1].s != ","):
				// أحد زبائني قال لي: one of a group opens the sentence, its
				// verb's subject.
				if name, g := f.oneOf(toks, i); name != "" {
					add(t.off, name, g, false)
				}
			case t.c.front && ahad(toks[min(i+1, len(toks)-1)].f):
				// قال إن أحد الجنود دخل وهو يصرخ: one of a group, the
				// subject of the reported clause, whom its cue refers to.
				if name, g := f.oneOf(toks, i+1); name != "" {
					add(t.off, name, g, false)
				}
			case f.describedAfter(toks, i):
				// جلست فاطمة العلي، وهي نازحة من ريف حماة: a name the
				// clause goes on to describe, for a later وقالت.
				g, _ := f.describingGender(toks, i+3)
				add(t.off, span(f.text, toks[i:i+2]), g, false)
			default:
				// وأقرّ النجّار عادل برهوم: the subject of a verb no list
				// knows, when a name follows its description, or when it
				// is one of a group (ونشر أحد السكان صورة).
				if midClause(toks, i) {
					break // (verbAt says no)
				}
				if ok, subject := f.verbOf(toks, i, len(toks)-1); ok && subject {
					s := subjectAfter(toks, i, len(toks)-1)
					name, g := f.oneOf(toks, s)
					if name == "" {
						g = guessGender(f.buf)
						if name, _ = f.arabicMention(f.text, toks, s); strings.HasPrefix(name, toks[s].s) && (strings.HasPrefix(toks[s].s, "ال") || !f.personWord(toks[s]) || tanween(toks[s].s)) {
							name = "" // (but وجاءت امرأة مسنّة: someone unnamed, whom وقالت refers to)
						}
					}
					if name != "" {
						add(t.off, name, g, false)
					}
				} else if !ok && subject {
					// ويعمل سليم الدبّوسي منذ عشرين عاماً: a verb that opens
					// its sentence before a word that opens no description
					// (see verbAt): a name right after it is its subject.
					if name, g := f.bareSubject(toks, i); name != "" {
						add(toks[i+1].off, name, g, false)
					}
				}
			}
			continue
		}
		if i+2 < len(toks) && toks[i+1].s == "of" && englishQuantities.has(lower(t.s)) {
			// Dozens of pickers waited: a group "they said" refers to.
			n := i + 2
			if englishDeterminers.has(lower(toks[n].s)) && n+1 < len(toks) {
				n++
			}
			if w := toks[n]; !w.punct && !upper(w.s) && strings.HasSuffix(w.s, "s") {
				add(t.off, w.s, plural, false)
			}
			continue
		}
		if upper(t.s) && englishDeterminers.has(lower(t.s)) && (i == 0 || sentenceEnd(f.text, toks[i-1])) {
			// Her father was more blunt. His neighbour, who runs a shoe
			// repair shop, was less sure. “…”: someone unnamed, a
			// relation or a noun for a person, the subject of a short
			// sentence, is the one its next words are given to.
			if h, after := f.describedSubject(toks, i); h > i && after < len(toks) && !toks[after].punct && f.shortSentence(toks, after) {
				add(t.off, span(f.text, toks[i:h+1]), f.nameGender(lower(toks[h].s)), false)
				i = h
				continue
			}
		}
		if !nameWord(*t) || (i > 0 && nameWord(toks[i-1]) && !possessive(toks[i-1].s)) {
			continue // but Labour's Shirley Dunne: a name after its party's
		}
		if n := jobBeforeName(f.text, toks, i); n > i {
			i = n - 1 // Crane operator Marcus Dell, 47, has worked: the name, not the job
			continue
		}
		k := i
		for k < len(toks) && nameWord(toks[k]) && !possessive(toks[k].s) {
			k++
			// the Ministry of Health, the University of Leeds: "of"
			// joins a body's word to what it is of.
			if k+1 < len(toks) && toks[k].s == "of" && orgWords.has(toks[k-1].s) && nameWord(toks[k+1]) {
				k++
			}
		}
		if f.bodyByUse(toks, i, k) {
			// Greyport Athletic's home ground, Millrace Rovers agreed a
			// deal: a name the text treats as a body's. The words after
			// it are read on (a cue).
			if name := f.usedBody(toks, i, k); name != "" {
				n := len(ms)
				add(t.off, name, anyGender, false)
				if len(ms) > n {
					ms[n].body = true
				}
			}
			i = k - 1
			if k < len(toks) && possessive(toks[k].s) {
				i = k
			}
			continue
		}
		if e := lowerBodyEnd(toks, k); e > k {
			k = e // Ashford city council: a body named in lower case after its place
		}
		run := toks[i:k]
		f.relateAppositionOf(toks, k) // Lukas, the grandson of Hal Brenner,
		if k < len(toks) && k > i && possessive(toks[k].s) && nameWord(toks[k]) && !placeTitles.has(strings.TrimSuffix(t.s, ".")) && !f.place(toks, i, toks[i:k+1]) && !f.englishBody(withoutPossessive(span(f.text, toks[i:k+1]))) {
			// Elsie Marrow's workshop smells of spruce: a full name in
			// the possessive, the owner the sentence is about.
			add(t.off, withoutPossessive(span(f.text, toks[i:k+1])), anyGender, false)
			i = k
			continue
		}
		if k < len(toks) && possessive(toks[k].s) && nameWord(toks[k]) && titleWordsAt(span(f.text, toks[i:k+1])) > 0 {
			// backed Mayor Celia Brandt’s budget: a titled name in the
			// possessive is a person's, whose last word is in the
			// possessive.
			name := span(f.text, toks[i:k+1])
			add(t.off, withoutPossessive(name), anyGender, false)
			i = k
			continue
		}
		g := anyGender
		if i >= 2 && toks[i-1].s == "," {
			g = relationGender(toks[i-2].s)
			if g != anyGender && i >= 3 && relationOwners.has(lower(toks[i-3].s)) && !f.place(toks, i, run) {
				f.relate(t.off, lower(toks[i-3].s)+" "+toks[i-2].s, span(f.text, run)) // His daughter, Maya Lund,
				f.relateInverse(t.off, toks[i-3].s, toks[i-2].s, f.backRef(mentionedBefore(ms, toks[i-3].off), relationGender(lower(toks[i-3].s)), -1))
			}
		}
		// whose husband Gareth, her son Leo: a relation names the one
		// after it without commas too.
		kinNamed := g == anyGender && i >= 2 && (relationOwners.has(lower(toks[i-2].s)) || lower(toks[i-2].s) == "whose") && relationGender(lower(toks[i-1].s)) != anyGender
		if kinNamed {
			g = relationGender(lower(toks[i-1].s))
			if relationOwners.has(lower(toks[i-2].s)) {
				f.relate(t.off, lower(toks[i-2].s)+" "+lower(toks[i-1].s), span(f.text, run))
				f.relateInverse(t.off, toks[i-2].s, toks[i-1].s, f.backRef(mentionedBefore(ms, toks[i-2].off), relationGender(lower(toks[i-2].s)), -1))
			}
		}
		if e := lowerBodyAfter(toks, k); e > k && (i == 0 || !locatives.has(lower(toks[i-1].s))) {
			// Ashford city council approved the loan: a body whose kind
			// the text writes in lower case after its place's name.
			add(t.off, span(f.text, toks[i:e]), anyGender, false)
			i = e - 1
			continue
		}
		switch {
		case kinNamed && len(run) == 1:
			add(t.off, t.s, g, false) // whose husband Gareth has worked
		case (i == 0 || !placeBefore.has(lower(toks[i-1].s)) || lower(toks[i-1].s) == "the" && (i < 2 || !placeBefore.has(lower(toks[i-2].s)))) && f.englishBody(span(f.text, run)):
			// The Valley Growers' Cooperative, which …, said; Harlow
			// Buses cut four routes: a body a statement or "the
			// cooperative" may refer to (not one after a preposition: a
			// spokesman for the Port Authority).
			add(t.off, span(f.text, run), anyGender, true)
		case len(run) >= 2 && f.englishBody(span(f.text, run)):
			// Volunteers from the Harrow Vale Wildlife Trust: a body the
			// text may call "the trust", though no speaker of "he said".
			f.indexPassing(span(f.text, run))
		case len(run) >= 2 && !f.place(toks, i, run):
			add(t.off, span(f.text, run), g, false)
		case len(run) == 1 && g != anyGender && k < len(toks) && toks[k].punct:
			add(t.off, t.s, g, false) // His wife, Ellen, was …
		case len(run) == 1 && f.isKnown(t.s):
			ms = append(ms, mention{off: t.off, name: t.s, g: f.genders[t.s], role: f.roleAt(t.off, f.personEnd(ms, skip))})
		case len(run) == 1 && f.firsts[t.s] != "" && k < len(toks) && !toks[k].punct && !upper(toks[k].s):
			// Amara has been more blunt: a full name noted before, by its
			// first word, as a feature calls someone.
			full := f.firsts[t.s]
			ms = append(ms, mention{off: t.off, name: full, g: f.genders[full], role: f.roleAt(t.off, f.personEnd(ms, skip))})
		}
	}
	return ms
}

// lowerBodyAfter returns the end of the lower-case words at toks[k:]
// that name a body of the place before them: a noun for a body (council,
// police) after at most two words of what it governs (city council,
// school board, county fire service); k when there are none.
func lowerBodyAfter(toks []token, k int) int {
	for e := k; e < len(toks) && e < k+3; e++ {
		w := toks[e].s
		if englishBodies.has(w) {
			return e + 1
		}
		if toks[e].punct || !bodyModifiers.has(w) {
			return k
		}
	}
	return k
}

// appositionBody reports whether the name that ends before toks[k] is
// given an apposition headed by a body's noun, which makes it a body, and
// returns the end of that noun, or 0: a determiner and at most four
// words, none a preposition or a possessive, before the noun and a
// relative or a comma (Harwick Athletic, the
// National League club that …; Pellow Hart, an accounting firm,), or
// the Arabic noun with the article before الذي or التي (الريان، الشركة
// التي …). A post of a body (the head of the club) is no apposition of it.
func (f *finder) appositionBody(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].s != "," && toks[k].s != "،" {
		return 0
	}
	if w := toks[k+1]; isArabic(w.s) {
		if strings.HasPrefix(w.s, "ال") && f.bodyHead(w.s) && (toks[k+2].s == "الذي" || toks[k+2].s == "التي") {
			return w.off + len(w.s)
		}
		return 0
	}
	if d := lower(toks[k+1].s); d != "the" && d != "a" && d != "an" {
		return 0
	}
	for e := k + 2; e < len(toks) && e < k+7; e++ {
		w := toks[e]
		if w.punct || possessive(w.s) || placeBefore.has(w.s) {
			return 0
		}
		if englishBodies.has(w.s) && (e+1 == len(toks) || toks[e+1].punct || relativePronouns.has(toks[e+1].s) || toks[e+1].s == "that") {
			return w.off + len(w.s)
		}
		if englishBodies.has(w.s) {
			return 0
		}
	}
	return 0
}

// bodyModifiers are the lower-case words that say what a body of a place
// governs or serves: Ashford city council, Marlow school board.
var bodyModifiers = set("city county town district parish borough village school education health water transport community regional local state fire parole planning")

// describedAfter reports whether toks[i] and toks[i+1] name a person whom
// the text then describes after a comma, with وهو or وهي (جلست فاطمة
// العلي، وهي نازحة) or a noun for a person with the article (يتنقل كنان
// الرفاعي، الشاب الذي فقد بصره): after a verb, two words of which the
// first has no article and neither is a title, a body, a cue or a word
// that ends a noun phrase.
func (f *finder) describedAfter(toks []token, i int) bool {
	if i+4 >= len(toks) || toks[i+2].s != "،" {
		return false // (inline: the rules ask it of every word)
	}
	return f.describedBy(toks, i)
}

// describedBy is describedAfter for two words before a comma.
func (f *finder) describedBy(toks []token, i int) bool {
	if _, ok := f.describingGender(toks, i+3); !ok {
		return false
	}
	a, b := toks[i], toks[i+1]
	// وكريم داود، صاحب المقهى، يجلس: a sentence may open on the name.
	opens := (i == 0 || sentenceEnd(f.text, toks[i-1])) && strings.HasPrefix(a.s, "و")
	if !opens && (i == 0 || toks[i-1].punct || !isArabic(toks[i-1].s) || strings.HasPrefix(toks[i-1].s, "ال") || f.arStop(toks[i-1])) || !isArabic(b.s) {
		return false
	}
	if strings.HasPrefix(a.s, "ال") || f.arStop(a) || f.arStop(b) || f.roleOf(a) || f.roleOf(b) || f.never(a.s) || f.never(b.s) {
		return false
	}
	f.buf = append(f.buf[:0], a.f...)
	return f.kind(f.buf) == 0 && !f.bodyHead(a.s)
}

// describingGender reports whether the word toks[k], after a comma,
// opens a description of a person: وهو، وهي, a title or a word for a
// person with the article (الشاب، الطبيبة) or in the construct state
// (صاحب المقهى); and the gender it gives them.
func (f *finder) describingGender(toks []token, k int) (byte, bool) {
	t := toks[k]
	switch {
	case t.s == "وهو":
		return male, true
	case t.s == "وهي":
		return female, true
	case !strings.HasPrefix(t.f, "ال"):
		if k+1 < len(toks) && strings.HasPrefix(toks[k+1].s, "ال") && f.roleOf(t) {
			return roleGender(t.f), true
		}
		return anyGender, false
	}
	w := strings.TrimPrefix(t.f, "ال")
	if g, ok := arabicEpithets[w]; ok {
		return g, true
	}
	if f.roleOf(t) {
		return roleGender(w), true
	}
	return anyGender, false
}

// backRef returns the person a pronoun cue of gender g refers to, among
// the mentions of the paragraph so far and then the ones before it: the
// nearest who agrees, passing over a name in the phrase of a preposition
// (a decade among Marren Valley farmers) whose gender the text did not
// give while someone else agrees.
func (f *finder) backRef(ms []mention, g byte, at int) string {
	first := firstAgreeing(ms, g)
	for n := len(ms) - 1; n >= 0; n-- {
		if m := ms[n]; first < n && !m.only && m.g == anyGender && (m.role == placeRole || m.role == obliqueRole) {
			continue
		}
		if m := ms[n]; !m.only && (m.g == anyGender && (isArabic(m.name) || givenGender(m.name) == anyGender || givenGender(m.name) == g) || m.g == g) {
			if at >= 0 && m.owner != "" && f.possessiveGender(m.name) != anyGender {
				break // His father bought it. Asked how he felt: the owner, maybe
			}
			return m.name
		}
	}
	if at >= 0 {
		return f.antecedent(g, "", at, ms)
	}
	return f.antecedent(g, "", -1, nil)
}

// firstAgreeing returns the index of the first of ms that is no name
// in a preposition's phrase and agrees with gender g, or len(ms).
func firstAgreeing(ms []mention, g byte) int {
	for n, m := range ms {
		if !m.only && m.role != placeRole && m.role != obliqueRole && (m.g == anyGender || m.g == g) {
			return n
		}
	}
	return len(ms)
}

// mentionedBefore returns the mentions of ms before offset off: who a
// possessive at off may refer to (His son Ewan: not "His son" itself).
func mentionedBefore(ms []mention, off int) []mention {
	n := len(ms)
	for n > 0 && ms[n-1].off >= off {
		n--
	}
	return ms[:n]
}

// addressed reports whether the English name at text[off:] follows "to"
// as the one words are said to (spoke to Ms Lee, put it to Lee), not as
// their source (according to Lee).
func addressed(text string, off int) bool {
	before := strings.TrimRight(text[max(0, off-16):off], " ")
	if !strings.HasSuffix(before, " to") && !strings.HasSuffix(before, " To") {
		return false
	}
	before = strings.TrimRight(before[:len(before)-3], " ")
	prev := lower(before[strings.LastIndexByte(before, ' ')+1:])
	return prev != "according" && prev != "due" && prev != "thanks"
}

// relationGender returns the gender of an English relation word (wife,
// brother), or anyGender for any other word.
func relationGender(w string) byte {
	return genderIn(w, englishMale, englishFemale)
}

// genderIn returns male when w is one of males, female when it is one
// of females, else anyGender.
func genderIn(w string, males, females *wordSet) byte {
	switch {
	case males.has(w):
		return male
	case females.has(w):
		return female
	}
	return anyGender
}

// englishBody reports whether an English name is a body: it ends in a
// word such as Council, Ministry or Union, or is "the council".
func (f *finder) englishBody(name string) bool {
	if before, _, ok := strings.Cut(name, " of "); ok && orgWords.has(before[strings.LastIndexByte(before, ' ')+1:]) {
		return true // the Ministry of Health
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return orgWords.has(last) || orgWords.has(strings.ToUpper(last[:min(1, len(last))])+last[min(1, len(last)):])
}

// aliasAt records the name in parentheses at toks[i] as another spelling
// of name when it is written in the other script: جون سميث (John Smith),
// Rami Haddad (رامي حداد).
// It returns the index of the closing parenthesis, or i.
func (f *finder) aliasAt(toks []token, i int, name string) int {
	e := i + 1
	for e < len(toks) && e-i <= 4 && !toks[e].punct {
		e++
	}
	if e == i+1 || e >= len(toks) || toks[e].s != ")" || isArabic(toks[i+1].s) == isArabic(name) {
		return i
	}
	if f.alias == nil {
		f.alias = map[string]string{}
	}
	other := span(f.text, toks[i+1:e])
	f.alias[f.name(other)] = f.name(name)
	f.note(other)
	return e
}

// place reports whether a run of capitalised words names a place or an
// organisation rather than a person: it holds a word such as Quay or
// Museum, or follows "the".
func (f *finder) place(toks []token, i int, run []token) bool {
	if i > 0 && lower(toks[i-1].s) == "the" && !strings.HasSuffix(run[0].s, ".") && !abbreviations.has(run[0].s) && run[0].s != "Rt" {
		return true // but the Rev. Alison Marsh, the Rt Rev Alan Moss are people
	}
	if i > 0 && locatives.has(lower(toks[i-1].s)) {
		return true // the bookshop on Abbey Lane, a mechanic from Leeds
	}
	for _, t := range run {
		if orgWords.has(t.s) {
			return true
		}
	}
	return streetWords.has(run[len(run)-1].s)
}

// note remembers a speaker's name, and its last word, so that a later bare
// mention of the surname (Calder, الدباغ) counts as naming them; the last
// word of a description (قائد فوج الإطفاء) is no surname.
func (f *finder) note(name string) {
	name = f.name(name)
	f.know(name)
	if i := strings.LastIndexByte(name, ' '); i >= 0 && !f.isDescription(name) {
		f.know(name[i+1:])
		if first := name[:strings.IndexByte(name, ' ')]; !isArabic(first) && upper(first) && titleWordsAt(name) == 0 {
			if f.firsts == nil {
				f.firsts = map[string]string{}
			}
			if len(f.firsts) < maxParsed {
				f.firsts[first] = name
			}
		}
	}
}

// know adds w to known, counting it in knownGen when it is new.
func (f *finder) know(w string) {
	if !f.known[w] {
		f.known[w] = true
		f.knownGen++
	}
	f.knowBit(w)
}

// isKnown is f.known[w], for the words of a paragraph, most of which are
// not known: their bit (knownBits) answers them without a lookup.
func (f *finder) isKnown(w string) bool {
	if n := knownBit(w); f.knownBits[n>>6]&(1<<(n&63)) == 0 {
		return false
	}
	return f.known[w]
}

// knownBit returns the bit of w in knownBits: a hash of its length and of
// its first and last bytes.
func knownBit(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*131 + uint(w[0])*7 + uint(w[len(w)-1])) & 1023
}

// knowBit sets the bit of w in knownBits.
func (f *finder) knowBit(w string) {
	n := knownBit(w)
	f.knownBits[n>>6] |= 1 << (n & 63)
}

// namedByNoun reports whether name, which the description "the x" was
// read back to, is a name ending in that noun (the zoo → Ashby Zoo, the
// festival → Brookmere Festival): a person is never "the" and their
// name's last word, so it names a body.
func namedByNoun(description, name string) bool {
	noun, ok := strings.CutPrefix(lower(description), "the ")
	if !ok || strings.IndexByte(noun, ' ') >= 0 || personNouns.has(noun) || !upper(name) || indefinite(name) {
		return false // (A ropemaker … the ropemaker: someone unnamed)
	}
	return strings.HasSuffix(lower(name), " "+noun)
}

// englishArticle reports whether a description starts with an article.
func englishArticle(name string) bool {
	return strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "a ") || strings.HasPrefix(name, "an ")
}

// sentenceEnd reports whether the token t ends a sentence: a full stop
// that ends no abbreviation, "!", "?" or the quotation mark closing one.
func sentenceEnd(text string, t token) bool {
	switch t.s {
	case "!", "?", "؟":
		return true
	case ".":
		return !abbreviationBefore(text, t.off)
	}
	return t.punct && closingMark(t.s)
}

// describedSubject returns the index of the noun for a person that an
// English noun phrase opening at the determiner toks[i] ends with (A
// Rovers fan, His neighbour, The island's fishermen), and the index after
// it and an aside in commas that follows it (, who asked not to be
// named,); -1 when no such noun comes within four words.
func (f *finder) describedSubject(toks []token, i int) (int, int) {
	for n := i + 1; n < len(toks) && n <= i+4; n++ {
		t := toks[n]
		w := lower(t.s)
		if t.punct || englishFunction.has(w) && !possessive(t.s) || englishPronouns.has(w) || w == "him" || f.cueOf(t.s) != notCue {
			return -1, 0
		}
		if !personNouns.has(w) && relationGender(w) == anyGender && !englishKin.has(w) && !(strings.HasSuffix(w, "s") && personNouns.has(strings.TrimSuffix(w, "s"))) {
			continue // (Rovers, island's: the words before the noun)
		}
		after := n + 1
		if after < len(toks) && toks[after].s == "," {
			for e := after + 1; e < len(toks) && e <= after+16; e++ {
				if toks[e].s == "," {
					return n, e + 1
				}
				if toks[e].punct {
					break
				}
			}
			return -1, 0
		}
		return n, after
	}
	return -1, 0
}

// shortSentence reports whether the sentence going on at toks[n] ends
// within a few words, with no comma and no reporting cue before its end:
// "was more blunt." or "disagreed:", a sentence that only introduces
// what its subject says next.
func (f *finder) shortSentence(toks []token, n int) bool {
	for k := n; k < len(toks) && k < n+8; k++ {
		t := toks[k]
		if t.s == "." || t.s == ":" {
			return true
		}
		if t.punct || f.cueIn(toks, k) {
			return false
		}
	}
	return false
}
