package reader

import (
	"strings"

	"github.com/rivo/uniseg"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// tableText lays out a Markdown table as preformatted lines: the cells of
// a column padded to its widest (in display cells, so Arabic and wide
// letters line up), "│" between columns, a rule under the header row.
// goldmark parses tables; it has no plain-text renderer for them.
func tableText(t *east.Table, src []byte) string {
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
	var widths []int
	for _, cells := range rows {
		for i, c := range cells {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], uniseg.StringWidth(c))
		}
	}
	var b strings.Builder
	for n, cells := range rows {
		if n > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		for i, w := range widths {
			if i > 0 {
				b.WriteString(" │ ")
			}
			var c string
			if i < len(cells) {
				c = cells[i]
			}
			pad := w - uniseg.StringWidth(c)
			align := east.AlignNone
			if i < len(t.Alignments) {
				align = t.Alignments[i]
			}
			switch align {
			case east.AlignRight:
				b.WriteString(strings.Repeat(" ", pad) + c)
			case east.AlignCenter:
				b.WriteString(strings.Repeat(" ", pad/2) + c + strings.Repeat(" ", pad-pad/2))
			default:
				b.WriteString(c + strings.Repeat(" ", pad))
			}
		}
		if line := b.String()[start:]; strings.TrimRight(line, " ") != line {
			trimmed := strings.TrimRight(line, " ")
			s := b.String()[:start] + trimmed
			b.Reset()
			b.WriteString(s)
		}
		if n == header {
			b.WriteByte('\n')
			for i, w := range widths {
				if i > 0 {
					b.WriteString("─┼─")
				}
				b.WriteString(strings.Repeat("─", w))
			}
		}
	}
	return b.String()
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
