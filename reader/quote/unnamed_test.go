package quote

import (
	"strings"
	"testing"
)

// TestUnnamedSpeakers checks that someone the text introduces without a
// name, by what they are (a lamplighter, one of them, a glazier who …;
// أحد العتّالين الذين …، سيدة ستينية تبيع …), is the speaker of what
// they say, and the one a later pronoun cue or a definite re-mention
// refers to, also when the sentence that introduced them held no
// quotation, and not the person named last before them. Someone heard or
// seen saying something (I heard a wheelwright shout, سمعت نحّالًا
// ينادي) says it; a clause whose verb is no verb of speech (was blunt:,
// put it this way:, ولخّص الأمر بقوله:) gives its subject the quotation
// after its colon. The nouns are in no list the finder keeps.
func TestUnnamedSpeakers(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"en-relative-clauses-reported-then-pronoun",
			"Harriet Vane, the director of the pier trust, said the promenade would reopen in May.\n\nA lamplighter who has tended the promenade for twenty years, and who asked that her name be withheld because she feared for her contract, said the lamps had been failing since spring.\n\n“Half of them flicker all night,” she said.",
			"lamplighter|Half of them flicker all night,"},
		{"en-gender-past-a-named-woman",
			"An usher at the Corn Exchange, who has worked there since it reopened in 2009, said audiences had thinned since the trust raised its prices.\n\nMaureen Oakes, who chairs the trust, said she would review them in the spring.\n\n“Nobody pays forty pounds for a pantomime,” he said.",
			"usher|Nobody pays forty pounds for a pantomime,"},
		{"en-one-of-them-summed-up",
			"Volunteers from the Hollin Rowing Club spent the night filling sandbags with Gareth Pryce, the club's captain. One of them, a glazier who had cycled over from Dunmore after work, summed it up: “We came to help and nobody could find a shovel.”",
			"glazier|We came to help and nobody could find a shovel."},
		{"en-stopping-to-tell-him",
			"Corin Vale, who has run the ferry kiosk for a decade, remembers a cabman pulling up outside one morning to tell him, “You'll be out of business by Christmas.”",
			"cabman|You'll be out of business by Christmas."},
		{"en-heard-shout-nested",
			"“I was on the landing when I heard a wheelwright shout, ‘Everybody out!’ and then the lights went,” said Tessa Rook.",
			"wheelwright|Everybody out!"},
		{"en-was-blunt",
			"Lionel Hart, the harbourmaster, defended the new fees at Tuesday's meeting. A chandler whose shop faces the slipway was blunt: “They are pricing us off the quay.”",
			"chandler|They are pricing us off the quay."},
		{"en-put-it-this-way",
			"Several traders came to the meeting with Priya Das, the market manager. One tiler, who has kept a stall there since the 1980s, put it this way: “Every year the rent goes up and the roof still leaks.”",
			"tiler|Every year the rent goes up and the roof still leaks."},
		{"en-definite-remention-past-a-named-man",
			"A ropemaker who works the last loft on the quay said orders had halved since the winter. Jonas Flett, the chairman of the harbour board, said the board would look at the rents.\n\n“We sell to tourists now, and only in summer,” the ropemaker said. “It is no way to keep a trade,” he added.",
			"ropemaker|It is no way to keep a trade,"},
		{"en-said-a-after-quote",
			"Mayor Ellen Tay announced the closure of the arcade on Monday.\n\n“We were never asked,” said a cobbler who has mended shoes on Vine Street for thirty years. “Not once,” he added.",
			"cobbler|Not once,"},
		{"en-among-those-was",
			"Peter Quill, the line's manager, apologised for the cancellations. Among those waiting on the platform was a signalman from Larch Row. “Three days without pay,” he said.",
			"signalman|Three days without pay,"},
		{"en-less-patient-colon",
			"Ruth Gale, who runs the depot, said the vans would come on Thursday. A thatcher in a green anorak, who had waited there since dawn, was less patient: “Tell them to come and see it themselves.”",
			"thatcher|Tell them to come and see it themselves."},
		{"en-one-of-the-plural",
			"Ben Tarrant, the dock's owner, said the strike was illegal.\n\nOne of the stevedores said the cranes had been idle for a week.\n\n“We are paid by the lift,” he said.",
			"stevedore|We are paid by the lift,"},
		{"en-another-reported-then-pronoun",
			"Gordon Ash, who owns the livery yard, said the horses were well fed. Another ostler, who asked not to be identified, said he had not been paid since June.\n\n“They owe all of us,” he said.",
			"ostler|They owe all of us,"},
		{"en-heard-outside-quotes",
			"Amira Kell, who lives by the canal, was asleep when the bank gave way. Neighbours said they heard a lockkeeper shout, “The gates are open!” before the water came.",
			"lockkeeper|The gates are open!"},
		{"en-dashes-aside",
			"The council's leader, Tom Birch, said the survey was complete.\n\nA cartographer — one of three hired by the council in March — said the new maps were already out of date.\n\n“Nobody walked the paths,” she said.",
			"cartographer|Nobody walked the paths,"},
		{"en-named-had-one-answer",
			"Lena Moor, the planning officer, listed four options for the flood plain. Dana Whitlock, who farms the lower fields, had one answer: “Build the wall.”",
			"Whitlock|Build the wall."},
		{"ar-relative-clause-reported-then-wadaf",
			"وقال مدير الميناء سليم الورداني إن العمل سيستأنف الأسبوع المقبل.\n\nوقال أحد العتّالين الذين يعملون على الرصيف منذ عشرين عامًا، وطلب عدم ذكر اسمه، إن الرافعات متوقفة منذ أيام.\n\nوأضاف: «لم نتقاضَ أجرًا منذ شهر».",
			"أحد العتّالين|لم نتقاضَ أجرًا منذ شهر"},
		{"ar-present-svo-relative",
			"وأكد رئيس البلدية نادر الخوري أن الأسواق ستفتح يوم السبت. وتقول سيدة ستينية تبيع الزعتر عند مدخل السوق منذ الصباح الباكر: «لم يمرّ أحد من البلدية هنا».",
			"سيدة|لم يمرّ أحد من البلدية هنا"},
		{"ar-heard-nested",
			"وقال الحطّاب منصور عيد: «كنت في الغابة حين سمعت نحّالًا من القرية ينادي: 'النار وصلت إلى الوادي'، فركضت».",
			"نحّالًا|النار وصلت إلى الوادي"},
		{"ar-heard-outside-quotes",
			"كانت سناء الريس في بيتها حين ارتفع الماء. ومن النافذة سمعت امرأة تنادي في الشارع: «الماء يرتفع، اصعدوا إلى السطوح».",
			"امرأة|الماء يرتفع، اصعدوا إلى السطوح"},
		{"ar-summed-up-biqawlihi",
			"وقال رئيس الجمعية عادل نصّار إن السوق تراجع. ولخّص أحد الإسكافيين الأمر بقوله: «الناس لم تعد تصلح أحذيتها، تشتري الجديد».",
			"أحد الإسكافيين|الناس لم تعد تصلح أحذيتها، تشتري الجديد"},
		{"ar-was-frank",
			"وقال المحافظ وليد عكاش إن الشارع سيوسّع. وكان سمكري عجوز يعمل في الحي صريحًا: «لن أغلق دكاني ولو هدموا الشارع».",
			"سمكري|لن أغلق دكاني ولو هدموا الشارع"},
		{"ar-definite-remention-past-a-named-man",
			"قالت حائكة تعمل في الورشة منذ صباها إن الصوف صار غاليًا. وقال صاحب المصنع جميل حدّاد إن الأسعار عالمية.\n\nوتابعت الحائكة: «كنا نشتري الكيلو بدينار».",
			"حائكة|كنا نشتري الكيلو بدينار"},
		{"ar-feminine-cue-past-a-named-man",
			"وأفادت بائعة خضار تفترش الرصيف بأن البلدية صادرت بضاعتها مرتين. وقال مسؤول البلدية كمال سعد إن الرصيف ليس سوقًا.\n\nوتابعت: «من أين نأكل إذن؟».",
			"بائعة|من أين نأكل إذن؟"},
		{"ar-existential-then-yaqul",
			"واعتذر مدير الفرن ماهر الشامي عن التأخير. وبين المنتظرين أمام الفرن رجل سبعيني يتكئ على عصاه.\n\n«أنتظر هنا منذ الفجر»، يقول.",
			"رجل|أنتظر هنا منذ الفجر"},
		{"ar-svo-aside",
			"وقالت الموظفة ريم داود إن الملفات ستنقل. وعجوز، كانت تحمل حفيدها على كتفها، صرخت في وجه الموظفين: «أين نذهب الآن؟».",
			"عجوز|أين نذهب الآن؟"},
		{"ar-quote-first-indefinite-after",
			"وقالت مديرة التربية هدى الأيوبي إن المدرسة ستبنى العام المقبل.\n\n«نريد مدرسة لا وعودًا»، قال مزيّن يعمل في الحي منذ ثلاثين سنة. «الأطفال يمشون ساعة كل صباح»، أضاف.",
			"مزيّن|الأطفال يمشون ساعة كل صباح"},
		{"ar-feminine-partitive",
			"وقال مدير المعمل فؤاد زين إن الإنتاج تضاعف. وقالت إحدى النسّاجات اللواتي يعملن في المعمل إن الأجور لم تتغير منذ سنوات.\n\n«نعمل اثنتي عشرة ساعة»، أضافت.",
			"إحدى النسّاجات|نعمل اثنتي عشرة ساعة"},
		{"ar-approached-to-tell-him",
			"وروى الصياد سامر حنّا أن بحّارًا اقترب منه على الشاطئ ليقول له: «البحر لن يعطيك شيئًا هذا الموسم».",
			"بحّارًا|البحر لن يعطيك شيئًا هذا الموسم"},
		{"ar-voice-of-definite",
			"وقالت جميلة الحاج إنها لم تنم تلك الليلة: «سمعت صوت الناطور يصيح: 'اخرجوا من البيوت'، ثم انطفأ النور».",
			"الناطور|اخرجوا من البيوت"},
		{"ar-named-was-clear",
			"وقال رئيس اللجنة نبيل فرح إن الجسر سيصان. وكان المهندس رامز شلهوب واضحًا: «الجسر لن يصمد شتاءً آخر».",
			"رامز شلهوب|الجسر لن يصمد شتاءً آخر"},
		{"en-after-a-fronted-phrase",
			"Rhona Bell, who manages the brewery, said the cobbles would stay.\n\nAt the depot gate, a farrier who shoes the brewery's horses said the new stones were lethal.\n\n“They slip on every corner,” he said.",
			"farrier|They slip on every corner,"},
		{"en-asked-then-shrugged",
			"Councillor Ada Finch defended the closure of the lower market. Asked about it on Friday, a knifegrinder who has worked the market since 1979 shrugged: “Ask the council where we should go.”",
			"knifegrinder|Ask the council where we should go."},
		{"ar-being-verb-feminine",
			"وقال مختار الحارة عماد سلوم إن الترميم سيبدأ قريبًا. وكانت حائكة مسنّة تسكن آخر الزقاق أكثر تشاؤمًا: «لن يبقى أحد في هذه الحارة».",
			"حائكة|لن يبقى أحد في هذه الحارة"},
		{"ar-they-heard-in-reported-speech",
			"وقال مسؤول الميناء فارس نجم إن الوضع آمن. لكن البحارة قالوا إنهم سمعوا عتّالًا يصرخ من الرصيف: «السفينة تميل!».",
			"عتّالًا|السفينة تميل!"},
		{"en-owned-noun-conjoined-nested",
			"Ola Brandt said the shop had been doomed for a year. “My bookkeeper looked at the figures and said, ‘Sell it now,’ so I did,” she said.",
			"bookkeeper|Sell it now,"},
		{"ar-one-of-aside-participle",
			"وقالت إدارة الدفاع المدني إن التحقيق مستمر.\n\nووصف أحد الحرفيين، وكان يقف أمام الورشة حين انهار السقف، المشهد قائلًا: «سمعنا صوتًا كالرعد ثم غطى الغبار كل شيء».",
			"أحد الحرفيين|سمعنا صوتًا كالرعد ثم غطى الغبار كل شيء"},
		{"ar-asked-object-then-definite-reply",
			"وقال مدير المحطة وائل نعمان إن الرحلات منتظمة. وفي الساحة، سأل أحد الركاب سائق الحافلة: «متى نصل؟». فردّ السائق: «بعد ساعة إن شاء الله».",
			"سائق|بعد ساعة إن شاء الله"},
		{"en-heard-her-neighbour",
			"Lena Park, the mayor, said nobody was hurt. Ruth Bowe said she heard her neighbour call out, “Get out, the stairs are on fire!”",
			"neighbour|Get out, the stairs are on fire!"},
		{"en-said-simply-colon",
			"Lena Park, the mayor, said the market would move to the car park. One man who lost his stall in the fire said simply: “Everything.”",
			"man|Everything."},
		{"en-asked-one-laughed",
			"Lena Park, the mayor, said the market would move to the car park. Asked what he would do, one stallholder laughed: “Drink, probably.”",
			"stallholder|Drink, probably."},
		{"en-absolute-phrase-in-tears",
			"Lena Park, the mayor, visited the ward on Monday. A cleaner at the hospital, her uniform still on, was in tears: “Who will pay us now?”",
			"cleaner|Who will pay us now?"},
		{"ar-another-one",
			"وقال مدير السوق نبيل حداد إن الأسعار مستقرة. وقال أحد الباعة إن الزبائن قلّة. وقال آخر: «لا أحد يشتري شيئًا».",
			"آخر|لا أحد يشتري شيئًا"},
		{"ar-spoke-about-then-taqul",
			"وقال مدير المبنى سمير عيد إن الحريق صغير. وتحدثت سيدة تسكن الطابق الثالث عن ليلة الحريق.\n\n«لم ننم حتى الصباح»، تقول.",
			"سيدة|لم ننم حتى الصباح"},
		// No one unnamed: a thing that opens a sentence is no one "he" refers to.
		{"en-a-thing-is-no-one",
			"Tom Reyes, the warden, was on duty that night. A fire broke out in the kitchen just after midnight.\n\n“We had it out in minutes,” he said.",
			"Tom Reyes|We had it out in minutes,"},
		{"en-a-statement-is-no-one",
			"Mia Lund chairs the board of the museum. A statement from the board said the vote was final. “It is done, and we move on,” she said.",
			"Mia Lund|It is done, and we move on,"},
		{"ar-a-thing-is-no-one",
			"وقال المهندس سامي فرح إن الإصلاح سينتهي قريبًا. وكان موقع إخباري قد نشر صورًا للجسر المتصدع.\n\n«الجسر آمن ولا داعي للقلق»، قال.",
			"سامي فرح|الجسر آمن ولا داعي للقلق"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := find(t, tc.text)
			_, wq, _ := strings.Cut(tc.want, "|")
			for _, g := range got {
				if _, gq, _ := strings.Cut(g, "|"); gq == wq {
					if !samePair(g, tc.want) {
						t.Errorf("%s\n found %q, want %q", tc.text, g, tc.want)
					}
					return
				}
			}
			t.Errorf("%s\n no quotation %q in %q", tc.text, wq, got)
		})
	}
}

// TestUnnamedPersonKept checks that someone introduced without a name
// is kept among the people an article names, so that a definite
// description of them many names later ("the lacemaker said") gives the
// quotation the same speaker as their first words, one person in the
// panel.
func TestUnnamedPersonKept(t *testing.T) {
	text := "“Nobody buys lace at these prices,” said a lacemaker who has worked in the arcade since 1990.\n\n" +
		"Ann Reed, Bob Sale, Cora Tate, Dan Upton, Eve Vance, Finn Webb, Gus Yale and Hal Zorn, all stallholders, signed the letter. Ivy Ames, who chairs the arcade trust, said she had read it.\n\n" +
		"“We will be the last ones here,” the lacemaker said."
	got := find(t, text)
	if len(got) != 2 {
		t.Fatalf("found %q, want two quotations", got)
	}
	a, _, _ := strings.Cut(got[0], "|")
	b, _, _ := strings.Cut(got[1], "|")
	if a != b || !strings.Contains(a, "lacemaker") {
		t.Errorf("speakers %q and %q: want the same lacemaker", a, b)
	}
}

// TestUnnamedSubjectOfAShortSentence: someone the text introduces without
// a name, by a noun for a person and maybe an aside in commas, as the
// subject of a short sentence ("His neighbour, who runs a shoe repair
// shop, was less sure.") says the words after it.
func TestUnnamedSubjectOfAShortSentence(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"Reg Calloway said the change was overdue. His neighbour, who runs a shoe repair shop and asked not to be named, was less sure. “My customers are old and they drive,” he said.", "His neighbour"},
		{"Walter Bryce, 81, sat on a camp bed in the hall. His daughter, who drove from Leeds to collect him, was less relaxed. “He wanted to stay and feed the hens,” she said.", "His daughter"},
		{"Dr Ana Ruiz said the clinic would stay open. A Rovers fan on the supporters’ coach was philosophical. “We were the better side and we lost,” he said.", "A Rovers fan"},
	})
}

// TestOneOfThemDescribed: one of a group the text named before (أحدهم،
// إحداهن، إحدى زبوناتها) is given by what the clause of وهو or وهي says
// they are; one of a group the words name (أحد السكان، وهو شاب) stays so.
func TestOneOfThemDescribed(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وقال مشجعو الاتحاد إنهم سيطالبون بتقديم احتجاج. وقال أحدهم، وهو طالب جامعي رفض ذكر اسمه: «ندفع ثمن التذكرة من مصروفنا».", "طالب جامعي"},
		{"وتشارك في أعمال التنظيف طالبات من قسم الآثار. وقالت إحداهن، وهي طالبة في السنة الثالثة: «أنظّف كل يوم بضعة سنتيمترات بفرشاة أسنان».", "طالبة"},
		{"ولها زبائن دائمون. تقول إحدى زبوناتها، وهي معلمة متقاعدة تستقل سيارتها كل صباح: «معها أشعر أنني مع ابنتي».", "معلمة متقاعدة"},
		{"وتجمع عدد من سكان الحي أمام المبنى. وقال أحد السكان، وهو شاب في العشرين: «من دون البطاقة لا نستطيع تسجيل الأطفال».", "أحد السكان"},
	})
}
