package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qari/reader"
)

// bigFile writes an article of many numbered paragraphs and returns its
// path and its head as the reader would first show it.
func bigFile(t *testing.T) (string, *reader.Document) {
	t.Helper()
	var b strings.Builder
	for i := range 4000 {
		b.WriteString("Paragraph number ")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(" ")
		b.WriteString(itoa(i))
		b.WriteString(" of the long article, with enough words to wrap once.\n")
	}
	b.WriteString("The very last paragraph.\n")
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	head, err := reader.LoadHead(path, 16<<10)
	if err != nil {
		t.Fatal(err)
	}
	if !head.Partial {
		t.Fatal("the head is not partial")
	}
	return path, head
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

func TestTheWholeReplacesTheHeadAndKeepsTheTop(t *testing.T) {
	_, head := bigFile(t)
	m := sized(t, []*reader.Document{head}, 80, 12)
	if !strings.Contains(lastLine(m), "loading") {
		t.Errorf("the bar of a head says %q, not that the rest is loading", lastLine(m))
	}
	press(t, m, "40j")
	p := m.pagers[m.open]
	top := p.offset()
	before := strings.Split(m.View().Content, "\n")[0]
	settle(m, m.opening) // as Init runs it
	p = m.pagers[m.open]
	if p.doc.Partial || !strings.Contains(p.doc.Text, "The very last paragraph.") {
		t.Fatal("the whole document did not replace the head")
	}
	if p.offset() != top {
		t.Errorf("the top moved from byte %d to %d when the whole arrived", top, p.offset())
	}
	if after := strings.Split(m.View().Content, "\n")[0]; after != before {
		t.Errorf("the first line changed from %q to %q", before, after)
	}
	if strings.Contains(lastLine(m), "loading") {
		t.Errorf("the bar still says loading: %q", lastLine(m))
	}
}

func TestEndAskedBeforeTheWholeGoesToTheEndOfTheWhole(t *testing.T) {
	_, head := bigFile(t)
	m := sized(t, []*reader.Document{head}, 80, 12)
	if m.loadWhole(m.open) != nil {
		t.Error("the whole is read twice")
	}
	press(t, m, "G")
	settle(m, m.opening)
	if !strings.Contains(m.View().Content, "The very last paragraph.") {
		t.Errorf("G before the whole arrived did not end at the whole's end:\n%s", m.View().Content)
	}
}
