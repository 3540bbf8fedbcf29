package theme

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"

	"qari/samples"
	"qari/ui/layout"
)

func TestWritePlainHasNoEscapes(t *testing.T) {
	th, _ := Load("notty", true)
	for _, a := range samples.Articles() {
		var buf bytes.Buffer
		if err := Write(&buf, sample(t, a.Name), layout.Options{Width: 50, Shape: true}, th); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsRune(buf.String(), '\x1b') {
			t.Errorf("%s: notty output has an escape", a.Name)
		}
		for _, line := range strings.Split(buf.String(), "\n") {
			if w := xansi.StringWidth(line); w > 50 {
				t.Errorf("%s: line %q is %d cells wide", a.Name, line, w)
			}
		}
	}
}

func TestWriteStyled(t *testing.T) {
	th, _ := Load("dark", true)
	var buf bytes.Buffer
	if err := Write(&buf, sample(t, "en-sample-garden.md"), layout.Options{Width: 60}, th); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "\x1b[") || !strings.Contains(xansi.Strip(out), "## Beans that travel in envelopes") {
		t.Errorf("dark output lacks styles or the heading mark:\n%s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "\x1b[") && !strings.HasSuffix(line, reset) {
			t.Errorf("line %q does not end with a reset", line)
		}
	}
}

// failing is a writer that fails after n bytes.
type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	if f.n < len(p) {
		return 0, errors.New("broken pipe")
	}
	f.n -= len(p)
	return len(p), nil
}

func TestWriteReportsErrors(t *testing.T) {
	th, _ := Load("notty", true)
	if err := Write(&failing{n: 100}, sample(t, samples.Seed), layout.Options{Width: 40}, th); err == nil {
		t.Error("a failing writer gives no error")
	}
}
