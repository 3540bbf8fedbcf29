package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"qari/reader/store"
	"qari/ui"
)

func TestOpenStore(t *testing.T) {
	t.Setenv("QARI_DATA_DIR", t.TempDir())

	var cfg ui.Config
	closeStore := openStore(options{NoStore: true}, &cfg)
	closeStore()
	if cfg.Store != nil || cfg.StoreError != nil || cfg.OpenStore != nil {
		t.Errorf("--no-store gave a store %v, error %v", cfg.Store, cfg.StoreError)
	}

	dir := t.TempDir()
	cfg = ui.Config{}
	closeStore = openStore(options{DataDir: dir}, &cfg)
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); err == nil {
		t.Errorf("the store was opened before the reader asked for it")
	}
	s, err := cfg.OpenStore()
	if s == nil || s.Path() != filepath.Join(dir, store.FileName) {
		t.Fatalf("--data-dir %s gave the store %v (error %v)", dir, s, err)
	}
	if again, _ := cfg.OpenStore(); again != s {
		t.Errorf("OpenStore opened a second store")
	}
	closeStore()

	// a store never asked for is never opened, not even to be closed
	never := t.TempDir()
	cfg = ui.Config{}
	openStore(options{DataDir: never}, &cfg)()
	if _, err := os.Stat(filepath.Join(never, store.FileName)); err == nil {
		t.Errorf("closing opened a store the reader never asked for")
	}

	// a damaged database: no store, the error kept for the reader to show
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, store.FileName), []byte("not a database, not at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg = ui.Config{}
	closeStore = openStore(options{DataDir: bad}, &cfg)
	s, err = cfg.OpenStore()
	closeStore()
	if s != nil || !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("a damaged store gave %v, error %v; want none and ErrCorrupt", s, err)
	}
}
