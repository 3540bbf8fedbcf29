package store

import "database/sql"

// positionRunes is how many characters from the reading position its anchor
// keeps as its quote.
const positionRunes = 32

// SavePosition saves the reading position of a: a byte offset into its
// text. It is kept as a text anchor (the characters there, with their
// prefix and suffix, and the offset as a hint), so that it is found again
// in an edited text and does not depend on the width the text was wrapped
// at.
func (s *Store) SavePosition(a *Article, offset int) error {
	text := a.doc.Text
	offset = runeStart(text, offset)
	an := newAnchor(text, offset, offset+len(firstRunes(text[offset:], positionRunes)))
	a.mu.Lock()
	defer a.mu.Unlock()
	err := s.updateArticle(a, func(tx *sql.Tx, id int64) error {
		_, err := tx.Exec(`UPDATE articles SET pos_exact = ?, pos_prefix = ?, pos_suffix = ?, pos_offset = ?, opened = ? WHERE id = ?`,
			an.Exact, an.Prefix, an.Suffix, an.Start, now(), id)
		return err
	})
	if err != nil {
		return err
	}
	a.position = offset
	return nil
}
