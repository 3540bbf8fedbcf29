package export

import (
	"bufio"
	"io"
	"strings"

	"qari/reader/store"
)

// Markdown writes the highlights as Markdown: a "#" heading per article
// with its source, a "##" heading per section (none for the lead), each
// highlight as a block quote with its speaker after a dash, its note as a
// paragraph after it. Highlights no longer found in the article come last,
// under their own heading.
func Markdown(w io.Writer, articles []store.ArticleHighlights) error {
	bw := bufio.NewWriter(w)
	for i, a := range articles {
		if i > 0 {
			bw.WriteString("\n")
		}
		bw.WriteString("# " + oneLine(title(a)) + "\n\n")
		bw.WriteString("Source: <" + sourceURL(a) + ">\n")
		section, orphans := "", false
		for _, h := range a.Highlights {
			switch {
			case h.Orphaned && !orphans:
				orphans = true
				bw.WriteString("\n## No longer in the article\n")
			case !h.Orphaned && h.Section != section:
				section = h.Section
				bw.WriteString("\n## " + oneLine(section) + "\n")
			}
			bw.WriteString("\n")
			quoteLines(bw, h.Exact)
			if h.Speaker != "" {
				bw.WriteString(">\n> — " + oneLine(h.Speaker) + "\n")
			}
			if note := strings.TrimSpace(h.Note); note != "" {
				bw.WriteString("\n" + note + "\n")
			}
		}
	}
	return bw.Flush()
}

// quoteLines writes text as a Markdown block quote, paragraph breaks kept.
func quoteLines(bw *bufio.Writer, text string) {
	for line := range strings.Lines(strings.TrimSpace(text)) {
		line = strings.TrimRight(line, " \t\r\n")
		if line == "" {
			bw.WriteString(">\n")
			continue
		}
		bw.WriteString("> " + line + "\n")
	}
}
