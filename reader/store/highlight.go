package store

import (
	"database/sql"
	"fmt"
	"time"
)

// AddHighlight saves the highlight of a's text[start:end] with a note and
// returns it. start and end are clamped to the text and to the start of
// their characters; an empty range is an error. When AddHighlight returns,
// the highlight is on disk.
func (s *Store) AddHighlight(a *Article, start, end int, note string) (Highlight, error) {
	text := a.doc.Text
	an := newAnchor(text, start, end)
	if an.Exact == "" {
		return Highlight{}, fmt.Errorf("highlight: empty range %d-%d", start, end)
	}
	h := Highlight{
		Start: an.Start, End: an.End,
		Exact: an.Exact, Prefix: an.Prefix, Suffix: an.Suffix,
		Note:    note,
		Section: sectionTitle(a.doc, an.Start),
		Speaker: a.speaker(an.Start, an.End),
		Created: time.UnixMilli(now()),
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	err := s.updateArticle(a, func(tx *sql.Tx, id int64) error {
		res, err := tx.Exec(`INSERT INTO highlights (article, start, end, exact, prefix, suffix, note, section, speaker, created)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, h.Start, h.End, h.Exact, h.Prefix, h.Suffix, h.Note, h.Section, h.Speaker, h.Created.UnixMilli())
		if err != nil {
			return err
		}
		h.ID, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return Highlight{}, err
	}
	a.highlights = append(a.highlights, h)
	sortHighlights(a.highlights)
	return h, nil
}

// RemoveHighlight deletes highlight id from the store and from a. It gives
// ErrNotFound when there is no such highlight.
func (s *Store) RemoveHighlight(a *Article, id int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	err := s.update(func(tx *sql.Tx) error {
		return changed(tx.Exec(`DELETE FROM highlights WHERE id = ?`, id))
	})
	if err != nil {
		return err
	}
	for i, h := range a.highlights {
		if h.ID == id {
			a.highlights = append(a.highlights[:i], a.highlights[i+1:]...)
			break
		}
	}
	return nil
}

// SetNote replaces the note of highlight id, in the store and in a. It
// gives ErrNotFound when there is no such highlight.
func (s *Store) SetNote(a *Article, id int64, note string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	err := s.update(func(tx *sql.Tx) error {
		return changed(tx.Exec(`UPDATE highlights SET note = ? WHERE id = ?`, note, id))
	})
	if err != nil {
		return err
	}
	for i := range a.highlights {
		if a.highlights[i].ID == id {
			a.highlights[i].Note = note
		}
	}
	return nil
}

// changed turns the result of a statement that changed no row into
// ErrNotFound.
func changed(res sql.Result, err error) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// loadHighlights reads the highlights of article id, in order.
func loadHighlights(q querier, id int64) ([]Highlight, error) {
	rows, err := q.Query(`SELECT id, start, end, exact, prefix, suffix, note, section, speaker, created, orphaned
		FROM highlights WHERE article = ? ORDER BY orphaned, start, end, id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hs []Highlight
	for rows.Next() {
		var h Highlight
		var created int64
		if err := rows.Scan(&h.ID, &h.Start, &h.End, &h.Exact, &h.Prefix, &h.Suffix, &h.Note,
			&h.Section, &h.Speaker, &created, &h.Orphaned); err != nil {
			return nil, err
		}
		h.Created = time.UnixMilli(created)
		hs = append(hs, h)
	}
	return hs, rows.Err()
}

// querier is what loadHighlights needs of a *sql.DB or a *sql.Tx.
type querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
}
