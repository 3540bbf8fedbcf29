package quote

import (
	"strings"
	"unsafe"
)

// wordSet is a list of words to look words up in: an open-addressing
// table a quarter full at most, whose hash reads a word's length and
// three of its bytes. The rules look up most words of every paragraph in
// a dozen lists, nearly always in vain, and a map hashes the whole word
// first; here a word in no list is most often told by one empty slot.
type wordSet struct {
	keys  []string // the table; "" is an empty slot
	mask  uint32   // len(keys) - 1
	shift uint8    // 32 - log2(len(keys))
	empty bool     // "" is in the set
	words []string // the words, in the order given
}

// set builds a lookup table from space-separated words.
func set(words ...string) *wordSet {
	s := &wordSet{}
	for _, ws := range words {
		s.words = append(s.words, strings.Fields(ws)...)
	}
	size, shift := 8, uint8(32-3)
	for size < 4*len(s.words) {
		size, shift = size*2, shift-1
	}
	s.keys, s.mask, s.shift = make([]string, size), uint32(size-1), shift
	for _, w := range s.words {
		if w == "" {
			s.empty = true
			continue
		}
		h := wordHash(w, s.shift)
		for s.keys[h] != "" && s.keys[h] != w {
			h = (h + 1) & s.mask
		}
		s.keys[h] = w
	}
	return s
}

// wordHash hashes a word, not empty, to a slot of a table of 1<<(32-shift)
// by its length and its last byte, and in a word of four bytes or more
// two more: the second and the third from the end, for an Arabic word
// the last bytes of its first and its last two letters (its first byte
// is most often that of every other); the product's top bits, which all
// of them stir, give the slot.
func wordHash(w string, shift uint8) uint32 {
	n := len(w)
	h := uint32(n) | uint32(w[n-1])<<8
	if n > 3 {
		h |= uint32(w[n-3])<<16 | uint32(w[1])<<24
	}
	return h * 0x9E3779B1 >> shift
}

// has reports whether w is one of the words of s. Its first probe is
// inline: most words meet an empty slot there.
func (s *wordSet) has(w string) bool {
	if w == "" {
		return s.empty
	}
	h := wordHash(w, s.shift)
	if k := s.keys[h]; k == "" || k == w {
		return k != ""
	}
	return s.probe(w, h)
}

// probe goes on from the slot h, where has met another word than w.
func (s *wordSet) probe(w string, h uint32) bool {
	for {
		h = (h + 1) & s.mask
		switch s.keys[h] {
		case w:
			return true
		case "":
			return false
		}
	}
}

// hasBytes is has for a word in bytes, without making a string of it.
func (s *wordSet) hasBytes(b []byte) bool {
	return s.has(unsafe.String(unsafe.SliceData(b), len(b)))
}

// arabicStops end the noun phrase after a reporting verb: prepositions,
// the complementisers that start indirect speech (إن، أن، بأن), relative
// pronouns, "and he/she is" clauses (وهو، وهي) and time adverbs. They are
// folded (no hamza on alef, no harakat) like the words they are compared
// with.
var arabicStops = set(
	"في من على الى الي عن امام خلال مع بعد قبل عند لدى حول بشان منذ حتى عبر ضمن بين",
	"وفي ومن وعلى والى وعن وامام وخلال ومع وبعد وقبل وعند",
	"ان بان لان كان كانت قد لقد لا لم لن ما ماذا اذا اذ حين عندما", complementisersWithPronouns,
	"كيف لماذا متى اين هل كم",
	"يدعى تدعى يسمى تسمى ويدعى وتدعى ويسمى وتسمى",
	"فان فانه فانها وان وانه وانها",
	"وهو وهي هو هي هم الذي التي الذين اللذين اللتين",
	"اليوم امس مساء صباح ظهر ليل ليلة الجمعة السبت الاحد الاثنين الثلاثاء الاربعاء الخميس",
	"مرة ايضا كذلك لاحقا سابقا مؤخرا حاليا الاسبوع الشهر العام ثم لكن بل او و",
	"بيان بيانا ببيان تصريح تصريحا بتصريح حديث حديثه حديثها جاء",
	"وراء فوق تحت قرب وسط داخل خارج بجانب",                   // يقف سامي الخباز قرب فرنه (خلف is also a name: see behind)
	"عقب اثر اثناء جراء بسبب رغم ضد نحو طوال الصادر الصادرة", // بيان البلدية الصادر عقب الجلسة
)

// arabicIndirect are the indirect objects that may stand between a verb
// and its subject (قالت لي طالبة، قال له الوزير).
var arabicIndirect = set("لي له لها لهم لهما لهن لنا لك لكم")

// arabicJoiners start a name of two words (عبد الرحيم، أبو محمد، أم خليل).
var arabicJoiners = set("عبد ابو ابي ام بن ابن بنت فان فون دير دي دو") // (إلسا فان دير بيرغ: the particles of a European name)

// arabicRoles are titles and professions that come before a name. Folded
// and without the article, which roleWord strips.
var arabicRoles = set(
	"معلم معلمة مدير مديرة رئيس رئيسة وزير وزيرة نائب نائبة متحدث متحدثة ناطق ناطقة محاسب محاسبة",
	"باحث باحثة طالب طالبة حاج حاجة شيخ دكتور دكتورة سيد سيدة مهندس مهندسة خبير خبيرة",
	"محلل محللة سفير سفيرة عميد عميدة لواء عقيد قاضي قاضية محامي محامية صحفي صحفية كاتب كاتبة",
	"فنان فنانة لاعب لاعبة مدرب مدربة مواطن مواطنة ناشط ناشطة منسق منسقة مسؤول مسؤولة",
	"مزارع مزارعة استاذ استاذة مساعد مساعدة عضو عضوة امين امينة ملك امير اميرة ممثل ممثلة",
	"مؤسس مؤسسة مراسل مراسلة طبيب طبيبة ممرضة ممرض عامل عاملة",
	"صاحب صاحبة مالك مالكة مستاجر مستاجرة بائع بائعة حارس حارسة اخصائي اخصائية مشرف مشرفة قائد قائدة",
	"صيدلاني صيدلانية مريض مريضة سائق سائقة تاجر تاجرة موظف موظفة مصور مصورة مترجم مترجمة",
	"ضابط ضابطة جندي جندية شرطي شرطية خباز خبازة فران صياد صيادة نقيب نقيبة رسام رسامة مربي مربية تلميذ تلميذة مختار جدة جد",
	"مراقب مراقبة مفوض مفوضة مندوب مندوبة ناقد ناقدة مؤرخ مؤرخة مصمم مصممة منتج منتجة سكرتير سكرتيرة عمدة",
	"راكب راكبة مسافر مسافرة زائر زائرة متطوع متطوعة لاجئ لاجئة نازح نازحة ساكن ساكنة عامل",
	"طفل طفلة فتى فتاة صبي عداء عداءة محافظ ربة وكيل وكيلة مستشار مستشارة",
	"مدافع مهاجم هداف بطل بطلة مرشد مرشدة مفتش مفتشة مخرج مخرجة شاعر شاعرة روائي روائية عازف عازفة مغني مغنية",
	"زوج زوجة ابن ابنة نجل نجلة حفيد حفيدة شقيق شقيقة اخ اخت والد والدة جار جارة زميل زميلة صديق صديقة",
	"عالم عالمة ملحن ملحنة مدعي مدعية نحات نحاتة مقاول مدرس مدرسة محقق محققة ناشر ناشرة كاهن راهب راهبة خطاط خطاطة جراح جراحة",
)

// slogans are the Arabic words for a slogan someone adopts (تحت شعار
// «…»), not a thing that bears words by itself: its words are the
// organiser's.
var slogans = set("شعار بشعار الشعار")

// arabicNaming are the words after which a phrase in marks is a name or a
// title, not speech: «بوابة الزهراوية» after اسم, a newspaper after
// صحيفة, a station, a group or a law after its kind (إذاعة «…»، تجمع
// "…"، قانون "…" لسنة 2019), a name in a list after بينها, an example
// after مثل.
var arabicNaming = set(
	"اسم باسم واسم بعنوان عنوان المسمى المسماة المسمي تسمى يسمى تدعى يدعى وسم",
	"صحيفة جريدة مجلة شركة مؤسسة منظمة مشروع برنامج كتاب كتابه كتابها رواية فيلم مسلسل",
	"اغنية البوم قناة موقع حزب حركة جمعية مبادرة حملة عملية مهرجان معرض مسرحية قصيدة",
	"اطلاق ميثاق اعلان وثيقة جائزة خطة هتاف نشيد ترنيمة",
	"مثل كلمة عبارة مصطلح لقب بلقب الملقب الملقبة",
	"حكاية قصة اسطورة حكايات",
	"اذاعة محطة تلفزيون تجمع ائتلاف تحالف رابطة نادي فرقة قانون مرسوم بينها بينهم",
	"عرض عروض اداء اوبريت معزوفة مقطوعة لوحة ديوان", // a show, a performance, a work: بعرض «…»
)

// arabicInterviews are the nouns for a talk with a medium: after them and
// إلى or مع, a phrase in marks is the outlet talked to (في حديث إلى
// "الوادي نيوز"، في اتصال هاتفي مع «الريف اليوم»), not speech.
var arabicInterviews = set("حديث اتصال مقابلة لقاء حوار مكالمة تصريح تصريحات مداخلة")

// englishNaming are the words after which a phrase in marks is a name, a
// title or an example, not speech.
var englishNaming = set(
	"called named titled entitled dubbed nicknamed branded labelled labeled",
	"newspaper magazine company firm brand label song album film movie book novel show",
	"series play poem campaign project programme program slogan hashtag app word term phrase",
	"radio station channel podcast",
	"performance production screening premiere staging rendition revival concert musical opera documentary exhibition",
)

// englishMedia are the naming words that also take what a speaker told
// them (told local radio “…”): no name after a cue.
var englishMedia = set("radio station channel podcast")

// englishPronouns stand for a speaker named before.
var englishPronouns = set("he she they i we it his her")

// englishFunction are capitalised words that do not start a name: they
// start sentences, or are days and months.
var englishFunction = set(
	"The A An In On At By For But And Or If When While After Before As Since Until",
	"It He She They We I You My His Her Our Their Its Your This That These Those There Here",
	"Read Among Most Some Many Every Each Last Next Yet So Then Still Also Now Once",
	"One Two Three Several Both Neither Either Another Others Nobody Someone Everyone",
	"Mr Mrs Ms Dr Prof Sir Lady Lord",
	"Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
	"January February March April May June July August September October November December",
)

// englishSkip are the words that may stand between a subject and its verb
// (he also said, she later told).
var englishSkip = set("also later then again twice has had have was is were would will reportedly previously once recently simply just only quietly further kept keeps",
	"always never often still usually sometimes repeatedly briefly calmly angrily proudly flatly firmly softly")

// conjunctions start a clause: the subject of a cue is after the last one.
var conjunctions = set("and but while whereas who which as when because although if or")

// englishDeterminers start an unnamed speaker's description.
var englishDeterminers = set("a an the my his her our their one another its your")

// englishParticles join the capitalised words of a name (Ursula von der
// Leyen, Ana de Armas).
var englishParticles = set("de da del della der den ter ten di du dos das do van von la le al bin ibn bint of")

// orgWords mark a run of capitalised words as a place or an organisation,
// which is never the antecedent of he or she.
var orgWords = set(
	"Quay Harbor Harbour Street Road Avenue Square Museum Commission Council Committee",
	"Company Sons Ltd Inc Club Society Party Ministry Department Hall Court Church School",
	"University College Lab Laboratory Institute Agency Bank Group News Times Post Courier",
	"Association Union Foundation Center Centre Office House Park Bridge River Lake Island",
	"Airport Station Hospital Market Cream Purple Runner Mutual Insurance Panel Jury Tribunal",
	"Cooperative Federation Trust Board Police Constabulary Brigade Coastguard",
	"Authority Buses Lines Airways Airlines Ferries Rail Energy Water Power Foods Motors Holdings Properties Partners Services",
	"Trust Federation Board Cooperative Co-operative Alliance Coalition Network League Corporation Fund Forum",
	"Bureau Assembly Parliament Senate Congress Police Chamber Guild Consortium Secretariat Conservancy",
	"County District Borough United Rovers Athletic Wanderers Albion FC Town City", // a county, a football club
	// a company named by its trade
	"Minerals Mining Metals Steel Resources Chemicals Industries Quarries Collieries Aggregates",
)

// backrefs start a paragraph that names the speaker of the quotation
// before it: "بهذه الكلمات افتتحت الرفاعي المعرض" (see backref).
var backrefs = set("بهذه بهذا بتلك بذلك هكذا")

// roleWord reports whether the folded Arabic word is a title or a
// profession, with or without the article.
func roleWord(folded string) bool {
	return arabicRoles.has(strings.TrimPrefix(folded, "ال"))
}
