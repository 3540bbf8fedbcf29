package theme

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"

	"qari/reader"
	"qari/samples"
	"qari/ui/layout"
)

// sample parses an article of the built-in library.
func sample(t testing.TB, name string) *reader.Document {
	t.Helper()
	for _, a := range samples.Articles() {
		if a.Name == name {
			doc, err := reader.Parse(a.Name, a.Data)
			if err != nil {
				t.Fatal(err)
			}
			return doc
		}
	}
	t.Fatalf("no sample %s", name)
	return nil
}

func TestLoad(t *testing.T) {
	for _, name := range Names() {
		if _, err := Load(name, true); err != nil {
			t.Errorf("Load(%q): %v", name, err)
		}
	}
	if th, _ := Load("notty", true); th.Marks().Emph != [2]string{"*", "*"} || th.Marks().Quote != "| " || th.Marks().ListIndent != 4 {
		t.Errorf("notty marks: %+v", th.Marks())
	}
	if th, _ := Load("dark", true); th.Marks().Code != [2]string{"\u00a0", "\u00a0"} || th.Marks().Heading[1] != "## " || th.Marks().Bullet != "• " {
		t.Errorf("dark marks: %+v", th.Marks())
	}
	if _, err := Load("no-such-style", true); err == nil || !strings.Contains(err.Error(), "no-such-style") {
		t.Errorf("unknown style: err %v", err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "mine.json")
	if err := os.WriteFile(file, []byte(`{"h2": {"prefix": "> ", "color": "#ff0000"}, "item": {"block_prefix": "- "}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	th, err := Load(file, false)
	if err != nil {
		t.Fatal(err)
	}
	if m := th.Marks(); m.Heading[1] != "> " || m.Bullet != "- " || m.Quote != " " {
		t.Errorf("marks of a style file: %+v", m)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"h2": `), 0o644)
	if _, err := Load(bad, true); err == nil {
		t.Error("a broken style file loads")
	}
}

func TestLineIsExactlyWidth(t *testing.T) {
	docs := []*reader.Document{sample(t, samples.Seed), sample(t, "en-sample-garden.md"), sample(t, "mixed-sample-bidi.txt")}
	for _, name := range Names() {
		th, _ := Load(name, true)
		for _, doc := range docs {
			ov := []layout.Overlay{{Start: 10, End: 400, Style: layout.StyleQuote}, {Start: 30, End: 60, Style: layout.StyleMatch}}
			for _, w := range []int{1, 2, 3, 17, 40, 100} {
				opt := layout.Options{Width: w, Shape: true, Marks: th.Marks()}
				c := layout.NewCache(doc, opt)
				for _, l := range c.Window(layout.Pos{}, 60) {
					out := th.Line(l, ov, w)
					if got := xansi.StringWidth(out); got != w {
						t.Fatalf("%s, %s, width %d: line %q is %d cells", name, doc.Name, w, out, got)
					}
					if th.Plain() && strings.ContainsRune(out, '\x1b') {
						t.Fatalf("notty line %q has an escape", out)
					}
				}
			}
		}
	}
}

func TestOverlayOnExactRange(t *testing.T) {
	th, _ := Load("dark", true)
	match := th.look(lookKey{style: layout.StyleMatch}).sgr()
	tests := []struct {
		name, text, hit, shows string
		shape                  bool
	}{
		{"english word", "the quick brown fox", "quick", "quick", false},
		{"arabic word, reversed", "قال جون كيري اليوم", "كيري", "يريك", false},
		{"part of a word", "the quickest fox", "quick", "quick", false},
		{"alef of a lam-alef lights the ligature", "قال لا", "ا", "\uFEFB", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &reader.Document{Text: tt.text, Blocks: []reader.Block{{Start: 0, End: len(tt.text)}}}
			at := strings.LastIndex(tt.text, tt.hit)
			l := layout.Block(doc, 0, layout.Options{Width: 30, Shape: tt.shape})[0]
			out := th.Line(l, []layout.Overlay{{Start: at, End: at + len(tt.hit), Style: layout.StyleMatch}}, 30)
			i := strings.Index(out, match)
			if i < 0 || strings.Count(out, match) != 1 {
				t.Fatalf("line %q: match style %q not there once", out, match)
			}
			after := out[i+len(match):]
			if !strings.HasPrefix(after, tt.shows+"\x1b[") {
				t.Errorf("after the match style: %q, want %q then a new style", after, tt.shows)
			}
		})
	}
}

func TestMinimalEscapes(t *testing.T) {
	th, _ := Load("dark", true)
	doc := &reader.Document{Text: "plain words all alike", Blocks: []reader.Block{{Start: 0, End: 21}}}
	out := th.Line(layout.Block(doc, 0, layout.Options{Width: 30})[0], nil, 30)
	if n := strings.Count(out, "\x1b["); n != 2 {
		t.Errorf("line %q has %d escape sequences, want one style and one reset", out, n)
	}
	if !strings.HasSuffix(strings.TrimRight(out, " "), reset) {
		t.Errorf("line %q does not reset before its padding", out)
	}
}

func TestOverlayStylesDiffer(t *testing.T) {
	for _, dark := range []bool{true, false} {
		th, _ := Load("tokyo-night", dark)
		if !dark {
			th, _ = Load("light", false)
		}
		seen := map[string]layout.Style{}
		for _, o := range append(overlays[:], layout.StyleDim, 0) {
			s := th.look(lookKey{style: o}).sgr()
			if prev, ok := seen[s]; ok {
				t.Errorf("dark=%v: styles %b and %b look the same", dark, prev, o)
			}
			seen[s] = o
		}
	}
}

func TestLineCutsWhatDoesNotFit(t *testing.T) {
	th, _ := Load("dark", true)
	tests := []struct {
		text  string
		width int
		plain string
	}{
		{"日本", 1, " "},
		{"ab", 1, "a"},
		{"قال", 2, "قا"},
		{"abc", 3, "abc"},
	}
	for _, tt := range tests {
		l := layout.Line{Width: 0}
		for i, r := range []rune(tt.text) {
			w := xansi.StringWidth(string(r))
			l.Clusters = append(l.Clusters, layout.Cluster{Text: string(r), Start: i, End: i + 1, Width: w})
			l.Width += w
		}
		out := th.Line(l, nil, tt.width)
		if xansi.StringWidth(out) != tt.width || xansi.Strip(out) != tt.plain {
			t.Errorf("Line(%q) at %d = %q, want %q", tt.text, tt.width, xansi.Strip(out), tt.plain)
		}
	}
}
