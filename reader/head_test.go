package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadHeadIsTheStartOfTheWhole checks that the head of a large article
// is marked partial and that its blocks are the whole document's first
// blocks, at the same offsets, so a position carries over when the whole
// arrives.
func TestLoadHeadIsTheStartOfTheWhole(t *testing.T) {
	seed, err := os.ReadFile("../samples/seed-aleppo.txt")
	if err != nil {
		t.Fatal(err)
	}
	garden, err := os.ReadFile("../samples/en-sample-garden.md")
	if err != nil {
		t.Fatal(err)
	}
	gardenBody := garden[strings.Index(string(garden), "\n")+1:] // one title, then many repeats
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"arabic.txt", append(seed[:len(seed):len(seed)], []byte(strings.Repeat("\n"+string(seed), 200))...)},
		{"garden.md", append(garden[:len(garden):len(garden)], []byte(strings.Repeat("\n"+string(gardenBody), 300))...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.name)
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			const n = 64 << 10
			head, err := LoadHead(path, n)
			if err != nil {
				t.Fatal(err)
			}
			whole, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if !head.Partial || whole.Partial {
				t.Fatalf("Partial: head %v, whole %v", head.Partial, whole.Partial)
			}
			gap := -1
			for i := range head.Blocks {
				if head.BlockText(i) == gapText {
					gap = i
					break
				}
			}
			if gap < 1 || gap == len(head.Blocks)-1 {
				t.Fatalf("no line for the middle between a head and a tail (block %d of %d)", gap, len(head.Blocks))
			}
			headEnd := head.Blocks[gap-1].End
			if headEnd > n || headEnd < n/2 {
				t.Errorf("head holds %d bytes of a %d-byte budget", headEnd, n)
			}
			if head.Title != whole.Title || head.Format != whole.Format || head.Path != path {
				t.Errorf("head %q %v %q, whole %q %v", head.Title, head.Format, head.Path, whole.Title, whole.Format)
			}
			if !strings.HasPrefix(whole.Text, head.Text[:headEnd]) {
				t.Fatal("the head's text is not the start of the whole's")
			}
			// every block of the head but its last (which the cut may
			// shorten) is the whole's
			for i, b := range head.Blocks[:gap-1] {
				if w := whole.Blocks[i]; b.Kind != w.Kind || b.Start != w.Start || b.End != w.End {
					t.Fatalf("block %d: head %+v, whole %+v", i, b, w)
				}
			}
			// every block of the tail is carried to the same text in the whole
			for i := gap + 1; i < len(head.Blocks); i++ {
				b := head.Blocks[i]
				s, e := head.Carry(b.Start, whole), head.Carry(b.End, whole)
				if got, want := whole.Text[s:e], head.BlockText(i); got != want {
					t.Fatalf("tail block %d carried to %q, not %q", i, got, want)
				}
			}
			last := head.Blocks[len(head.Blocks)-1]
			if head.Carry(last.End, whole) != whole.Blocks[len(whole.Blocks)-1].End {
				t.Error("the tail's last block does not end where the whole's does")
			}
		})
	}
}

func TestLoadHeadOfASmallFileIsTheWhole(t *testing.T) {
	d, err := LoadHead("../samples/seed-aleppo.txt", HeadSize)
	if err != nil {
		t.Fatal(err)
	}
	if d.Partial || len(d.Sections) != 3 {
		t.Errorf("small file: Partial %v, %d sections", d.Partial, len(d.Sections))
	}
	if _, err := LoadHead(filepath.Join(t.TempDir(), "missing.txt"), HeadSize); err == nil {
		t.Error("a missing file loads")
	}
}

func TestHeadCut(t *testing.T) {
	for _, tc := range []struct {
		name     string
		head     string
		markdown bool
		want     string
	}{
		{"paragraph break", "one\n\ntwo\nthree", false, "one\n\n"},
		{"line break", "one\ntwo\nthr", false, "one\ntwo\n"},
		{"paragraph break, CRLF", "one\r\n\r\ntwo\r\nthree", false, "one\r\n\r\n"},
		{"no break, Arabic cut mid-letter", "سلام" + "\xd8", false, "سلام"},
		{"no break, whole letters", "سلام", false, "سلام"},
		{"open fence", "text\n\n```\ncode\n\nmore code", true, "text\n\n"},
		{"closed fence", "text\n\n```\ncode\n```\n\nafter", true, "text\n\n```\ncode\n```\n\n"},
		{"~~~ inside a ``` fence", "text\n\n```\n~~~\n\n```\ncode\n\nmore", true, "text\n\n```\n~~~\n\n```\ncode\n\n"},
		{"closed fence, CRLF", "text\r\n\r\n```\r\ncode\r\n```\r\n\r\nafter", true, "text\r\n\r\n```\r\ncode\r\n```\r\n\r\n"},
		{"longer closing fence", "text\n\n````\n```\n\ncode", true, "text\n\n"},
		{"indented ``` is code, not a fence", "text\n\n    ```\n\nafter", true, "text\n\n    ```\n\n"},
	} {
		if got := tc.head[:headCut([]byte(tc.head), tc.markdown)]; got != tc.want {
			t.Errorf("%s: cut at %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestLoadHeadTailKeepsTheHeadsFormat checks that the tail of a file whose
// name says no format is read in the format its head was sniffed as, not
// sniffed again on its own (a Markdown tail with few Markdown signs would
// read as plain text, its headings as "## " lines).
func TestLoadHeadTailKeepsTheHeadsFormat(t *testing.T) {
	para := "Body text with *some emphasis* in it, long enough to be a paragraph.\n\n"
	src := "# Notes\n\n" + strings.Repeat(para, 2000) + "## Last section\n\n" + strings.Repeat(para, 20)
	path := filepath.Join(t.TempDir(), "notes")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := LoadHead(path, 16<<10)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Partial || d.Format != FormatMarkdown {
		t.Fatalf("partial %v, format %v", d.Partial, d.Format)
	}
	if last := d.Sections[len(d.Sections)-1]; last.Title != "Last section" {
		t.Errorf("last section %q, want the tail's heading", last.Title)
	}
}

func TestFirstBreak(t *testing.T) {
	for b, want := range map[string]int{
		"a line\n\nnext": 8, "a line\r\n\r\nnext": 10, "one\r\n\r\ntwo\n\nthree": 7, "no break\nhere": -1,
	} {
		if got := firstBreak([]byte(b)); got != want {
			t.Errorf("firstBreak(%q) = %d, want %d", b, got, want)
		}
	}
}
