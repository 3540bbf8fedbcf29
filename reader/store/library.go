package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
	"unicode"

	"qari/reader"
	"qari/reader/search"
)

// Entry is an article kept in the library, as its list shows it: its
// metadata without its text.
type Entry struct {
	ID         int64
	URL        string // where it was fetched from; "" for a file
	Source     string // the URL, the absolute path, or a name
	Title      string
	Byline     string
	Date       string // as reader.Document.Date: RFC 3339 or 2006-01-02; "" if unknown
	Site       string
	Lang       string
	Feed       int64  // the feed it came from; 0 for an article added by hand
	FeedTitle  string // that feed's title
	Words      int
	Added      time.Time
	Read       bool
	Starred    bool
	Highlights int
	Progress   float64 // the reading position over the length of the text, 0 to 1
}

// Kept is what Keep did with an article.
type Kept struct {
	ID  int64
	New bool // false: the library held it already (same address or same text) and kept it once
}

// layout is the stored form of a document's structure: everything of a
// reader.Document but its text and where it came from.
type layout struct {
	Format   reader.Format
	Dir      reader.Direction
	Blocks   []reader.Block
	Spans    []reader.Span    `json:",omitempty"`
	Sections []reader.Section `json:",omitempty"`
}

// Keep saves doc in the library with its text, its metadata (title,
// byline, date, site, language) and the address it was fetched from (""
// for none), from feed (0 for none). An article the library holds already,
// by the same address or the same text, is kept once: Keep returns its id
// with New false. An article the store knew only for its highlights (a
// file once read) gains its text and joins the library.
func (s *Store) Keep(doc *reader.Document, url string, feed int64) (Kept, error) {
	ks, err := s.KeepAll([]ToKeep{{Doc: doc, URL: url, Feed: feed}})
	if err != nil {
		return Kept{}, err
	}
	return ks[0], nil
}

// ToKeep is an article for KeepAll: as Keep's arguments.
type ToKeep struct {
	Doc  *reader.Document
	URL  string
	Feed int64
}

// KeepAll keeps each article as Keep does, all in one transaction (a
// feed's new entries: one write to the disk, not one each).
func (s *Store) KeepAll(items []ToKeep) ([]Kept, error) {
	type prepared struct {
		hash, source, folded string
		layout               []byte
	}
	ps := make([]prepared, len(items))
	for i, it := range items {
		d := it.Doc
		if d.Partial {
			return nil, errors.New("store: only a whole document can be kept")
		}
		lay, err := json.Marshal(layout{Format: d.Format, Dir: d.Dir, Blocks: d.Blocks, Spans: d.Spans, Sections: d.Sections})
		if err != nil {
			return nil, err
		}
		ps[i] = prepared{hash: HashOf(d), source: SourceOf(d), folded: search.Fold(d.Text), layout: lay}
		if it.URL != "" {
			ps[i].source = it.URL
		}
	}
	out := make([]Kept, len(items))
	err := s.update(func(tx *sql.Tx) error {
		for i, it := range items {
			p := ps[i]
			k, err := keep(tx, it, p.hash, p.source, p.folded, p.layout)
			if err != nil {
				return err
			}
			out[i] = k
		}
		return nil
	})
	return out, err
}

// keep is one article of KeepAll, in its transaction.
func keep(tx *sql.Tx, it ToKeep, hash, source, folded string, lay []byte) (Kept, error) {
	doc, url := it.Doc, it.URL
	var id, added int64
	row := tx.QueryRow(`SELECT id, added FROM articles WHERE hash = ? OR (url = ? AND url != '')
		ORDER BY added > 0 DESC, id LIMIT 1`, hash, url)
	switch err := row.Scan(&id, &added); {
	case err == nil && added > 0:
		return Kept{ID: id}, nil
	case err == nil:
		if _, err := tx.Exec(`UPDATE articles SET url = ?, byline = ?, date = ?, site = ?, lang = ?, words = ?, feed = ?, added = ?
			WHERE id = ?`, url, doc.Byline, doc.Date, doc.Site, doc.Lang, wordCount(doc.Text), nullID(it.Feed), now(), id); err != nil {
			return Kept{}, err
		}
	case errors.Is(err, sql.ErrNoRows):
		res, err := tx.Exec(`INSERT INTO articles (hash, source, title, length, url, byline, date, site, lang, words, feed, added)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			hash, source, doc.Title, len(doc.Text), url, doc.Byline, doc.Date, doc.Site, doc.Lang, wordCount(doc.Text), nullID(it.Feed), now())
		if err != nil {
			return Kept{}, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return Kept{}, err
		}
	default:
		return Kept{}, err
	}
	if _, err := tx.Exec(`INSERT OR REPLACE INTO texts (article, text, layout) VALUES (?, ?, ?)`, id, doc.Text, lay); err != nil {
		return Kept{}, err
	}
	if _, err := tx.Exec(`INSERT INTO library_fts (rowid, title, body, bare) VALUES (?, ?, ?, ?)`,
		id, search.Fold(doc.Title), folded, bareWords(folded)); err != nil {
		return Kept{}, err
	}
	return Kept{ID: id, New: true}, nil
}

// nullID is a feed's id for the database: NULL for none.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// HasURL reports whether the library holds the article fetched from url,
// so that a feed's update does not fetch it again.
func (s *Store) HasURL(url string) (bool, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM articles WHERE url = ? AND url != '' AND added > 0`, url).Scan(&n)
	return n > 0, s.wrap(err)
}

// Library returns every article of the library, unread first, then the
// most recently added.
func (s *Store) Library() ([]Entry, error) { return s.LibraryPage(0, -1) }

// LibraryCount is how many articles the library holds.
func (s *Store) LibraryCount() (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM articles WHERE added > 0`).Scan(&n)
	return n, s.wrap(err)
}

// LibraryPage returns limit articles of the library (all of them for a
// negative limit) from the offset-th on, in Library's order: the first
// screen of a large library is read without the rest.
func (s *Store) LibraryPage(offset, limit int) ([]Entry, error) {
	// the feeds' titles and the highlight counts are read once each,
	// not once an article
	feeds := map[int64]string{}
	fs, err := s.Feeds()
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		feeds[f.ID] = f.Title
	}
	marks := map[int64]int{}
	hrows, err := s.db.Query(`SELECT article, count(*) FROM highlights GROUP BY article`)
	if err != nil {
		return nil, s.wrap(err)
	}
	for hrows.Next() {
		var id int64
		var n int
		if err := hrows.Scan(&id, &n); err != nil {
			hrows.Close()
			return nil, s.wrap(err)
		}
		marks[id] = n
	}
	hrows.Close()
	rows, err := s.db.Query(`SELECT id, url, source, title, byline, date, site, lang,
			coalesce(feed, 0), words, added, read, starred, pos_offset, length
		FROM articles INDEXED BY articles_shelf
		WHERE added > 0 ORDER BY read, added DESC, id DESC LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		var added, offset, length int64
		if err := rows.Scan(&e.ID, &e.URL, &e.Source, &e.Title, &e.Byline, &e.Date, &e.Site, &e.Lang,
			&e.Feed, &e.Words, &added, &e.Read, &e.Starred, &offset, &length); err != nil {
			return nil, s.wrap(err)
		}
		e.FeedTitle, e.Highlights = feeds[e.Feed], marks[e.ID]
		e.Added = time.UnixMilli(added)
		if length > 0 {
			e.Progress = min(float64(offset)/float64(length), 1)
		}
		out = append(out, e)
	}
	return out, s.wrap(rows.Err())
}

// Load returns the kept article id as a document, as it was when kept:
// its text, blocks, sections and metadata, without the network.
func (s *Store) Load(id int64) (*reader.Document, error) {
	d := &reader.Document{}
	var src, url string
	var lay []byte
	err := s.db.QueryRow(`SELECT a.source, a.url, a.title, a.byline, a.date, a.site, a.lang, t.text, t.layout
		FROM articles a JOIN texts t ON t.article = a.id WHERE a.id = ?`, id).
		Scan(&src, &url, &d.Title, &d.Byline, &d.Date, &d.Site, &d.Lang, &d.Text, &lay)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: no article %d in the library", id)
	}
	if err != nil {
		return nil, s.wrap(err)
	}
	var l layout
	if err := json.Unmarshal(lay, &l); err != nil {
		return nil, fmt.Errorf("store: article %d: %w", id, ErrCorrupt)
	}
	d.Format, d.Dir, d.Blocks, d.Spans, d.Sections = l.Format, l.Dir, l.Blocks, l.Spans, l.Sections
	d.Name = src
	if err := checkLayout(d); err != nil {
		return nil, fmt.Errorf("store: article %d: %w", id, err)
	}
	return d, nil
}

// checkLayout makes sure every range of d lies in its text, so that a
// damaged row cannot make the reader slice out of range.
func checkLayout(d *reader.Document) error {
	n := len(d.Text)
	ok := func(a, b int) bool { return 0 <= a && a <= b && b <= n }
	for _, b := range d.Blocks {
		if !ok(b.Start, b.End) {
			return ErrCorrupt
		}
	}
	for _, sp := range d.Spans {
		if !ok(sp.Start, sp.End) {
			return ErrCorrupt
		}
	}
	for _, sc := range d.Sections {
		if !ok(sc.Start, sc.End) || sc.Block < 0 || sc.Block >= max(len(d.Blocks), 1) {
			return ErrCorrupt
		}
	}
	if len(d.Blocks) == 0 {
		return ErrCorrupt
	}
	return nil
}

// SetRead marks the kept article id read or unread.
func (s *Store) SetRead(id int64, read bool) error {
	return s.update(func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE articles SET read = ? WHERE id = ?`, read, id)
		return err
	})
}

// SetStarred stars the kept article id, or takes its star away.
func (s *Store) SetStarred(id int64, starred bool) error {
	return s.update(func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE articles SET starred = ? WHERE id = ?`, starred, id)
		return err
	})
}

// wordCount counts the runs of non-space characters in s, as
// strings.Fields would, without allocating them.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
