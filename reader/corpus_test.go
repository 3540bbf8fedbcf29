package reader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// truth is the part of a sample's *.truth.json (docs/corpus-truth.md) that
// loading and sectioning answer for.
type truth struct {
	Title       *string  `json:"title"`
	Sections    []string `json:"sections"`
	Boilerplate []string `json:"boilerplate"`
	Outside     []string `json:"outside_article"`
}

// TestCorpus loads every sample and compares its title, sections and
// boilerplate with the hand-checked truth.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("../samples/*.truth.json")
	if len(files) == 0 {
		t.Fatal("no truth files in ../samples")
	}
	for _, tf := range files {
		base := strings.TrimSuffix(tf, ".truth.json")
		t.Run(filepath.Base(base), func(t *testing.T) {
			var want truth
			data, err := os.ReadFile(tf)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			docs, _ := filepath.Glob(base + ".*")
			docs = slices.DeleteFunc(docs, func(p string) bool { return strings.HasSuffix(p, ".json") })
			if len(docs) != 1 {
				t.Fatalf("documents for %s: %v", base, docs)
			}
			d, err := Load(docs[0])
			if err != nil {
				t.Fatal(err)
			}
			wantTitle := strings.TrimSuffix(filepath.Base(docs[0]), filepath.Ext(docs[0]))
			if want.Title != nil {
				wantTitle = *want.Title
			}
			if d.Title != wantTitle {
				t.Errorf("title = %q, want %q", d.Title, wantTitle)
			}
			var got []string
			for _, s := range d.Sections {
				got = append(got, s.Title)
			}
			if !slices.Equal(got, want.Sections) {
				t.Errorf("sections =\n%q\nwant\n%q", got, want.Sections)
			}
			var debris []string
			for i, b := range d.Blocks {
				if b.Kind == Boilerplate {
					debris = append(debris, d.BlockText(i))
				}
			}
			if want.Boilerplate == nil {
				want.Boilerplate = []string{}
			}
			if debris == nil {
				debris = []string{}
			}
			if !slices.Equal(debris, want.Boilerplate) {
				t.Errorf("boilerplate =\n%q\nwant\n%q", debris, want.Boilerplate)
			}
			for _, o := range want.Outside {
				if strings.Contains(d.Text, o) {
					t.Errorf("page chrome %q is in the text", o)
				}
			}
		})
	}
}
