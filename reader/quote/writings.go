package quote

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// This file holds the rules for words that nobody the text names says:
// the words of a carrier of writing (a sign, a banner, a note, a wall, a
// post nobody signed) and of writers the text does not know, and the
// passive verbs (كُتب، عُلّقت) that put words on a thing without saying
// who wrote them.

// passiveVerb reports whether the Arabic word is a verb in the passive
// past, the way news prose vocalises it to tell it from the active: a
// damma on its first letter (كُتب، عُلّقت، أُصيب، نُشر), also after و or
// ف. A present verb's prefix (يُضيف، تُؤكد، نُعلن) carries a damma in the
// active too, so ي، ت and ن are left alone.
func passiveVerb(w string) bool {
	r, n := decode(w)
	if (r == 'و' || r == 'ف') && n < len(w) {
		w = w[n:]
		for {
			m, k := decode(w)
			if m < 0x064B || m > 0x0652 {
				break
			}
			w = w[k:] // a haraka on the conjunction: وَكُتب
		}
		r, n = decode(w)
	}
	if r < 0x0621 || r > 0x064A || r == 'ي' || r == 'ت' || r == 'ن' || n >= len(w) {
		return false
	}
	d, _ := decode(w[n:])
	return d == 'ُ' && letters(w) >= 3
}

// letters counts the Arabic letters of w, without its harakat.
func letters(w string) int {
	n := 0
	for _, r := range w {
		if r < 0x064B || r > 0x0652 {
			n++
		}
	}
	return n
}

// unsigned reports whether toks[lo:hi] says that a writing bears no
// signature (من دون توقيع، بلا توقيع، غير موقّع، رسالة مجهولة): its words
// are nobody's, not those of the body named last.
func (f *finder) unsigned(toks []token, lo, hi int) bool {
	for n := lo + 1; n < hi; n++ {
		if toks[n].punct || toks[n-1].punct {
			continue
		}
		w := toks[n].s
		if f.in(unknownWriters, w) {
			return true
		}
		if f.in(signatures, w) && without.has(toks[n-1].f) {
			return true
		}
	}
	return false
}

var (
	// signatures are the words of a writing's signature: توقيع، موقّع.
	signatures = set("توقيع توقيعا موقع موقعة")
	// without are the words that deny what follows them: بلا توقيع.
	without = set("دون بدون بلا غير")
)

// writtenOnIt reports whether the Arabic clause before a colon says the
// words are written on a thing, by the participle (ورقة …، مكتوب عليها
// بخط اليد:), which names no writer.
func writtenOnIt(before []token) bool {
	for n := len(before) - 2; n >= 0 && n >= len(before)-clause; n-- {
		t := before[n]
		if t.punct && t.s != ":" {
			return false
		}
		if w := trimConjunctions(t.f); (w == "مكتوب" || w == "مكتوبة") && n+1 < len(before) && onIt.has(before[n+1].f) {
			return true
		}
	}
	return false
}

// onIt are the Arabic prepositions with the pronoun of a thing written
// on: عليها، فيه.
var onIt = set("عليها عليه فيها فيه")

// carried reports whether the words just before a quotation say it is
// the text a thing carries, not anyone's speech: a carrier of writing and
// a participle of its words (signs reading “…”, a banner saying “…”), or
// a verb of showing and "the words" (a mural shows the words “…”); in
// Arabic the carrier right before the marks (تحت شعار «…»). Such
// a quotation is one with no speaker, whatever cue follows it.
func (f *finder) carried(before []token) bool {
	n := len(before) - 1
	if n < 0 || before[n].punct {
		return false
	}
	if isArabic(before[n].s) {
		return inscriptions.has(before[n].f) // تحت شعار «…»، لافتة «…»: the words the thing bears
	}
	if n < 1 {
		return false
	}
	w := lower(before[n].s)
	switch {
	case graffitiVerbs.has(w):
		return true // Someone had scrawled “…” across the hoarding
	case carrierVerbs.has(w):
		for k := n - 1; k >= 0 && k >= n-4 && !before[k].punct; k-- {
			if inscriptions.has(lower(before[k].s)) {
				return true
			}
		}
	case w == "words" && englishDeterminers.has(lower(before[n-1].s)):
		for k := n - 2; k >= 0 && k >= n-7 && !before[k].punct; k-- {
			if showVerbs.has(lower(before[k].s)) {
				return true
			}
		}
	}
	return false
}

// carrier reports whether a speaker a cue resolved to is a thing that
// carries writing, headed by a noun of inscriptions: "A leaflet" pushed
// under doors warned, "the banner" read, ورقة صغيرة تقول. Its words are
// nobody's, whichever path found it. An English phrase is headed by its
// last word after an indefinite determiner, an Arabic one by its first.
func (f *finder) carrier(name string) bool {
	if isArabic(name) {
		w, _, _ := strings.Cut(name, " ")
		f.buf = fold(f.buf, w)
		return inscriptions.hasBytes(f.buf) || len(f.buf) > 2 && f.buf[0] == 0xD9 && f.buf[1] == 0x88 && inscriptions.hasBytes(f.buf[2:])
	}
	first, _, ok := strings.Cut(name, " ")
	if !ok || !unnamedDeterminers.has(lower(first)) {
		return false // the board: a body, or a thing named before
	}
	// The noun the phrase ends with, before a preposition and what it
	// governs: A post on a local forum.
	words := strings.Fields(name)[1:]
	head := words[len(words)-1]
	for n, w := range words {
		if n > 0 && (englishTiePrepositions.has(lower(w)) || npPrepositions.has(lower(w))) {
			head = words[n-1]
			break
		}
		if anonymous.has(lower(w)) && n+1 < len(words) && inscriptions.has(lower(words[n+1])) {
			return true // An anonymous post: whoever wrote it, nobody the text names
		}
	}
	return inscriptions.has(head)
}

var (
	// graffitiVerbs put words on a wall or a board: scrawled “…”.
	graffitiVerbs = set("scrawled sprayed spray-painted daubed chalked graffitied")
	// carrierVerbs give the words a carrier bears: signs reading “…”.
	carrierVerbs = set("reading saying bearing proclaiming")
	// showVerbs show "the words" of a thing: a mural shows the words.
	showVerbs = set("shows showed show bears bore bear carries carried displays displayed reads read bearing with painted printed")
)

// elliptical reports whether the sentence before a quotation opens with a
// word that stands for the noun of the thing before it (One note reads:
// “…” Another, in pencil, says: “…”; the second reads): "another", "the
// other", "a second" with no noun after it. Its words are as much
// nobody's as the first thing's.
func elliptical(before []token) bool {
	n := 0
	for n < len(before) && before[n].punct {
		n++
	}
	if n+1 >= len(before) {
		return false
	}
	w := lower(before[n].s)
	if englishDeterminers.has(w) && n+2 < len(before) && ordinals.has(lower(before[n+1].s)) {
		n++ // the second, a third
	} else if !others.has(w) {
		return false
	}
	next := before[n+1]
	if strings.HasSuffix(next.s, "ly") && n+2 < len(before) {
		next = before[n+2] // another simply said
	}
	return next.punct || placeBefore.has(lower(next.s)) || englishCues[lower(next.s)] != notCue
}

var (
	others   = set("another others")
	ordinals = set("other second third fourth last next")
)

// bareGroup reports whether an English word is a plural noun for people
// that can open a sentence as its subject without a determiner
// (supporters, residents, drivers): lower case, in -s, and no word of
// function nor a verb in -ed.
func bareGroup(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "s") || englishFunction.has(w) || neverEnglish.has(w) {
		return false
	}
	return englishCues[w] == notCue
}

// groupOnCarrier reports whether toks[j] is an indefinite plural for
// people (ناشطون، شبان، طلاب) that writes on a carrier of writing named
// right after it (على جدار البلدية، على لافتة): graffiti and banners by a
// group the text names by no one are nobody's words.
func (f *finder) groupOnCarrier(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j].punct || strings.HasPrefix(toks[j].s, "ال") || f.isKnown(toks[j].s) {
		return false
	}
	f.buf = append(f.buf[:0], toks[j].f...)
	b := string(f.buf)
	if !strings.HasSuffix(b, "ون") && !strings.HasSuffix(b, "ين") && !strings.HasSuffix(b, "ات") || utf8.RuneCountInString(b) < 5 {
		return false
	}
	for n := j + 1; n < len(toks) && n <= j+3 && !toks[n].punct; n++ {
		if (toks[n].s == "على" || toks[n].s == "في") && n+1 < len(toks) && inscriptions.has(toks[n+1].f) {
			return true
		}
	}
	return false
}

// boardThings are the words before "board" that make it a thing that
// carries words (the notice board), not a body (the school board).
var boardThings = set("notice chalk white black message sandwich timetable departures departure bulletin score")

// boardBody reports whether the board at words[n] is a body (the
// education board, the planning board) rather than a board that carries
// words (a chalk board, the notice board, a painted board): "the" and a
// noun in lower case before it that is no carrier nor a participle or
// an adjective of material, or "the board" alone.
func boardBody(words []token, n int) bool {
	if lower(words[n].s) == "board" && n == 1 && lower(words[0].s) == "the" {
		return true // the board said: a sign is named first as one (a board by the gate reads)
	}
	if lower(words[n].s) != "board" || n < 2 || lower(words[n-2].s) != "the" {
		return false
	}
	m := words[n-1].s
	if m == "" || m[0] < 'a' || m[0] > 'z' || inscriptions.has(m) || englishFunction.has(m) || boardThings.has(m) {
		return false
	}
	return !strings.HasSuffix(m, "ed") && !strings.HasSuffix(m, "en")
}

// lowerBodyEnd returns the index after a body's noun written in lower
// case within two words after a capitalised place at toks[k-1] (Ashford
// city council, Calloway county board), or k when none follows: the
// words between are no cue, function word or preposition.
func lowerBodyEnd(toks []token, k int) int {
	for e := k; e < len(toks) && e < k+2; e++ {
		w := toks[e].s
		if toks[e].punct || upper(w) || englishFunction.has(w) || placeBefore.has(w) || englishDeterminers.has(w) || englishCues[w] != notCue {
			return k
		}
		if englishBodies.has(w) {
			return e + 1
		}
	}
	return k
}

// writingSays returns the writer of the words a writing says inside a
// quotation (“My father kept the letter the council sent him. It says,
// ‘…’”; the reply said, ‘…’; تقول الرسالة: "…"): the subject of the cue
// before[cb] is the writing, or "it" after one. The writer is the one the
// quotation names as sending it (the letter the council sent, a letter
// from the council, الرسالة التي أرسلتها البلدية) or, for a reply, the
// one written to (I wrote to the manager); nobody when it names none,
// never the writing nor the one who kept it. ok is false when the
// subject is no writing.
func (f *finder) writingSays(lo, hi int, before []token, cb int) (string, bool) {
	arabic := isArabic(before[cb].s)
	pronoun := arabic && cb > 0 && heShe.has(before[cb-1].f)
	switch {
	case arabic && cb+1 < len(before) && f.writing(before[cb+1].s):
	case pronoun: // بالرسالة …، وهي تقول
	case arabic && cb > 0 && f.writtenBefore(before, cb): // برسالة من البلدية تقول
	case !arabic && cb > 0 && lower(before[cb-1].s) == "it":
	case !arabic && cb > 1 && writings.has(lower(before[cb-1].s)) && englishDeterminers.has(lower(before[cb-2].s)):
	default:
		return "", false
	}
	ts := f.gap(lo, hi)
	w := -1 // the writing, named last before the cue
	for n := range ts {
		if ts[n].off >= before[cb].off {
			break
		}
		if !ts[n].punct && (arabic && f.writing(ts[n].s) || !arabic && writings.has(lower(ts[n].s))) {
			w = n
		}
	}
	if w < 0 {
		return "", false // It said: a thing the quotation does not call a writing
	}
	for n := w + 1; pronoun && n < len(ts) && ts[n].off < before[cb].off; n++ {
		w := strings.TrimPrefix(strings.TrimPrefix(ts[n].s, "ل"), "ب")
		if !ts[n].punct && (f.kin(ts[n].s) || f.roleOf(ts[n]) || f.kin(w) || f.role(w)) {
			return "", false // أعطت الرسالة لجدتي، وهي تقول: she is the person after it
		}
	}
	if arabic {
		return f.arabicWriter(ts, w), true
	}
	name := englishWriter(f.text, ts, w)
	if full := f.orgNamedBefore(ts[w].off, name); full != "" {
		return full, true // the airport → Kestleigh Airport, named at the start
	}
	return name, true
}

// orgNamedBefore returns the name ending in the word of a description of
// a body ("the airport") that the text before at gives last, within a few
// pages: "Kestleigh Airport", even after a preposition, where no mention
// is recorded; "" when there is none.
func (f *finder) orgNamedBefore(at int, description string) string {
	text := f.text
	det, noun, ok := strings.Cut(description, " ")
	if !ok || !englishDeterminers.has(lower(det)) || strings.Contains(noun, " ") || noun == "" {
		return ""
	}
	word := strings.ToUpper(noun[:1]) + noun[1:]
	if !orgWords.has(word) {
		return ""
	}
	from := max(0, at-8*window)
	i := strings.LastIndex(text[from:at], " "+word)
	if i < 0 {
		return ""
	}
	i += from
	end := i + 1 + len(word)
	if end < len(text) && wordRune(rune(text[end])) {
		return "" // Airports
	}
	ts := f.tokenize(nil, max(from, i-60), i)
	k := len(ts)
	for k > 0 && nameWord(ts[k-1]) {
		k--
	}
	if k == len(ts) {
		return ""
	}
	return text[ts[k].off:end]
}

// englishWriter returns who sent the writing ts[w]: "the letter (that)
// the council sent", "a letter (they received) from the council", or for a reply the one
// "I wrote to"; nobody when ts names none.
func englishWriter(text string, ts []token, w int) string {
	m := w + 1
	if m < len(ts) && (lower(ts[m].s) == "that" || lower(ts[m].s) == "which") {
		m++
	}
	for n := m; n < len(ts) && n < m+clause && !ts[n].punct; n++ {
		if lower(ts[n].s) == "from" {
			// the letter they received in May from their insurer,
			// Harbour Mutual: the name in apposition, if one follows.
			p := writerPhrase(text, ts, n+1)
			e := n + 1
			for e < len(ts) && !ts[e].punct && ts[e].off < ts[n+1].off+len(p) {
				e++
			}
			if p != nobody && e+1 < len(ts) && ts[e].s == "," && nameWord(ts[e+1]) {
				k := e + 1
				for k < len(ts) && nameWord(ts[k]) {
					k++
				}
				return span(text, ts[e+1:k])
			}
			return p
		}
	}
	for v := m + 1; v < len(ts) && v <= m+4 && !ts[v].punct; v++ {
		if sendVerbs.has(lower(ts[v].s)) {
			return span(text, ts[m:v]) // the letter the council sent him
		}
	}
	if reply := lower(ts[w].s); reply == "reply" || reply == "response" || reply == "answer" {
		for n := w - 1; n > 0; n-- {
			if p := lower(ts[n-1].s); lower(ts[n].s) == "to" && (p == "wrote" || p == "written" || p == "complained") {
				return writerPhrase(text, ts, n+1) // I wrote to the manager
			}
			if v := lower(ts[n].s); v == "emailed" || v == "contacted" {
				return writerPhrase(text, ts, n+1)
			}
		}
	}
	return nobody
}

// writerPhrase returns the noun phrase at ts[m]: a determiner and two
// words, or more of a name, to punctuation, a preposition, an adverb or a
// number; nobody when there is none.
func writerPhrase(text string, ts []token, m int) string {
	e := m
	if e < len(ts) && englishDeterminers.has(lower(ts[e].s)) {
		e++
	}
	for s := e; e < len(ts) && e < s+4 && !ts[e].punct && (e < s+2 || nameWord(ts[e])); e++ {
		if w := lower(ts[e].s); neverEnglish.has(w) || englishSkip.has(w) || sendVerbs.has(w) || quantifiers.has(w) || hasDigit(w) {
			break // the manager in March, the landlord twice, the manager four times
		}
	}
	if e == m || englishDeterminers.has(lower(ts[e-1].s)) {
		return nobody
	}
	return span(text, ts[m:e])
}

// arabicWriter returns who sent the writing ts[w]: the one sender reads
// after it (الرسالة التي أرسلتها البلدية), else the one it came from
// (رسالة من البلدية، الرسالة التي تلقاها الأهالي من البلدية), or for a
// reply the one written to (كتبت إلى المدير); nobody when ts names none,
// never the one who received it.
func (f *finder) arabicWriter(ts []token, w int) string {
	if name := f.sender(ts, w+1, len(ts)); name != "" {
		return name // الرسالة التي أرسلتها البلدية
	}
	m := w + 1
	if m+1 < len(ts) && (ts[m].s == "التي" || ts[m].s == "الذي") && !ts[m+1].punct {
		// التي تلقاها الأهالي من البلدية: after the verb and its
		// subject, من and the sender.
		m += 2
		for m+1 < len(ts) && m < w+6 && !ts[m].punct && ts[m].s != "من" {
			m++
		}
	}
	if m+1 < len(ts) && ts[m].s == "من" && !ts[m+1].punct && isArabic(ts[m+1].s) {
		if name, _ := f.arabicMention(f.text, ts, m+1); name != "" && !f.never(name) {
			return name // رسالة من البلدية
		}
	}
	for n := w - 1; n > 0; n-- {
		if ts[n].s == "إلى" || ts[n].s == "الى" {
			if f.buf = append(f.buf[:0], ts[n-1].f...); bytes.Contains(f.buf, []byte("كتب")) && n+1 < len(ts) && isArabic(ts[n+1].s) {
				if name, _ := f.arabicMention(f.text, ts, n+1); name != "" && !f.never(name) {
					return name
				}
			}
		}
	}
	return nobody
}

// telegrams are the Arabic nouns for a message sent that the list of
// statements lacks: برقية (a telegram of congratulation).
var telegrams = set("برقية البرقية")

// sender returns the writer that the words after an Arabic writing name,
// in toks[n:e] (رسالة نصية أرسلها قرطاس؛ الرسالة التي أرسلتها البلدية؛
// رسالة بعث بها رئيس قسم الصيانة، المهندس طارق العلي؛ رسالة داخلية قدمها
// محامي العمال، موقعة من مدير الإنتاج): the one who signed it, else the
// one after a verb of writing or sending it in the relative clause (not
// نشرتها الوزارة: who publishes a letter did not write it, nor تلقاها who
// received it); "" when none.
func (f *finder) sender(toks []token, n, e int) string {
	at := -1
	for k := n; k+2 < e && k < n+8; k++ {
		if t := toks[k]; t.f == "موقعة" || t.f == "الموقعة" || t.f == "بتوقيع" {
			if toks[k+1].s == "من" {
				at = k + 2
			} else {
				at = k + 1
			}
			break
		}
	}
	for k := n; at < 0 && k+1 < e && k < n+3; k++ {
		t := toks[k]
		if t.punct || !isArabic(t.s) {
			break
		}
		w := strings.TrimPrefix(t.f, "و")
		if !writingVerb(w) {
			continue
		}
		at = k + 1 // أرسلها قرطاس، كتبها
		if toks[at].f == "بها" || toks[at].f == "به" {
			at++ // بعث بها
		}
	}
	if at < 0 || at >= e || toks[at].punct || !isArabic(toks[at].s) {
		return ""
	}
	name, _ := f.arabicMention(f.text, toks, at)
	if f.never(name) {
		return ""
	}
	return name
}

// writingVerb reports whether the folded Arabic word is a verb of
// writing or sending a writing, in the past (أرسلها، بعث، كتبها، وجّهها).
func writingVerb(w string) bool {
	for _, stem := range [...]string{"ارسل", "بعث", "كتب", "وجه"} {
		if strings.HasPrefix(w, stem) && len(w) <= len(stem)+len("تها") {
			return true
		}
	}
	return false
}

// writing reports whether an Arabic word is one of writings, also after
// the prepositions ب and ل (بالرسالة، برسالة، للرد).
func (f *finder) writing(w string) bool {
	f.buf = fold(f.buf, w)
	b := string(f.buf)
	if strings.HasPrefix(b, "بال") || strings.HasPrefix(b, "لل") {
		b = b[2:]
	} else if strings.HasPrefix(b, "ب") && writings.has(b[2:]) {
		return true // برسالة
	}
	return writings.has(b)
}

// writtenBefore reports whether a writing ends the phrase right before
// the Arabic cue before[cb], with its sender (برسالة من البلدية تقول):
// the cue describes it.
func (f *finder) writtenBefore(before []token, cb int) bool {
	for n := cb - 1; n >= 0 && n >= cb-4 && !before[n].punct; n-- {
		if f.writing(before[n].s) {
			return true
		}
	}
	return false
}

var (
	// writings are the things written to someone that a quotation says
	// "say": a letter, a reply (رسالة، رد), and a card or a label that
	// says what a thing is.
	writings = set("letter reply response answer email message note notice card label",
		"رسالة الرسالة رسالتهم رسالتها رسالته الرد رد ردهم ردها رده الجواب الخطاب")
	// sendVerbs give a writing its sender: the letter the council sent.
	sendVerbs = set("sent wrote posted mailed issued gave signed")
)
