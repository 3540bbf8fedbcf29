package quote

import "testing"

// TestSubjectBeforeItsVerb checks that a subject parted from its verb by
// an apposition or a relative clause (who, whose, الذي) is the speaker,
// never a name inside the clause nor the object after the verb.
func TestSubjectBeforeItsVerb(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"description", `Rachel Dunmore, whose daughter studies at Hillcrest, said she backed the plan "without reservation".`, "Rachel Dunmore|without reservation"},
		{"description", `Rachel Dunmore, whose son attends Hillcrest, said she backed the plan "without reservation".`, "Rachel Dunmore|without reservation"},
		{"description", `Rachel Dunmore, whose son attends Hillcrest, said she backed the plan. "It is overdue, and everyone here knows it."`, "Rachel Dunmore|It is overdue, and everyone here knows it."},
		{"description", `Tom Ward, the Green Party candidate, said the vote was "a disgrace to the town".`, "Tom Ward|a disgrace to the town"},
		{"honorifics", `Dr Samir Aziz, a cardiologist at Queen's Hospital in Marlow, who advised the inquiry, said the new rules would cause "needless deaths".`, "Samir Aziz|needless deaths"},
		{"honorifics", `Dr Samir Aziz (سمير عزيز), a cardiologist at Queen's Hospital in Marlow, who advised the inquiry, said the new rules would cause "needless deaths".`, "Samir Aziz|needless deaths"},
		{"description", `Councillor Ian Price, who chairs Northgate council's planning committee, said the site would stay closed "for the foreseeable future".`, "Ian Price|for the foreseeable future"},
		{"script", `Jane Roe (جين رو), who runs the Mill Street shelter, said the extra beds were "a start, not an answer".`, "Jane Roe|a start, not an answer"},
		{"description", `The consultant, a woman in her sixties who gave evidence, said the extra flights would add to "a burden nobody can carry".`, "|a burden nobody can carry"},
		{"description", `Joan Hale, the owner of the Corner Bakery, which opened on Mill Street in 1990, said prices would rise "by a fifth".`, "Joan Hale|by a fifth"},
		{"description", `لكن رئيس نقابة الصيادلة، الذي كانت نقابته قد رفعت دعوى على وزارة الصحة وكسبتها، سامي الخوري، رأى أن القرار "جاء متأخرًا".`, "سامي الخوري|جاء متأخرًا"},
		{"description", `وقالت مديرة المدرسة، التي كانت قد حذرت من الاكتظاظ العام الماضي، هالة نصر، إن الصفوف "لم تعد تتسع لأحد".`, "هالة نصر|لم تعد تتسع لأحد"},
		{"description", `لكن المعلم السابق، الذي درّس في القرية ثلاثين عامًا، قال إن المدرسة "لم تعد كما كانت".`, "المعلم السابق|لم تعد كما كانت"},
		{"script", `لكن رئيس النقابة، سامي الخوري (Sami Khoury)، الذي قاد الإضراب الأخير، قال إن الاتفاق "لا يلبي مطالبنا".`, "سامي الخوري|لا يلبي مطالبنا"},
		{"script", `وقال رئيس النقابة، الذي قاد الإضراب الأخير، سامي الخوري (Sami Khoury)، إن الاتفاق "لا يلبي مطالبنا".`, "سامي الخوري|لا يلبي مطالبنا"},
		{"pronouns", `التقينا المعلمة ريم سعد في الحي. وفي الحي المجاور، قالت: «لم يصلنا أي شيء منذ أسبوع».`, "ريم سعد|لم يصلنا أي شيء منذ أسبوع"},
		{"pronouns", `وصل الوزير سامي حداد إلى المدينة صباحًا، قال للصحفيين: «سنعيد بناء كل شيء».`, "سامي حداد|سنعيد بناء كل شيء"},
	} {
		got := find(t, tc.text) // the quotation checked is the text's last
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestCueBeforeBeatsVerbAfter checks that a quotation whose sentence has a
// cue before it keeps that cue's subject when a verb with و follows it:
// the verb goes on with the same subject, and its object is no speaker.
func TestCueBeforeBeatsVerbAfter(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"bodies", `في المقابل، أكدت وزارة الصحة في بيان نشرته أمس أنها "تراقب الوضع بدقة"، وأعلنت إغلاق المستشفى الميداني حتى إشعار آخر.`, "وزارة الصحة|تراقب الوضع بدقة"},
		{"description", `وقال رئيس البلدية سمير عيسى إن المشروع "سيكتمل قبل الصيف"، وأعلن تخصيص مبلغ إضافي للطرق.`, "سمير عيسى|سيكتمل قبل الصيف"},
		{"bodies", `وأكدت النقابة في بيان أنها "لن تتراجع عن الإضراب"، وأعلنت تعليق الدوام في المدارس.`, "النقابة|لن تتراجع عن الإضراب"},
		{"pronouns", `وتحدثت المعلمة هدى سالم عن الصفوف. وأكدت أنها "مكتظة جدًا"، وطالبت الوزارة بمدرسة جديدة.`, "هدى سالم|مكتظة جدًا"},
		{"bodies", `The Ministry of Health said in a statement that it was "following the case closely", and announced the suspension of the admissions office.`, "Ministry of Health|following the case closely"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestOneOfAGroupDescribed checks that one of a group described in a
// clause after it (أحد الحاضرين، وهو موظف حضر المباراة مع ابنه; one of the
// fans, a teacher who …) is the speaker: a verb and its object in the
// description are no name, for this quotation or the next.
func TestOneOfAGroupDescribed(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"groups", `وقال أحد المشجعين، وهو طالب جامعي جاء إلى الملعب مع أخيه: «لم نشعر بالأمان لحظة واحدة».`, "أحد المشجعين|لم نشعر بالأمان لحظة واحدة"},
		{"groups", `وقالت إحدى الأمهات، وهي معلمة في الثلاثينات تسكن قرب المدرسة: «نخاف على أطفالنا كل صباح».`, "إحدى الأمهات|نخاف على أطفالنا كل صباح"},
		{"groups", `وقال أحد الركاب، وهو مهندس في الثلاثينات ركب القطار مع زوجته: «توقف القطار فجأة في النفق». وأضاف الرجل، الذي طلب عدم ذكر اسمه: «انتظرنا ساعتين في الظلام».`, "أحد الركاب|انتظرنا ساعتين في الظلام"},
		{"description", `وقال عامل حكومي في الخمسينات من عمره يعمل في الميناء: «لم نقبض رواتبنا منذ شهرين».`, "عامل حكومي|لم نقبض رواتبنا منذ شهرين"},
		{"groups", `ورد أحد أعضاء الوفد، وهو نقيب المعلمين سامي حداد: «نريد أفعالًا لا وعودًا».`, "سامي حداد|نريد أفعالًا لا وعودًا"},
		{"groups", `One of the fans, a teacher who came with her two daughters, said: "We were terrified the whole time."`, "One of the fans|We were terrified the whole time."},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestIndefiniteGroups checks that a group named without the article
// (منظمات إغاثية، نقابات عمالية، aid groups) speaks for itself, over the
// members listed in apposition and the person named before, and that the
// names of those members in marks are not quotations.
func TestIndefiniteGroups(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"groups", `وتحدث الطبيب سامر فرحات عن الأطفال. وفي بيان مشترك، دعت جمعيات أهلية عاملة في الحي، بينها "بيت الخير" و"يد العون"، البلدية إلى "إصلاح الطرق قبل الشتاء المقبل".`, "جمعيات أهلية|إصلاح الطرق قبل الشتاء المقبل"},
		{"groups", `وتحدث الطبيب سامر فرحات عن الأطفال. ودعت نقابات عمالية في المدينة الحكومة إلى "رفع الأجور فورًا ودون أي تأخير".`, "نقابات عمالية|رفع الأجور فورًا ودون أي تأخير"},
		{"groups", `وتحدث الطبيب سامر فرحات عن الأطفال. وتدعو أحزاب المعارضة منذ أسابيع إلى "انتخابات مبكرة في الربيع".`, "أحزاب المعارضة|انتخابات مبكرة في الربيع"},
		{"pronouns", `ويرى الخبير سامر فرحات أن الحل بعيد. ودعا إلى "حوار وطني شامل وفوري".`, "سامر فرحات|حوار وطني شامل وفوري"},
		{"groups", `Dr Sam Farhat spoke about the children. Aid groups said the camps needed "fuel, blankets and medicine within days".`, "Aid groups|fuel, blankets and medicine within days"},
		{"groups", `Dr Sam Farhat spoke about the children. In a joint statement, aid groups working in the region, among them Winter Hands and Green Crescent, urged donors to act "before the next cold spell arrives".`, "aid groups|before the next cold spell arrives"},
		{"groups", `Dr Sam Farhat spoke about the children. Teachers' unions, including the National Education Union, said the plan was "unworkable in practice".`, "unions|unworkable in practice"},
		{"bodies", `Harlow Buses cut four routes. Harlow said the cuts were "regrettable but necessary".`, "Harlow|regrettable but necessary"},
	} {
		got := find(t, tc.text)
		if len(got) != 1 || !samePair(got[0], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestKunyaNeedsAName checks that أم before a preposition's noun (وهي أم
// لستة أطفال) says "a mother of" and names no one: the kunya before it
// (أم خالد) stays the speaker of the quotations after it.
func TestKunyaNeedsAName(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"kunya", `تروي أم خالد، وهي أم لأربعة أطفال فقدت بيتها في الزلزال، أن السقف انهار فجأة. وقالت: "لم يبق لنا شيء نعود إليه".`, "أم خالد|لم يبق لنا شيء نعود إليه"},
		{"kunya", `تحدثت أم سامي عن الشتاء، وهي أم لطفلين تعيش في خيمة منذ عامين. وتابعت: "البرد لا يرحم أحدًا هنا".`, "أم سامي|البرد لا يرحم أحدًا هنا"},
		{"kunya", `وجلست في الخيمة سيدة أم لثلاثة أطفال. وقالت: "لا نملك شيئًا نطعمهم به".`, "|لا نملك شيئًا نطعمهم به"},
		{"kunya", `وتقول أم ليلى إن ابنتها مريضة منذ أيام. وأضافت: "نحتاج إلى دواء فقط".`, "أم ليلى|نحتاج إلى دواء فقط"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestTopicGoesOn checks that the subject of أما … فقال goes on with a
// verb with و in the same sentence (وتابع، وأضاف), and that a noun after a
// verb in a relative clause (اللقاء الذي أعقب العيد) is no mention, though
// a surname named before is spelt so.
func TestTopicGoesOn(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"description", `وقال التاجر سامي العيد: «السوق هادئ اليوم». أما رئيس الغرفة التجارية، الإيطالي ماركو روسي (Marco Rossi)، فقال في اللقاء الذي أعقب العيد إن المبيعات ضعيفة، وتابع: «سننتظر الصيف المقبل».`, "ماركو روسي|سننتظر الصيف المقبل"},
		{"description", `وقال التاجر سامي العيد: «السوق هادئ اليوم». أما رئيس الغرفة التجارية، الإيطالي ماركو روسي، فقال في اللقاء الذي أعقب العيد إن المبيعات ضعيفة. وأضاف: «سننتظر الصيف المقبل».`, "ماركو روسي|سننتظر الصيف المقبل"},
		{"description", `وقال التاجر سامي العيد: «السوق هادئ اليوم». أما رئيس الغرفة التجارية فقال في اللقاء الذي أعقب العيد إن المبيعات ضعيفة، وتابع: «سننتظر الصيف المقبل».`, "رئيس الغرفة التجارية|سننتظر الصيف المقبل"},
		{"nested", `وقالت الشاعرة سلوى حداد: «كتبت القصائد في بيت خالتي، وكانت تسمعها وتقول: "هذه أجمل من تلك"».`, "خالتي|هذه أجمل من تلك"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestSubjectWordsWhole checks that the subject of a cue is given whole:
// a description of plain words after a determiner (the new council
// leader), the name after فردّت, a reply with ف that no ورد hides, and a
// name that ends before a preposition of place (خلف فرنه، قرب فرنه).
func TestSubjectWordsWhole(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"description", `"We will appeal against the ruling," the long-serving board chair said.`, "board chair|We will appeal against the ruling,"},
		{"description", `"We didn't win this on national issues," the new council leader said.`, "council leader|We didn't win this on national issues,"},
		{"pronouns", `وفي المقعد الأمامي، جلس الشقيقان سامي وليلى حداد، وهما طالبان في الجامعة. "الطريق أقصر بكثير من قبل"، قال سامي. فردّت ليلى ضاحكة: "انتظر حتى يأتي الشتاء".`, "ليلى|انتظر حتى يأتي الشتاء"},
		{"groups", `وقال فرد من العائلة إن البيت "لم يعد صالحًا للسكن".`, "فرد|لم يعد صالحًا للسكن"},
		{"description", `وفي السوق، يقف سامي الخباز خلف فرنه. يقول الخباز: «الأسعار سترتفع كثيرًا هذا الشهر».`, "الخباز|الأسعار سترتفع كثيرًا هذا الشهر"},
		{"description", `وفي السوق، يجلس سامي الخباز قرب فرنه. يقول الخباز: «الأسعار سترتفع كثيرًا هذا الشهر».`, "الخباز|الأسعار سترتفع كثيرًا هذا الشهر"},
		{"description", `وقال المحامي صلاح خلف: «القضية لم تنته بعد».`, "صلاح خلف|القضية لم تنته بعد"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestNameAfterTheTitlesComplement checks an Arabic title whose complement
// (في الشركة، عن المحافظة) or nationality stands between it and the name,
// and a name of three parts in another language.
func TestNameAfterTheTitlesComplement(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وقالت المحاسبة السابقة في الشركة ليلى البيطار في شهادتها أمام المحكمة: «كنت أوقّع على فواتير لم أر بضاعتها قط».", "ليلى البيطار"},
		{"وكتب النائب عن المحافظة سامر الخطيب على حسابه: «الطريق يمكن أن ينتظر، أما المدرسة فلا تنتظر».", "سامر الخطيب"},
		{"وقال مدرب الوحدة، الإسباني خوان كارلوس مارتينيز، في المؤتمر الصحفي: «لعبنا جيدًا لكننا لم نسجل في الوقت المناسب».", "خوان كارلوس مارتينيز"},
		{"ولم يخف المزارع جميل سرحان غضبه، لكنه اكتفى بالقول: «سنرى ما يفعلون بالأرض».", "جميل سرحان"},
		// A family name in الله; a first name with عبد after a place.
		{"وقال رئيس البلدية المهندس كمال العبدالله في مؤتمر صحفي: «المضخة الجديدة تصل الأسبوع المقبل».", "كمال العبدالله"},
		{"وقال رئيس جمعية التجار في المدينة عبد الرحمن الحداد إن المحال أغلقت: «لن نصمد شهرًا آخر بهذه الأسعار».", "عبد الرحمن الحداد"},
		{"وقال المزارع، ويُدعى عبد الرحيم السعدي: «كنت أحرث الأرض فاصطدمت السكة بحجر».", "عبد الرحيم السعدي"},
	})
}

// TestTitleOfAnotherThenTheName checks an Arabic title of someone or
// something else (الناطقة باسم …، وكيلة المهندس عيسى) followed by a
// title and a name in commas: the name; and a name followed by a
// description in commas stays the name.
func TestTitleOfAnotherThenTheName(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"من جهتها، قالت الناطقة باسم سلطة الكهرباء، المهندسة نور الخياط، لـ«الصحيفة» إن الملف «على طاولة المدير العام».", "نور الخياط"},
		{"وقال المهندس فادي عيسى: «حذرت من الانهيار قبل عام كامل». أما وكيلة المهندس عيسى، المحامية سلمى منصور، فقالت إن موكلها «كان يرفع تقارير شهرية إلى البلدية».", "سلمى منصور"},
		{"وأشارت عالمة الآثار الدكتورة سعاد قاسم، عضو البعثة، إلى أن التحليل سيستغرق أشهرًا. وقالت لـ«الجريدة»: «ربما نجد أصنافًا من الزيتون لم تعد تزرع اليوم».", "سعاد قاسم"},
		{"ورفع الفوز رصيد الميناء إلى ستين نقطة.\nوسدد لاعب الشروق سامي القاضي كرة ارتطمت بالقائم.\nوقال مدرب الميناء، التونسي كمال بن عاشور، في المؤتمر الصحفي: \"لم نلعب مباراة جميلة، وأنا أعرف ذلك\".", "كمال بن عاشور"},
		{"وأوضحت المهندسة هبة الحسيني، رئيسة قسم وقاية النبات في مديرية زراعة درعا، أن الفرق تعمل ليلًا. وقالت: «لدينا اثنتا عشرة طائرة وستون فرقة أرضية».", "هبة الحسيني"},
	})
}

// TestReporterOverReportedSubject: after "X said Y had …" a pronoun cue
// goes to X, who said it, not to Y, the subject of what X said, also when
// the text gave X no gender.
func TestReporterOverReportedSubject(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"The club's captain is Margaret Oduya, 74, who learned the game at 60. One of her pupils, Jamal Idris, 16, said Oduya had taught him more about patience than about openings. “It's annoying. It also works,” he said.", "Jamal Idris"},
		{"Fairbrother ran the yard for thirty years. His apprentice, Tendai Moyo, said Fairbrother had never once raised his voice. “He would just look at the joint until you saw it yourself,” she said.", "Tendai Moyo"},
		{"For the defence, Kwabena Asante argued that Pellow had himself been deceived by the auction houses. “My client is guilty of optimism, not of fraud,” he said in his closing speech.", "Kwabena Asante"},
	})
}
