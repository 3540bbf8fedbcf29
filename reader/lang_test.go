package reader

import (
	"strings"
	"testing"
)

func TestGuessLang(t *testing.T) {
	tests := []struct {
		name, text, lang string
		dir              Direction
	}{
		{"Arabic", "ذهب الولد إلى المدرسة صباحاً مع أخيه الصغير.", "ar", DirRTL},
		{"Persian letters", "این یک متن فارسی است که گربه و پدر و چای و ژاله دارد.", "fa", DirRTL},
		{"Urdu letters", "یہ ایک اردو جملہ ہے جس میں ٹ اور ڈ اور ڑ اور ں ہیں۔", "ur", DirRTL},
		{"Hebrew", "זהו משפט בעברית על הספר והבית.", "he", DirRTL},
		{"English", "The cat sat on the mat and it was happy with that.", "en", DirLTR},
		{"another Latin language", "Le chat est assis sur le tapis et il est content.", "", DirLTR},
		{"Greek", "Η γάτα κάθεται στο χαλί.", "", DirLTR},
		{"no letters", "1234 — 5678 …", "", DirAuto},
		{"English with an Arabic word", "The word " + "كتاب" + " means book in the language of the text.", "en", DirLTR},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if lang, dir := guessLang(tt.text); lang != tt.lang || dir != tt.dir {
				t.Errorf("guessLang(%q) = %q %v, want %q %v", tt.text, lang, dir, tt.lang, tt.dir)
			}
		})
	}
}

// TestParseGuessesLang checks that a document's Lang and Dir come from its
// text when the source declares none.
func TestParseGuessesLang(t *testing.T) {
	d, err := Parse("a.txt", []byte(strings.Repeat("ذهب الولد إلى المدرسة. ", 5)))
	if err != nil {
		t.Fatal(err)
	}
	if d.Lang != "ar" || d.Dir != DirRTL {
		t.Errorf("lang %q dir %v, want ar rtl", d.Lang, d.Dir)
	}
}
