package quote

import (
	"slices"
	"strings"
)

// This file keeps the index of introductions: each place where the
// article tied a description to a name (وقال مدير العمليات في المديرية،
// المقدم كمال عيسى، …; Maren Oduya, the chief falconer of the centre,;
// Chief Sommelier Rafaela Quint; الحطاب العجوز، الذي يعرفه أهل القرية
// باسم الخال مرعي), recorded as blocks pass, in every paragraph, list
// item and heading, whether or not it holds a quotation. A definite
// description used later as a speaker (مدير العمليات، the falconer)
// refers to the person it was tied to last, however many people were
// named since. The shapes are read from the structure (commas,
// parentheses, the article, capitals, "known as"), not from a list of
// jobs: a description is a noun phrase in apposition to, or right
// before, a name.

// tie is one introduction: a description and the name it was tied to.
type tie struct {
	off   int       // where the description starts
	words []string  // the forms refWords gives its words
	heads []tieHead // the forms of the words that can head it (its noun, an apposition)
	name  string    // the name, without a title before it
	// headBits has the bit headBit gives each of heads, so that fits
	// tells most ties without the head asked of without comparing it
	// with each of theirs.
	headBits uint64
}

// headBit returns the bit of tie.headBits for the head form w: of its
// length, its last byte and its middle one.
func headBit(w string) uint64 {
	n := len(w)
	if n == 0 {
		return 1
	}
	return 1 << ((uint(n)*7 + uint(w[n-1])*3 + uint(w[n/2])) & 63)
}

// tieHead is a form of a word that can head a tie's description: without
// a final ة (the gender tells a director from a directress), with the
// gender it gives, and whether it is the description's first word.
type tieHead struct {
	w     string
	g     byte
	first bool
}

// maxTies bounds the introductions kept: an article makes a few dozen.
const maxTies = 32

// tieWords and nameWords bound how many words a description and a name
// of a tie span.
const (
	tieWords  = 8
	nameWords = 3
)

// introduce records the ties of the tokens ts (a block's, outside the
// quotations cs) in f.ties.
func (f *finder) introduce(ts []token, cs []cand) {
	q := 0
	for i := 1; i < len(ts); i++ {
		t := &ts[i]
		for q < len(cs) && cs[q].end <= t.off {
			q++
		}
		if q < len(cs) && cs[q].open <= t.off {
			continue // a quotation's words tie nobody
		}
		// Only a comma, a parenthesis, a colon, a word of "known as" and
		// the start of a name after a description can tie: the rest of
		// the words cost a comparison or two.
		switch {
		case t.punct:
			switch t.s {
			case ",", "،":
				f.commaTie(ts, i)
			case "(":
				f.parenTie(ts, f.chunkStart(ts, i), i)
			case ":":
				f.labelTie(ts, f.chunkStart(ts, i), i)
			}
		case t.f == "as" || t.f == "nicknamed" || t.f == "باسم" || t.f == "الملقب":
			f.aliasTie(ts, f.chunkStart(ts, i), i)
		case 'A' <= t.s[0] && t.s[0] <= 'Z' && i+1 < len(ts) && !ts[i-1].punct,
			t.s[0] >= 0x80 && articled(ts[i-1].s) && !articled(t.s) && !ts[i-1].punct:
			f.closeTie(ts, i)
		}
	}
}

// chunkStart returns the first token of the chunk that ends before
// ts[i]: after the punctuation or the stop before it, at most a
// description's and a name's length back.
func (f *finder) chunkStart(ts []token, i int) int {
	k := i
	for k > 0 && i-k <= tieWords+nameWords && !ts[k-1].punct && !f.tieStop(ts[k-1]) {
		k--
	}
	return k
}

// labelTie records a description and a name after a colon that open a
// list item or a heading: Rope-walk foreman: Silas Penhallow.
func (f *finder) labelTie(ts []token, start, i int) {
	if o := min(start, 1); (start == 0 || start == 1 && ts[0].punct) && f.descStart(ts, o, i) == o {
		// A description of more than a word (not a speaker's label,
		// الخطيب: أفهم), and the name all after it.
		e := i + 1
		for e < len(ts) && !ts[e].punct {
			e++
		}
		if n, ok := f.tieName(ts[i+1 : e]); ok && e-i > 1 && e == len(ts) && i-o > 1 {
			f.addTie(ts[o:i], n)
		}
	}
}

// introductionEnds are the Arabic words, folded, that end the phrase an
// introduction lies in besides the complementisers: أما opens a topic,
// a relative a clause.
var introductionEnds = set("اما الذي التي")

// tieStop reports whether a token ends the chunk a description lies in:
// a reporting verb, a complementiser, أما, an English cue.
func (f *finder) tieStop(t token) bool {
	if isArabic(t.s) {
		return t.c.cue != notCue || t.c.tieEnd
	}
	if upper(t.s) {
		return false // a cue or a conjunction is written in lower case inside a sentence
	}
	w := t.s
	return englishCues[w] != notCue || w == "and" || w == "who" || w == "that" || w == "which"
}

// commaTie records the tie around the comma ts[c]: D، NAME (the name
// closed by punctuation or a stop) or NAME، D.
func (f *finder) commaTie(ts []token, c int) {
	start := -1 // the chunk before the comma, found when it is needed
	e := c + 1
	for e < len(ts) && e-c <= nameWords+2 && !ts[e].punct && !f.tieStop(ts[e]) {
		e++
	}
	// A description before the comma ends in a definite word (the
	// article, written on a preposition too) or an English lower-case one.
	var dEnd bool
	if p := &ts[c-1]; !p.punct {
		dEnd = isArabic(p.s) && (articled(p.s) || prepositional(p.f) || strings.HasPrefix(p.f, "وال")) || !isArabic(p.s) && !upper(p.s)
	}
	if closed := e == len(ts) || ts[e].punct || f.tieStop(ts[e]); dEnd && closed && e > c+1 {
		if n, ok := f.tieName(ts[c+1 : e]); ok {
			start = f.chunkStart(ts, c)
			if s := f.descStart(ts, start, c); s >= 0 {
				f.addTie(ts[s:c], n)
				return
			}
		}
	}
	// NAME، D،: the description after the name runs to the next
	// punctuation or relative; it opens with a determiner, the article,
	// a title, or a noun in the construct state.
	if c+2 >= len(ts) {
		return
	}
	if a, b := &ts[c+1], &ts[c+2]; isArabic(a.s) && !articled(a.s) && !articled(b.s) && a.c.kind != roleKind ||
		!isArabic(a.s) && !englishDeterminers.has(a.f) && upper(a.s) {
		return
	}
	if start < 0 {
		start = f.chunkStart(ts, c)
	}
	n, ok := f.tailName(ts, start, c)
	if !ok {
		return
	}
	d := c + 1
	for d < len(ts) && d-c <= tieWords && !ts[d].punct && !f.tieStop(ts[d]) {
		d++
	}
	if d < len(ts) && !ts[d].punct && !f.tieStop(ts[d]) {
		return
	}
	if s := f.descStart(ts, c+1, d); s == c+1 || s == c+2 && englishDeterminers.has(lower(ts[c+1].s)) {
		f.addTie(ts[s:d], n)
	}
}

// parenTie records NAME (D).
func (f *finder) parenTie(ts []token, start, p int) {
	n, ok := f.tailName(ts, start, p)
	if !ok {
		return
	}
	d := p + 1
	for d < len(ts) && d-p <= tieWords && !ts[d].punct {
		d++
	}
	if d < len(ts) && ts[d].s == ")" && f.descStart(ts, p+1, d) == p+1 {
		f.addTie(ts[p+1:d], n)
	}
}

// aliasTie records a description and the name it is known by: الذي
// يعرفه رواد السوق باسم العم صبحي، the old lamplighter, known along the
// quay as Uncle Bram, a stall keeper nicknamed Pepper. The name is kept
// as written, with its title: it is what the article calls them.
func (f *finder) aliasTie(ts []token, start, i int) {
	w := ts[i].f // as, nicknamed, باسم, الملقب: introduce calls it for these alone
	nicknamed := w == "nicknamed" || w == "الملقب"
	if !nicknamed {
		known := false
		for k := i - 1; k >= 0 && k >= i-5 && !ts[k].punct; k-- {
			if l := lower(ts[k].f); l == "known" || strings.HasPrefix(l, "يعرف") || strings.HasPrefix(l, "تعرف") || l == "المعروف" || l == "المعروفة" {
				known = true
			}
		}
		if !known {
			return
		}
	}
	e := i + 1
	for e < len(ts) && e-i <= nameWords && !ts[e].punct && !f.tieStop(ts[e]) {
		e++
	}
	name := ts[i+1 : e]
	if i+1 < len(ts) && !isArabic(ts[i+1].s) {
		name = nameRun(ts, i+1)
	}
	if len(name) == 0 || !isArabic(name[0].s) && !nameWord(name[0]) {
		return
	}
	for _, t := range name {
		if isArabic(t.s) && f.neverToken(t) || !isArabic(t.s) && !nameWord(t) {
			return
		}
	}
	// The description: the noun phrase before the clause (before the
	// comma that opens it), or the words right before "nicknamed".
	d := start
	if d > 0 && (ts[d-1].s == "،" || ts[d-1].s == ",") || d > 1 && (ts[d-1].f == "الذي" || ts[d-1].f == "التي") && (ts[d-2].s == "،" || ts[d-2].s == ",") {
		end := d - 1
		if ts[end].s != "،" && ts[end].s != "," {
			end--
		}
		ds := end
		for ds > 0 && end-ds < tieWords && !ts[ds-1].punct && !f.tieStop(ts[ds-1]) {
			ds--
		}
		if s := f.descStart(ts, ds, end); s >= 0 {
			f.addTie(ts[s:end], span(f.text, name))
		}
		return
	}
	k := i
	if !nicknamed {
		for k > start && lower(ts[k-1].s) != "known" {
			k--
		}
		k--
	}
	if s := f.descStart(ts, start, k); s >= 0 && k > s {
		f.addTie(ts[s:k], span(f.text, name))
	}
}

// closeTie records D NAME written without a comma at ts[i]: an Arabic
// name after a description that ends in a word with the article (ناظر
// مرسى الزوارق سليم بركات؛ مدير المدرسة خالد حمدان), an English name after
// lower-case words (the retired clerk Jane Doe) or after the capitalised
// title that opens a run of more than two names (Chief Sommelier Rafaela
// Quint).
func (f *finder) closeTie(ts []token, i int) {
	t, p := &ts[i], &ts[i-1]
	if isArabic(t.s) {
		if !articled(p.s) || articled(t.s) || !isArabic(p.s) {
			return
		}
		e := i + 2 // a given name and a surname
		if arabicJoiners.has(t.f) {
			e++ // عبد الرحمن الكردي
		}
		if e > len(ts) || e < len(ts) && !ts[e].punct && !f.tieStop(ts[e]) {
			return // يقضي بسحب تراخيص: a clause goes on, no name ends it
		}
		for k := i + 1; k < e; k++ {
			if articled(ts[k].s) && !arabicJoiners.has(ts[k-1].f) {
				return // طرق الباب: a verb and its object, not a name
			}
		}
		n, ok := f.tieName(ts[i:e])
		if !ok || n != span(f.text, ts[i:e]) {
			return // a title after the article is the description going on
		}
		if s := f.descStart(ts, f.chunkStart(ts, i), i); s >= 0 {
			f.addTie(ts[s:i], n)
		}
		return
	}
	if !nameWord(*t) || i+1 >= len(ts) || !nameWord(ts[i+1]) {
		return
	}
	if !nameWord(*p) {
		if w := lower(p.s); englishDeterminers.has(w) || englishTiePrepositions.has(w) || orgWords.has(ts[min(len(ts), i+len(nameRun(ts, i)))-1].s) {
			return // of the Veldt Raptor Centre: a place or a body
		}
		if s := f.descStart(ts, f.chunkStart(ts, i), i); s >= 0 && !upper(ts[s].s) {
			f.addTie(ts[s:i], span(f.text, nameRun(ts, i)))
		}
		return
	}
	// A run of three or four capitalised words opening its chunk: the
	// last two are the name, the words before them a title.
	if i >= 2 && !ts[i-2].punct && !f.tieStop(ts[i-2]) {
		return
	}
	run := nameRun(ts, i-1)
	if len(run) < 3 || len(run) > 4 {
		return
	}
	title := run[:len(run)-2]
	for _, w := range title {
		if englishFunction.has(w.s) || possessive(w.s) || orgWords.has(w.s) {
			return
		}
	}
	f.addTie(title, span(f.text, run[len(run)-2:]))
}

// nameRun returns the capitalised words from ts[i].
func nameRun(ts []token, i int) []token {
	e := i
	for e < len(ts) && e-i < 4 && nameWord(ts[e]) && !possessive(ts[e].s) {
		e++
	}
	return ts[i:e]
}

// descStart returns where the description that ends before ts[end]
// starts, not before ts[start], or -1 when ts[start:end] ends in none.
// Arabic: a noun, then words with the article, prepositions and the
// nouns they govern, starting after a word with the article that a word
// without it follows (حضر الاجتماع مدير التسويق: مدير). English: lower-case
// words, after a determiner or a possessive, the head noun before "of"
// or "at".
func (f *finder) descStart(ts []token, start, end int) int {
	if end <= start || end-start > tieWords+1 {
		start = max(start, end-tieWords)
	}
	if end <= start {
		return -1
	}
	if isArabic(ts[end-1].s) {
		s := end - 1
		for s > start {
			a, b := ts[s-1], ts[s]
			if !isArabic(a.s) || a.punct || hasDigit(a.s) {
				break
			}
			if articled(a.s) && !articled(b.s) && !prepositions.has(b.f) && !prepositional(b.f) && !(s >= 2 && prepositions.has(ts[s-2].f)) {
				break // الاجتماع مدير: the noun before is another's
			}
			s--
		}
		first := ts[s]
		if f.never(first.s) || hasDigit(first.s) || f.bodyHead(strings.TrimPrefix(first.s, "و")) || arabicJoiners.has(first.f) || ahad(first.f) {
			return -1
		}
		if articled(first.s) || f.role(strings.TrimPrefix(first.s, "و")) {
			return s
		}

		// A noun no list knows heads a description in the construct
		// state: the article before any preposition (ناظر مرسى الزوارق،
		// not مصدر في إدارة), and more words than a given name and a
		// surname (يزن القطامي).
		for k := s + 1; k < end && !articled(ts[k].s); k++ {
			if prepositions.has(ts[k].f) || k == end-1 {
				return -1
			}
		}
		if end-s < 3 || f.tiedName(span(f.text, ts[s:end])) {
			return -1 // خالد العبد الله، لعنب بلدي: a name given before
		}
		return s
	}
	e := end
	for e > start && (nameWord(ts[e-1]) || lower(ts[e-1].s) == "the") {
		e--
	}
	if e < end && e-1 > start && englishTiePrepositions.has(lower(ts[e-1].s)) {
		end = e - 1 // tide warden at Saltmarsh Reach
	}
	s := end
	for s > start {
		t := ts[s-1]
		w := lower(t.s)
		if englishTiePrepositions.has(w) && s == end {
			break
		}
		if t.punct || possessive(t.s) || englishDeterminers.has(w) || hasDigit(w) || englishCues[w] != notCue {
			break
		}
		if upper(t.s) && s-1 != start {
			break
		}
		s--
	}
	if s == end {
		return -1
	}
	if upper(ts[s].s) && s+1 < end && nameWord(ts[s+1]) {
		return -1 // the end of a name
	}
	for _, t := range ts[s:end] {
		if w := lower(t.s); englishFunction.has(t.s) || englishPronouns.has(w) {
			return -1
		}
	}
	return s
}

// tieName returns the name ts holds, after the titles before it
// (المقدم كمال عيسى → كمال عيسى), and whether ts is one: Arabic two or
// three words, the first without the article; English capitalised words.
func (f *finder) tieName(ts []token) (string, bool) {
	for len(ts) > 1 && isArabic(ts[0].s) && (articled(ts[0].s) || strings.HasSuffix(ts[0].s, ".")) {
		ts = ts[1:]
	}
	if len(ts) == 0 || len(ts) > nameWords {
		return "", false
	}
	if isArabic(ts[0].s) {
		if len(ts) < 2 || articled(ts[0].s) {
			return "", false
		}
		for _, t := range ts {
			if t.punct || !isArabic(t.s) || t.c.kind != 0 || t.c.role || t.c.cue != notCue || withholds.has(t.f) || hasDigit(t.s) || tanween(t.s) {
				return "", false
			}
		}
		for _, t := range ts {
			if nameMarks.in(t.s) || f.neverToken(t) {
				return "", false
			}
		}
		return span(f.text, ts), true
	}
	for _, t := range ts {
		if !nameWord(t) || possessive(t.s) {
			return "", false
		}
	}
	return f.speakerName(span(f.text, ts)), true
}

// tailName returns the name that ends the chunk ts[start:end], as
// tieName reads it.
func (f *finder) tailName(ts []token, start, end int) (string, bool) {
	s := end
	if end-start >= 2 && isArabic(ts[end-1].s) {
		s = end - 2
		if articled(ts[s].s) || ts[s].punct {
			return "", false // a name opens without the article
		}
		if s-1 >= start && arabicJoiners.has(ts[s-1].f) {
			s-- // عبد الرحمن الكردي
		}
	} else {
		for s > start && nameWord(ts[s-1]) && !possessive(ts[s-1].s) {
			s--
		}
	}
	if s == end {
		return "", false
	}
	return f.tieName(ts[s:end])
}

// prepositional reports whether the folded Arabic word carries a
// preposition on the article (بالكأس، للمدرسة): a phrase that goes on
// with the description.
func prepositional(w string) bool {
	return strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "لل") || strings.HasPrefix(w, "كال")
}

// prepositionalName reports whether an Arabic name opens with a
// preposition and a noun that carries a pronoun (بتصدّيه لركلتين): the
// phrase of how someone did a thing, no one's name.
func prepositionalName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return isArabic(first) && (strings.HasPrefix(first, "ب") || strings.HasPrefix(first, "ل")) && suffixed(first)
}

// tiedName reports whether name is a person the article named: one of
// f.people or a name a tie gave.
func (f *finder) tiedName(name string) bool {
	for _, t := range f.ties {
		if t.name == name {
			return true
		}
	}
	return f.personOf(name) >= 0
}

// addTie records that the description d introduced the name.
func (f *finder) addTie(d []token, name string) {
	if name == "" || len(d) == 0 || prepositionalName(name) {
		return
	}
	t := tie{off: d[0].off, name: f.name(name)}
	if len(f.ties) == maxTies {
		// The oldest gives way, and its memory to the new one.
		t.words, t.heads = f.ties[0].words[:0], f.ties[0].heads[:0]
		copy(f.ties, f.ties[1:])
		f.ties = f.ties[:maxTies-1]
	}
	arabic := isArabic(d[0].s)
	headAt := len(d) - 1
	for n, w := range d {
		if !arabic && n > 0 && englishTiePrepositions.has(lower(w.s)) {
			headAt = min(headAt, n-1)
		}
	}
	for n, w := range d {
		k := len(t.words)
		t.words = appendRefWords(t.words, w.s)
		if !arabic && strings.Contains(w.s, "-") {
			t.words = append(t.words, strings.ReplaceAll(lower(w.s), "-", ""))
		}
		forms := t.words[k:]
		head := n == headAt
		if arabic {
			// The first word; an adjective or an apposition with the
			// article after another; the second word after a first that
			// no list knows, which may be a verb before its subject
			// (وتقود عريفة الكشافة، وجلس الحطاب العجوز).
			head = n == 0 || articled(w.s) && articled(d[n-1].s) && (n < 2 || !prepositions.has(d[n-2].f)) ||
				n == 1 && !articled(d[0].s) && !f.role(strings.TrimPrefix(d[0].s, "و"))
		}
		if !head {
			continue
		}
		for _, x := range forms {
			h := tieHead{w: strings.TrimSuffix(x, "ة"), g: anyGender, first: n == 0}
			if arabic {
				h.g = roleGender(x)
			}
			t.heads = append(t.heads, h)
			t.headBits |= headBit(h.w)
		}
	}
	f.ties = append(f.ties, t)
}

// englishTiePrepositions end the head of an English description: the
// chief falconer of the centre.
var englishTiePrepositions = set("of at for in on from with")

// introduced returns the name the definite description name (المرشح
// الفائز، مدير العمليات، the falconer) was tied to last before the
// position being resolved, of a gender that agrees with g: the tie
// whose words hold the description's head noun as a head and its other
// words anywhere. It returns "" when name is no definite description or
// no tie fits.
func (f *finder) introduced(name string, g byte) string {
	if len(f.ties) == 0 || name == "" || !strings.HasPrefix(name, "the ") && !strings.HasPrefix(name, "The ") && !strings.Contains(name, "ال") {
		return "" // most speakers are names: tell them without a lookup
	}
	np, ok := f.tieNPs[name]
	if !ok {
		np = f.tieNP(name)
		if f.tieNPs == nil {
			f.tieNPs = map[string]tieNP{}
		}
		if len(f.tieNPs) < maxParsed {
			f.tieNPs[f.name(name)] = np
		}
	}
	if !np.ok {
		return ""
	}
	if np.arabic && g == anyGender {
		g = roleGender(np.head)
	} else if !np.arabic {
		g = anyGender
	}
	head := strings.TrimSuffix(np.head, "ة") // as fits wants it: once, not per tie
	bit := headBit(head)
	for k := len(f.ties) - 1; k >= 0; k-- {
		t := &f.ties[k]
		if t.headBits&bit == 0 || t.off >= f.tiedBefore || t.name == name {
			continue // (no head of t is head: fits would say no)
		}
		if t.fits(head, np.others, g, np.one) {
			return t.name
		}
	}
	return ""
}

// tieNP is a speaker parsed by introduced as a definite description:
// its head noun and other words, normalised as refWord does.
type tieNP struct {
	head   string
	others []string
	arabic bool
	one    bool // one Arabic word: a surname unless it heads a description
	ok     bool
}

// tieNP parses name as a definite description a tie may hold: English
// "the" and lower-case words (the head before "of"); Arabic up to four
// words, one with the article, not of a body nor of one of a group.
func (f *finder) tieNP(name string) tieNP {
	var np tieNP
	if strings.Count(name, " ") > 3 || !strings.HasPrefix(name, "the ") && !strings.HasPrefix(name, "The ") && !strings.Contains(name, "ال") {
		return np // most speakers are names: tell them without allocating
	}
	ws := strings.Fields(name)
	if isArabic(ws[0]) {
		if !slices.ContainsFunc(ws, articled) || f.bodyHead(ws[0]) || f.never(ws[0]) || f.in(set1Ahad, ws[0]) {
			return np
		}
		np.head, np.arabic, np.one = refWord(ws[0]), true, len(ws) == 1
		for _, w := range ws[1:] {
			if r := refWord(w); !arabicAges.has(strings.TrimSuffix(r, "ة")) {
				np.others = append(np.others, r) // الخياطة الخمسينية: the age is news, not a word of the tie
			}
		}
		np.ok = true
		return np
	}
	if len(ws) < 2 || ws[0] != "the" && ws[0] != "The" {
		return np
	}
	at := len(ws) - 1
	for n, w := range ws[1:] {
		if upper(w) || hasDigit(w) && n+2 == len(ws) {
			return np // the 61-year-old alone is an epithet of another rule
		}
		if englishTiePrepositions.has(w) && at == len(ws)-1 {
			at = n
		}
	}
	head := lower(ws[at])
	if englishBodies.has(head) || englishEpithets[head] != 0 || personNouns.has(head) && at == 1 {
		return np // the council; the man, the woman: epithets are another rule's
	}
	for n, w := range ws[1:] {
		if n+1 != at && !englishTiePrepositions.has(w) && !hasDigit(w) {
			// (the 61-year-old surveyor: an age is news about the one
			// the tie names, no word it must hold)
			np.others = append(np.others, strings.ReplaceAll(lower(w), "-", ""))
		}
	}
	np.head, np.ok = strings.ReplaceAll(head, "-", ""), true
	return np
}

// fits reports whether the description of t holds head, given without
// a final ة (the gender tells them apart), as one of its heads, of a
// gender that agrees with g, and the other words anywhere; with first,
// as its first word (an Arabic word alone, القصير, is a surname unless it
// heads the description).
func (t *tie) fits(head string, others []string, g byte, first bool) bool {
	found := false
	for _, h := range t.heads {
		if h.w == head && (!first || h.first) && (g == anyGender || h.g == anyGender || h.g == g) {
			found = true
			break
		}
	}
	return found && holdsAll(t.words, others)
}

// tieLimit returns the position the speaker of c is resolved at: its
// opening, or, when its cue follows it, the end of the cue's clause
// ("…," the pit deputy, Ewan Grice, said: the tie after the quotation).
func (f *finder) tieLimit(c cand) int {
	if c.at <= c.close {
		return c.open
	}
	hi := min(len(f.text), c.at+300)
	for i := c.at; i < hi; i++ {
		if b := f.text[i]; b == '.' && !abbreviationBefore(f.text, i) || b == '\n' {
			return i
		}
	}
	return hi
}
