package reader

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadMappedIsParse: a plain-text file large enough to be mapped
// loads as Parse reads its bytes, clean or with bytes Sanitize must
// change (the text is then a copy, and the mapping is dropped), and a
// large Markdown file is still read as Markdown.
func TestLoadMappedIsParse(t *testing.T) {
	if testing.Short() {
		t.Skip("16 MB files under -short")
	}
	seed, err := os.ReadFile("../samples/seed-aleppo.txt")
	if err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat(append(seed, '\n'), mapMin/len(seed)+2)
	dirty := append(bytes.Clone(big), []byte("\x1b[31mred\x1b[0m and a bell\a\n")...)
	para := "Some *emphasis* in a long paragraph:" + strings.Repeat(" words", 1000) + "\n\n"
	md := append([]byte("# Title\n\n"), strings.Repeat(para, mapMin/len(para)+2)...)
	// a hard-wrapped text: its lines are joined in a copy, not in the
	// read-only mapping
	wrappedPara := "The harbour master said the boats would stay in port until\nthe wind had turned and the swell had gone down again by the\nmorning, when the ferry would leave on time.\n\n"
	wrapped := []byte(strings.Repeat(wrappedPara, mapMin/len(wrappedPara)+2))
	for _, tc := range []struct {
		name string
		data []byte
	}{{"clean.txt", big}, {"dirty.txt", dirty}, {"big.md", md}, {"wrapped.txt", wrapped}} {
		path := filepath.Join(t.TempDir(), tc.name)
		if err := os.WriteFile(path, tc.data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Parse(tc.name, tc.data)
		if err != nil {
			t.Fatal(err)
		}
		if tc.name == "wrapped.txt" && strings.Contains(got.BlockText(0), "\n") {
			t.Errorf("wrapped.txt: the lines of a paragraph are not joined: %q", got.BlockText(0))
		}
		if got.Text != want.Text || len(got.Blocks) != len(want.Blocks) || got.Format != want.Format || got.Title != want.Title {
			t.Errorf("%s: Load gave %d bytes, %d blocks, format %v; Parse %d, %d, %v", tc.name,
				len(got.Text), len(got.Blocks), got.Format, len(want.Text), len(want.Blocks), want.Format)
		}
	}
}
