package quote

import (
	"strings"
	"testing"
)

// TestKinSpeakers checks that a relation or a kunya is a mention of a
// person: named in apposition to a relation (أما والده، أبو سليم،), it
// gives the name; as the subject of a cue, the relation is the speaker
// and not a group or a body named near it.
func TestKinSpeakers(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"kunya", `أما جدّه، أبو سليم، فقال: «الحقل لن يُباع».`, "أبو سليم|الحقل لن يُباع"},
		{"kunya", `أما والدته، أم نزار، فقالت للمراسل: «ننتظر منذ الصباح».`, "أم نزار|ننتظر منذ الصباح"},
		{"kunya", `في غرفة بلا نوافذ تجلس أم رامي قرب المدفأة. تقول: «البرد يدخل من كل مكان».`, "أم رامي|البرد يدخل من كل مكان"},
		{"kunya", `ووقف أبو حسن الدباغ عند باب الورشة بعد أن أغلقتها البلدية. ويقول: «ثلاثون سنة هنا».`, "أبو حسن الدباغ|ثلاثون سنة هنا"},
		{"kunya", `وصل المهندس سامي عيد إلى الموقع. أكان ذلك صدفة أم خطة مدروسة؟ لا أحد يعرف. وقال: «لن نتوقف».`, "سامي عيد|لن نتوقف"},
		{"kunya", `يجلس أبو العبد أمام دكانه المغلق منذ شهرين. ويقول: «لا أحد يشتري».`, "أبو العبد|لا أحد يشتري"},
		{"kunya", `هل يبقى السكان أم يرحلون؟ سؤال تطرحه الجمعيات. ويقول رامي سعد: «لن نرحل».`, "رامي سعد|لن نرحل"},
		{"kunya", `أما ابنتها، هبة الساعي، فقالت إنها تأخرت عن الدوام بسبب انقطاع الطرق، وأضافت: «لم يصل الباص».`, "هبة الساعي|لم يصل الباص"},
		{"kunya", `قال قائد فرقة الإنقاذ: «وصلنا متأخرين». أما ابنه، سامر حداد، فقال إنه انتظر وصول الإنقاذ ساعتين، وأضاف: «لم نر أحدًا».`, "سامر حداد|لم نر أحدًا"},
		// A description by a noun for any person is the one named last.
		{"kunya", `لم تعد أم وليد تخبز في البيت منذ انقطاع الغاز. وتقول السيدة الخمسينية وهي تعد الأرغفة: «الفرن صار حلمًا».`, "أم وليد|الفرن صار حلمًا"},
		{"kunya", `Arthur Penn has kept the lighthouse for decades. "The lamp never failed once," the 74-year-old said.`, "Arthur Penn|The lamp never failed once,"},
		// A relation the text named before is that person.
		{"kunya", "وجلس الصياد سمير حنا وابنته ريما على حافة الرصيف.\n\nوقال الصياد: «البحر تغيّر».\n\nوقالت ابنته: «البحر لم يعد كما كان».", "ريما|البحر لم يعد كما كان"},
		{"kunya", `أما جارتها، سعاد الملا، فلم تتحدث إلينا. وفي المساء وصل المعلم فادي حنا. وقالت جارتها للمراسل: «نخاف الليل».`, "سعاد الملا|نخاف الليل"},
		{"kunya", `His daughter, Maya Lund, runs the till. Tom Lund sat outside. "We close at six," his daughter said.`, "Maya Lund|We close at six,"},
		{"kunya", `وكان المزارع رامي حداد يعمل مع شقيقه سامر في الحقل. وقال شقيقه: «خسرنا الموسم».`, "سامر|خسرنا الموسم"},
		{"kunya", "وجلس سمير حنا وابنته تنتظر الباص.\n\nوقالت ابنته: «تأخرنا».", "ابنته|تأخرنا"},
	} {
		if got := find(t, tc.text); len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestNestedKin checks the speaker of a nested quotation that a person
// reports from a relative or a teacher: the subject of the cue inside the
// outer quotation, before its verb too (ابننا الكبير يقول لنا، كانت جدتي
// تقول), in the words the text names them by.
func TestNestedKin(t *testing.T) {
	for _, tc := range []struct{ text, outer, inner string }{
		{`وقالت هالة يوسف: «معلمنا القديم كان يقول لنا: "الكتاب لا يخون"، وما زلت أصدقه».`, "هالة يوسف", "معلمنا القديم|الكتاب لا يخون"},
		{`وقال سامر عيد: «كان جدّي يقول: "البيت لمن يسكنه"».`, "سامر عيد", "جدّي|البيت لمن يسكنه"},
		{`وتقول ليلى: «أختنا الصغرى تسألني كل ليلة: 'متى نرجع؟'. ولا أجيبها».`, "ليلى", "أختنا الصغرى|متى نرجع؟"},
		{`وقال فراس: «زوجتي تقول لنا كل صباح: "اصبروا"، ونصبر».`, "فراس", "زوجتي|اصبروا"},
		{`وقالت المعلمة رنا: «تلميذاتنا يسألنني كل صباح: 'هل نعود غدًا؟' ولا أعرف ماذا أقول».`, "رنا", "تلميذاتنا|هل نعود غدًا؟"},
		// The relative as the narration names them, and by the name it
		// gives them later.
		{`وأشار سليم إلى أن والده كان مزارعًا، وقال: «كان أبي يقول دائمًا: "الأرض لا تخون"، وأنا أصدقه».`, "سليم", "والده|الأرض لا تخون"},
		{`وأشار النجار إلى أن جده علّمه المهنة، وقال: «كان جدي يقول لي: "الخشب يسمع"، وما زلت أصدقه».`, "النجار", "جده|الخشب يسمع"},
		{"وتحدثت نادية عن ابنتها التي تسكن في المدينة، قائلة: «اتصلت بي ابنتي أمس، وقالت لي: 'لا تخافي يا أمي'».\n\nأما ابنتها، رنا الحسن، فقالت إن الطريق مقطوع.", "نادية", "رنا الحسن|لا تخافي يا أمي"},
		// The conjunction and a verb of the relative's before the cue
		// are no part of the relation.
		{`وقالت أم خالد: «كان الماء يرتفع، وابني يصرخ ويقول: "أمي، اخرجي"».`, "أم خالد", "ابني|أمي، اخرجي"},
		{`وروت أم خالد أن ابنها كان معها. وقالت: «كان الماء يرتفع، وابني كان يصرخ ويقول: "أمي، اخرجي"».`, "أم خالد", "ابنها|أمي، اخرجي"},
		{`وقال سعيد: «كانت زوجتي تبكي وتقول: "لن نعود"».`, "سعيد", "زوجتي|لن نعود"},
		{`وقال سعيد: «ووالدتي كانت تبكي وتقول: "لن نعود"».`, "سعيد", "والدتي|لن نعود"},
		// "They" are the body the outer quotation or the article names.
		{`وقال الدكتور سامي حداد: «طلبنا من البلدية شاحنة إضافية، فقالوا لنا: "انتظروا حتى الأسبوع المقبل"، ولم تأت».`, "سامي حداد", "البلدية|انتظروا حتى الأسبوع المقبل"},
		{`وكانت بلدية الميناء قد وعدت بإصلاح الخط. وقال الدكتور سامي حداد: «طلبنا من البلدية شاحنة إضافية، فقالوا لنا: "انتظروا حتى الأسبوع المقبل"».`, "سامي حداد", "بلدية الميناء|انتظروا حتى الأسبوع المقبل"},
		{"Northgate Energy has run the plant since 1998.\n\n“Every year, they told us, ‘The smell is harmless,’ and every year it got worse,” said a retired nurse, Joan Pike.", "Joan Pike", "Northgate Energy|The smell is harmless,"},
		{"“We wrote to the water board twice, and they told us, ‘Nothing can be done,’ so we gave up,” said farmer Ian Bell.", "Ian Bell", "the water board|Nothing can be done,"},
		// A body of the narration is not who "they" are in a quotation
		// that names a plural of its own (جيراننا).
		{`وأعلنت شركة الكهرباء قطع التيار. وقالت سلمى: «سألت جيراننا، فقالوا: "لا نعرف شيئًا"».`, "سلمى", "|لا نعرف شيئًا"},
	} {
		got := find(t, tc.text)
		if len(got) != 2 || !strings.HasPrefix(got[0], tc.outer+"|") || got[1] != tc.inner {
			t.Errorf("%s\n found %q, want %s outside and %q inside", tc.text, got, tc.outer, tc.inner)
		}
	}
}

// TestEnglishKin checks the English forms: a contracted pronoun is a
// pronoun (He'd say), "they" in a quotation are the people named last
// in the plural, "her father" of the daughter named (His daughter,
// Nell Orr,) is the one whose daughter she is, "I kept telling" is the outer speaker's own, a
// cue's subject "the daughter of …" is the daughter and not the one
// named in its apposition, who is "her mother" to her when a nested
// quotation in a quotation over paragraphs says "she kept asking me", and a long description before a relative
// clause gives its noun for a person.
func TestEnglishKin(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`Asked what his mother would think, Ben Ortiz smiled. "She'd say, 'Eat first.' She said it to everyone," he said.`,
			"Ben Ortiz|She'd say, 'Eat first.' She said it to everyone,\nmother|Eat first."},
		{`"I kept telling them, 'The roof will go,' and it went," said Rosa Lind.`,
			"Rosa Lind|I kept telling them, 'The roof will go,' and it went,\nRosa Lind|The roof will go,"},
		{`The baker Ivo Marsh said a stranger had run into the shop. "He was yelling, 'Get out now!' and we ran," Marsh said.`,
			"Marsh|He was yelling, 'Get out now!' and we ran,\nstranger|Get out now!"},
		{`Sam Orr said his neighbours had stopped calling the council. "They just say, 'Nothing will change.' I can't blame them."`,
			"Sam Orr|They just say, 'Nothing will change.' I can't blame them.\nneighbours|Nothing will change."},
		{"Tom Orr sold fish here for fifty years. His daughter, Nell Orr-Kent, runs the stall now.\n\nShe said her father had never taken a day off. \"He always said, 'The market waits for nobody.' He meant it,\" she said.",
			"Nell Orr-Kent|He always said, 'The market waits for nobody.' He meant it,\nTom Orr|The market waits for nobody."},
		{`Among the crowd was Nadia Holt, whose brother Sami drives the night bus. "He phoned at six and said, 'Keep my dinner warm.' He never came," she said.`,
			"Nadia Holt|He phoned at six and said, 'Keep my dinner warm.' He never came,\nSami|Keep my dinner warm."},
		{`Ann Lee said her late husband had built the shop. "He always told the boys, 'Measure twice,' and they still do," she said.`,
			"Ann Lee|He always told the boys, 'Measure twice,' and they still do,\nhusband|Measure twice,"},
		{`Ruth Vale runs the farm with her son Kit. "The frost came early," her son said.`, "Kit|The frost came early,"},
		{`At the hearing, the daughter of one tenant, 80-year-old Agnes Pole, who still lives there, said the heating had failed. "We wrote to them every week."`,
			"daughter|We wrote to them every week."},
		{"At the inquest, the daughter of one patient, 88-year-old Edith Crane, who died in March, said her mother had been frightened.\n\n“My mum never complained. She was proud.\n\n“At the end she kept asking me, ‘Where is my room?’ I had no answer.”",
			"daughter|My mum never complained. She was proud.\ndaughter|At the end she kept asking me, ‘Where is my room?’ I had no answer.\nEdith Crane|Where is my room?"},
		{`A security guard at St. Clement's, who asked not to be named, said the lifts had failed twice. "We carried them down," he said.`,
			"security guard|We carried them down,"},
	} {
		got, want := find(t, tc.text), strings.Split(tc.want, "\n")
		if !samePairs(got, want) {
			t.Errorf("%s\n found %q\n want  %q", tc.text, got, want)
		}
	}
}

// TestNestedParent checks that words quoted inside a speaker's quotation
// and given to "Dad" or "my mum" are said by the person the text named as
// that speaker's father or mother.
func TestNestedParent(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"nested", "The fox was found by Alan Pike, a retired baker. His daughter, Nina, was there. \u201cDad kept shouting, \u2018Get the net,\u2019 at nobody,\u201d she said.", "Alan Pike|Get the net,"},
		{"nested", "The fire was spotted by Ruth Hale, a teacher. Her son, Ben, rang the brigade. \u201cMy mum just said, \u2018Out, now,\u2019 and we ran,\u201d he said.", "Ruth Hale|Out, now,"},
		{"nested", "Ruth Hale, a teacher, saw the smoke. Ben Cole, a neighbour, rang the brigade. \u201cMy mum just said, \u2018Out, now,\u2019 and we ran,\u201d he said.", "My mum|Out, now,"},
	} {
		found := false
		for _, p := range find(t, tc.text) {
			found = found || samePair(p, tc.want)
		}
		if !found {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, find(t, tc.text), tc.want)
		}
	}
}

// TestRelationThatOpensAClause: after أن or إن a relation (والده،
// والدتها) is the subject of its clause and the word after it is its
// verb, no name: an empty cue after it goes to the one who spoke.
func TestRelationThatOpensAClause(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"أما ابنه الأكبر، المحامي طارق المصري، فيقول إن والده رفض عروضًا كثيرة للسفر. وأوضح: «عرضوا عليه أن يدرّس في الخارج، لكنه بقي هنا».", "طارق المصري"},
		{"وتحدث المهندس سامي الخوري عن سنوات الجفاف، وأوضح أن والده ترك دفترًا فيه مواعيد الري كلها. وأضاف: «ما زلنا نسقي الأرض بحسب ذلك الدفتر».", "سامي الخوري"},
		{"وقالت الطالبة رنا العلي إن والدتها اتصلت بها فور إعلان النتائج. وأضافت: «بكت أمي على الهاتف قبل أن أبكي أنا».", "رنا العلي"},
	})
}

// TestCueGoesOnWithTheClauseAfterAn: a cue with و after a clause of أن
// whose subject is a relation goes on with that clause's subject, not
// with the one who reports it.
func TestCueGoesOnWithTheClauseAfterAn(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وأوضح حسن العلي أن ابنه اتصل به قبل منتصف الليل وقال له: «يا أبي، اخرج الآن ولا تأخذ شيئًا».", "ابنه"},
		{"وروى شقيقها، المعلم إياد داود، أن ابنة أخته اتصلت به قبل الانهيار بساعة وقالت له: «خالي، الجدار في غرفتي فيه شق كبير».", "ابنة أخته"},
		{"وقالت سناء عبيدات إن ابنها كان يقود السيارة ببطء، وقالت: «لم يكن مسرعًا أبدًا».", "سناء عبيدات"},
	})
}

// TestRelativeOfOneNamed: a relation in construct with a description and
// a name (والد اللاعبة تالا منصور، زوجة المتهم سامي الخطيب) is the
// relative of the one named: they speak, not the player or the accused.
func TestRelativeOfOneNamed(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وقال والد اللاعبة تالا منصور، الذي حضر المباراة مع زوجته وأبنائه الثلاثة: «كانت ترمي الكرة على جدار البيت كل يوم».", "والد اللاعبة"},
		{"وقالت زوجة المتهم سامي الخطيب للصحفيين بعد الجلسة: «زوجي بريء، وسنستأنف الحكم».", "زوجة المتهم"},
	})
}
