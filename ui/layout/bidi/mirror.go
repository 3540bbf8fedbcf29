package bidi

import "sort"

//go:generate go run ./internal/gen

// Mirror applies rule L4: it returns the mirrored glyph of a character with
// the Bidi_Mirrored property that has one in BidiMirroring.txt (brackets,
// « », ≤ …), or r itself. Callers mirror the characters of RTL runs.
func Mirror(r rune) rune {
	i := sort.Search(len(mirrors), func(i int) bool { return mirrors[i][0] >= r })
	if i < len(mirrors) && mirrors[i][0] == r {
		return mirrors[i][1]
	}
	return r
}
