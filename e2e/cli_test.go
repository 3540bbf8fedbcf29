package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestErrors: a missing file, an empty file, a binary file and a folder
// without articles each make qari print one clear line on stderr, naming
// the file, and exit with status 1 — never a panic, never a blank screen.
func TestErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	binary := filepath.Join(dir, "photo.png")
	bin := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	for i := 0; i < 4096; i++ {
		bin = append(bin, byte(i*131+i/7))
	}
	if err := os.WriteFile(binary, bin, 0o644); err != nil {
		t.Fatal(err)
	}
	noArticles := filepath.Join(dir, "nothing-here")
	if err := os.MkdirAll(noArticles, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, path string }{
		{"missing", filepath.Join(dir, "no-such-article.txt")},
		{"empty", empty},
		{"binary", binary},
		{"folder without articles", noArticles},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, args := range [][]string{{tc.path}, {"render", tc.path}} {
				r := runQari(t, nil, args...)
				cmdline := "qari " + strings.Join(args, " ")
				if r.code != 1 {
					t.Errorf("%s: exit status %d, want 1\nstdout: %q\nstderr: %q", cmdline, r.code, r.stdout, r.stderr)
				}
				msg := strings.TrimRight(r.stderr, "\n")
				if msg == "" || strings.Contains(msg, "\n") {
					t.Errorf("%s: stderr should be exactly one line, got %q", cmdline, r.stderr)
				}
				if strings.Contains(msg, "panic") || strings.Contains(msg, "goroutine") {
					t.Errorf("%s: qari crashed: %s", cmdline, r.stderr)
				}
				if !strings.Contains(msg, filepath.Base(tc.path)) {
					t.Errorf("%s: the message %q does not say which file is wrong (%s)", cmdline, msg, filepath.Base(tc.path))
				}
				if r.stdout != "" {
					t.Errorf("%s: printed %q on stdout; errors belong on stderr", cmdline, r.stdout)
				}
			}
		})
	}
}

// sgrRE matches colour and style sequences, which print mode may use.
var sgrRE = regexp.MustCompile("\x1b\\[[0-9;:]*m")

// checkArticleText fails unless out shows the opening words of every
// paragraph of the seed.
func checkArticleText(t *testing.T, what, out string) {
	t.Helper()
	plain := sgrRE.ReplaceAllString(out, "")
	for i, line := range seedLines(t) {
		p := leadPhrase(line, 3)
		if p == "" {
			continue
		}
		if !screenHas(plain, p) {
			t.Errorf("%s: paragraph %d of the seed (%q…) is missing from the output:\n%s", what, i+1, p, indent(plain))
			return
		}
	}
}

// TestPipe: with stdout not a terminal, `qari FILE | cat`, `cat FILE | qari`
// and `qari render` print the article instead of opening the reader.
func TestPipe(t *testing.T) {
	t.Parallel()
	seed, err := os.ReadFile(seedPath())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		in   []byte
		args []string
	}{
		{"qari FILE | cat", nil, []string{seedPath()}},
		{"cat FILE | qari | cat", seed, nil},
		{"cat FILE | qari - | cat", seed, []string{"-"}},
		{"qari render FILE", nil, []string{"render", seedPath()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runQari(t, tc.in, tc.args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("%s: exit status %d, stderr %q", tc.name, r.code, r.stderr)
			}
			checkArticleText(t, tc.name, r.stdout)
		})
	}
}

// TestRenderWidth: `qari render --width 40 --style notty` wraps every line
// within 40 columns and uses no escape sequences.
func TestRenderWidth(t *testing.T) {
	r := runQari(t, nil, "render", "--width", "40", "--style", "notty", seedPath())
	if r.code != 0 {
		t.Fatalf("qari render --width 40 --style notty: exit status %d, stderr %q", r.code, r.stderr)
	}
	if strings.Contains(r.stdout, "\x1b") {
		t.Errorf("--style notty output holds escape sequences: %q", r.stdout)
	}
	for i, line := range strings.Split(r.stdout, "\n") {
		if c := cells(line); c > 40 {
			t.Errorf("line %d is %d columns wide, more than --width 40:\n\t%s", i+1, c, line)
		}
	}
	checkArticleText(t, "render --width 40", r.stdout)
}

// TestSectionsJSON: `qari sections --json` gives the seed's outline as the
// ground truth has it: no title line, the untitled lead section first.
func TestSectionsJSON(t *testing.T) {
	r := runQari(t, nil, "sections", "--json", seedPath())
	if r.code != 0 {
		t.Fatalf("qari sections --json: exit status %d, stderr %q", r.code, r.stderr)
	}
	var got struct {
		Title    string `json:"title"`
		Sections []struct {
			Title string `json:"title"`
			Level int    `json:"level"`
			Start int    `json:"start"`
		} `json:"sections"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("qari sections --json printed no valid JSON (%v):\n%s", err, r.stdout)
	}
	want := readTruth(t, "seed-aleppo").Sections
	var titles []string
	for _, s := range got.Sections {
		titles = append(titles, s.Title)
	}
	if strings.Join(titles, "\n") != strings.Join(want, "\n") {
		t.Errorf("sections of the seed:\n got %q\nwant %q", titles, want)
	}
}
