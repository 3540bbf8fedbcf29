package quote

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestRuneTables checks wordRune and isSpace, which read tables for the
// characters of most articles, against their definitions for every
// character.
func TestRuneTables(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if wordRune(r) != wordRuneOf(r) {
			t.Errorf("wordRune(%U) = %v", r, wordRune(r))
		}
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}

// TestDecode checks decode against utf8.DecodeRuneInString on every
// string of up to two bytes and on those of three and four bytes.
func TestDecode(t *testing.T) {
	check := func(s string) {
		r, n := decode(s)
		if r2, n2 := utf8.DecodeRuneInString(s); r != r2 || n != n2 {
			t.Fatalf("decode(%q) = %U, %d; utf8 says %U, %d", s, r, n, r2, n2)
		}
	}
	check("")
	for a := 0; a < 256; a++ {
		check(string([]byte{byte(a)}))
		for b := 0; b < 256; b++ {
			check(string([]byte{byte(a), byte(b)}))
			check(string([]byte{byte(a), byte(b), 0x80}))
			check(string([]byte{byte(a), byte(b), 0x80, 0x80}))
		}
	}
}
