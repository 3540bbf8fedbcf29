package quote

import (
	"strings"
	"testing"

	"qari/reader"
)

// TestIssuedStatements checks that a statement issued by a body (صادر
// عن، الصادر عن، أصدرته، issued by, released by) is the body's words,
// not the participle's; that a body named in lower case after its place
// (Dunmore town council) is the one "the council" refers to; that a body
// of its own (the transport board) is not the body named before, nor a
// body in the passive (the council had been asked) a speaker; and that a
// body may post words.
func TestIssuedStatements(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`قال المزارع سامي حداد إن الموسم صعب. وجاء في بيان صادر عن اتحاد المزارعين: «لن نبيع القمح بالخسارة».`, "اتحاد المزارعين|لن نبيع القمح بالخسارة"},
		{`وجاء في البيان الختامي الصادر عن نقابة الصيادلة مساء أمس: «الدواء مفقود منذ شهر».`, "نقابة الصيادلة|الدواء مفقود منذ شهر"},
		{`وجاء في البيان الصادر من بلدية الميناء: «الطريق سيفتح غدًا».`, "بلدية الميناء|الطريق سيفتح غدًا"},
		{`وجاء في بيان أصدرته جمعية حماية المستهلك: «الأسعار ارتفعت بلا سبب».`, "جمعية حماية المستهلك|الأسعار ارتفعت بلا سبب"},
		{`Nils Berg chaired the hearing. A statement issued by the Fisheries Board said: "Quotas stay as they are."`, "the Fisheries Board|Quotas stay as they are."},
		{`Nils Berg chaired the hearing. According to a statement released by the bus company, "routes will be restored".`, "the bus company|routes will be restored"},
		{`Nils Berg chaired the hearing. "Routes will be restored," said a statement released by the bus company.`, "the bus company|Routes will be restored,"},
		{`Nils Berg chaired the hearing. "Routes will be restored," read a statement released by the bus company.`, "the bus company|Routes will be restored,"},
		{`وقال المدير سالم نور إن العمل مستمر. وقال بيان لنقابة العمال: «الإضراب مستمر».`, "نقابة العمال|الإضراب مستمر"},
		{`وقال المدير سالم نور إن العمل مستمر. وقال عدد من السكان: «لا ماء منذ أسبوع».`, "عدد من السكان|لا ماء منذ أسبوع"},
		{"The operator, Harbour Lines, wants fewer sailings.\n\nThe head of parks at Dunmore council, Lena Fox, told residents that the council had been asked to cut costs. \"We cannot keep every bench. I am sorry.\"", "Lena Fox|We cannot keep every bench. I am sorry."},
		{"Dunmore town council voted on Monday.\n\n\"The pool will stay open,\" the council said in a statement.", "Dunmore town council|The pool will stay open,"},
		{`The Rail Workers' Union called the strike. The transport board said it was "saddened" by the walkout.`, "The transport board|saddened"},
		{`Lena Marsh left early. Later, the village's residents association posted: "We will not give up the green."`, "the village's residents association|We will not give up the green."},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPassiveVerbs checks that a verb in the passive, vocalised so, is
// neither a speaker nor the cue of one: words hung or written on a thing
// are nobody's, and a passive verb after a description is no name.
func TestPassiveVerbs(t *testing.T) {
	for _, w := range []string{"كُتب", "وكُتبت", "عُلّقت", "أُصيب", "فرُفعت"} {
		if !passiveVerb(w) {
			t.Errorf("%q is not passive", w)
		}
	}
	for _, w := range []string{"كتب", "يُضيف", "تُؤكد", "نُعلن", "قال", "قُل"} {
		if passiveVerb(w) {
			t.Errorf("%q is passive", w)
		}
	}
	for _, tc := range []struct{ text, want string }{
		{`وقال المعلم نزار حسن إن الدوام توقف. وعُلّقت على باب المدرسة ورقة: «الدوام معلّق حتى إشعار آخر».`, "|الدوام معلّق حتى إشعار آخر"},
		{`وتحدث الطبيب رامي خوري عن النقص. وكُتب على الجدار المقابل: «أين الدواء؟».`, "|أين الدواء؟"},
		{`وقال أحد الباعة، طلب عدم ذكر اسمه خوفًا من الملاحقة، إن ابن أخيه أُصيب في الحريق، وأضاف: «لم يأت أحد».`, "أحد الباعة|لم يأت أحد"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestUnknownWriters checks that a writer nobody knows (مجهولون، زائر
// مجهول، كتب أحدهم) gives no speaker, while one of a group who speaks
// (وقال أحدهم، وعلّق أحد الركاب) is the speaker as the text calls them.
func TestUnknownWriters(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`وقالت المهندسة لينا داود إن المضخة تعطلت. وعلى باب المحطة، كتب مجهولون بالفحم: «العطش لا ينتظر».`, "|العطش لا ينتظر"},
		{`وقال المدير وائل سعد إن الطريق آمن. وكتب أحدهم على الحائط: «الطريق ليس آمنًا».`, "|الطريق ليس آمنًا"},
		{`واحتج عشرات الصيادين على القرار. وقال أحدهم: «البحر رزقنا الوحيد».`, "أحدهم|البحر رزقنا الوحيد"},
		{`وقالت الموظفة سلمى عيد إن الحافلة تأخرت. وعلّق أحد الركاب على ذلك ضاحكًا: «كالعادة».`, "أحد الركاب|كالعادة"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCarriedWords checks that the words a thing carries have no speaker
// and are quotations even when short: a placard or banner "reading" or
// "saying" them, "the words" a wall shows, a second note after a first,
// a post that nobody signed, and a wall written on by people unknown.
func TestCarriedWords(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`Nora Vale chaired the meeting. Parents, several waving placards reading "Keep our crossing", lined the back wall.`, "|Keep our crossing"},
		{`Mayor Tim Oduya spoke last. Outside, a banner saying "No more cuts" hung from the railings, and the crowd cheered.`, "|No more cuts"},
		{`The old depot, said Ray Bell, still carries the words "Trams stop here" above its door.`, "|Trams stop here"},
		{`Bea Holt opened the box. One card, in green ink, reads: "Thank you for the stories." Another, in a child's hand, says: "Please come back soon."`, "|Please come back soon."},
		{`وقال رئيس البلدية جميل نصر إن الموازنة جاهزة. وانتشر منشور بلا توقيع جاء فيه: «البلدية تبيع الحديقة».`, "|البلدية تبيع الحديقة"},
		{`وقال المحافظ سمير عاد إن الكهرباء ستعود. وكتب محتجون على جدار المحطة بالأسود: «النور لنا».`, "|النور لنا"},
		{`Dr Kim Lowe addressed the rally, where dozens held placards. One read: "Clinics, not car parks."`, "|Clinics, not car parks."},
		{`وقال المدير سالم نور إن العمل مستمر. ورفع العمال لافتة تقول: «حقوقنا أولًا».`, "|حقوقنا أولًا"},
		{`Gary Stone spoke first. Someone had scrawled "Shame on you" across the hoarding.`, "|Shame on you"},
		{`وأكدت لجنة الحي أن الإنارة ستصلح. وكُتبت على الجدار عبارة بخط كبير: «أعيدوا النور».`, "|أعيدوا النور"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
	// A person who says the words is their speaker: "the words" after a
	// verb of speech are not a thing's.
	got := find(t, `"We will rebuild it," Clara Jones said, repeating the words "brick by brick" twice.`)
	for _, g := range got {
		if strings.HasSuffix(g, "|brick by brick") && strings.HasPrefix(g, "|") {
			t.Errorf("spoken words given to nobody: %q", got)
		}
	}
}

// TestShortSpeech checks the short quotations that are speech, not scare
// quotes or titles: a chant of a group, a cry after a verb of shouting,
// the speaker's word after "called it a", a phrase capitalised as a
// title that a cue follows; and that scare quotes and titles stay out.
func TestShortSpeech(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`Outside the town hall, nurses marched and chanted "Staff the wards!" for an hour.`, "nurses|Staff the wards!"},
		{`When the fares were read out, commuters yelled "Never!" at the board.`, "commuters|Never!"},
		{`Cllr Ana Brook said little. She called the new levy, which starts in April, a "swindle" and left.`, "Ana Brook|swindle"},
		{`"Try Me Next Week," Tom Hale said with a grin.`, "Tom Hale|Try Me Next Week,"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, text := range []string{
		`The band played "Harbour Lights" twice, Ana Brook said.`,
		`The so-called "experts" stayed away, and the crowd left.`,
		`A choir sang "Abide With Me," and the mayor said nothing.`,
	} {
		if got := find(t, text); len(got) != 0 {
			t.Errorf("%s\n found %q, want none", text, got)
		}
	}
}

// TestReportedWords checks that one Arabic word in marks inside the
// indirect speech a cue reports (إن … «كارثية») is the speaker's, also
// after a relative (الذي قال إن), while the subject of that speech in
// marks (إن «الشركة») and a story's title stay out.
func TestReportedWords(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`وقال المهندس باسل خوري إن حالة الجسر «خطيرة»، ودعا إلى إغلاقه.`, "باسل خوري|خطيرة"},
		{`وأكدت المعلمة هند سليم أن الصفوف باتت «مكتظة» منذ الشتاء.`, "هند سليم|مكتظة"},
		{`وزار البلدة المراقب البلجيكي لوك مارتان، الذي قال إن التصويت كان «هادئًا تمامًا».`, "لوك مارتان|هادئًا تمامًا"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, text := range []string{
		`وقال المحافظ إن «الميناء» سيفتح قريبًا.`,
		`وروى الجد سليم حكاية «الذئب والراعي» للأطفال.`,
	} {
		if got := find(t, text); len(got) != 0 {
			t.Errorf("%s\n found %q, want none", text, got)
		}
	}
}

// TestIntroducedBlockquote checks that a blockquote after a paragraph
// that introduces it with a colon is said by that paragraph's speaker,
// not by whoever the paragraph after it names.
func TestIntroducedBlockquote(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"وقال الصياد حسن بدر إن البحر تغيّر «كثيرًا»، مضيفًا:\n\n> كنا نعود بالشباك ممتلئة، واليوم نعود بنصفها إن عدنا.\n\nوبحسب نقابة الصيادين، تراجع الصيد إلى النصف.\n",
			"حسن بدر|كنا نعود بالشباك ممتلئة، واليوم نعود بنصفها إن عدنا."},
		{"Ines Barros, who has farmed the valley for forty years, put it this way:\n\n> The river used to come to us. Now we go looking for it.\n\nAccording to the water board, levels are at a record low.\n",
			"Ines Barros|The river used to come to us. Now we go looking for it."},
	} {
		doc, err := reader.Parse("case.md", []byte("# Title\n\n"+tc.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range Find(doc) {
			got = append(got, q.Speaker+"|"+q.Text(doc))
		}
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestGroupsAndUnnamed checks the speakers the text names by a noun, not
// a name: a group that a nested quotation's "they" or an Arabic plural
// stands for (two patients, طلابنا), one person met before (a neighbour
// shouting, "his mother" after "She'd say"), a description cut at its
// preposition (The manager of a corner shop, who …), a title put before
// its verb after لكنّ, and a group whose member is named in passing
// (Okafor included).
func TestGroupsAndUnnamed(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`Dr Ana Ruiz said she had seen three pensioners this week refuse the tests. "They tell me, 'It can wait until after Christmas.' It can't."`, "pensioners|It can wait until after Christmas."},
		{`Sam Hale said he was woken by a lodger hammering on the door. "He was shouting, 'Get out, the roof is going!' so we ran," he said.`, "lodger|Get out, the roof is going!"},
		{`وقال المدرّس فادي عمران: «ممرضاتها يرددن كل صباح: 'لا دواء اليوم' ولا أحد يسمع».`, "ممرضاتها|لا دواء اليوم"},
		{`وأعلنت الإدارة أن المصنع سيعمل. لكن مهندسًا في خط الإنتاج، طلب عدم نشر اسمه، قال إن الآلات «معطلة كلها».`, "مهندس|معطلة كلها"},
		{`وقالت الوزارة إن المدارس جاهزة، غير أن معلمةً في الحي، رفضت ذكر اسمها، قالت: «لا مقاعد لدينا».`, "معلمة|لا مقاعد لدينا"},
		{`Asked what his mother would think, Tom Reyes smiled. "She'd say, 'Eat first, argue later.' Every single day," he said.`, "mother|Eat first, argue later."},
		{`Mia Holt spoke first. The manager of a corner shop, who asked not to be named, said the rent was "simply impossible now".`, "manager|simply impossible now"},
		{`واعتصم عشرات الصيادين عند الميناء، وقال أحدهم، سامر الخطيب: «البحر لنا».`, "سامر الخطيب|البحر لنا"},
		{`وتجمعت الممرضات أمام الوزارة، وقالت إحداهن، الممرضة ريم سعد: «لم نقبض منذ شهرين».`, "ريم سعد|لم نقبض منذ شهرين"},
		{`وانتشر منشور على صفحة البلدية جاء فيه: «الطرق مفتوحة».`, "البلدية|الطرق مفتوحة"},
		{`وقال أحد المسعفين في الهلال الأحمر، باسل عيسى، إن الطريق مقطوع، وأضاف: «ننتظر منذ الفجر».`, "باسل عيسى|ننتظر منذ الفجر"},
		{`Ward manager Eva Lind spoke first. A night shift hospital porter, who asked not to be named, said the lifts failed twice. "We carried them down," he said.`, "porter|We carried them down,"},
		{`Nurses at the clinic, Maya Cole included, told reporters they were "worn to the bone".`, "Nurses|worn to the bone"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestWritingsThatSay checks a writing that "says" inside a quotation (a
// letter, a reply, الرسالة): its words are its writer's when the
// quotation names one (the letter the council sent, a letter from, the
// manager written to), else nobody's; never the noun for the writing nor
// the one who kept it.
func TestWritingsThatSay(t *testing.T) {
	for _, tc := range []struct{ text, inner string }{
		{"Dunmore Council approved the estate in 1990.\n\n“My grandmother kept the letter the council sent her. It says, ‘The green will never be built on.’ She framed it,” Ana Ruiz said.", "Dunmore Council|The green will never be built on."},
		{"“I got a letter from the council last week. It says, ‘Your bin will be collected fortnightly,’ and that is all,” said Ian Bell.", "the council|Your bin will be collected fortnightly,"},
		{`His wife, Ana, showed a reporter the letter they received in May from their insurer, Harbour Mutual. "It says they 'cannot renew the policy'. Nothing else," she said.`, "Harbour Mutual|cannot renew the policy"},
		{"“I wrote to the manager in March, and the reply said, ‘We are reviewing your complaint,’ and nothing more,” said Tom Hale.", "the manager|We are reviewing your complaint,"},
		{"Ana Ruiz, whose mother lived at the home, said she had written to the manager three times. “The last time, the reply said, ‘All is well,’ and then she fell,” Mrs Ruiz said.", "the manager|All is well,"},
		{"“I emailed the landlord twice. His reply said, ‘The boiler is fine,’ and it broke that night,” Tom Hale said.", "the landlord|The boiler is fine,"},
		{"Plans for a new runway at Dunmore Airport went to a hearing on Monday.\n\n“My grandmother kept the letter the airport sent her. It says, ‘The green will never be built on.’ She framed it,” Ana Ruiz said.", "Dunmore Airport|The green will never be built on."},
		{"The hearing opened on Monday.\n\n“My grandmother kept the letter the airport sent her. It says, ‘The green will never be built on.’ She framed it,” Ana Ruiz said.", "the airport|The green will never be built on."},
		{"“My father kept the letter. It says, ‘Your land is safe,’ and he believed it,” Ana Ruiz said.", "|Your land is safe,"},
		{`وقالت سلمى حداد: «احتفظ أبي بالرسالة التي أرسلتها البلدية. تقول الرسالة: "لن تُهدم البيوت"، وها هي تُهدم».`, "البلدية|لن تُهدم البيوت"},
		{`وقالت سلمى حداد: «احتفظ أبي بالرسالة التي أرسلتها البلدية، وهي تقول: "لن تُهدم البيوت"، وها هي تُهدم».`, "البلدية|لن تُهدم البيوت"},
		{`وقالت سلمى حداد: «احتفظ أبي برسالة من البلدية تقول: "لن تُهدم البيوت"، وها هي تُهدم».`, "البلدية|لن تُهدم البيوت"},
		// The one who received the letter did not write it: the one it
		// came from did, or no one the text names.
		{`وقالت سلمى حداد: «احتفظ أبي بالرسالة التي تلقاها الأهالي من البلدية. تقول الرسالة: "لن تُهدم البيوت"، وها هي تُهدم».`, "البلدية|لن تُهدم البيوت"},
		{`وقالت سلمى حداد: «احتفظ أبي بالرسالة التي تلقاها الجيران. تقول الرسالة: "لن تُهدم البيوت"، وها هي تُهدم».`, "|لن تُهدم البيوت"},
	} {
		got := find(t, tc.text)
		if len(got) != 2 || !samePair(got[1], tc.inner) {
			t.Errorf("%s\n found %q, want the inner %q", tc.text, got, tc.inner)
		}
	}
}

// TestWritingsWithNoWriter checks that words a writing carries whose
// writer the text does not name have no speaker: a sign in apposition
// (a window carries a sign, “…”), a message as the subject of a cue (a
// post circulating online claimed that “…”), and a neuter "it" inside a
// quotation that refers to a thing written (the card … It said ‘…’).
func TestWritingsWithNoWriter(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Owner Mairi Ross has run the bakery since 2004. The bakery's door carries a printed poster, \"Save our bus — write to your MP,\" and a stack of forms.", "Save our bus — write to your MP,"},
		{"Ward Sam Tully said roads were open. A post circulating on a local forum claimed that \"the bridge will close at noon\", which police denied.", "the bridge will close at noon"},
		{"Curator Lena Fox showed us the drawer. \"Every jar had the same yellow label. It said 'Seeds, origin unknown', and nothing else,\" she said.", "Seeds, origin unknown"},
		{"The Linden Museum said it would return the jars.\n\nCurator Lena Fox recalled her first week there: \"Every jar had the same yellow label.\n\n\"It said 'Seeds, origin unknown', and nothing else.\"", "Seeds, origin unknown"},
	} {
		for _, p := range find(t, tc.text) {
			who, q, _ := strings.Cut(p, "|")
			if q == tc.want && who != "" {
				t.Errorf("%s\n gave %q to %q, want nobody", tc.text, q, who)
			}
		}
	}
}

// TestWriterFrom checks that a writing the text says is "from" someone
// (One email, from a deputy head to the governors, reads) is theirs, while
// a writing whose writer it never names stays nobody's.
func TestWriterFrom(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"unknown", `Mia Cole ran the inquiry. One email, from a night manager to the governors, reads: "Do not share these figures."`, "night manager|Do not share these figures."},
		{"unknown", `Mia Cole ran the inquiry. A letter, from Tom Vance to the board in 2021, reads: "We cannot keep this quiet."`, "Tom Vance|We cannot keep this quiet."},
		{"unknown", `Mia Cole ran the inquiry. A note, from last winter, reads: "Back at six."`, "|Back at six."},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestItReads checks that "It read:" after a sentence naming a writing
// (a card taped to a parcel, a notice) gives the words of that thing,
// whose writer is the one the text says sent it, or nobody; never a body
// or a group named before, which reads nothing.
func TestItReads(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"unknown", "Volunteers think the parcel came from a neighbour.\nCaretaker Hugh Darby said it was left on the steps one night with a card taped to the lid. It read: \"For whoever needs it most.\"", "|For whoever needs it most."},
		{"unknown", "Stallholders packed up early on Saturday.\nA notice went up on the market gate overnight. It reads: \"Closed until the council pays for the roof.\"", "|Closed until the council pays for the roof."},
		{"unknown", "Neighbours met at the hall.\nAnn Cole still keeps the letter the water board sent her in 2019. It reads: \"Your supply will be restored within the week.\"", "the water board|Your supply will be restored within the week."},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestBoardsThatSpeak checks that a board that is a body, named with its
// chair or as "the board", speaks, while a board by a gate only carries
// words.
func TestBoardsThatSpeak(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{`The decision was published on Monday. Board chair Ruth Kenning said the panel had weighed "the needs of the town" against the concerns of crews.`, "Ruth Kenning"},
		{`The Harbour Standards Board met on Monday. "We have written to every home in the county," the board said in a statement.`, "Harbour Standards Board"},
		{`A hand-painted board by the gate reads: "Fresh eggs, honesty box, thank you."`, ""},
	})
}

// TestWriterOfWhatTheyPosted checks an Arabic writing that its writer
// posts or publishes, "in which she wrote" (منشورًا كتبت فيه): the
// writer; but a note found somewhere, "on which was written", by a
// narrator who only reports it, has none.
func TestWriterOfWhatTheyPosted(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وتوفي الملحن سالم السراج أمس. ونشرت الشاعرة نادين الحلو على حسابها منشورًا كتبت فيه: «رحل معلمي كما عاش، هادئًا».", "نادين الحلو"},
		{"وتوفي الملحن سالم السراج أمس. وأعلنت ابنته، الشاعرة ريم السراج، خبر الوفاة في منشور على حسابها كتبت فيه: «رحل أبي كما عاش، هادئًا».", "ريم السراج"},
		{"وقال المزارع حسن العلي إن السرقات تكررت. وروى العلي أن ورقة وجدت معلقة على باب إحدى الحظائر كتب فيها: «لا تتعبوا أنفسكم في البحث».", ""},
	})
}

// TestWritingsOfNoOneNamed: an anonymous post and a post whose aside
// stands between it and its verb, and a second placard after the first
// ("another simply said"), carry words no one named wrote.
func TestWritingsOfNoOneNamed(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"Afolabi said letters like that mattered. A post on a local forum, shared widely over the weekend, said: “Nobody under fifty has listened to Kestrel FM since the nineties.”", ""},
		{"Leila Haddad accused the minister of hiding behind the company. An anonymous post on a staff forum said: “Head office knew this was coming in January.”", ""},
		{"Bagshaw said the families were paying for it. Outside the town hall, parents held a vigil with homemade placards. One read “Our kids walk, you drive”; another simply said “Fix it, don’t shut it.”", ""},
	})
}

// TestThingsThatCarryWords: a note, a banner after "and", a chalkboard
// and an inscription carry words no one named said, however the
// sentence that introduces them goes on.
func TestThingsThatCarryWords(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"Renshaw said the workshop would stay open. A handwritten note was pinned to its door on Wednesday morning: “Closed today for Margaret. Back tomorrow.”", ""},
		{"Residents filled the gallery. Some held placards reading “Save Linden Baths”, and one hand-painted banner hanging from the balcony said “Our kids learned to swim here.”", ""},
		{"The club’s members sang long into the evening. A chalkboard by the door had been updated before the crew returned: “Head of the Lune 2025 – ours.”", ""},
		{"Children knew her as Lido Maggie, Ann Price said. A bench installed beside the deep end in 2012 carries the inscription: “For Maggie, who never let anyone sink.”", ""},
	})
}

// TestWritingHungUp: علّق with the pronoun of its object hangs a writing
// up, it makes no comment (وكتبت طالبة على ورقة علّقتها على الباب: the
// pupil wrote it), and words "written on it" (مكتوب عليها) name no writer.
func TestWritingHungUp(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وكتبت طالبة في المعهد على ورقة علّقتها على باب المعهد: «شكرًا لأنك علّمتني أن أستمع قبل أن أعزف».", "طالبة"},
		{"وقالت أم فادي: «الحمد لله أنهم عادوا». وعلى جدار القاعة ورقة علّقها شخص مجهول، مكتوب عليها بخط اليد: «نحن معكم، لكن لا تتركونا».", ""},
	})
}
