package quote

import "testing"

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
		{"kunya", `هل يبقى السكان أم يرحلون؟ سؤال تطرحه الجمعيات. ويقول رامي سعد: «لن نرحل».`, "رامي سعد|لن نرحل"},
		{"kunya", `أما ابنتها، هبة الساعي، فقالت إنها تأخرت عن الدوام بسبب انقطاع الطرق، وأضافت: «لم يصل الباص».`, "هبة الساعي|لم يصل الباص"},
		{"kunya", `قال قائد فرقة الإنقاذ: «وصلنا متأخرين». أما ابنه، سامر حداد، فقال إنه انتظر وصول الإنقاذ ساعتين، وأضاف: «لم نر أحدًا».`, "سامر حداد|لم نر أحدًا"},
	} {
		if got := find(t, tc.text); len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}
