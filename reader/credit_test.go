package reader

import "testing"

func TestCredit(t *testing.T) {
	for _, c := range []struct {
		doc  Document
		want string
	}{
		{Document{Byline: "Ann Weir", Date: "2024-03-14T09:30:00Z", Site: "The Courier"}, "Ann Weir · 2024-03-14 · The Courier"},
		{Document{Date: "2024-03-14"}, "2024-03-14"},
		{Document{Byline: "BBC News", Date: "2015-07-24", Site: "BBC News"}, "BBC News · 2015-07-24"},
		{Document{Byline: "the Guardian", Site: "The Guardian"}, "the Guardian"},
		{Document{Site: "جريدة المرجان"}, "جريدة المرجان"},
		{Document{}, ""},
	} {
		if got := c.doc.Credit(); got != c.want {
			t.Errorf("Credit of %+v = %q, want %q", c.doc, got, c.want)
		}
	}
}

func TestOpensWithTitle(t *testing.T) {
	for _, c := range []struct {
		kinds []BlockKind
		want  bool
	}{
		{[]BlockKind{Title, Paragraph}, true},
		{[]BlockKind{Boilerplate, Title, Paragraph}, true},
		{[]BlockKind{Paragraph, Title}, false},
		{[]BlockKind{Boilerplate}, false},
		{nil, false},
	} {
		d := Document{}
		for _, k := range c.kinds {
			d.Blocks = append(d.Blocks, Block{Kind: k})
		}
		if got := d.OpensWithTitle(); got != c.want {
			t.Errorf("OpensWithTitle of %v = %v, want %v", c.kinds, got, c.want)
		}
	}
}
