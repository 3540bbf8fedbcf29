package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"qari/reader"
	"qari/ui/layout"
	"qari/ui/theme"
)

// runQari runs qari with args and returns its exit code, stdout and stderr.
func runQari(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// truth is the part of a samples/*.truth.json these tests read.
type truth struct {
	Title    *string  `json:"title"`
	Sections []string `json:"sections"`
}

func readTruth(t *testing.T, name string) truth {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "samples", name+".truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tr truth
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestSectionsJSONMatchesTruth(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "samples", "*.truth.json"))
	if len(files) == 0 {
		t.Fatal("no samples")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".truth.json")
		article := articleOf(t, f)
		t.Run(name, func(t *testing.T) {
			code, out, errs := runQari(t, "sections", "--json", article)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got outline
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			want := readTruth(t, name)
			if (got.Title == nil) != (want.Title == nil) || got.Title != nil && *got.Title != *want.Title {
				t.Errorf("title = %v, want %v", deref(got.Title), deref(want.Title))
			}
			var titles []string
			for i, s := range got.Sections {
				titles = append(titles, s.Title)
				if i > 0 && s.Start < got.Sections[i-1].Start {
					t.Errorf("section %d starts before the one before it", i)
				}
			}
			if strings.Join(titles, "|") != strings.Join(want.Sections, "|") {
				t.Errorf("sections = %q\nwant       %q", titles, want.Sections)
			}
		})
	}
}

// articleOf returns the article a truth file describes.
func articleOf(t *testing.T, truthFile string) string {
	t.Helper()
	base := strings.TrimSuffix(truthFile, ".truth.json")
	for _, ext := range []string{".txt", ".md", ".html"} {
		if _, err := os.Stat(base + ext); err == nil {
			return base + ext
		}
	}
	t.Fatalf("no article for %s", truthFile)
	return ""
}

func deref(s *string) string {
	if s == nil {
		return "<null>"
	}
	return *s
}

func TestPrintModeWhenStdoutIsNotATerminal(t *testing.T) {
	code, out, errs := runQari(t, "../../samples/en-sample-harbor.txt", "--width", "60")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "Gullstone") {
		t.Errorf("the article text is not printed:\n%s", out)
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("pipe output (auto style) has escape sequences")
	}
	for _, l := range strings.Split(out, "\n") {
		if n := len([]rune(l)); n > 60 {
			t.Errorf("line of %d runes is wider than --width 60: %q", n, l)
		}
	}
}

func TestErrorsAreOneLine(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	binary := filepath.Join(dir, "blob.bin")
	os.WriteFile(binary, []byte{0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0}, 0o644)
	bare := filepath.Join(dir, "bare")
	os.Mkdir(bare, 0o755)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing", []string{filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"empty", []string{empty}, "empty"},
		{"binary", []string{binary}, "not a text file"},
		{"folder without articles", []string{bare}, "bare"},
		{"bad width", []string{"--width", "3", empty}, "width"},
		{"bad bidi", []string{"--bidi", "sideways", empty}, "bidi"},
		{"sections of nothing", []string{"sections"}, "sections"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runQari(t, tc.args...)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if out != "" {
				t.Errorf("stdout not empty: %q", out)
			}
			if strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "qari: ") || !strings.Contains(strings.ToLower(errs), tc.want) {
				t.Errorf("stderr = %q, want one line starting qari: that mentions %q", errs, tc.want)
			}
		})
	}
}

func TestConfigFileAndFlags(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	os.MkdirAll(filepath.Join(dir, "qari"), 0o755)
	os.WriteFile(filepath.Join(dir, "qari", "config.toml"), []byte("width = 40\nstyle = \"notty\"\n"), 0o644)
	widest := func(out string) int {
		w := 0
		for _, l := range strings.Split(out, "\n") {
			w = max(w, len([]rune(l)))
		}
		return w
	}
	_, out, _ := runQari(t, "render", "../../samples/en-sample-harbor.txt")
	if w := widest(out); w > 40 || w < 30 {
		t.Errorf("config width 40: widest line %d", w)
	}
	_, out, _ = runQari(t, "render", "../../samples/en-sample-harbor.txt", "--width", "70")
	if w := widest(out); w > 70 || w <= 40 {
		t.Errorf("--width 70 after the file overrides the config: widest line %d", w)
	}
	os.WriteFile(filepath.Join(dir, "qari", "config.toml"), []byte("widht = 40\n"), 0o644)
	code, _, errs := runQari(t, "render", "../../samples/en-sample-harbor.txt")
	if code != 1 || !strings.Contains(errs, "widht") {
		t.Errorf("a misspelt config key: exit %d, stderr %q", code, errs)
	}
}

func TestHelpListsEveryOption(t *testing.T) {
	code, out, _ := runQari(t, "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, opt := range []string{"-width", "-style", "-bidi", "-shape", "-regex", "-data-dir", "-no-store", "render", "sections", "search", "quotes", "highlights", "config.toml"} {
		if !strings.Contains(out, opt) {
			t.Errorf("--help does not mention %s", opt)
		}
	}
}

func TestABadFlagIsOneLineAndExitOne(t *testing.T) {
	for _, args := range [][]string{{"--colour", "x.txt"}, {"render", "--wide", "x.txt"}, {"sections", "--yaml", "x.txt"}, {"quotes", "--yaml", "x.txt"}} {
		code, out, errs := runQari(t, args...)
		if code != 1 || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "--help") {
			t.Errorf("qari %q: exit %d, stdout %q, stderr %q; want 1 and one line pointing at --help", args, code, out, errs)
		}
	}
}

func TestParseArgs(t *testing.T) {
	for _, c := range []struct {
		args  []string
		want  string // the positional arguments, joined by spaces
		width int
	}{
		{[]string{"a.txt", "--width", "60", "b.txt"}, "a.txt b.txt", 60},
		{[]string{"--width", "60", "-", "a.txt"}, "- a.txt", 60},
		{[]string{"a.txt", "--", "-b.txt", "--width", "c.txt"}, "a.txt -b.txt --width c.txt", 80},
		{[]string{"--", "--"}, "--", 80},
	} {
		o := defaults()
		pos, err := parseArgs(flagSet("qari", &o), c.args)
		if got := strings.Join(pos, " "); err != nil || got != c.want || o.Width != c.width {
			t.Errorf("parseArgs(%q) = %q, %v, width %d; want %q, width %d", c.args, got, err, o.Width, c.want, c.width)
		}
	}
}

func TestBackgroundFromCOLORFGBG(t *testing.T) {
	for v, want := range map[string]backgroundKind{
		"15;0": bgDark, "0;15": bgLight, "7;default;0": bgDark, "0;default;15": bgLight,
		"12;8": bgDark, "0;7": bgLight, "": bgUnknown, "garbage": bgUnknown, "15;default": bgUnknown, "0;-1": bgUnknown,
	} {
		if got := backgroundFromCOLORFGBG(v); got != want {
			t.Errorf("COLORFGBG=%q: background %d, want %d", v, got, want)
		}
	}
}

// TestAutoThemeOnAnUnknownBackground: when the terminal says nothing of
// its background (tmux before 3.4 with no COLORFGBG), the body text is
// drawn in the terminal's own colour, not the dark style's light grey
// that vanished on a light terminal; a known background keeps its style.
func TestAutoThemeOnAnUnknownBackground(t *testing.T) {
	doc, err := reader.Load("../../samples/en-sample-harbor.txt")
	if err != nil {
		t.Fatal(err)
	}
	body := func(bg backgroundKind) string {
		th, err := autoTheme(bg)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := theme.Write(&buf, doc, layout.Options{Width: 70}, th); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(buf.String(), "\n")
		for _, l := range lines {
			if strings.Contains(l, "the") && !strings.Contains(l, "#") {
				return l // a line of a paragraph
			}
		}
		t.Fatal("no paragraph line written")
		return ""
	}
	if l := body(bgUnknown); strings.Contains(l, "38;5;") || strings.Contains(l, "38;2;") {
		t.Errorf("on an unknown background a paragraph's text has a colour of its own: %q", l)
	}
	if l := body(bgDark); !strings.Contains(l, "38;5;252") {
		t.Errorf("on a dark background a paragraph is not the dark style's grey: %q", l)
	}
	if l := body(bgLight); !strings.Contains(l, "38;5;234") {
		t.Errorf("on a light background a paragraph is not the light style's: %q", l)
	}
}

func TestAWebAddressIsRead(t *testing.T) {
	page, err := os.ReadFile("../../samples/en-sample-museum.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/museum" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	}))
	defer srv.Close()
	code, out, errs := runQari(t, "render", "--width", "60", srv.URL+"/museum")
	if code != 0 || !strings.Contains(out, "Clock museum reopens") || strings.Contains(out, "cookies") {
		t.Errorf("qari render URL: exit %d, stderr %q, output:\n%s", code, errs, out)
	}
	code, out, errs = runQari(t, "sections", srv.URL+"/gone")
	if code != 1 || out != "" || !strings.Contains(errs, "404") || strings.Count(errs, "\n") != 1 {
		t.Errorf("a missing page: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestVersion: the module's version when there is one, else (devel) with
// the revision the build recorded.
func TestVersion(t *testing.T) {
	for _, tc := range []struct {
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{nil, false, "(devel)"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, true, "v1.2.0"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true, "(devel)"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"},
		}}, true, "(devel) 0123456789ab+dirty"},
	} {
		if got := versionOf(tc.bi, tc.ok); got != tc.want {
			t.Errorf("versionOf(%+v) = %q, want %q", tc.bi, got, tc.want)
		}
	}
}
