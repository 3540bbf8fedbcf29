package quote

import "testing"

// TestTitledAppositions checks the name given in commas after a
// description that holds a place, a name in marks or a title of its own,
// and after one of a group (إحدى المتطوعات), and that a speaker named by
// an honorific and a surname is the surname without the title.
func TestTitledAppositions(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"description", `وقال رئيس قسم الطوارئ في المستشفى الوطني، الدكتور نادر سلوم، للصحفيين: «استقبلنا عشرين جريحًا».`, "نادر سلوم|استقبلنا عشرين جريحًا"},
		{"description", `وقالت مديرة المكتبة في الجامعة، الأستاذة هيفاء مراد، إن الكتب وصلت. وأضافت: «رتبناها في يومين».`, "هيفاء مراد|رتبناها في يومين"},
		{"description", `وقال صاحب مقهى «الياسمين» في السوق القديم، جورج نخلة، إنه أغلق، وتابع: «لا زبائن بعد العاشرة».`, "جورج نخلة|لا زبائن بعد العاشرة"},
		{"description", `وقال صاحب مطعم "الزيتونة" في الساحة، كريم الحايك: «الأسعار تضاعفت».`, "كريم الحايك|الأسعار تضاعفت"},
		{"groups", `وقال أحد المسعفين في الفريق، باسل الخوري، إن الطريق مقطوع، وأضاف: «وصلنا سيرًا على الأقدام».`, "باسل الخوري|وصلنا سيرًا على الأقدام"},
		{"groups", `وقالت إحدى المعلمات في المدرسة، سلوى حيدر: «الصفوف باردة».`, "سلوى حيدر|الصفوف باردة"},
		// One of a group whose apposition is no name stays a description.
		{"groups", `وقال أحد العمال في المصنع، طالبًا عدم ذكر اسمه: «لم نقبض منذ شهرين».`, "أحد العمال|لم نقبض منذ شهرين"},
		{"honorifics", `وقال الطبيب رامي العطار إن الجناح ممتلئ. وردّ الدكتور العطار على سؤال عن الأدوية بقوله: «المخزون يكفي أسبوعًا».`, "رامي العطار|المخزون يكفي أسبوعًا"},
		{"honorifics", `وقالت المهندسة ريم الساعاتي إن الجسر آمن. وختمت المهندسة الساعاتي: «سنفتحه الأحد».`, "ريم الساعاتي|سنفتحه الأحد"},
		// A title before a body's name is what the title is of.
		{"honorifics", `وتجمع عشرات الخبازين أمام المديرية. وقال نقيب الخبازين جميل سعادة: «لن نخبز بخسارة».`, "جميل سعادة|لن نخبز بخسارة"},
	} {
		got := find(t, tc.text) // the quotation checked is the text's last
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}
