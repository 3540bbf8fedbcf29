package store

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"qari/reader"
)

// fetched makes a document as if fetched from the web: no path.
func fetched(t testing.TB, name, text string) *reader.Document {
	t.Helper()
	d, err := reader.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

const arabicArticle = "# الهجوم على المدينة\n\nشنّت القوات هجومًا واسعًا على المدينة فجر اليوم.\n\n## ردود الفعل\n\nوقال الوزير إن الهجوم لن يمرّ دون رد.\n"

// TestKeepLoadRoundTrip: an article kept in the library comes back from
// the store, without the network, with its text, sections, blocks and
// metadata.
func TestKeepLoadRoundTrip(t *testing.T) {
	s := openT(t, t.TempDir())
	d := fetched(t, "attack.md", arabicArticle)
	d.Byline, d.Date, d.Site = "مراسلنا", "2026-12-01", "الجريدة"
	k, err := s.Keep(d, "https://example.com/attack", 0)
	if err != nil || !k.New {
		t.Fatalf("Keep = %+v, %v; want a new article", k, err)
	}
	got, err := s.Load(k.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != d.Text || got.Title != d.Title || got.Byline != d.Byline || got.Date != d.Date || got.Site != d.Site || got.Lang != d.Lang {
		t.Errorf("loaded %q %q %q %q %q, want %q %q %q %q %q", got.Title, got.Byline, got.Date, got.Site, got.Lang, d.Title, d.Byline, d.Date, d.Site, d.Lang)
	}
	if !reflect.DeepEqual(got.Sections, d.Sections) || !reflect.DeepEqual(got.Blocks, d.Blocks) {
		t.Errorf("sections or blocks differ after the round trip:\n%+v\n%+v", got.Sections, d.Sections)
	}
	if got.Name != "https://example.com/attack" {
		t.Errorf("loaded name %q, want the address", got.Name)
	}
	es, err := s.Library()
	if err != nil || len(es) != 1 {
		t.Fatalf("Library = %v, %v; want one entry", es, err)
	}
	if e := es[0]; e.Title != d.Title || e.URL != "https://example.com/attack" || e.Words == 0 || e.Lang != "ar" || e.Read || e.Starred {
		t.Errorf("entry %+v", e)
	}
}

// TestKeepOnce: the same address, or the same text from another
// address, is kept once.
func TestKeepOnce(t *testing.T) {
	s := openT(t, t.TempDir())
	a := fetched(t, "a.txt", "First article\n\nSome words of the first article.\n")
	b := fetched(t, "b.txt", "Second article\n\nOther words, of the second.\n")
	k1, _ := s.Keep(a, "https://one.example/a", 0)
	k2, err := s.Keep(a, "https://two.example/copy-of-a", 0)
	if err != nil || k2.New || k2.ID != k1.ID {
		t.Errorf("the same text again: %+v, %v; want the first (%d), not new", k2, err, k1.ID)
	}
	k3, err := s.Keep(b, "https://one.example/a", 0)
	if err != nil || k3.New || k3.ID != k1.ID {
		t.Errorf("the same address again: %+v, %v; want the first, not new", k3, err)
	}
	if es, _ := s.Library(); len(es) != 1 {
		t.Errorf("library holds %d articles, want 1", len(es))
	}
	if ok, _ := s.HasURL("https://one.example/a"); !ok {
		t.Error("HasURL does not know the kept address")
	}
}

// TestKeepJoinsHighlights: a file read (and highlighted) before it was
// kept joins the library with its highlights.
func TestKeepJoinsHighlights(t *testing.T) {
	s := openT(t, t.TempDir())
	d := parse(t, "/tmp/x/essay.txt", "An essay\n\nWords worth keeping here.\n")
	a := articleT(t, s, d)
	addT(t, s, a, "worth", "")
	k, err := s.Keep(d, "", 0)
	if err != nil || !k.New {
		t.Fatalf("Keep = %+v, %v", k, err)
	}
	es, _ := s.Library()
	if len(es) != 1 || es[0].Highlights != 1 {
		t.Errorf("library %+v, want the essay with its highlight", es)
	}
}

// TestReadAndStarred: read articles go after unread ones; stars stay.
func TestReadAndStarred(t *testing.T) {
	s := openT(t, t.TempDir())
	var ids []int64
	for i, title := range []string{"Oldest", "Middle", "Newest"} {
		k, err := s.Keep(fetched(t, "x.md", "# "+title+"\n\nBody "+strings.Repeat("w ", i+1)+"\n"), "https://e.example/"+title, 0)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, k.ID)
	}
	if err := s.SetRead(ids[2], true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ids[0], true); err != nil {
		t.Fatal(err)
	}
	es, _ := s.Library()
	var titles []string
	for _, e := range es {
		titles = append(titles, e.Title)
	}
	if want := []string{"Middle", "Oldest", "Newest"}; !reflect.DeepEqual(titles, want) {
		t.Errorf("order %v, want %v (unread first, newest first)", titles, want)
	}
	if !es[1].Starred || es[0].Starred || !es[2].Read {
		t.Errorf("flags lost: %+v", es)
	}
}

// TestSearchFolds: هجوما finds هجومًا in a kept article, at its offsets
// in the original text, with its section and context.
func TestSearchFolds(t *testing.T) {
	s := openT(t, t.TempDir())
	d := fetched(t, "attack.md", arabicArticle)
	k, _ := s.Keep(d, "https://example.com/attack", 0)
	s.Keep(fetched(t, "other.txt", "Something else\n\nNothing about it here.\n"), "https://example.com/other", 0)
	f, err := s.Search(context.Background(), "هجوما", 10)
	if err != nil {
		t.Fatal(err)
	}
	if f.Articles != 1 || len(f.Hits) != 1 {
		t.Fatalf("found %+v, want one hit in one article", f)
	}
	h := f.Hits[0]
	if h.Article != k.ID || d.Text[h.Start:h.End] != "هجومًا" || h.Match != "هجومًا" {
		t.Errorf("hit %+v: text there %q, want هجومًا", h, d.Text[h.Start:h.End])
	}
	if h.Section != "" || !strings.Contains(h.After, "واسعًا") {
		t.Errorf("hit in section %q with context after %q", h.Section, h.After)
	}
	f, _ = s.Search(context.Background(), "الهجوم لن", 10)
	if len(f.Hits) != 1 || f.Hits[0].Section != "ردود الفعل" {
		t.Errorf("a phrase in the second section: %+v", f.Hits)
	}
	for _, q := range []string{`"`, "*", "NEAR(", "ً", "xyzzy"} {
		if f, err := s.Search(context.Background(), q, 10); err != nil || len(f.Hits) != 0 {
			t.Errorf("Search(%q) = %+v, %v; want nothing and no error", q, f, err)
		}
	}
}

// TestSearchWithoutPrefix: هجوم finds الهجوم and وبالهجوم, words the
// index knows whole, as the reader's search finds them.
func TestSearchWithoutPrefix(t *testing.T) {
	s := openT(t, t.TempDir())
	s.Keep(fetched(t, "a.md", "# بيان\n\nوقال الوزير إن الهجوم لن يمرّ، وندد بالهجوم مرة أخرى.\n"), "https://example.com/a", 0)
	s.Keep(fetched(t, "b.md", "# أخرى\n\nلا شيء هنا عن ذلك.\n"), "https://example.com/b", 0)
	f, err := s.Search(context.Background(), "هجوم", 10)
	if err != nil || f.Articles != 1 || len(f.Hits) != 2 {
		t.Fatalf("هجوم: %+v, %v; want the two words of the first article", f, err)
	}
	for _, h := range f.Hits {
		if h.Match != "هجوم" || !strings.HasSuffix(h.Before, "ال") {
			t.Errorf("hit %q after %q, want هجوم after its ال", h.Match, h.Before)
		}
	}
	if f, _ := s.Search(context.Background(), "الهجوم لن", 10); len(f.Hits) != 1 {
		t.Errorf("the phrase with its article: %+v", f.Hits)
	}
}

// TestSearchRanksTitles: an article whose title holds the word comes
// before one that only mentions it.
func TestSearchRanksTitles(t *testing.T) {
	s := openT(t, t.TempDir())
	s.Keep(fetched(t, "a.txt", "Gardens of the city\n\nA long walk, and at its end a word on Aleppo among many other words of the walk.\n"), "https://e.example/a", 0)
	s.Keep(fetched(t, "b.txt", "Aleppo\n\nThe city of Aleppo, its markets and its citadel.\n"), "https://e.example/b", 0)
	f, err := s.Search(context.Background(), "aleppo", 10)
	if err != nil || f.Articles != 2 || len(f.Hits) < 2 {
		t.Fatalf("found %+v, %v", f, err)
	}
	if f.Hits[0].Title != "Aleppo" {
		t.Errorf("first hit in %q, want the article titled Aleppo", f.Hits[0].Title)
	}
}
