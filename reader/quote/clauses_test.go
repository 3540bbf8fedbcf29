package quote

import "testing"

// TestSpeakerOfTheClause checks that the subject of the clause that opens
// a quotation's sentence is its speaker even where that clause has no verb
// of speech or its subject is set apart by a particle: a colon after a
// clause with a named subject ("Osric Fell was blunter:", هزّ الحارس رأسه:),
// a subject before its verb after غير أن، إلا أن، لكن، بيد أن, a topic of
// أما … فـ (whose فـ opens the verb, never the name), a body named in
// "according to a report by …" and then by its head noun (الغرفة, the
// guild), and a cue with no subject after a clause whose objects are plain
// nouns ("between farms and clinics").
func TestSpeakerOfTheClause(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		// A colon after a clause with a named subject and no verb of speech.
		{"colon", `The harbour master, Piet Olvang, spoke first. Then Greta Lindqvist, who runs the ferry kiosk, shook her head: "Nobody asked us."`, "Greta Lindqvist|Nobody asked us."},
		{"colon", `Councillor Mabel Trent defended the budget. Osric Fell was blunter: "It is a tax on parking, nothing else."`, "Osric Fell|It is a tax on parking, nothing else."},
		{"colon", `Ruth Amsel listened to the proposal. Her neighbour, Tobiah Crane, had a simpler view: "Leave the orchard alone."`, "Tobiah Crane|Leave the orchard alone."},
		{"colon", `The inspector, Lorna Vey, went through the figures. Dmitri Hollis shrugged: "Numbers don't fill the bins."`, "Dmitri Hollis|Numbers don't fill the bins."},
		{"colon", `Alder Rusk asked whether the kiln would reopen. Farida Quell, the kiln's owner, nodded: "We will open again in May."`, "Farida Quell|We will open again in May."},
		{"colon", `Mayor Ingrid Soule praised the crews. The fire chief, Colm Brady, put it more plainly: "We were lucky with the wind."`, "Colm Brady|We were lucky with the wind."},
		{"colon", "Wendell Pike spent forty years at the foundry.\nHis former foreman, Agnes Tully, remembered him fondly: \"He never missed a shift.\"", "Agnes Tully|He never missed a shift."},
		{"colon", `"The plan is sound," said Hamish Orr, the agency's director. Bettina Kulm was less sure: "Sound plans still flood."`, "Bettina Kulm|Sound plans still flood."},
		{"colon", `Ilse Brandt's answer was simple: "Rivers do not stop at borders, and neither do floods."`, "Ilse Brandt|Rivers do not stop at borders, and neither do floods."},
		{"colon", `Mayor Ingrid Soule praised the crews. Colm Brady’s verdict was shorter: "We were lucky with the wind."`, "Colm Brady|We were lucky with the wind."},
		{"colon", `شرح المهندس وديع الحلبوني خطة الترميم. وهزّ الحارس عمران الصفدي رأسه: «سمعنا هذا الكلام من قبل».`, "عمران الصفدي|سمعنا هذا الكلام من قبل"},
		{"colon", `عرض مدير المرفأ ماهر الكنج الأرقام، ثم ابتسم الصياد جميل العطواني: «الأرقام لا تصطاد السمك».`, "جميل العطواني|الأرقام لا تصطاد السمك"},
		{"colon", `تحدثت الوزيرة عن الخطة طويلًا. وكانت النائبة رغد الشوفي أكثر صراحة: «المشروع سابق لأوانه».`, "رغد الشوفي|المشروع سابق لأوانه"},
		{"colon", `Club captain Alan Brisk and coach Tomas Vela both backed the plan. "We are ready," Brisk said. Vela was blunter: "Ready is just a word we use."`, "Tomas Vela|Ready is just a word we use."},
		{"colon", `Orla Fenn and her brother Kit Fenn wait at the stop every morning. "There is no bus after six," Orla said. Kit nodded: "And the last one is always late."`, "Kit|And the last one is always late."},
		{"colon", `وكان المحامي نبيل قعوار قد طعن في الحكم. «القضية لم تنته بعد، وسنستأنف». هكذا لخّص قعوار الموقف في حديث إلى الإذاعة.`, "نبيل قعوار|القضية لم تنته بعد، وسنستأنف"},
		{"surname", "وقال الصياد نبيل ضاهر إن البحر «لم يعد كما كان».\nووصف ضاهر المشهد قائلًا: «الشباك تعود فارغة كل يوم».", "نبيل ضاهر|الشباك تعود فارغة كل يوم"},
		{"surname", "وقال المدير العام للمصنع حنا رزوق إن العمال «سيعودون الأسبوع المقبل».\nويروي رزوق القصة من أولها: «خرجنا من المصنع قبل الفجر».", "حنا رزوق|خرجنا من المصنع قبل الفجر"},
		{"surname", "تقول المعلمة سعاد البيطار إن الصفوف مكتظة.\nوتختصر البيطار الحال بجملة: «نعلّم ستين طفلًا في غرفة واحدة».", "سعاد البيطار|نعلّم ستين طفلًا في غرفة واحدة"},
		// A subject before its verb after a particle of contrast or cause.
		{"particle", `تحدث الوزير كمال الأتاسي عن الدعم. غير أن الخبير الاقتصادي زياد المعري قال إن الأرقام «مبالغ فيها».`, "زياد المعري|مبالغ فيها"},
		{"particle", `وأعلن المستوصف خطة جديدة. غير أن الطبيبة رنا الخطيب، التي تعمل فيه منذ عشر سنوات، أكدت أن الأدوية «تنفد قبل نهاية الشهر».`, "رنا الخطيب|تنفد قبل نهاية الشهر"},
		{"particle", `وصدر الحكم أمس بحضور القاضي نزار العمري. إلا أن المحامي فادي الزعبي اعتبر أن الحكم «يفتح بابًا للطعن».`, "فادي الزعبي|يفتح بابًا للطعن"},
		{"particle", `وتوقع المرصد شتاء ماطرًا. لكن المزارع سليم العودات يرى أن الأمطار «جاءت متأخرة كثيرًا».`, "سليم العودات|جاءت متأخرة كثيرًا"},
		{"particle", `أطلقت البلدية حملة للتوعية. بيد أن الناشطة هيفاء الرفاعي ترى أن الحملة «لم تصل إلى القرى».`, "هيفاء الرفاعي|لم تصل إلى القرى"},
		{"particle", `وأعلن عميد الكلية منير الحداد عن منح جديدة. غير أن رئيس رابطة الخريجين سعيد القاضي رأى أن هذه المنح «لا تكفي نصف الطلاب».`, "سعيد القاضي|لا تكفي نصف الطلاب"},
		{"particle", `ووعدت الوزارة بتعويض المزارعين. لكن مديرة جمعية الري في الوادي هند العسلي قالت إن الوعود «تتكرر كل عام».`, "هند العسلي|تتكرر كل عام"},
		{"particle", `وأعلن عميد الكلية منير الحداد عن منح جديدة. ورأى رئيس رابطة الخريجين سعيد الكردي أن هذه المنح «لا تكفي نصف الطلاب».`, "سعيد الكردي|لا تكفي نصف الطلاب"},
		// أما … فـ: the topic is the speaker, and فـ opens the verb.
		{"amma", `وتحدث صاحب المحل المجاور عن الإيجارات. أما عبد الكريم الزين فيقول إن المحل «لم يعد يغطي إيجاره».`, "عبد الكريم الزين|لم يعد يغطي إيجاره"},
		{"amma", `وأشاد المحافظ بالمتطوعين. أما رئيسة الجمعية، لبنى الحمصي، فأكدت أن التبرعات «تراجعت إلى النصف».`, "لبنى الحمصي|تراجعت إلى النصف"},
		{"amma", `تحدث المدير جواد السمان عن الخطة. أما المعلمة نوال الشامي فقالت: «لم يستشرنا أحد».`, "نوال الشامي|لم يستشرنا أحد"},
		{"amma", `وعد المقاول بإنهاء الأعمال. أما سكان الحي فيرون أن الحديقة «أصبحت مكبًا للنفايات».`, "سكان الحي|أصبحت مكبًا للنفايات"},
		{"amma", `وقال الممرض إن المرضى يصلون متأخرين. أما الدكتور مازن العلي فرأى أن العلاج «ليس مكلفًا كما يشاع».`, "مازن العلي|ليس مكلفًا كما يشاع"},
		{"amma", `ويعمل الحاج عبد الرحيم العزاوي في الورشة منذ خمسين عامًا. أما الحاج عبد الرحيم فيبدو أقل تفاؤلًا. سألناه عن المستقبل، فأجاب: «لا أعرف ما سيحدث بعدي».`, "عبد الرحيم العزاوي|لا أعرف ما سيحدث بعدي"},
		{"amma", `وتحدث رئيس النادي عن الميزانية. أما الحارس سامر فرحات فيرى أن الهدف «لم يكن خطأه وحده».`, "سامر فرحات|لم يكن خطأه وحده"},
		{"amma", `وغاب المدير عن المؤتمر. أما مدرب الفريق، فراس فخري، فقال إن اللاعبين «تعبوا كثيرًا في الشوط الثاني».`, "فراس فخري|تعبوا كثيرًا في الشوط الثاني"},
		{"amma", `The vicar, Simon Lacey, wanted the hall sold. As for Hester Quayle, she said the garden "was never meant to be a car park".`, "Hester Quayle|was never meant to be a car park"},
		// A body named in a report's source, then by its head noun.
		{"report", `وبحسب تقرير صادر عن غرفة صناعة الزجاج، فإن المبيعات تراجعت. وقالت الغرفة إن الأسعار «ارتفعت ثلاث مرات».`, "غرفة صناعة الزجاج|ارتفعت ثلاث مرات"},
		{"report", `ووفق دراسة أعدتها هيئة مراقبة الأنهار، فإن التلوث تضاعف. وأضافت الهيئة أن المصانع «لا تلتزم بالمعايير».`, "هيئة مراقبة الأنهار|لا تلتزم بالمعايير"},
		{"report", `According to a report by the Guild of Lamp Makers, sales fell by a third. The guild said demand "has collapsed since the spring".`, "Guild of Lamp Makers|has collapsed since the spring"},
		{"report", `A survey published by the Fernhill Tenants Association found that rents had doubled. The association said landlords were "ignoring every complaint".`, "Fernhill Tenants Association|ignoring every complaint"},
		{"colon", `Piet Olvang spoke first, and then Greta Lindqvist shook her head: "Nobody asked us."`, "Greta Lindqvist|Nobody asked us."},
		{"amma", `وتحدث الأب عن ابنه طويلًا. أما عبد الرحيم فيبدو أقل تفاؤلًا: «لا أنتظر شيئًا من أحد».`, "عبد الرحيم|لا أنتظر شيئًا من أحد"},
		{"amma", `وأبدى التجار ارتياحهم للقرار. أما صاحب المطعم، قيس الجبوري، فكان له رأي آخر: «القرار جاء بعد فوات الأوان».`, "قيس الجبوري|القرار جاء بعد فوات الأوان"},
		{"report", `وجاء في تقرير صادر عن رابطة مربي النحل أن الإنتاج انخفض. وحذرت الرابطة من أن الموسم المقبل «قد يكون الأسوأ».`, "رابطة مربي النحل|قد يكون الأسوأ"},
		{"report", "Figures released by the Coastal Ferries Authority show delays doubled.\nThe authority blamed \"an ageing fleet\" for the disruption.", "Coastal Ferries Authority|an ageing fleet"},
		{"particle", `وصف الوزير الاتفاق بالتاريخي. غير أن عضو اللجنة ريما الفاخوري، في حديث إلى «صوت المدينة»، قالت إنه «حبر على ورق».`, "ريما الفاخوري|حبر على ورق"},
		{"objects", `يقضي الصياد مروان العجمي لياليه بين الشباك والقوارب، ويقول: «البحر لم يعد يعطي».`, "مروان العجمي|البحر لم يعد يعطي"},
		{"report", `وقدّر مرصد الأنهار الخسائر، ودعا في بيان إلى «وقف الصيد فورًا». وقال المرصد إن الأسماك «تموت بالآلاف».`, "مرصد الأنهار|تموت بالآلاف"},
		{"report", `وجاء في بيان مشترك صادر عن وزارتي الزراعة والمياه: «سنعوض المزارعين كاملًا».`, "وزارتي الزراعة والمياه|سنعوض المزارعين كاملًا"},
		{"report", `وتحدث الوزير سامي عوض عن الخطة. وجاء في بيان مشترك صادر عن وزارتي الزراعة والمياه أن التعويضات «ستصرف خلال شهر».`, "وزارتي الزراعة والمياه|ستصرف خلال شهر"},
		{"report", `وتحدث الوزير سامي عوض عن الخطة. وبحسب بيان مشترك صادر عن نقابتي الأطباء والصيادلة، فإن الأدوية «نفدت من الصيدليات».`, "نقابتي الأطباء والصيادلة|نفدت من الصيدليات"},
		// A description in commas after a name, then the clause's verb.
		{"apposition", `وأبو سمير، صاحب الفرن، يعمل منذ الفجر. يقول: «لم نعد نربح شيئًا».`, "أبو سمير|لم نعد نربح شيئًا"},
		{"apposition", `ونادية الحمصي، مديرة المكتبة، تفتح الأبواب كل صباح. تقول: «القراء يعودون ببطء».`, "نادية الحمصي|القراء يعودون ببطء"},
		{"apposition", `وتحدث المحافظ عن الخطة. وكريم داود، صاحب المقهى، يجلس قرب الباب. يقول: «الزبائن قلّوا إلى النصف».`, "كريم داود|الزبائن قلّوا إلى النصف"},
		// A cue with no subject after a clause whose objects are plain nouns.
		{"objects", `يتنقل الممرض وسام الحوراني يوميًا بين قرى وبلدات الريف، ويقول: «الطريق أطول من المناوبة».`, "وسام الحوراني|الطريق أطول من المناوبة"},
		{"objects", `يعمل الخباز طارق المحمد منذ الفجر بين أفران ومخازن الحي، ويقول إن الطحين «لا يكفي ليومين».`, "طارق المحمد|لا يكفي ليومين"},
		{"objects", `تقضي المعلمة سلمى الدروبي أيامها بين صفوف ومكتبات المدرسة القديمة. تقول: «الأطفال يستحقون أفضل من هذا».`, "سلمى الدروبي|الأطفال يستحقون أفضل من هذا"},
		{"objects", "وشمل الإحصاء مخابز وصيدليات ومحطات وقود.\nيتنقل كنان الرفاعي، الشاب الذي فقد بصره قبل عامين، بعصاه بين الأرصفة. وعن عمله يقول:\n«أحتاج إلى مرافق في كل مشوار، والأرصفة لا تساعد».", "كنان الرفاعي|أحتاج إلى مرافق في كل مشوار، والأرصفة لا تساعد"},
		{"objects", `Lena Ostrova drives between farms and clinics every week. She says the roads are "worse every winter".`, "Lena Ostrova|worse every winter"},
	} {
		got := find(t, tc.text) // the quotation checked is the text's last
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestPluralPossessives checks that a plural possessive in a mention (the
// residents' group chair, the nurses’ union) is part of it: the
// quotation is kept and its speaker is the mention, or the name in
// apposition to it.
func TestPluralPossessives(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`"We were never consulted," the residents' group chair, Marta Quill, said.`, "Marta Quill|We were never consulted,"},
		{`“We were never consulted,” the residents’ group chair, Marta Quill, said.`, "Marta Quill|We were never consulted,"},
		{`"We were never consulted," the residents' chair said.`, "the residents' chair|We were never consulted,"},
		{`"We were never consulted at all," said the residents' group chair, Marta Quill.`, "Marta Quill|We were never consulted at all,"},
		{`The nurses’ union leader, Abel Okoro, said staff were "at breaking point".`, "Abel Okoro|at breaking point"},
		{`Abel Okoro, who leads the nurses' union, said staff were "at breaking point".`, "Abel Okoro|at breaking point"},
		{`Speaking at the farmers' market, Councillor Jo Pettit said the fees were "fair".`, "Jo Pettit|fair"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}
