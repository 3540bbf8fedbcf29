package reader

import (
	"regexp"
	"strings"
)

// mdChunkBytes is the size from which a Markdown file is parsed in chunks,
// and about the size of each: goldmark's tree of a chunk takes about ten
// times its source, and a few chunks are in flight at once.
// (4 MB chunks made the trees of 100 MB of Markdown 120 MB at once.)
const mdChunkBytes = 1 << 20

// mdChunk is a piece of a Markdown file and the number of lines before it.
type mdChunk struct {
	text string
	line int
}

// splitMarkdown cuts a Markdown source into chunks of about size bytes, each
// cut just before an ATX heading at the start of a line. Such a heading
// ends every paragraph, list and blockquote open before it, so the chunks
// parse as the whole would; the cut is never inside a fenced code block
// or a raw HTML block that may hold blank lines (<pre>, <script>, <style>,
// <textarea>, comments), where a "# " line is not a heading.
func splitMarkdown(src string, size int) []mdChunk {
	var chunks []mdChunk
	start, line, startLine, reported := 0, 0, 0, 0
	fence, rawEnd := "", "" // the open fence's marker; the end tag of an open raw HTML block
	for off := 0; off < len(src); line++ {
		if off-reported >= passPiece {
			Passed(off - reported)
			reported = off
		}
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		l := src[off:end]
		t := strings.TrimLeft(l, " ")
		indent := len(l) - len(t)
		switch {
		case rawEnd != "":
			if strings.Contains(strings.ToLower(l), rawEnd) {
				rawEnd = ""
			}
		case nextFence(&fence, l) || fence != "":
			// a fence line, or a line of fenced code
		case indent < 4 && strings.HasPrefix(t, "<"):
			rawEnd = rawHTMLEnd(t)
		case off-start >= size && atxLine.MatchString(l):
			chunks = append(chunks, mdChunk{src[start:off], startLine})
			start, startLine = off, line
		}
		off = end + 1
	}
	return append(chunks, mdChunk{src[start:], startLine})
}

// nextFence follows the fenced code blocks of Markdown through line l
// (without its line feed; a carriage return may end it): *open is the
// marker of the fence open before l ("```", "~~~~", …), "" for none, and
// after it. It reports whether l is a fence line, opening or closing. A
// closing fence is the opening one's character, at least as many, and
// nothing else; neither is indented four spaces or more (that is an
// indented code line). splitMarkdown and headCut share it, so that a chunk
// and a head are cut by the same idea of where code is.
func nextFence(open *string, l string) bool {
	t := strings.TrimLeft(l, " ")
	if len(l)-len(t) >= 4 {
		return false
	}
	if *open != "" {
		if strings.HasPrefix(t, *open) && strings.Trim(t, (*open)[:1]+" \t\r") == "" {
			*open = ""
			return true
		}
		return false
	}
	if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
		*open = t[:len(t)-len(strings.TrimLeft(t, t[:1]))]
		return true
	}
	return false
}

// atxLine matches a line that is an ATX heading at its start.
var atxLine = regexp.MustCompile(`^#{1,6}(?:[ \t]|$)`)

// rawHTMLEnd returns what ends the raw HTML block a line opens when that
// block may hold blank lines (CommonMark's kinds 1 and 2), or "" when the
// line opens none or closes it itself.
func rawHTMLEnd(t string) string {
	lower := strings.ToLower(t)
	for _, tag := range []string{"pre", "script", "style", "textarea"} {
		if strings.HasPrefix(lower, "<"+tag) && !strings.Contains(lower, "</"+tag+">") {
			return "</" + tag + ">"
		}
	}
	if strings.HasPrefix(lower, "<!--") && !strings.Contains(lower[4:], "-->") {
		return "-->"
	}
	return ""
}

// refDefinition matches a link reference definition's line.
var refDefinition = regexp.MustCompile(`(?m)^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$`)

// referenceDefinitions returns the link reference definitions of a
// Markdown source, to be added to each chunk so that links resolve as in
// the whole file. (Definitions inside code blocks come along too; they
// only make a link resolve that would have been text.)
func referenceDefinitions(src string) string {
	var defs []string
	for len(src) > 0 {
		// a piece at a time (see Passed), cut after a line feed: a
		// definition is a line's
		cut := len(src)
		if cut > passPiece {
			if i := strings.IndexByte(src[passPiece:], '\n'); i >= 0 {
				cut = passPiece + i + 1
			}
		}
		defs = append(defs, refDefinition.FindAllString(src[:cut], -1)...)
		Passed(cut)
		src = src[cut:]
	}
	if len(defs) == 0 {
		return ""
	}
	return "\n\n" + strings.Join(defs, "\n") + "\n"
}
