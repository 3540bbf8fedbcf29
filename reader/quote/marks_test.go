package quote

import (
	"strings"
	"testing"

	"qari/reader"
)

// TestMarkIn8 checks the eight-byte test of scanMarks against markByte:
// every byte at every place of eight.
func TestMarkIn8(t *testing.T) {
	for b := 0; b < 256; b++ {
		for at := 0; at < 8; at++ {
			s := []byte(strings.Repeat("a", 8))
			s[at] = byte(b)
			if got := markIn8(string(s), 0); got != markByte[b] {
				t.Errorf("byte %#x at %d: markIn8 %v, markByte %v", b, at, got, markByte[b])
			}
		}
	}
}

// TestSplitInlineQuotes checks that one sentence split around its cue in
// two <q> elements is one utterance in two parts, and that two sentences
// on either side of "he said." stay two.
func TestSplitInlineQuotes(t *testing.T) {
	for _, tc := range []struct {
		body string
		one  bool
	}{
		{`<p>The coach, Martin Sowerby, was pleased. <q>They rowed like a crew with nothing to lose,</q> he said, <q>and that is the most dangerous kind.</q></p>`, true},
		{`<p>The coach, Martin Sowerby, was pleased. <q>They rowed like a crew with nothing to lose.</q> he said. <q>That is the most dangerous kind.</q></p>`, false},
	} {
		doc, err := reader.Parse("case.html", []byte("<html><body><article><h1>Title</h1>"+tc.body+"</article></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		qs := Find(doc)
		if len(qs) != 2 {
			t.Fatalf("%s: %d quotations", tc.body, len(qs))
		}
		if got := qs[0].Group > 0 && qs[0].Group == qs[1].Group; got != tc.one || qs[1].Speaker != "Martin Sowerby" {
			t.Errorf("%s: one utterance %v (want %v), speaker %q", tc.body, got, tc.one, qs[1].Speaker)
		}
	}
}
