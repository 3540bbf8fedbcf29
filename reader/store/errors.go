package store

import (
	"errors"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// The ways a store can be unusable, and ErrNotFound for a highlight that is
// gone. Errors returned by this package match one of them with errors.Is
// when that is the cause; the text of a store's error is one line that
// names the database file.
var (
	// ErrLocked: another program held the database beyond the busy timeout.
	ErrLocked = errors.New("the highlights store is locked by another program")
	// ErrCorrupt: the file is not a SQLite database, or a damaged one.
	ErrCorrupt = errors.New("the highlights store is damaged or not a database")
	// ErrReadOnly: the file or its directory cannot be written.
	ErrReadOnly = errors.New("the highlights store is read-only")
	// ErrTooNew: the database was made by a newer qari.
	ErrTooNew = errors.New("the highlights store was made by a newer qari")
	// ErrNotFound: no highlight has the given id.
	ErrNotFound = errors.New("no such highlight")
)

// Error is an error of the store's database file. Kind is one of the
// sentinel errors above, or nil when the cause is something else; Err is
// the cause.
type Error struct {
	Path string
	Kind error
	Err  error
}

// Error returns one line: the file, then what is wrong with it.
func (e *Error) Error() string {
	msg := ""
	switch {
	case e.Kind != nil:
		msg = e.Kind.Error()
	case e.Err != nil:
		msg = e.Err.Error()
	}
	return oneLine(e.Path + ": " + msg)
}

// Unwrap returns the kind and the cause, so that errors.Is matches both.
func (e *Error) Unwrap() []error {
	var out []error
	if e.Kind != nil {
		out = append(out, e.Kind)
	}
	if e.Err != nil {
		out = append(out, e.Err)
	}
	return out
}

// wrap turns an error of the database into an *Error of the file at path,
// with its kind; nil stays nil, and ErrNotFound passes unchanged.
func (s *Store) wrap(err error) error {
	return wrapErr(s.path, err)
}

func wrapErr(path string, err error) error {
	if err == nil || errors.Is(err, ErrNotFound) {
		return err
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return &Error{Path: path, Kind: kindOf(err), Err: err}
}

// kindOf classifies a SQLite error.
func kindOf(err error) error {
	for _, k := range []error{ErrLocked, ErrCorrupt, ErrReadOnly, ErrTooNew} {
		if errors.Is(err, k) {
			return k
		}
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return nil
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return ErrLocked
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return ErrCorrupt
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN:
		return ErrReadOnly
	}
	return nil
}

// oneLine replaces line breaks so that a message stays on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}
