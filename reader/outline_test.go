package reader

import (
	"slices"
	"strings"
	"testing"
)

// outline returns a document's title and its section titles, "" for the
// lead.
func outline(d *Document) (string, []string) {
	var secs []string
	for _, s := range d.Sections {
		secs = append(secs, s.Title)
	}
	return d.Title, secs
}

func TestPlainTextOutline(t *testing.T) {
	body := func(s string) string {
		return s + " " + strings.Repeat("وهذه جملة من متن الخبر. ", 3)
	}
	bodyEn := func(s string) string { return s + " " + strings.Repeat("This is a sentence of the body. ", 3) }
	tests := []struct {
		name      string
		text      string
		wantTitle string
		wantSecs  []string
	}{
		{
			name:      "Arabic, title line and headings",
			text:      "عنوان الخبر الرئيسي\n" + body("الفقرة الأولى.") + "\nعنوان فرعي: تفاصيل\n" + body("فقرة.") + "\n",
			wantTitle: "عنوان الخبر الرئيسي",
			wantSecs:  []string{"", "عنوان فرعي: تفاصيل"},
		},
		{
			name:      "Arabic, a dateline under the title is no section",
			text:      "عنوان الخبر الرئيسي\nالرباط - العربي الجديد\n" + body("الفقرة الأولى.") + "\nعنوان فرعي\n" + body("فقرة.") + "\n",
			wantTitle: "عنوان الخبر الرئيسي",
			wantSecs:  []string{"", "عنوان فرعي"},
		},
		{
			name:      "English, a dateline under the title, a dashed heading after the body",
			text:      "Council approves new cycling lanes\nLondon – Staff reporter\n" + bodyEn("First paragraph.") + "\nParking - what changes\n" + bodyEn("More.") + "\n",
			wantTitle: "Council approves new cycling lanes",
			wantSecs:  []string{"", "Parking - what changes"},
		},
		{
			name:      "Arabic, no title line: title from the file name",
			text:      body("بدأ الخبر مباشرة.") + "\nعنوان فرعي\n" + body("فقرة.") + "\n",
			wantTitle: "article",
			wantSecs:  []string{"", "عنوان فرعي"},
		},
		{
			name:      "English, blank-line paragraphs",
			text:      "Harbour news\n\n" + bodyEn("First.") + "\n\nA heading here\n\n" + bodyEn("More.") + "\n",
			wantTitle: "Harbour news",
			wantSecs:  []string{"", "A heading here"},
		},
		{
			name:      "English, opens with a heading after the title: no lead",
			text:      "Harbour news\nWhat happened\n" + bodyEn("Body.") + "\n",
			wantTitle: "Harbour news",
			wantSecs:  []string{"What happened"},
		},
		{
			name:      "short line ending in a full stop is not a heading",
			text:      bodyEn("Lead.") + "\nThat was all.\n" + bodyEn("Body.") + "\n",
			wantTitle: "article",
			wantSecs:  []string{""},
		},
		{
			name:      "quoted short line is not a heading",
			text:      bodyEn("Lead.") + "\n“Never again,”\n" + bodyEn("Body.") + "\n",
			wantTitle: "article",
			wantSecs:  []string{""},
		},
		{
			name:      "a run of short lines (an address) has no heading",
			text:      bodyEn("Lead.") + "\nThe Old Quay\nSaltmere\n" + bodyEn("Body.") + "\n",
			wantTitle: "article",
			wantSecs:  []string{""},
		},
		{
			name:      "debris is never a heading or the title",
			text:      "كتب: محمد الأحمد\n" + body("بداية.") + "\nالتعليقات\n",
			wantTitle: "article",
			wantSecs:  []string{""},
		},
		{
			name:      "a heading at the end with nothing after it is not a heading",
			text:      bodyEn("Lead.") + "\nThe end\n",
			wantTitle: "article",
			wantSecs:  []string{""},
		},
		{
			name: "hard-wrapped paragraphs are joined",
			text: "A Wrapped Story\n\nThis paragraph was wrapped at a\nfixed width by an old editor, so it\nruns over three lines.\n\n" +
				"Second part\n\nAnd this one runs over\ntwo lines as well.\n",
			wantTitle: "A Wrapped Story",
			wantSecs:  []string{"", "Second part"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("article.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			title, secs := outline(d)
			if title != tt.wantTitle {
				t.Errorf("title = %q, want %q", title, tt.wantTitle)
			}
			if !slices.Equal(secs, tt.wantSecs) {
				t.Errorf("sections = %q, want %q", secs, tt.wantSecs)
			}
		})
	}
}

func TestHardWrappedText(t *testing.T) {
	text := "A Wrapped Story\n\nThis paragraph was wrapped at a\nfixed width by an old editor, so it\nruns over three lines.\n\nEnd.\n"
	d, err := Parse("old.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Text) != len(text) {
		t.Errorf("text length %d, want the file's %d (offsets kept)", len(d.Text), len(text))
	}
	want := "This paragraph was wrapped at a fixed width by an old editor, so it runs over three lines."
	if len(d.Blocks) != 3 || d.BlockText(1) != want || d.Blocks[1].Line != 3 || d.Blocks[2].Line != 7 {
		t.Fatalf("blocks = %+v", d.Blocks)
	}
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		s           string
		limit, want int
	}{
		{"لافروف يدعو للحفاظ على الاتفاق", 100, 5},
		{"  A yard\tthat\u00a0outlived\u2003its rivals ", 100, 6},
		{"one two three four", 2, 2},
		{"", 5, 0},
		{"\u00a0\u3000", 5, 0},
	}
	for _, tt := range tests {
		if got := countWords(tt.s, tt.limit); got != tt.want {
			t.Errorf("countWords(%q, %d) = %d, want %d", tt.s, tt.limit, got, tt.want)
		}
	}
}
