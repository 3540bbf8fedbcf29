package layout

import (
	"testing"

	"qari/reader"
)

func TestShaping(t *testing.T) {
	tests := []struct {
		name, text string
		bidi       BidiMode
		want       string
		width      int
	}{
		{"forms in logical order", "بيت", BidiOff, "\uFE91\uFEF4\uFE96", 3},
		{"forms in visual order", "بيت", BidiApp, "\uFE96\uFEF4\uFE91", 3},
		{"lam-alef is one cell", "لا", BidiOff, "\uFEFB", 1},
		{"final lam-alef", "كلا", BidiOff, "\uFEDB\uFEFC", 2},
		{"harakat kept", "بَيت", BidiOff, "\uFE91\u064E\uFEF4\uFE96", 3},
		{"latin untouched", "abc", BidiOff, "abc", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Block(paraDoc(tt.text), 0, Options{Width: 40, Bidi: tt.bidi, Shape: true})[0]
			if got := textOf(l); got != tt.want {
				t.Errorf("got %+q, want %+q", got, tt.want)
			}
			if l.Width != tt.width {
				t.Errorf("width %d, want %d", l.Width, tt.width)
			}
		})
	}
}

func TestLigatureCoversBothLetters(t *testing.T) {
	doc := paraDoc("قال لا")
	l := Block(doc, 0, Options{Width: 40, Bidi: BidiOff, Shape: true})[0]
	lig := l.Clusters[len(l.Clusters)-1]
	if lig.Text != "\uFEFB" || doc.Text[lig.Start:lig.End] != "لا" {
		t.Errorf("last cluster %+q covers %q, want the ligature over لا", lig.Text, doc.Text[lig.Start:lig.End])
	}
}

func TestShapedLinesWrapByShapedWidth(t *testing.T) {
	// "لا لا لا" is 3 ligatures of one cell: 5 cells, one line at width 5
	lines := Block(docOf(blk{kind: reader.Paragraph, text: "لا لا لا"}), 0, Options{Width: 5, Shape: true})
	if len(lines) != 1 || lines[0].Width != 5 {
		t.Errorf("got %d lines, first %d cells wide; want one of 5", len(lines), lines[0].Width)
	}
}
