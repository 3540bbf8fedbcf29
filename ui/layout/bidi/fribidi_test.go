package bidi

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"qari/ui/layout/shape"
)

// display returns a paragraph as one line the way qari sends it to a
// terminal without bidi: shaped, in visual order, mirrored, without
// harakat (FriBidi orders those differently, and they take no cell).
func display(text string) string {
	p := Resolve(text, Auto)
	glyphs := shape.Arabic(text)
	var b strings.Builder
	for _, r := range p.Visual(0, len(text)) {
		var gs []shape.Glyph
		for _, g := range glyphs {
			if g.Start >= r.Start && g.Start < r.End && !unicode.Is(unicode.Mn, g.Rune) {
				gs = append(gs, g)
			}
		}
		for i := range gs {
			if r.RTL {
				b.WriteRune(Mirror(gs[len(gs)-1-i].Rune))
			} else {
				b.WriteRune(gs[i].Rune)
			}
		}
	}
	return b.String()
}

// TestFribidi compares whole paragraphs of the samples, reordered, mirrored
// and shaped, with GNU FriBidi's output: numbers, Latin names, URLs, e-mail
// addresses and percentages inside Arabic. FriBidi gets the paragraphs
// without harakat, since it forms no lam-alef ligature across them.
func TestFribidi(t *testing.T) {
	fribidi, err := exec.LookPath("fribidi")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("fribidi is missing (install libfribidi-bin)")
		}
		t.Skip("fribidi is missing (install libfribidi-bin)")
	}
	txt, _ := filepath.Glob("../../../samples/*.txt")
	md, _ := filepath.Glob("../../../samples/*.md")
	files := append(txt, md...)
	var paras []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, para := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(para) != "" {
				paras = append(paras, para)
			}
		}
	}
	cmd := exec.Command(fribidi, "--nopad", "--nobreak")
	noMarks := func(r rune) rune {
		if r == 0xFEFF || unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}
	cmd.Stdin = strings.NewReader(strings.Map(noMarks, strings.Join(paras, "\n")) + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	pass := 0
	for i := 0; sc.Scan() && i < len(paras); i++ {
		want := strings.Map(noMarks, sc.Text())
		if got := display(paras[i]); got == want {
			pass++
		} else {
			t.Errorf("paragraph %q:\n got %q\nwant %q", paras[i], got, want)
		}
	}
	t.Logf("fribidi: %d/%d paragraphs alike", pass, len(paras))
	if pass == 0 {
		t.Error("no paragraph compared")
	}
}
