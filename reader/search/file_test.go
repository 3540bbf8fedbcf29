package search

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestAllInIsAllOverTheFile: searching a file's bytes chunk by chunk
// finds the matches All finds in the same text, across chunk borders too,
// from any offset, Arabic folded and regular expressions line by line.
func TestAllInIsAllOverTheFile(t *testing.T) {
	var b strings.Builder
	for i := range 400 {
		fmt.Fprintf(&b, "سطر %d قال الرئيس: «إنّ الأمر واضح» needle%d\n", i, i%7)
		if i%9 == 0 {
			b.WriteString("\n")
		}
	}
	text := b.String()
	saved, savedOver := fileChunk, fileOverlap
	defer func() { fileChunk, fileOverlap = saved, savedOver }()
	for _, q := range []Query{{Pattern: "الامر"}, {Pattern: "needle3"}, {Pattern: `^سطر \d+1 `, Regex: true}, {Pattern: "e"}} {
		m, err := Compile(q)
		if err != nil {
			t.Fatal(err)
		}
		for _, size := range [][2]int{{300, 100}, {1000, 200}, {1 << 20, 1 << 10}} {
			fileChunk, fileOverlap = size[0], size[1]
			for _, from := range []int{0, 1, 777, len(text) / 2} {
				var want, got []string
				_ = m.All(context.Background(), text[from:], func(s, e int) bool {
					want = append(want, fmt.Sprint(from+s, "-", from+e))
					return true
				})
				err := m.AllIn(context.Background(), strings.NewReader(text), int64(from), int64(len(text)), func(s, e int64) bool {
					got = append(got, fmt.Sprint(s, "-", e))
					return true
				})
				if err != nil {
					t.Fatal(err)
				}
				if len(want) == 0 || strings.Join(got, " ") != strings.Join(want, " ") {
					t.Errorf("%q, chunks of %v, from %d: AllIn found %d matches, All %d\n got %.200v\nwant %.200v",
						q.Pattern, size, from, len(got), len(want), got, want)
				}
			}
		}
	}
}
