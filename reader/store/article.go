package store

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"qari/reader"
	"qari/reader/quote"
)

// Highlight is one highlighted passage of an article.
type Highlight struct {
	ID         int64
	Start, End int    // byte offsets into the article's text; for an orphan, where it was last found
	Exact      string // the highlighted text as it was highlighted
	Prefix     string // up to 32 characters before it
	Suffix     string // up to 32 characters after it
	Note       string
	Section    string // title of the section it is in; "" for the lead
	Speaker    string // speaker of the quotation it covers; "" for none
	Created    time.Time
	Orphaned   bool // it could not be found in the article's current text: Start and End are not a range of it
}

// Article is an article as the store knows it, opened for one text. Its
// methods may be called from several goroutines.
type Article struct {
	Source string // absolute path, or the name of an article without a file
	Title  string
	Hash   string // hex SHA-256 of the text

	doc *reader.Document

	mu         sync.Mutex
	id         int64 // 0 until something of the article is saved
	highlights []Highlight
	position   int

	quotesOnce sync.Once
	quotes     []quote.Quote
}

// Article finds doc in the store: by the hash of its text (a moved file),
// else, for a document loaded from a file, by its path (an edited file: its
// highlights and position are anchored again in the new text and the
// result is saved). An article the
// store has never seen is returned empty and is saved with its first
// highlight or position.
func (s *Store) Article(doc *reader.Document) (*Article, error) {
	a := &Article{Source: SourceOf(doc), Title: doc.Title, Hash: HashOf(doc), doc: doc}
	err := s.update(func(tx *sql.Tx) error {
		var (
			id                    int64
			hash, source, title   string
			exact, prefix, suffix string
			offset                int
		)
		// Only a file is found by its source: standard input and samples
		// have names that other texts share.
		bySource := a.Source
		if doc.Path == "" {
			bySource = ""
		}
		row := tx.QueryRow(`SELECT id, hash, source, title, pos_exact, pos_prefix, pos_suffix, pos_offset FROM articles
			WHERE hash = ? OR source = ? ORDER BY hash = ? DESC, opened DESC LIMIT 1`, a.Hash, bySource, a.Hash)
		switch err := row.Scan(&id, &hash, &source, &title, &exact, &prefix, &suffix, &offset); {
		case errors.Is(err, sql.ErrNoRows):
			return nil
		case err != nil:
			return err
		}
		a.id = id
		hs, err := loadHighlights(tx, id)
		if err != nil {
			return err
		}
		a.highlights = hs
		pos := anchor{Exact: exact, Prefix: prefix, Suffix: suffix, Start: offset, End: offset + len(exact)}
		if hash == a.Hash {
			a.position = runeStart(doc.Text, offset)
			if source != a.Source || title != a.Title {
				_, err := tx.Exec(`UPDATE articles SET source = ?, title = ? WHERE id = ?`, a.Source, a.Title, id)
				return err
			}
			return nil
		}
		return a.reanchor(tx, pos)
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// reanchor finds the article's highlights and position in its new text and
// saves what it found, with the new hash.
func (a *Article) reanchor(tx *sql.Tx, pos anchor) error {
	text := a.doc.Text
	as := make([]anchor, len(a.highlights))
	for i, h := range a.highlights {
		as[i] = anchor{Exact: h.Exact, Prefix: h.Prefix, Suffix: h.Suffix, Start: h.Start, End: h.End}
	}
	lost := locateAll(text, as)
	st, err := tx.Prepare(`UPDATE highlights SET start = ?, end = ?, section = ?, orphaned = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer st.Close()
	for i := range a.highlights {
		h := &a.highlights[i]
		h.Orphaned = lost[i]
		if !h.Orphaned {
			h.Start, h.End = as[i].Start, as[i].End
			h.Section = sectionTitle(a.doc, h.Start)
		}
		if _, err := st.Exec(h.Start, h.End, h.Section, h.Orphaned, h.ID); err != nil {
			return err
		}
	}
	sortHighlights(a.highlights)
	a.position = restorePosition(text, pos)
	_, err = tx.Exec(`UPDATE articles SET hash = ?, source = ?, title = ?, length = ? WHERE id = ?`,
		a.Hash, a.Source, a.Title, len(text), a.id)
	return err
}

// restorePosition finds the position's anchor in text; when the text there
// is gone it keeps the offset, within the text.
func restorePosition(text string, pos anchor) int {
	if s, _, ok := locate(text, pos); ok {
		return s
	}
	return runeStart(text, pos.Start)
}

// Highlights returns the article's highlights in the order of their start,
// orphans (flagged) last.
func (a *Article) Highlights() []Highlight {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.highlights)
}

// Position returns the saved reading position: a byte offset into the
// article's text, at the start of a character; 0 when none was saved.
func (a *Article) Position() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.position
}

// updateArticle runs fn in a write transaction (s.update) with the id of
// the article's row, saved first when it has none yet. The id is a's once
// the transaction is committed: a transaction rolled back and tried again
// saves the row again. The caller holds a.mu.
func (s *Store) updateArticle(a *Article, fn func(tx *sql.Tx, id int64) error) error {
	var id int64
	err := s.update(func(tx *sql.Tx) error {
		var err error
		if id, err = a.ensure(tx); err != nil {
			return err
		}
		return fn(tx, id)
	})
	if err == nil {
		a.id = id
	}
	return err
}

// ensure saves the article's row when it has none yet and returns its id.
// Another program may have saved the same text since a was opened: then its
// row is the one. The caller holds a.mu.
func (a *Article) ensure(tx *sql.Tx) (int64, error) {
	if a.id != 0 {
		return a.id, nil
	}
	var id int64
	switch err := tx.QueryRow(`SELECT id FROM articles WHERE hash = ? ORDER BY opened DESC LIMIT 1`, a.Hash).Scan(&id); {
	case err == nil:
		return id, nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, err
	}
	res, err := tx.Exec(`INSERT INTO articles (hash, source, title, length, opened) VALUES (?, ?, ?, ?, ?)`,
		a.Hash, a.Source, a.Title, len(a.doc.Text), now())
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// sectionTitle is the title of the section of doc that holds off.
func sectionTitle(doc *reader.Document, off int) string {
	if len(doc.Sections) == 0 {
		return ""
	}
	return doc.Sections[doc.SectionAt(off)].Title
}

// SetQuotes gives a the quotations of its text as quote.Find returns them,
// when the caller has found them already, so that the first AddHighlight
// does not find them again (some 60 ms for 1 MB of text). It has no effect
// once a highlight was added.
func (a *Article) SetQuotes(qs []quote.Quote) {
	a.quotesOnce.Do(func() { a.quotes = qs })
}

// speaker is the speaker of the first quotation that text[start:end] lies
// in or covers; "" when there is none or it is unknown.
func (a *Article) speaker(start, end int) string {
	a.quotesOnce.Do(func() { reader.Lean(func() { a.quotes = quote.Find(a.doc) }) })
	for _, q := range a.quotes {
		if q.Speaker == "" || q.Open >= end || q.Close <= start {
			continue
		}
		if (start >= q.Open && end <= q.Close) || (q.Start >= start && q.End <= end) {
			return q.Speaker
		}
	}
	return ""
}

// HashOf is the content hash the store knows doc by (Summary.Hash): the
// SHA-256 of its visible text, in hex.
func HashOf(doc *reader.Document) string {
	// sha256 takes bytes: the text goes through a small buffer rather
	// than []byte(doc.Text), a copy of the whole article.
	// (A large text is a mapping: reader.Passed and Lean keep its pages
	// from staying resident.)
	h := sha256.New()
	reader.Lean(func() {
		buf := make([]byte, 64<<10)
		for t := doc.Text; len(t) > 0; {
			n := copy(buf, t)
			h.Write(buf[:n])
			reader.Passed(n)
			t = t[n:]
		}
	})
	return hex.EncodeToString(h.Sum(nil))
}

// SourceOf is how the store names where doc comes from (Summary.Source,
// ArticleHighlights.Source): its absolute path, or its name when it has
// no file.
func SourceOf(doc *reader.Document) string {
	if doc.Path == "" {
		return doc.Name
	}
	if p, err := filepath.Abs(doc.Path); err == nil {
		return p
	}
	return doc.Path
}

// sortHighlights orders highlights by start, then end, orphans last.
func sortHighlights(hs []Highlight) {
	slices.SortStableFunc(hs, func(x, y Highlight) int {
		switch {
		case x.Orphaned != y.Orphaned:
			if x.Orphaned {
				return 1
			}
			return -1
		case x.Start != y.Start:
			return x.Start - y.Start
		}
		return x.End - y.End
	})
}
