package quote

import "testing"

// TestSpeakerGroupNoun checks that a group named by a noun of people who
// act together (a rescue team, the second crew) is no one a singular
// pronoun cue refers back to; "they said" still does.
func TestSpeakerGroupNoun(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"groups", `Tom Baird said a rescue team confirmed the damage on Friday. "The roof is gone," he added.`, "Tom Baird|The roof is gone,"},
		{"groups", `Ann Lee said the pipes burst in May, and a second crew reported more leaks. "We dug for a week," she said.`, "Ann Lee|We dug for a week,"},
		{"groups", `Nora Quill, the site manager, said a night crew finished the work. "It took us a month," she said.`, "Nora Quill|It took us a month,"},
		{"groups", `Jo Kerr, the mayor, spoke first, and a rescue team confirmed the damage. "We have not slept," they said.`, "rescue team|We have not slept,"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestGroupsInAStatement: a group of people who speak in a statement or
// a letter (وقال المزارعون في بيان، وقال الطلاب في رسالة) are the group
// as the cue names it, not a body nor an earlier, longer mention of them.
func TestGroupsInAStatement(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"ويقول مزارعون في سهل الغدير إن الموسم ضاع. وأعلنت وزارة الزراعة حالة التأهب. وقال المزارعون في بيان مشترك وقّعه أكثر من ثلاثمئة منهم: «زرعنا البذور في تشرين الأول، وما زالت الأرض عطشى».", "المزارعون"},
		{"ويستقبل الخطاط منذ عامين مجموعة من طلاب معهد الفنون التطبيقية مرة في الأسبوع. وقال الطلاب في رسالة جماعية علّقوها على جدار الدكان: «شكرًا لأنك علّمتنا أن الصبر جزء من الخط».", "الطلاب"},
		{"وأقيمت حديقة صغيرة يزورها سكان حي الورود كل مساء. وقال السكان في بيان تلاه أحدهم: «نريد أن يُفحص كل مبنى في الحي، لا أن ننتظر الكارثة التالية».", "السكان"},
	})
}
