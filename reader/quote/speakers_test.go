package quote

import (
	"strings"
	"testing"
)

// TestNeverSpeakers checks the one list of what is never a speaker:
// pronouns, prepositions (also written onto a noun or carrying a
// pronoun), function and time words, in Arabic and English.
func TestNeverSpeakers(t *testing.T) {
	f := &finder{known: map[string]bool{}}
	for _, w := range []string{"عليها", "له", "إليها", "هو", "للصحفيين", "بالمدينة", "يومها", "اسمه", "he", "She", "for the company", "today", "someone",
		"تقل", "يقف", "وكان يقف", "فقد اضطر", "لم تقل", "وادي النخيل", "أوضاع المزارعين", "حالة الطقس",
		"Asked", "One", "Another", "the first", "the last", "Christmas", "March", "Monday"} {
		if !f.never(w) {
			t.Errorf("%q can be a speaker", w)
		}
	}
	for _, w := range []string{"لمى حداد", "بشير عواد", "الوزارة", "his daughter", "Ellen", "the council", "والدتي",
		"يوسف", "يزن", "تامر", "فادي", "وفاء", "كمال", "the first officer", "Maya"} {
		if f.never(w) {
			t.Errorf("%q is never a speaker", w)
		}
	}
}

// TestNeverSpeakerClasses checks, class by class, the words the one
// grammar of speakers.go rules out, and the look-alikes it must keep:
// places and streets, nouns with a possessive pronoun, a part of a group
// a pronoun stands for, time words, prepositions.
func TestNeverSpeakerClasses(t *testing.T) {
	f := &finder{known: map[string]bool{}}
	for _, tc := range []struct {
		class string
		never []string
		keep  []string
	}{
		{"places", []string{"Abbey Lane", "Mill Crescent", "Harbour Road", "شارع المدارس", "حي الورود", "الساحة"},
			[]string{"Damon Hill", "Anna Street-Lowe", "رامي نصار", "سامي الحي"}},
		{"possessed", []string{"فخره", "قلقها", "زملاءهم", "غضبه"},
			[]string{"زوجته", "مدربها", "أيهم", "أدهم", "وجيه", "أخيه"}},
		{"quantifiers", []string{"one of them", "Some of us", "two of those"},
			[]string{"one of the volunteers", "his daughter"}},
		{"time", []string{"yesterday", "today", "يومها", "أمس"}, []string{"Ellen", "الوزارة", "علي"}},
		{"prepositions", []string{"for the company", "عليها", "للصحفيين", "بالمدينة"}, []string{"the council", "والدتي"}},
	} {
		for _, w := range tc.never {
			if got := f.speakerName(w); got != "" && got != nobody {
				t.Errorf("%s: %q can be a speaker", tc.class, w)
			}
		}
		for _, w := range tc.keep {
			if got := f.speakerName(w); got != w {
				t.Errorf("%s: %q is no speaker (%q)", tc.class, w, got)
			}
		}
	}
}

// TestSpeakerClasses checks each class of the mention grammar and
// reference rules on a sentence of its own: the speaker found, or none
// (an empty speaker before the bar).
func TestSpeakerClasses(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		// Titles and abbreviations are dropped or kept, never the speaker.
		{"honorifics", `Dr. Alan Weiss said: "We lack people to staff them."`, "Alan Weiss|We lack people to staff them."},
		{"honorifics", `"How many left for agencies?" asked Sen. Rita Vance.`, "Rita Vance|How many left for agencies?"},
		{"honorifics", `"He will recover," Dr Lena Ortiz said.`, "Lena Ortiz|He will recover,"},
		{"honorifics", `وقالت د. ليلى عيسى: «فحصنا أكثر من ستين مريضًا».`, "ليلى عيسى|فحصنا أكثر من ستين مريضًا"},
		{"honorifics", `وتابع م. خالد ناصر: «الطريق وعر جدًا».`, "خالد ناصر|الطريق وعر جدًا"},
		// A description before the name gives the name.
		{"description", `وقال صاحب مطبعة النور كمال الراعي: «كل حرف هنا وضعته يد».`, "كمال الراعي|كل حرف هنا وضعته يد"},
		{"description", `وقال المزارع العجوز فؤاد سلوم: «طبعت دعوة عرسي هنا».`, "فؤاد سلوم|طبعت دعوة عرسي هنا"},
		{"description", `وأوضح الدكتور سمير حداد، أخصائي القلب في المستشفى، أن النقص كبير. وأضاف: «لا دواء هنا».`, "سمير حداد|لا دواء هنا"},
		// A department, a place or a preposition is not the speaker; one
		// who speaks for a body is given with it.
		{"departments", `وقال مدير الشؤون القانونية في البلدية رامي نصار: «سنقاضي الشركة».`, "رامي نصار|سنقاضي الشركة"},
		{"departments", `وقال مسؤول لقوات الدفاع المدني: «أجلينا أربعين عائلة».`, "مسؤول|أجلينا أربعين عائلة"},
		{"departments", `"We are still waiting for an answer," a spokesman for the Port Authority told reporters.`, "a spokesman for the Port Authority|We are still waiting for an answer,"},
		// Pronouns and suffixed prepositions refer back.
		{"pronouns", `وعلّق عليها أحدهم، وهو سائق يدعى عادل مهنا: «كتبنا لهم ثلاث مرات».`, "عادل مهنا|كتبنا لهم ثلاث مرات"},
		{"pronouns", `Ivan Petrov, who has driven the N7 since it started, said he would move. "I will miss the regulars," he said.`, "Ivan Petrov|I will miss the regulars,"},
		// Statements belong to the body.
		{"bodies", `وقال المعلم حسن بدير إن الرواتب تأخرت. وجاء في بيان نقابة المعلمين: «الإضراب مفتوح».`, "نقابة المعلمين|الإضراب مفتوح"},
		{"bodies", `أصدرت وزارة التربية بيانًا. وقالت الوزارة: «الأموال مرصودة».`, "وزارة التربية|الأموال مرصودة"},
		// Words nobody signs have no speaker.
		{"unknown", `ورفع المحتجون لافتة كُتب عليها: «الكهرباء حق وليست منّة».`, "|الكهرباء حق وليست منّة"},
		{"unknown", `Lina Moss spoke first. A sign on the fence reads: "Dogs must be kept out until September."`, "|Dogs must be kept out until September."},
		{"unknown", `Under the post, an anonymous commenter wrote: "Skylarks matter more than taxpayers."`, "|Skylarks matter more than taxpayers."},
		{"unknown", `Someone has sprayed a message on the hoarding at the depot: "We will believe it when we ride it."`, "|We will believe it when we ride it."},
		{"unknown", `Lina Moss left early. Then Tom Reed sent a message to the club: "We are coming back next year."`, "Tom Reed|We are coming back next year."},
		// Kunya and relations are speakers.
		{"kunya", `وأكد أبو ياسر: «وعدونا بمئة بيت».`, "أبو ياسر|وعدونا بمئة بيت"},
		{"kunya", `"Dad kept saying next year would be better," his daughter said.`, "his daughter|Dad kept saying next year would be better,"},
		// Gender and replies choose among the people named.
		{"pronouns", `Her brother, Dev Ross, works nights. Mia Ross runs the shop. "It is credit, not charity," she said.`, "Mia Ross|It is credit, not charity,"},
		{"description", `ويقول عواد إن ابنه سيتعلم الصنعة. وتابع: «لا أريد أن تنتهي معي».`, "عواد|لا أريد أن تنتهي معي"},
		{"description", `وقالت زوجته ستيفاني كرم: «لن نغادر».`, "ستيفاني كرم|لن نغادر"},
		{"description", `"Are they bears or cats?" a little boy at the fence asked.`, "a little boy|Are they bears or cats?"},
		// A verb no list knows: Arabic puts it first and its subject after
		// it; English puts a past tense in -ed where a cue stands.
		{"description", `وهمهم الحدّاد سامي رعد بصوت خافت: «النار لا تنتظر أحدًا».`, "سامي رعد|النار لا تنتظر أحدًا"},
		{"pronouns", `وقال المزارع نبيل حمود إن الموسم جيد، وغمغم متعبًا: «لكن الأسعار لا تكفي».`, "نبيل حمود|لكن الأسعار لا تكفي"},
		{"description", `وردّت المحامية ديما سرور بانفعال: «لن نتراجع».`, "ديما سرور|لن نتراجع"},
		{"description", `أما الممرضة هالة شقير فقالت بنبرة حازمة: «سننتظر الطبيب».`, "هالة شقير|سننتظر الطبيب"},
		{"bodies", `وجاء في بيان الصندوق الوطني للإسكان: «القروض ستصرف الشهر المقبل».`, "الصندوق الوطني|القروض ستصرف الشهر المقبل"},
		{"description", `"Not again," Tomas Reyes groaned.`, "Tomas Reyes|Not again,"},
		{"description", `"The stars are back," sniffed Lotte van den Broek, a retired pilot.`, "Lotte van den Broek|The stars are back,"},
		{"bodies", `"Funding is secured," the Regional Development Board said.`, "Regional Development Board|Funding is secured,"},
		{"unknown", `A card pinned above the till warns: "Cash only after six."`, "|Cash only after six."},
		{"departments", `"The tide is late again," grumbled Ines Alves of the Harbour Users Group.`, "Ines Alves|The tide is late again,"},
		{"unknown", `A painted board by the door of the café announces: "Closed for the funeral of our mother."`, "|Closed for the funeral of our mother."},
		{"description", `أما مديرها، الصحفي المخضرم سامر الأتاسي، فعلّق: «لن نغلق الجريدة».`, "سامر الأتاسي|لن نغلق الجريدة"},
		{"pronouns", `ولم يخف المزارع جميل سرحان غضبه، لكنه اكتفى بالقول: «سنرى ما يفعلون».`, "جميل سرحان|سنرى ما يفعلون"},
		{"pronouns", `وقال علي، وهو طالب في الصف العاشر: «المدرسة بعيدة».`, "علي|المدرسة بعيدة"},
		// An adverb between subject and cue; a relation names a gender.
		{"pronouns", `His widow, Marta, spoke briefly. "He loved this town," she said.`, "Marta|He loved this town,"},
		// A name given in the other script is one speaker.
		{"script", `ويقود الفريق المهندس جون سميث (John Smith). ويقول Smith: «الحجارة سليمة في معظمها».`, "جون سميث|الحجارة سليمة في معظمها"},
		// A name after يدعى, then its Latin spelling: the Arabic one given first.
		{"script", `أما قائد السفينة، وهو بحار نرويجي يدعى لارس هولم (Lars Holm)، فنُقل إلى المستشفى. ونقل عنه المترجم قوله: «لم أرَ الصخرة».`, "لارس هولم|لم أرَ الصخرة"},
		{"script", `أصيب سائق الجرافة، وهو عامل بولندي يدعى يان نوفاك (Jan Novak)، بجروح طفيفة. وقال: «انزلقت العجلات».`, "يان نوفاك|انزلقت العجلات"},
	} {
		got := find(t, tc.text)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestNestedSpeakers checks that a nested quotation is said by the person
// its outer quotation names, and the outer one stays its speaker's.
func TestNestedSpeakers(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`وقالت ريم الأحمد: «قالت لي والدتي يومها: "لا تنادي على الزبون"، وما زلت أعمل بنصيحتها».`,
			"ريم الأحمد|قالت لي والدتي يومها: \"لا تنادي على الزبون\"، وما زلت أعمل بنصيحتها\nوالدتي|لا تنادي على الزبون"},
		{`"My father always said, ‘Never sell the land,’ and I never did," said Ray Okoro.`,
			"Ray Okoro|My father always said, ‘Never sell the land,’ and I never did,\nMy father|Never sell the land,"},
		{`"When the inspector came, he looked at me and said, ‘You have a week,’ and left," recalled cafe owner Nour Aziz.`,
			"Nour Aziz|When the inspector came, he looked at me and said, ‘You have a week,’ and left,\ninspector|You have a week,"},
		{`"A woman came in with no money," Priya Shah said. "She told me, ‘I will pay you in March,’ and she did."`,
			"Priya Shah|A woman came in with no money,\nPriya Shah|She told me, ‘I will pay you in March,’ and she did.\nwoman|I will pay you in March,"},
		// An owner or a tenant named in the narration before says the inner words.
		{`وقال حسن داود إن المالك رفع الإيجار مرتين. «اتصل بي وقال: "ادفع أو اخرج"»، روى داود.`,
			"داود|اتصل بي وقال: \"ادفع أو اخرج\"\nالمالك|ادفع أو اخرج"},
		{`وقال المحامي نبيل عيسى إن المستأجر رفض الدفع. «جاءني إلى المكتب وقال: "لن أدفع قرشًا"»، روى عيسى.`,
			"عيسى|جاءني إلى المكتب وقال: \"لن أدفع قرشًا\"\nالمستأجر|لن أدفع قرشًا"},
	} {
		if got := strings.Join(find(t, tc.text), "\n"); got != tc.want {
			t.Errorf("%s\n found %q\n want  %q", tc.text, got, tc.want)
		}
	}
}

// TestTitlesInMarks checks that names of works and declarations in marks
// are not quotations.
func TestTitlesInMarks(t *testing.T) {
	for _, in := range []string{
		`اختتم المنتدى أعماله بإطلاق «ميثاق بيروت للمياه» أمس.`,
		`وتدير الخط الشركة المشغلة «ريف للنقل» منذ عامين.`,
		`The council signed what it called the "Kinsale Declaration," a pledge to keep the quay open.`,
		`Nora Quinlan closed the night with 'Blue Hours,' a song by her father.`,
		`ورفضت النقابة تطبيق «قانون العمل الزراعي رقم 4 لسنة 2021» على العمال الموسميين.`,
		`ووقّع الوزير «اتفاقية التعاون في إدارة الموانئ» مع نظيره أمس.`,
		`Growers say the "Rural Water Access Act" has done little for the valley.`,
		// A station's, a group's or a law's name after its kind.
		`وقال مقدم البرامج في إذاعة «نبض المدينة» سامر خليل إن المستمعين اتصلوا طوال الليل.`,
		`وقال محمد، وهو عضو في تجمع "شباب من أجل الحي"، إن الاعتصام سيستمر.`,
		`وأوضح المحامي نبيل حداد أن قانون "حماية المستأجرين" لسنة 2018 لا يسمح بذلك.`,
		`وأوضح المحامي نبيل حداد أن قانون "حماية المستأجرين من الإخلاء" لعام 2018 لا يسمح بذلك.`,
		`Speaking on BBC Radio “Morning call with Anna”, the mayor said the plan was dead.`,
		`Residents joined the “Keep our library open” campaign last year, Tom Reyes said.`,
	} {
		if got := find(t, in); len(got) != 0 {
			t.Errorf("%s: found %q", in, got)
		}
	}
}

// TestArabicConjugations checks that the cue verbs are generated from
// their stems in every person news prose quotes with, with the و and ف
// prefixes and an object pronoun, and that words which only look alike
// are no cue.
func TestArabicConjugations(t *testing.T) {
	f := &finder{known: map[string]bool{}}
	for _, w := range []string{"قال", "قالت", "قالوا", "قلتُ", "قلنا", "أضفنا", "نفيتُ", "رددتُ", "أقول", "نقول", "يقولون",
		"سألنا", "سألتهم", "وصاح", "فهتفت", "واستدركت", "حكت", "رأيتُ", "وأشرنا", "أجبتُه", "فردّ"} {
		if f.cueOf(w) != verbCue {
			t.Errorf("%q is no cue verb", w)
		}
	}
	for _, w := range []string{"قلب", "سلنا", "المقال", "مقالة", "نفيسة", "فرد"} {
		if f.cueOf(w) == verbCue {
			t.Errorf("%q is a cue verb", w)
		}
	}
}

// TestDefiniteDescriptions checks that a speaker the text gives by a
// definite description or a short form is the one it refers back to: the
// person or body named last whose name, description or apposition holds
// its words (or, for صاحب, whose sentence holds what they have), and that
// a description nothing fits, or an indefinite one, stays as it is.
func TestDefiniteDescriptions(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// A title named again without the name (the name keeps its
		// capitalised title, as the article gives it).
		{`Health Minister Joan Pike opened the ward on Monday. "We needed these beds years ago," the minister said.`, "Joan Pike|We needed these beds years ago,"},
		{`Gwen Tally, the head teacher, closed the school early. Later the head teacher said: "Nobody was hurt."`, "Gwen Tally|Nobody was hurt."},
		{`وافتتح وزير الصحة نبيل عساف الجناح الجديد. وقال الوزير: «هذه الأسرّة تأخرت سنوات».`, "نبيل عساف|هذه الأسرّة تأخرت سنوات"},
		// An age in apposition.
		{`Tom Akers, 34, has run the ferry for a decade. "The river is kinder than the road," the 34-year-old said.`, "Tom Akers|The river is kinder than the road,"},
		// A body by the word of its name.
		{`The Harbour Rowing Club said it would appeal. "We have rowed here since 1890," the club said.`, "Harbour Rowing Club|We have rowed here since 1890,"},
		{`وأعلنت جمعية الصيادين أنها ستقاطع المزاد. وقالت الجمعية في بيانها: «لن نبيع بأقل من الكلفة».`, "جمعية الصيادين|لن نبيع بأقل من الكلفة"},
		{`The Ministry of Health said on Monday that vaccines would arrive. "Stocks are sufficient," the ministry said.`, "Ministry of Health|Stocks are sufficient,"},
		{`The mayor, Ruth Kemp, and the bishop, the Rt Rev Alan Moss, led the march. "We walk for the valley," the bishop said.`, "Alan Moss|We walk for the valley,"},
		{`Ayesha Noor, 29, and her neighbour, Lily Chen, 31, lost their homes. "Everything is gone," the 31-year-old said.`, "Lily Chen|Everything is gone,"},
		// A surname that is a title; a title of the other gender between.
		{`وقال عامل الصيانة حسام الجندي إن العمل شاق. وأضاف الجندي: «ننام هنا».`, "حسام الجندي|ننام هنا"},
		{`وقال مدير المستشفى سامر نجم إن الأدوية نفدت. وقالت مديرة التمريض ليلى حسون إن العمل متواصل. وأكد المدير: «طلبنا شحنة عاجلة».`, "سامر نجم|طلبنا شحنة عاجلة"},
		// صاحب: the one who has what the sentence that named them says.
		{`وحصدت العداءة الشابة ريم خوري الميدالية الذهبية في سباق المئة متر. وقالت صاحبة الميدالية: «أهديها لمدربي».`, "ريم خوري|أهديها لمدربي"},
		{`Harlow Buses, the county bus company, cut four routes. "Nobody rides them after eight," the company said.`, "Harlow Buses|Nobody rides them after eight,"},
		{`وأعلنت بلدية حلب إغلاق السوق. وقالت البلدية: «الإغلاق مؤقت».`, "بلدية حلب|الإغلاق مؤقت"},
		// A relation or a description in apposition.
		{`Two men ran the stall: Ed Park and his son, Leo. "We sell out by noon," the son said.`, "Leo|We sell out by noon,"},
		{`Maurice Tibbs, a pensioner, hands out water each year. Sam Wu drove the van. "We ran out by ten," the pensioner recalled.`, "Maurice Tibbs|We ran out by ten,"},
		{`وفاز الطفل سامي عيد بالجائزة الأولى. وقال الطفل: «سأشتري دراجة».`, "سامي عيد|سأشتري دراجة"},
		{`وأكد المتحدث باسم الشرطة سامر خليل أن الطريق مغلق. وقال المتحدث: «لا إصابات».`, "سامر خليل|لا إصابات"},
		// The cue's gender picks between two who fit.
		{`والتقت الطبيبة سعاد ملحم بالطبيب كريم داود في المستشفى. وقالت الطبيبة: «نحتاج إلى ممرضين».`, "سعاد ملحم|نحتاج إلى ممرضين"},
		// Nothing named before fits: the description stays.
		{`Lena Ford owns the café. "Keep the doors shut," the caretaker said.`, "the caretaker|Keep the doors shut,"},
		{`وتحدث المهندس باسل نمر عن الجسر. وقال الحارس: «الباب مغلق منذ الصباح».`, "الحارس|الباب مغلق منذ الصباح"},
		// Indefinite: one of a group stays a description, one of "them"
		// is nobody named.
		{`"The queue started at six," one of the volunteers said.`, "one of the volunteers|The queue started at six,"},
		{`Dozens of pickers waited at the gate. "We were soaked through," said some of them.`, "|We were soaked through,"},
		{`وقال أحد الركاب: «انتظرنا ساعتين».`, "أحد الركاب|انتظرنا ساعتين"},
		{`وتجمع الأهالي أمام البلدية. وقال بعضهم: «لن نعود قبل الحل».`, "|لن نعود قبل الحل"},
	} {
		got := find(t, tc.text)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNearestCue checks that the speaker of a quotation is the subject of
// the cue next to it in its own sentence, before any person or body named
// elsewhere, however that subject is introduced: a bare description
// between cue and name, a member of a group named in apposition, a body or
// a title in the construct state after a verb no list knows.
func TestNearestCue(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`"It was the best night of my life," beamed goalkeeper Sam Ortiz.`, "Sam Ortiz|It was the best night of my life,"},
		{`The Met Office issued a warning. "We close at noon," shop manager Priya Nair told customers.`, "Priya Nair|We close at noon,"},
		{`After the Coastguard issued a warning, skipper Ben Lowry said: "We stay in port."`, "Ben Lowry|We stay in port."},
		{`"We keep the lights on," said one of the nurses, midwife Ada Mills.`, "Ada Mills|We keep the lights on,"},
		{`وبعد أن أصدرت مديرية الأرصاد تحذيرًا، قال الصياد عمر حلبي: «لن نخرج الليلة».`, "عمر حلبي|لن نخرج الليلة"},
		{`وتساءل أحد الآباء، واسمه سامر نجار: «من سيدفع ثمن النقل؟».`, "سامر نجار|من سيدفع ثمن النقل؟"},
		{`وكان المدير رامي سعد في الاجتماع. وطالبت نقابة الأطباء في بيان: «أوقفوا الاعتداءات».`, "نقابة الأطباء|أوقفوا الاعتداءات"},
		{`وكانت الطبيبة هند ريا هناك. وناشد رئيس البلدية سليم عون الأهالي: «لا تخرجوا من بيوتكم».`, "سليم عون|لا تخرجوا من بيوتكم"},
		{`وأظهر النجار سمير الخباز حماسه للمشروع: «سنبني المقاعد بأيدينا».`, "سمير الخباز|سنبني المقاعد بأيدينا"},
		{`"I have never seen so many people," said one of them, a retired teacher named Ann Boyd.`, "Ann Boyd|I have never seen so many people,"},
		{`The minister met the families. "We will not leave," one of the residents, Omar Said, told him.`, "Omar Said|We will not leave,"},
		{`After a complaint from resident Joe Bell, the council said in a statement: "The lights will be fixed."`, "the council|The lights will be fixed."},
		{`Volunteer Amy Shaw read the card aloud. A placard at the gate said: "No more cuts."`, "|No more cuts."},
		{`وقال سائق الحافلة، ويدعى مروان، إن الطريق خطرة. وأضاف: «لا أحد يصلح الحفر».`, "مروان|لا أحد يصلح الحفر"},
		{`وبعد لقاء مع المزارع حسن طه، أصدرت وزارة الزراعة بيانًا جاء فيه: «سنعوض المتضررين».`, "وزارة الزراعة|سنعوض المتضررين"},
		{`وقالت المعلمة سوسن بكري إن التلاميذ خافوا. وعلّقت مديرية التربية في بيان: «التمرين سيتكرر».`, "مديرية التربية|التمرين سيتكرر"},
		{`ورفع أحد المحتجين لافتة كتب عليها: «لا للغلاء».`, "|لا للغلاء"},
		{`وكتب زائر مجهول في دفتر المستشفى: «شكرا لكم».`, "|شكرا لكم"},
		// One of a group, named after a called word or in apposition; a
		// relative clause qualifies the subject before it.
		{`وقال أحد السكان ويدعى مروان حداد: «المياه مقطوعة منذ أسبوع».`, "مروان حداد|المياه مقطوعة منذ أسبوع"},
		{`وقالت إحدى الأمهات، رنا خضور: «الأطفال خائفون».`, "رنا خضور|الأطفال خائفون"},
		{`"I lost two cows," said a farmer who gave his name only as Jim.`, "Jim|I lost two cows,"}, // the name he gave: independent writers of rounds 23, 27, 38, 39, 44, 46 and 48 all gave it
		{`"It was terrifying," a woman who asked not to be named said.`, "a woman|It was terrifying,"},
		{`واشتكت ربة المنزل سهى قاسم من الأسعار: «لم نعد نشتري اللحم».`, "سهى قاسم|لم نعد نشتري اللحم"},
		{`وتروي الجدة فاطمة كيف نجت من الفيضان: «حملت حفيدي وصعدت إلى السطح».`, "فاطمة|حملت حفيدي وصعدت إلى السطح"},
		{`وحذر خبير الاقتصاد مازن ورد من التضخم: «الليرة ستنهار».`, "مازن ورد|الليرة ستنهار"},
		// A plural cue refers to the group counted before, over a person.
		{`وتحدثت الطبيبة سناء علي عن النقص. واعتصم مئات الممرضين أمام الوزارة، وقالوا في بيان: «لن نعود إلى العمل».`, "الممرضين|لن نعود إلى العمل"},
		{`وتجمع عشرات المزارعين أمام البلدية. وقالوا: «نريد الماء».`, "المزارعين|نريد الماء"},
		{`Dozens of pickers waited at the gate with Mayor Ann Cole. "We want our pay," they said.`, "pickers|We want our pay,"},
		// A body's name over "and"; a first name that is also a word of
		// a law (Bill); he or she is a person, not the body named after.
		{`Sgt. Paula Reid of Avon and Somerset Police said the road would reopen. "Please avoid the area," she added.`, "Paula Reid|Please avoid the area,"},
		{`"Stay indoors," Sgt. Paula Reid of Avon and Somerset Police said.`, "Paula Reid|Stay indoors,"},
		{`Local historian Bill Tuck, 88, remembers the flood. "The water came up to the church door," he said.`, "Bill Tuck|The water came up to the church door,"},
		{`Maya Rowe lives on Mill Crescent. "The bins have not been emptied for a month," she said.`, "Maya Rowe|The bins have not been emptied for a month,"},
		{`وكتب أحد الطلاب على جدار في الساحة: «العلم حق للجميع».`, "|العلم حق للجميع"},
	} {
		got := find(t, tc.text)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNoSpeakerWordsNotReferredTo checks that a verb, a date, a place or
// an ordinal named in the sentences before a quotation is never the one
// a pronoun cue refers back to: the person named before them is.
func TestNoSpeakerWordsNotReferredTo(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`Maya Rossi said she still bakes every loaf herself. Asked whether she misses her old job, she smiled. "Not for a single day, honestly."`,
			"Maya Rossi|Not for a single day, honestly."},
		{`The site manager, Tom Reyes, who joined the firm in 2019, said the first crane had worked exactly as planned.

"We are three weeks ahead of the plan we had. Nobody expected that."`,
			"Tom Reyes|We are three weeks ahead of the plan we had. Nobody expected that."},
		{`وحذّرت د. سلمى ناصر، طبيبة الأطفال في مستشفى وادي الريحان الحكومي، من أن نقص الأدوية قد يطول. وقالت: «نستقبل عشرين مريضًا كل يوم ولا نملك ما يكفي من الأسرّة».`,
			"سلمى ناصر|نستقبل عشرين مريضًا كل يوم ولا نملك ما يكفي من الأسرّة"},
		{`وقالت منى الخطيب إنها انتظرت طويلًا، وحين خرج الطبيب لم تقل إلا: «الحمد لله على سلامته».`,
			"منى الخطيب|الحمد لله على سلامته"},
	} {
		if got := strings.Join(find(t, tc.text), "\n"); got != tc.want {
			t.Errorf("%s\n found %q\n want  %q", tc.text, got, tc.want)
		}
	}
}

// TestCalledAndVowed checks that a short phrase in marks after a verb of
// calling, describing or vowing is the speaker's words, while a title
// after the same verbs stays a name.
func TestCalledAndVowed(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`The head judge, the painter Orla Brennan, called the film “a quiet revolution” and left early.`,
			"Orla Brennan|a quiet revolution"},
		{`Sam Ito described the match as “a long, cold lesson” for his players.`,
			"Sam Ito|a long, cold lesson"},
		{`وتعهّد الوزير ماهر السعدي بأن يلاحق «كل من تلاعب بالأسعار» أمام القضاء.`,
			"ماهر السعدي|كل من تلاعب بالأسعار"},
		{`Orla Brennan called the exhibition “The Quiet Revolution” in her catalogue.`, ""},
		{`Ben Cole made a film called “A River Runs Dry” last year.`, ""},
	} {
		if got := strings.Join(find(t, tc.text), "\n"); got != tc.want {
			t.Errorf("%s\n found %q\n want  %q", tc.text, got, tc.want)
		}
	}
}

// TestOutletsInMarks checks that the name of an outlet in marks after the
// words that say whom the speaker talked to (في حديث إلى، في اتصال هاتفي
// مع، لـ، told the, in an interview with) is no quotation, that what the
// speaker said there is theirs, and that a sentence told to a medium
// (told local radio “…”) still is a quotation.
func TestOutletsInMarks(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{`وقال المزارع سليم الحايك في حديث إلى "صدى الجبل": "خسرنا نصف المحصول هذا العام".`,
			[]string{"سليم الحايك|خسرنا نصف المحصول هذا العام"}},
		{`وأكدت، في اتصال هاتفي مع «أخبار المدينة» مساء أمس، المديرة هدى سلوم أن «المدرسة ستفتح أبوابها الأحد».`,
			[]string{"هدى سلوم|المدرسة ستفتح أبوابها الأحد"}},
		{`وقال رئيس النقابة فريد عيسى في مقابلة مع «نبض الشارع» إن «الإضراب مستمر حتى تحقيق المطالب».`,
			[]string{"فريد عيسى|الإضراب مستمر حتى تحقيق المطالب"}},
		{`وأوضحت الطبيبة منى زيدان في تصريح لـ«صوت الجنوب» أن «الوضع تحت السيطرة تمامًا».`,
			[]string{"منى زيدان|الوضع تحت السيطرة تمامًا"}},
		{`وقالت الناشطة سلمى عودة خلال لقاء مع "الحدث اليوم": "لن نسكت بعد اليوم على هذا الظلم".`,
			[]string{"سلمى عودة|لن نسكت بعد اليوم على هذا الظلم"}},
		{`The harbour master, Owen Carr, told the “Northern Echo Daily” that the quay would reopen, adding: “We will be ready by May.”`,
			[]string{"Owen Carr|We will be ready by May."}},
		{`Speaking in an interview with the “Coastal Morning Star”, the mayor Ruth Ives said: “Nobody will lose their home.”`,
			[]string{"Ruth Ives|Nobody will lose their home."}},
		{`Tessa Bright told the “Hill Valley Courier” on Monday: “The bridge is not safe for children.”`,
			[]string{"Tessa Bright|The bridge is not safe for children."}},
		// A sentence told to a medium is what was said.
		{`Farmer Gil Ortega told local radio “We are safe, but the barn is gone.”`,
			[]string{"Gil Ortega|We are safe, but the barn is gone."}},
	} {
		if got := find(t, tc.text); !samePairs(got, tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestWorksAfterTheirKind checks that the title of a show, a performance
// or a work in marks after the noun for it, with a preposition on the
// noun or after it (بعرض «…»، بمسرحية «…»، لفيلم «…»، with a performance
// of “…”, the premiere of “…”), is no quotation.
func TestWorksAfterTheirKind(t *testing.T) {
	for _, in := range []string{
		`ويُختتم المهرجان بعرض «حكاية البحر الأخير» لفرقة المسرح الوطني.`,
		`وأوضح المنظمون أن الافتتاح سيكون بالعرض الأول «ليلة على سطح البيت» لفرقة الشباب.`,
		`The organisers said the week ends with the premiere of “When the lights go out in town”.`,
		`وافتتحت الدورة بمسرحية «بيت على حافة الطريق» للمخرج سليم حنا.`,
		`وشاركت الفرقة بفيلم «صباح في المدينة القديمة» الذي صُوّر في البلدة.`,
		`واختتمت الأمسية بأغنية «يا ليل الصبر متى غدك» التي غناها الجمهور.`,
		`وقالت المديرة إن الفرقة تفتتح موسمها بعروض «سهرة مع الجيران في الحي» في القاعة الكبرى.`,
		`وقال المعلم إن الطلاب شاركوا في أداء «نشيد الأرض والماء والسماء» أمام الضيوف.`,
		`The festival closes with a performance of “A night at my grandmother's house” by the national troupe.`,
		`The evening opens with a screening of “The last ferry to Innish” at the town hall.`,
		`Students will stage a production of “Waiting for the tide to turn” in March.`,
		`The choir ended the night with a rendition of “Home is where the river bends”.`,
	} {
		if got := find(t, in); len(got) != 0 {
			t.Errorf("%s: found %q", in, got)
		}
	}
}
