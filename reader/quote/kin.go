package quote

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"
)

// This file reads the people an article names by kin: a kunya (أم عمر،
// أبو جاسم الحمود), a relation with a possessive (زوجته، ابنها، his
// daughter, the son of), and the relatives a speaker quotes in a nested
// quotation (قال لي أبي، my father told me).

// kunyaLength reports whether toks[i] has the length of the first word of
// a kunya, أم to وأبو with a hamza, and a word follows it: most words are
// longer (kunyaOf is asked only of the others, inline in mentionsIn).
func kunyaLength(toks []token, i int) bool {
	return i+1 < len(toks) && len(toks[i].s) >= 4 && len(toks[i].s) <= 10
}

// kunyaOf returns the kunya that starts at toks[i] (أم خالد، أبو جاسم
// الحمود, also after و) and the gender it gives, or "" when there is
// none: أم or أبو and a name after it (أبو العبد), that is no stop, cue,
// title, body or place. In a question أم is "or" (هل تبقى أم ترحل؟، أكان
// صدفة أم خطة؟), so a clause that opens with هل or ends in a question
// mark has no kunya.
// It is asked only of a word kunyaLength lets through.
func (f *finder) kunyaOf(toks []token, i int) (string, byte) {
	if w := strings.TrimPrefix(toks[i].s, "و"); len(w) < 4 || w[0] != 0xD8 || w[1] != 0xA3 && w[1] != 0xA7 || w[2:4] != "م" && w[2:4] != "ب" {
		return "", anyGender // neither أم nor أبو
	}
	f.buf = fold(f.buf, strings.TrimPrefix(toks[i].s, "و"))
	var g byte
	switch string(f.buf) {
	case "ام":
		g = female
	case "ابو":
		g = male
	default:
		return "", anyGender
	}
	next := toks[i+1]
	if !isArabic(next.s) || f.endsPhrase(next) || f.roleOf(next) || f.bodyHead(next.s) || f.in(arabicPlaces, strings.TrimPrefix(next.s, "ال")) {
		return "", anyGender // أبو العبد is a kunya too
	}
	// وهي أم لستة أطفال، أب لطفلين: "a mother of", a description, not a
	// kunya; a kunya names a child (أم ليلى) without a preposition before it.
	if c, ok := strings.CutPrefix(next.s, "ل"); ok && (hasDigit(c) || f.in(arabicCounts, c) || i > 0 && heShe.has(toks[i-1].f) || i+2 < len(toks) && children.has(toks[i+2].f)) {
		return "", anyGender
	}
	for n := i - 1; n >= 0 && n >= i-clause; n-- {
		if toks[n].punct && toks[n].s != "،" && toks[n].s != "," {
			break
		}
		if questions.has(toks[n].f) {
			return "", anyGender
		}
	}
	for n := i + 1; n < len(toks) && n <= i+clause; n++ {
		if s := toks[n].s; s == "؟" || s == "?" {
			return "", anyGender // أكان ذلك صدفة أم خطة؟
		} else if toks[n].punct && s != "،" && s != "," {
			break
		}
	}
	e := i + 2
	if !strings.HasPrefix(next.s, "ال") && e < len(toks) && isArabic(toks[e].s) && strings.HasPrefix(toks[e].s, "ال") && !f.endsPhrase(toks[e]) && !f.roleOf(toks[e]) && !f.descriptive(toks[e].s) {
		e++ // أبو جاسم الحمود: a family name
	}
	return strings.TrimPrefix(span(f.text, toks[i:e]), "و"), g
}

// children are the nouns a parent is "of" in a description (أم لستة
// أطفال، أب لثلاثة أبناء).
var children = set("اطفال ابناء اولاد بنات")

// arabicCounts are the Arabic numbers of children after "a mother of"
// (أم لستة، أب لطفلين), folded.
var arabicCounts = set("طفل طفلين ولدين ابنين ابنتين اثنين ثلاثة اربعة خمسة ستة سبعة ثمانية تسعة عشرة")

// englishCounts are the English numbers of children after "a mother of"
// (a father of two, a mother of three): the description of the one it
// names, not a relation to someone else.
var englishCounts = set("one two three four five six seven eight nine ten eleven twelve several many")

// englishChildren are the nouns a count of children may end with (a
// mother of three children, a father of two boys).
var englishChildren = set("children kids boys girls sons daughters")

// parentOf reports whether toks[k:] opens the count that "a mother of"
// gives (of three, of 4 children, of two whose eldest): a parent's
// description, not their relation to the one after "of" (the son of one
// resident).
func parentOf(toks []token, k int) bool {
	if k >= len(toks) || !englishCounts.has(lower(toks[k].s)) && !hasDigit(toks[k].s) {
		return false
	}
	if k+1 == len(toks) || toks[k+1].punct {
		return true
	}
	w := lower(toks[k+1].s)
	return englishChildren.has(w) || w == "whose" || w == "who"
}

// questions open a question, in which أم is "or".
var questions = set("هل وهل فهل")

// arabicKin are the Arabic relations, folded, that name a person by
// whom they are kin or neighbour to.
var arabicKin = set("زوج زوجة ابن ابنة نجل نجلة بنت اخ اخت شقيق شقيقة والد والدة ام اب جد جدة حفيد حفيدة عم عمة خال خالة جار جارة")

// relationKey returns the folded Arabic relation with a possessive of the
// third person that w is (زوجته، وابنها، والده، أخوه، جارتها), without
// the conjunction, or "".
func (f *finder) relationKey(w string) string {
	key, _ := f.relationStem(w)
	return key
}

// relationStem returns relationKey(w) and the relation without its
// possessive (زوجة of زوجته، أخ of أخيه).
func (f *finder) relationStem(w string) (key, stem string) {
	if !isArabic(w) {
		return "", ""
	}
	if !strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ها") && !strings.HasSuffix(w, "هم") {
		return "", "" // most words: no possessive of the third person
	}
	f.buf = fold(f.buf, w)
	b := f.buf
	forms := [2][]byte{b}
	if r, n := utf8.DecodeRune(b); (r == 'و' || r == 'ف') && utf8.RuneCount(b) > 4 {
		forms[1] = b[n:]
	}
	for _, c := range forms {
		if c == nil {
			continue
		}
		for _, suffix := range possessives {
			st, ok := bytes.CutSuffix(c, suffix)
			if !ok || utf8.RuneCount(st) < 2 {
				continue
			}
			if k := f.kinBase(st); k != "" {
				return string(c), k
			}
		}
	}
	return "", ""
}

// kinBase returns the relation a folded Arabic word is before a
// possessive (ابن، زوجت → زوجة، أبو → أب), or "". It allocates only for
// a relation.
func (f *finder) kinBase(st []byte) string {
	if arabicKin.hasBytes(st) {
		return string(st) // ابنها، زوجه
	}
	if t, ok := bytes.CutSuffix(st, taa); ok {
		f.word = append(append(f.word[:0], t...), taMarbuta...)
		if arabicKin.hasBytes(f.word) {
			return string(f.word) // زوجته، والدتها
		}
	}
	if n := len(st); n > 2 && st[n-2] == 0xD9 && (st[n-1] == 0x88 || st[n-1] == 0x8A) || n > 2 && st[n-2] == 0xD8 && st[n-1] == 0xA7 {
		if arabicKin.hasBytes(st[:n-2]) {
			return string(st[:n-2]) // أبوه، أخيه، أخاه
		}
	}
	return ""
}

// myKinBase returns the relation an Arabic word names with the
// possessive of "I" or "we" (أبي، والدتي، ابني، زوجي، ابننا), or "".
func (f *finder) myKinBase(w string) string {
	f.buf = fold(f.buf, w)
	for _, suffix := range [][]byte{our, myYaa} {
		if st, ok := bytes.CutSuffix(f.buf, suffix); ok && utf8.RuneCount(st) >= 2 {
			if k := f.kinBase(st); k != "" {
				return k
			}
		}
	}
	return ""
}

// kinFamily gives the relations that name one kin alike (أب and والد,
// أم and والدة): the first of them.
func kinFamily(k string) string {
	switch k {
	case "والد":
		return "اب"
	case "والدة":
		return "ام"
	case "شقيق":
		return "اخ"
	case "شقيقة":
		return "اخت"
	case "بنت":
		return "ابنة"
	}
	return k
}

// parentCalled are the English words by which someone calls a relative
// (Dad, my mum, Grandma, my brother), and the relation they name.
var parentCalled = map[string]string{"dad": "father", "daddy": "father", "father": "father", "mum": "mother", "mummy": "mother", "mom": "mother", "mother": "mother",
	"grandma": "grandmother", "granny": "grandmother", "nan": "grandmother", "nana": "grandmother", "grandmother": "grandmother",
	"grandpa": "grandfather", "grandad": "grandfather", "granddad": "grandfather", "grandfather": "grandfather",
	"brother": "brother", "sister": "sister", "husband": "husband", "wife": "wife"}

// speakersParent returns the person the text named as the relative of
// outer that a quotation inside outer's words is given to by "Dad", "my
// mum" or "Grandma" (His daughter, Kirsty, … “Dad kept saying, ‘…’”: her
// father): the relation the text stated of outer's gender, or, when it
// gave none, the one of either gender it stated; "" when name is no such
// word, or the text gave that relative no name.
func (f *finder) speakersParent(name, outer string) string {
	w, my := strings.CutPrefix(lower(name), "my ")
	rel, ok := parentCalled[w]
	if !ok || !my && !upper(name) || f.relatives == nil {
		return ""
	}
	his, her := f.relatives["his "+rel], f.relatives["her "+rel]
	switch g := f.genders[f.name(outer)]; {
	case g == female || g == anyGender && his == "":
		return her
	case g == male || g == anyGender && her == "":
		return his
	}
	return ""
}

// speakersKin returns the person the narration related to outer as the
// relative outer calls w in their own words (أبي، زوجي، أمي after وكان
// ابنه، كريم … or وقالت زوجته، هدى): the name the text gave that relation
// with the possessive of outer's gender (والده، زوجها), of either gender
// when the text gave outer none; "" when w is no such word or the text
// stated no such relation.
func (f *finder) speakersKin(w, outer string) string {
	if f.relatives == nil || outer == "" {
		return ""
	}
	k := f.myKinBase(w)
	if k == "" {
		return ""
	}
	stems := []string{strings.TrimSuffix(k, "ة")}
	if strings.HasSuffix(k, "ة") {
		stems[0] += "ت" // زوجة → زوجته
	}
	switch kinFamily(k) {
	case "اب":
		stems = []string{"والد", "ابو"}
	case "ام":
		stems = []string{"والدت", "ام"}
	case "اخ":
		stems = []string{"اخو", "شقيق"}
	}
	suffixes := []string{"ه", "ها"}
	switch f.genders[f.name(outer)] {
	case male:
		suffixes = suffixes[:1]
	case female:
		suffixes = suffixes[1:]
	}
	found := ""
	for _, st := range stems {
		for _, suf := range suffixes {
			if n := f.relatives[st+suf]; n != "" && !Match(n, outer) {
				if found != "" && found != n {
					return "" // his father and her father: whose, the text does not say
				}
				found = n
			}
		}
	}
	return found
}

// calledChild returns who says the nested quotation text when its first
// words call the outer speaker by a kin word ("Mum, I'm fine", «أمي،
// أنا بخير»): the one the narration related to outer as their son or
// daughter (His mother, Mireille Corbeau: her son; والدته، سهام: ابنها),
// when it related only one; else "".
func (f *finder) calledChild(text, outer string) string {
	if f.relatives == nil || outer == "" {
		return ""
	}
	first, rest, ok := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(text, "يا "), "Oh "), " ")
	if !ok {
		return ""
	}
	word := strings.TrimRight(first, ",،!")
	if len(word) == len(first) && !strings.HasPrefix(rest, "،") {
		return "" // a vocative stands apart: "Mum, …", «أمي، …»
	}
	var keys []string
	if isArabic(word) {
		switch kinFamily(f.myKinBase(word)) {
		case "ام", "جدة":
			keys = []string{"ابنها", "ابنتها"}
		case "اب", "جد":
			keys = []string{"ابنه", "ابنته"}
		}
	} else {
		switch parentCalled[lower(word)] {
		case "mother":
			keys = []string{"her son", "her daughter"}
		case "father":
			keys = []string{"his son", "his daughter"}
		}
	}
	found := ""
	for _, key := range keys {
		if n := f.relatives[key]; n != "" && !Match(n, outer) {
			if found != "" && found != n {
				return "" // a son and a daughter: the text does not say which
			}
			found = n
		}
	}
	return found
}

// narratedKin returns how the narration names a relative whom the outer
// speaker calls by their own kin word in the quotation (قال لي أبي …
// after وأشار القنطار إلى أن والده): the same relation with a possessive
// of the third person among ts before the word found, given the name the
// text gave it when there is one; else found. An English relation found
// (her father) is given the name the text gave it.
func (f *finder) narratedKin(ts []token, found string) string {
	if found != "" && !isArabic(found) {
		// her father, whom the text named as the one whose daughter she
		// is (His daughter, Siobhan Kerr,).
		for n := len(ts) - 1; n > 0; n-- {
			if ts[n].s == found {
				if name, ok := f.relatives[lower(ts[n-1].s)+" "+lower(found)]; ok {
					return name
				}
				break
			}
		}
		return found
	}
	k := f.myKinBase(found)
	if k == "" {
		return found
	}
	k = kinFamily(k)
	out := found
	for _, t := range ts {
		if t.s == found {
			break
		}
		if key, st := f.relationStem(t.s); key != "" && kinFamily(st) == k {
			w := t.s
			if f.buf = fold(f.buf, w); len(f.buf) > len(key) {
				_, n := utf8.DecodeRuneInString(w)
				w = w[n:] // ووالده: without the conjunction, not والده without its و
			}
			out = f.relative(w)
		}
	}
	return out
}

// mayRelate reports whether t may be a relation with a possessive: it is
// one, or not classified (relativeOf is asked only of the others; mentionsIn
// asks it inline).
func mayRelate(t token) bool { return !t.c.set || t.c.rel }

// relativeOf returns the relation at toks[i] and the name the text gives
// it right after (وزوجته نوال، ابنها، محمد الحلبي،), with its gender, or
// "" for the name. After a comma the name is an apposition; without one
// the relation must be joined by و or مع to the person named before it
// (وقف إبراهيم السعدي وزوجته نوال، يعمل مع شقيقه سامر), and the word after
// it must not look like a verb in the present (وزوجته تعمل).
// It is asked only of a word mayRelate lets through.
func (f *finder) relativeOf(toks []token, i int) (key, name string, g byte) {
	key = f.relationKey(toks[i].s)
	if key == "" || i+1 >= len(toks) {
		return "", "", anyGender
	}
	comma := toks[i+1].s == "،" || toks[i+1].s == ","
	j := i + 1
	if comma {
		j++
	} else if !(strings.HasPrefix(toks[i].s, "و") && f.relationKey(toks[i].s[len("و"):]) != "") && (i == 0 || !withWords.has(toks[i-1].f)) {
		return "", "", anyGender // the و of والدها is no conjunction
	}
	if j >= len(toks) || !isArabic(toks[j].s) || strings.HasPrefix(toks[j].s, "ال") || f.endsPhrase(toks[j]) || f.roleOf(toks[j]) || f.bodyHead(toks[j].s) {
		return "", "", anyGender
	}
	if r, _ := utf8.DecodeRuneInString(toks[j].s); !comma && !f.isKnown(toks[j].s) && strings.ContainsRune("يت", r) {
		return "", "", anyGender
	}
	name, k := f.arabicMention(f.text, toks, j)
	if name == "" || strings.HasPrefix(name, "ال") || f.isDescription(name) || comma && k < len(toks) && !toks[k].punct {
		return "", "", anyGender
	}
	st := strings.TrimSuffix(strings.TrimSuffix(key, "ه"), "ها")
	return key, name, roleGender(st)
}

// relationOwners are the possessives before an English relation that
// the text names in apposition: His daughter, Maya Lund,.
var relationOwners = set("his her their")

// withWords join a relation to the one named before it: يعمل مع شقيقه
// سامر.
var withWords = set("مع ومع برفقة رفقة")

// relate records that the relation key (زوجته، his daughter) names the
// person name at off, for a later cue whose subject is the relation and
// for one before it (see nameRelatives).
func (f *finder) relate(off int, key, name string) {
	if f.relatives == nil {
		f.relatives = map[string]string{}
	}
	if len(f.relatives) < maxParsed {
		f.relatives[key] = name
	}
	if len(f.named) < maxParsed {
		f.named = append(f.named, kinNamed{off, key, name})
	}
}

// kinNamed is a relation the text gave a name, and where.
type kinNamed struct {
	off       int
	key, name string
}

// kinReach is how far after a quotation the text may name the relative
// who said it (سعاد … عن ابنها … «…» — أما ابنها، محمد الحلبي،): a few
// paragraphs.
const kinReach = 1500

// nameRelatives gives a quotation whose speaker is a relation that the
// text names only after it the name it gives, when that comes within
// kinReach bytes.
func (f *finder) nameRelatives() {
	if len(f.named) == 0 {
		return
	}
	for i := range f.out {
		q := &f.out[i]
		key := ""
		switch {
		case q.Speaker == "" || strings.IndexByte(q.Speaker, ' ') >= 0 && isArabic(q.Speaker):
			continue
		case isArabic(q.Speaker):
			key = f.relationKey(q.Speaker)
		default:
			key = lower(q.Speaker)
		}
		if key == "" {
			continue
		}
		n := sort.Search(len(f.named), func(k int) bool { return f.named[k].off >= q.Close })
		for ; n < len(f.named) && f.named[n].off-q.Close <= kinReach; n++ {
			if f.named[n].key == key {
				q.Speaker = f.named[n].name
				break
			}
		}
	}
}

// relative returns the person a speaker given by a relation refers to
// when the text named them with it before (وزوجته نوال … وتابعت زوجته;
// His daughter, Siobhan Kerr, … his daughter said), else name.
func (f *finder) relative(name string) string {
	if f.relatives == nil || name == "" {
		return name
	}
	key := lower(name)
	if isArabic(name) {
		if strings.IndexByte(name, ' ') >= 0 {
			return name
		}
		key = f.relationKey(name)
	}
	if n, ok := f.relatives[key]; ok {
		return n
	}
	return name
}

// ourKin reports whether the folded Arabic word b is a relation or a
// title with the possessive of "we" (ابننا، والدتنا، معلمنا), also in a
// sound plural (طالباتنا، معلمونا).
func ourKin(b []byte) bool {
	st, ok := bytes.CutSuffix(b, our)
	if !ok || utf8.RuneCount(st) < 2 {
		return false
	}
	if arabicRoles.hasBytes(st) {
		return true
	}
	if t, ok := bytes.CutSuffix(st, taa); ok && len(t) > 2 {
		if t, ok := bytes.CutSuffix(t, alef); ok && len(t) > 2 {
			return arabicRoles.has(string(t)+"ة") || arabicRoles.hasBytes(t) // طالباتنا، معلماتنا
		}
		return arabicRoles.has(string(t) + "ة")
	}
	if t, ok := bytes.CutSuffix(st, waw); ok && len(t) > 2 {
		return arabicRoles.hasBytes(t) // معلمونا: the plural before a possessive
	}
	return false
}

var (
	alef = []byte("ا")
	waw  = []byte("و")
)

var our = []byte("نا")

// timePhrase returns how many words of a time phrase start at toks[j],
// which stands after a verb where its subject could, or 0: every and a
// time (كل ليلة، كل صباح), all through a time (طوال الليل، طيلة أيام
// الأزمة), a part of a day and the day (مساء الثلاثاء، صباح
// اليوم، فجر أمس), or a time alone (اليوم، أمس، ليلًا، صباحًا).
func (f *finder) timePhrase(toks []token, j int) int {
	if j >= len(toks) || toks[j].punct {
		return 0
	}
	w := toks[j].f
	k := timeWords[w]
	if k == 0 && len(w) > 2 && w[0] == 0xD9 && w[1] == 0x88 { // و
		w = w[2:]
		k = timeWords[w]
	}
	if k == 0 {
		return 0 // the common case: one lookup
	}
	next := func(n int) bool { return j+n < len(toks) && !toks[j+n].punct && isArabic(toks[j+n].s) }
	switch {
	case k&every != 0 && next(1) && times.has(toks[j+1].f):
		return 2
	case k&throughout != 0 && next(1):
		n := 2
		if next(2) && !strings.HasPrefix(toks[j+1].s, "ال") && strings.HasPrefix(toks[j+2].s, "ال") {
			n = 3 // طيلة أيام الأزمة: a time of what
		}
		return n
	case k&dayPart != 0 && next(1) && timeWords[strings.TrimPrefix(toks[j+1].f, "ال")]&day != 0:
		return 2
	case k&day != 0 && (strings.HasPrefix(w, "ال") || w == "امس" || w == "غدا"):
		return 1
	case k&dayPartAdverb != 0 && tanween(toks[j].s):
		return 1 // صباحًا، مساءً
	case (k&dayPart != 0 || w == "يوم") && next(1) && !strings.HasPrefix(toks[j+1].s, "ال") && f.classOf(toks[j+1]).bits&(mayVerb|mayVerbShadda) != 0:
		// قال لي يوم سلّمني الأرض، ليلة غادرنا القرية: a time and the
		// clause that tells it, up to its end.
		n := 1
		for next(n) && n < clause {
			n++
		}
		return n
	}
	return 0
}

// The kinds of the words of a time phrase (timeWords).
const (
	every         = 1 << iota // كل
	throughout                // طوال، طيلة
	dayPart                   // صباح، مساء
	day                       // اليوم، أمس، الثلاثاء
	dayPartAdverb             // صباحا، مساء (with tanween)
)

// times are the nouns of time after كل.
var times = set("ليلة يوم صباح مساء مرة اسبوع سنة عام شهر ساعة لحظة موسم شتاء صيف")

// timeWords maps the folded words that open a time phrase to their kinds.
var timeWords = func() map[string]byte {
	m := map[string]byte{"كل": every, "ذات": every} // كل ليلة، ذات يوم
	for _, w := range set("طوال طيلة طول").words {
		m[w] |= throughout
	}
	for _, w := range set("صباح مساء ظهر فجر ليلة عصر ليل نهار").words {
		m[w] |= dayPart
		m[w+"ا"] |= dayPartAdverb
	}
	m["مساء"] |= dayPartAdverb
	for _, w := range set("يوم امس غدا سبت احد اثنين ثلاثاء اربعاء خميس جمعة").words {
		m[w] |= day
		m["ال"+w] |= day
	}
	return m
}()

// pronounOf returns an English word in lower case without the verb a
// contraction writes onto it (He'd, she’s, I'll → he, she, i), so that a
// contracted pronoun is read as the pronoun.
func pronounOf(w string) string {
	w = lower(w)
	for _, a := range []string{"'", "’"} {
		if i := strings.Index(w, a); i > 0 {
			switch w[i+len(a):] {
			case "d", "s", "ll", "ve", "re", "m":
				return w[:i]
			}
		}
	}
	return w
}

// englishKin are the English relations that "the … of" names a person
// by: the son of one resident.
var englishKin = set("son daughter wife husband widow widower mother father brother sister grandson granddaughter nephew niece grandmother grandfather")

// relationSubject returns the relation that opens the clause of the
// cue toks[i] as "the son of one resident" or "a daughter of the
// founder" (up to three words after "of"), when what qualifies it stands
// in commas before the cue (the son of one resident, 91-year-old
// Walter Beaney, who died in 2022, said): the one related speaks, not
// the one they are related to. It returns "" when the sentence has no
// such subject or a cue stands between it and toks[i].
func (f *finder) relationSubject(text string, toks []token, i int) string {
	for n := i - 1; n >= 2 && n >= i-4*clause; n-- {
		t := toks[n]
		if t.punct && strings.Contains(".!?;:\"“”", t.s) {
			return ""
		}
		if lower(t.s) != "of" || !englishKin.has(lower(toks[n-1].s)) || !englishDeterminers.has(lower(toks[n-2].s)) {
			continue
		}
		if parentOf(toks[:i], n+1) {
			return "" // Ravi Shah, a father of two whose son …, said: he speaks
		}
		if n-2 > 0 && !toks[n-3].punct {
			return "" // told the son of …: an object, not the subject
		}
		for m := n + 1; m < i; m++ {
			if englishCues[lower(toks[m].s)] != notCue {
				return "" // the son of one resident said his father told
			}
		}
		e := n + 1
		for e < i && e <= n+3 && !toks[e].punct {
			e++
		}
		f.relateOf(toks, n, i)
		// The whole description, which no definite description read
		// back resolves to the relative it names (Walter Beaney).
		return span(text, toks[n-2:e])
	}
	return ""
}

// relateOf records, for "the son of one resident, 91-year-old Walter
// Beaney," (toks[n] is "of", the cue at toks[i]), that the one named in
// the apposition is the speaker's father or mother (his father), by
// inverseKin: the text says which when it refers to them.
func (f *finder) relateOf(toks []token, n, i int) {
	inv, ok := inverseKin[lower(toks[n-1].s)]
	if !ok {
		return
	}
	k := n + 1
	for k < i && !nameWord(toks[k]) {
		if t := toks[k]; t.punct && t.s != "," {
			return
		}
		k++
	}
	e := k
	for e < i && nameWord(toks[e]) {
		e++
	}
	if e == k || e-k > 4 {
		return
	}
	name := span(f.text, toks[k:e])
	for _, key := range inv {
		if key != "" {
			f.relate(toks[k].off, key, name)
		}
	}
}

// personHead cuts a long description after its noun for a person among
// its first words (A labor and delivery nurse at St. Bridget → A labor
// and delivery nurse), or after the noun a preposition follows (A
// firefighter from a neighbouring district → A firefighter), or returns
// np.
func personHead(np []token) []token {
	for n := 1; n < len(np) && n <= 4; n++ {
		if personNouns.has(lower(np[n].s)) {
			return np[:n+1]
		}
		if n+1 < len(np) && headPrepositions.has(lower(np[n+1].s)) && !upper(np[n].s) {
			return np[:n+1]
		}
	}
	return np
}

// headPrepositions follow the noun that heads a description: a
// firefighter from the district, a member of the team.
var headPrepositions = set("from of at in with")

// innerGroup returns who say a nested quotation whose cue is "they"
// (They just say, ‘…’، فقالوا لنا: '…'): of the English noun for people
// in the plural (two patients, the neighbours) and the body named in
// text[lo:hi] (in the outer quotation, from inside: طلبنا من البلدية، we
// wrote to the water board; or before it: Marsh Valley Water denied any
// fault), the one named last; without either, in English, the body the
// article named last before; "" for any other gender or when there is
// none.
func (f *finder) innerGroup(lo, inside, hi int, g byte) string {
	if g != plural {
		return ""
	}
	ts := f.tokenize(f.gtoks[:0], lo, hi)
	f.gtoks = ts
	group, body := "", ""
	groupAt, bodyAt := -1, -1
	for n, t := range ts {
		if t.punct {
			continue
		}
		if isArabic(t.s) {
			if t.off >= inside && f.bodyHead(t.s) {
				// وزارة الطاقة; الوزارة and its adjectives (البلدية الجديدة)
				e := n + 1
				for e < len(ts) && e < n+4 && !ts[e].punct && isArabic(ts[e].s) && (!articled(t.s) || articled(ts[e].s)) {
					e++
				}
				body, bodyAt = span(f.text, f.bodyName(ts[n:e])), t.off
			} else if f.groupOfPeople(t.s) {
				group, groupAt = t.s, t.off // سألنا الجيران فقالوا
			}
			continue
		}
		w := lower(t.s)
		if peoplePlural(w) {
			group, groupAt = t.s, t.off
		}
		if englishBodies.has(w) && t.off >= inside {
			d := n - 1
			for d >= 0 && n-d <= 3 && !ts[d].punct && !englishDeterminers.has(lower(ts[d].s)) {
				d--
			}
			if d >= 0 && englishDeterminers.has(lower(ts[d].s)) {
				body, bodyAt = span(f.text, ts[d:n+1]), t.off // the water board
			}
		}
	}
	for n := f.nrecent - 1; n >= 0 && body == ""; n-- {
		if m := f.recent[n]; m.body && m.off >= lo && m.off < inside {
			body, bodyAt = m.name, m.off // the body named before the outer quotation
		}
	}
	switch {
	case group != "" && groupAt > bodyAt:
		return group // his neighbours had stopped calling the council
	case body != "":
		return f.reference(body, anyGender)
	}
	// English has no plural it cannot tell (Arabic has broken plurals,
	// جيراننا): without one, "they" are the body named before.
	for n := len(ts) - 1; n >= 0; n-- {
		if !ts[n].punct {
			if isArabic(ts[n].s) {
				return ""
			}
			break
		}
	}
	return f.lastBody()
}

// peoplePlural reports whether the lower-case English word is the
// plural of a noun for people: patients, neighbours, men.
func peoplePlural(w string) bool {
	return pluralPeople.has(w) || strings.HasSuffix(w, "s") && personNouns.has(w[:len(w)-1])
}

// pluralPeople are the English plurals of people not made with -s.
var pluralPeople = set("children men women people")

// englishGroups are the English nouns of a group of people who act
// together (a second team, the crew): no "he said" refers to them.
var englishGroups = set("team crew squad staff family crowd choir band patrol")

// inverseKin gives, for a relation named in apposition (His daughter,
// Siobhan Kerr,), how the one named calls their possessor: by the
// possessive and the relation the named one's words would use (her
// father), after the possessor's gender (his: father; her: mother).
var inverseKin = map[string][2]string{
	"daughter":      {"her father", "her mother"},
	"son":           {"his father", "his mother"},
	"wife":          {"her husband", ""},
	"husband":       {"", "his wife"},
	"granddaughter": {"her grandfather", "her grandmother"},
	"grandson":      {"his grandfather", "his grandmother"},
	"sister":        {"her brother", "her sister"},
	"brother":       {"his brother", "his sister"},
	"mother":        {"her son", "her daughter"},
	"father":        {"his son", "his daughter"},
}

// beingVerbs are the Arabic verbs of being that open a sentence about
// its subject: وكان والدها أقل تفاؤلًا.
var beingVerbs = set("كان وكان فكان كانت وكانت فكانت بدا وبدا بدت وبدت ظل وظل ظلت وظلت يبدو ويبدو فيبدو تبدو وتبدو فتبدو")

// arabicInverseKin gives, for a relation the text names (ابنته سلمى: his
// daughter), how the one named calls their possessor, by the possessor's
// gender (his: والدها, her: والدتها) in both words for a parent.
var arabicInverseKin = map[string][2][]string{
	"ابن":   {{"والده", "ابوه"}, {"والدته", "امه"}},
	"ابنة":  {{"والدها", "ابوها"}, {"والدتها", "امها"}},
	"بنت":   {{"والدها", "ابوها"}, {"والدتها", "امها"}},
	"زوجة":  {{"زوجها"}, nil},
	"زوج":   {nil, {"زوجته"}},
	"والدة": {{"ابنها"}, {"ابنتها"}},
	"ام":    {{"ابنها"}, {"ابنتها"}},
	"والد":  {{"ابنه"}, {"ابنته"}},
	"اب":    {{"ابنه"}, {"ابنته"}},
}

// relateConstruct records, for a relation in the construct state with a
// name and a name in apposition after it (ابنة الزيدي، سلوى،), how the
// one named calls the one the relation is of (والدها: الزيدي), for a
// kin word in their own words later (قال لي أبي).
func (f *finder) relateConstruct(toks []token, i int) {
	w := strings.TrimPrefix(toks[i].f, "و")
	inv, ok := arabicInverseKin[w]
	if !ok || i+3 >= len(toks) {
		return
	}
	e := i + 1
	for e < len(toks) && e <= i+2 && isArabic(toks[e].s) && !toks[e].punct && !f.endsPhrase(toks[e]) && !f.roleOf(toks[e]) && !f.bodyHead(toks[e].s) {
		e++
	}
	if e == i+1 || e+1 >= len(toks) || toks[e].s != "،" && toks[e].s != "," {
		return
	}
	if name, k := f.arabicMention(f.text, toks, e+1); name == "" || k < len(toks) && !toks[k].punct {
		return // ابنة الزيدي، التي …: no name in apposition
	}
	owner := span(f.text, toks[i+1:e])
	g := 0
	if f.genders[owner] == female {
		g = 1
	}
	for _, key := range inv[g] {
		f.relate(toks[i].off, key, owner)
	}
}

// relateAppositionOf records, for a name run toks[i:k] described in
// apposition as the relative of another (Lukas, the grandson of Hal
// Brenner,), how the one named calls that other (his grandfather: Hal
// Brenner), by the other's gender when the text gave it.
func (f *finder) relateAppositionOf(toks []token, k int) {
	if k+4 >= len(toks) || toks[k].s != "," || !englishDeterminers.has(lower(toks[k+1].s)) || toks[k+3].s != "of" {
		return
	}
	inv, ok := inverseKin[lower(toks[k+2].s)]
	if !ok {
		return
	}
	e := k + 4
	for e < len(toks) && e < k+8 && nameWord(toks[e]) {
		e++
	}
	if e == k+4 {
		return
	}
	owner := span(f.text, toks[k+4:e])
	key := inv[0]
	if f.genders[f.name(owner)] == female {
		key = inv[1]
	}
	if key != "" {
		f.relate(toks[k+4].off, key, owner)
	}
}

// relateInverseArabic records, for the relation key the text gave a name
// (وابنته سلمى), the inverse relation of the named one to its possessor
// (والدها), the person the possessive refers to among ms and before.
func (f *finder) relateInverseArabic(off int, key string, ms []mention) {
	k, stem := f.relationStem(key)
	inv, ok := arabicInverseKin[stem]
	if !ok || k == "" {
		return
	}
	owner := 0 // ه: his
	g := male
	if strings.HasSuffix(k, "ها") {
		owner, g = 1, female
	}
	possessor := f.backRef(ms, g, -1)
	if possessor == "" {
		return
	}
	for _, w := range inv[owner] {
		f.relate(off, w, possessor)
	}
}

// relateInverse records that the person named in apposition to owner's
// relation rel (His daughter, Siobhan Kerr,) has the person owner refers
// to as the inverse relation (her father): possessor is who owner
// (his, her) refers to.
func (f *finder) relateInverse(off int, owner, rel, possessor string) {
	inv, ok := inverseKin[lower(rel)]
	if !ok || possessor == "" {
		return
	}
	key := inv[0]
	if lower(owner) == "her" {
		key = inv[1]
	}
	if key != "" {
		f.relate(off, key, possessor)
	}
}
