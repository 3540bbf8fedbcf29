package quote

import (
	"os"
	"strings"
	"testing"
)

// TestWordSet checks that a wordSet answers as a map of its words would:
// for lists of every size, on their own words, on the words of the
// samples and on words one byte away from theirs.
func TestWordSet(t *testing.T) {
	var text []string
	for _, name := range []string{"seed-aleppo.txt", "en-sample-harbor.txt", "ar-sample-school.md"} {
		data, err := os.ReadFile("../../samples/" + name)
		if err != nil {
			t.Fatal(err)
		}
		text = append(text, strings.Fields(string(data))...)
	}
	for n := 0; n <= 300; n += 7 {
		words := text[n*3 : n*4]
		s := set(strings.Join(words, " "))
		m := map[string]bool{}
		for _, w := range words {
			m[w] = true
		}
		probe := append([]string{""}, text...)
		for _, w := range words {
			probe = append(probe, w[:len(w)-1], w+"x", "x"+w[1:])
		}
		for _, w := range probe {
			if s.has(w) != m[w] || s.hasBytes([]byte(w)) != m[w] {
				t.Fatalf("set of %d words: has(%q) = %v, a map says %v", len(words), w, s.has(w), m[w])
			}
		}
	}
	if s := set("a", "b c", ""); !s.has("c") || s.has("") || s.has("d") {
		t.Error("set of a, b c")
	}
}
