package search

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// reference finds the matches of a plain query the obvious way: fold the
// whole text into a copy with an offset for every byte, look for the
// folded pattern with a strings.Index loop and map the hits back.
func reference(q Query, text string) [][2]int {
	f := folder{caseless: !q.CaseSensitive && !hasUpper(q.Pattern), digits: q.FoldDigits}
	pat, _ := foldWithOffsets(q.Pattern, 0, f)
	folded, offs := foldWithOffsets(text, 0, f)
	var out [][2]int
	for i := 0; len(pat) > 0; {
		j := strings.Index(string(folded[i:]), string(pat))
		if j < 0 {
			break
		}
		i += j
		out = append(out, [2]int{offs[i], offs[i+len(pat)]})
		i += len(pat)
	}
	return out
}

// foldWithOffsets returns s folded by f and, for every byte of the folded
// copy and one past its end, the offset in s (plus base) it comes from.
func foldWithOffsets(s string, base int, f folder) ([]byte, []int) {
	var folded []byte
	var offs []int
	for i, r := range s {
		if k := f.fold(r); k != ignored {
			n := len(folded)
			folded = utf8.AppendRune(folded, k)
			for range len(folded) - n {
				offs = append(offs, base+i)
			}
		}
	}
	return folded, append(offs, base+len(s))
}

// checkMatches runs m on text with chunks of 1 to 16 bytes and checks All,
// Count and stepping with Next against want.
func checkMatches(t *testing.T, m *Matcher, what, text string, chunk uint8, want [][2]int) {
	t.Helper()
	saved := chunkSize
	defer func() { chunkSize = saved }()
	chunkSize = 1 + int(chunk%16)
	ctx := context.Background()
	var got [][2]int
	m.All(ctx, text, func(s, e int) bool {
		got = append(got, [2]int{s, e})
		return true
	})
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("%s in %q: All gives %v, want %v", what, text, got, want)
	}
	if n, _ := m.Count(ctx, text); n != len(want) {
		t.Fatalf("%s in %q: Count = %d, want %d", what, text, n, len(want))
	}
	var stepped [][2]int
	for from := 0; ; {
		s, e, ok := m.Next(ctx, text, from)
		if !ok || len(stepped) > len(want) {
			break
		}
		stepped = append(stepped, [2]int{s, e})
		from = e
	}
	if fmt.Sprint(stepped) != fmt.Sprint(want) {
		t.Fatalf("%s in %q: stepping with Next gives %v, want %v", what, text, stepped, want)
	}
}

// FuzzPlainMatchesReference checks the fast path (anchor letter, chunks,
// parallel count) against reference, as fzf's fastpath_equiv_test does.
func FuzzPlainMatchesReference(f *testing.F) {
	f.Add("هجوما", "شنت القوات هجومًا واسعا هجوما", uint8(0), uint8(0))
	f.Add("ايضا", "أيضاً أيضًا ايضا", uint8(0), uint8(3))
	f.Add("aa", "aaaaa a aa", uint8(0), uint8(1))
	f.Add("Quay", "quay Quay QUAY", uint8(1), uint8(5))
	f.Add("123", "١٢٣ 123 ۱۲۳", uint8(2), uint8(2))
	f.Add("k\uFFFD", "K\xff k\uFFFD", uint8(0), uint8(0))
	f.Add("لل", "لّلَلل", uint8(0), uint8(1))
	f.Fuzz(func(t *testing.T, pattern, text string, flags, chunk uint8) {
		q := Query{Pattern: pattern, CaseSensitive: flags&1 != 0, FoldDigits: flags&2 != 0}
		m, err := Compile(q)
		if err != nil {
			return
		}
		checkMatches(t, m, fmt.Sprintf("%+v", q), text, chunk, reference(q, text))
	})
}

// FuzzRegexMatchesReference checks the regex engine (line by line folding,
// the offset cursor) on quoted literals against reference.
func FuzzRegexMatchesReference(f *testing.F) {
	f.Add("هجوما", "شنت القوات هجومًا\nواسعا هجوما", uint8(0), uint8(0))
	f.Add("ايضا", "أيضاً أيضًا ايضا", uint8(0), uint8(3))
	f.Add("Quay", "quay\nQuay QUAY", uint8(1), uint8(5))
	f.Add("123", "١٢٣ 123 ۱۲۳", uint8(2), uint8(2))
	f.Add("k\uFFFD", "K\xff k\uFFFD", uint8(0), uint8(0))
	f.Fuzz(func(t *testing.T, pattern, text string, flags, chunk uint8) {
		if strings.Contains(pattern, "\n") {
			return // a regex match never spans lines
		}
		q := Query{Pattern: pattern, CaseSensitive: flags&1 != 0, FoldDigits: flags&2 != 0}
		rq := q
		rq.Pattern, rq.Regex = regexp.QuoteMeta(pattern), true
		m, err := Compile(rq)
		if err != nil {
			return
		}
		checkMatches(t, m, fmt.Sprintf("%+v", rq), text, chunk, reference(q, text))
	})
}

// FuzzRegexPrefilter checks the regex engine on any pattern against its
// own regexp run on every line without the literal prefilter, the
// cursor or the chunks.
func FuzzRegexPrefilter(f *testing.F) {
	f.Add(`لافروف|كيري`, "قال كيري\nلافروف وكيري\nلا شيء", uint8(0))
	f.Add(`(ال)?زعفران+`, "الزعفرانن زعفران\nزعفرا", uint8(3))
	f.Add(`هجوما?\s`, "هجومًا واسعا\nهجوم ", uint8(1))
	f.Fuzz(func(t *testing.T, pattern, text string, chunk uint8) {
		m, err := Compile(Query{Pattern: pattern, Regex: true})
		if err != nil {
			return
		}
		x := m.eng.(*regex)
		var want [][2]int
		base := 0
		for line := range strings.SplitSeq(text, "\n") {
			folded, offs := foldWithOffsets(line, base, x.f)
			for _, m := range x.re.FindAllIndex(folded, -1) {
				if m[0] < m[1] {
					want = append(want, [2]int{offs[m[0]], offs[m[1]]})
				}
			}
			base += len(line) + 1
		}
		checkMatches(t, m, fmt.Sprintf("%q", pattern), text, chunk, want)
	})
}
