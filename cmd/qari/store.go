package main

import (
	"sync"

	"qari/reader/store"
	"qari/ui"
	"qari/ui/library"
)

// openStore gives the reader its highlights store: the one in --data-dir,
// else in $QARI_DATA_DIR or the XDG data directory; none with --no-store.
// The store is opened by the reader off its UI goroutine
// (ui.Config.OpenStore), so that the first screen does not wait for it. A
// store that cannot be opened (locked, damaged, read-only) is not fatal:
// the reader runs without it and shows the one-line error, since nothing
// may be printed to a terminal the reader is about to take over. The
// returned function closes the store if it was opened.
func openStore(o options, cfg *ui.Config) (closeStore func()) {
	if o.NoStore {
		return func() {}
	}
	var (
		once   sync.Once
		opened *store.Store
	)
	cfg.OpenStore = func() (*store.Store, error) {
		var err error
		once.Do(func() { opened, err = openStoreIn(o.DataDir) })
		return opened, err
	}
	return func() {
		once.Do(func() {}) // not opened by now: never
		if opened != nil {
			opened.Close()
		}
	}
}

// openStoreNow is openStore for a screen whose first frame needs the
// store (the library): it opens it at once, into cfg.Store, or records
// why it could not in cfg.StoreError.
func openStoreNow(o options, cfg *ui.Config) (closeStore func()) {
	if o.NoStore {
		return func() {}
	}
	cfg.Store, cfg.StoreError = openStoreIn(o.DataDir)
	if cfg.Store == nil {
		return func() {}
	}
	return func() { cfg.Store.Close() }
}

// openStoreIn opens the highlights store in dir, or in store.DefaultDir
// ($QARI_DATA_DIR, else the XDG data directory) when dir is "".
func openStoreIn(dir string) (*store.Store, error) {
	if dir == "" {
		d, err := store.DefaultDir()
		if err != nil {
			return nil, err
		}
		dir = d
	}
	return store.Open(dir)
}

// storedShelf is the store's library for the reader, or nil when there is
// no store or it keeps no article yet (the samples show instead). A
// library that cannot be read is left to the samples too: the store's
// error shows in the reader when it is opened.
func storedShelf(s *store.Store) library.Shelf {
	if s == nil {
		return nil
	}
	sh, err := library.NewStored(s)
	if err != nil || sh.Len() == 0 {
		return nil
	}
	return sh
}
