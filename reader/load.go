package reader

import (
	"os"
	"path/filepath"
	"strings"
)

// Load reads the article at path. (Minimal first cut: plain text, one
// block a line; the loaders replace it.)
func Load(path string) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(filepath.Base(path), data)
}

// Parse builds a Document from the bytes of an article named name.
func Parse(name string, data []byte) (*Document, error) {
	d := &Document{Name: name, Title: strings.TrimSuffix(name, filepath.Ext(name)), Text: string(data)}
	off := 0
	for _, line := range strings.SplitAfter(d.Text, "\n") {
		t := strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(t) != "" {
			d.Blocks = append(d.Blocks, Block{Kind: Paragraph, Start: off, End: off + len(t)})
		}
		off += len(line)
	}
	d.Sections = []Section{{Start: 0, End: len(d.Text)}}
	return d, nil
}
