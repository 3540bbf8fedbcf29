package store

import (
	"testing"
	"unicode/utf8"
)

// FuzzLocate anchors a range of a text, edits the text and finds the range
// again: it must never panic, and what it finds must be a range of the
// edited text at character boundaries; in the unedited text it must find
// the range itself.
func FuzzLocate(f *testing.F) {
	f.Add(english, 10, 40, 5, 3, "xyz")
	f.Add(arabic, 20, 90, 0, 0, "")
	f.Add("aaaa aaaa aaaa", 5, 9, 0, 5, "a")
	f.Fuzz(func(t *testing.T, text string, start, end, at, del int, ins string) {
		if !utf8.ValidString(text) || len(text) > 1<<12 {
			return
		}
		a := newAnchor(text, start, end)
		if a.Exact != "" {
			if s, e, ok := locate(text, a); !ok || text[s:e] != a.Exact {
				t.Fatalf("unedited: %d %d %v", s, e, ok)
			}
		}
		at = clamp(at, 0, len(text))
		cut := min(at+max(del, 0), len(text))
		edited := text[:at] + ins + text[cut:]
		s, e, ok := locate(edited, a)
		if !ok {
			return
		}
		if s < 0 || e > len(edited) || s > e {
			t.Fatalf("found %d-%d in %d bytes", s, e, len(edited))
		}
		if utf8.ValidString(edited) && !utf8.ValidString(edited[s:e]) {
			t.Fatalf("found %q, not at character boundaries", edited[s:e])
		}
	})
}
