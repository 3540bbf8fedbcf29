package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"qari/reader"
)

// truthQuote is one quotation of a *.truth.json file (docs/corpus-truth.md).
type truthQuote struct {
	Text       string  `json:"text"`
	Speaker    *string `json:"speaker"`
	Line       int     `json:"line"`
	SplitGroup int     `json:"split_group"`
	NestedIn   *int    `json:"nested_in"`
}

// score counts the matches of one document or of several.
type score struct {
	found, truth, matched, speakers int
}

func (s *score) add(o score) {
	s.found += o.found
	s.truth += o.truth
	s.matched += o.matched
	s.speakers += o.speakers
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s score) precision() float64 { return ratio(s.matched, s.found) }
func (s score) recall() float64    { return ratio(s.matched, s.truth) }
func (s score) speaker() float64   { return ratio(s.speakers, s.matched) }

// norm compares quotation texts as docs/corpus-truth.md says: trimmed, with runs of
// white space collapsed (HTML).
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// sameSpeaker compares speakers by containment, either way and ignoring
// case: "Ines Calder" matches "Calder".
func sameSpeaker(found string, truth *string) bool {
	if truth == nil {
		return found == ""
	}
	a, b := strings.ToLower(found), strings.ToLower(*truth)
	return a != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// scoreFile scores Find on the document beside a truth file, logging
// every miss. It returns the file's classes (the phenomena an article of
// the evaluation set exercises) with its score.
func scoreFile(t *testing.T, truthPath string) (score, []string, bool) {
	t.Helper()
	raw, err := os.ReadFile(truthPath)
	if err != nil {
		t.Fatal(err)
	}
	var truth struct {
		Quotes  []truthQuote `json:"quotes"`
		Classes []string     `json:"classes"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatalf("%s: %v", truthPath, err)
	}
	base := strings.TrimSuffix(truthPath, ".truth.json")
	var doc *reader.Document
	for _, ext := range []string{".txt", ".md", ".html"} {
		if _, err := os.Stat(base + ext); err == nil {
			if doc, err = reader.Load(base + ext); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	if doc == nil {
		t.Errorf("%s: no document", truthPath)
		return score{}, nil, false
	}
	qs := Find(doc)
	s := score{found: len(qs), truth: len(truth.Quotes)}
	used := make([]bool, len(qs))
	match := make([]int, len(truth.Quotes))
	for i, tq := range truth.Quotes {
		match[i] = -1
		for j, q := range qs {
			if !used[j] && norm(q.Text(doc)) == norm(tq.Text) {
				used[j], match[i] = true, j
				s.matched++
				if sameSpeaker(q.Speaker, tq.Speaker) {
					s.speakers++
				} else {
					t.Logf("%s: speaker of %.40q: found %q, truth %s", filepath.Base(base), tq.Text, q.Speaker, speakerString(tq.Speaker))
				}
				break
			}
		}
		if match[i] < 0 {
			t.Logf("%s: missed %.60q", filepath.Base(base), tq.Text)
		}
	}
	for j, q := range qs {
		if !used[j] {
			t.Logf("%s: extra %.60q (%s)", filepath.Base(base), q.Text(doc), q.Speaker)
		}
	}
	// Structure: split parts share a Group, nested quotations their Parent.
	for i, tq := range truth.Quotes {
		j := match[i]
		if j < 0 {
			continue
		}
		if tq.NestedIn != nil && match[*tq.NestedIn] >= 0 && qs[j].Parent != match[*tq.NestedIn] {
			t.Errorf("%s: %.40q should be nested in quote %d", filepath.Base(base), tq.Text, *tq.NestedIn)
		}
		if tq.NestedIn == nil && qs[j].Parent >= 0 {
			t.Errorf("%s: %.40q is not nested", filepath.Base(base), tq.Text)
		}
		for k := i + 1; k < len(truth.Quotes); k++ {
			if match[k] < 0 {
				continue
			}
			same := tq.SplitGroup > 0 && tq.SplitGroup == truth.Quotes[k].SplitGroup
			if got := qs[j].Group > 0 && qs[j].Group == qs[match[k]].Group; got != same {
				t.Errorf("%s: %.30q and %.30q: same group %v, truth %v", filepath.Base(base), tq.Text, truth.Quotes[k].Text, got, same)
			}
		}
	}
	t.Logf("%-24s found %2d truth %2d matched %2d  precision %.2f recall %.2f speaker %.2f",
		filepath.Base(base), s.found, s.truth, s.matched, s.precision(), s.recall(), s.speaker())
	return s, truth.Classes, true
}

// speakerString prints a truth speaker, null for none.
func speakerString(sp *string) string {
	if sp == nil {
		return "null"
	}
	return strconv.Quote(*sp)
}

// scoreSet scores every truth file matching pattern and fails below bar
// in precision, recall or speaker accuracy.
func scoreSet(t *testing.T, pattern string, bar float64) {
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no truth files at %s", pattern)
	}
	var all score
	for _, f := range files {
		if s, _, ok := scoreFile(t, f); ok {
			all.add(s)
		}
	}
	t.Logf("OVERALL found %d truth %d matched %d  precision %.3f recall %.3f speaker %.3f",
		all.found, all.truth, all.matched, all.precision(), all.recall(), all.speaker())
	if all.precision() < bar || all.recall() < bar || all.speaker() < bar {
		t.Errorf("below the bar %.2f", bar)
	}
}

// TestSamples scores Find against the truth of the sample corpus: every
// quotation and speaker right.
func TestSamples(t *testing.T) { scoreSet(t, "../../samples/*.truth.json", 1) }

// TestHardCases scores Find against qari's own hard cases in testdata:
// apostrophes, split and multi-paragraph quotations, nesting, names in
// marks, indirect speech, pronoun-only cues, statements, Arabic feminine
// and present-tense cues. Every quotation and speaker right here too.
func TestHardCases(t *testing.T) { scoreSet(t, "testdata/*.truth.json", 1) }

// TestEvalSet scores Find on the evaluation set of issue 9: articles
// written from scratch, before the rules were tuned, each tagged with the
// phenomena it exercises. It fails below precision 0.98, recall 0.97 and
// speaker accuracy 0.95 over the whole set, and with -v prints the table
// per class and each round of held-out articles (held-*, held2-*, written
// after the tuning) on its own.
func TestEvalSet(t *testing.T) {
	all := scoreRounds(t, "testdata/eval/*.truth.json", 24)
	if all.precision() < 0.98 || all.recall() < 0.97 || all.speaker() < 0.95 {
		t.Errorf("below the bar: precision %.3f (0.98), recall %.3f (0.97), speaker %.3f (0.95)",
			all.precision(), all.recall(), all.speaker())
	}
}

// TestHeldOutRounds scores Find on the rounds of articles written for
// issue 9 by writers who read no code and scored after the last rules of
// testdata/eval (testdata/heldout/README.md): text as the rules meet it in
// the wild. Its floor is below the bar, which the rules do not
// reach on such text; it fails when a change makes them worse there,
// however well the tuned set does.
func TestHeldOutRounds(t *testing.T) {
	all := scoreRounds(t, "testdata/heldout/*.truth.json", 100)
	if all.precision() < 0.97 || all.recall() < 0.97 || all.speaker() < heldOutSpeakerFloor {
		t.Errorf("below the floor: precision %.3f (0.97), recall %.3f (0.97), speaker %.3f (%.2f)",
			all.precision(), all.recall(), all.speaker(), heldOutSpeakerFloor)
	}
}

// heldOutSpeakerFloor is the speaker accuracy TestHeldOutRounds asks for:
// under what the rules reached when the last rounds were added (0.904
// over eighty-eight rounds), and above the rules before them (0.892).
const heldOutSpeakerFloor = 0.897

// scoreRounds scores every truth file matching pattern, of which there
// must be at least least, logs the table per class and per round of
// held-out articles (the prefix of a file's name before its first
// hyphen), and returns the score over all of them.
func scoreRounds(t *testing.T, pattern string, least int) score {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) < least {
		t.Fatalf("want at least %d truth files at %s, have %d", least, pattern, len(files))
	}
	var all score
	held := map[string]*score{} // by round: held-, held2-
	var rounds []string
	perClass := map[string]*score{}
	var classes []string
	for _, f := range files {
		s, cls, ok := scoreFile(t, f)
		if !ok {
			continue
		}
		if len(cls) == 0 {
			t.Errorf("%s: no classes", f)
		}
		all.add(s)
		if name := filepath.Base(f); strings.HasPrefix(name, "held") {
			round := name[:strings.IndexByte(name, '-')]
			if held[round] == nil {
				held[round] = &score{}
				rounds = append(rounds, round)
			}
			held[round].add(s)
		}
		for _, c := range cls {
			if perClass[c] == nil {
				perClass[c] = &score{}
				classes = append(classes, c)
			}
			perClass[c].add(s)
		}
	}
	slices.Sort(classes)
	t.Logf("%-12s %6s %6s %9s %6s %8s", "class", "quotes", "found", "precision", "recall", "speaker")
	row := func(name string, s score) {
		t.Logf("%-12s %6d %6d %9.3f %6.3f %8.3f", name, s.truth, s.found, s.precision(), s.recall(), s.speaker())
	}
	for _, c := range classes {
		row(c, *perClass[c])
	}
	row("ALL", all)
	for _, r := range rounds {
		row(r+"-out", *held[r])
	}
	return all
}
