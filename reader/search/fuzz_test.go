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
	var pat, folded []byte
	var offs []int
	for _, r := range q.Pattern {
		if k := f.fold(r); k != ignored {
			pat = utf8.AppendRune(pat, k)
		}
	}
	for i, r := range text {
		if k := f.fold(r); k != ignored {
			n := len(folded)
			folded = utf8.AppendRune(folded, k)
			for range len(folded) - n {
				offs = append(offs, i)
			}
		}
	}
	offs = append(offs, len(text))
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
		saved := chunkSize
		defer func() { chunkSize = saved }()
		chunkSize = 1 + int(chunk%16)
		want := reference(q, text)
		var got [][2]int
		m.All(context.Background(), text, func(s, e int) bool {
			got = append(got, [2]int{s, e})
			return true
		})
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%+v in %q: All gives %v, reference %v", q, text, got, want)
		}
		if n, _ := m.Count(context.Background(), text); n != len(want) {
			t.Fatalf("%+v in %q: Count = %d, reference %d", q, text, n, len(want))
		}
		if len(want) > 0 {
			if s, e, ok := m.Next(context.Background(), text, 0); !ok || [2]int{s, e} != want[0] {
				t.Fatalf("%+v in %q: Next = %d, %d, %v, want %v", q, text, s, e, ok, want[0])
			}
		}
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
		saved := chunkSize
		defer func() { chunkSize = saved }()
		chunkSize = 1 + int(chunk%16)
		want := reference(q, text)
		var got [][2]int
		m.All(context.Background(), text, func(s, e int) bool {
			got = append(got, [2]int{s, e})
			return true
		})
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%+v in %q: All gives %v, reference %v", rq, text, got, want)
		}
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
			var folded []byte
			var offs []int
			for i, r := range line {
				if k := x.f.fold(r); k != ignored {
					n := len(folded)
					folded = utf8.AppendRune(folded, k)
					for range len(folded) - n {
						offs = append(offs, base+i)
					}
				}
			}
			offs = append(offs, base+len(line))
			for _, m := range x.re.FindAllIndex(folded, -1) {
				if m[0] < m[1] {
					want = append(want, [2]int{offs[m[0]], offs[m[1]]})
				}
			}
			base += len(line) + 1
		}
		saved := chunkSize
		defer func() { chunkSize = saved }()
		chunkSize = 1 + int(chunk%16)
		var got [][2]int
		m.All(context.Background(), text, func(s, e int) bool {
			got = append(got, [2]int{s, e})
			return true
		})
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q in %q: All gives %v, want %v", pattern, text, got, want)
		}
	})
}
