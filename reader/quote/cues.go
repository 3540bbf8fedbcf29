package quote

import (
	"bytes"
	"strings"
)

// cueKind says how a reporting cue relates to its speaker.
type cueKind uint8

const (
	notCue cueKind = iota
	// verbCue is a finite reporting verb (قال، تقول، said, told): the
	// speaker is its subject.
	verbCue
	// participleCue is an Arabic circumstantial participle (مضيفا،
	// مؤكدة، قائلا): it never has a subject of its own and always refers
	// back to the speaker of its sentence.
	participleCue
	// sourceCue introduces a source after it (بحسب، وفق، according to):
	// the speaker is the noun phrase that follows.
	sourceCue
	// statementCue introduces the words of a statement or a writing
	// (وجاء في بيان النقابة، ورد في الرسالة، جاء فيها): the speaker is the
	// body that issued it, or nobody for a thing.
	statementCue
	// reportCue is the Arabic verbal noun of a reported saying (نقلت
	// الوكالة عن مصدر مطلع قوله): the speaker follows عن before it.
	reportCue
)

// arabicStems lists the reporting verbs of Arabic news prose as stems; each
// is expanded below into its past and present forms, masculine and
// feminine, because news text uses all of them (قال/قالت/يقول/تقول).
// Written without hamza on alef and without harakat: cue matching folds
// both away first.
var arabicStems = []struct{ past, present, participle string }{
	{"قال", "قول", "قائل"},
	{"اضاف", "ضيف", "مضيف"},
	{"اكد", "ؤكد", "مؤكد"},
	{"تابع", "تابع", "متابع"},
	{"اعلن", "علن", "معلن"},
	{"اعتبر", "عتبر", "معتبر"},
	{"صرح", "صرح", "مصرح"},
	{"ذكر", "ذكر", ""},
	{"اوضح", "وضح", "موضح"},
	{"اشار", "شير", "مشير"},
	{"نفى", "نفي", "نافي"},
	{"تساءل", "تساءل", "متسائل"},
	{"افاد", "فيد", ""},
	{"شدد", "شدد", "مشدد"},
	{"لفت", "لفت", "لافت"},
	{"", "رد", ""}, // the past رد hides in ورد ("is mentioned")
	{"اجاب", "جيب", "مجيب"},
	{"علق", "علق", "معلق"},
	{"اردف", "ردف", "مردف"},
	{"استطرد", "ستطرد", "مستطرد"},
	{"حذر", "حذر", "محذر"},
	{"زعم", "زعم", ""},
	{"اعترف", "عترف", "معترف"},
	{"اقر", "قر", ""}, // acknowledged: وأقرت الوزيرة بأن المشروع "تعثر"; مقر is a headquarters
	{"ختم", "ختم", "مختتم"},
	{"اختتم", "ختتم", ""},
	{"ابلغ", "بلغ", ""},
	{"روى", "روي", ""},
	{"اصدر", "صدر", ""}, // a statement: أصدرت الإدارة بيانًا
	{"راى", "رى", ""},   // an opinion: ويرى المحلل فادي منصور أن
	{"همس", "همس", ""},
	{"كتب", "كتب", ""},        // wrote (a post, a letter): كتب الرئيس على حسابه: «…»
	{"تحدث", "تحدث", ""},      // spoke; the participle متحدث is the noun "spokesman"
	{"سال", "سال", "سائل"},    // asked: سألتني إحدى التلميذات
	{"غرد", "غرد", ""},        // tweeted
	{"حكى", "حكي", ""},        // told (a story)
	{"صاح", "صيح", "صائح"},    // shouted
	{"هتف", "هتف", ""},        // cried out; the participle هاتف is "a telephone"
	{"استدرك", "ستدرك", ""},   // went on with a but (مستدركًا is a word of manner)
	{"صرخ", "صرخ", "صارخ"},    // cried out
	{"اعرب", "عرب", "معرب"},   // expressed: أعرب عن أمله في أن «…»
	{"كشف", "كشف", "كاشف"},    // revealed: وكشف مصدر في الوزارة أن
	{"وصف", "وصف", "واصف"},    // described: ووصفت النقابة القرار بأنه «…»
	{"تعهد", "تعهد", "متعهد"}, // vowed: وتعهد بأن يحاسب «كل من قصّر»
	{"توعد", "توعد", ""},      // threatened: توعّد بملاحقة «كل من تورط»
	{"ردد", "ردد", "مردد"},    // repeated: وبقي الحارس يردد: «…»
	{"كرر", "كرر", "مكرر"},    // repeated
}

// firstPersonStem returns the stem an Arabic past verb takes before the
// endings of the first person and of the feminine plural (قلتُ، قلنا،
// قلن): a long ā in the middle is shortened (قال → قل، أشار → أشر، أجاب →
// أجب), a final ى is written ي (نفى → نفي، روى → روي), and a doubled
// verb writes both letters (ردّ → ردد). Folded, as the stems.
func firstPersonStem(past string) string {
	r := []rune(past)
	switch {
	case len(r) == 2:
		return past + string(r[1]) // رد → ردد
	case r[len(r)-1] == 'ى':
		return string(r[:len(r)-1]) + "ي"
	case past == "سال":
		return past // سأل: the alef carries a hamza, folded away (سألت، سألنا)
	case len(r) >= 3 && r[len(r)-2] == 'ا' && len(r) <= 4:
		return string(r[:len(r)-2]) + string(r[len(r)-1])
	}
	return past
}

// arabicSources introduce the source after them.
var arabicSources = []string{"بحسب", "حسب", "حسبما", "وفق", "وفقا", "طبقا", "نقلا"}

// englishCues is textacy's list of reporting verbs with their inflections,
// plus a few that news prose uses as often (recall, joke, whisper).
var englishCues = func() map[string]cueKind {
	m := map[string]cueKind{}
	irregular := map[string][]string{
		"say": {"say", "says", "said", "saying"}, "tell": {"tell", "tells", "told", "telling"},
		"write": {"write", "writes", "wrote", "writing"}, "think": {"think", "thinks", "thought"},
		"shout": {"shout", "shouts", "shouted", "shouting"}, "yell": {"yell", "yells", "yelled", "yelling"}, "quip": {"quip", "quips", "quipped"},
		"admit": {"admit", "admits", "admitted", "admitting"}, "testify": {"testify", "testifies", "testified"},
		"reply": {"reply", "replies", "replied", "replying"}, "deny": {"deny", "denies", "denied", "denying"},
		"worry": {"worry", "worries", "worried"}, "cry": {"cry", "cries", "cried"},
		"plead": {"plead", "pleads", "pleaded", "pled"}, "allege": {"allege", "alleges", "alleged"},
		"answer": {"answering"}, // "had one answer", "she answered" (a reply, see replyCues) are no cue of their own
	}
	for _, forms := range irregular {
		for _, f := range forms {
			m[f] = verbCue
		}
	}
	regular := []string{"acknowledge", "add", "agree", "announce", "argue", "ask", "assert",
		"believe", "blame", "call", "caution", "charge", "cite", "claim", "comment", "complain",
		"concede", "conclude", "confirm", "contend", "continue", "counter", "criticize", "declare",
		"describe", "disclose", "emphasize", "estimate", "exclaim", "explain", "insist", "joke",
		"maintain", "mention", "mutter", "note", "observe", "predict", "promise", "recall",
		"recount", "remark", "remind", "report", "respond", "stress", "suggest", "urge",
		"warn", "whisper", "wonder", "state", "point", "laugh", "sigh", "snap", "scoff", "shrug",
		"chant", "yell", "post", "tweet", "repeat", "scream"}
	for _, v := range regular {
		m[v] = verbCue
		m[v+"s"] = verbCue
		stem := strings.TrimSuffix(v, "e")
		m[stem+"ed"] = verbCue
		m[stem+"ing"] = verbCue
	}
	m["snapped"], m["shrugged"], m["issued"] = verbCue, verbCue, verbCue
	m["read"], m["reads"] = verbCue, verbCue // a sign reads: what a thing says
	m["according"] = sourceCue
	return m
}()

// arabicCues maps a folded Arabic word (no و/ف prefix, no hamza on alef, no
// harakat) to its kind.
var arabicCues = func() map[string]cueKind {
	m := map[string]cueKind{}
	for _, s := range arabicStems {
		if s.past != "" {
			m[s.past] = verbCue
			// She: قالت; a final ى drops before it (نفى → نفت، حكى → حكت).
			m[strings.TrimSuffix(s.past, "ى")+"ت"] = verbCue
		}
		if s.present != "" {
			// he, she, I, we: يقول، تقول، أقول، نقول; they: يقولون.
			for _, p := range []string{"ي", "ت", "ا", "ن"} {
				m[p+s.present] = verbCue
			}
			m["ي"+s.present+"ون"] = verbCue
			if d := strings.TrimRight(s.present, "ىي"); d != s.present {
				// A final ى or ي drops before ون: يرون، يروون، ينفون.
				m["ي"+d+"ون"] = verbCue
			}
			m["ي"+s.present+"ن"] = verbCue // they (women): يسألن، يكتبن
		}
		if s.past != "" && s.past != "تابع" {
			m[strings.TrimSuffix(s.past, "ى")+"وا"] = verbCue // قالوا، كتبوا، نفوا
			// I, we, they (women): قلت، قلنا، قلن; أكدت، أكدنا.
			first := firstPersonStem(s.past)
			for _, end := range []string{"ت", "نا", "ن"} {
				m[first+end] = verbCue
			}
		}
		if s.participle != "" {
			for _, end := range []string{"", "ا", "ه", "ة"} {
				m[s.participle+end] = participleCue
			}
		}
	}
	for _, s := range arabicSources {
		m[s] = sourceCue
	}
	// نقلت الوكالة عن مصدر مطلع قوله: the speaker is the one after عن.
	for _, s := range []string{"قوله", "قولها", "قولهم", "تصريحه", "تصريحها"} {
		m[s] = reportCue
	}
	// ردّ has no past in the table (ورد is "is mentioned"); its first
	// person is unambiguous.
	m["رددت"], m["رددنا"] = verbCue, verbCue
	// فردّت، فردّوا: with ف the past of ردّ is no ورد; فرد alone is "an
	// individual".
	m["فردت"], m["فردوا"] = verbCue, verbCue
	// دعا (called for) ends in an alef the table's stems do not conjugate:
	// دعت، دعوا، يدعو، دعوت. Its participle داعية is also "a preacher".
	for _, w := range []string{"دعا", "دعت", "دعوا", "يدعو", "تدعو", "ندعو", "ادعو", "يدعون", "دعوت", "دعونا"} {
		m[w] = verbCue
	}
	// ردّت without و or ف is "she replied" too; وردت stays "was mentioned".
	m["ردت"] = verbCue
	m["جاء"], m["ورد"], m["وردت"] = statementCue, statementCue, statementCue
	return m
}()

// thatAfter reports whether بأن opens a clause after the verb ts[n] and
// its subject, before any punctuation.
func (f *finder) thatAfter(ts []token, n int) bool {
	for k := n + 1; k < len(ts) && k <= n+6 && !ts[k].punct; k++ {
		if strings.HasPrefix(ts[k].s, "ب") && complementisers.has(ts[k].f) {
			return true
		}
	}
	return false
}

// acknowledged are the forms of أقرّ, a cue only before ب (أقرّ بأن،
// تقرّ بوجود), folded.
var acknowledged = set("اقر اقرت اقروا اقررت اقررنا يقر تقر نقر يقرون")

// arabicFirstPerson are the forms of the cue verbs that can only be "I"
// or "we" (قلت، قلنا، أضفنا، أقول، نقول), folded and without و/ف: the past
// in ت only where the first person's stem differs from the past (قلت is
// not قالت; أكدت may be "she").
var arabicFirstPerson = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range arabicStems {
		if s.past != "" {
			first := firstPersonStem(s.past)
			m[first+"نا"] = true
			if first != s.past {
				m[first+"ت"] = true
			}
		}
		if s.present != "" {
			m["ا"+s.present], m["ن"+s.present] = true, true
		}
	}
	m["رددت"], m["رددنا"] = true, true
	return m
}()

// firstPerson reports whether the cue nearest the end of ts is the
// speaker's own "I said" or "we said": I told her, قلت له.
func (f *finder) firstPerson(ts []token) bool {
	for n := len(ts) - 1; n >= 0; n-- {
		t := ts[n]
		if t.punct {
			continue
		}
		if isArabic(t.s) {
			f.buf = append(f.buf[:0], t.f...)
			if arabicCue(f.buf) == notCue {
				continue
			}
			b := f.buf
			if len(b) > 4 && b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81) && !arabicFirstPerson[string(b)] {
				b = b[2:] // و، ف
			}
			return arabicFirstPerson[string(b)]
		}
		if f.cueOf(t.s) == verbCue {
			m := beforeAuxiliaries(ts, n-1) // I kept saying, we always said, I had to tell him
			if m >= 0 && lower(ts[m].s) == "and" {
				// I wrote to my manager and said: the subject that opens
				// the clause of the verb before "and".
				for m--; m > 0 && !ts[m-1].punct && n-m < clause; m-- {
				}
			}
			p := ""
			if m >= 0 {
				p = pronounOf(ts[m].s)
			}
			return p == "i" || p == "we"
		}
	}
	return false
}

// beforeAuxiliaries returns the index of the word before the adverbs
// and auxiliaries of the English verb whose words before it end at
// ts[j] (also, had, used to, wanted to): its subject, if any.
func beforeAuxiliaries(ts []token, j int) int {
	for j >= 0 && !ts[j].punct && (englishSkip.has(lower(ts[j].s)) || j > 0 && ts[j].s == "to" && habitual.has(lower(ts[j-1].s))) {
		if ts[j].s == "to" {
			j-- // Gil Hart used to tell us: a habit of the subject's
		}
		j--
	}
	return j
}

// fold writes the letters of an Arabic word to buf without harakat,
// tatweel and hamza on alef, so that أكد, اكّد and أكَّد look alike. It
// works on the UTF-8 bytes: every character it changes is two bytes long.
// Most words have nothing to fold: it looks for the first character to
// change first, and copies a word without one whole.
func fold(buf []byte, w string) []byte {
	for i := 0; i+1 < len(w); i++ {
		if c, d := w[i], w[i+1]; c|1 == 0xD9 && d&0xC0 == 0x80 { // D8 or D9, and a character of two bytes
			if foldArabic[(c&1)<<6|d&0x3F] {
				return foldFrom(buf, w)
			}
			i++ // d is no character's first byte
		}
	}
	return append(buf[:0], w...)
}

// foldFrom is fold for a word with a character to change: byte by byte,
// for the runs between harakat are short, and copying each with a call
// costs more.
func foldFrom(buf []byte, w string) []byte {
	buf = buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c|1 == 0xD9 && i+1 < len(w) && w[i+1]&0xC0 == 0x80 { // D8 or D9, and a character of two bytes
			d := w[i+1]
			if !foldArabic[(c&1)<<6|d&0x3F] { // the last byte of U+0600–U+067F
				buf = append(buf, c, d)
			} else if c == 0xD8 || d == 0xB1 {
				// U+064B–U+0652 harakat, U+0640 tatweel, U+0670 dagger
				// alef go; آ أ إ ٱ become ا.
				buf = append(buf, 0xD8, 0xA7)
			}
			i += 2
			continue
		}
		buf = append(buf, c)
		i++
	}
	return buf
}

// isArabic reports whether the word starts with an Arabic letter: a
// character of U+0600–U+06FF, whose UTF-8 is a byte of D8–DB and a
// continuation byte, read here without decoding (the rules ask it of
// every word, often several times).
func isArabic(w string) bool {
	return len(w) > 1 && w[0] >= 0xD8 && w[0] <= 0xDB && w[1]&0xC0 == 0x80
}

// isArabicRune reports whether r is in the Arabic block (which has no
// upper case).
func isArabicRune(r rune) bool { return r >= 0x0600 && r <= 0x06FF }

// cueOf returns the kind of reporting cue the word w is. Arabic words may
// carry the conjunctions و and ف (وقال، فقالت); English words are matched
// in lower case, so "Said" at the start of a sentence counts.
func (f *finder) cueOf(w string) cueKind {
	if w == "" || len(w) > 24 {
		return notCue
	}
	if isArabic(w) {
		f.buf = fold(f.buf, w)
		if k := f.wordClass(f.buf).cue; k != notCue || string(f.buf) != replied || !strings.Contains(w, shadda) {
			return k
		}
		return verbCue
	}
	f.buf = f.buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		f.buf = append(f.buf, c)
	}
	return englishCues[string(f.buf)]
}

// tokenCue is cueOf(t.s) for a token, whose folded form and class are
// worked out: it leaves f.buf as cueOf does.
func (f *finder) tokenCue(t token) cueKind {
	if w := t.s; w != "" && len(w) <= 24 && isArabic(w) {
		f.buf = append(f.buf[:0], t.f...)
		if k := f.classOf(t).cue; k != notCue || t.f != replied || !strings.Contains(w, shadda) {
			return k
		}
		return verbCue
	}
	return f.cueOf(t.s)
}

// arabicCue returns the kind of cue of a folded Arabic word, with or
// without the conjunction و or ف.
func arabicCue(b []byte) cueKind {
	if k := arabicCues[string(b)]; k != notCue {
		return k
	}
	if len(b) > 4 && b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81) { // و، ف
		if k := arabicCues[string(b[2:])]; k != notCue {
			return k
		}
	}
	// فأجابتهم، أخبرها، سألني: a verb with its object written onto it.
	if n := len(b); n > 8 && objectSuffixed(b) {
		for _, suffix := range objectSuffixes {
			if stem, ok := bytes.CutSuffix(b, suffix); ok && len(stem) > 4 {
				if k := arabicCues[string(stem)]; k == verbCue {
					return k
				}
				if stem[0] == 0xD9 && (stem[1] == 0x88 || stem[1] == 0x81) && arabicCues[string(stem[2:])] == verbCue {
					return verbCue
				}
			}
		}
	}
	return notCue
}

// replied is فردّ ("then he replied") folded: فرد, also "an individual";
// only the shadda, which folding drops, tells the verb from the noun.
const (
	replied = "فرد"
	shadda  = "\u0651"
)

// writtenIn are the pronouns of "it says": جاء فيها.
var writtenIn = set("فيه فيها")

// objectSuffixed reports whether the folded word b ends in ه، ها، هم or
// ني; it checks bytes only, for it runs on every word that is no cue.
func objectSuffixed(b []byte) bool {
	n := len(b)
	if b[n-2] != 0xD9 && b[n-2] != 0xD8 {
		return false
	}
	switch b[n-1] {
	case 0x87: // ه
		return b[n-2] == 0xD9
	case 0xA7, 0x85: // ها، هم
		return b[n-4] == 0xD9 && b[n-3] == 0x87
	case 0x8A: // ني
		return b[n-2] == 0xD9 && b[n-4] == 0xD9 && b[n-3] == 0x86
	}
	return false
}

// trimConjunctions returns w without the و and ف it opens with, as
// strings.TrimLeft(w, "وف") does, without decoding it.
func trimConjunctions(w string) string {
	for strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		w = w[len("و"):]
	}
	return w
}

// objectSuffixes are the object pronouns written onto a verb.
var objectSuffixes = [][]byte{[]byte("هم"), []byte("ها"), []byte("ه"), []byte("ني")}

// arabicCueIn returns the kind of the Arabic cue ts[n], folded in f.buf,
// in its context: a verb after a relative pronoun or a negation (الذي
// يتابع، عدم ذكر، دون أن يذكر) reports nothing, and جاء and ورد are cues
// only before في (جاء في البيان), not when something "came".
func (f *finder) arabicCueIn(ts []token, n int, kind cueKind) cueKind {
	if kind == notCue && ts[n].f != replied {
		return kind // (inline: the rules ask it of every word)
	}
	return f.arabicCueOf(ts, n, kind)
}

// follows reports whether the folded Arabic word is a form of تابع (went
// on, or followed), with or without و or ف.
func follows(folded string) bool {
	switch trimConjunctions(folded) {
	case "تابع", "تابعت", "يتابع", "تتابع", "نتابع", "اتابع":
		return true
	}
	return false
}

// arabicCueOf is arabicCueIn for a cue, or ردّ.
func (f *finder) arabicCueOf(ts []token, n int, kind cueKind) cueKind {
	if kind == notCue {
		if ts[n].f != replied || !strings.Contains(ts[n].s, shadda) {
			return kind
		}
		kind = verbCue
	}
	if kind == statementCue {
		if n+1 < len(ts) && (ts[n+1].s == "في" || writtenIn.has(ts[n+1].f)) {
			return kind
		}
		if f.isReply(ts[n].s) {
			return verbCue // وردّ على سؤال: و and the past ردّ, "he replied"
		}
		return notCue
	}
	if f.in(acknowledged, trimConjunctions(ts[n].s)) && !f.thatAfter(ts, n) {
		return notCue // أقرّ البرلمان الموازنة: passed, not acknowledged (أقرّت الوزيرة بأن)
	}
	if n+1 < len(ts) && strings.HasPrefix(ts[n+1].s, "ال") && follows(ts[n].f) && !f.roleOf(ts[n+1]) && !f.kin(ts[n+1].s) && !f.bodyHead(ts[n+1].s) && !f.isKnown(ts[n+1].s) {
		return notCue // كانت تتابع الجلسة، تابع المباراة: follows a thing, not "went on"
	}
	if hungUp(ts[n].f) {
		return notCue // ورقة علّقتها على باب المعهد: she hung it up, not a comment
	}
	if inscriptions.has(ts[n].f) && !tanween(ts[n].s) && (n+1 == len(ts) || ts[n+1].f != "الى") {
		return notCue // وتقول لافتة كبيرة: the banner, not لافتةً إلى (pointing out)
	}
	if kind == sourceCue && n > 0 && !ts[n-1].punct && isArabic(ts[n-1].s) && strings.HasPrefix(ts[n].f, "وفق") && (n+1 == len(ts) || ts[n+1].s != "ما") {
		return notCue // يعمل وفق التراخيص: in accordance with, not according to (، وفق مصادر; وفق ما قال)
	}
	if p := ts[max(n-1, 0)]; n > 0 && !p.punct && isArabic(p.s) {
		if notReporting.has(p.f) && !f.relativeReport(ts, n) {
			return notCue
		}
		f.buf = append(f.buf[:0], p.f...)
		// على لافتة، في ذكر: a participle or a verb after a preposition
		// is a noun (a banner, a mention), for a preposition governs a
		// noun and never a verb or a ḥāl.
		if prepositions.hasBytes(f.buf) {
			return notCue
		}
	}
	return kind
}

// hungUp reports whether the folded Arabic word is علّق with a pronoun
// of its object (علّقها، علّقتها، علّقوه): hung it up, where علّق with no
// object is "commented".
func hungUp(w string) bool {
	w = trimConjunctions(w)
	if !strings.HasPrefix(w, "علق") {
		return false
	}
	switch w[len("علق"):] {
	case "ها", "ه", "تها", "ته", "وها", "وه":
		return true
	}
	return false
}

// relativeReport reports whether the cue ts[n] after a relative pronoun
// reports indirect speech (الذي قال إن): the words are its antecedent's.
func (f *finder) relativeReport(ts []token, n int) bool {
	return relatives.has(ts[n-1].f) && n+1 < len(ts) && complementisers.has(ts[n+1].f)
}

// prepositions are the Arabic prepositions written as words of their own;
// what follows one is a noun.
var prepositions = set("على في من الى عن مع عند لدى حول خلال فوق تحت امام وراء بين نحو عبر منذ")

// notReporting are the words before a cue verb that make it no report:
// relative pronouns (also من, "who", before a verb: أول من رأى) and
// negations of a verbal noun.
var notReporting = set("الذي التي الذين اللذين اللتين اللواتي عدم دون ان من")

// relatives are the Arabic relative pronouns.
var relatives = set("الذي التي الذين")
