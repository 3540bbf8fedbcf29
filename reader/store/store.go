package store

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// FileName is the name of the database file in the data directory.
const FileName = "qari.db"

// busyTimeout is how long a change waits for another program's write to end
// before it gives ErrLocked.
const busyTimeout = 5 * time.Second

// Store is an open highlights store. Its methods may be called from several
// goroutines.
type Store struct {
	db   *sql.DB
	path string
	busy time.Duration // how long a change waits for another program's lock
}

// DefaultDir returns the directory of the store: $QARI_DATA_DIR when set,
// else $XDG_DATA_HOME/qari, else ~/.local/share/qari.
func DefaultDir() (string, error) {
	if d := os.Getenv("QARI_DATA_DIR"); d != "" {
		return d, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "qari"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share", "qari"), nil
}

// Open opens the store in dir (creating the directory and the database when
// they do not exist) and brings its schema up to date. The error of an
// unusable store is one line and matches ErrLocked, ErrCorrupt, ErrReadOnly
// or ErrTooNew.
func Open(dir string) (*Store, error) {
	return open(dir, busyTimeout)
}

// open is Open with a busy timeout of one's own.
func open(dir string, busy time.Duration) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		var kind error
		if errors.Is(err, fs.ErrPermission) {
			kind = ErrReadOnly
		}
		return nil, &Error{Path: dir, Kind: kind, Err: err}
	}
	path := filepath.Join(dir, FileName)
	if err := writable(dir, path); err != nil {
		var kind error
		if errors.Is(err, fs.ErrPermission) {
			kind = ErrReadOnly
		}
		return nil, &Error{Path: path, Kind: kind, Err: err}
	}
	// A file: URI with the path escaped, so that a ? or # in a folder's
	// name is part of the path and not the start of the options.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?_txlock=immediate" +
		"&_pragma=busy_timeout(" + strconv.FormatInt(busy.Milliseconds(), 10) + ")" +
		"&_pragma=journal_mode(wal)" +
		"&_pragma=synchronous(full)" +
		"&_pragma=foreign_keys(1)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, wrapErr(path, err)
	}
	// One connection: the store's own calls queue in the pool instead of
	// contending for SQLite's locks; other processes wait by busy_timeout.
	db.SetMaxOpenConns(1)
	// Two programs opening a new store at once meet SQLite's locks where
	// its busy handler does not wait (switching the file to WAL): they try
	// again for as long as the busy timeout, as update does.
	deadline := time.Now().Add(busy)
	for {
		err = migrate(context.Background(), db)
		if err == nil || kindOf(err) != ErrLocked || time.Now().After(deadline) {
			break
		}
		time.Sleep(busyRetry)
	}
	if err != nil {
		db.Close()
		return nil, wrapErr(path, err)
	}
	return &Store{db: db, path: path, busy: busy}, nil
}

// writable checks that the database file, when there is one, and its
// directory can be written: SQLite would open a read-only file without a
// word and fail at the first change.
func writable(dir, path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	switch {
	case err == nil:
		f.Close()
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	probe, err := os.CreateTemp(dir, ".qari-probe-*")
	if err != nil {
		return err
	}
	probe.Close()
	return os.Remove(probe.Name())
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.wrap(s.db.Close()) }

// update runs fn in a write transaction and commits it, or rolls it back
// when fn fails. A transaction that meets another program's lock is tried
// again until the busy timeout has passed: SQLite's busy handler waits for
// most locks, but not for all (two programs opening a new store at once,
// one of them switching it to WAL, get SQLITE_BUSY at once).
func (s *Store) update(fn func(tx *sql.Tx) error) error {
	deadline := time.Now().Add(s.busy)
	for {
		err := s.try(fn)
		if !errors.Is(err, ErrLocked) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(busyRetry)
	}
}

// busyRetry is how long update waits before trying a locked transaction
// again.
const busyRetry = 20 * time.Millisecond

// try runs fn in one write transaction.
func (s *Store) try(fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(context.Background(), nil)
	if err != nil {
		return s.wrap(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return s.wrap(err)
	}
	return s.wrap(tx.Commit())
}

// now is the time stored with a change, in Unix milliseconds.
func now() int64 { return time.Now().UnixMilli() }
