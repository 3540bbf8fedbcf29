package quote

import (
	"strings"
	"testing"

	"qari/reader"
)

// TestSpeakerIsAMention checks that the speaker given is always a
// mention of someone: a name without the title a reporter writes before
// it (Mayor, Judge, Coach, Inspector; a name in the possessive), the name
// after a description of several words and titles, never a time adverb
// (طوال الليل، صباح اليوم), a preposition written alone (بـ) or an
// auxiliary (used to).
func TestSpeakerIsAMention(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		// A title word before a name: the name, completed from its first mention.
		{"honorifics", `Passing sentence, District Judge Amara Kellow said the flat was unfit. Judge Kellow added: "It should never have been let."`, "Amara Kellow|It should never have been let."},
		{"honorifics", `Council members backed Mayor Dorian Pell’s plan on Monday. “We did it,” the mayor said.`, "Dorian Pell|We did it,"},
		{"honorifics", `The vote went through after midnight and Mayor Dorian Pell's office was lit until dawn. “It holds,” the mayor said.`, "Dorian Pell|It holds,"},
		{"honorifics", `“We are ready for them,” said Coach Tamsin Rudd.`, "Tamsin Rudd|We are ready for them,"},
		{"honorifics", `Inspector Halvard Greig told reporters: “No one was hurt.”`, "Halvard Greig|No one was hurt."},
		{"honorifics", `“It is over,” Chairman Ivo Brack said after the vote.`, "Ivo Brack|It is over,"},
		{"honorifics", `Governor Luis Abrantes visited the dam. Later, Governor Abrantes said: “The wall will hold.”`, "Luis Abrantes|The wall will hold."},
		{"honorifics", `Bishop Conrad Ealing led the service. “Grief is love with nowhere to go,” Bishop Ealing said.`, "Conrad Ealing|Grief is love with nowhere to go,"},
		{"honorifics", `“The vote stands,” said Council President Orla Prentice after the meeting.`, "Orla Prentice|The vote stands,"},
		{"honorifics", `Curator Idris Penhale opened the archive. “Nothing here is catalogued,” Penhale said.`, "Idris Penhale|Nothing here is catalogued,"},
		{"honorifics", `“We print on Thursday, whatever happens,” Editor Lowri Vance told staff.`, "Lowri Vance|We print on Thursday, whatever happens,"},
		// Descriptions and titles before the name: the name.
		{"description", `وقال رئيس الجمعية، الشاعر والمترجم الأستاذ فادي زهران، إن المهرجان «تأخر عشر سنوات».`, "فادي زهران|تأخر عشر سنوات"},
		{"description", `وقالت عضوة اللجنة، الباحثة والكاتبة الدكتورة منى الحايك: «قرأنا كل ما وصلنا».`, "منى الحايك|قرأنا كل ما وصلنا"},
		{"description", `“We read every page,” said the jury’s chair, the poet and critic Dr Hal Venn.`, "Hal Venn|We read every page,"},
		// Time adverbs are never the speaker; the subject is.
		{"pronouns", `وظل الطفل يسألها طوال الليل: «متى نعود إلى البيت؟»`, "الطفل|متى نعود إلى البيت؟"},
		{"pronouns", `وقالت مساء الثلاثاء مديرة المدرسة هدى النمر: «لن نغلق الأبواب».`, "هدى النمر|لن نغلق الأبواب"},
		{"pronouns", `وقال صباح اليوم المتحدث باسم الدفاع المدني نادر حلاوة: «الطرق مغلقة».`, "نادر حلاوة|الطرق مغلقة"},
		{"pronouns", `وبقي الحارس يردد طيلة الليلة: «لا أحد يدخل».`, "الحارس|لا أحد يدخل"},
		{"pronouns", `The night porter kept repeating all night: “Nobody goes up.”`, "The night porter|Nobody goes up."},
		// A participle goes on with the speaker of its gender.
		{"pronouns", `أما جارتها رنا الحلو فقالت إن زوجها ظل يسألها طوال الليل: «هل نغادر؟»، مضيفةً: «لم أجد جوابًا».`, "رنا الحلو|لم أجد جوابًا"},
		{"pronouns", `أما جارها سامر البيك فقال إن ابنته ظلت تسأله: «أين قطتي؟»، مضيفًا: «لم أقل لها الحقيقة».`, "سامر البيك|لم أقل لها الحقيقة"},
		// A source (بحسب، وفق) gives its subject no gender; the title may.
		{"pronouns", "وأعلنت هيئة المياه في بيان أنها أغلقت ثلاث آبار.\n\nوبحسب المتحدثة باسم الهيئة، رغد منصور، فإن الإغلاق مؤقت. وقالت: «سنعيد فتحها بعد الفحص».", "رغد منصور|سنعيد فتحها بعد الفحص"},
		{"pronouns", "وأكدت النقابة في بيان أن الإضراب مستمر.\n\nووفق الأمين العام للنقابة، جمال عيسى، فإن المفاوضات متوقفة. وقال: «لن نعود قبل الاتفاق».", "جمال عيسى|لن نعود قبل الاتفاق"},
		// A preposition written alone before the mark is no one: the
		// subject of its sentence is.
		{"bodies", `أعلنت شركة مياه الوادي تأجيل المشروع بسبب ما وصفته بـ«عقبات إدارية».`, "شركة مياه الوادي|عقبات إدارية"},
		{"bodies", `وأرجعت إدارة المطار الإلغاء إلى ما وصفته بـ«عطل طارئ في المدرج».`, "إدارة المطار|عطل طارئ في المدرج"},
		// An auxiliary is never the speaker of a nested quotation.
		{"nested", `“When I started, the yard foreman, Gil Hart, used to tell us, ‘Check it twice,’ and he meant it,” Lyle Ambrose said.`, "Gil Hart|Check it twice,"},
		{"nested", `“My old boss, Nita Faro, would always say, ‘Count the ropes,’ before we sailed,” said Owen Tarr.`, "Nita Faro|Count the ropes,"},
	} {
		got := find(t, tc.text)
		found := false
		for _, g := range got {
			// A title is never part of the speaker: the speaker found is
			// the name wanted or some of its words (Kellow), never more.
			sp, _, _ := strings.Cut(g, "|")
			ws, _, _ := strings.Cut(tc.want, "|")
			found = found || samePair(g, tc.want) && (tc.class != "honorifics" || strings.Contains(" "+ws+" ", " "+sp+" "))
		}
		if !found {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestTheirWorkIsNoQuotation checks that the name of a song, a slogan or
// a book in marks after the possessed noun that says what it is (their
// song, نشيدهم) is no quotation, though a verb of saying governs it,
// while the same verb before words in marks quotes them.
func TestTheirWorkIsNoQuotation(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`وردد المتظاهرون نشيدهم «بلادي بلادي» أمام مبنى المحافظة.`, ""},
		{`وغنّى الأطفال أغنيتهم المفضلة «يا قمر الدار» في ختام الحفل.`, ""},
		{`ورفع الطلاب شعارهم «التعليم حق» على باب الجامعة.`, ""},
		{`وظل الحارس العجوز يردد: «لا أحد يدخل بعد العاشرة».`, "الحارس العجوز|لا أحد يدخل بعد العاشرة"},
	} {
		got := find(t, tc.text)
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || !samePair(got[0], tc.want)) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNameAfterWhatTheTitleIsOf checks that the name after a title and
// what it is of, written with لل (المدير التنفيذي للشركة هانس كولر), is
// the speaker, and keeps its Arabic spelling over the Latin one after it.
func TestNameAfterWhatTheTitleIsOf(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`وقال المدير الفني للنادي غسان مرعي إن الفريق «يستحق أكثر».`, "غسان مرعي|يستحق أكثر"},
		{`وقالت الرئيسة التنفيذية للمجموعة سلمى داغر: «لن نبيع المصنع».`, "سلمى داغر|لن نبيع المصنع"},
		{`وقال المدير الإقليمي للشركة يوهان برانت (Johan Brandt)، الذي وصل أمس، إن العرض نهائي. وتابع: «لا زيادة بعد اليوم».`, "يوهان برانت|لا زيادة بعد اليوم"},
		{`وقال الناطق باسم الشرطة للصحفيين إن التحقيق «مستمر».`, "الناطق باسم الشرطة|مستمر"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCueOfTheSentence checks the cue that governs a quotation when
// another quotation stands between them: a sign or a note in the aside
// of a cue has its own (كُتب عليها، that read), and the words after the
// colon are the first cue's; the one asked answers a reply whose cue
// names no one; a name in the narration of a quotation says the words
// nested in it; a shout in capitals is the sign's; words right after
// their cue that end as speech does are quoted, however short.
func TestCueOfTheSentence(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{`وقالت أم عادل لـ«الصباح»: «لم نأكل منذ يومين». وأضافت، وهي تشير إلى لافتة كُتب عليها «ممنوع الدخول»: «هذه اللافتة هنا منذ شهر».`,
			[]string{"أم عادل|لم نأكل منذ يومين", "|ممنوع الدخول", "أم عادل|هذه اللافتة هنا منذ شهر"}},
		{`“We have not eaten for two days,” said Rosa Lind. She added, pointing to a sign that read “CLOSED UNTIL FURTHER NOTICE”: “That sign has been there for a month.”`,
			[]string{"Rosa Lind|We have not eaten for two days,", "|CLOSED UNTIL FURTHER NOTICE", "Rosa Lind|That sign has been there for a month."}},
		{`The ferry did not sail. Passengers held a banner reading “NO BOAT AGAIN” at the pier.`,
			[]string{"|NO BOAT AGAIN"}},
		{`وروى ابنها كريم أنه سأل الموظف عن موعد وصول الشحنة، فأجابه: «اسأل الإدارة».`,
			[]string{"الموظف|اسأل الإدارة"}},
		{`I asked the porter where the lift was. He replied: “There is none.”`,
			[]string{"the porter|There is none."}},
		{`“I showed Anneliese the next morning and she said, ‘Run it again,’ so I did,” Bram Oort said.`,
			[]string{"Bram Oort|I showed Anneliese the next morning and she said, ‘Run it again,’ so I did,", "Anneliese|Run it again,"}},
		{`“I told Marta about it and she said, ‘Leave it,’ and I did,” said Ivo Kral.`,
			[]string{"Ivo Kral|I told Marta about it and she said, ‘Leave it,’ and I did,", "Marta|Leave it,"}},
	} {
		if got := find(t, tc.text); !samePairs(got, tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSecondCueOpensAnUtterance checks that two quotations on either side
// of an attribution with two cues ("he joked, before adding") are two
// utterances, while one cue between them splits one sentence.
func TestSecondCueOpensAnUtterance(t *testing.T) {
	for _, tc := range []struct {
		text  string
		group bool
	}{
		{`“The ovens never cooled,” she laughed, before adding softly, “I will miss the heat.”`, false},
		{`“Nobody reads the notices,” he said, and then added, “but everyone reads the fines.”`, false},
		{`«لن نغادر»، قالت ضاحكة، قبل أن تضيف: «لكننا متعبون».`, false},
		{`“We tried,” she said, “but the water came too fast.”`, true},
	} {
		doc, err := reader.Parse("case.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		qs := Find(doc)
		if len(qs) != 2 || (qs[0].Group != 0 && qs[0].Group == qs[1].Group) != tc.group {
			t.Errorf("%s\n found %d quotations, groups %v; want one group: %v", tc.text, len(qs), qs, tc.group)
		}
	}
}

// TestComplementiserIsNoSpeaker checks that إن or أن with the pronoun of
// the one they report (إنهما، أننا، لأنها) ends the name before it and is
// never remembered as someone a later cue without a name refers to.
func TestComplementiserIsNoSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`وقالت الجارة إنهما يظهران كل صباح، ثم أضافت: «لا نعرف من أين يأتيان».`, "الجارة|لا نعرف من أين يأتيان"},
		{`وقالت الجارة إنهما تظهران كل صباح، ثم أضافت: «لا نعرف من أين يأتيان».`, "الجارة|لا نعرف من أين يأتيان"},
		{`وقالت الجارة سعاد إنهما يظهران كل صباح، ثم أضافت: «لا نعرف من أين يأتيان».`, "سعاد|لا نعرف من أين يأتيان"},
		{`وأكد المزارع حسان العلي أننا تأخرنا في الحصاد، وتابع: «المطر سبقنا هذا العام».`, "حسان العلي|المطر سبقنا هذا العام"},
		{`وقال الحارس نمر الخطيب لأنهما غادرا باكرًا لم يرهما أحد، ثم أضاف: «الباب كان مفتوحًا».`, "نمر الخطيب|الباب كان مفتوحًا"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSpeakerWithoutTheCueBefore checks that a speaker named after
// another's cue (A said one judge had described …) is given without that
// cue word.
func TestSpeakerWithoutTheCueBefore(t *testing.T) {
	text := "Achebe, who teaches literature at the University of Wessex, said one judge had described the book as “a quiet masterpiece of the coast”."
	got := find(t, text)
	if len(got) != 1 || !strings.HasPrefix(got[0], "one judge|") {
		t.Errorf("%s\n got %q\nwant one judge", text, got)
	}
}

// TestOwnersNounThenTheName: after an inverted cue, a possessive owner
// and a noun of theirs no list of roles knows, then a full name in
// apposition (said Tarrow’s stroke, Isla Brennan), give the name.
func TestOwnersNounThenTheName(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"“I didn’t breathe for about a minute,” said Tarrow’s stroke, Isla Brennan, 23.", "Isla Brennan"},
		{"“The wind turned at the bridge,” said Kessington’s cox, Megan Doyle.", "Megan Doyle"},
	})
}
