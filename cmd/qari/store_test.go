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
	if cfg.Store != nil || cfg.StoreError != nil {
		t.Errorf("--no-store gave a store %v, error %v", cfg.Store, cfg.StoreError)
	}

	dir := t.TempDir()
	cfg = ui.Config{}
	closeStore = openStore(options{DataDir: dir}, &cfg)
	if cfg.Store == nil || cfg.Store.Path() != filepath.Join(dir, store.FileName) {
		t.Fatalf("--data-dir %s gave the store %v (error %v)", dir, cfg.Store, cfg.StoreError)
	}
	closeStore()

	// a damaged database: no store, the error kept for the reader to show
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, store.FileName), []byte("not a database, not at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg = ui.Config{}
	closeStore = openStore(options{DataDir: bad}, &cfg)
	closeStore()
	if cfg.Store != nil || !errors.Is(cfg.StoreError, store.ErrCorrupt) {
		t.Errorf("a damaged store gave %v, error %v; want none and ErrCorrupt", cfg.Store, cfg.StoreError)
	}
}
