package quote

import "testing"

// TestSubjectAfterAside checks that a subject parted from its verb by a
// long aside between commas (وأوضح، في حديث إلى الإذاعة مساء أمس …، مدير
// المستشفى رامي نصار أن) is the speaker, never the one named before nor a
// noun inside the aside.
func TestSubjectAfterAside(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"description", `وتحدث رئيس البلدية سمير عيسى عن المشروع. وأوضح، في حديث إلى «صوت المدينة» صباح اليوم بعد جولة ميدانية استمرت ساعتين في الأحياء الشرقية، مدير المستشفى الحكومي في المدينة رامي نصار أن «الأجنحة الجديدة ستفتح في الربيع».`, "رامي نصار|الأجنحة الجديدة ستفتح في الربيع"},
		{"description", `وزار الوزير سامي حداد المدرسة. وقالت، في مقابلة مع الإذاعة المحلية بعد الزيارة، المعلمة هدى سالم إن «الصفوف مكتظة منذ سنوات».`, "هدى سالم|الصفوف مكتظة منذ سنوات"},
		{"bodies", `وتحدث المزارع فؤاد سلوم عن الموسم. وأكدت، في بيان صدر مساء أمس عقب اجتماع طارئ استمر حتى منتصف الليل، نقابة المزارعين أن «الأسعار لن ترتفع».`, "نقابة المزارعين|الأسعار لن ترتفع"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestParticipleAfterVerb checks that a participle introducing a quotation
// (موضحة، مضيفًا) after a verb of the same sentence is said by that verb's
// subject, never by a noun after a preposition.
func TestParticipleAfterVerb(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"pronouns", `وعرضت الفرقة مسرحيتها الجديدة أمس. وتحدث المخرج سامر حداد إلى الصحافيين بعد الحفل، فقال إنه كتب النص «في ليلة واحدة»، مضيفًا: «لم أتوقع أن يضحك الجمهور إلى هذا الحد».`, "سامر حداد|لم أتوقع أن يضحك الجمهور إلى هذا الحد"},
		{"pronouns", `افتتحت المخرجة ليلى عيسى المهرجان مساء الجمعة. وتحدثت عيسى إلى الجمهور بعد الافتتاح، فقالت إنها انتظرت هذه اللحظة «طويلًا جدًا»، موضحة: «كل فيلم هنا صنعه شاب من المدينة».`, "ليلى عيسى|كل فيلم هنا صنعه شاب من المدينة"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestInHisWords checks that a quotation inside a reported clause (أشار
// إلى أن الوزارة طلبت «…») is the main cue's subject's, confirmed by على
// حد تعبيره, never the subject of the verb inside the clause.
func TestInHisWords(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"bodies", "وقال مدير مؤسسة المياه الوطنية كريم الحاج إن الضخ سيتوقف.\nوأشار المهندس رامي نصار إلى أن المؤسسة دعت البلدية إلى خمسة اجتماعات «لم يحضر منها أحد»، على حد تعبيره.", "رامي نصار|لم يحضر منها أحد"},
		{"bodies", "وقال مدير مؤسسة المياه الوطنية كريم الحاج إن الضخ سيتوقف.\nولفتت المهندسة ريم سعد إلى أن المؤسسة طالبت البلدية بخمسة تقارير «لم يصل منها شيء»، على حد تعبيرها، معتبرة أن الأزمة ستطول.", "ريم سعد|لم يصل منها شيء"},
		{"bodies", "وقال مدير مؤسسة المياه الوطنية كريم الحاج إن الضخ سيتوقف.\nوأشار المهندس رامي نصار إلى أن المؤسسة أرسلت إلى البلدية خمسة إنذارات «لم ترد البلدية على أي منها»، على حد تعبيره.", "رامي نصار|لم ترد البلدية على أي منها"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestTopicWithObject checks that the topic of أما … فـ is the subject of
// the verb after ف even when the verb has an object (فوصف الساعات الأولى),
// and that a quotation running on into the next paragraph keeps it.
func TestTopicWithObject(t *testing.T) {
	for _, tc := range []struct {
		class, text string
		want        []string
	}{
		{"kunya", "وفقد الطفل سامر في الحي مساء الأحد.\nأما والدته، السيدة هدى سالم، فوصفت الساعات الأولى بعد الحادث: «لم نعرف إلى أين نذهب، وبحثنا في كل شارع.\n«في الصباح جاء الجيران كلهم ليساعدونا».",
			[]string{"هدى سالم|لم نعرف إلى أين نذهب، وبحثنا في كل شارع.", "هدى سالم|في الصباح جاء الجيران كلهم ليساعدونا"}},
		{"kunya", "أما عمه، الحاج سليم داود، فروى تفاصيل الليلة الأولى: «لم ينم أحد في البيت».",
			[]string{"سليم داود|لم ينم أحد في البيت"}},
	} {
		got := find(t, tc.text)
		if !samePairs(got, tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestStatementItSaid checks that قالت فيه after a statement (وهو ما نفته
// الوزارة في بيان، قالت فيه إن) is the body that issued the statement, not
// a person named before.
func TestStatementItSaid(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"bodies", `وقال الأستاذ سامي حداد إن المدرسة ستغلق. وانتشرت على مواقع التواصل شائعة عن إغلاق المدرسة، وهو ما نفته وزارة التربية في بيان قصير، قالت فيه إن «الدوام مستمر كالمعتاد».`, "وزارة التربية|الدوام مستمر كالمعتاد"},
		{"bodies", `وتحدث المزارع فؤاد سلوم عن الخسائر. وهو ما أكدته بلدية القرية في بيان، قالت فيه إن «الأضرار كبيرة».`, "بلدية القرية|الأضرار كبيرة"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestAddressedPlural checks that the people a verb calls on in the case
// of an object (ودعت المواطنين إلى، وحث الموظفين على) are not its
// subject: the words stay with the body or person of the clause before.
func TestAddressedPlural(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"bodies", `أكدت وزارة الصحة في بيان أن الدواء «متوفر»، ودعت المواطنين إلى «الهدوء التام».`, "وزارة الصحة|الهدوء التام"},
		{"bodies", `وقالت بلدية المدينة إن المياه ستعود مساء، ثم دعت المزارعين إلى «ري الحقول ليلًا».`, "بلدية المدينة|ري الحقول ليلًا"},
		{"honorifics", `وقال المدير سامر عيسى إن الدوام يبدأ في الثامنة، ودعا الموظفين إلى «الحضور قبل ذلك».`, "سامر عيسى|الحضور قبل ذلك"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestCollectiveInStatement checks that a subject that issues a statement
// (في بيان) is a body whatever its head (تجمع، ائتلاف، رابطة), for its
// quotations and the participle's after them.
func TestCollectiveInStatement(t *testing.T) {
	for _, tc := range []struct {
		class, text string
		want        []string
	}{
		{"bodies", `وقال التاجر سامي حداد إن المبيعات تراجعت. وطالب ائتلاف أصحاب المحال، في بيان وزعه على الصحافيين، بـ«تعويضات عاجلة تصرف قبل نهاية الشهر لكل محل متضرر»، محذرًا من أن «الأسواق ستفرغ قبل العيد».`,
			[]string{"ائتلاف أصحاب المحال|تعويضات عاجلة تصرف قبل نهاية الشهر لكل محل متضرر", "ائتلاف أصحاب المحال|الأسواق ستفرغ قبل العيد"}},
		{"bodies", `وتحدثت المعلمة هدى سالم عن الصفوف. ودعت رابطة أهالي الطلاب، في بيان أمس، إلى «حل سريع قبل الامتحانات».`,
			[]string{"رابطة أهالي الطلاب|حل سريع قبل الامتحانات"}},
		{"bodies", `وقال الصياد فؤاد سلوم إن البحر هادئ. وحذر تحالف جمعيات الصيادين في بيان من «موسم ضائع».`,
			[]string{"تحالف جمعيات الصيادين|موسم ضائع"}},
	} {
		got := find(t, tc.text)
		if !samePairs(got, tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestStatementOfBodyNamedByNoun checks that a body the text refers back
// to by the common noun its name ends in (the zoo → Ashby Zoo) is the one
// whose statement "the statement added" goes on with, not the last person
// named.
func TestStatementOfBodyNamedByNoun(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"bodies", `A tiger escaped from Ashby Zoo on Friday. Its keeper, Jo Lamb, said Rajah was calm. The zoo said in a statement that no animal was hurt. The statement added that the fence was "repaired at once".`, "Ashby Zoo|repaired at once"},
		{"bodies", `Tickets for Brookmere Festival sold out in an hour. Its director, Sam Ives, thanked the fans. The festival said in a statement that more dates would follow. The statement added that prices were "frozen for two years".`, "Brookmere Festival|frozen for two years"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestBodyNamedByItsNoun checks that "the council" refers back to the
// body the text named before by the same noun and the words that say
// which (the city council's planning committee → city council), and
// stays itself when the text never did.
func TestBodyNamedByItsNoun(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"bodies", `The city council's planning committee approved the tower on Monday. In a statement, the council said the tower would be "a landmark".`, "city council|a landmark"},
		{"bodies", `Ann Cole, a nurse, wrote to the regional health trust last week. The trust said on Friday that the wards were "fully staffed".`, "regional health trust|fully staffed"},
		{"bodies", `Rents rose again in May. The council said the rise was "beyond its control".`, "the council|beyond its control"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestCompanyNamedByItsTrade checks that "the company" or "the firm"
// refers back to a company the text named by its trade (Halden Minerals,
// Corran Mining) with no word such as Ltd or Company in its name.
func TestCompanyNamedByItsTrade(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"bodies", `Locals were told on Monday that Halden Minerals would shut the quarry. The company said in a statement that the site was "no longer viable".`, "Halden Minerals|no longer viable"},
		{"bodies", `Workers gathered after Corran Mining announced the closure. The firm said the seam had become "too costly to reach".`, "Corran Mining|too costly to reach"},
		{"bodies", `Pellow Steel told its staff on Friday that the furnace would be relit. The company said the order book was "the fullest in a decade".`, "Pellow Steel|the fullest in a decade"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestStatementOfTheSubject checks that a statement named without its
// body (وجاء في البيان، the statement said) is the body that was the
// subject of the sentence before, not one named after a preposition in
// it (a court appealed to, a committee complained to).
func TestStatementOfTheSubject(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`وقالت نقابة عمال المرفأ إنها ستطعن في القرار أمام المحكمة الإدارية. وجاء في البيان: «لن نقف متفرجين».`, "نقابة عمال المرفأ|لن نقف متفرجين"},
		{`غير أن إدارة نادي الشروق أصدرت بيانًا قالت فيه إنها ستتقدم بشكوى إلى لجنة الانضباط. وجاء في البيان: «الحكم تجاهل الإعادة».`, "إدارة نادي الشروق|الحكم تجاهل الإعادة"},
		{`وأعلن نادي الوحدة في بيان أنه تقدّم بشكوى إلى لجنة الحكام في الاتحاد. وجاء في البيان: «نطالب بنشر التسجيلات».`, "نادي الوحدة|نطالب بنشر التسجيلات"},
		{`The Fenwick Tenants' Association said in a statement that it would take its case to the Housing Ombudsman. "We have waited long enough," the statement said.`, "Fenwick Tenants' Association|We have waited long enough,"},
		{`The Heritage Lottery Board said in a statement that its own review of the grant was continuing and that it would publish its findings "in due course".`, "Heritage Lottery Board|in due course"},
		{`وأعلنت دائرة الآثار العامة أمس عن الاكتشاف بالتعاون مع جامعة بادوفا التي أرسلت فريقًا. وجاء في بيان للدائرة أن "الموقع سيُغطى بطبقة حماية مؤقتة".`, "دائرة الآثار العامة|الموقع سيُغطى بطبقة حماية مؤقتة"},
		{`وكانت النيابة العامة قد طالبت بأقصى العقوبة. وجاء في مذكرتها الختامية أن المتهم "قدّم الربح على السلامة".`, "النيابة العامة|قدّم الربح على السلامة"},
		{`وكتب المزارع سليم داود إلى البلدية مرات عدة. وجاء في رسالته الأخيرة: «الماء لم يصل منذ شهر».`, "سليم داود|الماء لم يصل منذ شهر"},
		{`وقال مدرب الفريق جواد الصافي عقب اللقاء: «لم أطلب منهم شيئًا. قلت لهم فقط: "هذا ملعبكم"».`, "جواد الصافي|هذا ملعبكم"},
		{`وطالب اللاعبون بركلة جزاء. في المقابل، جاء في بيان مقتضب للجنة الانضباط في الاتحاد أن القرار "صحيح من الناحية القانونية".`, "لجنة الانضباط|صحيح من الناحية القانونية"},
		{`ورحّبت وزارة الزراعة بالاكتشاف، وجاء في بيان صادر عنها أن الوزارة "ستحمي منطقة الكثبان".`, "وزارة الزراعة|ستحمي منطقة الكثبان"},
		{"Brennock Gateway Terminals runs the port. The Harbour Workers’ Union called the strike on Monday.\n\"We remain ready to talk,\" the company said.", "Brennock Gateway Terminals|We remain ready to talk,"},
		{`Outside court, Robert Hale said the sentence was "a start." Pennine Care said in a statement that it had replaced its finance team. "We are deeply sorry," the company said.`, "Pennine Care|We are deeply sorry,"},
		{"Gavin Pell admitted the charge. The county's chief engineer, Dr. Noor Castell, said in a written statement read to the court that the risk had been \"small but real.\"", "Noor Castell|small but real."},
		{"Gavin Pell admitted the charge. The county's chief engineer, Dr. Noor Castell, said in a written statement read to the court that the risk had been \"small but real.\"\n\"We relied on figures that were false,\" the statement said.", "Noor Castell|We relied on figures that were false,"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCueInsideAnotherVerbsSentence checks an Arabic cue with no subject
// of its own inside a sentence whose first verb, no cue, has one: a body
// that mourns or criticises "in a statement in which it said", "what it
// called", "but it said"; the subject in apposition to a description;
// and not when the verbs' genders tell two people apart.
func TestCueInsideAnotherVerbsSentence(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وتوفي الملحن سالم العطار أمس. ونعت نقابة الموسيقيين الراحل في بيان قالت فيه: «خسرنا معلمًا كبيرًا لن يتكرر في تاريخنا».", "نقابة الموسيقيين"},
		{"وقال المزارع حسن العلي إن الموسم سيئ. وتتوقع دائرة الأرصاد أمطارًا غزيرة، لكنها قالت في نشرتها: «الكميات لن تعوض العجز المتراكم منذ سنوات».", "دائرة الأرصاد"},
		{"وتحدث الوزير كمال الشامي عن الخطة. ورحّب رئيس لجنة التجار، سمير الدباغ، بالقرار، لكنه قال إن التجار «لن يقبلوا بأي تأجيل جديد للمشروع».", "سمير الدباغ"},
		{"وقال المزارع حسن العلي إن الموسم سيئ. وزار الوزير كمال الشامي القرية والتقى المزارعة هدى النمر، وقالت: «لم نر مطرًا منذ شهرين في هذه القرية».", "هدى النمر"},
	})
}

// TestWhichSaid checks an English cue whose subject is "which" or "who"
// after a comma: the name before the comma, a body that said in a
// statement; but a person described by the place they are at or from
// stays the person.
func TestWhichSaid(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{`The study was led by Dr Ana Ruiz. The work was funded by the Kelvane Research Council, which said in a statement that the results were "a national priority for the coming decade".`, "Kelvane Research Council"},
		{`Dr Ana Ruiz led the dig. Her death was announced by the Harbour Trust, which said in a tribute that she had "changed what the town thought a scientist looked like".`, "Harbour Trust"},
		{`Council leader Ann Lee read a letter from a nine-year-old pupil at Mill Lane Primary School, who wrote: "I am not allowed to walk to school because of the lorries on our road."`, "a nine-year-old pupil"},
	})
}

// TestEmptyCueAfterASentenceAboutSomeone checks an Arabic cue with no
// subject that opens its sentence (وقال:، وأضاف:) after a sentence whose
// subject is a person described at length: that person, not a noun the
// description or a clause of reported speech names after them.
func TestEmptyCueAfterASentenceAboutSomeone(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"لكن الدكتور مازن العلي، الخبير في منظمة الصحة والتغذية الإقليمية، دعا إلى التريث. وقال: «النتائج أولية ولا يجوز تعميمها الآن».", "مازن العلي"},
		{"وأدلى المهندس المشرف على المشروع، عماد بركات، بشهادته، وقال إن المقاول طلب منه التوقيع. وأضاف: «لم أر المواد بعيني قبل التوقيع».", "عماد بركات"},
		{"وصرّحت ليلى الفخراني لـ«نشرة الجنوب» بأن المدرسة ستغلق أبوابها. وأضافت: «لا معلمين لدينا منذ الخريف الماضي».", "ليلى الفخراني"},
	})
}

// TestTheStatementJustNamed checks "وجاء في البيان" after a sentence that
// names a statement: the subject of that sentence, also after the phrase
// of a side (من جهتها،), not a body its clauses name.
func TestTheStatementJustNamed(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وقال المزارع حسن العلي إن الموسم ضاع. من جهتها، قالت وزارة الزراعة في بيان إنها شكّلت لجنة لحصر الأضرار. وجاء في البيان: «ستصرف التعويضات خلال شهر من انتهاء الحصر».", "وزارة الزراعة"},
		{"وقال المزارع حسن العلي إن الموسم ضاع. وأصدرت نقابة المهندسين الزراعيين بيانًا حول الأزمة. وجاء في البيان: «الجفاف ليس قدرًا، والإهمال هو السبب».", "نقابة المهندسين الزراعيين"},
		{"وقال المزارع حسن العلي إن الموسم ضاع. من جهتها، أوضحت الدكتورة هالة مراد، عميدة المعهد الزراعي، أن المعهد يدرس البذور. وقالت: «لدينا أكثر من مئتي صنف من القمح المحلي».", "هالة مراد"},
	})
}

// TestFollowsIsNoCue checks تابع that follows a thing (كانت تتابع
// الجلسة) is no cue, while تابع with a title after it or a colon still
// goes on speaking.
func TestFollowsIsNoCue(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وقال المزارع حسن العلي إن الموسم ضاع. وقالت طالبة في الصف العاشر كانت تتابع الجلسة مع والدها: «نريد ماء نظيفًا في المدرسة».", "طالبة"},
		{"وقال المزارع حسن العلي إن الموسم ضاع. وتابع المدرب سامر الخطيب: «سنعود أقوى في المباراة المقبلة».", "سامر الخطيب"},
	})
}

// TestBodyBeforeItsVerb checks a body of several words that a
// complementiser puts before its verb (غير أن نقابة … رأت أن): the body,
// not the person named before.
func TestBodyBeforeItsVerb(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وقال الوزير كمال الشامي إن الخطة جاهزة. غير أن نقابة المهندسين الزراعيين رأت أن الإجراءات «لا تكفي لإنقاذ الموسم».", "نقابة المهندسين الزراعيين"},
		{"وقال الوزير كمال الشامي إن الخطة جاهزة. غير أن الدكتورة سلمى الحداد رأت أن الإجراءات «لا تكفي لإنقاذ الموسم».", "سلمى الحداد"},
	})
}

// TestInReplyIsNoSubject checks that an accusative after the cue, with
// its shadda before or after the tanween (وقال ردًّا على سؤال), is no
// subject: the cue goes back to the one named before.
func TestInReplyIsNoSubject(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وأوضح الخبير سامر بركات أن التلوث صناعي. وقال ردًّا على سؤال من الدفاع: «لا أستطيع الجزم بمصدره الآن».", "سامر بركات"},
		{"وأوضح الخبير سامر بركات أن التلوث صناعي. وقال ردّاً على سؤال من الدفاع: «لا أستطيع الجزم بمصدره الآن».", "سامر بركات"},
	})
}

// TestStatementItsIssuerPublished checks a statement that a relative
// clause says who issued (بيان نشره النادي، بيان وزّعته النقابة): the body
// that issued it, as the text named it before.
func TestStatementItsIssuerPublished(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وأضرب المعلمون أمس. وجاء في بيان وزّعته النقابة على الصحفيين: «لن نعود قبل صرف الرواتب كاملة».", "النقابة"},
		{"ودعت نقابة المعلمين إلى الإضراب. وجاء في بيان نشرته النقابة على موقعها: «لن نعود قبل صرف الرواتب كاملة».", "نقابة المعلمين"},
	})
}

// TestWriterOfALetterThatSays: جاء فيها after a letter gives the one the
// letter's relative clause names as its writer: who sent it or signed
// it, not who showed it to the court nor who published it.
func TestWriterOfALetterThatSays(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وعرض المدعي العام رسالة نصية أرسلها قرطاس إلى مدير الإنتاج في الشركة، جاء فيها: \"وزّعوا الدفعة كما هي، والنتائج نعدّلها لاحقًا\".", "قرطاس"},
		{"وأشار الحكم إلى رسالة داخلية قدمها محامي العمال، موقعة من مدير الإنتاج في المصنع، جاء فيها: \"أي عامل يوقّع على العريضة يُعتبر مستقيلًا\".", "مدير الإنتاج"},
		{"وعرضت النيابة العامة رسالة بعث بها رئيس قسم الصيانة في المستشفى، المهندس طارق العلي، قبل الحادثة بشهرين، جاء فيها: \"الخزان الاحتياطي لا يعمل\".", "طارق العلي"},
	})
}

// TestPhraseInWhatABodySaid: a phrase in marks inside the clause of what
// someone said ("X said in a statement that footfall counters showed
// “…”") is theirs, not that of the thing the clause is about.
func TestPhraseInWhatABodySaid(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"Wexby Borough Council said in a statement that footfall counters on the road showed “no significant change” since the scheme began.", "Wexby Borough Council"},
		{"The league said in a statement on Saturday evening that match officials’ reports would be reviewed “in the usual way” and that it would not comment further.", "The league"},
		{"Ana Ruiz said that her manager had warned staff the cuts were “only the start” of the plan.", "her manager"},
	})
}

// TestOneCalledUpon: after a verb of calling upon whose subject is the
// body already speaking (لكنها دعت البلدية إلى؛ «…»، ودعت الوزارة إلى؛ وقال
// إنه دعا البلدية إلى), the
// body named after the verb is the one called upon, and the words are the
// speaker's.
func TestOneCalledUpon(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"من جهتها، أعلنت غرفة تجارة تل الورد في بيان أنها «تدعم تنظيم الأسواق» لكنها دعت البلدية إلى «حوار جدي مع الباعة قبل التنفيذ».", "غرفة تجارة تل الورد"},
		{"وفي بيان صدر مساء أمس، أكدت نقابة الصيادلة أنها «تتابع القضية باهتمام»، ودعت الوزارة إلى «نشر أسماء الصيدليات التي تعاملت مع الشركة».", "نقابة الصيادلة"},
		{"ودعت البلدية السكان إلى «عدم الاقتراب من المباني المتصدعة».", "البلدية"},
		// The pronoun of إنه and أنها gives the verb its subject as لكنها does.
		{"وانتقد رئيس النقابة سامي الخوري القرار، وقال إنه دعا البلدية إلى «التراجع عن القرار فورًا».", "سامي الخوري"},
		{"وانتقدت رئيسة الجمعية سعاد حداد القرار، وأكدت أنها طالبت الوزارة بـ«حماية المزارعين».", "سعاد حداد"},
	})
}
