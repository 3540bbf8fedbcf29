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
			if len(head.Text) > n || len(head.Text) < n/2 {
				t.Errorf("head holds %d bytes of a %d-byte budget", len(head.Text), n)
			}
			if head.Title != whole.Title || head.Format != whole.Format || head.Path != path {
				t.Errorf("head %q %v %q, whole %q %v", head.Title, head.Format, head.Path, whole.Title, whole.Format)
			}
			if !strings.HasPrefix(whole.Text, head.Text) {
				t.Fatal("the head's text is not the start of the whole's")
			}
			// every block but the last (which the cut may shorten) is the whole's
			for i, b := range head.Blocks[:len(head.Blocks)-1] {
				if w := whole.Blocks[i]; b.Kind != w.Kind || b.Start != w.Start || b.End != w.End {
					t.Fatalf("block %d: head %+v, whole %+v", i, b, w)
				}
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
		{"no break, Arabic cut mid-letter", "سلام" + "\xd8", false, "سلام"},
		{"no break, whole letters", "سلام", false, "سلام"},
		{"open fence", "text\n\n```\ncode\n\nmore code", true, "text\n\n"},
		{"closed fence", "text\n\n```\ncode\n```\n\nafter", true, "text\n\n```\ncode\n```\n\n"},
	} {
		if got := tc.head[:headCut([]byte(tc.head), tc.markdown)]; got != tc.want {
			t.Errorf("%s: cut at %q, want %q", tc.name, got, tc.want)
		}
	}
}
