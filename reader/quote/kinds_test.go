package quote

import "testing"

// TestDoctorKind checks that "the doctor" (الطبيب، الطبيبة) refers back
// to the person the article introduced with a doctor's title or a
// specialist's job (الدكتور، أخصائية), also past others named since.
func TestDoctorKind(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"وقال رئيس قسم الجراحة، الدكتور وائل حداد، إن الجرحى ثلاثة. وتابع الطبيب: «نحتاج إلى دم».", "وائل حداد|نحتاج إلى دم"},
		{"وقالت الأخصائية سلمى عيسى إن العيادة مزدحمة، وإن سمير فرح انتظر ساعتين. وأضافت الطبيبة: «نعمل بلا توقف».", "سلمى عيسى|نعمل بلا توقف"},
		// A doctor never introduced stays as the text gives it.
		{"وانتظر سمير فرح ساعتين أمام العيادة. وقال الطبيب: «لا أسرّة».", "الطبيب|لا أسرّة"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestBareEpithets checks that an epithet of one word for a person
// (الرجل، the teenager) refers back to the person named last, as "the
// man" does, and that one introduced after without a name keeps it.
func TestBareEpithets(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"وقال سليم النحاس إن دكانه مغلق منذ أسبوع.\nوقال الرجل: «لم يأت أحد».", "سليم النحاس|لم يأت أحد"},
		{"وتنتظر أم خالد (70 عامًا) أمام الفرن.\nوتقول المرأة التي فقدت بيتها: «ننتظر منذ الفجر».", "أم خالد|ننتظر منذ الفجر"},
		{`Tom Reilly, 16, sat the paper on Monday. The teenager said: "It was harder than the mock."`, "Tom Reilly|It was harder than the mock."},
		{"وقال سامي عيد إن المحل مغلق. ودخل رجل إلى المحل. وقال الرجل: «أريد الخبز فقط».", "الرجل|أريد الخبز فقط"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestReportingParticiples checks that a reporting verb's participle
// opening a sentence (Asked, Speaking) is never the speaker of the
// quotation after it: the person the pronoun refers to is.
func TestReportingParticiples(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Nora Bell said the shop would reopen.\n\nAsked whether she ever thinks about the old street, she laughed. “Every single day, to be honest.”", "Nora Bell|Every single day, to be honest."},
		{"Jo Bright said the bridge was safe.\n\nSpeaking after the meeting, she sighed. “We did what we could.”", "Jo Bright|We did what we could."},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}
