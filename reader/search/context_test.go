package search

import (
	"strings"
	"testing"
)

// TestContext: a hit's context shows n runes of its line either side,
// "…" where the line goes on, never a mark without its letter, in a short
// line as in one of megabytes.
func TestContext(t *testing.T) {
	lines := "one two\nthree four five\nsix"
	long := strings.Repeat("a", 1<<20) + "X" + strings.Repeat("b", 1<<20)
	for _, tc := range []struct {
		text, word string
		n          int
		want       [3]string
	}{
		{lines, "four", 3, [3]string{"…ee ", "four", " fi…"}},
		{lines, "four", 10, [3]string{"three ", "four", " five"}},
		{lines, "three", 3, [3]string{"", "three", " fo…"}},
		{lines, "five", 3, [3]string{"…ur ", "five", ""}},
		{"قالَ الوزيرُ إنَّ", "الوزير", 2, [3]string{"… ", "الوزير", "ُ …"}},
		{"قالَ الوزيرُ إنَّ", "الوزير", 3, [3]string{"…لَ ", "الوزير", "ُ إ…"}},
		{long, "X", 5, [3]string{"…aaaaa", "X", "bbbbb…"}},
		{"\n" + strings.Repeat("ب", 70) + "X", "X", 70, [3]string{strings.Repeat("ب", 70), "X", ""}},
		{"a\tb X c", "X", 10, [3]string{"a b ", "X", " c"}},
	} {
		i := strings.Index(tc.text, tc.word)
		b, m, a := Context(tc.text, i, i+len(tc.word), tc.n)
		if got := [3]string{b, m, a}; got != tc.want {
			t.Errorf("Context of %q (n %d) = %q, want %q", tc.word, tc.n, got, tc.want)
		}
	}
}
