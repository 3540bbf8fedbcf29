package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"qari/reader"
	"qari/reader/store"
)

// storeWithHighlights makes a store in a temporary directory with a
// highlight in each of two articles, and returns the directory and the
// articles' paths.
func storeWithHighlights(t *testing.T) (dir string, paths []string) {
	dir = t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, name := range []string{"seed-aleppo.txt", "ar-sample-rain.txt"} {
		p := filepath.Join("..", "..", "samples", name)
		d, err := reader.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := s.Article(d)
		if err != nil {
			t.Fatal(err)
		}
		b := d.Blocks[len(d.Blocks)/2]
		if _, err := s.AddHighlight(a, b.Start, b.End, "note "+name); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return dir, paths
}

func TestHighlightsFormats(t *testing.T) {
	dir, paths := storeWithHighlights(t)
	code, out, errs := runQari(t, "highlights", "--data-dir", dir, "--format", "json")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var anns []map[string]any
	if err := json.Unmarshal([]byte(out), &anns); err != nil || len(anns) != 2 {
		t.Fatalf("%v, %d annotations in %s", err, len(anns), out)
	}
	code, out, _ = runQari(t, "highlights", "--data-dir", dir, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(rows) != 3 || rows[0][0] != "Highlight" {
		t.Fatalf("csv: exit %d, %v, %q", code, err, rows)
	}
	code, out, _ = runQari(t, "highlights", "--data-dir", dir, "--format", "clippings")
	if code != exitOK || strings.Count(out, "==========\r\n") != 4 { // two highlights, two notes
		t.Fatalf("clippings: exit %d\n%s", code, out)
	}
	code, out, _ = runQari(t, "highlights", "--data-dir", dir)
	if code != exitOK || strings.Count(out, "\n# ") != 1 || !strings.HasPrefix(out, "# ") || !strings.Contains(out, "note seed-aleppo.txt") {
		t.Fatalf("md: exit %d\n%s", code, out)
	}
	// One file.
	code, out, _ = runQari(t, "highlights", "--data-dir", dir, "--format", "csv", paths[0])
	rows, _ = csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || len(rows) != 2 || rows[1][4] != "note seed-aleppo.txt" {
		t.Fatalf("one file: exit %d, %q", code, rows)
	}
}

func TestHighlightsErrors(t *testing.T) {
	dir, _ := storeWithHighlights(t)
	for _, args := range [][]string{
		{"--data-dir", dir, "--format", "pdf"},
		{"--data-dir", dir, "a.txt", "b.txt"},
		{"--data-dir", dir, "no-such-file.txt"},
	} {
		code, out, errs := runQari(t, append([]string{"highlights"}, args...)...)
		if code != exitError || out != "" || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "qari: ") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, store.FileName), bytes.Repeat([]byte("garbage\x00"), 512), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runQari(t, "highlights", "--data-dir", bad)
	if code != exitError || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "damaged or not a database") {
		t.Errorf("corrupt store: exit %d, stderr %q", code, errs)
	}
	// An empty store exports nothing, successfully.
	code, out, _ := runQari(t, "highlights", "--data-dir", t.TempDir(), "--format", "json")
	if code != exitOK || strings.TrimSpace(out) != "[]" {
		t.Errorf("empty store: exit %d, %q", code, out)
	}
}

// TestHighlightsUseTheConfigDataDir: qari highlights exports the store the
// reader writes to, data_dir of the config file among the ways to name it.
func TestHighlightsUseTheConfigDataDir(t *testing.T) {
	dir, _ := storeWithHighlights(t)
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("QARI_DATA_DIR", t.TempDir()) // an empty store, which data_dir overrides
	os.MkdirAll(filepath.Join(cfg, "qari"), 0o755)
	os.WriteFile(filepath.Join(cfg, "qari", "config.toml"), []byte("data_dir = "+strconv.Quote(dir)+"\n"), 0o644)
	code, out, errs := runQari(t, "highlights", "--format", "csv")
	if code != exitOK || strings.Count(out, "note ") != 2 {
		t.Errorf("exit %d, stderr %q, output:\n%s", code, errs, out)
	}
}
