package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSectionsJSONPageMetadata checks that a web page whose article has
// no h1 gets its headline, byline, date, site and language from its
// metadata in qari sections --json, and that a text without any has them
// null.
func TestSectionsJSONPageMetadata(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "story.html")
	body := strings.Repeat("<p>The harbour board met on Tuesday and agreed the plans for the quay, after a long evening of questions.</p>", 4)
	src := `<html lang="en-GB"><head><title>Quay plans agreed | The Saltmere Times</title>
		<meta property="og:site_name" content="The Saltmere Times">
		<meta property="og:title" content="Quay plans agreed | The Saltmere Times">
		<meta name="author" content="Ann Weir">
		<meta property="article:published_time" content="2024-03-14T09:30:00+00:00">
		</head><body><article>` + body + `</article></body></html>`
	if err := os.WriteFile(page, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("just a line of text, no title, nothing more to it than this.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		file                            string
		title, byline, date, site, lang string // "" for null
	}{
		{page, "Quay plans agreed", "Ann Weir", "2024-03-14T09:30:00Z", "The Saltmere Times", "en-GB"},
		{text, "", "", "", "", "en"},
	} {
		code, out, errs := runQari(t, "sections", "--json", tt.file)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.file, code, errs)
		}
		var got outline
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		for _, f := range []struct {
			name string
			got  *string
			want string
		}{{"title", got.Title, tt.title}, {"byline", got.Byline, tt.byline}, {"date", got.Date, tt.date}, {"site", got.Site, tt.site}, {"lang", got.Lang, tt.lang}} {
			if (f.got == nil) != (f.want == "") || f.got != nil && *f.got != f.want {
				t.Errorf("%s: %s = %v, want %q", filepath.Base(tt.file), f.name, deref(f.got), f.want)
			}
		}
	}
}
