package reader

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// numbered writes an article of n numbered paragraphs (Markdown with a
// heading every 50 and emphasis, when md), the word "needle" in paragraph
// at, and returns its path.
func numbered(t *testing.T, n, at int, md bool) string {
	t.Helper()
	var b strings.Builder
	name := "long.txt"
	if md {
		name = "long.md"
		b.WriteString("# A long article\n\n")
	}
	for i := range n {
		if md && i%50 == 0 {
			fmt.Fprintf(&b, "## Part %d\n\n", i/50)
		}
		word := "paragraph"
		if i == at {
			word = "needle"
		}
		if md {
			fmt.Fprintf(&b, "This is *%s* number %d, with enough words to wrap once on a screen.\n\n", word, i)
		} else {
			fmt.Fprintf(&b, "This is %s number %d, with enough words to wrap once on a screen.\n\n", word, i)
		}
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestAroundShowsTheMiddleAndCarries: a window opened at a byte of the
// middle shows the paragraph there between the head and the tail, the
// gaps either side name the bytes not shown, and the whole, when it
// arrives, takes the window's offsets to the same text.
func TestAroundShowsTheMiddleAndCarries(t *testing.T) {
	for _, md := range []bool{false, true} {
		t.Run(fmt.Sprint("markdown=", md), func(t *testing.T) {
			path := numbered(t, 6000, 4000, md)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			off := int64(bytes.Index(data, []byte("needle")))
			head, err := LoadHead(path, 16<<10)
			if err != nil {
				t.Fatal(err)
			}
			end, g, ok := head.GapAfter(0)
			if !ok || g.From != int64(len(head.parts.head.Text)) && !md || g.From > off || g.To <= off || g.Next != head.tail || end > g.Next {
				t.Fatalf("the head's gap is %+v (part ends at %d, ok %v); the needle is at byte %d", g, end, ok, off)
			}
			d, err := head.Around(off)
			if err != nil {
				t.Fatal(err)
			}
			ws, we, ok := d.Window()
			if !ok || !strings.Contains(d.Text[ws:we], "needle number 4000") {
				t.Fatalf("the window [%d, %d) does not show the needle's paragraph", ws, we)
			}
			if !strings.HasPrefix(d.Text, head.Text[:len(head.parts.head.Text)]) || !strings.HasSuffix(d.Text, head.Text[head.tail:]) {
				t.Error("the window's document lost the head or the tail")
			}
			if _, g1, ok := d.GapAfter(0); !ok || g1.To != d.parts.winFrom || g1.Next != ws {
				t.Errorf("the gap before the window is %+v, ok %v; the window starts at byte %d, Text %d", g1, ok, d.parts.winFrom, ws)
			}
			if _, g2, ok := d.GapAfter(ws + 1); !ok || g2.From != d.parts.winTo || g2.To != d.parts.tailFrom || g2.Next != d.tail {
				t.Errorf("the gap after the window is %+v, ok %v", g2, ok)
			}
			if _, _, ok := d.GapAfter(d.tail + 1); ok {
				t.Error("a gap after the tail")
			}
			whole, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range []string{"needle number 4000", "number 4001,"} {
				i := strings.Index(d.Text[ws:we], s)
				if i < 0 {
					t.Fatalf("%q not in the window", s)
				}
				at := d.Carry(ws+i, whole)
				if !strings.HasPrefix(whole.Text[at:], s) {
					t.Errorf("%q carried to %q", s, whole.Text[at:min(at+30, len(whole.Text))])
				}
			}
			if _, err := d.Around(int64(len(data)) - 10); err == nil {
				t.Error("a window opened in the tail")
			}
		})
	}
}
