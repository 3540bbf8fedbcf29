package quote

import "testing"

// TestWhatIsAQuotation checks what counts as a quotation and whose it is:
// a short phrase in marks that reports what someone holds, says or
// describes is a quotation even without a verb of speech in its sentence;
// a name in marks inside a mention (رئيس جمعية «…» المهندس فلان) is no
// quotation, and the mention reads through it to the person; words a
// writing carries with no writer named (a leaflet, a banner, an unsigned
// letter, منشور مجهول المصدر) are nobody's, not the last person's named.
func TestWhatIsAQuotation(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// Short partial quotations.
		{"case.txt", `واعتصم عمال المرفأ أمس، معتبرين أن الأجور الجديدة «لا تسد رمق عائلة».`, []string{"عمال المرفأ|لا تسد رمق عائلة"}},
		{"case.txt", `ورأت المزارعة هدى قنبر أن الموسم «ضاع بالكامل».`, []string{"هدى قنبر|ضاع بالكامل"}},
		{"case.txt", `في خطوة وصفها مراقبون بأنها «سابقة خطيرة»، أغلقت البلدية السوق القديم.`, []string{"مراقبون|سابقة خطيرة"}},
		{"case.txt", `ويعتبر السائق نبيل عطوان أن الطريق الجديد «مصيدة للسيارات».`, []string{"نبيل عطوان|مصيدة للسيارات"}},
		{"case.txt", `وأكد الصياد منير بركات أن البحر «لم يعد كما كان»، مشيرًا إلى أن الشباك «فارغة».`, []string{"منير بركات|لم يعد كما كان", "منير بركات|فارغة"}},
		{"case.txt", `ونظمت رابطة الحرفيين مسيرة صامتة تحت شعار «الصنعة لا تموت».`, []string{"رابطة الحرفيين|الصنعة لا تموت"}},
		{"case.txt", `وقال المختار وديع سمعان إن الطريق مقطوع. ورفع المحتجون لافتة «الطريق حق للجميع».`, []string{"|الطريق حق للجميع"}},
		{"case.txt", `The ferry operator Kell Dorrin called the new timetable "workable for now."`, []string{"Kell Dorrin|workable for now."}},
		{"case.txt", `Mayor Odile Brannock said she would “consider” a toll on the bridge.`, []string{"Odile Brannock|consider"}},
		{"case.txt", `Residents of Fenwick Row describe the new street lamps as "far too bright".`, []string{"Residents of Fenwick Row|far too bright"}},
		{"case.txt", `The inspector, Pell Margate, judged the kitchen "clean but cramped".`, []string{"Pell Margate|clean but cramped"}},
		{"case.txt", `Asked which road he trusted, the courier Anwar Sollis did not pause. "The coast road. Always."`, []string{"Anwar Sollis|The coast road. Always."}},
		{"case.txt", `Officials in Harwick insist the old viaduct is "perfectly sound".`, []string{"Officials in Harwick|perfectly sound"}},
		{"case.txt", `The union's leader, Brisa Calloway, branded the offer "a quiet insult".`, []string{"Brisa Calloway|a quiet insult"}},
		{"case.txt", `Asked whether the ferry would run, the skipper Oren Malk looked at the sky. "Not today. Maybe Sunday."`, []string{"Oren Malk|Not today. Maybe Sunday."}},
		{"case.txt", `وسُئل الصياد رامز عودة عن الموسم، فهز رأسه. «لا سمك هذا العام».`, []string{"رامز عودة|لا سمك هذا العام"}},
		{"case.txt", `The clinic's director, Ysolde Marr, praised the staff, whom she called "the steadiest crew in the county".`, []string{"Ysolde Marr|the steadiest crew in the county"}},
		{"case.txt", `Harlow Water Board met on Tuesday. Its chair, Ivo Renn, left early. The board's final report, released the next day, called the scheme "costly but necessary."`, []string{"Harlow Water Board|costly but necessary."}},
		// Names in marks inside a mention.
		{"case.txt", `وقال رئيس جمعية «أصدقاء الوادي» المهندس فادي سرور إن المياه ملوثة.`, nil},
		{"case.txt", `وقال رئيس جمعية «أصدقاء الوادي» المهندس فادي سرور: «لن نسكت على التلوث».`, []string{"فادي سرور|لن نسكت على التلوث"}},
		{"case.txt", `ونفت مديرة مدرسة «الينابيع» السيدة رنا جبور الخبر، وقالت: «الدوام مستمر كالمعتاد».`, []string{"رنا جبور|الدوام مستمر كالمعتاد"}},
		{"case.txt", `وأوضح مؤسس فرقة «نجوم التلال» عازف العود سليم حيدر أن الحفل «لن يُلغى».`, []string{"سليم حيدر|لن يُلغى"}},
		{"case.txt", `وأكد أمين سر نادي «الشعلة» نزيه قاسم أن الملعب «غير صالح للعب».`, []string{"نزيه قاسم|غير صالح للعب"}},
		{"case.txt", `وقال رئيس قائمة «معًا نعمّر» المحامي جاد عيسى إن البلدية «عاجزة عن الإصلاح».`, []string{"جاد عيسى|عاجزة عن الإصلاح"}},
		{"case.txt", `ووعدت رئيسة رابطة «صوت الشباب يعلو» الناشطة ليال طعمة بأن تكون البلدية «بيتًا للجميع».`, []string{"ليال طعمة|بيتًا للجميع"}},
		{"case.txt", `The founder of the "Lantern Row" cooperative, Ivo Pastrick, said: "We sell at cost."`, []string{"Ivo Pastrick|We sell at cost."}},
		{"case.txt", `وأكدت رئيسة نقابة «عمال الموانئ» السيدة ميار حنّا أن الإضراب «مستمر حتى إشعار آخر».`, []string{"ميار حنّا|مستمر حتى إشعار آخر"}},
		{"case.txt", `وقالت مديرة شركة «نسيم» للسياحة هالة برق: «الموسم واعد هذا العام».`, []string{"هالة برق|الموسم واعد هذا العام"}},
		{"case.txt", `وقال صاحب مطعم «الزيتونة» للصحفيين: «الأسعار سترتفع قريبًا».`, []string{"صاحب مطعم|الأسعار سترتفع قريبًا"}},
		{"case.txt", `وقال رئيس نادي «الشعلة» الرياضي: «سنفوز في المباراة المقبلة».`, []string{"رئيس نادي|سنفوز في المباراة المقبلة"}},
		// Writings with no writer named.
		{"case.txt", `Jonah Pike runs the pump house. A leaflet pushed under doors on Tarn Street warned residents, saying "the water is not safe to drink."`, []string{"|the water is not safe to drink."}},
		{"case.txt", `Jonah Pike runs the pump house. A banner hung from the footbridge by unknown activists read “No more tolls.”`, []string{"|No more tolls."}},
		{"case.txt", `Jonah Pike runs the pump house. An unsigned letter sent to the council last week claimed that "the tender was fixed from the start."`, []string{"|the tender was fixed from the start."}},
		{"case.txt", `Jonah Pike runs the pump house. A message scrawled across the bakery shutters said: "Closed until the rent falls."`, []string{"|Closed until the rent falls."}},
		{"case.txt", `Jonah Pike runs the pump house. A poster taped to the clinic door by an unknown hand warned: "No visitors after noon."`, []string{"|No visitors after noon."}},
		{"case.txt", `وقال مدير التربية عماد ناصيف إن الامتحانات في موعدها. وانتشرت رسالة مجهولة المصدر على مواقع التواصل جاء فيها: «الامتحانات ستؤجل شهرًا».`, []string{"|الامتحانات ستؤجل شهرًا"}},
		{"case.txt", `وقال المختار وديع سمعان إن الطحين وصل. وعلّقت على واجهة المخبز ورقة صغيرة تقول: «نعتذر، لا طحين اليوم».`, []string{"|نعتذر، لا طحين اليوم"}},
		{"case.txt", `وقال المختار وديع سمعان إن المدرسة أغلقت. وتحمل جدران الحي عبارة مكتوبة بخط كبير: «هنا كانت مدرستنا».`, []string{"|هنا كانت مدرستنا"}},
		{"case.md", "# العنوان\n\nوقال مدير التربية عماد ناصيف إن الامتحانات في موعدها.\n\nوتداول ناشطون منشورًا غير موقّع جاء فيه:\n\n> الامتحانات ستؤجل إلى الربيع، ولن تعلن الوزارة ذلك.\n\nونفت الوزارة الخبر.\n", []string{"|الامتحانات ستؤجل إلى الربيع، ولن تعلن الوزارة ذلك."}},
		{"case.md", "# Title\n\nHead teacher Colm Rafferty said exams would go ahead.\n\nAn anonymous flyer left on car windscreens said:\n\n> Exams are off until spring, and nobody will tell you.\n\nThe school denied it.\n", []string{"|Exams are off until spring, and nobody will tell you."}},
		{"case.txt", `Jonah Pike runs the pump house. One flyer, printed on orange paper, urged residents to "boil everything twice."`, []string{"|boil everything twice."}},
		{"case.txt", `Jonah Pike runs the pump house. A sticker on every tap warned that the water was "not for drinking".`, []string{"|not for drinking"}},
		{"case.txt", `Jonah Pike runs the pump house. A placard on the gate read “Closed.” “We open tomorrow,” his daughter said.`, []string{"|Closed.", "his daughter|We open tomorrow,"}},
		{"case.txt", `وقال المختار وديع سمعان إن الماء مقطوع. وحذّر منشور وُزّع على المنازل من أن «المياه ملوثة وغير صالحة للشرب».`, []string{"|المياه ملوثة وغير صالحة للشرب"}},
		{"case.txt", `وقال المختار وديع سمعان إن الماء مقطوع. وتقول لافتة كبيرة عند مدخل الحي: «هنا يبدأ العطش».`, []string{"|هنا يبدأ العطش"}},
		// Names and titles in marks stay out.
		{"case.txt", `وافتتح معرض «ألوان الساحل» أمس في قاعة البلدية.`, nil},
		{"case.txt", `وقالت الروائية منى سابا إن روايتها «بيت الملح» ستصدر في الربيع.`, nil},
		{"case.txt", `The “Blue Fern” fair opened on Friday, organiser Petra Lund said.`, nil},
		{"case.txt", `The forecast was grim.

“Rain again?” The question hung over the square.`, nil},
		{"case.txt", `Staff at the depot are tired of the back office, which they have nicknamed "the cave".`, nil},
		{"case.txt", `وقالت المهندسة جنى رحال إن الحي يحتاج إلى حديقة. وافتتحت البلدية حديقة «الينابيع الصغيرة» أمس.`, nil},
	} {
		text := tc.text
		if tc.name == "case.txt" {
			text = "Title line\n" + text + "\n"
		}
		got := findIn(t, tc.name, text)
		if !samePairs(got, tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}
