package theme

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"

	"qari/reader"
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

// TestWriteCredit checks that a pipe shows a web page's byline · date ·
// site line under its title, as the reader does: under the text's title,
// or under the metadata's title put above a text that has none, and flush
// right with its page when that page is right to left and qari reorders.
func TestWriteCredit(t *testing.T) {
	th, _ := Load("notty", true)
	body := strings.Repeat("<p>The harbour board met on Tuesday and agreed the plans for the quay.</p>", 3)
	page := func(head, h1 string) string {
		return `<html><head><meta name="author" content="Ann Weir"><meta property="og:site_name" content="The Courier">
		<meta property="article:published_time" content="2024-03-14T09:30:00Z">` + head + `</head><body><article>` + h1 + body + `</article></body></html>`
	}
	write := func(src string, opt layout.Options) []string {
		t.Helper()
		doc, err := reader.Parse("quay.html", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, doc, opt, th); err != nil {
			t.Fatal(err)
		}
		return strings.Split(buf.String(), "\n")
	}
	const credit = "Ann Weir · 2024-03-14 · The Courier"
	plain := layout.Options{Width: 60, Bidi: layout.BidiOff}

	lines := write(page("", "<h1>Quay plans agreed</h1>"), plain)
	if !strings.Contains(lines[0], "Quay plans agreed") || lines[1] != credit || lines[2] != "" || !strings.HasPrefix(lines[3], "The harbour board") {
		t.Errorf("title in the text:\n%s", strings.Join(lines[:4], "\n"))
	}
	if strings.Count(strings.Join(lines, "\n"), "Ann Weir") != 1 {
		t.Errorf("the credit line is written more than once:\n%s", strings.Join(lines, "\n"))
	}

	lines = write(page(`<meta property="og:title" content="Quay plans agreed">`, ""), plain)
	if !strings.Contains(lines[0], "Quay plans agreed") || lines[1] != credit || lines[2] != "" || !strings.HasPrefix(lines[3], "The harbour board") {
		t.Errorf("title from the metadata:\n%s", strings.Join(lines[:4], "\n"))
	}

	// a page with no byline, date or site: nothing is added
	lines = write(`<html><body><article><h1>Quay plans agreed</h1>`+body+`</article></body></html>`, plain)
	if !strings.Contains(lines[0], "Quay plans agreed") || lines[1] != "" || !strings.HasPrefix(lines[2], "The harbour board") {
		t.Errorf("a page without a credit:\n%s", strings.Join(lines[:3], "\n"))
	}

	ar := `<html lang="ar" dir="rtl"><head><meta name="author" content="Sam Ahmad"><meta property="og:site_name" content="جريدة المرجان"></head>
		<body><article><h1>الأمطار تعود إلى السهل</h1>` + strings.Repeat("<p>عادت الأمطار إلى السهل بعد عام من الجفاف، وفرح المزارعون بها.</p>", 3) + `</article></body></html>`
	doc, err := reader.Parse("rain.html", []byte(ar))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, doc, layout.Options{Width: 60, Bidi: layout.BidiApp}, th); err != nil {
		t.Fatal(err)
	}
	lines = strings.Split(buf.String(), "\n")
	if l := lines[1]; !strings.Contains(l, "Sam Ahmad") || xansi.StringWidth(l) != 60 || !strings.HasPrefix(l, "   ") {
		t.Errorf("the credit line of an RTL page is not flush right in app mode: %q", l)
	}
}
