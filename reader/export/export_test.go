package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"qari/reader/store"
)

// articles are two articles, one Arabic and one English, with a note, a
// speaker, sections, a line break in a highlight and an orphan.
func articles() []store.ArticleHighlights {
	at := time.Date(2026, 11, 29, 23, 2, 15, 0, time.UTC)
	return []store.ArticleHighlights{
		{
			Source: "/news/جنيف.txt", Title: "محادثات جنيف", Hash: "aa",
			Highlights: []store.Highlight{
				{ID: 1, Start: 120, End: 180, Exact: "لن نقبل أي اتفاق يترك مزارعينا خلفه", Prefix: "وقال لافروف: «", Suffix: "» قبل بدء المحادثات",
					Section: "", Speaker: "لافروف", Note: "موقف روسيا", Created: at},
				{ID: 2, Start: 900, End: 960, Exact: "وكان الطقس باردا.", Prefix: "لاحقا. ", Section: "الأجواء", Created: at.Add(time.Minute)},
			},
		},
		{
			Source: "https://example.com/talks", Title: "Talks, \"in Geneva\"", Hash: "bb",
			Highlights: []store.Highlight{
				{ID: 3, Start: 0, End: 40, Exact: "The minister arrived in Geneva on Monday.", Suffix: " \"We will", Section: "", Created: at},
				{ID: 4, Start: 300, End: 420, Exact: "We will not accept any deal,\nsaid Ines Calder, on Monday", Prefix: "Talks. \"", Suffix: "\"",
					Section: "Geneva", Speaker: "Ines Calder", Note: "a note, with \"quotes\"\nand two lines", Created: at.Add(2 * time.Hour)},
				{ID: 5, Start: 500, End: 530, Exact: "The weather was cold.", Section: "Geneva", Orphaned: true, Created: at},
			},
		},
	}
}

func TestJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, articles()); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	var typed []Annotation
	json.Unmarshal(buf.Bytes(), &typed)
	i := 0
	for _, a := range articles() {
		for _, h := range a.Highlights {
			g, an := got[i], typed[i]
			i++
			if g["@context"] != "http://www.w3.org/ns/anno.jsonld" || g["type"] != "Annotation" {
				t.Errorf("%d: context %v type %v", h.ID, g["@context"], g["type"])
			}
			if an.Created != h.Created.Format(time.RFC3339) {
				t.Errorf("%d: created %q", h.ID, an.Created)
			}
			sel := an.Target.Selector
			q := sel[0]
			if q.Type != "TextQuoteSelector" || q.Exact != h.Exact || q.Prefix != h.Prefix || q.Suffix != h.Suffix {
				t.Errorf("%d: quote selector %+v", h.ID, q)
			}
			if h.Orphaned {
				if len(sel) != 1 {
					t.Errorf("%d: an orphan has a position", h.ID)
				}
			} else if len(sel) != 2 || sel[1].Type != "TextPositionSelector" || *sel[1].Start != h.Start || *sel[1].End != h.End {
				t.Errorf("%d: position selector %+v", h.ID, sel)
			}
			if h.Note == "" && len(an.Body) != 0 || h.Note != "" && (len(an.Body) != 1 || an.Body[0].Value != h.Note || an.Body[0].Type != "TextualBody") {
				t.Errorf("%d: body %+v", h.ID, an.Body)
			}
		}
	}
	if typed[0].Target.Source != "file:///news/%D8%AC%D9%86%D9%8A%D9%81.txt" || typed[2].Target.Source != "https://example.com/talks" {
		t.Errorf("sources %q %q", typed[0].Target.Source, typed[2].Target.Source)
	}
	if i != len(got) {
		t.Errorf("%d annotations, want %d", len(got), i)
	}
	buf.Reset()
	JSON(&buf, nil)
	if strings.TrimSpace(buf.String()) != "[]" {
		t.Errorf("no highlights: %q", buf.String())
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, articles()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "Highlight,Title,Author,URL,Note,Location,Date" {
		t.Fatalf("header %q", rows[0])
	}
	i := 1
	for _, a := range articles() {
		for _, h := range a.Highlights {
			loc := fmt.Sprint(h.Start/150 + 1)
			if h.Orphaned {
				loc = "" // no place in the text
			}
			want := []string{h.Exact, a.Title, "", sourceURL(a), h.Note, loc, h.Created.UTC().Format("2006-01-02 15:04:05")}
			if strings.Join(rows[i], "|") != strings.Join(want, "|") {
				t.Errorf("row %d: %q, want %q", i, rows[i], want)
			}
			i++
		}
	}
	if i != len(rows) {
		t.Errorf("%d rows, want %d", len(rows), i)
	}
}

func TestClippings(t *testing.T) {
	var buf bytes.Buffer
	if err := Clippings(&buf, articles()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Count(out, "\n") != strings.Count(out, "\r\n") {
		t.Error("lines do not end in CRLF")
	}
	got, err := parseClippings(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var want []clipping
	for _, a := range articles() {
		for _, h := range a.Highlights {
			added := h.Created.Format("Monday, January 2, 2006 3:04:05 PM")
			want = append(want, clipping{Title: oneLine(a.Title), Kind: "Highlight", From: h.Start/150 + 1, To: (h.End-1)/150 + 1, Added: added, Text: oneLine(h.Exact)})
			if h.Note != "" {
				want = append(want, clipping{Title: oneLine(a.Title), Kind: "Note", From: (h.End-1)/150 + 1, To: (h.End-1)/150 + 1, Added: added, Text: oneLine(h.Note)})
			}
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n%v\nwant\n%v", got, want)
	}
	if _, err := parseClippings(strings.NewReader("a\nb\n==========\n")); err == nil {
		t.Error("a bad entry parsed")
	}
}

func TestMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, articles()); err != nil {
		t.Fatal(err)
	}
	want := `# محادثات جنيف

Source: <file:///news/%D8%AC%D9%86%D9%8A%D9%81.txt>

> لن نقبل أي اتفاق يترك مزارعينا خلفه
>
> — لافروف

موقف روسيا

## الأجواء

> وكان الطقس باردا.

# Talks, "in Geneva"

Source: <https://example.com/talks>

> The minister arrived in Geneva on Monday.

## Geneva

> We will not accept any deal,
> said Ines Calder, on Monday
>
> — Ines Calder

a note, with "quotes"
and two lines

## No longer in the article

> The weather was cold.
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
	// Parsed back: the quotes, in order.
	var quotes []string
	for line := range strings.Lines(buf.String()) {
		if q, ok := strings.CutPrefix(line, "> "); ok && !strings.HasPrefix(q, "— ") {
			quotes = append(quotes, strings.TrimSpace(q))
		}
	}
	var exp []string
	for _, a := range articles() {
		for _, h := range a.Highlights {
			exp = append(exp, strings.Split(h.Exact, "\n")...)
		}
	}
	if strings.Join(quotes, "|") != strings.Join(exp, "|") {
		t.Errorf("quotes %q, want %q", quotes, exp)
	}
}

// errWriter fails every write.
type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

func TestWriteErrors(t *testing.T) {
	for name, f := range map[string]func(io.Writer, []store.ArticleHighlights) error{
		"md": Markdown, "json": JSON, "clippings": Clippings, "csv": CSV,
	} {
		if err := f(errWriter{}, articles()); err == nil {
			t.Errorf("%s: no error from a failing writer", name)
		}
	}
}
