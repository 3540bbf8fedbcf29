package shape

import "testing"

// FuzzArabic checks that Arabic never panics, keeps logical order and
// accounts for every byte: glyphs' ranges are in order, inside the text, and
// together with a ligature's marks cover it without gaps.
func FuzzArabic(f *testing.F) {
	f.Add("بَلَا لإ ـ\u200dب\u200cی")
	f.Add("\xff\xfeل\u064e")
	f.Fuzz(func(t *testing.T, text string) {
		end := 0 // end of the source covered so far
		for _, g := range Arabic(text) {
			if g.Start < 0 || g.End > len(text) || g.Start >= g.End {
				t.Fatalf("glyph %v outside the text", g)
			}
			if g.Start > end {
				t.Fatalf("bytes %d to %d have no glyph", end, g.Start)
			}
			end = max(end, g.End)
		}
		if end != len(text) {
			t.Fatalf("glyphs cover %d of %d bytes", end, len(text))
		}
	})
}
