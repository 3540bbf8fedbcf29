package store

import (
	"strings"
	"testing"
)

const english = "The minister arrived in Geneva on Monday. \"We will not accept any deal that leaves our farmers behind,\" she said, before the talks began. " +
	"Officials said the talks would last three days. \"We will not accept any deal,\" a spokesman repeated later. The weather was cold."

const arabic = "وصل الوزير إلى جنيف يوم الاثنين. وقال لافروف: «لن نقبل أي اتفاق يترك مزارعينا خلفه» قبل بدء المحادثات. " +
	"وقال المسؤولون إن المحادثات ستستمر ثلاثة أيام. وكرر متحدث لاحقا: «لن نقبل أي اتفاق». وكان الطقس باردا."

// find returns the anchor of the first occurrence of sub in text.
func find(t *testing.T, text, sub string) anchor {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return newAnchor(text, i, i+len(sub))
}

func TestLocate(t *testing.T) {
	for _, tc := range []struct {
		name        string
		text, quote string
		edit        func(string) string
		want        string // the text it must be found at; "" for an orphan
	}{
		{"unchanged", english, "leaves our farmers behind", func(s string) string { return s }, "leaves our farmers behind"},
		{"shifted", english, "leaves our farmers behind", func(s string) string { return "Updated at 10:00. " + s }, "leaves our farmers behind"},
		{"word inside changed", english, "We will not accept any deal that leaves our farmers behind",
			func(s string) string { return strings.Replace(s, "any deal that", "a deal which", 1) }, "We will not accept a deal which leaves our farmers behind"},
		{"context changed a little", english, "the talks would last three days",
			func(s string) string { return strings.Replace(s, "Officials said", "Officials told reporters", 1) }, "the talks would last three days"},
		{"passage deleted, look-alike elsewhere", english, "We will not accept any deal",
			func(s string) string {
				return strings.Replace(s, "\"We will not accept any deal that leaves our farmers behind,\" she said, before", "Before", 1)
			}, ""},
		{"passage rewritten", english, "the talks would last three days",
			func(s string) string {
				return strings.Replace(s, "the talks would last three days", "nobody knew how long it would go on", 1)
			}, ""},
		{"arabic shifted", arabic, "لن نقبل أي اتفاق يترك مزارعينا خلفه", func(s string) string { return "تحديث: " + s }, "لن نقبل أي اتفاق يترك مزارعينا خلفه"},
		{"arabic word changed", arabic, "لن نقبل أي اتفاق يترك مزارعينا خلفه",
			func(s string) string { return strings.Replace(s, "مزارعينا", "فلاحينا", 1) }, "لن نقبل أي اتفاق يترك فلاحينا خلفه"},
		{"arabic deleted, look-alike elsewhere", arabic, "لن نقبل أي اتفاق",
			func(s string) string {
				return strings.Replace(s, "وقال لافروف: «لن نقبل أي اتفاق يترك مزارعينا خلفه» قبل", "قبل", 1)
			}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := find(t, tc.text, tc.quote)
			text := tc.edit(tc.text)
			s, e, ok := locate(text, a)
			if tc.want == "" {
				if ok {
					t.Fatalf("found at %q, want an orphan", text[s:e])
				}
				return
			}
			if !ok {
				t.Fatalf("not found, want %q", tc.want)
			}
			if text[s:e] != tc.want {
				t.Fatalf("found %q, want %q", text[s:e], tc.want)
			}
			if i := strings.Index(text, tc.want); i != s {
				t.Fatalf("found at %d, want %d", s, i)
			}
		})
	}
}

func TestLocateNearestOfSeveral(t *testing.T) {
	para := "Same words here. "
	text := strings.Repeat(para, 40)
	i := 20 * len(para)
	a := newAnchor(text, i, i+len("Same words"))
	edited := "Prefix. " + text
	s, _, ok := locate(edited, a)
	if !ok || s != i+len("Prefix. ") {
		t.Fatalf("got %d %v, want %d", s, ok, i+len("Prefix. "))
	}
}

func TestLocateAllFollowsShift(t *testing.T) {
	text := strings.Repeat(english+" ", 50)
	var as []anchor
	for i := 0; i+200 < len(text); i += 997 {
		as = append(as, newAnchor(text, runeStart(text, i), runeStart(text, i+40)))
	}
	edited := strings.Repeat("An inserted paragraph. ", 1000) + text
	want := make([]string, len(as))
	for i, a := range as {
		want[i] = a.Exact
	}
	lost := locateAll(edited, as)
	for i, a := range as {
		if lost[i] || edited[a.Start:a.End] != want[i] {
			t.Errorf("anchor %d: lost %v, at %q", i, lost[i], edited[a.Start:a.End])
		}
	}
}

func TestNewAnchorRunes(t *testing.T) {
	i := strings.Index(arabic, "لافروف")
	a := newAnchor(arabic, i+1, i+len("لافروف")-1) // inside characters
	if a.Exact != "لافرو" {
		t.Errorf("exact %q", a.Exact)
	}
	if n := len([]rune(a.Prefix)); n != contextRunes {
		t.Errorf("prefix has %d characters", n)
	}
	if n := len([]rune(a.Suffix)); n != contextRunes {
		t.Errorf("suffix has %d characters", n)
	}
	if b := newAnchor("abc", 5, -1); b.Exact != "" || b.Start != 3 {
		t.Errorf("out of range: %+v", b)
	}
}

func TestSimilarity(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"", "", 1}, {"abc", "abc", 1}, {"abc", "", 0}, {"abcd", "abed", 0.75}, {"قال", "قالت", 0.75},
	} {
		if got := similarity(tc.a, tc.b); got != tc.want {
			t.Errorf("similarity(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	long := strings.Repeat("abcdefghij", 300)
	if got := similarity(long, long[:len(long)-10]+"xxxxxxxxxx"); got < 0.99 {
		t.Errorf("long strings: %v", got)
	}
	if got := similarity(long, "abc"); got > 0.01 {
		t.Errorf("long and short: %v", got)
	}
}

func TestLocateLongEditedHighlight(t *testing.T) {
	text := longText(30)
	i := strings.Index(text, "P10.")
	j := strings.Index(text, "P14.")
	a := newAnchor(text, i, j)
	edited := strings.Replace(text, "P12. The minister", "P12. The foreign minister", 1)
	edited = strings.Replace(edited, "P2. ", "P2. Updated. ", 1)
	s, e, ok := locate(edited, a)
	if !ok || edited[s:e] != edited[strings.Index(edited, "P10."):strings.Index(edited, "P14.")] {
		t.Fatalf("got %v %q", ok, edited[s:e])
	}
}
