package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Feed is a feed the library is subscribed to.
type Feed struct {
	ID       int64
	URL      string
	Title    string
	Site     string // the feed's home page
	ETag     string // the validators of the last answer, for a conditional request
	Modified string
	Checked  time.Time // the last update; zero before the first
	Error    string    // why the last update failed; "" when it did not
	Articles int       // articles kept from it
}

// ErrNoFeed is the error for a feed the library is not subscribed to.
var ErrNoFeed = errors.New("no such feed")

// AddFeed subscribes to the feed at url, with a title when one is known
// ("" otherwise: the first update finds it). A feed subscribed to already
// is returned as it is, with added false.
func (s *Store) AddFeed(url, title string) (f Feed, added bool, err error) {
	err = s.update(func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO feeds (url, title) VALUES (?, ?) ON CONFLICT (url) DO NOTHING`, url, title)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		added = n > 0
		return err
	})
	if err != nil {
		return Feed{}, false, err
	}
	f, err = s.feed(url)
	return f, added, err
}

// feed returns the feed subscribed to at url.
func (s *Store) feed(url string) (Feed, error) {
	fs, err := s.queryFeeds(`WHERE f.url = ?`, url)
	if err != nil {
		return Feed{}, err
	}
	if len(fs) == 0 {
		return Feed{}, fmt.Errorf("%s: %w", url, ErrNoFeed)
	}
	return fs[0], nil
}

// Feeds returns the feeds subscribed to, in the order of their titles.
func (s *Store) Feeds() ([]Feed, error) {
	return s.queryFeeds(`ORDER BY lower(f.title), f.url`)
}

// queryFeeds returns the feeds that the rest of a query selects.
func (s *Store) queryFeeds(rest string, args ...any) ([]Feed, error) {
	rows, err := s.db.Query(`SELECT f.id, f.url, f.title, f.site, f.etag, f.modified, f.checked, f.error,
			(SELECT count(*) FROM articles WHERE feed = f.id)
		FROM feeds f `+rest, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		var f Feed
		var checked int64
		if err := rows.Scan(&f.ID, &f.URL, &f.Title, &f.Site, &f.ETag, &f.Modified, &checked, &f.Error, &f.Articles); err != nil {
			return nil, s.wrap(err)
		}
		if checked > 0 {
			f.Checked = time.UnixMilli(checked)
		}
		out = append(out, f)
	}
	return out, s.wrap(rows.Err())
}

// RemoveFeed unsubscribes from the feed at url (or whose title is url).
// The articles kept from it stay in the library.
func (s *Store) RemoveFeed(url string) (Feed, error) {
	fs, err := s.queryFeeds(`WHERE f.url = ? OR f.title = ? ORDER BY f.url = ? DESC LIMIT 1`, url, url, url)
	if err != nil {
		return Feed{}, err
	}
	if len(fs) == 0 {
		return Feed{}, fmt.Errorf("%s: %w", url, ErrNoFeed)
	}
	return fs[0], s.update(func(tx *sql.Tx) error {
		_, err := tx.Exec(`DELETE FROM feeds WHERE id = ?`, fs[0].ID)
		return err
	})
}

// SaveFeed keeps what an update learnt of a feed: its address (a feed
// that moved for good has a new one), title, home page, validators and
// error. A new address that another subscription has already keeps the
// old one.
func (s *Store) SaveFeed(f Feed) error {
	return s.update(func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE feeds SET url = CASE WHEN EXISTS (SELECT 1 FROM feeds WHERE url = ?1 AND id != ?2) THEN url ELSE ?1 END,
				title = ?3, site = ?4, etag = ?5, modified = ?6, checked = ?7, error = ?8 WHERE id = ?2`,
			f.URL, f.ID, f.Title, f.Site, f.ETag, f.Modified, now(), f.Error)
		return err
	})
}
