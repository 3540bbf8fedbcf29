package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSearchJSON(t *testing.T) {
	code, out, errs := runQari(t, "search", "--json", "هجوما", "../../samples/seed-aleppo.txt", "../../samples/ar-sample-rain.txt")
	if code != searchFound || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if len(raw) != 3 || raw["query"] == nil || raw["count"] == nil || raw["matches"] == nil {
		t.Fatalf("keys of %s", out)
	}
	var res struct {
		Query   string
		Count   int
		Matches []map[string]any
	}
	json.Unmarshal([]byte(out), &res)
	if res.Query != "هجوما" || res.Count != 1 || len(res.Matches) != 1 {
		t.Fatalf("got %s", out)
	}
	m := res.Matches[0]
	if len(m) != 5 || m["file"] != "../../samples/seed-aleppo.txt" || m["section"] != "" ||
		!strings.Contains(m["context"].(string), "هجومًا") || strings.Contains(m["context"].(string), "\n") {
		t.Errorf("match %v", m)
	}
	start, end := int(m["start"].(float64)), int(m["end"].(float64))
	if end-start != len("هجومًا") {
		t.Errorf("match at %d–%d is not هجومًا", start, end)
	}
}

func TestSearchText(t *testing.T) {
	code, out, _ := runQari(t, "search", "calder", "../../samples/en-sample-harbor.txt", "--case-sensitive")
	if code != searchNone || out != "" {
		t.Errorf("--case-sensitive calder: exit %d, %q", code, out)
	}
	code, out, errs := runQari(t, "search", "Calder", "../../samples/en-sample-harbor.txt")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != searchFound || errs != "" || len(lines) != 6 {
		t.Fatalf("exit %d, stderr %q, %d lines:\n%s", code, errs, len(lines), out)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "../../samples/en-sample-harbor.txt:") || !strings.Contains(l, "⟦Calder⟧") {
			t.Errorf("line %q", l)
		}
	}
}

func TestSearchExitCodes(t *testing.T) {
	seed := "../../samples/seed-aleppo.txt"
	tests := []struct {
		args []string
		code int
		out  string // a part of stdout
		err  string // a part of stderr; "" for none
	}{
		{[]string{"لافروف", seed}, searchFound, "⟦لافروف⟧", ""},
		{[]string{"--json", "nothing-like-this", seed}, searchNone, `"count": 0`, ""},
		{[]string{"nothing-like-this", seed}, searchNone, "", "qari: no match"},
		{[]string{"--regex", "(", seed}, searchTrouble, "", "qari: search: bad regular expression"},
		{[]string{"", seed}, searchTrouble, "", "qari: search: empty pattern"},
		{[]string{"لافروف"}, searchTrouble, "", "qari: search: name a query"},
		{[]string{"--bogus", "x", seed}, searchTrouble, "", "qari: search:"},
		{[]string{"لافروف", "no-such-file.txt", seed}, searchTrouble, "⟦لافروف⟧", "no-such-file.txt"},
		{[]string{"--", "--json", seed}, searchNone, "", "qari: no match"},
		{[]string{"--help"}, searchFound, "Usage: qari search", ""},
	}
	for _, tt := range tests {
		code, out, errs := runQari(t, append([]string{"search"}, tt.args...)...)
		if code != tt.code || !strings.Contains(out, tt.out) || (tt.err == "") != (errs == "") || !strings.Contains(errs, tt.err) ||
			strings.Count(errs, "\n") > 1 {
			t.Errorf("qari search %q: exit %d, stdout %q, stderr %q", tt.args, code, out, errs)
		}
	}
}

func TestSearchContext(t *testing.T) {
	long := strings.Repeat("ب", 50)
	tests := []struct {
		text                 string
		start, end           int
		before, match, after string
	}{
		{"one\ntwo words\nthree", 8, 13, "two ", "words", ""},
		{long + " x " + long, len(long) + 1, len(long) + 2, "…" + strings.Repeat("ب", 39) + " ", "x", " " + strings.Repeat("ب", 39) + "…"},
		{"a\tb\nc", 0, 5, "", "a b c", ""},
		{strings.Repeat("بَ", 50) + "بx" + strings.Repeat("بَ", 50), 202, 203, "…" + strings.Repeat("بَ", 19) + "ب", "x", strings.Repeat("بَ", 20) + "…"},
	}
	for _, tt := range tests {
		b, m, a := searchContext(tt.text, tt.start, tt.end)
		if b != tt.before || m != tt.match || a != tt.after {
			t.Errorf("searchContext(%q, %d, %d) = %q, %q, %q, want %q, %q, %q", tt.text, tt.start, tt.end, b, m, a, tt.before, tt.match, tt.after)
		}
	}
}

// TestSearchCountsEveryProbe runs every search probe of the samples' truth
// through the command line, as a script would: the counts must be the
// truth's (case ignored by default, as the probes count).
func TestSearchCountsEveryProbe(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "samples", "*.truth.json"))
	for _, f := range files {
		var tr struct {
			Search []struct {
				Query string `json:"query"`
				Want  int    `json:"expect_matches"`
			} `json:"search"`
		}
		data, _ := os.ReadFile(f)
		if err := json.Unmarshal(data, &tr); err != nil {
			t.Fatal(err)
		}
		article := articleOf(t, f)
		for _, p := range tr.Search {
			_, out, errs := runQari(t, "search", "--json", p.Query, article)
			var got struct {
				Count int `json:"count"`
			}
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%s %q: not JSON (%v): %s", article, p.Query, err, errs)
			}
			if got.Count != p.Want {
				t.Errorf("qari search %q %s: count %d, want %d", p.Query, filepath.Base(article), got.Count, p.Want)
			}
		}
	}
}
