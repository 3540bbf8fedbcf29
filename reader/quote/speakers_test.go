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
	for _, w := range []string{"عليها", "له", "إليها", "هو", "للصحفيين", "بالمدينة", "يومها", "اسمه", "he", "She", "for the company", "today", "someone"} {
		if !f.never(w) {
			t.Errorf("%q can be a speaker", w)
		}
	}
	for _, w := range []string{"لمى حداد", "بشير عواد", "الوزارة", "his daughter", "Ellen", "the council", "والدتي"} {
		if f.never(w) {
			t.Errorf("%q is never a speaker", w)
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
		{"honorifics", `وقالت د. ليلى عيسى: «فحصنا أكثر من ستين مريضًا».`, "ليلى عيسى|فحصنا أكثر من ستين مريضًا"},
		{"honorifics", `وتابع م. خالد ناصر: «الطريق وعر جدًا».`, "خالد ناصر|الطريق وعر جدًا"},
		// A description before the name gives the name.
		{"description", `وقال صاحب مطبعة النور كمال الراعي: «كل حرف هنا وضعته يد».`, "كمال الراعي|كل حرف هنا وضعته يد"},
		{"description", `وقال المزارع العجوز فؤاد سلوم: «طبعت دعوة عرسي هنا».`, "فؤاد سلوم|طبعت دعوة عرسي هنا"},
		{"description", `وأوضح الدكتور سمير حداد، أخصائي القلب في المستشفى، أن النقص كبير. وأضاف: «لا دواء هنا».`, "سمير حداد|لا دواء هنا"},
		// A department, a place or a preposition is not the speaker.
		{"departments", `وقال مدير الشؤون القانونية في البلدية رامي نصار: «سنقاضي الشركة».`, "رامي نصار|سنقاضي الشركة"},
		{"departments", `وقال مسؤول لقوات الدفاع المدني: «أجلينا أربعين عائلة».`, "مسؤول|أجلينا أربعين عائلة"},
		{"departments", `"We are still waiting for an answer," a spokesman for the Port Authority told reporters.`, "a spokesman|We are still waiting for an answer,"},
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
		// A name given in the other script is one speaker.
		{"script", `ويقود الفريق المهندس جون سميث (John Smith). ويقول Smith: «الحجارة سليمة في معظمها».`, "جون سميث|الحجارة سليمة في معظمها"},
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
		{`"A woman came in with no money," Priya Shah said. "She told me, ‘I will pay you in March,’ and she did."`,
			"Priya Shah|A woman came in with no money,\nPriya Shah|She told me, ‘I will pay you in March,’ and she did.\nwoman|I will pay you in March,"},
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
		`The council signed what it called the "Kinsale Declaration," a pledge to keep the quay open.`,
		`Nora Quinlan closed the night with 'Blue Hours,' a song by her father.`,
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
		"سألنا", "سألتهم", "وصاح", "فهتفت", "واستدركت", "حكت", "رأيتُ", "وأشرنا", "أجبتُه"} {
		if f.cueOf(w) != verbCue {
			t.Errorf("%q is no cue verb", w)
		}
	}
	for _, w := range []string{"قلب", "سلنا", "المقال", "مقالة", "نفيسة"} {
		if f.cueOf(w) == verbCue {
			t.Errorf("%q is a cue verb", w)
		}
	}
}
