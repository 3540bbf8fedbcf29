package reader

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// blockSummary renders a document's blocks one per line as
// "kind level ordinal line: text", for comparing structure in tests.
func blockSummary(d *Document) string {
	var b strings.Builder
	for i, bl := range d.Blocks {
		fmt.Fprintf(&b, "%s %d %d %d: %s\n", bl.Kind, bl.Level, bl.Ordinal, bl.Line, d.BlockText(i))
	}
	return b.String()
}

// spanTexts returns "kind:text" for each span of d.
func spanTexts(d *Document) []string {
	var out []string
	for _, s := range d.Spans {
		out = append(out, fmt.Sprintf("%d:%s", s.Kind, d.Text[s.Start:s.End]))
	}
	return out
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{
			name: "Arabic ATX title, heading, list and quote",
			src:  "# العنوان\n\nفقرة أولى.\n\n## قسم\n\n1. بند أول\n2. بند ثان\n\n> «اقتباس»\n>\n> — المتحدث\n",
			want: "title 0 0 1: العنوان\nparagraph 0 0 3: فقرة أولى.\nheading 2 0 5: قسم\n" +
				"listitem 1 1 7: بند أول\nlistitem 1 2 8: بند ثان\n" +
				"blockquote 1 0 10: «اقتباس»\nblockquote 1 0 12: — المتحدث\n",
		},
		{
			name: "English Setext headings",
			src:  "The Title\n=========\n\nLead text.\n\nA Section\n---------\n\nBody.\n",
			want: "title 0 0 1: The Title\nparagraph 0 0 4: Lead text.\nheading 2 0 6: A Section\nparagraph 0 0 9: Body.\n",
		},
		{
			name: "several level-1 headings are sections",
			src:  "# One\n\nText.\n\n# Two\n\nMore.\n",
			want: "heading 1 0 1: One\nparagraph 0 0 3: Text.\nheading 1 0 5: Two\nparagraph 0 0 7: More.\n",
		},
		{
			name: "nested list, ordered from 3, soft and hard breaks",
			src:  "3. three\n   - inner\n4. four\n\nline one\nline two  \nline three\n",
			want: "listitem 1 3 1: three\nlistitem 2 0 2: inner\nlistitem 1 4 3: four\n" +
				"paragraph 0 0 5: line one line two\nline three\n",
		},
		{
			name: "fenced code keeps lines, rule, entities and escapes",
			src:  "```go\nif a < b {\n\tx()\n}\n```\n\n***\n\nAT&amp;T \\*not emphasis\\* &#x645;\n",
			want: "code 0 0 1: if a < b {\n\tx()\n}\nrule 0 0 7: \nparagraph 0 0 9: AT&T *not emphasis* م\n",
		},
		{
			name: "front matter is not a rule or a heading",
			src:  "---\ntitle: x\ntags: [a]\n---\n# Real Title\n\nBody.\n",
			want: "title 0 0 5: Real Title\nparagraph 0 0 7: Body.\n",
		},
		{
			name: "HTML blocks are read as HTML; <br> breaks a line",
			src:  "<div align=\"center\">\n<h3>Inside <em>HTML</em></h3>\n<p>نص <b>عريض</b></p>\n</div>\n\nline<br>next\n",
			want: "heading 3 0 1: Inside HTML\nparagraph 0 0 1: نص عريض\nparagraph 0 0 6: line\nnext\n",
		},
		{
			name: "images and HTML comments add nothing; debris paragraph",
			src:  "Text ![alt words](a.png) here.\n\n<!-- note -->\n\nوسوم: أخبار، محليات\n",
			want: "paragraph 0 0 1: Text  here.\nboilerplate 0 0 5: وسوم: أخبار، محليات\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("a.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := blockSummary(d); got != tt.want {
				t.Errorf("blocks:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestMarkdownSpans(t *testing.T) {
	d, err := Parse("a.md", []byte("قال *بهدوء* و**بوضوح**: `كود \"x\"` و[الرابط](https://e.org \"عنوان\") و<https://e.org/a>.\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"0:بهدوء", "1:بوضوح", "2:كود \"x\"", "3:الرابط", "3:https://e.org/a"}
	if got := spanTexts(d); !slices.Equal(got, want) {
		t.Errorf("spans = %q, want %q", got, want)
	}
	if strings.Contains(d.Text, "https://e.org \"") || strings.Contains(d.Text, "عنوان") {
		t.Errorf("link target or title in text: %q", d.Text)
	}
}

// TestMarkdownChunksParseAsWhole parses a long Markdown text whole and in
// small chunks and checks that both give the same document: chunks are
// cut only before headings outside code and raw HTML, and reference
// links resolve across chunks.
func TestMarkdownChunksParseAsWhole(t *testing.T) {
	var src strings.Builder
	src.WriteString("# العنوان\n\nمقدمة مع [رابط][ref].\n\n")
	for i := range 20 {
		fmt.Fprintf(&src, "## Section %d\n\nParagraph *%d* with [a link][ref] and `code`.\n\n", i, i)
		src.WriteString("- item one\n- item two\n\n> quoted\n> # heading inside a quote\n\n")
		src.WriteString("```sh\n# a comment, not a heading\n\n# another\n```\n\n")
		src.WriteString("<!--\n\n# commented out\n\n-->\n\n<pre>\n# kept as code\n\n</pre>\n\n")
		src.WriteString("Setext heading\n--------------\n\nText.\n\n")
	}
	src.WriteString("[ref]: https://example.org\n")
	var whole, chunked Document
	parseMarkdownIn(&whole, src.String(), 1<<30)
	parseMarkdownIn(&chunked, src.String(), 200)
	if n := len(splitMarkdown(src.String(), 200)); n < 10 {
		t.Fatalf("only %d chunks", n)
	}
	if whole.Text != chunked.Text {
		t.Errorf("texts differ:\n%q\n%q", whole.Text, chunked.Text)
	}
	if a, b := blockSummary(&whole), blockSummary(&chunked); a != b {
		t.Errorf("blocks differ:\n%s\n----\n%s", a, b)
	}
	if a, b := spanTexts(&whole), spanTexts(&chunked); !slices.Equal(a, b) {
		t.Errorf("spans differ:\n%q\n%q", a, b)
	}
	if !strings.Contains(chunked.Text, "Paragraph 19 with a link") {
		t.Errorf("reference link not resolved in the last chunk")
	}
}

func TestMarkdownTables(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // the table block's lines
	}{
		{"aligned columns, markup dropped", "| Item | Price |\n|:--|--:|\n| Beans *fresh* | 4.50 |\n| `Peas` | 12 |\n",
			[]string{"Item        │ Price", "────────────┼──────", "Beans fresh │  4.50", "Peas        │    12"}},
		{"Arabic, widths in cells", "| المدينة | السكان |\n|---|---|\n| حلب | ٢ مليون |\n",
			[]string{"المدينة │ السكان", "────────┼────────", "حلب     │ ٢ مليون"}},
		{"a short row", "| a | b | c |\n|---|---|---|\n| 1 |\n",
			[]string{"a │ b │ c", "──┼───┼──", "1 │   │"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("t.md", []byte("Text before.\n\n"+tc.src+"\nText after.\n"))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Blocks) != 3 || d.Blocks[1].Kind != Code {
				t.Fatalf("blocks %+v: want a paragraph, the table as preformatted text, a paragraph", d.Blocks)
			}
			if got := strings.Split(d.BlockText(1), "\n"); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("table laid out as\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
