package quote

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file resolves a speaker the text gives by a definite description
// (the minister, the cooperative, the 34-year-old, الوزير، صاحب الهدف،
// الوزارة) to the person or body it refers back to: the one named last
// whose name or introduction holds the description's words. An indefinite
// description (a race official, أحد المشجعين) refers to nobody named and
// stays as it is, and so does a definite one that nothing before fits.

// reference returns who the speaker name refers to when it is a definite
// description: the person or body named last whose name or the sentence
// that introduced them (Health Minister Jane Doe; حسم الوحدة الديربي
// بهدف سجله رامي قنبر) holds its head noun and its other words, or, for a
// relational head (صاحب الهدف, "the one of the goal"), its other words.
// g is the gender the cue gives the speaker. It returns name when the
// description fits nobody named, or is no definite description.
func (f *finder) reference(name string, g byte) string {
	if p := f.titledSurname(name, g); p != "" {
		return p
	}
	if p := f.introduced(name, g); p != "" {
		return p
	}
	d, ok := f.parsedDefinite(name)
	if !ok {
		// المرصد after مرصد الأنهار: a body of a kind no list knows is
		// still referred to by the noun of the name the index holds.
		if !strings.Contains(name, " ") && strings.HasPrefix(name, "ال") {
			if b := f.bodyByNoun(definiteNP{head: refWord(name)}); b != "" {
				return b
			}
		}
		return f.epithetReference(name, g)
	}
	// The council, الشركة: the body of that noun named last (شركة الفجر
	// المتعاقدة مع وزارة السياحة … وقالت الشركة: not the ministry, whose
	// introduction holds the noun).
	if b := f.bodyByNoun(d); b != "" {
		return b
	}
	for n := f.nrecent - 1; n >= 0; n-- {
		m := f.recent[n]
		// A body's gender is its name's, not its statement's (جاء في بيان
		// الشركة): only a person must agree with the cue.
		if m.body != d.body || m.name == name || !d.body && g != anyGender && m.g != anyGender && m.g != g {
			continue
		}
		if !d.body && f.isDescription(m.name) || englishArticle(lower(m.name)) {
			continue // a description names nobody to refer back to
		}
		if f.fits(d, m) {
			return f.fullName(m.name)
		}
	}
	if p := f.describedPerson(d, name, g); p != "" {
		return p
	}
	if d.body && companyWords.has(d.head) && !isArabic(name) {
		if b := f.lastCompany(); b != "" {
			return b // the company said after Kellan Gateway Terminals and the dockers' union: not the union
		}
	}
	if d.body && (companyWords.has(d.head) || len(d.others) == 0 && collectives.has(d.head)) {
		if b := f.lastBody(); b != "" && !otherKind(b, d.head) {
			return b // the company said, the panel, اللجنة: a body named by no word of its kind
		}
	}
	if b := f.englishBodyNamedByHead(d); b != "" {
		return b
	}
	if !d.body {
		// A member of the IT team, who …, said … the employee said; A
		// firefighter … the firefighter said (but not the captain: a
		// noun of another kind is someone else).
		if m, ok := f.lastPerson(g); ok {
			first, _, _ := strings.Cut(m.name, " ")
			switch {
			case indefinite(m.name) && (genericPeople.has(d.head) || strings.HasSuffix(lower(m.name), " "+d.head)):
				return m.name
			case isArabic(d.head) && f.isDescription(m.name) && refWord(first) == d.head:
				return m.name // سأل أحد الحجاج ضابط المنفذ … فردّ الضابط: the one introduced by that noun
			}
		}
	}
	return f.epithetReference(name, g)
}

// otherKind reports whether the English body's name ends in a body's noun
// other than head, of a body that has no committee or panel of its own
// to speak for it: "the committee" is not Harcourt Rowing Club, but may
// be Halden Council's.
func otherKind(name, head string) bool {
	if isArabic(name) {
		return false
	}
	last := lower(name[strings.LastIndexByte(name, ' ')+1:])
	return last != head && englishBodies.has(last) && !companyWords.has(last) && !governingBodies.has(last)
}

// governingBodies are the bodies whose committees, panels and boards
// speak for them.
var governingBodies = set("council board authority assembly parliament government ministry department")

// lastPerson returns the person mention named last whose gender agrees
// with g, passing over bodies, and whether there is one.
func (f *finder) lastPerson(g byte) (mention, bool) {
	for n := f.nrecent - 1; n >= 0; n-- {
		m := f.recent[n]
		if m.body || m.only || m.g == plural {
			continue
		}
		if g != anyGender && m.g != anyGender && m.g != g {
			continue
		}
		return m, true
	}
	return mention{}, false
}

// genericPeople are the English nouns for anyone, by which a definite
// description refers back to someone introduced by another noun (A
// member of the IT team … the employee said).
var genericPeople = set("man woman person employee worker official staffer individual")

// indefinite reports whether an English mention is an indefinite
// description (A firefighter, an employee): someone the text introduced
// without a name, whom a definite description after it refers back to.
func indefinite(name string) bool {
	return strings.HasPrefix(name, "A ") || strings.HasPrefix(name, "a ") || strings.HasPrefix(name, "An ") || strings.HasPrefix(name, "an ")
}

// epithetReference returns the person named last, of a gender that agrees
// with g, when name is an epithet that news gives only to someone it has
// named (the 68-year-old, the retired engineer, the woman, الرجل
// الستيني، البطلة الصغيرة) even when it never wrote it next to the name;
// else name.
func (f *finder) epithetReference(name string, g byte) string {
	eg, ok := epithet(name)
	if !ok && demonyms.has(name) && !f.isKnown(name) {
		eg, ok = anyGender, true // "the Dane said" gives the subject Dane
	}
	if !ok {
		return name
	}
	if g == anyGender {
		g = eg
	}
	// A person news named in full: one word alone is the short form of
	// a full name, or no name (ابنة الحادية عشرة).
	person := func(m mention) bool {
		m.g = f.personGender(m)
		return !m.body && !m.only && m.g != plural && m.name != name && (g == anyGender || m.g == anyGender || m.g == g) &&
			!f.isDescription(m.name) && !englishArticle(lower(m.name)) && strings.Contains(f.fullName(m.name), " ")
	}
	if age := leadingDigits(name[strings.LastIndexByte(name, ' ')+1:]); age != "" {
		// the 29-year-old: the one a sentence gave the age, "Chidi Okafor
		// … at the age of 29", its first person.
		for n := f.nrecent - 1; n >= 0; n-- {
			if m := f.recent[n]; person(m) && slices.Contains(f.introduction(m, true), age) {
				start := f.sentenceStart(f.clampStart(0, m.off-400), m.off)
				for k := 0; k <= n; k++ {
					if e := f.recent[k]; e.off >= start && person(e) {
						return f.fullName(e.name)
					}
				}
			}
		}
	}
	// البطلة الصغيرة with تباهت: one known to be a woman before one
	// whose gender the text did not give.
	for pass := 0; pass < 2; pass++ {
		for n := f.nrecent - 1; n >= 0; n-- {
			if m := f.recent[n]; person(m) && (pass == 1 || g == anyGender || f.personGender(m) == g) {
				if f.introducedAfter(name, m.off) {
					return name // A man walked in … the man said: not the one named
				}
				return f.fullName(m.name)
			}
		}
	}
	return name
}

// introducedAfter reports whether the text, after the sentence that
// names someone at off, introduces someone new by the epithet's noun
// without a name (a man, a 40-year-old, رجل ستيني), whom the epithet
// then more likely refers to. It looks a few sentences on.
func (f *finder) introducedAfter(epithet string, off int) bool {
	head, arabic := epithet[strings.LastIndexByte(epithet, ' ')+1:], isArabic(epithet)
	if arabic {
		first, _, _ := strings.Cut(epithet, " ")
		head = refWord(first)
	} else {
		head = lower(head)
	}
	lo := off
	for lo < len(f.text) && lo < off+400 && f.text[lo] != '\n' && !(f.text[lo] == '.' && !abbreviationBefore(f.text, lo)) {
		lo++
	}
	hi := min(len(f.text), lo+800)
	for hi < len(f.text) && !isBoundary(f.text, hi) {
		hi--
	}
	ts := f.tokenize(f.gtoks[:0], lo, hi)
	f.gtoks = ts
	for n, t := range ts {
		if t.punct {
			continue
		}
		if arabic {
			if w := string(append(f.buf[:0], t.f...)); !strings.HasPrefix(w, "ال") && (w == head || strings.TrimSuffix(w, "ا") == head) {
				return true // رجل، رجلا
			}
			continue
		}
		if lower(t.s) != head {
			continue
		}
		for k := n - 1; k >= 0 && k >= n-3 && !ts[k].punct; k-- {
			if d := lower(ts[k].s); d == "a" || d == "an" || d == "another" {
				return true
			}
		}
	}
	return false
}

// leadingDigits returns the digits w starts with (68 of 68-year-old), or "".
func leadingDigits(w string) string {
	n := 0
	for n < len(w) && '0' <= w[n] && w[n] <= '9' {
		n++
	}
	return w[:n]
}

// epithet reports whether name is a definite description that refers
// back to someone named rather than introducing someone new: English "the"
// with an age (the 68-year-old), a word for a person (the man, the
// woman) or a word for a time of life (the retired engineer, the former
// miner); Arabic a word for a person with the article and an age or a
// time of life (الرجل الستيني، السيدة المسنة، المهندس المتقاعد، اللاعب
// الشاب). It returns the gender the epithet gives.
func epithet(name string) (byte, bool) {
	// Most speakers are names: tell them without allocating.
	if strings.IndexByte(name, ' ') < 0 && !strings.HasPrefix(name, "ال") || !strings.HasPrefix(name, "the ") && !strings.HasPrefix(name, "The ") && !strings.HasPrefix(name, "ال") {
		return anyGender, false
	}
	if strings.Count(name, " ") > 3 {
		return anyGender, false
	}
	if !isArabic(name) {
		ws := strings.Fields(name)
		head := lower(ws[len(ws)-1])
		if hasDigit(head) || strings.HasSuffix(head, "-year-old") {
			return anyGender, true
		}
		if len(ws) == 2 && demonyms.has(ws[1]) {
			return anyGender, true // the Dane: the one the article gave a country
		}
		if g, ok := englishEpithets[head]; ok {
			return g, true
		}
		for _, w := range ws[1 : len(ws)-1] {
			if upper(w) {
				return anyGender, false
			}
			if lifeWords.has(lower(w)) {
				return anyGender, true
			}
		}
		return anyGender, false
	}
	var buf [64]byte
	first, rest, _ := strings.Cut(name, " ")
	head, ok := strings.CutPrefix(string(fold(buf[:0], first)), "ال")
	if !ok {
		return anyGender, false
	}
	g, person := arabicEpithets[head]
	if !person {
		if !arabicRoles.has(head) {
			// الخياطة الخمسينية: a noun no list knows, given an age of a
			// decade of life, is someone named, of the gender of its ending.
			if w, _, _ := strings.Cut(rest, " "); decadeAges.has(strings.TrimSuffix(strings.TrimPrefix(string(fold(buf[:0], w)), "ال"), "ة")) {
				return roleGender(head), true
			}
			return anyGender, false
		}
		g = roleGender(head) // البطلة الصغيرة is a woman
	} else if rest == "" {
		return g, true // الرجل alone, as English "the man"
	}
	for rest != "" {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		a := strings.TrimPrefix(string(fold(buf[:0], w)), "ال")
		if arabicAges.has(strings.TrimSuffix(a, "ة")) || arabicAges.has(a) {
			return g, true // الرجل الستيني، المعلمة الخمسينية
		}
	}
	return anyGender, false
}

// englishEpithets are the words for a person that a definite description
// refers back with (the man said), and the gender they give.
var englishEpithets = map[string]byte{"man": male, "woman": female, "pensioner": anyGender, "widow": female, "widower": male, "grandmother": female, "grandfather": male, "teenager": anyGender,
	// what someone named is, not a post or a workplace's job whose holder
	// may be someone new (the guard, the manager)
	"expert": anyGender, "author": anyGender, "novelist": anyGender, "academic": anyGender, "researcher": anyGender, "scientist": anyGender, "campaigner": anyGender, "activist": anyGender}

// demonyms are the English nouns for a person of a country that news
// refers back with (the Dane, the Nigerian said).
var demonyms = set("Dane Swede Norwegian Finn Icelander Briton Scot Welshman Irishman Englishman Frenchman Frenchwoman",
	"German Spaniard Italian Portuguese Dutchman Belgian Swiss Austrian Pole Czech Slovak Hungarian Romanian Bulgarian",
	"Serb Croat Bosnian Slovenian Greek Turk Russian Ukrainian American Canadian Mexican Brazilian Argentine Argentinian",
	"Chilean Colombian Peruvian Uruguayan Australian Kiwi Nigerian Ghanaian Kenyan Ethiopian Egyptian Moroccan Algerian",
	"Tunisian Senegalese Cameroonian Syrian Lebanese Jordanian Iraqi Iranian Saudi Emirati Israeli Palestinian Indian",
	"Pakistani Afghan Chinese Japanese Korean Vietnamese Thai Filipino Indonesian")

// lifeWords are the English words for a time of life or of work that a
// definite description carries about someone named (the retired engineer).
var lifeWords = set("retired former veteran elderly new")

// arabicEpithets are the Arabic words for a person that an epithet heads
// (الرجل الستيني), folded and without the article, with their gender.
var arabicEpithets = map[string]byte{"رجل": male, "امراة": female, "مراة": female, "سيدة": female, "شاب": male, "شابة": female, "فتاة": female, "عجوز": anyGender,
	"خبير": male, "خبيرة": female, "اكاديمي": male, "اكاديمية": female, "باحث": male, "باحثة": female, "ناشط": male, "ناشطة": female}

// arabicAges are the Arabic words of an age or a time of life, folded and
// without the article and the feminine ending: الستيني، المتقاعدة.
var arabicAges = set(decades, "متقاعد مسن عجوز شاب صغير")

// decadeAges are the words of arabicAges that give a decade of life
// (الخمسيني), which only a person has.
var decadeAges = set(decades)

// decades are the Arabic words of a decade of life, folded.
const decades = "عشريني ثلاثيني اربعيني خمسيني ستيني سبعيني ثمانيني تسعيني"

// companyWords are the English nouns that refer back to any body the
// text named, whose name need not hold them (Westline Ferries … the
// operator said); a council, a ministry or a
// union is one whose name or introduction says so.
var companyWords = set("company firm operator airline carrier corporation group business insurer")

// collectives are the nouns of a body of people who decide together that
// refer back, alone, to the body named last (the panel, the committee,
// اللجنة; but the transport board is one of its own); Arabic folded and
// without the article.
var collectives = set("panel committee board jury commission tribunal", "لجنة هيئة")

// titledSurname returns the person named last whose name ends in the
// surname that name gives after its titles (الدكتور الشامي, المهندسة
// الساعاتي → وليد الشامي, ريم الساعاتي), of a gender that agrees with g:
// a speaker never carries a title. It returns "" for any other name.
func (f *finder) titledSurname(name string, g byte) string {
	at := strings.LastIndexByte(name, ' ')
	if at < 0 || !isArabic(name) {
		return ""
	}
	titles, surname := name[:at], name[at+1:]
	for titles != "" {
		w, rest, _ := strings.Cut(titles, " ")
		if !f.role(w) && !(strings.HasSuffix(w, ".") && isAbbreviation(strings.TrimSuffix(w, "."))) {
			return ""
		}
		titles = rest
	}
	if f.role(surname) {
		return "" // الطبيب المناوب
	}
	for n := f.nrecent - 1; n >= 0; n-- {
		m := f.recent[n]
		if m.body || m.name == name || g != anyGender && m.g != anyGender && m.g != g {
			continue
		}
		if i := strings.LastIndexByte(m.name, ' '); i > 0 && m.name[i+1:] == surname && !f.isDescription(m.name) {
			return m.name
		}
	}
	return ""
}

// parsedDefinite returns definite(name), parsed once per name: an
// article names its people and bodies the same way many times.
func (f *finder) parsedDefinite(name string) (definiteNP, bool) {
	if p, ok := f.defs[name]; ok {
		return p.d, p.ok
	}
	d, ok := f.definite(name)
	if f.defs == nil {
		f.defs = map[string]parsedNP{}
	}
	if len(f.defs) < maxParsed {
		f.defs[f.name(name)] = parsedNP{d, ok}
	}
	return d, ok
}

// parsedNP is a result of definite, kept by parsedDefinite.
type parsedNP struct {
	d  definiteNP
	ok bool
}

// maxParsed bounds how many names parsedDefinite keeps, so that a text
// of endless distinct names stays bounded in memory.
const maxParsed = 4096

// definiteNP is a definite description parsed by definite: its head
// noun and its other words, normalised as words are compared (see
// refWord), whether it names a body, and whether its head only relates
// the one it names to its other words (صاحب الهدف).
type definiteNP struct {
	head       string
	others     []string
	body       bool
	relational bool
}

// definite parses name as a definite description: English "the" and one
// to three lower-case words (the cooperative, the fire chief, the
// 34-year-old); Arabic a title or a body with the article (الوزير،
// الوزارة) or in the construct state before a definite noun (صاحب الهدف،
// مدير المدرسة), up to three words. A name (a capitalised word, a word no
// list knows at the head) is none.
func (f *finder) definite(name string) (definiteNP, bool) {
	// Most speakers are names: tell them without allocating.
	var d definiteNP
	first, rest, _ := strings.Cut(name, " ")
	if n := strings.Count(name, " "); n > 3 || first == "" {
		return d, false
	}
	if !isArabic(first) {
		if rest == "" || first != "the" && first != "The" {
			return d, false
		}
	} else {
		if rest == "" && !strings.HasPrefix(first, "ال") {
			return d, false // one word without the article: a name (لافروف)
		}
		f.buf = fold(f.buf, first)
		b := bytes.TrimPrefix(f.buf, al)
		if f.kind(b) == 0 {
			return d, false
		}
	}
	ws := strings.Fields(name)
	if !isArabic(ws[0]) {
		for _, w := range ws[1:] {
			if upper(w) {
				return d, false // the Rev. Alison Marsh, the Met Service
			}
		}
		d.head = lower(ws[len(ws)-1])
		for _, w := range ws[1 : len(ws)-1] {
			d.others = append(d.others, lower(w))
		}
		d.body = englishBodies.has(d.head) || orgWords.has(strings.ToUpper(d.head[:1])+d.head[1:])
		return d, true
	}
	if len(ws) > 3 {
		return d, false
	}
	f.buf = fold(f.buf, ws[0])
	head := string(f.buf)
	article := strings.HasPrefix(head, "ال")
	head = strings.TrimPrefix(head, "ال")
	role, body := arabicRoles.has(head), arabicBodies.has(head)
	if !role && !body {
		return d, false
	}
	if !article && (len(ws) < 2 || !strings.HasPrefix(ws[1], "ال")) {
		return d, false // مسؤول، وزارة: indefinite
	}
	if body && !article && len(ws) > 1 {
		return d, false // وزارة التربية is the name of a body
	}
	d.head, d.body = head, body
	d.relational = relationalHeads.has(head)
	for _, w := range ws[1:] {
		if w := refWord(w); !decadeAges.has(strings.TrimSuffix(w, "ة")) {
			d.others = append(d.others, w) // (الحارس الثلاثيني: an age the introduction need not give)
		}
	}
	return d, true
}

// relationalHeads are the Arabic nouns that name someone only by what
// they have or did: صاحب الهدف is the one who scored the goal.
var relationalHeads = set("صاحب صاحبة")

// fits reports whether the description d fits the mention m: its name or
// the sentence that introduced it holds the head of d and its other
// words, or, for a relational head, its other words.
func (f *finder) fits(d definiteNP, m mention) bool {
	words := f.introduction(m, d.relational)
	has := func(w string) bool {
		for _, x := range words {
			if x == w || hasDigit(w) && strings.HasPrefix(w, x) && hasDigit(x) {
				return true // the 34-year-old: "Lucy Fenn, 34,"
			}
		}
		return false
	}
	for _, w := range d.others {
		if !has(w) {
			return false
		}
	}
	if d.relational {
		return len(d.others) > 0
	}
	return has(d.head) || f.hasKind(words, d.head)
}

// hasKind reports whether words hold a title or a profession of the kind
// head names: the striker is the player, the director the official
// (مهاجم الوحدة يزن القطامي … اللاعب؛ مدير حماية المستهلك … المسؤول).
func (f *finder) hasKind(words []string, head string) bool {
	kinds := hypernyms[head]
	if kinds == nil {
		return false
	}
	for _, w := range words {
		if kinds.has(strings.TrimSuffix(w, "ة")) || kinds.has(w) {
			return true
		}
	}
	return false
}

// hypernyms give, for a noun a description refers back with, the titles
// and professions of its kind, normalised as refWord does (Arabic
// without the feminine ending).
var hypernyms = map[string]*wordSet{
	"لاعب":   set("مهاجم مدافع هداف حارس لاعب قائد نجم"),
	"لاعبة":  set("مهاجم مدافع هداف حارس لاعب قائد نجم"),
	"مسؤول":  set("مدير رئيس وزير نائب ناطق متحدث محافظ امين منسق مسؤول عميد قائد"),
	"مسؤولة": set("مدير رئيس وزير نائب ناطق متحدث محافظ امين منسق مسؤول عميد قائد"),
	"طبيب":   set("دكتور طبيب جراح اخصائي استشاري"),
	"طبيبة":  set("دكتور طبيب جراح اخصائي استشاري"),
	"player": set("striker forward midfielder defender goalkeeper keeper captain winger"),
}

// introduction returns the words, normalised by refWord, that introduced
// the mention m: its name, the description right before it (race
// director Lucy Fenn, مدير الشؤون القانونية في البلدية رامي نصار) and its
// apposition (Lucy Fenn, 34, a nurse,). With whole, all the words of the
// sentence it was named in, outside quotations and up to a colon: what a
// relational description (صاحب الهدف) relates to may be anywhere in it.
func (f *finder) introduction(m mention, whole bool) []string {
	lo := f.clampStart(0, m.off-400)
	lo = f.sentenceStart(lo, m.off)
	for i := m.off - 1; i >= lo; i-- {
		if c := f.text[i]; c == '"' || strings.HasPrefix(f.text[i:], "”") || strings.HasPrefix(f.text[i:], "»") {
			lo = i + 1
			break
		}
	}
	hi := min(len(f.text), m.off+len(m.name)+400)
	for i := m.off; i < hi; i++ {
		if c := f.text[i]; c == '.' && !abbreviationBefore(f.text, i) || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' ||
			strings.HasPrefix(f.text[i:], "؟") || strings.HasPrefix(f.text[i:], "«") || strings.HasPrefix(f.text[i:], "“") {
			hi = i
			break
		}
	}
	for !isBoundary(f.text, hi) {
		hi--
	}
	words := make([]string, 0, 16)
	for _, w := range strings.Fields(m.name) {
		words = append(words, refWords(w)...)
	}
	ts := f.tokenize(f.gtoks[:0], lo, hi)
	f.gtoks = ts
	if whole {
		for _, t := range ts {
			if !t.punct {
				words = append(words, refWords(t.s)...)
			}
		}
		return words
	}
	// The name's first and last tokens in its sentence.
	at := strings.Index(f.text[lo:hi], m.name)
	if at < 0 {
		return words
	}
	first, last := -1, -1
	for n, t := range ts {
		if first < 0 && t.off >= lo+at {
			first = n
		}
		if t.off < lo+at+len(m.name) {
			last = n
		}
	}
	if first < 0 {
		return words
	}
	for n := first - 1; n >= 0 && n >= first-12; n-- {
		t := ts[n]
		if t.punct && t.s != "," && t.s != "،" || f.cueIn(ts, n) || lower(t.s) == "that" || t.s == "أن" || t.s == "إن" {
			break
		}
		if !t.punct {
			words = append(words, refWords(t.s)...)
		}
	}
	if last+2 < len(ts) && copulas.has(lower(ts[last+1].s)) && englishArticle(lower(ts[last+2].s)+" ") {
		// Mara Quinn is the harbour master: what the sentence says she is.
		for n := last + 2; n < len(ts) && n <= last+7 && !ts[n].punct; n++ {
			if w := lower(ts[n].s); w == "and" || w == "who" || w == "that" {
				break
			}
			words = append(words, refWords(ts[n].s)...)
		}
	}
	if last+1 < len(ts) && (ts[last+1].s == "," || ts[last+1].s == "،") {
		commas := 0
		for n := last + 2; n < len(ts) && n <= last+10; n++ {
			t := ts[n]
			if t.punct {
				if t.s != "," && t.s != "،" {
					break
				}
				if commas++; commas == 2 {
					break
				}
				continue
			}
			if w := lower(t.s); w == "and" || w == "or" || w == "but" {
				break // The mayor, Ruth Kemp, and the bishop: another person
			}
			if t.s == "إن" || t.s == "أن" || f.cueIn(ts, n) {
				break // فادي نعمة، إن اللجنة حذرت البلدية: what they said
			}
			words = append(words, refWords(t.s)...)
		}
	}
	return words
}

// copulas say what the one named before them is: Mara Quinn is the
// harbour master.
var copulas = set("is was")

// refWord normalises a word of a description for comparison: English in
// lower case, Arabic folded and without the article.
func refWord(w string) string {
	if !isArabic(w) {
		return lower(w)
	}
	var buf [64]byte // (fold's bytes stay on the stack: only the string is made)
	return strings.TrimPrefix(string(fold(buf[:0], w)), "ال")
}

// refWords returns the forms a word of running text may match a word of a
// description by: the word itself, and for Arabic also without the
// conjunction and the preposition written onto it and without a pronoun
// suffix (وبهدف، للمدرسة، هدفه → هدف، مدرسة).
func refWords(w string) []string {
	return appendRefWords(nil, w)
}

// appendRefWords appends the forms refWords gives w to out.
func appendRefWords(out []string, w string) []string {
	if !isArabic(w) {
		l := lower(w)
		if full := titleWords[strings.TrimSuffix(l, ".")]; full != "" {
			return append(out, l, full) // Brig. Gen. Luis Ocampo is the general
		}
		return append(out, l)
	}
	if w == "د." {
		return append(out, w, "دكتور") // د. هالة المنصوري is the doctor
	}
	var buf [64]byte
	b := string(fold(buf[:0], w))
	out = append(out, strings.TrimPrefix(b, "ال"))
	s := b
	if r, n := utf8.DecodeRuneInString(s); (r == 'و' || r == 'ف') && utf8.RuneCountInString(s) > 3 {
		s = s[n:]
	}
	if strings.HasPrefix(s, "لل") {
		s = s[len("ل"):]
	} else if r, n := utf8.DecodeRuneInString(s); (r == 'ب' || r == 'ل' || r == 'ك') && utf8.RuneCountInString(s) > 3 {
		s = s[n:]
	}
	s = strings.TrimPrefix(s, "ال")
	out = append(out, s)
	for _, suffix := range possessives {
		if st, ok := strings.CutSuffix(s, string(suffix)); ok && utf8.RuneCountInString(st) >= 3 {
			out = append(out, st)
			break
		}
	}
	return out
}

// titleWords are the English titles written short or by another word,
// in lower case, and the word a definite description gives them by:
// Cllr Martin St. Clair is "the councillor", Mrs Justice Helen Aldous
// "the judge".
var titleWords = map[string]string{
	"dr": "doctor", "prof": "professor", "gen": "general", "sen": "senator", "rep": "representative",
	"gov": "governor", "lt": "lieutenant", "col": "colonel", "capt": "captain", "cpt": "captain",
	"sgt": "sergeant", "rev": "reverend", "insp": "inspector", "supt": "superintendent", "maj": "major",
	"cmdr": "commander", "adm": "admiral", "brig": "brigadier", "pres": "president", "amb": "ambassador",
	"cllr": "councillor", "det": "detective", "fr": "father", "hon": "honourable",
	"justice": "judge",
}

// isDescription reports whether a person's mention is a description, not
// a name: it starts with a lower-case word or an article (a spokesman, The
// county), or with an Arabic title (مسؤول، صاحب الهدف).
func (f *finder) isDescription(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	if !isArabic(first) {
		return !upper(first) || englishDeterminers.has(lower(first))
	}
	return f.role(first)
}

// lastCompany returns what an English "the company" refers to: the last
// of the recent mentions that is a body not named by a noun of another
// kind (a union, a council), or, before such a body, a capitalised name
// of several words that gives no person's gender nor opens with a given
// name (Kellan Gateway Terminals … the Harbour Workers’ Union … the
// company said); "" when none.
func (f *finder) lastCompany() string {
	other := false // a body of another kind passed over: the name before it may be the company
	for n := f.nrecent - 1; n >= 0; n-- {
		m := f.recent[n]
		if isArabic(m.name) || !upper(m.name) {
			continue
		}
		last := lower(m.name[strings.LastIndexByte(m.name, ' ')+1:])
		if englishBodies.has(last) && !companyWords.has(last) {
			other = true // the union, the council: a body of another kind
			continue
		}
		if m.body {
			return m.name
		}
		if other && strings.Count(m.name, " ") >= 1 && m.g == anyGender && f.genders[m.name] == anyGender && givenGender(m.name) == anyGender && titleWordsAt(m.name) == 0 {
			return m.name
		}
	}
	return ""
}
