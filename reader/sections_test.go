package reader

import (
	"fmt"
	"strings"
	"testing"
)

func TestSections(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            string // "title/level/end-is-next-of" per section: the text at End's block, or "$" for the end
	}{
		{
			name: "Markdown levels nest: a ### ends at the next ## or ###",
			file: "a.md",
			src:  "# Title\n\nLead.\n\n## A\n\nText.\n\n### A.1\n\nText.\n\n### A.2\n\nText.\n\n## B\n\nText.\n",
			want: `"" 0 "A"; "A" 2 "B"; "A.1" 3 "A.2"; "A.2" 3 "B"; "B" 2 $`,
		},
		{
			name: "Arabic Markdown without lead",
			file: "a.md",
			src:  "# العنوان\n\n## أولاً\n\nنص.\n\n## ثانياً\n\nنص.\n",
			want: `"أولاً" 2 "ثانياً"; "ثانياً" 2 $`,
		},
		{
			name: "a deeper heading first, then a shallower one",
			file: "a.md",
			src:  "### Small\n\nText.\n\n## Big\n\nText.\n",
			want: `"Small" 3 "Big"; "Big" 2 $`,
		},
		{
			name: "text without headings is one lead",
			file: "a.txt",
			src:  "Just one paragraph of body text, which is all there is.\n",
			want: `"" 0 $`,
		},
		{
			name: "leading byline is not the lead",
			file: "a.txt",
			src:  "By Ann Lee\nThe first sentence of the body, with enough words to be body text.\n",
			want: `"" 0 $`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.file, []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			var parts []string
			for _, s := range d.Sections {
				end := "$"
				if s.End < len(d.Text) {
					end = fmt.Sprintf("%q", d.BlockText(d.BlockAt(s.End)))
				}
				parts = append(parts, fmt.Sprintf("%q %d %s", s.Title, s.Level, end))
				if d.Blocks[s.Block].Start != s.Start {
					t.Errorf("section %q: Start %d is not its block's %d", s.Title, s.Start, d.Blocks[s.Block].Start)
				}
			}
			if got := strings.Join(parts, "; "); got != tt.want {
				t.Errorf("sections:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestSectionsLeadStartsAfterDebris(t *testing.T) {
	d, err := Parse("a.txt", []byte("By Ann Lee\nThe first sentence of the body, with enough words to be body text.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Blocks[0].Kind != Boilerplate || d.Sections[0].Block != 1 {
		t.Errorf("blocks %+v sections %+v", d.Blocks, d.Sections)
	}
}

func TestSectionAt(t *testing.T) {
	d, err := Parse("a.md", []byte("# Title\n\nLead.\n\n## A\n\nText of A.\n\n## B\n\nText of B.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sections) != 3 {
		t.Fatalf("sections %+v", d.Sections)
	}
	for _, tc := range []struct {
		at   string // the text whose first byte is looked up
		want int
	}{
		{"Title", 0}, // before the lead: the first section
		{"Lead.", 0},
		{"A", 1},
		{"Text of A.", 1},
		{"B", 2},
		{"Text of B.", 2},
	} {
		off := strings.Index(d.Text, tc.at)
		if got := d.SectionAt(off); got != tc.want {
			t.Errorf("SectionAt(%d) (%q) = %d, want %d", off, tc.at, got, tc.want)
		}
	}
	if got := d.SectionAt(len(d.Text)); got != 2 {
		t.Errorf("SectionAt(end) = %d, want 2", got)
	}
	if got := (&Document{}).SectionAt(0); got != 0 {
		t.Errorf("SectionAt of a document without sections = %d, want 0", got)
	}
}

// TestLeadName: the untitled lead is "Lead", "المقدمة" in Arabic, and
// SectionName gives it where a section has no heading.
func TestLeadName(t *testing.T) {
	for _, tc := range []struct{ lang, want string }{{"en", "Lead"}, {"", "Lead"}, {"ar", "المقدمة"}} {
		d := &Document{Lang: tc.lang, Sections: []Section{{}, {Title: "B"}}}
		if got := d.SectionName(0); got != tc.want {
			t.Errorf("lang %q: SectionName(0) = %q, want %q", tc.lang, got, tc.want)
		}
		if got := d.SectionName(1); got != "B" {
			t.Errorf("lang %q: SectionName(1) = %q, want B", tc.lang, got)
		}
		if got := d.SectionName(2); got != "" {
			t.Errorf("lang %q: SectionName(2) = %q, want \"\"", tc.lang, got)
		}
	}
}
