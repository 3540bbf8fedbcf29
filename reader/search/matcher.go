package search

import (
	"context"
	"errors"
	"fmt"
	"regexp/syntax"
	"sync"

	"qari/reader"
	"qari/reader/procs"
)

// Query is what the user searches for.
type Query struct {
	Pattern       string // the text to find, or a Go regular expression when Regex is set
	Regex         bool   // Pattern is a Go regular expression, matched line by line (\w and \b are ASCII: use \pL for Arabic)
	CaseSensitive bool   // match case exactly even when Pattern has no capital letter
	IgnoreCase    bool   // fold case even when Pattern has a capital letter (qari search's default, as the corpus probes count)
	FoldDigits    bool   // let Arabic-Indic digits match ASCII digits (١٢٣ and 123)
}

// ErrEmpty is returned by Compile for a plain pattern with nothing to
// search for: empty, or only harakat and tatweel.
var ErrEmpty = errors.New("search: empty pattern")

// chunkSize is how many bytes of text are searched between two looks at
// the context (and two reports to reader.Passed, which keeps a large
// text's pages from staying resident), and the unit Count hands to its
// workers. Tests make it tiny to put matches across chunk borders.
var chunkSize = 1 << 20

// engine finds matches. Every match has a key offset (the plain engine's
// anchor letter, the regex engine's line start), and of two matches the
// one that starts later never has the smaller key.
type engine interface {
	// scan calls fn in order for the matches whose key is in [lo, hi)
	// until fn returns false; it reports whether fn never did. Matches may
	// overlap each other.
	scan(text string, lo, hi int, fn func(start, end int) bool) bool
	// keyFloor returns an offset at or below every key of a match that
	// starts at or after off.
	keyFloor(text string, off int) int
}

// Matcher is a compiled Query. It is safe for concurrent use.
type Matcher struct {
	eng engine
}

// Compile prepares q for matching. Smart case: q matches case exactly
// when q.CaseSensitive is set or its pattern has a capital letter (for a
// regular expression: in a literal, so \S does not count), unless
// q.IgnoreCase is set. The error is
// ErrEmpty, or says what is wrong with a regular expression.
func Compile(q Query) (*Matcher, error) {
	if !q.Regex {
		f := folder{caseless: q.IgnoreCase || !q.CaseSensitive && !hasUpper(q.Pattern), digits: q.FoldDigits}
		p := newPlain(q.Pattern, f)
		if p == nil {
			return nil, ErrEmpty
		}
		return &Matcher{eng: p}, nil
	}
	re, err := parseRegex(q.Pattern, 0)
	if err == nil && (q.IgnoreCase || !q.CaseSensitive && !hasUpperLiteral(re)) {
		re, err = parseRegex(q.Pattern, syntax.FoldCase)
	}
	if err != nil {
		return nil, fmt.Errorf("search: bad regular expression: %w", err)
	}
	x, err := newRegex(re, folder{digits: q.FoldDigits})
	if err != nil {
		return nil, fmt.Errorf("search: bad regular expression: %w", err)
	}
	return &Matcher{eng: x}, nil
}

// All calls fn with the byte offsets of every match in text, in order,
// until fn returns false. Matches do not overlap: after a match, the next
// one starts at or after its end, as with strings.Index over a folded
// copy. It returns ctx.Err() when ctx is done before the end, else nil.
func (m *Matcher) All(ctx context.Context, text string, fn func(start, end int) bool) error {
	last := 0
	for lo := 0; lo < len(text); lo += chunkSize {
		if err := ctx.Err(); err != nil {
			return err
		}
		reader.Passed(chunkSize)
		more := m.eng.scan(text, lo, lo+chunkSize, func(s, e int) bool {
			if s < last {
				return true
			}
			last = e
			return fn(s, e)
		})
		if !more {
			return nil
		}
	}
	return nil
}

// Next returns the first match that starts at or after from. Stepping
// with Next from the end of the previous match visits the matches of All.
// ok is false when there is none or ctx is done (see ctx.Err()).
func (m *Matcher) Next(ctx context.Context, text string, from int) (start, end int, ok bool) {
	from = max(0, from)
	for lo := m.eng.keyFloor(text, min(from, len(text))); lo < len(text); lo += chunkSize {
		if ctx.Err() != nil {
			return 0, 0, false
		}
		reader.Passed(chunkSize)
		m.eng.scan(text, lo, lo+chunkSize, func(s, e int) bool {
			if s >= from {
				start, end, ok = s, e, true
			}
			return !ok
		})
		if ok {
			return start, end, true
		}
	}
	return 0, 0, false
}

// Prev returns the last match that ends at or before before. Stepping
// back with Prev from the start of a match visits the matches of All,
// backwards, unless matches of the pattern overlap each other (aa in
// aaa). ok is false when there is none or ctx is done (see ctx.Err()).
func (m *Matcher) Prev(ctx context.Context, text string, before int) (start, end int, ok bool) {
	before = min(before, len(text))
	for hi := before; hi > 0; hi -= chunkSize {
		if ctx.Err() != nil {
			return 0, 0, false
		}
		reader.Passed(chunkSize)
		m.eng.scan(text, max(0, hi-chunkSize), hi, func(s, e int) bool {
			if e <= before {
				start, end, ok = s, e, true
			}
			return true
		})
		if ok {
			return start, end, true
		}
	}
	return 0, 0, false
}

// Count returns the number of matches All would report, searching chunks
// of the text on the processors free for it (procs.Workers). It returns
// ctx.Err() when ctx is done first.
func (m *Matcher) Count(ctx context.Context, text string) (int, error) {
	n := (len(text) + chunkSize - 1) / chunkSize
	parts := make([]tally, n)
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	workers, done := procs.Workers(n)
	defer done()
	for range workers {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n || ctx.Err() != nil {
					return
				}
				parts[i] = m.tally(text, i*chunkSize, 0)
				reader.Passed(chunkSize)
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	total, last := 0, 0
	for i, t := range parts {
		if t.count > 0 && t.first < last {
			t = m.tally(text, i*chunkSize, last) // a match across the border shifts this chunk's matches
		}
		total += t.count
		if t.count > 0 {
			last = t.last
		}
	}
	return total, nil
}

// tally is what Count learns of one chunk.
type tally struct {
	count       int
	first, last int // the first match's start and the last match's end
}

// tally counts the non-overlapping matches keyed in the chunk at lo that
// start at or after last.
func (m *Matcher) tally(text string, lo, last int) tally {
	var t tally
	m.eng.scan(text, lo, lo+chunkSize, func(s, e int) bool {
		if s >= last {
			if t.count == 0 {
				t.first = s
			}
			t.count++
			last, t.last = e, e
		}
		return true
	})
	return t
}
