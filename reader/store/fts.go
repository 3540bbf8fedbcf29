package store

import (
	"context"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"qari/reader"
	"qari/reader/search"
)

// Hit is one match of a library search: a range of an article's text,
// the section that holds it and a line of context around it.
type Hit struct {
	Article int64  // the article's id (Load opens it)
	Title   string // the article's title
	Source  string // where it came from: its address, path or name
	Start   int    // byte offsets of the match in the article's text
	End     int
	Section string // the heading of the section holding the match; "" in the lead
	Before  string // up to ContextRunes runes of the match's line before it, on one line
	Match   string
	After   string
}

// Found is what a library search found.
type Found struct {
	Hits     []Hit // in the order of the articles' rank, then of the text
	Articles int   // how many articles match
}

// ContextRunes is how much of its line a hit shows on either side.
const ContextRunes = 60

// searchScan is how many of the best-ranked articles a search looks into
// for its hits: enough for screens of them; every match is counted in
// Found.Articles all the same.
const searchScan = 200

// Search finds pattern in every article of the library with SQLite's
// full-text index (FTS5) of their folded text: the words of the pattern,
// folded as reader/search folds them (harakat, alef forms, case, digits),
// as a phrase whose last word may be the start of a longer one, in the
// text as it is or with the Arabic words' prefixes taken off (هجوم finds
// الهجوم and وهجوم, as the reader's search does). The
// articles come by rank (BM25, a title counting more than the body), and
// in each the hits are the matches of the pattern in the original text,
// found by reader/search, so that their offsets are the text's own. At
// most maxHits hits are returned. The index knows whole words: a pattern
// that starts inside a word finds nothing.
func (s *Store) Search(ctx context.Context, pattern string, maxHits int) (Found, error) {
	var f Found
	q := ftsQuery(pattern)
	if q == "" {
		return f, nil
	}
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM library_fts WHERE library_fts MATCH ?`, q).Scan(&f.Articles); err != nil {
		return f, s.wrap(err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT rowid FROM library_fts WHERE library_fts MATCH ?
		ORDER BY bm25(library_fts, 4.0, 1.0, 0.5) LIMIT ?`, q, searchScan)
	if err != nil {
		return f, s.wrap(err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return f, s.wrap(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return f, s.wrap(err)
	}
	phrase, err := search.Compile(search.Query{Pattern: pattern, IgnoreCase: true, FoldDigits: true})
	if err != nil {
		return f, nil // nothing to find: only harakat, say
	}
	for _, id := range ids {
		if len(f.Hits) >= maxHits {
			break
		}
		hs, err := s.hitsIn(ctx, id, phrase, pattern, maxHits-len(f.Hits))
		if err != nil {
			return f, err
		}
		f.Hits = append(f.Hits, hs...)
	}
	return f, ctx.Err()
}

// hitsIn returns up to n matches of m in article id. Where the index
// matched words that the pattern does not join as it is written (a comma
// between them), the matches of the pattern's longest word stand in.
func (s *Store) hitsIn(ctx context.Context, id int64, m *search.Matcher, pattern string, n int) ([]Hit, error) {
	var title, source, text string
	var lay []byte
	err := s.db.QueryRowContext(ctx, `SELECT a.title, a.source, t.text, t.layout FROM articles a JOIN texts t ON t.article = a.id WHERE a.id = ?`, id).
		Scan(&title, &source, &text, &lay)
	if err != nil {
		return nil, s.wrap(err)
	}
	var l layout
	if json.Unmarshal(lay, &l) != nil {
		return nil, nil // a damaged row: Load says so when it is opened
	}
	d := &reader.Document{Text: text, Sections: l.Sections}
	find := func(m *search.Matcher) ([]Hit, error) {
		var hs []Hit
		err := m.All(ctx, text, func(start, end int) bool {
			h := Hit{Article: id, Title: title, Source: source, Start: start, End: end}
			if i := d.SectionAt(start); i < len(d.Sections) && d.Sections[i].Start <= start && end <= len(text) {
				h.Section = d.Sections[i].Title
			}
			h.Before, h.Match, h.After = search.Context(text, start, end, ContextRunes)
			hs = append(hs, h)
			return len(hs) < n
		})
		return hs, err
	}
	hs, err := find(m)
	if err != nil || len(hs) > 0 {
		return hs, err
	}
	words := ftsWords(pattern)
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	if wm, err := search.Compile(search.Query{Pattern: longest, IgnoreCase: true, FoldDigits: true}); err == nil && len(words) > 1 {
		return find(wm)
	}
	return nil, nil
}

// ftsQuery is the FTS5 query for pattern: its folded words as one quoted
// phrase (so that nothing of the pattern is read as FTS5's syntax), the
// last word a prefix; "" when the pattern has no word.
func ftsQuery(pattern string) string {
	words := ftsWords(search.Fold(pattern))
	if len(words) == 0 {
		return ""
	}
	return `"` + strings.ReplaceAll(strings.Join(words, " "), `"`, `""`) + `"*`
}

// ftsWords splits s into the words FTS5's unicode61 tokenizer makes of
// it: runs of letters, digits and marks.
func ftsWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// arabicPrefixes are what bareWords takes off the front of an Arabic
// word, longest first: the article and the conjunctions and prepositions
// written joined to it (folded: أ is ا).
var arabicPrefixes = []string{"وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك"}

// bareWords is folded text with each Arabic word's prefix taken off,
// where at least three letters remain, the words in the same order, so
// that the index's phrases hold in it too. A word that only looks
// prefixed (ولد) loses a letter here and is still found whole in the
// body: the column only adds articles, and the matcher then finds the
// hits in the text itself.
func bareWords(folded string) string {
	var b strings.Builder
	b.Grow(len(folded))
	for _, w := range strings.Fields(folded) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(bare(w))
	}
	return b.String()
}

// bare is word without its Arabic prefix (see bareWords).
func bare(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	if r < 0x0600 || r > 0x06FF {
		return w
	}
	for _, p := range arabicPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
	}
	return w
}
