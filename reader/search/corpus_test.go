package search

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qari/reader"
)

// probe is a search probe of a *.truth.json (docs/corpus-truth.md, "Search").
type probe struct {
	Query         string `json:"query"`
	ExpectMatches int    `json:"expect_matches"`
}

// corpus loads every sample article with its search probes.
func corpus(t *testing.T) map[*reader.Document][]probe {
	t.Helper()
	truths, err := filepath.Glob("../../samples/*.truth.json")
	if err != nil || len(truths) == 0 {
		t.Fatalf("no truth files: %v", err)
	}
	out := map[*reader.Document][]probe{}
	for _, tf := range truths {
		data, err := os.ReadFile(tf)
		if err != nil {
			t.Fatal(err)
		}
		var truth struct {
			Search []probe `json:"search"`
		}
		if err := json.Unmarshal(data, &truth); err != nil {
			t.Fatalf("%s: %v", tf, err)
		}
		base := strings.TrimSuffix(tf, ".truth.json")
		articles, _ := filepath.Glob(base + ".*[^n]") // .txt, .md, .html: not .json
		if len(articles) != 1 {
			t.Fatalf("%s: no single article for it: %v", tf, articles)
		}
		d, err := reader.Load(articles[0])
		if err != nil {
			t.Fatal(err)
		}
		out[d] = truth.Search
	}
	return out
}

// TestCorpusProbes runs every search probe of the corpus. The probes
// always fold case (docs/corpus-truth.md), which with smart case is what a
// query typed in lower case does.
func TestCorpusProbes(t *testing.T) {
	for d, probes := range corpus(t) {
		for _, p := range probes {
			if n := count(t, Query{Pattern: strings.ToLower(p.Query)}, d.Text); n != p.ExpectMatches {
				t.Errorf("%s: %q: %d matches, want %d", d.Name, p.Query, n, p.ExpectMatches)
			}
		}
	}
}

// TestProbesAgainstTheIssue records the probes whose count changes under
// the two rules of issue 3 that docs/corpus-truth.md does not have: smart case
// (CAFÉ no longer finds café) and digit folding (the probes of
// mixed-sample-bidi that tell 123 from ١٢٣ find both).
func TestProbesAgainstTheIssue(t *testing.T) {
	changed := map[string]int{}
	for d, probes := range corpus(t) {
		for _, p := range probes {
			base := count(t, Query{Pattern: strings.ToLower(p.Query)}, d.Text)
			if n := count(t, Query{Pattern: p.Query}, d.Text); n != base {
				changed["smart case: "+d.Name+" "+p.Query] = n
			}
			if n := count(t, Query{Pattern: strings.ToLower(p.Query), FoldDigits: true}, d.Text); n != base {
				changed["digits: "+d.Name+" "+p.Query] = n
			}
		}
	}
	want := map[string]int{
		"smart case: en-sample-harbor.txt CAFÉ": 0,
		"digits: mixed-sample-bidi.txt 123":     3,
		"digits: mixed-sample-bidi.txt ١٢٣":     3,
	}
	if !maps.Equal(changed, want) {
		t.Errorf("the issue's rules change the probes to %v, want %v", changed, want)
	}
}

// count returns the number of matches of q in text.
func count(t *testing.T, q Query, text string) int {
	t.Helper()
	m, err := Compile(q)
	if err != nil {
		t.Fatalf("%q: %v", q.Pattern, err)
	}
	n, err := m.Count(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
