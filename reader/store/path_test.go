package store

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFolderNamesTheDatabaseCannotMistake opens stores in folders whose
// names hold what a database address gives a meaning to (? # % and
// spaces) or that are not ASCII: the database goes in that folder, and
// what it keeps is there when it is opened again.
func TestFolderNamesTheDatabaseCannotMistake(t *testing.T) {
	for _, name := range []string{"odd?dir", "hash#dir", "per%20cent", "with space", "مجلد البيانات"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), name)
			doc := parse(t, "/a.txt", "One paragraph of text to highlight.\n")
			s := openT(t, dir)
			if _, err := s.AddHighlight(articleT(t, s, doc), 4, 13, ""); err != nil {
				t.Fatal(err)
			}
			s.Close()
			if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
				t.Fatalf("the database is not in %q: %v", dir, err)
			}
			if hs := articleT(t, openT(t, dir), doc).Highlights(); len(hs) != 1 || hs[0].Exact != "paragraph" {
				t.Errorf("reopened in %q: highlights %+v", dir, hs)
			}
		})
	}
}
