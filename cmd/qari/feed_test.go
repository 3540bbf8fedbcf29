package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/bubbles/v2/list"

	"qari/ui/library"
)

// feedServer serves n small RSS feeds at /feed/0 … /feed/n-1, each with
// one full article, and /404.
func feedServer(t *testing.T, n int) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	for i := range n {
		mux.HandleFunc(fmt.Sprintf("/feed/%d", i), func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %d</title><link>https://site%d.example/</link>
<item><title>Article %d</title><link>https://site%d.example/a</link><description><![CDATA[<p>%s</p><p>هجومًا في المقال رقم %d.</p>]]></description></item>
</channel></rss>`, i, i, i, i, strings.Repeat(fmt.Sprintf("The long text of article %d, long enough to be the article itself. ", i), 12), i)
		})
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// libraryHome gives the test a fresh data and config directory.
func libraryHome(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("QARI_DATA_DIR", dir)
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	return dir
}

// TestFeedCommands: add, update, list, export, import and remove, as a
// user runs them, against a local server.
func TestFeedCommands(t *testing.T) {
	libraryHome(t)
	srv := feedServer(t, 3)
	code, out, errs := runQari(t, "feed", "add", srv.URL+"/feed/0", srv.URL+"/feed/1")
	if code != 0 || !strings.Contains(out, "2 feeds: 2 new articles") {
		t.Fatalf("feed add: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = runQari(t, "feed", "add", srv.URL+"/404")
	if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "404 Not Found") {
		t.Errorf("a feed that is not there: exit %d, stderr %q; want one line with the 404", code, errs)
	}
	code, out, _ = runQari(t, "feed", "list")
	if code != 0 || !strings.Contains(out, "Feed 0\t"+srv.URL+"/feed/0\t1 articles") || !strings.Contains(out, "failed: the server answered 404 Not Found") {
		t.Errorf("feed list:\n%s", out)
	}
	code, out, _ = runQari(t, "search", "--library", "هجوما")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, "Article 0: ") || !strings.Contains(out, "⟦هجومًا⟧") {
		t.Errorf("search --library: exit %d\n%s", code, out)
	}
	code, opml, _ := runQari(t, "feed", "export")
	if code != 0 || !strings.Contains(opml, `xmlUrl="`+srv.URL+`/feed/1"`) {
		t.Fatalf("feed export:\n%s", opml)
	}
	// the export comes over to a new library in one command
	libraryHome(t)
	file := filepath.Join(t.TempDir(), "subs.opml")
	os.WriteFile(file, []byte(opml), 0o644)
	code, out, errs = runQari(t, "feed", "import", file)
	if code != 0 || !strings.Contains(out, "3 feeds in "+file+": 3 new subscriptions") {
		t.Errorf("feed import: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = runQari(t, "feed", "remove", "Feed 1")
	if code != 0 || !strings.Contains(out, "removed: "+srv.URL+"/feed/1") {
		t.Errorf("feed remove: exit %d\n%s", code, out)
	}
	code, _, errs = runQari(t, "feed", "remove", "Feed 1")
	if code != 1 || !strings.Contains(errs, "no such feed") {
		t.Errorf("removing it again: exit %d, %q", code, errs)
	}
}

// TestAdd: qari add keeps a file, says so once, and
// keeps it once.
func TestAdd(t *testing.T) {
	libraryHome(t)
	art := filepath.Join("..", "..", "samples", "seed-aleppo.txt")
	if _, err := os.Stat(art); err != nil {
		t.Skip("no seed sample")
	}
	code, out, errs := runQari(t, "add", art)
	if code != 0 || !strings.HasPrefix(out, "added: ") {
		t.Fatalf("add: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = runQari(t, "add", art)
	if code != 0 || !strings.HasPrefix(out, "already kept: ") {
		t.Errorf("adding it again: exit %d, %q", code, out)
	}
	code, _, errs = runQari(t, "add", "no-such-file.txt")
	if code != 1 || strings.Count(errs, "\n") != 1 {
		t.Errorf("a missing file: exit %d, %q", code, errs)
	}
	code, out, _ = runQari(t, "search", "--library", "هجوما")
	if code != 0 || !strings.Contains(out, "⟦هجومًا⟧") {
		t.Errorf("the kept seed is not found: exit %d\n%s", code, out)
	}
}

// TestReadmeLibraryKeys: the README's table of the library's keys is the
// library's own.
func TestReadmeLibraryKeys(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if want := library.DefaultKeyMap(list.DefaultKeyMap()).Table(); !strings.Contains(string(data), want) {
		t.Errorf("README.md lacks the library's key table:\n%s", want)
	}
}
