package quote

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// This file is the one place that says what can be a speaker and what
// never can, in Arabic and English: the words that are never a speaker
// (pronouns, prepositions, a preposition written onto a noun, function
// and time words), the titles dropped from a name, the writers nobody
// knows (a banner, a note, an anonymous reader), the bodies that issue
// statements, the nouns of people and of kin, and the gender a mention
// carries.

// nobody is what a cue's subject is when the text says that nobody it
// names wrote the words (a banner, a sign, an anonymous comment): the
// quotation's speaker is unknown and never falls back to the person named
// last.
const nobody = "\x00"

// gender of a mention or a cue: unknown, masculine, feminine, plural.
const (
	anyGender byte = iota
	male
	female
	plural
)

// abbreviations are titles written with a full stop. The tokenizer keeps
// the stop on the word (Dr., د.) so that it neither ends a sentence nor
// the name; speakerName drops them from the front of a name.
var abbreviations = set("Dr Mr Mrs Ms Mx Prof St Gen Sen Rep Jr Sr Lt Col Capt Cpt Gov Sgt Rev Hon Insp Supt Maj Cmdr Adm Pres Amb Fr Messrs Cllr Brig Det")

// englishTitles are the titles English writes in full before a name,
// without a stop (Mayor Celia Brandt, District Judge Priya Mendonca,
// Coach Tamsin Rudd): never part of a speaker's name. Words that are
// also common first names or open the names of bodies (Dean, General,
// Premier) are left out. titleModifiers open a title of two words
// (Deputy Mayor, Chief Inspector).
var (
	englishTitles = set("Mayor Judge Justice Magistrate Coroner Coach Manager Inspector Chairman Chairwoman Chairperson Chair",
		"Governor Bishop Archbishop Cardinal Pastor Reverend Rabbi Imam Sheikh Father Sister President Senator Congressman Congresswoman",
		"Councillor Councilor Alderman Professor Sergeant Detective Constable Captain Lieutenant Colonel Commander Commissioner Superintendent",
		"Minister Secretary Ambassador Chancellor Principal Headteacher Headmaster Headmistress Officer Director Chief Sir Dame Lord Lady",
		"Editor Spokesman Spokeswoman Spokesperson Architect Curator Producer Historian Economist Engineer Scientist Researcher Lawyer Attorney",
		"Councilman Councilwoman Trustee Treasurer Organiser Organizer Warden Ranger Skipper Caretaker Conductor Midwife Nurse")
	titleModifiers = set("Deputy Vice Acting Assistant Associate Senior District Chief Head Lord Interim Police Fire Prime Foreign Home Health Education",
		"Council City County State Party Club Union")
)

// titleWordsAt returns the length in bytes of the English title written
// in full that opens name (Judge, Deputy Mayor, District Judge), with the
// space after it, when a name in capitals follows it; 0 when none.
func titleWordsAt(name string) int {
	at := 0
	for {
		w, rest, ok := strings.Cut(name[at:], " ")
		next, _, _ := strings.Cut(rest, " ")
		switch {
		case !ok && (at == 0 || englishTitles.has(w)):
			return 0 // all titles, or none: "the Chief Inspector" names no one by name
		case !ok:
		case englishTitles.has(w):
			at += len(w) + 1
			continue
		case titleModifiers.has(w) && englishTitles.has(next) && len(rest) > len(next):
			at += len(w) + 1 + len(next) + 1
			continue
		}
		if at == 0 {
			return 0
		}
		for part := range strings.SplitSeq(name[at:], " ") {
			if !upper(part) {
				return 0
			}
		}
		return at
	}
}

// isAbbreviation reports whether w, without its full stop, is a title
// abbreviation: one of the list, or a single Arabic letter (د. م. أ.).
func isAbbreviation(w string) bool {
	if len(w) == 2 && (w[0] == 0xD8 || w[0] == 0xD9) {
		return true
	}
	return len(w) <= 6 && abbreviations.has(w)
}

// abbreviationBefore reports whether the full stop at text[i] ends no
// sentence: it ends a title abbreviation ("Dr." in "Dr. Weiss", "د." in
// "د. ليلى") or is a decimal point (£2.3 billion).
func abbreviationBefore(text string, i int) bool {
	if i > 0 && i+1 < len(text) && digit(text[i-1]) && digit(text[i+1]) {
		return true
	}
	k := i
	for k > 0 && k > i-6 && ('a' <= text[k-1] && text[k-1] <= 'z' || 'A' <= text[k-1] && text[k-1] <= 'Z') {
		k--
	}
	if k == i && i >= 2 && (text[i-2] == 0xD8 || text[i-2] == 0xD9) {
		k = i - 2 // one Arabic letter
	}
	if k == i || k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '(' {
		return false
	}
	return isAbbreviation(text[k:i])
}

// neverArabic are Arabic words that are never a speaker: pronouns,
// prepositions with a pronoun written onto them (عليها، له), relative and
// function words and time words. Folded, as the lists of words.go. عليّ
// ("on me") is left out: folded, it is the name علي.
var neverArabic = set(
	"هو هي هم هن هما انا نحن انت انتم انتن",
	"عليه عليها عليهم عليهن عليك الي اليه اليها اليهم له لها لهم لهن لي لنا لك لكم",
	"منه منها منهم عنه عنها عنهم معه معها معهم به بها بهم فيه فيها فيهم بي بنا",
	"معي معنا فينا فيكم الينا علينا منا عنا منكم",
	"اسمه اسمها نفسه نفسها نفسهم ذلك هذا هذه تلك هناك هنا",
	"يومها يومئذ حينها وقتها انذاك حينذاك امس غدا الان",
	"دائما احيانا غالبا عادة يوميا ابدا قط مجددا",
	"اوضاع الاوضاع وضع الوضع حالة الحالة ظروف الظروف احوال الاحوال",
	"عدم الا", // طلب عدم ذكر اسمه، طلب ألا يُذكر: who asked not to be named is before it
	"فقط جدا تماما لصالح بمناسبة لكل", // adverbs and prepositions, never a name
)

// arabicPronouns are the Arabic personal pronouns, folded: with و or ف
// (ونحن صغار) they open a clause, never a name.
var arabicPronouns = set("انا نحن هو هي هم هن هما انت انتم انتن")

// arabicNumbers are the Arabic words for numbers, folded: a count is
// never a speaker (سجّل هدفين في عشر دقائق).
var arabicNumbers = set(
	"واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة اربع اربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة عشر عشرة",
	"عشرون عشرين ثلاثون ثلاثين اربعون اربعين خمسون خمسين مئة مائة مئتين مئات الف الفين الاف مليون ملايين",
	"هدفين نقطتين دقيقتين ساعتين يومين",
)

// arabicVerbal are the particles and verbs of being that open a verbal
// phrase, never a speaker: كان يقف، فقد اضطر، لم تقل. Folded, with a و or
// ف prefix cut; verbsOfState are imperfect verbs a narrative sentence
// stands on (يقف، تقل) that a name never is.
var (
	arabicVerbal = set("كان كانت كانوا قد لقد لم لن ما زال ظل ظلت بات باتت اصبح اصبحت")
	verbsOfState = set("يقف تقف يقفون يجلس تجلس يقل تقل يكن تكن يعد تعد يزال تزال يبق تبق يبقى تبقى يمكن")
)

// verbal reports whether the folded Arabic word b opens a verbal phrase.
func verbal(b string) bool {
	if arabicVerbal.has(b) || verbsOfState.has(b) {
		return true
	}
	if c, ok := strings.CutPrefix(b, "و"); ok && len(c) >= 4 {
		b = c
	} else if c, ok := strings.CutPrefix(b, "ف"); ok && len(c) >= 4 {
		b = c
	}
	return arabicVerbal.has(b) || verbsOfState.has(b)
}

// neverEnglish are English words that are never a speaker, alone or as
// the first word of one: pronouns, prepositions, function and time words.
var neverEnglish = set(
	"he she they i we it you him her them me us his its their our my your this that these those there here",
	"of for to in on at by with from into about after before over under between during without",
	"outside inside behind beside near across through among against",
	"and or but if when while as so then also not no yes",
	"today yesterday tomorrow tonight now later earlier",
	"one another the first second third last latter former other each",
	"asked pressed told questioned reached contacted interviewed quoted speaking writing",
	"christmas easter ramadan eid diwali hanukkah thanksgiving new",
	"january february march april may june july august september october november december",
	"monday tuesday wednesday thursday friday saturday sunday",
	"someone somebody anyone nobody everyone",
	"i'd i'll i'm i've we'd we'll we're we've you'd you'll you're he'd he'll she'd she'll they'd they'll they're it's it'll",
	"i’d i’ll i’m i’ve we’d we’ll we’re we’ve you’d you’ll you’re he’d he’ll she’d she’ll they’d they’ll they’re it’s it’ll",
)

// articleOrdinals after an article name no one: "the first", "the last".
var articleOrdinals = set("first second third fourth fifth last latter former other next same")

// streetWords end the name of a street, a place, a law or a prize (Abbey
// Lane, Mill Crescent, the Housing Bill, the Carden Prize), which is never
// a speaker; orgWords
// (words.go) holds the words of bodies and buildings. They are looked at
// last in a name only: Bill Tuck is a person.
var streetWords = set("Act Bill Lane Street Road Avenue Drive Crescent Terrace Boulevard Alley Gardens Parade Esplanade Square Quay Wharf Bridge Park Estate",
	"Prize Award Medal Trophy")

// locatives are the prepositions after which capitalised words name a
// place: on Abbey Lane, in Leeds, at the Crown Court, near Tarnwick.
var locatives = set("on in at near along outside inside across off into")

// arabicPlaces head the name of a place, never a speaker: شارع المدارس،
// حي الورود، ساحة البلدية. Folded, without the article.
var arabicPlaces = set("شارع حي ساحة دوار طريق جسر ميناء قرية مدينة بلدة مخيم منطقة ضاحية وادي جبل سهل نهر بحيرة شاطئ مستشفى مطار")

// never reports whether the name is a word that is never a speaker, or
// starts with one, or a preposition written onto a noun (لقوات، للصحفيين،
// بالمدينة).
func (f *finder) never(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	if isArabic(first) {
		f.buf = fold(f.buf, first)
		for k := range f.nevers {
			if e := &f.nevers[k]; e.name == name && e.gen == f.knownGen {
				return e.never
			}
		}
		c := f.wordClass(f.buf)
		never := neverFirst(first, c) || first == name && f.possessedClass(string(f.buf), c)
		f.nevers[f.neverNext] = neverSeen{name, f.knownGen, never}
		f.neverNext = (f.neverNext + 1) % len(f.nevers)
		return never
	}
	if last := name[strings.LastIndexByte(name, ' ')+1:]; last != first && streetWords.has(last) {
		return true // Abbey Lane
	}
	// "his daughter" is a speaker; "he", "for the company" and "today"
	// are not.
	if w := lower(first); neverEnglish.has(w) {
		if first == name || !englishDeterminers.has(w) {
			return true
		}
		// "the first", "the other": an ordinal after the article, with no
		// noun after it, is no one ("the first officer" is someone).
		second := name[len(first)+1:]
		return articleOrdinals.has(lower(second))
	}
	return false
}

// neverSeen is an answer of never for an Arabic name, valid while known
// holds the names it held (knownGen): possessedClass asks it.
type neverSeen struct {
	name  string
	gen   uint32
	never bool
}

// neverToken is never for the one word of token t, read from its class
// and its folded form instead of folding it again.
func (f *finder) neverToken(t token) bool {
	if !isArabic(t.s) {
		return f.never(t.s)
	}
	c := f.classOf(t)
	return neverFirst(t.s, c) || f.possessedClass(t.f, c)
}

// neverFirst reports whether the Arabic word w, of class c, is never a
// speaker nor starts one, whatever follows it (see never).
func neverFirst(w string, c class) bool {
	switch {
	case oneLetter(w):
		return true // بـ، لـ: a preposition written alone before a mark
	case c.never:
		return true
	case c.bits&bodyAfterPreposition != 0:
		return true // بكلية الطب، لشركة الفجر: a body after its preposition
	}
	return hamzaAfterPreposition(w) // بإعادة الفرز، لإنقاذ: a preposition on a verbal noun
}

// oneLetter reports whether w is one character, tatweels after it aside,
// as utf8.RuneCountInString(strings.TrimRight(w, "ـ")) == 1 tells, without
// decoding the word.
func oneLetter(w string) bool {
	for strings.HasSuffix(w, "ـ") {
		w = w[:len(w)-len("ـ")]
	}
	_, n := decode(w)
	return n > 0 && n == len(w)
}

// neverWord reports whether the folded Arabic word b is never a speaker
// nor the first word of one (see never): a function word, a verb, a
// preposition written onto a noun (لقوات، للصحفيين، بالمدينة), the head
// of a place (شارع المدارس).
func neverWord(b string) bool {
	if bare := strings.TrimPrefix(strings.TrimPrefix(b, "و"), "ف"); neverArabic.has(b) || arabicStops.has(b) || verbal(b) || pronounComplementiser.has(bare) || bare != b && arabicPronouns.has(bare) || arabicNumbers.has(bare) {
		return true // (وإنهما: a complementiser with its pronoun)
	}
	if strings.HasPrefix(b, "لل") || strings.HasPrefix(b, "بال") || strings.HasPrefix(b, "لـ") || strings.HasPrefix(b, "وال") && len(b) > 8 && neverArabic.has(b[2:]) {
		return true
	}
	return arabicPlaces.has(strings.TrimPrefix(b, "ال"))
}

// hamzaAfterPreposition reports whether the Arabic word w is a
// preposition (ب، ل، ك) written onto a word that opens with a hamza on
// alef (بإعادة، لأجل، كأنه): a noun or a particle governed by it, which no
// name begins with (unlike باسل، لينا).
func hamzaAfterPreposition(w string) bool {
	r, n := decode(w)
	if r != 'ب' && r != 'ل' && r != 'ك' {
		return false
	}
	h, _ := decode(w[n:])
	return h == 'أ' || h == 'إ'
}

// possessedClass reports whether the folded word b, of class c, is a
// noun with a possessive on it that is no name seen before: its
// possessedForm bit says what possessedWord says of the word alone.
func (f *finder) possessedClass(b string, c class) bool {
	return c.bits&possessedForm != 0 && !f.isKnown(b)
}

// possessedWord reports whether the folded Arabic word b is a noun with a
// possessive pronoun written onto it (فخره، قلقها، زملاءهم) that is not a
// title or a relation (زوجته، مدربها are people): a thing someone has,
// never a speaker. A word in يه is left alone: names end so (وجيه، فقيه)
// as well as أخيه, and so does a word whose stem before the suffix has
// fewer than three letters (أيهم، أدهم، مها).
// Names seen before aside (possessedClass asks them), it is worked out
// once per word (see classify).
func (f *finder) possessedWord(b string) bool {
	if strings.HasSuffix(b, "يه") || strings.HasPrefix(b, "ال") {
		return false // a word with the article takes no possessive (العبدالله is a name)
	}
	if anonymous.has(b) {
		return false // أحدهم، بعضهم: one of the people, not a thing of theirs
	}
	for _, suffix := range possessives {
		if stem, ok := strings.CutSuffix(b, string(suffix)); ok {
			return utf8.RuneCountInString(stem) >= 3 && !f.definiteRole([]byte(b)) && !myKin.has(b)
		}
	}
	return false
}

// speakerName cleans a speaker found by a cue: title abbreviations are
// dropped from its front (Dr. Alan Weiss → Alan Weiss, د. ليلى عيسى → ليلى
// عيسى), and a word that is never a speaker gives "".
func (f *finder) speakerName(name string) string {
	if name == "" || name == nobody {
		return name
	}
	for {
		first, rest, ok := strings.Cut(name, " ")
		if !ok {
			break
		}
		// Dr. Alan Weiss; British style writes no stop: the Rt Rev Alan
		// Moss, Dr Lena Ortiz, when a name of two words follows.
		dotted := strings.HasSuffix(first, ".") && isAbbreviation(strings.TrimSuffix(first, "."))
		bare := (abbreviations.has(first) || first == "Rt") && strings.Count(rest, " ") >= 1 && upper(rest)
		if !dotted && !bare {
			break
		}
		name = rest
	}
	if first, rest, ok := strings.Cut(name, " "); ok && !isArabic(first) && englishCues[lower(first)] == verbCue && !upper(first) {
		name = rest // (Achebe said one judge had described …: the judge, without the cue before)
	}
	if n := titleWordsAt(name); n > 0 {
		// Judge Mendonca: the person; "the judge" still refers to them,
		// by the words their introduction holds.
		name = name[n:]
	}
	if partitive(name) || f.carrier(name) {
		return nobody
	}
	if f.never(name) || reportingParticiple(name) {
		return ""
	}
	return name
}

// reportingParticiple reports whether an English speaker is one word that
// is a reporting verb's participle opening a sentence (Asked whether …,
// she laughed; Speaking to reporters, he said): a clause about the
// speaker, never their name.
func reportingParticiple(name string) bool {
	if strings.IndexByte(name, ' ') >= 0 || isArabic(name) {
		return false
	}
	w := lower(name)
	return englishCues[w] == verbCue && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// partitive reports whether an English speaker is one or some of a group
// a pronoun stands for ("one of them", "Some of us"): a member the text
// does not name, like Arabic أحدهم, so the words have no speaker.
func partitive(name string) bool {
	if strings.Count(name, " ") != 2 || !strings.Contains(name, " of ") {
		return false
	}
	ws := strings.Fields(lower(name))
	return len(ws) == 3 && quantifiers.has(ws[0]) && ws[1] == "of" && groupPronouns.has(ws[2])
}

var (
	quantifiers   = set("one some many most several few two three four all none each any either neither both")
	groupPronouns = set("them us you those these")
)

// inscriptions are the things that carry words nobody signs: the text on
// them has no speaker.
var inscriptions = set(
	"sign signs note notes banner banners placard placards poster posters notice graffiti plaque letters chalk board sticker stickers leaflet flyer message hoarding",
	"mural murals wall walls card cards t-shirt t-shirts post posts",
	"chalkboard chalkboards whiteboard whiteboards blackboard noticeboard inscription inscriptions headstone gravestone",
	"لافتة لافتات ورقة لوحة ملصق ملصقات منشور جدار الجدار اللافتة الورقة اللوحة شعار",
	"اللافتات الملصقات جدران الجدران عبارة العبارة عبارات كتابة كتابات الكتابة",
)

// anonymous words make a writer unknown: an anonymous reader, someone.
var anonymous = set(
	"anonymous unnamed unidentified unsigned someone somebody",
	"احدهم احداهن احدنا احدانا بعضهم بعضهن مجهول مجهولة مجهولون مجهولين مجهولات",
)

// sources are the Arabic nouns of an unnamed source (مصدرًا في الوزارة),
// a speaker the text gives no name or title; folded.
var sources = set("مصدر")

// unknownWriters are the Arabic words of people nobody knows (كتب
// مجهولون، زائر مجهول): whatever their verb, their words have no speaker.
var unknownWriters = set("مجهول مجهولة مجهولون مجهولين مجهولات")

// arabicQuantities count the members of a group before its noun (عشرات
// السائقين، مئات المزارعين): the group is a mention a plural cue refers
// to. Folded.
var arabicQuantities = set("عشرات مئات الاف الوف عدد حشود جموع")

// englishQuantities count the members of a group before "of": dozens of
// pickers, hundreds of the residents.
var englishQuantities = set("dozens hundreds thousands scores crowds groups")

// arabicAnonymous are the people an Arabic أحد ("one of") picks out
// without naming: أحد المعلقين، أحد القراء.
var arabicAnonymous = set("المعلقين القراء المارة المتابعين المستخدمين الزوار")

// arabicBodies are the heads of the names of bodies that issue statements
// (نقابة المعلمين، وزارة التربية، شركة الكهرباء); folded, without ال.
var arabicBodies = set(
	"وزارة نقابة لجنة شركة بلدية جمعية مديرية مجلس هيئة ادارة منظمة اتحاد حزب حركة مؤسسة محكمة رابطة جامعة مستشفى الشركة",
	"مفوضية سفارة قنصلية بعثة وكالة نيابة شرطة حكومة رئاسة امانة دائرة نادي",
	"ائتلاف تحالف تجمع تنسيقية غرفة",
)

// arabicStatements are the writings a body issues: جاء في بيان النقابة.
var arabicStatements = set("بيان بيانا ببيان البيان بيانها بيانه بيانهم رسالة الرسالة رسالتها رسالته تقرير تقريرا التقرير تقريرها تقريره نص منشور تعميم التعميم مذكرة",
	"منشورا المنشور رسالة رسالتهم مذكرتها مذكرته المذكرة مرافعتها مرافعته لائحتها")

// arabicConstruct are nouns that head a description without being a
// person's name: صاحب مطبعة النور كمال الراعي, رئيسة قسم الطوارئ.
var arabicConstruct = set(
	"مطبعة محل مكتب قسم دائرة مدرسة جامعة مستشفى مركز شركة وزارة نقابة لجنة بلدية جمعية مديرية مجلس هيئة",
	"ادارة فرع سوق مصنع مزرعة مخبز مطعم متحف مكتبة حي قرية مدينة مخيم نادي فريق مكتب مجموعة",
)

// personNouns are English nouns for people named without a name, the
// antecedents of a pronoun in a nested quotation (a woman, the guard, my
// grandmother).
var personNouns = set(
	"woman man girl boy guard customer mother father grandmother grandfather daughter son wife husband",
	"sister brother aunt uncle neighbour neighbor friend doctor nurse teacher driver officer stranger child",
	"clerk judge mayor chairman chairwoman spokesman spokeswoman official",
	"inspector soldier manager owner boss landlord landlady policeman policewoman priest farmer worker pilot captain waiter waitress colleague engineer lawyer coach",
	"parent resident passenger worker student pupil farmer fisherman trader witness survivor volunteer",
	"fan visitor spokesperson shopper commuter patient",
	"pensioner lodger tenant caller shopkeeper carer cleaner porter bystander onlooker protester supporter voter midwife",
	"leader employee member staffer supervisor foreman forewoman mentor tutor surgeon paramedic marshal",
)

// englishMale and englishFemale give the gender of a relation or a title.
var (
	englishMale   = set("dad grandpa grandad granddad father husband son grandson stepson brother grandfather uncle nephew boyfriend widower fiancé fiance Mr. Mr he him his")
	englishFemale = set("mum mom mam nan nana gran granny grandma auntie mother wife daughter granddaughter stepdaughter sister grandmother aunt niece girlfriend widow fiancée fiancee Mrs. Ms. Mrs Ms she her")
)

// arabicGender returns the gender an Arabic cue verb gives its subject:
// feminine for قالت، تقول، مضيفةً, masculine for قال، يقول.
func arabicGender(folded []byte) byte {
	b := folded
	if len(b) > 4 && b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81) { // و، ف
		b = b[2:]
	}
	if arabicCues[string(b)] == notCue {
		for _, suffix := range objectSuffixes {
			if stem, ok := bytes.CutSuffix(b, suffix); ok && arabicCues[string(stem)] != notCue {
				b = stem // أجابتهم
				break
			}
		}
	}
	if pastStems[string(b)] {
		return male // تابع، تساءل begin with ت and are masculine
	}
	if bytes.HasSuffix(b, []byte("وا")) || bytes.HasSuffix(b, []byte("ون")) {
		return plural // قالوا، يقولون
	}
	switch {
	case len(b) >= 2 && string(b[len(b)-2:]) == "ت", len(b) >= 2 && string(b[len(b)-2:]) == "ة":
		return female
	case len(b) >= 2 && string(b[:2]) == "ت":
		return female
	}
	return male
}

// pastStems are the masculine past forms of the Arabic cues.
var pastStems = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range arabicStems {
		m[s.past] = true
	}
	return m
}()

// roleGender returns the gender of an Arabic title or relation word,
// folded: a final ة (or ت before a suffix) is feminine.
func roleGender(folded string) byte {
	w := strings.TrimSuffix(strings.TrimSuffix(folded, "ي"), "ها")
	if strings.HasSuffix(w, "ة") || strings.HasSuffix(w, "ت") {
		return female
	}
	return male
}

// Kinds of Arabic nouns that head a mention.
const (
	roleKind     byte = 1 + iota // a title, a profession or a relation
	bodyKind                     // a body that issues statements
	quantityKind                 // a count of a group's members (عشرات)
)

// arabicKinds maps a folded Arabic noun without the article to its kind,
// so that a word of running text is looked up once for both.
var arabicKinds = func() map[string]byte {
	m := map[string]byte{}
	for _, w := range arabicQuantities.words {
		m[w] = quantityKind
	}
	for _, w := range arabicBodies.words {
		m[w] = bodyKind
	}
	for _, w := range arabicRoles.words {
		m[w] = roleKind
	}
	return m
}()

// kind returns the kind of the folded Arabic word b, with or without the
// article, or 0.
func (f *finder) kind(b []byte) byte {
	b = bytes.TrimPrefix(b, al)
	if len(b) < 4 || len(b) > 24 {
		return 0 // no title or body has one letter or more than twelve
	}
	return arabicKinds[string(b)]
}
