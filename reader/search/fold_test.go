package search

import (
	"slices"
	"testing"
	"unicode"
)

func TestFold(t *testing.T) {
	plain := folder{}
	caseless := folder{caseless: true}
	digits := folder{digits: true}
	tests := []struct {
		f    folder
		r    rune
		want rune
	}{
		{plain, 'a', 'a'},
		{plain, 'A', 'A'},
		{caseless, 'a', 'A'},
		{caseless, 'A', 'A'},
		{caseless, 'é', 'É'},
		{caseless, 'É', 'É'},
		{caseless, 'K', 'K'}, // Kelvin sign
		{caseless, 'ſ', 'S'},
		{caseless, 'ς', caseKey('σ')},
		{caseless, 'İ', 'İ'}, // no simple case folding: not i
		{plain, 'أ', 'ا'},
		{plain, 'إ', 'ا'},
		{plain, 'آ', 'ا'},
		{plain, 'ٱ', 'ا'},
		{plain, 'ى', 'ي'},
		{plain, 'ئ', 'ي'},
		{plain, 'ة', 'ه'},
		{plain, 'ؤ', 'و'},
		{plain, 'ء', 'ء'},
		{plain, 'ب', 'ب'},
		{plain, '\u064B', ignored},  // tanween fath
		{plain, '\u0651', ignored},  // shadda
		{plain, '\u0652', ignored},  // sukun
		{plain, '\u0653', '\u0653'}, // maddah above is not in the list
		{plain, '\u0670', ignored},  // superscript alef
		{plain, '\u0640', ignored},  // tatweel
		{plain, '٣', '٣'},
		{digits, '٣', '3'},
		{digits, '۷', '7'},
		{digits, '3', '3'},
		{plain, '٪', '٪'},
		{plain, '’', '’'},
		{caseless, 'א', 'א'},
	}
	for _, tt := range tests {
		if got := tt.f.fold(tt.r); got != tt.want {
			t.Errorf("%+v.fold(%q) = %q, want %q", tt.f, tt.r, got, tt.want)
		}
	}
}

// TestNoCaseRange checks the range caseKey skips.
func TestNoCaseRange(t *testing.T) {
	for r := rune(0x0590); r < 0x10A0; r++ {
		if unicode.SimpleFold(r) != r {
			t.Fatalf("%U has a case orbit", r)
		}
	}
}

// TestSpellings checks that spellings lists exactly the runes that fold
// like r.
func TestSpellings(t *testing.T) {
	runes := []rune{'a', 'k', 's', 'é', 'σ', 'İ', 'ı', 'ا', 'أ', 'ي', 'ى', 'ه', 'ة', 'و', 'ب', '3', '٣', '%', 'ǅ'}
	for _, f := range []folder{{}, {caseless: true}, {digits: true}, {caseless: true, digits: true}} {
		for _, r := range runes {
			var want []rune
			for x := rune(0); x < 0x1F000; x++ {
				if f.fold(x) == f.fold(r) {
					want = append(want, x)
				}
			}
			got := slices.Clone(f.spellings(r))
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%+v.spellings(%q) = %q, want %q", f, r, got, want)
			}
		}
	}
}

// TestFoldSpellings checks that Fold makes the spellings the matcher
// treats as one the same string: harakat, alef forms, case and digits.
func TestFoldSpellings(t *testing.T) {
	for _, c := range [][2]string{
		{"هجومًا", "هجوما"},
		{"أحمد", "احمد"},
		{"مدرسة", "مدرسه"},
		{"Aleppo", "aleppo"},
		{"١٢٣", "123"},
	} {
		if a, b := Fold(c[0]), Fold(c[1]); a != b {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q: want the same", c[0], a, c[1], b)
		}
	}
	if Fold("حلب") == Fold("حرب") {
		t.Error("Fold makes different words the same")
	}
}
