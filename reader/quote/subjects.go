package quote

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// in reports whether the Arabic word w, folded, is in the word set m.
func (f *finder) in(m map[string]bool, w string) bool {
	f.buf = fold(f.buf, w)
	return m[string(f.buf)]
}

// arStop reports whether w ends an Arabic noun phrase.
func (f *finder) arStop(t token) bool {
	if t.punct {
		return true
	}
	if !isArabic(t.s) {
		return false
	}
	if f.in(arabicStops, t.s) || f.cueOf(t.s) != notCue {
		return true
	}
	// للصحفيين، لوكالة: an indirect object with the preposition ل.
	return strings.HasPrefix(t.s, "لل") || strings.HasPrefix(t.s, "لـ")
}

// hasDigit reports whether a word holds a digit (an age, a date).
func hasDigit(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// arabicSubject returns the subject of the Arabic cue toks[i] as the text
// names it, or "" when the verb has none of its own (وأضاف:، وقال '…'):
// Arabic drops a pronoun subject, so such a cue refers back.
//
// The subject follows the verb. Where a description and a name stand in
// apposition between commas (وزير الخارجية الروسي، سيرغي لافروف، إن) the
// name is the speaker; where a title runs into the name without commas
// (المعلم المشرف كريم عواد) the last two words are.
func (f *finder) arabicSubject(text string, toks []token, i int) string {
	kind := f.cueOf(toks[i].s)
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
	for j < len(toks) && !toks[j].punct && f.in(arabicIndirect, toks[j].s) {
		j++
	}
	k := j
	for k < len(toks) && k-j < 6 && isArabic(toks[k].s) && !f.arStop(toks[k]) {
		k++
	}
	np := toks[j:k]
	if len(np) == 0 {
		return ""
	}
	if k < len(toks) && (toks[k].s == "،" || toks[k].s == ",") {
		m := k + 1
		for m < len(toks) && m-k <= 4 && isArabic(toks[m].s) && !f.arStop(toks[m]) {
			m++
		}
		app := toks[k+1 : m]
		closed := m == len(toks) || toks[m].punct || f.arStop(toks[m])
		digits := false // an age or a date in commas (حداد، 14 عامًا،) is no name
		for _, t := range app {
			digits = digits || hasDigit(t.s)
		}
		if len(app) > 0 && len(app) <= 3 && closed && !digits && (len(np) >= 2 || f.role(np[0].s)) {
			if len(app) >= 2 && f.role(app[0].s) {
				app = app[1:] // العقيد سامر خليل
			}
			return span(text, app)
		}
	}
	if len(np) == 2 && f.role(np[0].s) && strings.HasPrefix(np[0].s, "ال") && !strings.HasPrefix(np[1].s, "ال") {
		return np[1].s // الطالبة ريم
	}
	// "on behalf of" makes the title a description, not the head of a
	// name: المتحدث باسم الجيش is the speaker, not باسم الجيش.
	onBehalf := len(np) >= 2 && (np[1].s == "باسم" || np[1].s == "بإسم")
	if len(np) >= 3 && f.role(np[0].s) && !onBehalf {
		return span(text, f.lastName(np))
	}
	return span(text, np[:min(len(np), 4)])
}

// role reports whether the Arabic word is a title or a profession.
func (f *finder) role(w string) bool {
	f.buf = fold(f.buf, w)
	return roleWord(string(f.buf))
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
		return arabicRoles[string(b[len(al):])]
	}
	for _, suffix := range possessives {
		stem, ok := bytes.CutSuffix(b, suffix)
		if !ok || len(stem) <= 2 {
			continue
		}
		// زوجته: the ة of زوجة is written ت before a suffix.
		if st, ok := bytes.CutSuffix(stem, taa); ok {
			f.word = append(append(f.word[:0], st...), taMarbuta...)
			if arabicRoles[string(f.word)] {
				return true
			}
		}
		return arabicRoles[string(stem)]
	}
	return false
}

var (
	al          = []byte("ال")
	taa         = []byte("ت")
	taMarbuta   = []byte("ة")
	possessives = [][]byte{[]byte("ها"), []byte("هم"), []byte("ه")}
)

// lastName returns the last name of two parts at the end of np, keeping
// the joiners of Arabic names together (عبد الرحيم القصير).
func (f *finder) lastName(np []token) []token {
	start := len(np) - 1
	parts := 0
	for start > 0 {
		if f.in(arabicJoiners, np[start-1].s) {
			start--
			continue
		}
		parts++
		if parts == 2 {
			break
		}
		start--
	}
	if f.role(np[start].s) {
		start++
	}
	return np[start:]
}

// roleName returns the name after an Arabic title word at toks[i]
// (المعلمة رشا يوسف → رشا يوسف), or "".
func (f *finder) roleName(text string, toks []token, i int) string {
	j := i + 1
	for j < len(toks) && j-i <= 2 && !f.arStop(toks[j]) && isArabic(toks[j].s) && f.role(toks[j].s) {
		j++
	}
	k, parts := j, 0
	for k < len(toks) && parts < 2 && isArabic(toks[k].s) && !f.arStop(toks[k]) && !f.role(toks[k].s) {
		if !f.in(arabicJoiners, toks[k].s) {
			parts++
		}
		k++
	}
	// A title followed by a description (رئيس البلدية) names nobody: a
	// name's first part never carries the article.
	if k == j || strings.HasPrefix(toks[j].s, "ال") || strings.HasPrefix(toks[j].s, "إل") {
		return ""
	}
	return span(text, toks[j:k])
}

// englishSubject returns the speaker that the English cue toks[i] names:
// its subject before it ("Malcolm Dray said", "a bus driver said"), the
// source after "according to", or the name after an inverted cue ("said
// Ines Calder"). It returns "" for a pronoun or when there is nothing.
func (f *finder) englishSubject(text string, toks []token, i int) string {
	if f.cueOf(toks[i].s) == sourceCue {
		if i+1 < len(toks) && lower(toks[i+1].s) == "to" {
			return englishPhrase(text, toks[i+2:])
		}
		return ""
	}
	j := i - 1
	for j >= 0 && !toks[j].punct && englishSkip[lower(toks[j].s)] {
		j--
	}
	if j >= 0 && englishPronouns[lower(toks[j].s)] {
		return ""
	}
	// The clause before the cue, back to punctuation.
	b := j
	for b >= 0 && j-b < clause && !toks[b].punct && lower(toks[b].s) != "that" {
		b--
	}
	words := toks[b+1 : j+1]
	if run := capRun(toks[:j+1], b+1); run != nil {
		return span(text, run)
	}
	if len(words) == 0 {
		// An appositive ends at the cue: "Anna Moretti, who runs the
		// café, said", "Ines Calder, 58, said". Look a few clauses back.
		for c, e := 0, b; c < 3 && e > 0; c++ {
			s := e - 1
			for s >= 0 && e-s < clause && !toks[s].punct {
				s--
			}
			if run := capRun(toks[:e], s+1); run != nil {
				return span(text, run)
			}
			e = s
		}
		if i == 0 || toks[i-1].punct {
			return englishPhrase(text, toks[i+1:])
		}
		return ""
	}
	return description(text, words)
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
	if k == 0 || englishPronouns[lower(ts[0].s)] {
		return ""
	}
	if run := capRun(ts[:k], 0); run != nil {
		return span(text, run)
	}
	// A description with the name in apposition: "said the fire chief,
	// Omar Haddad." The name is the speaker.
	if k+1 < len(ts) && ts[k].s == "," {
		e := k + 1
		for e < len(ts) && e-k <= 4 && nameWord(ts[e]) {
			e++
		}
		if e > k+1 && (e == len(ts) || ts[e].punct) {
			return span(text, ts[k+1:e])
		}
	}
	return description(text, ts[:k])
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
		if conjunctions[lower(words[n].s)] {
			if n+1 < len(words) {
				words = words[n+1:]
			} else {
				words, cut = words[:n], true
			}
			break
		}
	}
	if len(words) == 0 {
		return ""
	}
	if !cut && len(words) <= 3 {
		return span(text, words)
	}
	if englishDeterminers[lower(words[0].s)] && len(words) >= 2 {
		return span(text, words[:2])
	}
	return ""
}

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
		if start-2 >= from && englishParticles[p.s] && nameWord(ts[start-2]) {
			start -= 2
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
	if t.punct || !upper(t.s) || englishFunction[t.s] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.s)
	return r < 0x0590
}

// possessive reports whether a word ends in ’s or 's.
func possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}
