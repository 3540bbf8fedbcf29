package layout

import (
	"slices"
	"testing"

	"github.com/rivo/uniseg"

	"qari/reader"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		kind  reader.BlockKind
		text  string
		width int
		want  []string
	}{
		{"english words", reader.Paragraph, "the quick brown fox", 10, []string{"the quick", "brown fox"}},
		{"fits exactly", reader.Paragraph, "the quick", 9, []string{"the quick"}},
		{"arabic words, logical order", reader.Paragraph, "في حين يواصل وزير", 10, []string{"في حين", "يواصل وزير"}},
		{"mixed arabic and english", reader.Paragraph, "قال John Kerry إن", 10, []string{"قال John", "Kerry إن"}},
		{"overlong word broken", reader.Paragraph, "supercalifragilistic", 5, []string{"super", "calif", "ragil", "istic"}},
		{"overlong arabic word broken", reader.Paragraph, "والاجتماعات", 4, []string{"والا", "جتما", "عات"}},
		{"spaces hang at the edge", reader.Paragraph, "one     two", 4, []string{"one", "two"}},
		{"soft break is a space", reader.Paragraph, "one\ntwo", 20, []string{"one two"}},
		{"wide characters", reader.Paragraph, "日本語テキスト", 5, []string{"日本", "語テ", "キス", "ト"}},
		{"combining marks take no cell", reader.Paragraph, "تَعْلِيم cafe\u0301", 9, []string{"تَعْلِيم", "cafe\u0301"}},
		{"width 1", reader.Paragraph, "ab c", 1, []string{"a", "b", "c"}},
		{"width 1, wide character alone", reader.Paragraph, "日x", 1, []string{"日", "x"}},
		{"width 0 counts as 1", reader.Paragraph, "ab", 0, []string{"a", "b"}},
		{"width 2", reader.Paragraph, "abc de", 2, []string{"ab", "c", "de"}},
		{"width 3 arabic", reader.Paragraph, "قال إن", 3, []string{"قال", "إن"}},
		{"tab in prose", reader.Paragraph, "a\tb", 20, []string{"a       b"}},
		{"empty block", reader.Paragraph, "", 10, []string{""}},
		{"code keeps lines and spaces", reader.Code, "  x  \n\ny", 20, []string{"    x  ", "  ", "  y"}},
		{"code tabs to multiples of 8", reader.Code, "a\tb\n\tc", 20, []string{"  a       b", "          c"}},
		{"code wraps hard", reader.Code, "abcdefgh ij", 6, []string{"  abcd", "  efgh", "   ij"}},
		{"control characters made visible", reader.Paragraph, "a\x1b[31mb\x00", 20, []string{"a␛[31mb␀"}},
		{"bidi controls made visible", reader.Paragraph, "a\u202eb", 20, []string{"a\uFFFDb"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOf(blk{kind: tt.kind, text: tt.text})
			got := shown(Block(doc, 0, Options{Width: tt.width, Bidi: BidiOff}))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Block(%q) at width %d\n got %q\nwant %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

func TestWidthIsCells(t *testing.T) {
	for _, text := range []string{
		"تَعْلِيم جدًّا يعدّه في حين يواصل وزير الخارجية الأميركي",
		"日本語のテキストと English words mixed together",
		"the quick brown fox jumps over the lazy dog",
	} {
		for w := 1; w <= 30; w++ {
			for _, l := range Block(paraDoc(text), 0, Options{Width: w, Bidi: BidiApp}) {
				sum := 0
				for _, c := range l.Clusters {
					if cw := uniseg.StringWidth(c.Text); cw != c.Width {
						t.Errorf("cluster %q: Width %d, shows %d cells", c.Text, c.Width, cw)
					}
					sum += c.Width
				}
				if sum != l.Width {
					t.Errorf("line %q: Width %d, clusters %d", show(l), l.Width, sum)
				}
				if l.Indent+l.Width > max(w, 2) {
					t.Errorf("width %d: line %q takes %d cells", w, show(l), l.Indent+l.Width)
				}
			}
		}
	}
}

func TestNoControlCharacters(t *testing.T) {
	var all []byte
	for b := 0; b < 0x20; b++ {
		all = append(all, 'x', byte(b))
	}
	all = append(all, "\x7f\u0085\u009b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u2028\u2029"...)
	for _, kind := range []reader.BlockKind{reader.Paragraph, reader.Code, reader.ListItem} {
		for _, l := range Block(docOf(blk{kind: kind, text: string(all)}), 0, Options{Width: 30}) {
			for _, c := range l.Clusters {
				for _, r := range c.Text {
					if control(r) {
						t.Errorf("%v: cluster %q holds control %U", kind, c.Text, r)
					}
				}
			}
		}
	}
}

func TestLinesCoverTheBlock(t *testing.T) {
	text := "في حين يواصل وزير الخارجية الأميركي، جون كيري، ونظيره الروسي مباحثاتهما"
	doc := docOf(blk{text: "first"}, blk{text: text}, blk{kind: reader.Code, text: "a\n\nb"})
	for b := range doc.Blocks {
		lines := Block(doc, b, Options{Width: 12})
		at := doc.Blocks[b].Start
		for _, l := range lines {
			if l.Start != at {
				t.Errorf("block %d: line %q starts at %d, want %d", b, show(l), l.Start, at)
			}
			at = l.End
		}
		if at != doc.Blocks[b].End {
			t.Errorf("block %d: lines end at %d, want %d", b, at, doc.Blocks[b].End)
		}
	}
}
