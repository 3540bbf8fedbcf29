package theme

import (
	"bufio"
	"io"
	"strings"

	"qari/reader"
	"qari/ui/layout"
)

// Write draws the whole of doc to w for a pipe (`qari render`, `qari FILE
// | cat`), piece by piece as it lays them out (layout.All), so that output
// starts at once and memory stays flat however long the article. Lines are not
// padded on the right. With zero Marks in opt, the theme's are used.
// Colours are written as the style gives them; wrap w in a
// colorprofile.Writer to fit them to a terminal.
func Write(w io.Writer, doc *reader.Document, opt layout.Options, t *Theme) error {
	if opt.Marks == (layout.Marks{}) {
		opt.Marks = t.Marks()
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var sb strings.Builder
	for l := range layout.All(doc, opt) {
		sb.Reset()
		t.draw(&sb, l, nil, opt.Width, false)
		sb.WriteByte('\n')
		if _, err := bw.WriteString(sb.String()); err != nil {
			return err
		}
	}
	return bw.Flush()
}
