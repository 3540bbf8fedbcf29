package quote

import (
	"strings"
	"testing"

	"qari/reader"
)

// TestSpeakerAppositions checks the speaker named in an apposition after
// a description that carries a place or a body (رئيس الجمعية في البلدة،
// يوسف البيطار،), a relation (Her father, Dan Turner,), the cues whose
// subject stands before them (علّق على ذلك بقوله، وصف القرار بأنه), an
// indefinite source, a statement referred to as such, and a nested
// quotation that its own speaker reports saying.
func TestSpeakerAppositions(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"description", `وقال مدير الدفاع المدني في مدينة حمص، سليم داود، إن فرقه تعمل. وأضاف: «أنقذنا عشرين شخصًا».`, "سليم داود|أنقذنا عشرين شخصًا"},
		{"description", `وقالت مديرة المدرسة الابتدائية في القرية، هند شاهين: «الصفوف مكتظة».`, "هند شاهين|الصفوف مكتظة"},
		{"description", `وقال رئيس بلدية الحارة الشمالية في محافظة درعا، عمار نجم، للصحفيين: «المياه مقطوعة».`, "عمار نجم|المياه مقطوعة"},
		{"description", `قال المتحدث باسم الشركة الوطنية للنقل، علاء منصور، في تصريح: «سنعوض الزبائن».`, "علاء منصور|سنعوض الزبائن"},
		{"description", `وأكدت منسقة البرامج في الهلال الأحمر، رشا العبدالله، أن المساعدات وصلت. وتابعت: «وزعنا ألف سلة».`, "رشا العبدالله|وزعنا ألف سلة"},
		{"description", `وقالت مسؤولة الإعلام في المنظمة، دانة يوسف: «الوضع مأساوي».`, "دانة يوسف|الوضع مأساوي"},
		{"description", `وقالت مديرة المشاريع في الجمعية، سهى السيد: «بدأنا بمئة عائلة».`, "سهى السيد|بدأنا بمئة عائلة"},
		{"description", `وقال الناطق باسم الشرطة، العقيد باسل عيد، إن التحقيق مستمر. وأضاف: «لا موقوفين بعد».`, "باسل عيد|لا موقوفين بعد"},
		{"pronouns", `وأكد المدير مازن عمر أن العمل مستمر. وفي الغرفة المجاورة، تجلس ريما الحسن، وهي معلمة متقاعدة. وقالت: «لم نر مثل هذا الشتاء».`, "ريما الحسن|لم نر مثل هذا الشتاء"},
		{"pronouns", `وقالت الطبيبة هالة عمر إن الوضع صعب. وفي الممر، وقف سامي داود، وهو أب لطفلين. وقال: «ننتظر منذ الفجر».`, "سامي داود|ننتظر منذ الفجر"},
		{"pronouns", `وقال التاجر وائل حداد إن الأسعار ارتفعت. غير أن حداد علّق على القرار بقوله: «لن نرفع الأسعار».`, "وائل حداد|لن نرفع الأسعار"},
		{"pronouns", `ورد المزارع سمير حنا على الاتهامات بقوله: «أسعارنا عادلة».`, "سمير حنا|أسعارنا عادلة"},
		{"bodies", `ووصفت نقابة الأطباء القرار بأنه «كارثة صحية».`, "نقابة الأطباء|كارثة صحية"},
		{"description", `ووصف النائب فادي حمود الخطة بأنها «حبر على ورق».`, "فادي حمود|حبر على ورق"},
		{"description", `وكشف مصدر في وزارة المالية أن القرار اتخذ بضغط، وقال: «الخزينة فارغة».`, "مصدر|الخزينة فارغة"},
		{"nested", `وروى الكاتب سمير حداد أن والده قال له يومًا: «لا تبع الأرض».`, "والده|لا تبع الأرض"},
		{"nested", `وأوضح المزارع حسن داود أن زوجته قالت للجيران: «سنعود قبل الشتاء».`, "زوجته|سنعود قبل الشتاء"},
		{"nested", `وتذكر المعلمة ليلى سعيد أن جارتها صرخت في تلك الليلة: «النار وصلت إلى الدرج».`, "جارتها|النار وصلت إلى الدرج"},
		{"nested", `وقال الطبيب نادر علي إن المريض سأل الممرضة حين استيقظ: «أين أمي؟».`, "المريض|أين أمي؟"},
		{"nested", `وروت سلمى أن جدتها قالت لها حين أعلنت رغبتها في السفر: «ستعودين».`, "جدتها|ستعودين"},
		{"nested", `The minister, Paul Kerr, said his father once told him: "Never sign what you have not read."`, "his father|Never sign what you have not read."},
		{"nested", `Sara Voss said her neighbour shouted: "The river is coming in!"`, "her neighbour|The river is coming in!"},
		{"bodies", `وبحسب بيان صادر عن وزارة الداخلية، فإن «التحقيقات مستمرة».`, "وزارة الداخلية|التحقيقات مستمرة"},
		{"bodies", `ووفق تقرير صادر عن هيئة الرقابة: «الخسائر تجاوزت المليار».`, "هيئة الرقابة|الخسائر تجاوزت المليار"},
		{"description", `"Zero," replied Coach Dana Ruiz when asked how many players were injured.`, "Dana Ruiz|Zero,"},
		{"groups", `والتقت الوزيرة هدى سالم بوفد من الأهالي. ورد أحد أعضاء الوفد، وهو المعلم فادي نصر: «نريد أفعالًا».`, "فادي نصر|نريد أفعالًا"},
		{"kunya", `Mia Ross runs the shop. Her father, Dan Ross, said the family could not afford it. "We would be broke," he said.`, "Dan Ross|We would be broke,"},
		{"kunya", `Lena Park spoke first. Her husband, Omar Haddad, had other worries. "The roof leaks," he said.`, "Omar Haddad|The roof leaks,"},
		{"pronouns", "Ten-year-old Amy Lowe was drawing. Asked what she liked, she said: \"Nobody rushes you.\"\n\nHer uncle, Rob Lowe, said he could not buy paper as fast as Amy used it. \"She fills a pad a day,\" he said.", "Rob Lowe|She fills a pad a day,"},
		{"unknown", `Another neighbour, who asked not to be named because he works for the council, said the timing was poor. "The works start in May. Who planned that?"`, "neighbour|The works start in May. Who planned that?"},
		{"unknown", `Lena Ford ran the sale. The buyer, who asked to be identified only as "a collector", wrote that the vase was "the best thing I own".`, "buyer|the best thing I own"},
		{"pronouns", `Tom Reed, a driver, said the road was closed. "We waited four hours," he said.`, "Tom Reed|We waited four hours,"},
		{"bodies", `In a statement, the Harbour Trust said it regretted the delay. "We apologise to every passenger," the statement said.`, "Harbour Trust|We apologise to every passenger,"},
	} {
		got := find(t, tc.text) // the quotation checked is the text's last
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// samePair compares "speaker|quote" pairs as the evaluation does: the
// same quotation, and one speaker's name holding the other's.
func samePair(got, want string) bool {
	gs, gq, _ := strings.Cut(got, "|")
	ws, wq, _ := strings.Cut(want, "|")
	if ws == "" {
		return gq == wq && gs == ""
	}
	return gq == wq && sameSpeaker(gs, &ws)
}

// samePairs reports whether got and want hold the same pairs (samePair),
// in the same order.
func samePairs(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range want {
		if !samePair(got[i], want[i]) {
			return false
		}
	}
	return true
}

// TestNestedSelf checks that a nested quotation whose cue is the outer
// speaker's own "I said" is the outer speaker's.
func TestNestedSelf(t *testing.T) {
	for _, tc := range []struct{ text, inner string }{
		{`"I told her, 'Keep the receipts,' and she laughed," Moss said.`, "Moss|Keep the receipts,"},
		{`وقالت سلمى العلي: «قلت له: 'لا تتأخر'، لكنه تأخر».`, "سلمى العلي|لا تتأخر"},
		{`"I told my mother, 'We will manage,' and we did," Ana Ruiz said.`, "Ana Ruiz|We will manage,"},
		{`وقال عادل مهنا: «قلنا للمحافظ: 'القناة ستفيض'، ولم يسمعنا أحد».`, "عادل مهنا|القناة ستفيض"},
	} {
		got := find(t, tc.text)
		if len(got) != 2 || !samePair(got[1], tc.inner) {
			t.Errorf("%s\n found %q, want the inner %q", tc.text, got, tc.inner)
		}
	}
}

// TestPartialsAndNames checks short phrases in marks: one word that
// completes "said it was" or بأنه is the speaker's, a second phrase in
// the sentence of a quotation is quoted too, and a programme's or an
// anthem's name, or the name someone asked to be known by, is no
// quotation.
func TestPartialsAndNames(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`The ministry said it was "alarmed" by the figures.`, "Ministry|alarmed"},
		{`ووصف النائب سامر حداد الخطة بأنها «كارثية».`, "سامر حداد|كارثية"},
		{`Kenji Morita said the club had "lost a leader" but found "a new voice".`, "Kenji Morita|lost a leader\nKenji Morita|a new voice"},
		{`وقالت الوزارة إنها ستموّل «برنامج الوجبة المدرسية» في العام المقبل.`, ""},
		{`وردد الطلاب نشيد «موطني» في الساحة.`, ""},
		{`The buyer, who asked to be identified only as "a collector from Leeds", paid in cash.`, ""},
		{`The old "silent" clock still hangs in the hall.`, ""},
		{`Residents describe the smell as "unbearable".`, "Residents|unbearable"},
		{`وأعرب رئيس الوزراء عن أمله في أن «تنتهي الأزمة قريبًا».`, "رئيس الوزراء|تنتهي الأزمة قريبًا"},
	} {
		got := strings.Join(find(t, tc.text), "\n")
		if tc.want == "" {
			if got != "" {
				t.Errorf("%s\n found %q, want no quotation", tc.text, got)
			}
			continue
		}
		gs, ws := strings.Split(got, "\n"), strings.Split(tc.want, "\n")
		ok := len(gs) == len(ws)
		for i := 0; ok && i < len(ws); i++ {
			ok = samePair(gs[i], ws[i])
		}
		if !ok {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPartialQuotesInReportedSpeech checks the phrases in marks that
// reported speech quotes, with the speaker of the sentence: a number
// with a decimal point does not end the sentence of the cue, a short
// question with its cue after it is a quotation, the words of a statement
// the sentence opens on are the body's, one written onto ب (طالبت
// بـ«…») is the speaker's, and أقرّ بأن is a cue.
func TestPartialQuotesInReportedSpeech(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`The port's director, Helen Marsh, told the meeting that the £4.5 million terminal would bring “more than 4,000 jobs” and that “doing nothing is not an option”.`,
			"Helen Marsh|more than 4,000 jobs\nHelen Marsh|doing nothing is not an option"},
		{"Residents packed the hall.\n\n“How long?” Mr Daniels asked.", "Daniels|How long?"},
		{"The vote was close.\n\n“Why now?” asked Leila Grant.", "Leila Grant|Why now?"},
		{"وتحدث الوزير سامي حداد عن الخطة.\n\n«متى؟» سألت النائبة ليلى خوري.", "ليلى خوري|متى؟"},
		{`وتحدث الوزير سامي حداد عن الخطة. «ومتى يبدأ العمل؟» سألته النائبة ليلى خوري.`, "ليلى خوري|ومتى يبدأ العمل؟"},
		{`وفي بيان صدر مساء السبت، حمّلت نقابة المهندسين البلدية مسؤولية «الإهمال المتكرر»، وطالبت بـ«محاسبة كل من تسبب في الانهيار».`,
			"نقابة المهندسين|الإهمال المتكرر\nنقابة المهندسين|محاسبة كل من تسبب في الانهيار"},
		{`وقالت النقابة إن الإدارة «أهملت الصيانة»، وطالبت بـ«محاسبة كل من تسبب في الانهيار».`,
			"النقابة|أهملت الصيانة\nالنقابة|محاسبة كل من تسبب في الانهيار"},
		{`وأقرت الوزيرة سلمى حداد بأن المشروع "توقف بسبب نقص التمويل".`, "سلمى حداد|توقف بسبب نقص التمويل"},
		{`ولفت النائب سليم حداد إلى أن البرلمان أقر العام الماضي موازنة للصيانة «لم يُصرف منها دينار واحد»، على حد تعبيره.`,
			"سليم حداد|لم يُصرف منها دينار واحد"},
		{"Sam Dale, a fan, was hurt. In a statement on Sunday, the supporters' trust accused the stadium's operator of “clear security failures” and called for “a transparent inquiry into what happened”.",
			"the supporters' trust|clear security failures\nthe supporters' trust|a transparent inquiry into what happened"},
		{"Sam Dale, a fan, was hurt. In a statement on Sunday, Harbour Rovers accused the stadium's operator of “clear security failures” and demanded “a transparent inquiry into what happened”.",
			"Harbour Rovers|clear security failures\nHarbour Rovers|a transparent inquiry into what happened"},
		{"The mayor told local radio “we are shocked and saddened by what happened”.", "The mayor|we are shocked and saddened by what happened"},
		// A participle after the marks goes back to the subject of the
		// sentence's verb, one no list of cues knows.
		{`وقال المهندس سامي حداد إن الجسر قديم. وفي بيان مشترك، دعت جمعيات أهلية في المدينة البلدية إلى "وقف الردم فورًا"، محذرة من أن النهر سيفيض.`,
			"جمعيات أهلية|وقف الردم فورًا"},
		{`وقال المهندس سامي حداد إن الجسر قديم. وطالبت النقابة البلدية بـ"وقف الردم فورًا"، محذرة من أن النهر سيفيض.`, "النقابة|وقف الردم فورًا"},
		{`وقال المتحدث باسم الشركة، المهندس وائل حداد، إن الأحمال بلغت "مستويات لم نشهدها من قبل"، مؤكدًا أن الفرق تعمل.`, "وائل حداد|مستويات لم نشهدها من قبل"},
	} {
		if got, ws := find(t, tc.text), strings.Split(tc.want, "\n"); !samePairs(got, ws) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, ws)
		}
	}
	for _, text := range []string{
		"The forecast was grim.\n\n“Rain again?” The question hung over the market.",
		`وأقر البرلمان «قانون العمل الجديد» أمس.`,
		`وفي بيان مشترك، دعت جمعيات أهلية في المدينة، بينها "أصدقاء النهر" و"بيئتنا"، البلدية إلى التريث.`,
	} {
		if got := find(t, text); len(got) != 0 {
			t.Errorf("%s\n found %q, want none", text, got)
		}
	}
}

// TestOutletEndsTheName checks the speaker's name exactly: the outlet
// spoken to (لصحيفة النهار، لوكالة الأنباء) is not part of it.
func TestOutletEndsTheName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`وقالت ليلى حداد لصحيفة النهار: «لن أغادر».`, "ليلى حداد|لن أغادر"},
		{`وقال شهود عيان لوكالة الأنباء إن «الانفجار هز المنطقة».`, "شهود عيان|الانفجار هز المنطقة"},
		{`وقالت لمى سعيد: «لن أغادر».`, "لمى سعيد|لن أغادر"},
	} {
		if got := find(t, tc.text); len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSplitAroundAnAbbreviation: a sentence broken by an attribution whose
// name carries an abbreviation's full stop is still one quotation.
func TestSplitAroundAnAbbreviation(t *testing.T) {
	for _, text := range []string{
		"“The lease ends in May,” said Mr. Tom Reyes, the tenants' adviser, “and nobody has offered a new one.”",
		"“We will appeal,” Dr. Ana Bell, the clinic's director, said, “as soon as the ruling is published.”",
	} {
		doc, err := reader.Parse("case.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		qs := Find(doc)
		if len(qs) != 2 || qs[0].Group == 0 || qs[0].Group != qs[1].Group {
			t.Errorf("%s\n\tnot one quotation in two parts: %+v", text, qs)
		}
	}
}

// TestLongAppositive checks that an appositive longer than one clause
// between a name and its cue (a job, a place of work and a relative
// clause: a hydrologist at the Institute of Fenmoor who has measured the
// Darrow marshes for a decade) qualifies the name before it, whose cue it
// is, and that no capitalised word inside it speaks.
func TestLongAppositive(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"description", `Dr Rhona Bell, a marine biologist at the University of Carrick who has surveyed the Tollan reefs since 2015, said the coral was "bleaching earlier every summer".`, "Rhona Bell|bleaching earlier every summer"},
		{"description", `Ivo Brandt, the chief engineer at the city tram depot who has kept the Harlow line running for three winters, said the parts were "simply no longer made".`, "Ivo Brandt|simply no longer made"},
		{"description", `Prof Helen Quarrie, a hydrologist at the Institute of Fenmoor who has measured water levels in the Darrow marshes for over a decade, said the peat was "drying faster than any model predicted".`, "Helen Quarrie|drying faster than any model predicted"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestArabicNamesThatOpenWithLam: a given name that opens with ل (لينا،
// لمى، لبنى) right after a title is the name, not what a body is of
// (which رئيس الاتحاد الوطني لكرة القدم still reads); the body a
// spokesman speaks for (الناطق باسم رئاسة الوزراء) is no name; and a
// feminine title no list held (عميدة) is a title.
func TestArabicNamesThatOpenWithLam(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"في المقابل، قالت المحامية لينا السعدي، وكيلة الشركة، إن آخر تفتيش رسمي «لم يسجّل أي مخالفة جوهرية».", "لينا السعدي"},
		{"وقالت المهندسة المعمارية لمى الحسيني، عضو لجنة الدفاع عن التراث العمراني، إن المبنى «نموذج نادر لعمارة الخمسينيات».", "لمى الحسيني"},
		{"وأوضحت المهندسة لبنى الخطيب، مديرة دائرة التخطيط في البلدية، أن الأعمال «لن تستغرق أكثر من خمسة أشهر».", "لبنى الخطيب"},
		{"من جهته، أكد الناطق باسم رئاسة الوزراء، ماهر الصالح، أن الحكومة تدرس «حزمة دعم عاجلة للمؤسسات الصغيرة».", "ماهر الصالح"},
		{"وقالت عميدة المعهد، الدكتورة هالة منصور: «لم يكن يسأل الطالب كم ساعة تدرّب».", "هالة منصور"},
		{"وقال رئيس الاتحاد الوطني لكرة القدم سامي الخطيب: «سنراجع كل القرارات».", "سامي الخطيب"},
	})
}

// TestAgeAfterTheDescription: an age after a description (الطبيبة البالغة
// من العمر 61 عامًا) is no part of it: the description refers back to the
// one it fits.
func TestAgeAfterTheDescription(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وقالت الطبيبة سعاد حداد إن الطريق صعب. وتقول الطبيبة البالغة من العمر 61 عامًا لـ«الأفق»: «الطريق هو نفسه، والحفر هي نفسها تقريبًا».", "سعاد حداد"},
		{"وسجّل اللاعب سامي العبيدي هدف الفوز. وأضاف اللاعب البالغ من العمر عشرين عامًا: «لم أفكر في شيء، رأيت الكرة قادمة فقط».", "سامي العبيدي"},
	})
}
