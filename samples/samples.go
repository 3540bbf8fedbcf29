// Package samples is qari's built-in sample library: the articles of the
// shared corpus, opened when qari runs with no arguments, and their
// hand-checked ground truth (*.truth.json, described in docs/corpus-truth.md), which the
// tests of the other packages compare against.
package samples

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.txt *.md *.html
var files embed.FS

// Seed is the name of the first article users gave us, listed first.
const Seed = "seed-aleppo.txt"

// Article is one sample: its file name and its bytes.
type Article struct {
	Name string
	Data []byte
}

// Articles returns the samples, the Arabic seed first, then by name.
func Articles() []Article {
	entries, _ := fs.ReadDir(files, ".")
	var out []Article
	for _, e := range entries {
		data, _ := files.ReadFile(e.Name())
		out = append(out, Article{Name: e.Name(), Data: data})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i].Name == Seed) != (out[j].Name == Seed) {
			return out[i].Name == Seed
		}
		return strings.Compare(out[i].Name, out[j].Name) < 0
	})
	return out
}
