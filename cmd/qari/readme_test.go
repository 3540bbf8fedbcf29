package main

import (
	"flag"
	"os"
	"strings"
	"testing"

	"qari/ui"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite README.md's key table from ui.KeyTable")

// TestReadmeKeyTable checks that README.md's key table is the one the
// reader's help is made from, so the two cannot disagree
// (go test ./cmd/qari -run Readme -update-readme rewrites it).
func TestReadmeKeyTable(t *testing.T) {
	const begin, end = "<!-- keys -->\n", "<!-- /keys -->"
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README.md has no %q … %q block", begin, end)
	}
	want := "\n" + strings.TrimSpace(ui.KeyTable()) + "\n\n"
	if got := readme[i+len(begin) : j]; got != want {
		if *updateReadme {
			readme = readme[:i+len(begin)] + want + readme[j:]
			if err := os.WriteFile("../../README.md", []byte(readme), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("README.md's key table differs from ui.KeyTable(); run go test ./cmd/qari -run Readme -update-readme\nREADME:\n%s\nKeyTable:\n%s", got, want)
	}
}
