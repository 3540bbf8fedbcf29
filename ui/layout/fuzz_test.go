package layout

import (
	"testing"
	"unicode/utf8"

	"qari/reader"
)

// FuzzBlock lays out arbitrary text in every kind of block and mode and
// checks what a reader would notice: no panic, no control character on
// screen, lines within the column, lines covering the block in order.
func FuzzBlock(f *testing.F) {
	f.Add("في حين يواصل (وزير) «الخارجية» 70% لا", 20, uint8(0), uint8(0))
	f.Add("the quick\tbrown\nfox \x1b[31m日本語", 3, uint8(5), uint8(1))
	f.Add("", 1, uint8(3), uint8(2))
	f.Fuzz(func(t *testing.T, text string, width int, kind, mode uint8) {
		if !utf8.ValidString(text) || width > 500 || width < -5 {
			return
		}
		b := blk{kind: reader.BlockKind(kind % 8), text: text, level: kind % 4, ordinal: int32(kind)}
		doc := withSpan(docOf(b, blk{text: "next"}), reader.InlineQuote, text[:len(text)/2])
		opt := Options{Width: width, Bidi: BidiMode(mode % 3), Shape: mode&4 != 0}
		at := doc.Blocks[0].Start
		for _, l := range Block(doc, 0, opt) {
			if l.Start < at || l.End < l.Start {
				t.Fatalf("line %q covers [%d, %d) after %d", show(l), l.Start, l.End, at)
			}
			at = l.End
			text := 0
			for _, c := range l.Clusters {
				if c.Start >= 0 {
					text++
				}
			}
			if l.Indent+l.Width > opt.width() && text != 1 {
				t.Fatalf("line %q takes %d cells at width %d", show(l), l.Indent+l.Width, width)
			}
			for _, c := range l.Clusters {
				for _, r := range c.Text {
					if control(r) {
						t.Fatalf("cluster %q holds control %U", c.Text, r)
					}
				}
			}
		}
	})
}
