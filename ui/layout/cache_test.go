package layout

import (
	"strings"
	"testing"

	"qari/reader"
)

// testDoc is a document of English and Arabic paragraphs, a heading, a
// list item, code, a rule and an empty block, several lines each at width
// 20.
func testDoc() *reader.Document {
	return docOf(
		blk{kind: reader.Title, text: "A title that wraps over lines"},
		blk{text: "the quick brown fox jumps over the lazy dog and runs far away"},
		blk{text: "في حين يواصل وزير الخارجية الأميركي، جون كيري، ونظيره الروسي مباحثاتهما"},
		blk{kind: reader.Heading, level: 2, text: "A heading"},
		blk{kind: reader.ListItem, level: 1, text: "an item that is long enough to wrap"},
		blk{kind: reader.Rule},
		blk{},
		blk{kind: reader.Code, text: "line one\nline two\n\nline four"},
		blk{text: "وقال المصدر إن الهجوم على المناطق الخاضعة لسيطرة المعارضة"},
	)
}

// allLines returns every position of the layout in order.
func allLines(c *Cache) []Pos {
	var out []Pos
	for b := range c.doc.Blocks {
		for k := range c.pieces(b) {
			for l := range c.piece(b, k) {
				out = append(out, Pos{Block: b, Piece: k, Line: l})
			}
		}
	}
	return out
}

func TestScroll(t *testing.T) {
	c := NewCache(testDoc(), Options{Width: 20})
	all := allLines(c)
	last := all[len(all)-1]
	for i, p := range all {
		for _, n := range []int{0, 1, 2, 5, 13, -1, -3, -7} {
			want := all[min(max(i+n, 0), len(all)-1)]
			if got := c.Scroll(p, n); got != want {
				t.Errorf("Scroll(%v, %d) = %v, want %v", p, n, got, want)
			}
		}
	}
	tests := []struct {
		name string
		p    Pos
		n    int
		want Pos
	}{
		{"past the end clamps to the last line", Pos{}, 1 << 30, last},
		{"before the start clamps to the first", last, -1 << 30, Pos{}},
		{"a position past the end moves back", Pos{Block: 99}, 0, last},
		{"a line past its block clamps to its last", Pos{Block: 0, Line: 99}, 0, Pos{Line: len(c.Lines(0)) - 1}},
		{"a negative position clamps to the start", Pos{Block: -3, Line: -2}, 1, Pos{Line: 1}},
	}
	for _, tt := range tests {
		if got := c.Scroll(tt.p, tt.n); got != tt.want {
			t.Errorf("%s: Scroll(%v, %d) = %v, want %v", tt.name, tt.p, tt.n, got, tt.want)
		}
	}
}

func TestPosAtOffsetRoundTrip(t *testing.T) {
	for _, w := range []int{1, 7, 20, 80} {
		c := NewCache(testDoc(), Options{Width: w})
		for _, p := range allLines(c) {
			l := c.at(p)[p.Line]
			if l.Start == l.End && p.Line > 0 {
				continue // the blank line after a block shows no text
			}
			if got := c.PosAt(c.Offset(p)); got != p {
				t.Errorf("width %d: PosAt(Offset(%v) = %d) = %v", w, p, c.Offset(p), got)
			}
		}
	}
}

func TestPosAt(t *testing.T) {
	doc := testDoc()
	c := NewCache(doc, Options{Width: 20})
	arabic := doc.Blocks[2]
	tests := []struct {
		name string
		off  int
		want Pos
	}{
		{"start", 0, Pos{}},
		{"before the start", -5, Pos{}},
		{"inside an arabic line", arabic.Start + strings.Index(doc.Text[arabic.Start:], "كيري"), Pos{Block: 2, Line: 2}},
		{"between blocks: the next block", arabic.End + 1, Pos{Block: 3}},
		{"past the end: the last line", len(doc.Text) + 10, Pos{Block: 8, Line: len(c.Lines(8)) - 1}},
	}
	for _, tt := range tests {
		if got := c.PosAt(tt.off); got != tt.want {
			t.Errorf("%s: PosAt(%d) = %v, want %v", tt.name, tt.off, got, tt.want)
		}
	}
}

func TestWindowAndLast(t *testing.T) {
	c := NewCache(testDoc(), Options{Width: 20})
	all := allLines(c)
	for _, h := range []int{1, 3, 10, len(all), len(all) + 5} {
		top := c.Last(h)
		win := c.Window(top, h)
		if want := min(h, len(all)); len(win) != want {
			t.Errorf("h=%d: Window(Last) has %d lines, want %d", h, len(win), want)
		}
		end := all[len(all)-1]
		if got, want := win[len(win)-1], c.at(end)[end.Line]; got.Start != want.Start || show(got) != show(want) {
			t.Errorf("h=%d: last window ends with %q, want %q", h, show(got), show(want))
		}
	}
	if got := c.Window(Pos{Block: 1}, 4); len(got) != 4 || got[0].Start != c.doc.Blocks[1].Start {
		t.Errorf("Window from block 1: %d lines starting at %d", len(got), got[0].Start)
	}
	if c.Window(Pos{}, 0) != nil {
		t.Error("a window of no lines has lines")
	}
}

func TestEmptyDocument(t *testing.T) {
	for _, doc := range []*reader.Document{nil, {}} {
		c := NewCache(doc, Options{Width: 20})
		if c.Lines(0) != nil || c.Window(Pos{}, 5) != nil || c.Scroll(Pos{Block: 3, Line: 3}, 4) != (Pos{}) ||
			c.PosAt(10) != (Pos{}) || c.Offset(Pos{Block: 1, Line: 1}) != 0 || c.Last(10) != (Pos{}) {
			t.Errorf("empty document %v: not all zero", doc)
		}
	}
}

func TestCacheIsBounded(t *testing.T) {
	bs := make([]blk, 3*cachePieces)
	for i := range bs {
		bs[i] = blk{text: "a paragraph of a few words"}
	}
	c := NewCache(docOf(bs...), Options{Width: 10})
	p := Pos{}
	for range 6 * 3 * cachePieces {
		p = c.Scroll(p, 1)
	}
	if len(c.items) > cachePieces {
		t.Errorf("cache holds %d blocks, bound %d", len(c.items), cachePieces)
	}
	n := 0
	for e := c.head.next; e != &c.head; e = e.next {
		n++
	}
	if n != len(c.items) {
		t.Errorf("recency list holds %d entries, map %d", n, len(c.items))
	}
	if p != c.Last(1) {
		t.Errorf("scrolled to %v, want the end %v", p, c.Last(1))
	}
}

// bigDoc is a document with a block of several pieces between two small
// ones.
func bigDoc() *reader.Document {
	long := strings.Repeat("في حين يواصل وزير الخارجية الأميركي، جون كيري the quick brown fox ", 3*PieceSize/80)
	nospace := strings.Repeat("ب", PieceSize) // no space to cut at
	return docOf(blk{text: "before"}, blk{kind: reader.ListItem, level: 1, text: long}, blk{text: nospace + nospace + "x"}, blk{text: "after"})
}

func TestPieces(t *testing.T) {
	doc := bigDoc()
	opt := Options{Width: 50, Bidi: BidiApp, Shape: true}
	c := NewCache(doc, opt)
	if n := c.pieces(1); n < 3 {
		t.Fatalf("the long block is in %d pieces", n)
	}
	all := allLines(c)
	// the pieces cover the text without gaps, as Block does in one go
	var whole []Line
	for b := range doc.Blocks {
		whole = append(whole, Block(doc, b, opt)...)
	}
	if len(whole) != len(all) {
		t.Fatalf("pieces give %d lines, Block %d", len(all), len(whole))
	}
	at := 0
	for i, p := range all {
		l := c.at(p)[p.Line]
		if l.Start != whole[i].Start || show(l) != show(whole[i]) {
			t.Fatalf("line %d (%v) differs from Block's", i, p)
		}
		if l.Start < at {
			t.Fatalf("line %v starts at %d, before %d", p, l.Start, at)
		}
		at = l.End
		if l.Width+l.Indent > opt.Width {
			t.Fatalf("line %v is %d cells wide", p, l.Width+l.Indent)
		}
	}
	// only the first line of the list item has the bullet
	bullets := 0
	for _, l := range whole {
		if strings.Contains(show(l), "•") {
			bullets++
		}
	}
	if bullets != 1 {
		t.Errorf("%d bullets in one list item", bullets)
	}
	for i, p := range all {
		if got := c.Scroll(all[0], i); got != p {
			t.Fatalf("Scroll(start, %d) = %v, want %v", i, got, p)
		}
		if l := c.at(p)[p.Line]; l.Start < l.End || p.Line == 0 {
			if got := c.PosAt(l.Start); got != p {
				t.Fatalf("PosAt(Offset(%v)) = %v", p, got)
			}
		}
		if i > 0 && !all[i-1].Before(p) {
			t.Fatalf("%v is not before %v", all[i-1], p)
		}
	}
	if got := c.Scroll(all[len(all)-1], -len(all)); got != (Pos{}) {
		t.Errorf("scrolling back from the end gives %v", got)
	}
}

func TestAll(t *testing.T) {
	doc := bigDoc()
	opt := Options{Width: 30}
	var whole []Line
	for b := range doc.Blocks {
		whole = append(whole, Block(doc, b, opt)...)
	}
	n := 0
	for l := range All(doc, opt) {
		if show(l) != show(whole[n]) || l.Start != whole[n].Start {
			t.Fatalf("line %d: %q, Block gives %q", n, show(l), show(whole[n]))
		}
		n++
	}
	if n != len(whole) {
		t.Errorf("All gives %d lines, Block %d", n, len(whole))
	}
	for range All(doc, opt) {
		break // stopping early is allowed
	}
	for range All(nil, opt) {
		t.Error("a nil document has lines")
	}
}
