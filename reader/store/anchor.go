package store

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// contextRunes is how many characters of text before and after a passage an
// anchor keeps, as Hypothesis does.
const contextRunes = 32

// Thresholds of re-anchoring. An exact occurrence of the quote is taken when
// its context (prefix and suffix, averaged) is at least minContext alike, or
// when it is the only occurrence of a quote of at least uniqueRunes
// characters. An approximate match needs a quote at least minQuote alike, a
// weighted score (half quote, a quarter each side) of at least minScore, and
// one side of its context at least minContext alike.
const (
	minContext  = 0.5
	uniqueRunes = 32
	minQuote    = 0.75
	minScore    = 0.75
)

// anchor is a passage kept so that it can be found again in an edited text:
// a TextQuoteSelector (Exact, Prefix, Suffix) and a TextPositionSelector hint
// (Start, End: byte offsets in the text it was made from).
type anchor struct {
	Exact, Prefix, Suffix string
	Start, End            int
}

// newAnchor returns the anchor of text[start:end]; start and end are clamped
// to the text and moved back to the start of their character.
func newAnchor(text string, start, end int) anchor {
	start, end = runeStart(text, start), runeStart(text, end)
	if end < start {
		end = start
	}
	return anchor{
		Exact:  text[start:end],
		Prefix: lastRunes(text[:start], contextRunes),
		Suffix: firstRunes(text[end:], contextRunes),
		Start:  start,
		End:    end,
	}
}

// locateAll finds every anchor of as in text, in place: it sets Start and
// End where one is found and reports which ones were not found. The anchors
// are looked for in the order of their hints, and each hint is moved by the
// shift the previous anchor underwent, so an insertion or deletion early in
// the text costs no more than one search.
func locateAll(text string, as []anchor) (lost []bool) {
	lost = make([]bool, len(as))
	order := make([]int, len(as))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return as[i].Start - as[j].Start })
	shift := 0
	for _, i := range order {
		a := as[i]
		a.Start += shift
		a.End += shift
		s, e, ok := locate(text, a)
		if !ok {
			lost[i] = true
			continue
		}
		shift = s - as[i].Start
		as[i].Start, as[i].End = s, e
	}
	return lost
}

// locate finds a in text: exactly, then approximately. It reports false
// when neither finds it with confidence.
func locate(text string, a anchor) (start, end int, ok bool) {
	if a.Exact == "" {
		return 0, 0, false
	}
	if s, ok := locateExact(text, a); ok {
		return s, s + len(a.Exact), true
	}
	return locateFuzzy(text, a)
}

// locateExact looks for the quote itself. It first looks in windows of
// growing size around the hint for an occurrence with the same prefix and
// suffix, taking the nearest; failing that it weighs every occurrence by
// its context, the nearest maxSeeds of them.
func locateExact(text string, a anchor) (int, bool) {
	hint := clamp(a.Start, 0, len(text))
	var all []int
	for radius := max(4*len(a.Exact), 256); ; radius *= 8 {
		lo, hi := max(hint-radius, 0), min(hint+radius+len(a.Exact), len(text))
		best, bestDist := -1, 0
		all = occurrencesIn(text, lo, hi, a.Exact)
		for _, s := range all {
			if d := abs(s - hint); (best < 0 || d < bestDist) && sameContext(text, s, s+len(a.Exact), a) {
				best, bestDist = s, d
			}
		}
		if best >= 0 {
			return best, true
		}
		if lo == 0 && hi == len(text) {
			break
		}
	}
	if len(all) == 1 && utf8.RuneCountInString(a.Exact) >= uniqueRunes {
		return all[0], true
	}
	best, bestScore, bestDist := -1, 0.0, 0
	for _, s := range nearest(all, hint) {
		c := contextScore(text, s, s+len(a.Exact), a)
		d := abs(s - hint)
		if c < minContext {
			continue
		}
		if best < 0 || c > bestScore+0.1 || (c > bestScore-0.1 && d < bestDist) {
			best, bestScore, bestDist = s, max(c, bestScore), d
		}
	}
	return best, best >= 0
}

// seedRunes is the length of the pieces of quote and context that
// approximate matching looks for exactly, and maxSeeds how many occurrences
// of each, nearest the hint, it tries.
const (
	seedRunes = 12
	maxSeeds  = 16
)

// locateFuzzy looks for an edited quote. Candidate starts are where the end
// of the prefix or the start of the quote occur; candidate ends where the
// end of the quote or the start of the suffix occur. Each start is paired
// with the ends near it (and each end with the starts), and the pair with
// the best score is taken if it passes the thresholds. It looks near the
// hint first, then in the whole text.
func locateFuzzy(text string, a anchor) (int, int, bool) {
	hint := clamp(a.Start, 0, len(text))
	for _, radius := range []int{fuzzyRadius + 2*len(a.Exact), len(text)} {
		lo, hi := max(hint-radius, 0), min(hint+radius+len(a.Exact), len(text))
		if s, e, ok := locateFuzzyIn(text, lo, hi, a); ok {
			return s, e, true
		}
		if lo == 0 && hi == len(text) {
			break
		}
	}
	return 0, 0, false
}

// fuzzyRadius is how far from the hint approximate matching first looks.
const fuzzyRadius = 1 << 14

// locateFuzzyIn is locateFuzzy with seeds in text[lo:hi].
func locateFuzzyIn(text string, lo, hi int, a anchor) (int, int, bool) {
	hint := clamp(a.Start, 0, len(text))
	var starts, ends []int
	if p := lastRunes(a.Prefix, seedRunes); p != "" {
		for _, s := range nearest(occurrencesIn(text, lo, hi, p), hint) {
			starts = append(starts, s+len(p))
		}
	}
	if q := firstRunes(a.Exact, seedRunes); q != "" {
		starts = append(starts, nearest(occurrencesIn(text, lo, hi, q), hint)...)
	}
	if q := lastRunes(a.Exact, seedRunes); q != "" {
		for _, e := range nearest(occurrencesIn(text, lo, hi, q), hint+len(a.Exact)) {
			ends = append(ends, e+len(q))
		}
	}
	if x := firstRunes(a.Suffix, seedRunes); x != "" {
		ends = append(ends, nearest(occurrencesIn(text, lo, hi, x), hint+len(a.Exact))...)
	}
	slices.Sort(starts)
	starts = slices.Compact(starts)
	slices.Sort(ends)
	ends = slices.Compact(ends)
	span := 2*len(a.Exact) + 64
	quoteRunes := utf8.RuneCountInString(a.Exact)
	bestS, bestE, best, bestDist := 0, 0, -1.0, 0
	try := func(s, e int) {
		if e <= s {
			return
		}
		n := utf8.RuneCountInString(text[s:e])
		if float64(min(n, quoteRunes)) < minQuote*float64(max(n, quoteRunes)) {
			return // too long or too short to be alike enough
		}
		q := similarityAtLeast(a.Exact, text[s:e], minQuote)
		if q < minQuote {
			return
		}
		p := similarity(a.Prefix, lastRunes(text[:s], utf8.RuneCountInString(a.Prefix)))
		x := similarity(a.Suffix, firstRunes(text[e:], utf8.RuneCountInString(a.Suffix)))
		score := q/2 + p/4 + x/4
		d := abs(s - hint)
		if score < minScore || max(p, x) < minContext {
			return
		}
		if score > best || (score == best && d < bestDist) {
			bestS, bestE, best, bestDist = s, e, score, d
		}
	}
	for _, s := range starts {
		try(s, runeStart(text, s+len(a.Exact)))
		for _, e := range ends {
			if e > s && e-s <= span {
				try(s, e)
			}
		}
	}
	for _, e := range ends {
		try(runeStart(text, e-len(a.Exact)), e)
	}
	return bestS, bestE, best >= 0
}

// sameContext reports whether text[s:e] has the anchor's prefix and suffix.
func sameContext(text string, s, e int, a anchor) bool {
	return len(a.Prefix) <= s && text[s-len(a.Prefix):s] == a.Prefix &&
		len(a.Suffix) <= len(text)-e && text[e:e+len(a.Suffix)] == a.Suffix
}

// contextScore is how alike the text around text[s:e] is to the anchor's
// prefix and suffix, from 0 to 1.
func contextScore(text string, s, e int, a anchor) float64 {
	if sameContext(text, s, e, a) {
		return 1
	}
	ps := similarity(a.Prefix, lastRunes(text[:s], utf8.RuneCountInString(a.Prefix)))
	xs := similarity(a.Suffix, firstRunes(text[e:], utf8.RuneCountInString(a.Suffix)))
	return (ps + xs) / 2
}

// occurrencesIn returns the offsets in text of every occurrence of sub in
// text[lo:hi].
func occurrencesIn(text string, lo, hi int, sub string) []int {
	var out []int
	for i := lo; i <= hi-len(sub); {
		j := strings.Index(text[i:hi], sub)
		if j < 0 {
			break
		}
		out = append(out, i+j)
		_, n := utf8.DecodeRuneInString(text[i+j:])
		i += j + max(n, 1)
	}
	return out
}

// nearest returns at most maxSeeds of the offsets, the ones nearest to hint.
func nearest(offs []int, hint int) []int {
	if len(offs) <= maxSeeds {
		return offs
	}
	slices.SortFunc(offs, func(a, b int) int { return abs(a-hint) - abs(b-hint) })
	return offs[:maxSeeds]
}

// longRunes bounds the edit-distance computation: strings longer than this
// are compared by their first and last longRunes/2 characters.
const longRunes = 1024

// similarity is 1 minus the edit distance of a and b over the length of the
// longer, counted in characters: 1 for equal strings, 0 for strings with
// nothing in common.
func similarity(a, b string) float64 { return similarityAtLeast(a, b, 0) }

// similarityAtLeast is similarity, cut short when it is sure to be below
// floor: then it returns some value below floor.
func similarityAtLeast(a, b string, floor float64) float64 {
	if a == b {
		return 1
	}
	ra, rb := []rune(a), []rune(b)
	n := max(len(ra), len(rb))
	if len(ra) > longRunes && len(rb) > longRunes {
		h := longRunes / 2
		d := levenshtein(ra[:h], rb[:h], n) + levenshtein(ra[len(ra)-h:], rb[len(rb)-h:], n)
		d += abs(len(ra) - len(rb))
		return max(0, 1-float64(d)/float64(n))
	}
	if min(len(ra), len(rb)) == 0 {
		return 0
	}
	if n > 2*longRunes {
		// One is short, the other long: their distance is at least the
		// difference of their lengths, so this bounds the similarity.
		return float64(min(len(ra), len(rb))) / float64(n)
	}
	limit := int((1 - floor) * float64(n))
	return 1 - float64(levenshtein(ra, rb, limit))/float64(n)
}

// levenshtein is the edit distance of a and b when it is at most limit, and
// some value above limit otherwise.
func levenshtein(a, b []rune, limit int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		least := i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c = 1 + min(c, prev[j], cur[j-1])
			}
			cur[j] = c
			least = min(least, c)
		}
		if least > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// runeStart clamps off to text and moves it back to the start of its
// character.
func runeStart(text string, off int) int {
	off = clamp(off, 0, len(text))
	for off > 0 && off < len(text) && !utf8.RuneStart(text[off]) {
		off--
	}
	return off
}

// firstRunes returns the first n characters of s.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// lastRunes returns the last n characters of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
