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
	off  int        // where the description starts
	desc [][]string // its words, each in the forms refWords gives
	head []bool     // which words can head it (its noun, an apposition)
	name string     // the name, without a title before it
}

// maxTies bounds the introductions kept: an article makes a few dozen.
const maxTies = 48

// tieShape limits how many words a description or a name of a tie
// spans.
const (
	tieWords  = 8
	nameWords = 3
)

// introduce records the ties of the tokens ts (a block's, outside the
// quotations cs) in f.ties.
func (f *finder) introduce(ts []token, cs []cand) {
	q := 0
	start := 0 // the first token of the current chunk (between punctuation and stops)
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		for q < len(cs) && cs[q].end <= t.off {
			q++
		}
		if q < len(cs) && cs[q].open <= t.off {
			start = i + 1
			continue // a quotation's words tie nobody
		}
		if t.punct {
			switch t.s {
			case ",", "،":
				f.commaTie(ts, start, i)
			case "(":
				f.parenTie(ts, start, i)
			case ":":
				if o := min(start, 1); (start == 0 || start == 1 && ts[0].punct) && f.descStart(ts, o, i) == o {
					// Rope-walk foreman: Silas Penhallow, in a list or a
					// heading: a description of more than a word (not a
					// speaker's label, الخطيب: أفهم), the name all after.
					e := i + 1
					for e < len(ts) && !ts[e].punct {
						e++
					}
					if n, ok := f.tieName(ts[i+1 : e]); ok && e-i > 1 && e == len(ts) && i-o > 1 {
						f.addTie(ts[o:i], n)
					}
				}
			}
			start = i + 1
			continue
		}
		if f.tieStop(t) {
			start = i + 1
			continue
		}
		if i > start {
			f.aliasTie(ts, start, i)
			f.closeTie(ts, start, i)
		}
	}
}

// tieStop reports whether a token ends the chunk a description lies in:
// a reporting verb, a complementiser, أما, an English cue.
func (f *finder) tieStop(t token) bool {
	if isArabic(t.s) {
		return t.c.cue != notCue || complementisers[t.f] || t.f == "اما" || t.f == "الذي" || t.f == "التي"
	}
	w := lower(t.s)
	return englishCues[w] != notCue || w == "and" || w == "who" || w == "that" || w == "which"
}

// commaTie records the tie around the comma ts[c] of the chunk that
// starts at ts[start]: D، NAME (the name closed by punctuation or a stop)
// or NAME، D.
func (f *finder) commaTie(ts []token, start, c int) {
	e := c + 1
	for e < len(ts) && e-c <= nameWords+2 && !ts[e].punct && !f.tieStop(ts[e]) {
		e++
	}
	if s := f.descStart(ts, start, c); s >= 0 {
		if n, ok := f.tieName(ts[c+1 : e]); ok {
			f.addTie(ts[s:c], n)
			return
		}
	}
	// NAME، D،: the description after the name runs to the next
	// punctuation or relative.
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
	if s := f.descStart(ts, c+1, d); s == c+1 || s == c+2 && englishDeterminers[lower(ts[c+1].s)] {
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
	w := ts[i].f
	if !isArabic(ts[i].s) {
		w = lower(ts[i].s)
	}
	nicknamed := w == "nicknamed" || w == "الملقب"
	if !nicknamed && w != "باسم" && w != "as" {
		return
	}
	if !nicknamed {
		known := false
		for k := i - 1; k >= 0 && k >= i-5 && !ts[k].punct; k-- {
			if l := lower(ts[k].f); l == "known" || strings.HasPrefix(l, "يعرف") || strings.HasPrefix(l, "يعرفه") || strings.HasPrefix(l, "تعرف") || l == "المعروف" || l == "المعروفة" {
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
		if isArabic(t.s) && f.never(t.s) || !isArabic(t.s) && !nameWord(t) {
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
func (f *finder) closeTie(ts []token, start, i int) {
	t, p := ts[i], ts[i-1]
	if isArabic(t.s) {
		if !articled(p.s) || articled(t.s) || !isArabic(p.s) {
			return
		}
		e := i
		for e < len(ts) && e-i < nameWords && !ts[e].punct && !f.tieStop(ts[e]) && isArabic(ts[e].s) {
			e++
		}
		if e-i == nameWords && !arabicJoiners[ts[i].f] {
			e-- // two words: a third is the sentence going on
		}
		if e < len(ts) && !ts[e].punct && !f.tieStop(ts[e]) {
			return // يقضي بسحب تراخيص: a clause goes on, no name ends it
		}
		for k := i + 1; k < e; k++ {
			if articled(ts[k].s) && !arabicJoiners[ts[k-1].f] {
				return // طرق الباب: a verb and its object, not a name
			}
		}
		n, ok := f.tieName(ts[i:e])
		if !ok || n != span(f.text, ts[i:e]) {
			return // a title after the article is the description going on
		}
		if s := f.descStart(ts, start, i); s >= 0 {
			f.addTie(ts[s:i], n)
		}
		return
	}
	if !nameWord(t) || i+1 >= len(ts) || !nameWord(ts[i+1]) {
		return
	}
	if !nameWord(p) {
		if w := lower(p.s); englishDeterminers[w] || englishTiePrepositions[w] || orgWords[ts[min(len(ts), i+len(nameRun(ts, i)))-1].s] {
			return // of the Veldt Raptor Centre: a place or a body
		}
		if s := f.descStart(ts, start, i); s >= 0 && !upper(ts[s].s) {
			f.addTie(ts[s:i], span(f.text, nameRun(ts, i)))
		}
		return
	}
	// A run of three or four capitalised words opening its chunk: the
	// last two are the name, the words before them a title.
	if i-1 != start {
		return
	}
	run := nameRun(ts, i-1)
	if len(run) < 3 || len(run) > 4 || i != start+1 {
		return
	}
	title := run[:len(run)-2]
	for _, w := range title {
		if englishFunction[w.s] || possessive(w.s) || orgWords[w.s] {
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
			if articled(a.s) && !articled(b.s) && !prepositions[b.f] && !prepositional(b.f) && !(s >= 2 && prepositions[ts[s-2].f]) {
				break // الاجتماع مدير: the noun before is another's
			}
			s--
		}
		first := ts[s]
		if f.never(first.s) || hasDigit(first.s) || f.bodyHead(strings.TrimPrefix(first.s, "و")) || arabicJoiners[first.f] || set1Ahad[first.f] {
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
			if prepositions[ts[k].f] || k == end-1 {
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
	if e < end && e-1 > start && englishTiePrepositions[lower(ts[e-1].s)] {
		end = e - 1 // tide warden at Saltmarsh Reach
	}
	s := end
	for s > start {
		t := ts[s-1]
		w := lower(t.s)
		if englishTiePrepositions[w] && s == end {
			break
		}
		if t.punct || possessive(t.s) || englishDeterminers[w] || hasDigit(w) || englishCues[w] != notCue {
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
		if w := lower(t.s); englishFunction[t.s] || englishPronouns[w] {
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
		if !f.givenName(ts[0].s) {
			return "", false
		}
		for _, t := range ts {
			if t.punct || !isArabic(t.s) || hasDigit(t.s) || f.never(t.s) || f.role(t.s) || f.bodyHead(t.s) || tanween(t.s) || withholds[t.f] {
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
		if s-1 >= start && arabicJoiners[ts[s-1].f] {
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
	if name == "" || len(d) == 0 {
		return
	}
	t := tie{off: d[0].off, name: f.name(name)}
	arabic := isArabic(d[0].s)
	headAt := len(d) - 1
	for n, w := range d {
		if !arabic && n > 0 && englishTiePrepositions[lower(w.s)] {
			headAt = min(headAt, n-1)
		}
	}
	for n, w := range d {
		forms := refWords(w.s)
		if !arabic && strings.Contains(w.s, "-") {
			forms = append(forms, strings.ReplaceAll(lower(w.s), "-", ""))
		}
		t.desc = append(t.desc, forms)
		head := n == headAt
		if arabic {
			// The first word; an adjective or an apposition with the
			// article after another; the second word after a first that
			// no list knows, which may be a verb before its subject
			// (وتقود عريفة الكشافة، وجلس الحطاب العجوز).
			head = n == 0 || articled(w.s) && articled(d[n-1].s) && (n < 2 || !prepositions[d[n-2].f]) ||
				n == 1 && !articled(d[0].s) && !f.role(strings.TrimPrefix(d[0].s, "و"))
		}
		t.head = append(t.head, head)
	}
	if len(f.ties) == maxTies {
		f.ties = append(f.ties[:0], f.ties[1:]...)
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
	if len(f.ties) == 0 || name == "" || strings.Count(name, " ") > 3 {
		return ""
	}
	ws := strings.Fields(name)
	var head string
	var others []string
	if isArabic(ws[0]) {
		if !slices.ContainsFunc(ws, articled) || f.bodyHead(ws[0]) || f.never(ws[0]) || f.in(set1Ahad, ws[0]) {
			return ""
		}
		head = refWord(ws[0])
		for _, w := range ws[1:] {
			others = append(others, refWord(w))
		}
		if g == anyGender {
			g = roleGender(head)
		}
	} else {
		if len(ws) < 2 || ws[0] != "the" && ws[0] != "The" {
			return ""
		}
		at := len(ws) - 1
		for n, w := range ws[1:] {
			if upper(w) || hasDigit(w) {
				return ""
			}
			if englishTiePrepositions[w] && at == len(ws)-1 {
				at = n
			}
		}
		head = lower(ws[at])
		if englishBodies[head] || englishEpithets[head] != 0 || personNouns[head] && at == 1 {
			return "" // the council; the man, the woman: epithets are another rule's
		}
		for n, w := range ws[1:] {
			if n+1 != at && !englishTiePrepositions[w] {
				others = append(others, strings.ReplaceAll(lower(w), "-", ""))
			}
		}
		head = strings.ReplaceAll(head, "-", "")
		g = anyGender
	}
	for k := len(f.ties) - 1; k >= 0; k-- {
		t := f.ties[k]
		if t.off >= f.tiedBefore || t.name == name {
			continue
		}
		if t.fits(head, others, g, len(ws) == 1 && isArabic(name)) {
			return t.name
		}
	}
	return ""
}

// fits reports whether the description of t holds head as one of its
// heads, of a gender that agrees with g (a final ة aside: the gender
// tells them apart), and the other
// words anywhere; with first, as its first word (an Arabic word alone,
// القصير, is a surname unless it heads the description).
func (t tie) fits(head string, others []string, g byte, first bool) bool {
	has := func(w string, heads bool) bool {
		for n, forms := range t.desc {
			if heads && (!t.head[n] || first && n > 0) {
				continue
			}
			for _, x := range forms {
				if !heads && x == w || heads && strings.TrimSuffix(x, "ة") == strings.TrimSuffix(w, "ة") && (g == anyGender || !isArabic(x) || roleGender(x) == g) {
					return true
				}
			}
		}
		return false
	}
	if !has(head, true) {
		return false
	}
	for _, w := range others {
		if !has(w, false) {
			return false
		}
	}
	return true
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
