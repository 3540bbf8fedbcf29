package store

import "time"

// Summary is what the library list shows of an article.
type Summary struct {
	Source     string // absolute path, or name
	Title      string
	Hash       string
	Progress   float64 // the reading position over the length of the text, 0 to 1
	Highlights int     // how many highlights it holds, orphans included
	Opened     time.Time
}

// Progress returns a summary of every article in the store, the most
// recently read first.
func (s *Store) Progress() ([]Summary, error) {
	rows, err := s.db.Query(`SELECT source, title, hash, pos_offset, length, opened,
			(SELECT count(*) FROM highlights WHERE article = articles.id)
		FROM articles ORDER BY opened DESC, id DESC`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var m Summary
		var offset, length, opened int64
		if err := rows.Scan(&m.Source, &m.Title, &m.Hash, &offset, &length, &opened, &m.Highlights); err != nil {
			return nil, s.wrap(err)
		}
		if length > 0 {
			m.Progress = min(float64(offset)/float64(length), 1)
		}
		m.Opened = time.UnixMilli(opened)
		out = append(out, m)
	}
	return out, s.wrap(rows.Err())
}

// ArticleHighlights is an article with its highlights, for export.
type ArticleHighlights struct {
	Source     string
	Title      string
	Hash       string
	Highlights []Highlight // in order, orphans last
}

// All returns every article that holds highlights, with them, in the order
// of their titles.
func (s *Store) All() ([]ArticleHighlights, error) {
	rows, err := s.db.Query(`SELECT id, source, title, hash FROM articles
		WHERE EXISTS (SELECT 1 FROM highlights WHERE article = articles.id) ORDER BY title, source, id`)
	if err != nil {
		return nil, s.wrap(err)
	}
	var ids []int64
	var out []ArticleHighlights
	for rows.Next() {
		var id int64
		var a ArticleHighlights
		if err := rows.Scan(&id, &a.Source, &a.Title, &a.Hash); err != nil {
			rows.Close()
			return nil, s.wrap(err)
		}
		ids = append(ids, id)
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	for i, id := range ids {
		hs, err := loadHighlights(s.db, id)
		if err != nil {
			return nil, s.wrap(err)
		}
		out[i].Highlights = hs
	}
	return out, nil
}

// Export returns a's highlights as All does, for the export of one article.
func (a *Article) Export() ArticleHighlights {
	return ArticleHighlights{Source: a.Source, Title: a.Title, Hash: a.Hash, Highlights: a.Highlights()}
}
