package quote

import (
	"testing"

	"qari/reader"
)

// TestTitledAppositions checks the name given in commas after a
// description that holds a place, a name in marks or a title of its own,
// and after one of a group (إحدى المتطوعات), and that a speaker named by
// an honorific and a surname is the surname without the title.
func TestTitledAppositions(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"description", `وقال رئيس قسم الطوارئ في المستشفى الوطني، الدكتور نادر سلوم، للصحفيين: «استقبلنا عشرين جريحًا».`, "نادر سلوم|استقبلنا عشرين جريحًا"},
		{"description", `وقالت مديرة المكتبة في الجامعة، الأستاذة هيفاء مراد، إن الكتب وصلت. وأضافت: «رتبناها في يومين».`, "هيفاء مراد|رتبناها في يومين"},
		{"description", `وقال صاحب مقهى «الياسمين» في السوق القديم، جورج نخلة، إنه أغلق، وتابع: «لا زبائن بعد العاشرة».`, "جورج نخلة|لا زبائن بعد العاشرة"},
		{"description", `وقال صاحب مطعم "الزيتونة" في الساحة، كريم الحايك: «الأسعار تضاعفت».`, "كريم الحايك|الأسعار تضاعفت"},
		{"groups", `وقال أحد المسعفين في الفريق، باسل الخوري، إن الطريق مقطوع، وأضاف: «وصلنا سيرًا على الأقدام».`, "باسل الخوري|وصلنا سيرًا على الأقدام"},
		{"groups", `وقالت إحدى المعلمات في المدرسة، سلوى حيدر: «الصفوف باردة».`, "سلوى حيدر|الصفوف باردة"},
		// A deputy or an adviser is a title like a director's.
		{"description", `وقال وكيل وزارة الزراعة، المهندس سمير داود، إن المحصول "أقل من العام الماضي".`, "سمير داود|أقل من العام الماضي"},
		{"description", `وقالت المستشارة القانونية للبلدية، رنا عيسى: «العقد باطل».`, "رنا عيسى|العقد باطل"},
		// One of a group whose apposition is no name stays a description.
		{"groups", `وقال أحد العمال في المصنع، طالبًا عدم ذكر اسمه: «لم نقبض منذ شهرين».`, "أحد العمال|لم نقبض منذ شهرين"},
		{"honorifics", `وقال الطبيب رامي العطار إن الجناح ممتلئ. وردّ الدكتور العطار على سؤال عن الأدوية بقوله: «المخزون يكفي أسبوعًا».`, "رامي العطار|المخزون يكفي أسبوعًا"},
		{"honorifics", `وقالت المهندسة ريم الساعاتي إن الجسر آمن. وختمت المهندسة الساعاتي: «سنفتحه الأحد».`, "ريم الساعاتي|سنفتحه الأحد"},
		// A title before a body's name is what the title is of.
		{"honorifics", `وتجمع عشرات الخبازين أمام المديرية. وقال نقيب الخبازين جميل سعادة: «لن نخبز بخسارة».`, "جميل سعادة|لن نخبز بخسارة"},
	} {
		got := find(t, tc.text) // the quotation checked is the text's last
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestEpithets checks that an epithet news gives only to someone it has
// named (an age, a time of life, "the man", المسؤول) refers to the
// person named last, or to the one a sentence gave the age; that a title
// written short is the description it abbreviates (Cllr, Gen.); and that
// an occupation never attached to anyone stays as it is.
func TestEpithets(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`Nadia Ferris, a florist, counted the lost stock. "It took one night," the 52-year-old said.`, "Nadia Ferris|It took one night,"},
		{"Owen Pryce lost his barn in the storm.\n\n\"We rebuilt it once already,\" the retired carpenter said.", "Owen Pryce|We rebuilt it once already,"},
		{`Ida Lund beat Mara Holt to win her first title at the age of 23. "I still can't believe it," the 23-year-old said.`, "Ida Lund|I still can't believe it,"},
		{`Ken Marsh waited at the gate. "Nobody told us," the man said.`, "Ken Marsh|Nobody told us,"},
		{`The board's chair, Cllr Priya Das, opened the meeting. Later the councillor added: "The budget is fixed."`, "Priya Das|The budget is fixed."},
		{`The unit is led by Maj. Gen. Tom Reyes. "We move at dawn," the general said.`, "Tom Reyes|We move at dawn,"},
		{"وقال سليم النحاس إن دكانه مغلق منذ أسبوع.\nوقال الرجل الخمسيني: «لم يأت أحد».", "سليم النحاس|لم يأت أحد"},
		{"وأعلن مدير الزراعة مازن الحلو أن الموسم ضعيف. وقال المسؤول إن الدعم «لم يصل بعد».", "مازن الحلو|لم يصل بعد"},
		{"وقالت هدى الزين إن المعبر أغلق. وروت السيدة السبعينية: «عبرت هنا في شبابي».", "هدى الزين|عبرت هنا في شبابي"},
		{"وتعادل الفريقان في المباراة. وسجل مهاجم النادي الأهلي سامر قدور هدفًا. وقال اللاعب بعد المباراة: «الهدف لأمي».", "سامر قدور|الهدف لأمي"},
		{"وقال مدير الشؤون الصحية في بلدية المدينة، الطبيب المتقاعد هاني دبس، إن العيادة مغلقة. وقال المسؤول إن القرار «مؤقت حتى الشهر المقبل».", "هاني دبس|مؤقت حتى الشهر المقبل"},
		{"وفازت الطالبة ريما سليمان على الأستاذ الدولي كارل بيرغ في الجولة الأولى. وأقرّ بيرغ بالخسارة. وتباهت البطلة الصغيرة: «كنت أعرف أنه سيتعب».", "ريما سليمان|كنت أعرف أنه سيتعب"},
		{`Ilse Brandt lost the final to Ana Ruiz. Brandt, seeded first, shook hands at the net. "She was stronger in the third set," the German said.`, "Ilse Brandt|She was stronger in the third set,"},
		// Someone new introduced by the epithet's noun is who it refers to.
		{`Ken Marsh runs the shop. A man walked in and stood at the till. "Give me the money now," the man said.`, "A man|Give me the money now,"},
		{`Ken Marsh runs the shop. A 40-year-old was arrested later. "I did nothing wrong at all," the 40-year-old said.`, "the 40-year-old|I did nothing wrong at all,"},
		{"وقال سامي عيد إن المحل مغلق. ودخل رجل ستيني إلى المحل. وقال الرجل الستيني: «أريد الخبز فقط».", "الرجل الستيني|أريد الخبز فقط"},
		// An occupation never attached to anyone stays as it is.
		{`Rosa Lind opened the shop at nine. "Keep the shutters down," the porter said.`, "the porter|Keep the shutters down,"},
		{`ووصل المهندس فادي سمعان إلى الموقع. وقال الحارس: «لم يدخل أحد».`, "الحارس|لم يدخل أحد"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestBlockquoteEpithet checks that a blockquote whose speaker the next
// paragraph gives by an epithet (the retired nurse said) is the person
// that epithet refers to.
func TestBlockquoteEpithet(t *testing.T) {
	text := "# Title\n\nJoan Pell, 71, stayed behind to feed the goats.\n\n> The water came up to the second step. Then it stopped.\n\nThe retired nurse said she would not leave the farm.\n"
	doc, err := reader.Parse("case.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	qs := Find(doc)
	if len(qs) != 1 || qs[0].Speaker != "Joan Pell" {
		t.Errorf("found %+v, want one quotation by Joan Pell", qs)
	}
}

// TestAskedReplies checks that a reply to a question the writer asked
// (وسألناه …، فأجاب; Asked about …, she replied) is said by the one asked,
// who may be the speaker just quoted, and that a reply to a quotation
// still is not its speaker's.
func TestAskedReplies(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`قال الوزير سامي داود إن الخطة جاهزة. وقالت المعلمة هدى سالم: «لم نر شيئًا». وسألناها عن الموعد، فأجابت: «لا أعرف».`, "هدى سالم|لا أعرف"},
		{`وقال مدير المرفأ نادر خوري: «السفن متوقفة». وسُئل عن التعويضات، فأجاب: «لم يُقرر شيء».`, "نادر خوري|لم يُقرر شيء"},
		{`Ann Roe, a teacher, said: "We saw nothing." Asked about the date, she replied: "I do not know."`, "Ann Roe|I do not know."},
		// A reply to the quotation before is the other person's.
		{`Sam Dale said: "It is ready." Tom Roe said: "We saw nothing." He replied: "You will."`, "Sam Dale|You will."},
		// The question the reply's own paragraph reports, not the
		// quotation of a paragraph before, is the one answered.
		{"The port's director, Helen Marsh, told the meeting that the terminal would bring “more than 4,000 jobs”.\n\n## Questions\n\nUnder questioning from the chair, Ruth Cole, Marsh was asked whether the figure included temporary work. “It includes some,” she replied.", "Marsh|It includes some,"},
		{"“We will reopen the line,” the mayor, Tom Hale, said.\n\n“When?” Ana Ruiz asked him. “Next spring,” he replied.", "Tom Hale|Next spring,"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestBodiesAndPeople checks who speaks where a body and a person are
// both named: the subject of a passive cue (the council was asked) said
// nothing, so the words after it are the person's; "the council" refers
// to a body named as a council, not to a company named before; one who
// speaks for a body is given with the body.
func TestBodiesAndPeople(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`Northgate Buses cut the late routes. Lena Ortiz told the panel that the council had been asked for money. "There is no money left for any of it."`, "Lena Ortiz|There is no money left for any of it."},
		{`Ray Penn was telling Ann Cole: "Get out of the building now, all of you!"`, "Ray Penn|Get out of the building now, all of you!"},
		{`Harbourside Trams closed the line. Omar Wills said the board was told in May. "Nobody listened to a word we said."`, "Omar Wills|Nobody listened to a word we said."},
		{`Northgate Buses cut the late routes. "We cannot fund them," the council said.`, "the council|We cannot fund them,"},
		{`Northgate Buses cut the late routes. "We lost money on every trip," the operator said.`, "Northgate Buses|We lost money on every trip,"},
		{`A spokeswoman for the county library service said the branch would reopen "within weeks" if repairs went well.`, "A spokeswoman for the county library service|within weeks"},
		{`A representative of the dock workers said pay was "the only issue" at the talks.`, "A representative of the dock workers|the only issue"},
		// A board is a body, but a notice board carries words nobody says.
		{`Nurses voted to strike. The health board said it was "saddened" by the vote.`, "The health board|saddened"},
		{`The departures board said: "All trains to the coast are cancelled today."`, "|All trains to the coast are cancelled today."},
		// A body whose kind is written in lower case after its place.
		{`Marlow city council approved the loan on Monday. "Every penny will be repaid on time," the council said.`, "Marlow city council|Every penny will be repaid on time,"},
		{`Tom Osei said the society would meet in May. "Bring seeds, and bring friends," he said.`, "Tom Osei|Bring seeds, and bring friends,"},
		// A county is a place, not the one "she" refers to.
		{`Sen. Ann Roe, whose district covers Tarrow County, said she would act, calling the cuts "a matter of basic fairness".`, "Ann Roe|a matter of basic fairness"},
		// A body named only in the description of one who works for it.
		{"وحاورنا مدير مديرية الزراعة في المحافظة، م. ناصر عودة، حول الموسم. وأعلنت المديرية في بيان أنها «ستوزع البذور مجانًا».", "مديرية الزراعة|ستوزع البذور مجانًا"},
		{"وقال رئيس نقابة الخبازين في المدينة، جميل سعادة، إن الطحين نفد. وقالت النقابة إن الأفران «ستغلق يومين».", "نقابة الخبازين|ستغلق يومين"},
		// What a person said in apposition is not their description.
		{"وقال رئيس لجنة السكان، المحامي رامي عيد، إن اللجنة حذّرت البلدية قبل شهر، مضيفًا: «لم يرد أحد».\nوردت البلدية في بيان: «الفرق تعمل منذ الفجر».", "البلدية|الفرق تعمل منذ الفجر"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDescriptionsKept checks that a description attached to a person at
// one mention (by apposition, before the name, or by a copula) refers to
// them however many people were named since, and after their name was
// given short; that it picks, of two people it fits, the one named last;
// and that a passive is no attachment.
func TestDescriptionsKept(t *testing.T) {
	many := "Ann Cole, Ben Dale, Cyd Earl, Dov Fry, Eve Gray, Fay Hume, Gus Ives, Hal Judd and Ivo Kerr signed the letter. "
	manyAr := "ووقّع على الرسالة سامي عيد. وقالت ليلى حنا إن الوقت ضيق. وأضاف باسل نمر أن الخطة جاهزة. وأكد رامي داود أن العمل مستمر. وقالت هالة عمر إن الطريق طويل. وأوضح سمير حداد أن الموعد قريب. وأشار نبيل عساف إلى أن الدعم وصل. وقال فادي نصر إن الجميع مستعد. "
	for _, tc := range []struct{ text, want string }{
		{"Mara Quinn, the harbour master, closed the quay. Quinn said the swell was rising. " + many + `"Nobody sails tonight," the harbour master said.`, "Mara Quinn|Nobody sails tonight,"},
		{"وقال رئيس البلدية، المهندس جورج عطية، إن الجسر سيغلق. وأوضح عطية أن الإصلاح يحتاج شهرًا. " + manyAr + "وختم رئيس البلدية: «سنعوض التجار».", "جورج عطية|سنعوض التجار"},
		{"Head teacher Lou Park shut the school. Head teacher Sam Roy kept his open. " + `"We had heating," the head teacher said.`, "Sam Roy|We had heating,"},
		{`Mara Quinn is the harbour master in Tarrow. Quinn closed the quay on Monday. "Nobody sails tonight," the harbour master said.`, "Mara Quinn|Nobody sails tonight,"},
		{`Mara Quinn was found by the harbour master at dawn. "She is lucky to be alive," the harbour master said.`, "the harbour master|She is lucky to be alive,"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}
