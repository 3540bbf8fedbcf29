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
