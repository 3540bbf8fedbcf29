package layout

import (
	"strings"
	"testing"

	"qari/reader"
)

// TestParagraphDirection: a paragraph takes its first strong character's
// direction (UBA P2) unless most of its letters go the document's way;
// HTML dir always wins.
func TestParagraphDirection(t *testing.T) {
	const (
		latinFirst  = "Unicode يحدد لكل حرف اتجاهًا، ولهذا تبدأ الدورة بتمارين على جمل تخلط العربية بالإنجليزية."
		arabicFirst = "مرحبا: the course is taught in Arabic and English every morning."
		heading     = "دورة الترجمة التقنية الصيفية 2025 (Summer Technical Translation Course)"
		arabic      = "في حين يواصل وزير الخارجية الأميركي"
		english     = "Sessions are taught in Arabic and English, then مرحبا بكم في الدورة."
	)
	for _, tc := range []struct {
		name     string
		text     string
		doc, blk reader.Direction
		rtl      bool
	}{
		{"mostly arabic, latin first, arabic article", latinFirst, reader.DirRTL, reader.DirAuto, true},
		{"mostly arabic, latin first, article of no direction", latinFirst, reader.DirAuto, reader.DirAuto, false},
		{"mostly arabic, latin first, english article", latinFirst, reader.DirLTR, reader.DirAuto, false},
		{"mostly english, arabic first, english article", arabicFirst, reader.DirLTR, reader.DirAuto, false},
		{"mostly english, arabic first, arabic article", arabicFirst, reader.DirRTL, reader.DirAuto, true},
		{"arabic heading with an english gloss", heading, reader.DirRTL, reader.DirAuto, true},
		{"english paragraph in an arabic article", english, reader.DirRTL, reader.DirAuto, false},
		{"arabic", arabic, reader.DirLTR, reader.DirAuto, true},
		{"html dir wins", arabic, reader.DirRTL, reader.DirLTR, false},
		{"no letters: the article's", "2025 — 36 / 12", reader.DirRTL, reader.DirAuto, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := docOf(blk{text: tc.text, dir: tc.blk})
			doc.Dir = tc.doc
			lines := Block(doc, 0, Options{Width: 30, Bidi: BidiApp})
			if lines[0].RTL != tc.rtl {
				t.Errorf("%q: RTL %v, want %v", tc.text, lines[0].RTL, tc.rtl)
			}
			if right := lines[0].Indent+lines[0].Width == 30; tc.rtl && !right {
				t.Errorf("%q: the first line is not flush right: %q", tc.text, show(lines[0]))
			}
		})
	}
}

// TestMixedSampleDirections: in the mixed sample, every Arabic line reads
// right to left (line 3 too, which starts with "Unicode") and the English
// line left to right, as its truth file says.
func TestMixedSampleDirections(t *testing.T) {
	doc, err := reader.Load("../../samples/mixed-sample-bidi.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range doc.Blocks {
		text := doc.Text[b.Start:b.End]
		if b.Line < 1 || b.Line > 10 {
			continue
		}
		want := !strings.HasPrefix(text, "Sessions")
		if got := Block(doc, doc.BlockAt(b.Start), Options{Width: 60})[0].RTL; got != want {
			t.Errorf("line %d %q: RTL %v, want %v", b.Line, text, got, want)
		}
	}
}
