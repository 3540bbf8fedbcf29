package layout

import (
	"slices"
	"strings"
	"testing"

	"qari/reader"
)

// text returns the text of the clusters of a line that come from the
// document, in the order they are drawn.
func textOf(l Line) string {
	var sb strings.Builder
	for _, c := range l.Clusters {
		if c.Start >= 0 {
			sb.WriteString(c.Text)
		}
	}
	return sb.String()
}

func TestRightToLeft(t *testing.T) {
	const ar = "في حين يواصل وزير الخارجية الأميركي، جون كيري، ونظيره الروسي"
	tests := []struct {
		name      string
		text      string
		dir       reader.Direction
		bidi      BidiMode
		rtl       bool
		right     bool // right-aligned
		firstLeft bool // the paragraph's first character is the line's leftmost cluster
	}{
		{"arabic, app reorders", ar, reader.DirAuto, BidiApp, true, true, false},
		{"arabic, terminal reorders", ar, reader.DirAuto, BidiTerminal, true, true, true},
		{"arabic, no bidi", ar, reader.DirAuto, BidiOff, true, false, true},
		{"hebrew", "שלום עולם ומה שלומך היום", reader.DirAuto, BidiApp, true, true, false},
		{"arabic starting with latin", "Kerry قال إن هناك تقدما", reader.DirAuto, BidiApp, false, false, true},
		{"english declared rtl", "hello world and a bit more", reader.DirRTL, BidiApp, true, true, true},
		{"english", "the quick brown fox jumps", reader.DirAuto, BidiApp, false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOf(blk{text: tt.text, dir: tt.dir})
			lines := Block(doc, 0, Options{Width: 20, Bidi: tt.bidi})
			for _, l := range lines {
				if l.RTL != tt.rtl {
					t.Errorf("line %q: RTL %v, want %v", show(l), l.RTL, tt.rtl)
				}
				if right := l.Indent+l.Width == 20 && l.Indent > 0; right != tt.right {
					t.Errorf("line %q: indent %d width %d, right-aligned %v, want %v", show(l), l.Indent, l.Width, right, tt.right)
				}
			}
			first := lines[0].Clusters
			leftmost, rightmost := first[0].Start, first[len(first)-1].Start
			if got := leftmost == 0; got != tt.firstLeft {
				t.Errorf("first line %q: leftmost cluster at %d, rightmost at %d", show(lines[0]), leftmost, rightmost)
			}
			if !tt.firstLeft && rightmost != 0 {
				t.Errorf("first line %q: the first character is not at the right edge", show(lines[0]))
			}
		})
	}
}

func TestVisualOrder(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"arabic reversed", "قال إن", "نإ لاق"},
		{"harakat stay on their letter", "بريًّا", "ايًّرب"},
		{"numbers stay left to right", "قتل 70 مدنيا", "ايندم 70 لتق"},
		{"brackets mirrored", "المصدر (وهذا) مرتبط", "طبترم (اذهو) ردصملا"},
		{"guillemets mirrored", "قال «نعم» هنا", "انه «معن» لاق"},
		{"latin inside arabic", "قال John Kerry إن", "نإ John Kerry لاق"},
		{"arabic inside english", "he said مرحبا بكم today", "he said مكب ابحرم today"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := Block(paraDoc(tt.text), 0, Options{Width: 80, Bidi: BidiApp})
			if got := textOf(lines[0]); got != tt.want {
				t.Errorf("visual %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecorations(t *testing.T) {
	long := "alpha beta gamma delta epsilon"
	ar := "في حين يواصل وزير الخارجية الأميركي"
	tests := []struct {
		name string
		b    blk
		bidi BidiMode
		want []string
	}{
		{"title", blk{kind: reader.Title, text: "A Title"}, BidiApp, []string{" A Title "}},
		{"heading 2", blk{kind: reader.Heading, level: 2, text: long}, BidiApp, []string{"## alpha beta gamma", "   delta epsilon"}},
		{"heading 6", blk{kind: reader.Heading, level: 6, text: "x"}, BidiApp, []string{"###### x"}},
		{"bullet hangs", blk{kind: reader.ListItem, level: 1, text: long}, BidiApp, []string{"• alpha beta gamma", "  delta epsilon"}},
		{"nested ordinal", blk{kind: reader.ListItem, level: 2, ordinal: 12, text: long}, BidiApp, []string{"  12. alpha beta gamma", "      delta epsilon"}},
		{"quote bar on every line", blk{kind: reader.Blockquote, level: 1, text: long}, BidiApp, []string{"│ alpha beta gamma", "│ delta epsilon"}},
		{"nested quote", blk{kind: reader.Blockquote, level: 2, text: "x"}, BidiApp, []string{"│ │ x"}},
		{"rule", blk{kind: reader.Rule}, BidiApp, []string{"--------"}},
		{"arabic heading marks on the right", blk{kind: reader.Heading, level: 2, text: ar}, BidiApp, []string{"   ريزو لصاوي نيح يف ##", "   يكريمألا ةيجراخلا   "}},
		{"arabic bullet on the right", blk{kind: reader.ListItem, level: 1, text: ar}, BidiApp, []string{"    ريزو لصاوي نيح يف •", "    يكريمألا ةيجراخلا  "}},
		{"arabic quote bar on the right", blk{kind: reader.Blockquote, level: 1, text: ar}, BidiApp, []string{"    ريزو لصاوي نيح يف │", "    يكريمألا ةيجراخلا │"}},
		{"arabic bullet first in logical order", blk{kind: reader.ListItem, level: 1, text: ar}, BidiTerminal, []string{"    • في حين يواصل وزير", "      الخارجية الأميركي"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := Block(docOf(tt.b), 0, Options{Width: 23, Bidi: tt.bidi})
			if got := shown(lines); !slices.Equal(got, tt.want) {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
			for _, l := range lines {
				for _, c := range l.Clusters {
					if (c.Start < 0) != (c.Style&StyleDecoration != 0) {
						t.Errorf("cluster %q: Start %d, style %b", c.Text, c.Start, c.Style)
					}
				}
			}
		})
	}
}

func TestDecorationsDroppedWhenTooNarrow(t *testing.T) {
	got := shown(Block(docOf(blk{kind: reader.Heading, level: 4, text: "ab"}), 0, Options{Width: 3}))
	if want := []string{"ab"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestBlankLineBetweenBlocks(t *testing.T) {
	doc := docOf(blk{text: "one"}, blk{text: "two"})
	if got := shown(Block(doc, 0, Options{Width: 10})); !slices.Equal(got, []string{"one", ""}) {
		t.Errorf("first block %q, want the line and a blank one", got)
	}
	if got := shown(Block(doc, 1, Options{Width: 10})); !slices.Equal(got, []string{"two"}) {
		t.Errorf("last block %q, want no blank line after it", got)
	}
	if Block(doc, 2, Options{}) != nil || Block(doc, -1, Options{}) != nil || Block(nil, 0, Options{}) != nil {
		t.Error("a block out of range has lines")
	}
}

func TestSpanStyles(t *testing.T) {
	tests := []struct {
		name, text, sub string
		kind            reader.SpanKind
		want            Style
	}{
		{"strong", "the quick brown fox", "brown", reader.Strong, StyleBold},
		{"emphasis arabic", "في حين يواصل وزير", "يواصل", reader.Emphasis, StyleItalic},
		{"inline code", "run go test now", "go test", reader.InlineCode, StyleCode},
		{"link", "see the docs here", "the docs", reader.Link, StyleLink},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := withSpan(paraDoc(tt.text), tt.kind, tt.sub)
			sp := doc.Spans[0]
			for _, c := range Block(doc, 0, Options{Width: 80})[0].Clusters {
				if c.Start < 0 {
					continue // the blanks around inline code
				}
				in := c.Start >= sp.Start && c.End <= sp.End
				if got := c.Style&tt.want != 0; got != in {
					t.Errorf("cluster %q at %d: styled %v, want %v", c.Text, c.Start, got, in)
				}
			}
		})
	}
}

func TestBoilerplateIsDim(t *testing.T) {
	for _, c := range Block(docOf(blk{kind: reader.Boilerplate, text: "التعليقات"}), 0, Options{Width: 20})[0].Clusters {
		if c.Style&StyleDim == 0 {
			t.Errorf("cluster %q is not dim", c.Text)
		}
	}
}

func TestInlineQuoteMarks(t *testing.T) {
	tests := []struct {
		name, text, sub string
		bidi            BidiMode
		want            string
	}{
		{"english", "she said hello there today", "hello there", BidiApp, "she said “hello there” today"},
		{"arabic logical", "قال نعم هنا", "نعم", BidiOff, "قال «نعم» هنا"},
		{"arabic visual", "قال نعم هنا", "نعم", BidiApp, "انه «معن» لاق"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := withSpan(paraDoc(tt.text), reader.InlineQuote, tt.sub)
			if got := show(Block(doc, 0, Options{Width: 80, Bidi: tt.bidi})[0]); strings.TrimSpace(got) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	// the closing mark stays with its word when the line breaks after it
	doc := withSpan(paraDoc("said hello there"), reader.InlineQuote, "hello")
	if got := shown(Block(doc, 0, Options{Width: 12})); !slices.Equal(got, []string{"said “hello”", "there"}) {
		t.Errorf("got %q", got)
	}
}

func TestSeparators(t *testing.T) {
	item := blk{kind: reader.ListItem, level: 1, text: "item"}
	quote := blk{kind: reader.Blockquote, level: 1, text: "quoted"}
	ar := blk{kind: reader.Blockquote, level: 1, text: "قال"}
	tests := []struct {
		name string
		doc  *reader.Document
		want []string
	}{
		{"list items are tight", docOf(item, item), []string{"• item"}},
		{"a blank line after a list", docOf(item, blk{text: "after"}), []string{"• item", ""}},
		{"a quote bar between quote paragraphs", docOf(quote, quote), []string{"│ quoted", "│ "}},
		{"the bar on the right in arabic", docOf(ar, ar), []string{"    لاق │", "        │"}},
	}
	for _, tt := range tests {
		if got := shown(Block(tt.doc, 0, Options{Width: 9})); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestInlineMarks(t *testing.T) {
	ascii := DefaultMarks
	ascii.Emph, ascii.Strong, ascii.Code = [2]string{"*", "*"}, [2]string{"**", "**"}, [2]string{"`", "`"}
	tests := []struct {
		name, text string
		marks      Marks
		bidi       BidiMode
		want       []string
	}{
		{"ascii marks", "some em and strong and code", ascii, BidiApp, []string{"some *em* and **strong** and `code`"}},
		{"dark pads code", "some em and strong and code", Marks{}, BidiApp, []string{"some em and strong and \u00a0code\u00a0"}},
		{"arabic, logical", "قال نعم ثم لا", ascii, BidiOff, []string{"قال *نعم* ثم **لا**"}},
		{"arabic, visual", "قال نعم ثم لا", ascii, BidiApp, []string{"**ال** مث *معن* لاق"}},
		{"marks stay with their word", "some em and strong and code", ascii, BidiApp, []string{"some *em* and", "**strong** and", "`code`"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := paraDoc(tt.text)
			for _, w := range []struct {
				k   reader.SpanKind
				sub string
			}{{reader.Emphasis, "em"}, {reader.Strong, "strong"}, {reader.InlineCode, "code"}, {reader.Emphasis, "نعم"}, {reader.Strong, "لا"}} {
				if strings.Contains(doc.Text, w.sub) {
					withSpan(doc, w.k, w.sub)
				}
			}
			slices.SortFunc(doc.Spans, func(a, b reader.Span) int { return a.Start - b.Start })
			width := 80
			if len(tt.want) > 1 {
				width = 15
			}
			got := shown(Block(doc, 0, Options{Width: width, Bidi: tt.bidi, Marks: tt.marks}))
			for i := range got {
				got[i] = strings.TrimLeft(got[i], " ")
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
