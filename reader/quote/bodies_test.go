package quote

import "testing"

// TestBodiesByNoun checks that a body the text refers to by its noun (the
// council, the club, الشركة، الغرفة), by a statement without a subject (in
// a statement, جاء في بيان) or by a pronoun (It said) is the body the
// article named before with that noun, by its name as first written: in
// the title or a heading, as the possessor of what a body has, by a noun
// an apposition gives it, far back, after other people and bodies; and
// that a body never named stays as the text gives it.
func TestBodiesByNoun(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		// English.
		{"case.txt", "Pellmoor council raises parking fees\nDrivers in Pellmoor will pay more from May.\n\nThe council said in a statement that the rise was \"modest and overdue\".", "Pellmoor council|modest and overdue"},
		{"case.txt", "Title line\nHarrowmere Town's training ground will close for a month after the club agreed to host a music festival.\n\nThe club said the pitch would be \"fully restored by August\".", "Harrowmere Town|fully restored by August"},
		{"case.txt", "Title line\nCastleford Albion's squad flew to Lisbon on Sunday.\n\n\"Every player is fit,\" the club said.", "Castleford Albion|Every player is fit,"},
		{"case.txt", "Title line\nTollgate Kilnworks, a family pottery, lost its lease on Monday.\n\n\"We have nowhere to go,\" the pottery said in a statement.", "Tollgate Kilnworks|We have nowhere to go,"},
		{"case.txt", "Title line\nQuillfield Water was fined two million pounds on Tuesday for sewage spills. It said it would \"not appeal the ruling\".", "Quillfield Water|not appeal the ruling"},
		{"case.txt", "Title line\nThe Tarnhollow Ramblers Association and Lowbridge parish council met on Friday to discuss the footpath.\n\nThe council said the path was \"not safe for walkers\".", "Lowbridge parish council|not safe for walkers"},
		{"case.txt", "Title line\nLowbridge parish council and the Tarnhollow Ramblers Association met on Friday to discuss the footpath.\n\nThe association said the closure was \"a disgrace\".", "Tarnhollow Ramblers Association|a disgrace"},
		{"case.txt", "Title line\nThe Sallowmere Dockers Union called a strike on Monday.\n\nDockworker Pete Ormond said: \"We had no choice.\"\n\nCrane driver Lisa Vance said: \"Nobody wanted this.\"\n\nShipping agent Tom Relf said: \"It will cost us dearly.\"\n\nHaulier Dev Banerjee said: \"My lorries are parked.\"\n\nResident Ann Corvel said: \"The quay is silent.\"\n\nThe union said in a statement that talks had \"broken down completely\".", "Sallowmere Dockers Union|broken down completely"},
		{"case.md", "# Ferry timetable cut\n\nIslanders were angry on Monday.\n\n## Quenby Harbour Board responds\n\nIn a statement, the board said the cuts were \"regrettable but unavoidable\".", "Quenby Harbour Board|regrettable but unavoidable"},
		{"case.txt", "Title line\nThe Wrenfield Cycling Club's secretary, Mo Adeyemi, said the race would go ahead.\n\nThe club later said in a statement that riders \"must wear helmets\".", "Wrenfield Cycling Club|must wear helmets"},
		{"case.txt", "Title line\nThe Orla Foundation, a charity for blind children, opened a school in Ashgrove.\n\nThe charity said the school was \"a dream come true\".", "Orla Foundation|a dream come true"},
		{"case.txt", "Title line\nBus fares rose again on Monday across the valley.\n\nThe authority said the rise was \"the last this year\".", "The authority|the last this year"},
		{"case.txt", "Title line\nMillrace Rovers announced a deal with a kit maker on Friday.\n\n\"This is a proud day,\" the club said in a statement.", "Millrace Rovers|This is a proud day,"},
		{"case.txt", "Title line\nBrantwick Mutual wrote to its members on Monday about the rise.\n\n\"We are sorry for the delay,\" they said.", "Brantwick Mutual|We are sorry for the delay,"},
		{"case.txt", "Title line\nVolunteers from the Ormsby Marsh Conservation Trust counted the geese on Sunday, with the help of two rangers.\n\nRanger Kit Doyle said: \"The marsh is full.\"\n\nThe trust said the count was \"the best in years\".", "Ormsby Marsh Conservation Trust|the best in years"},
		{"case.txt", "Title line\nThe Dellacourt Players' Society opened its season on Friday.\n\nIts director, Jo Pike, said the hall was full.\n\nIn a statement, the society thanked \"every single volunteer\".", "Dellacourt Players' Society|every single volunteer"},
		{"case.md", "# Bin collections resume\n\nResidents waited two weeks for their bins.\n\n## Fenmarsh District Council\n\nIt said the bins would be \"collected by Saturday\".", "Fenmarsh District Council|collected by Saturday"},
		{"case.txt", "Title line\nKelmscott United's new manager arrived on Monday, a week after the sacking of his predecessor.\n\n\"He is the right man,\" the club said.", "Kelmscott United|He is the right man,"},
		{"case.txt", "Title line\nA row broke out on Monday between Larkhill parish council and the Larkhill Allotment Society over the rent of the plots.\n\nTenant Jo Marsh said: \"We pay enough.\"\n\nThe society said in a statement that the rent was \"fair\".", "Larkhill Allotment Society|fair"},
		{"case.txt", "Title line\nThornbury Vale, the League Two club that was sold last year, named a new manager on Monday.\n\nFan Ray Oduya said: \"About time.\"\n\nFan Lee Marr said: \"He is young.\"\n\nFan Pat Kemble said: \"Give him a chance.\"\n\nFan Sue Wray said: \"We need goals.\"\n\nFan Ian Cobb said: \"I am hopeful.\"\n\nThe club said the manager would be \"unveiled on Friday\".", "Thornbury Vale|unveiled on Friday"},
		{"case.txt", "Title line\nHarwell Borough Council closed the Mill Lane bridge on Monday.\n\nThe council, in a statement, said the bridge was \"no longer safe\".", "Harwell Borough Council|no longer safe"},
		{"case.txt", "Title line\nKettering Lowe, the law firm that advised the buyers, has been fined.\n\n\"We will appeal,\" the firm said.", "Kettering Lowe|We will appeal,"},
		{"case.txt", "Title line\nDorran Textiles Ltd will cut 40 jobs at its Pennick mill.\n\nWeaver Abi Strand said the news was a shock.\n\nThe company, which employs 300 people, said the cuts were \"deeply regretted\".", "Dorran Textiles Ltd|deeply regretted"},
		{"case.txt", "Ravensmoor Port Authority fines trawler owner\nA trawler owner was fined on Tuesday for fishing in a closed zone.\n\n\"The rules protect the stocks,\" the authority said.", "Ravensmoor Port Authority|The rules protect the stocks,"},
		{"case.txt", "Title line\nGrainger Bakeries, a family business since 1921, will shut two shops.\n\n\"Rents have doubled,\" the business said.", "Grainger Bakeries|Rents have doubled,"},
		// Arabic.
		{"case.txt", "عنوان\nأعلنت بلدية السهل إغلاق السوق الشعبي.\n\nوقال التاجر سعيد حمدان إن القرار مفاجئ.\n\nوأكدت في بيان أن «الإغلاق ضروري للسلامة».", "بلدية السهل|الإغلاق ضروري للسلامة"},
		{"case.txt", "عنوان\nارتفعت أسعار الوقود في المدينة أمس.\n\nوجاء في البيان: «الأسعار ستعود إلى طبيعتها».", "|الأسعار ستعود إلى طبيعتها"},
		{"case.txt", "مجلس بلدية القرنة يقر الموازنة\nأقر المجلس موازنة العام المقبل بالأغلبية.\n\nوقال المجلس في بيان إن الموازنة «تراعي الأحياء الفقيرة».", "مجلس بلدية القرنة|تراعي الأحياء الفقيرة"},
		{"case.txt", "عنوان\nسجلت مديرية الصحة في المحافظة عشر إصابات جديدة.\n\nوقال الطبيب فادي سلوم إن المستشفى ممتلئ.\n\nوأوضحت المديرية، في بيان تلقته الصحيفة، أن «الوضع تحت السيطرة».", "مديرية الصحة|الوضع تحت السيطرة"},
		{"case.txt", "عنوان\nأعلنت وزارة الزراعة منع تصدير الزيت.\n\nوردّت وزارة التجارة بأنها لم تُستشر.\n\nوقال التاجر منير عواد: «خسرنا الموسم».\n\nوذكرت وزارة الزراعة في بيانها أن القرار «مؤقت»، ثم قالت الوزارة إن «المخزون لا يكفي».", "وزارة الزراعة|المخزون لا يكفي"},
		{"case.txt", "عنوان\nعاقب اتحاد كرة السلة ثلاثة لاعبين بعد المباراة.\n\nوأصدر الاتحاد بيانًا قال فيه إن العقوبات «رسالة للجميع».", "اتحاد كرة السلة|رسالة للجميع"},
		{"case.txt", "عنوان\nاعتصم أعضاء نقابة الممرضين أمام المستشفى.\n\nوقالت الممرضة هالة سعد إن الأجور متدنية.\n\nوبحسب بيان للنقابة، فإن الاعتصام «سيستمر حتى تلبية المطالب».", "نقابة الممرضين|سيستمر حتى تلبية المطالب"},
		{"case.txt", "عنوان\nأعلنت الوطنية، الشركة التي تملك ثلاثة مصانع للإسمنت، إغلاق أحدها.\n\nوقال العامل سمير الكيال: «فقدنا أعمالنا».\n\nوقال العامل وائل الدباغ: «لا تعويض».\n\nوقالت العاملة سناء المصري: «ننتظر».\n\nوقال العامل ماجد السقا: «أين النقابة؟».\n\nوقال العامل نبيل الحسن: «لن نسكت».\n\nوقالت الشركة في بيان إن الإغلاق «نهائي».", "الوطنية|نهائي"},
		{"case.txt", "جمعية مربي النحل تحذر من المبيدات\nوحذرت الجمعية المزارعين من رش المبيدات في موسم الإزهار.\n\nوجاء في البيان: «خلايا كثيرة نفقت هذا الشهر».", "جمعية مربي النحل|خلايا كثيرة نفقت هذا الشهر"},
		{"case.md", "# عنوان\n\nتوقف العمل في الميناء أمس.\n\n## مؤسسة الموانئ البحرية\n\nوقالت المؤسسة إن العمل «سيستأنف غدًا».", "مؤسسة الموانئ البحرية|سيستأنف غدًا"},
		{"case.txt", "عنوان\nوجّه الأهالي انتقاداتٍ لِشركة الينابيع الصافية بسبب انقطاع المياه.\n\nوقالت الشركة إن الانقطاع «سينتهي الليلة».", "شركة الينابيع الصافية|سينتهي الليلة"},
		{"case.txt", "عنوان\nرفضت نقابة الحلاقين قرار البلدية الجديد.\n\nوقال الحلاق سمير دبور: «سنغلق محلاتنا».\n\nوقال الحلاق رامي الكنج: «لا خيار لنا».\n\nوجاء في بيان النقابة أن القرار «ظالم للجميع».", "نقابة الحلاقين|ظالم للجميع"},
		{"case.txt", "بلدية وادي النحالين ترفع رسوم النفايات\nقرر المجلس البلدي رفع الرسوم بدءًا من الشهر المقبل.\n\nوقالت البلدية في بيان إن القرار «لا مفر منه».", "بلدية وادي النحالين|لا مفر منه"},
		{"case.txt", "عنوان\nوقدّرت غرفة الفخارين خسائر الورش بالملايين، ودعت في بيان إلى «دعم عاجل للحرفيين».", "غرفة الفخارين|دعم عاجل للحرفيين"},
		{"case.txt", "عنوان\nأعلنت شركة البرتقال الذهبي للتصدير وقف الشحنات.\n\nوقال المزارع سامي الورّاق: «خسرنا الموسم».\n\nوقالت المزارعة هند القصّاب: «لا أحد يشتري».\n\nوقال التاجر رامز العنّاب: «الأسواق مغلقة».\n\nوقال السائق وليد الفرّا: «الشاحنات متوقفة».\n\nوقالت المعلمة رنا البقّال: «الأهالي قلقون».\n\nوقالت الشركة في بيان إن الوقف «مؤقت حتى إشعار آخر».", "شركة البرتقال الذهبي|مؤقت حتى إشعار آخر"},
		{"case.txt", "عنوان\nاجتمعت نقابة الخبازين مع وزارة التموين أمس.\n\nوقالت النقابة إن الاجتماع «لم يحل شيئًا».", "نقابة الخبازين|لم يحل شيئًا"},
		{"case.txt", "عنوان\nأصدرت جمعية حماة الأنهار بيانًا مساء أمس حول تلوث الوادي.\n\nوجاء في البيان: «المصانع ترمي نفاياتها في الماء».", "جمعية حماة الأنهار|المصانع ترمي نفاياتها في الماء"},
		{"case.txt", "عنوان\nوأعلنت مديرية الأوقاف في المحافظة إغلاق المسجد القديم. وأضافت أن «الإغلاق مؤقت».", "مديرية الأوقاف|الإغلاق مؤقت"},
		{"case.txt", "عنوان\nوجّه السكان شكاوى لمصرف الواحة بسبب الرسوم الجديدة.\n\nوردّ المصرف في بيان بأن الرسوم «تطابق السوق».", "مصرف الواحة|تطابق السوق"},
		{"case.md", "# عنوان\n\nتظاهر المتقاعدون أمام المبنى.\n\n## صندوق تقاعد المعلمين يرد\n\nوقال الصندوق في بيان إن الرواتب «ستصرف في موعدها».", "صندوق تقاعد المعلمين|ستصرف في موعدها"},
		{"case.txt", "عنوان\nأعلن نادي القناديل، الفريق الأكثر تتويجًا في البطولة، تعاقده مع مدرب جديد.\n\nوقال النادي في بيان إن المدرب «سيصل الأسبوع المقبل».", "نادي القناديل|سيصل الأسبوع المقبل"},
		{"case.txt", "عنوان\nارتفعت أسعار الخبز في المدينة أمس.\n\nوقالت الهيئة إن الأسعار «ستنخفض قريبًا».", "الهيئة|ستنخفض قريبًا"},
		{"case.txt", "عنوان\nوحمّلت نقابة السائقين البلدية مسؤولية الحادث.\n\nوقدّر مكتب الإحصاء الخسائر بالملايين، وأشار في بيان إلى «تراجع حاد في الإنتاج».", "مكتب الإحصاء|تراجع حاد في الإنتاج"},
		{"case.txt", "عنوان\nطالب الأهالي مديرية المياه بإصلاح الشبكة منذ شهور.\n\nوجاء في بيان للمديرية: «الإصلاح يبدأ الأحد».", "مديرية المياه|الإصلاح يبدأ الأحد"},
		{"case.txt", "عنوان\nفاز معهد الورّاقين بجائزة الكتاب، وقال مديره سالم النجار إن الجائزة «للجميع».\n\nوقال المعهد في بيان إن الجائزة «تتويج لعشرين عامًا».", "معهد الورّاقين|تتويج لعشرين عامًا"},
	} {
		got := findIn(t, tc.name, tc.text+"\n")
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}
