package bidi

import "testing"

// FuzzVisual checks that Resolve and Visual never panic and that the runs
// cover exactly the clamped line, each byte once, none empty.
func FuzzVisual(f *testing.F) {
	f.Add("قال 12 abc (اليوم) «نعم»", 3, 20, uint8(0))
	f.Add("abc\u202bאבג\u202c def\u2067ghi\u2069", 0, 100, uint8(1))
	f.Add("\xff\xfe ب\u2029ج\tد", -5, 7, uint8(2))
	f.Fuzz(func(t *testing.T, text string, start, end int, dir uint8) {
		p := Resolve(text, Direction(dir%3))
		runs := p.Visual(start, end)
		start, end = max(0, start), min(end, len(text))
		covered := make([]bool, len(text))
		n := 0
		for _, r := range runs {
			if r.Start < start || r.End > end || r.Start >= r.End {
				t.Fatalf("run %v outside [%d,%d) or empty", r, start, end)
			}
			for i := r.Start; i < r.End; i++ {
				if covered[i] {
					t.Fatalf("byte %d in two runs: %v", i, runs)
				}
				covered[i] = true
				n++
			}
		}
		if want := max(0, end-start); n != want {
			t.Fatalf("runs %v cover %d bytes, want %d", runs, n, want)
		}
	})
}
