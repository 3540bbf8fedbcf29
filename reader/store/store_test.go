package store

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"qari/reader"
	"qari/reader/quote"
)

// parse makes a document of text, as if loaded from path.
func parse(t testing.TB, path, text string) *reader.Document {
	t.Helper()
	d, err := reader.Parse(filepath.Base(path), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d.Path = path
	return d
}

func openT(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func articleT(t testing.TB, s *Store, d *reader.Document) *Article {
	t.Helper()
	a, err := s.Article(d)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func addT(t testing.TB, s *Store, a *Article, sub, note string) Highlight {
	t.Helper()
	i := strings.Index(a.doc.Text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	h, err := s.AddHighlight(a, i, i+len(sub), note)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// exacts returns the highlighted text of each highlight, "orphan:" before
// an orphan's.
func exacts(a *Article) []string {
	var out []string
	for _, h := range a.Highlights() {
		if h.Orphaned {
			out = append(out, "orphan:"+h.Exact)
			continue
		}
		out = append(out, a.doc.Text[h.Start:h.End])
	}
	return out
}

func equal(t *testing.T, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestReopen(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	d := parse(t, "/news/talks.txt", english)
	a := articleT(t, s, d)
	if len(a.Highlights()) != 0 || a.Position() != 0 {
		t.Fatal("a new article has highlights or a position")
	}
	h := addT(t, s, a, "leaves our farmers behind", "")
	addT(t, s, a, "The minister", "who?")
	if err := s.SavePosition(a, strings.Index(english, "Officials")); err != nil {
		t.Fatal(err)
	}
	if err := s.SetNote(a, h.ID, "farmers"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s = openT(t, dir)
	a = articleT(t, s, parse(t, "/news/talks.txt", english))
	equal(t, exacts(a), "The minister", "leaves our farmers behind")
	hs := a.Highlights()
	if hs[0].Note != "who?" || hs[1].Note != "farmers" {
		t.Errorf("notes %q %q", hs[0].Note, hs[1].Note)
	}
	if hs[0].Created.IsZero() {
		t.Error("no creation time")
	}
	if got := a.Position(); got != strings.Index(english, "Officials") {
		t.Errorf("position %d", got)
	}
	if err := s.RemoveHighlight(a, hs[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveHighlight(a, hs[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("removing twice: %v", err)
	}
	if err := s.SetNote(a, 12345, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("note of nothing: %v", err)
	}
	equal(t, exacts(articleT(t, s, parse(t, "/news/talks.txt", english))), "leaves our farmers behind")
	if _, err := s.AddHighlight(a, 5, 5, ""); err == nil {
		t.Error("an empty highlight was saved")
	}
}

func TestMovedFileKeepsHighlights(t *testing.T) {
	s := openT(t, t.TempDir())
	a := articleT(t, s, parse(t, "/old/place.txt", arabic))
	addT(t, s, a, "لن نقبل أي اتفاق يترك مزارعينا خلفه", "")
	b := articleT(t, s, parse(t, "/new/place.md", arabic))
	equal(t, exacts(b), "لن نقبل أي اتفاق يترك مزارعينا خلفه")
	if b.Source != "/new/place.md" {
		t.Errorf("source %q", b.Source)
	}
	sums, err := s.Progress()
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 1 || sums[0].Source != "/new/place.md" || sums[0].Highlights != 1 {
		t.Errorf("summaries %+v", sums)
	}
}

func TestEditedFileReanchors(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	a := articleT(t, s, parse(t, "/a.txt", english))
	addT(t, s, a, "leaves our farmers behind", "")
	addT(t, s, a, "the talks would last three days", "")
	addT(t, s, a, "The weather was cold.", "")
	if err := s.SavePosition(a, strings.Index(english, "Officials")); err != nil {
		t.Fatal(err)
	}
	edited := "Updated on Tuesday. " + strings.Replace(english, "The weather was cold.", "", 1)
	edited = strings.Replace(edited, "our farmers", "our small farmers", 1)
	b := articleT(t, s, parse(t, "/a.txt", edited))
	equal(t, exacts(b), "leaves our small farmers behind", "the talks would last three days", "orphan:The weather was cold.")
	if got := b.Position(); got != strings.Index(edited, "Officials") {
		t.Errorf("position %d, want %d", got, strings.Index(edited, "Officials"))
	}
	// Saved: reopening the edited text finds them by hash, the old text by
	// source, and the orphan comes back.
	s.Close()
	s = openT(t, dir)
	equal(t, exacts(articleT(t, s, parse(t, "/a.txt", edited))), "leaves our small farmers behind", "the talks would last three days", "orphan:The weather was cold.")
	c := articleT(t, s, parse(t, "/a.txt", english))
	equal(t, exacts(c), "leaves our farmers behind", "the talks would last three days", "The weather was cold.")
}

func TestSectionAndSpeaker(t *testing.T) {
	md := "# Talks\n\nThe minister arrived.\n\n## Geneva\n\n\"We will not accept any deal,\" Ines Calder said on Monday.\n"
	s := openT(t, t.TempDir())
	a := articleT(t, s, parse(t, "/t.md", md))
	a.SetQuotes(quote.Find(a.doc))
	h := addT(t, s, a, "We will not accept any deal", "")
	if h.Section != "Geneva" || h.Speaker != "Ines Calder" {
		t.Errorf("section %q speaker %q", h.Section, h.Speaker)
	}
	all, err := s.All()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0].Title != "Talks" || len(all[0].Highlights) != 1 || all[0].Highlights[0].Speaker != "Ines Calder" {
		t.Errorf("all %+v", all)
	}
}

func TestProgress(t *testing.T) {
	s := openT(t, t.TempDir())
	a := articleT(t, s, parse(t, "/a.txt", english))
	if err := s.SavePosition(a, len(english)/2); err != nil {
		t.Fatal(err)
	}
	sums, err := s.Progress()
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 1 || sums[0].Progress < 0.45 || sums[0].Progress > 0.55 || sums[0].Highlights != 0 {
		t.Errorf("summaries %+v", sums)
	}
	all, err := s.All()
	if err != nil || len(all) != 0 {
		t.Errorf("all %v %v", all, err)
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("QARI_DATA_DIR", "/x/qari-data")
	if d, _ := DefaultDir(); d != "/x/qari-data" {
		t.Errorf("QARI_DATA_DIR: %q", d)
	}
	t.Setenv("QARI_DATA_DIR", "")
	t.Setenv("XDG_DATA_HOME", "/x/data")
	if d, _ := DefaultDir(); d != "/x/data/qari" {
		t.Errorf("XDG_DATA_HOME: %q", d)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/u")
	if d, _ := DefaultDir(); d != "/home/u/.local/share/qari" {
		t.Errorf("HOME: %q", d)
	}
}

func TestStandardInputIsFoundByTextOnly(t *testing.T) {
	s := openT(t, t.TempDir())
	one := parse(t, "", english)
	one.Name = "stdin"
	a := articleT(t, s, one)
	addT(t, s, a, "The minister", "")
	two := parse(t, "", arabic)
	two.Name = "stdin"
	if hs := articleT(t, s, two).Highlights(); len(hs) != 0 {
		t.Fatalf("another text on standard input has %d highlights", len(hs))
	}
	equal(t, exacts(articleT(t, s, one)), "The minister")
}

func TestMigrations(t *testing.T) {
	dir := t.TempDir()
	for range 2 {
		s := openT(t, dir)
		var v int
		if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != len(migrations) {
			t.Fatalf("schema %d, %v; want %d", v, err, len(migrations))
		}
		var mode string
		if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
			t.Fatalf("journal mode %q, %v", mode, err)
		}
		s.Close()
	}
}

func TestOneArticleFromSeveralGoroutines(t *testing.T) {
	s := openT(t, t.TempDir())
	text := longText(20)
	a := articleT(t, s, parse(t, "/long.txt", text))
	var wg sync.WaitGroup
	for k := range 4 {
		wg.Go(func() {
			if err := addMany(t, s, a, k, 4, 20); err != nil {
				t.Error(err)
			}
		})
		wg.Go(func() {
			for range 20 {
				a.Highlights()
				a.Position()
			}
		})
	}
	wg.Wait()
	if n := len(a.Highlights()); n != 20 {
		t.Fatalf("%d highlights, want 20", n)
	}
	hs := a.Highlights()
	for i := 1; i < len(hs); i++ {
		if hs[i].Start < hs[i-1].Start {
			t.Fatal("highlights out of order")
		}
	}
}
