package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations bring the schema from one version to the next: migrations[i]
// takes a database at version i (PRAGMA user_version) to version i+1. A
// migration is never changed once released; a change of schema is a new
// migration at the end.
var migrations = []string{
	// 1: articles, with the reading position as a text anchor; highlights.
	`CREATE TABLE articles (
		id         INTEGER PRIMARY KEY,
		hash       TEXT    NOT NULL,            -- hex SHA-256 of the visible text
		source     TEXT    NOT NULL,            -- absolute path, or name for standard input
		title      TEXT    NOT NULL DEFAULT '',
		length     INTEGER NOT NULL DEFAULT 0,  -- bytes of visible text
		pos_exact  TEXT    NOT NULL DEFAULT '',
		pos_prefix TEXT    NOT NULL DEFAULT '',
		pos_suffix TEXT    NOT NULL DEFAULT '',
		pos_offset INTEGER NOT NULL DEFAULT 0,
		opened     INTEGER NOT NULL DEFAULT 0   -- Unix milliseconds
	);
	CREATE INDEX articles_hash ON articles(hash);
	CREATE INDEX articles_source ON articles(source);
	CREATE TABLE highlights (
		id       INTEGER PRIMARY KEY,
		article  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		start    INTEGER NOT NULL,              -- byte offsets where last found
		end      INTEGER NOT NULL,
		exact    TEXT    NOT NULL,
		prefix   TEXT    NOT NULL,
		suffix   TEXT    NOT NULL,
		note     TEXT    NOT NULL DEFAULT '',
		section  TEXT    NOT NULL DEFAULT '',   -- title of the section it is in
		speaker  TEXT    NOT NULL DEFAULT '',   -- speaker of the quotation it covers
		created  INTEGER NOT NULL,              -- Unix milliseconds
		orphaned INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX highlights_article ON highlights(article, start);`,
	// 2: the library: articles kept with their text and metadata, the
	// feeds they came from, and a full-text index of their folded text.
	`ALTER TABLE articles ADD COLUMN url     TEXT    NOT NULL DEFAULT '';  -- where it was fetched from
	ALTER TABLE articles ADD COLUMN byline  TEXT    NOT NULL DEFAULT '';
	ALTER TABLE articles ADD COLUMN date    TEXT    NOT NULL DEFAULT '';
	ALTER TABLE articles ADD COLUMN site    TEXT    NOT NULL DEFAULT '';
	ALTER TABLE articles ADD COLUMN lang    TEXT    NOT NULL DEFAULT '';
	ALTER TABLE articles ADD COLUMN words   INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE articles ADD COLUMN feed    INTEGER REFERENCES feeds(id) ON DELETE SET NULL;
	ALTER TABLE articles ADD COLUMN added   INTEGER NOT NULL DEFAULT 0;  -- Unix ms it was kept; 0: not in the library
	ALTER TABLE articles ADD COLUMN read    INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE articles ADD COLUMN starred INTEGER NOT NULL DEFAULT 0;
	CREATE INDEX articles_url ON articles(url) WHERE url != '';
	CREATE INDEX articles_shelf ON articles(read, added DESC, id DESC) WHERE added > 0;
	CREATE TABLE texts (
		article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
		text    TEXT NOT NULL,                  -- the visible text, as reader.Document.Text
		layout  BLOB NOT NULL                   -- JSON of its format, blocks, spans and sections
	);
	CREATE TABLE feeds (
		id       INTEGER PRIMARY KEY,
		url      TEXT    NOT NULL UNIQUE,
		title    TEXT    NOT NULL DEFAULT '',
		site     TEXT    NOT NULL DEFAULT '',   -- the feed's home page
		etag     TEXT    NOT NULL DEFAULT '',
		modified TEXT    NOT NULL DEFAULT '',   -- the Last-Modified the server gave
		checked  INTEGER NOT NULL DEFAULT 0,    -- Unix ms of the last update
		error    TEXT    NOT NULL DEFAULT ''    -- why the last update failed; '' when it did not
	);
	-- bare: the body with the Arabic words' prefixed article and
	-- conjunctions taken off (stemsOf), so that هجوم finds الهجوم
	CREATE VIRTUAL TABLE library_fts USING fts5(title, body, bare, content='', contentless_delete=1,
		tokenize='unicode61 remove_diacritics 2');`,
}

// migrate brings db's schema up to date, each step in its own transaction.
// A database made by a newer qari gives ErrTooNew.
func migrate(ctx context.Context, db *sql.DB) error {
	for {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		var v int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			tx.Rollback()
			return err
		}
		if v > len(migrations) {
			tx.Rollback()
			return fmt.Errorf("%w (schema %d, this qari knows %d)", ErrTooNew, v, len(migrations))
		}
		if v == len(migrations) {
			return tx.Rollback()
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return err
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
}
