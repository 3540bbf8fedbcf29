package reader

import (
	"strings"

	"github.com/rivo/uniseg"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A table is shown as preformatted lines: the cells of a column padded to
// its widest (in display cells, so Arabic and wide letters line up), "│"
// between columns, a rule under the header row. Neither goldmark nor the
// HTML parser lays a table out as text.

// cellAlign is how a column's cells stand in it.
type cellAlign uint8

// Column alignments.
const (
	alignLeft cellAlign = iota
	alignRight
	alignCenter
)

// maxTableCell is the widest cell, in display cells, of an HTML table laid
// out as a grid; a wider one is prose in a layout table, read as blocks.
const maxTableCell = 60

// layoutTable lays out rows of cells; header is the index of the header
// row, -1 when none.
func layoutTable(rows [][]string, header int, aligns []cellAlign) string {
	var widths []int
	for _, cells := range rows {
		for i, c := range cells {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], uniseg.StringWidth(c))
		}
	}
	lines := make([]string, 0, len(rows)+1)
	for n, cells := range rows {
		var b strings.Builder
		for i, w := range widths {
			if i > 0 {
				b.WriteString(" │ ")
			}
			var c string
			if i < len(cells) {
				c = cells[i]
			}
			pad := w - uniseg.StringWidth(c)
			align := alignLeft
			if i < len(aligns) {
				align = aligns[i]
			}
			switch align {
			case alignRight:
				b.WriteString(strings.Repeat(" ", pad) + c)
			case alignCenter:
				b.WriteString(strings.Repeat(" ", pad/2) + c + strings.Repeat(" ", pad-pad/2))
			default:
				b.WriteString(c + strings.Repeat(" ", pad))
			}
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
		if n == header {
			rule := make([]string, len(widths))
			for i, w := range widths {
				rule[i] = strings.Repeat("─", w)
			}
			lines = append(lines, strings.Join(rule, "─┼─"))
		}
	}
	return strings.Join(lines, "\n")
}

// markdownTable lays out a table that goldmark parsed.
func markdownTable(t *east.Table, src []byte) string {
	var rows [][]string
	header := -1
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		if _, ok := r.(*east.TableHeader); ok {
			header = len(rows)
		}
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, strings.TrimSpace(inlineText(c, src)))
		}
		rows = append(rows, cells)
	}
	aligns := make([]cellAlign, len(t.Alignments))
	for i, a := range t.Alignments {
		switch a {
		case east.AlignRight:
			aligns[i] = alignRight
		case east.AlignCenter:
			aligns[i] = alignCenter
		}
	}
	return layoutTable(rows, header, aligns)
}

// inlineText is the text of n's inline content: text, code spans and link
// text, without markup.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(unescapeMarkdown(c.Value(src)))
			if c.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// htmlTable lays out a data table of an HTML article, or returns false for
// a table that holds prose (a cell wider than maxTableCell, a table in a
// table, a single column), which is read as blocks instead. A row whose
// cells are all th, or in thead, is the header.
func htmlTable(t *html.Node) (string, bool) {
	var rows [][]string
	header, cols, ok := -1, 0, true
	var walk func(n *html.Node, inHead bool)
	walk = func(n *html.Node, inHead bool) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table:
				ok = false
			case atom.Thead:
				walk(c, true)
			case atom.Tbody, atom.Tfoot:
				walk(c, false)
			case atom.Tr:
				var cells []string
				allTh := true
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type != html.ElementNode || (td.DataAtom != atom.Td && td.DataAtom != atom.Th) {
						continue
					}
					allTh = allTh && td.DataAtom == atom.Th
					text := strings.Join(strings.Fields(Sanitize(innerText(td))), " ")
					if uniseg.StringWidth(text) > maxTableCell || findFirst(td, atom.Table) != nil {
						ok = false
					}
					cells = append(cells, text)
				}
				if header < 0 && len(rows) == 0 && (inHead || allTh && len(cells) > 0) {
					header = 0
				}
				cols = max(cols, len(cells))
				rows = append(rows, cells)
			}
		}
	}
	walk(t, false)
	if !ok || cols < 2 || len(rows) == 0 {
		return "", false
	}
	return layoutTable(rows, header, nil), true
}
