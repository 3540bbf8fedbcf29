package quote

import "testing"

// TestBodyNamedByHead checks that an Arabic body's definite description
// (الشركة) refers back to the body the article named before by
// the same noun in the construct state, with the words of its name and
// not the words after it, and that a body never named stays as it is.
func TestBodyNamedByHead(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"أعلنت شركة ألبان الوادي، أكبر منتج في المنطقة، رفع أسعارها.\n\nوقالت الشركة في بيان إن القرار سببه «ارتفاع كلفة العلف».", "شركة ألبان الوادي|ارتفاع كلفة العلف"},
		// The noun after ل, and a body of another kind named in its
		// introduction (المتعاقدة مع وزارة السياحة) that does not take it.
		{"وجّه النواب انتقادات لشركة الفجر للطيران المتعاقدة مع وزارة السياحة.\n\nوقالت الشركة إنها «تأسف للركاب».", "شركة الفجر|تأسف للركاب"},
		{"فازت شركة الأمل للمقاولات بعقد مع بلدية المدينة.\n\nوقالت الشركة إن العمل «سيبدأ الشهر المقبل».", "شركة الأمل|سيبدأ الشهر المقبل"},
		// A masculine word with the article after الشركة is the verb's
		// object, no adjective of the body.
		{"أعلنت شركة الفجر للطيران تأجيل رحلاتها.\n\nوأرجعت الشركة التأخير إلى «عطل في المحرك»، وقالت في بيان إنها «تأسف للركاب».", "شركة الفجر|تأسف للركاب"},
		{"وأكدت الشركة الوطنية أن الانقطاع «مؤقت».", "الشركة الوطنية|مؤقت"},
		// A body never named by its noun stays as the text gives it.
		{"وارتفعت أسعار الخبز في المدينة أمس.\n\nوقالت الشركة إن الأسعار «ستبقى كما هي».", "الشركة|ستبقى كما هي"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestArabicMentionsOfBodiesAndTitles: the grammar of Arabic mentions
// reads a title of a body in its construct (الأمين العام لنقابة عمّال
// الموانئ فادي السعدي), a body with what it is of after ل (الاتحاد الوطني
// للكرة الطائرة), a body that a masculine object follows (ونعت وزارة
// الثقافة الراحل), a body before what it does in commas (شركة مياه
// الساحل، المنفذة للمشروع،) and a son named نجل.
func TestArabicMentionsOfBodiesAndTitles(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وأكد الأمين العام لنقابة عمّال الموانئ فادي السعدي، في تصريح لوكالة الأنباء الرسمية، أن \"المطالب ليست تعجيزية. نطالب بما أقرّه قانون العمل منذ سنوات\".", "فادي السعدي"},
		{"غير أن الاتحاد الوطني للكرة الطائرة أكد في تصريح مقتضب أن «القرار صحيح وفق الإعادة بالفيديو».", "الاتحاد الوطني للكرة الطائرة"},
		{"ونعت وزارة الثقافة الراحل في بيان قالت فيه إن الساحة الفنية «فقدت واحدًا من آخر حرّاس المقام».", "وزارة الثقافة"},
		{"وأكدت شركة مياه الساحل، المنفذة للمشروع، في بيان أنها «ستعيد تصميم مسار الخط بالتنسيق مع المديرية».", "شركة مياه الساحل"},
		{"وقال نجله الأكبر، الصحفي كمال الحلّاق، في اتصال هاتفي: «رحل هادئًا كما عاش».", "كمال الحلّاق"},
	})
}

// TestTitleOfACommittee: a title of a committee (رئيس لجنة الحكام) reads
// on to its name in commas: لجنة opens with the letter of the preposition
// ل, and is none.
func TestTitleOfACommittee(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"وردّ رئيس لجنة الحكام في اتحاد الكرة، اللواء المتقاعد سمير عواد، في تصريح مقتضب: «سنراجع اللقطة بتقنية الفيديو».", "سمير عواد"},
		{"وقال رئيس لجنة أولياء الأمور، المهندس فادي نصر: «لن نرسل أولادنا إلى مبنى متصدع».", "فادي نصر"},
	})
}
