package theme

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"qari/samples"
	"qari/ui/layout"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden renders articles of the built-in library for a pipe with the
// notty style and compares them with testdata/*.golden. Review a changed
// golden file before committing it: go test ./ui/theme -run Golden -update.
func TestGolden(t *testing.T) {
	tests := []struct {
		article string
		width   int
		opt     layout.Options
		mode    string
	}{
		{samples.Seed, 40, layout.Options{Bidi: layout.BidiApp, Shape: true}, "app"},
		{samples.Seed, 100, layout.Options{Bidi: layout.BidiApp, Shape: true}, "app"},
		{samples.Seed, 40, layout.Options{Bidi: layout.BidiTerminal}, "terminal"},
		{"en-sample-garden.md", 60, layout.Options{Bidi: layout.BidiApp, Shape: true}, "app"},
		{"ar-sample-school.md", 60, layout.Options{Bidi: layout.BidiApp, Shape: true}, "app"},
	}
	th, err := Load("notty", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s-%d-%s.golden", tt.article, tt.width, tt.mode)
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			tt.opt.Width = tt.width
			if err := Write(&buf, sample(t, tt.article), tt.opt, th); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join("testdata", name)
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("output differs from %s; run with -update and review the diff", file)
			}
		})
	}
}
