package shape

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// runes returns the glyphs' characters as hex code points.
func runes(gs []Glyph) string {
	s := make([]string, len(gs))
	for i, g := range gs {
		s[i] = fmt.Sprintf("%04X", g.Rune)
	}
	return strings.Join(s, " ")
}

// Expected forms of words of the seed and of Persian and Urdu words.
func TestArabic(t *testing.T) {
	tests := []struct{ word, want string }{
		{"حلب", "FEA3 FEE0 FE90"},
		{"لافروف", "FEFB FED3 FEAE FEED FED1"},
		{"الأسد", "FE8D FEF7 FEB3 FEAA"},
		{"وإلى", "FEED FE87 FEDF FEF0"}, // alef maksura is no alef
		{"سلام", "FEB3 FEFC FEE1"},
		{"الآن", "FE8D FEF5 FEE5"},
		{"في", "FED3 FEF2"},
		{"كَتَبَ", "FEDB 064E FE98 064E FE90 064E"},
		{"لَا", "FEFB 064E"},                                         // harakat between lam and alef
		{"بَلَا", "FE91 064E FEFC 064E"},                             // final lam-alef
		{"بـب", "FE91 0640 FE90"},                                    // tatweel joins
		{"ب\u200d", "FE91 200D"},                                     // ZWJ joins
		{"می\u200cخواهم", "FEE3 FBFD 200C FEA7 FEEE FE8D FEEB FEE2"}, // ZWNJ breaks
		{"گچ", "FB94 FB7B"},
		{"پاکستان", "FB58 FE8E FB90 FEB4 FE98 FE8E FEE5"},
		{"ژ", "FB8A"},
		{"ہے", "FBA8 FBAF"},
		{"ی", "FBFC"},
		{"پڑھ", "FB58 FB8D FBAA"},
		{"ٹھیک", "FB68 FBAD FBFF FB8F"},
		{"کتاب\u200cها", "FB90 FE98 FE8E FE8F 200C FEEB FE8E"},
		{"ـب", "0640 FE90"},
		{"بـ", "FE91 0640"},
		{"\u200dب", "200D FE90"},
		{"\uA872ب", "A872 FE90"}, // left-joining (type L) Phags-pa ra
		{"لٰا", "FEFB 0670"},     // superscript alef is transparent
		{"ء", "0621"},            // hamza joins nothing: no isolated form needed
		{"abc 12", "0061 0062 0063 0020 0031 0032"},
		{"\xff", "FFFD"},
	}
	for _, tt := range tests {
		if got := runes(Arabic(tt.word)); got != tt.want {
			t.Errorf("Arabic(%q) = %s, want %s", tt.word, got, tt.want)
		}
	}
}

// TestArabicRanges checks the source ranges: one glyph per rune but a
// lam-alef ligature, which covers both letters and the marks between.
func TestArabicRanges(t *testing.T) {
	gs := Arabic("بَلَا")
	want := []Glyph{{0xFE91, 0, 2}, {0x064E, 2, 4}, {0xFEFC, 4, 10}, {0x064E, 6, 8}}
	if fmt.Sprint(gs) != fmt.Sprint(want) {
		t.Errorf("Arabic ranges %v, want %v", gs, want)
	}
}

func TestNeeded(t *testing.T) {
	for text, want := range map[string]bool{"abc": false, "": false, "١٢٣": false, "abc ب": true, "ی": true} {
		if got := Needed(text); got != want {
			t.Errorf("Needed(%q) = %v, want %v", text, got, want)
		}
	}
}

// arabicWords returns the runs of Arabic letters, harakat, tatweel, ZWJ and
// ZWNJ in the samples, NFKC-normalised, each once.
func arabicWords(t *testing.T) []string {
	files, err := filepath.Glob("../../../samples/*.*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	seen := map[string]bool{}
	var words []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := norm.NFKC.String(string(data))
		for _, w := range strings.FieldsFunc(text, func(r rune) bool {
			return !(unicode.Is(unicode.Arabic, r) && !unicode.IsDigit(r) && !unicode.IsPunct(r) ||
				unicode.Is(unicode.Mn, r) || r == 0x200C || r == 0x200D)
		}) {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	return words
}

// withoutMarks drops transparent characters (harakat).
func withoutMarks(rs []rune) []rune {
	out := rs[:0:0]
	for _, r := range rs {
		if joinTypeOf(r) != joinT {
			out = append(out, r)
		}
	}
	return out
}

// TestFribidi compares Arabic with GNU FriBidi letter by letter on every
// word of the samples. FriBidi gets the words without harakat, since it
// does not form a lam-alef ligature across them, and prints visual order
// with U+FEFF where the alef of a ligature was.
func TestFribidi(t *testing.T) {
	fribidi, err := exec.LookPath("fribidi")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("fribidi is missing (install libfribidi-bin)")
		}
		t.Skip("fribidi is missing (install libfribidi-bin)")
	}
	words := arabicWords(t)
	var in bytes.Buffer
	for _, w := range words {
		in.WriteString(string(withoutMarks([]rune(w))) + "\n")
	}
	cmd := exec.Command(fribidi, "--rtl", "--nopad", "--nobreak", "--nomirror")
	cmd.Stdin = &in
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	pass := 0
	for i := 0; sc.Scan(); i++ {
		if i >= len(words) {
			t.Fatal("fribidi printed more lines than it was given")
		}
		var want []rune
		for _, r := range []rune(sc.Text()) {
			if r != 0xFEFF {
				want = append([]rune{r}, want...)
			}
		}
		var got []rune
		for _, g := range Arabic(words[i]) {
			got = append(got, g.Rune)
		}
		if g := string(withoutMarks(got)); g == string(want) {
			pass++
		} else {
			t.Errorf("%q: got %q, fribidi %q", words[i], g, string(want))
		}
	}
	t.Logf("fribidi: %d/%d words shaped alike", pass, len(words))
	if pass != len(words) {
		t.Errorf("fribidi: %d of %d words differ", len(words)-pass, len(words))
	}
}
