package reader

import (
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"qari/reader/procs"
)

// mdParser walks a goldmark tree into a builder. Text is the text as a
// Markdown renderer shows it: markers, backticks and link targets removed,
// link text kept, code kept with its line breaks, fence lines dropped.
type mdParser struct {
	src      []byte
	lines    []int // offsets of the line feeds of src, for Block.Line
	lineBase int   // the number of lines of the file before src
	b        builder
}

// parseMarkdown fills d from a Markdown article (CommonMark, parsed with
// goldmark). A single level-1 heading is the title; the other headings
// open sections. Paragraphs that read as page debris are Boilerplate.
//
// A long article is parsed in chunks (see splitMarkdown) on all
// processors, each chunk's tree dropped once its text is out: goldmark's
// tree takes about ten times its source, which for a 100 MB file would be
// a gigabyte at once.
func parseMarkdown(d *Document, src string) {
	parseMarkdownIn(d, src, mdChunkBytes)
}

// parseMarkdownIn is parseMarkdown with chunks of about chunkBytes.
func parseMarkdownIn(d *Document, src string, chunkBytes int) {
	src = blankFrontMatter(src)
	if !parseChunks(d, src, chunkBytes, true) {
		// the spill could not be written (a full disk): the text it held
		// is gone, so the file is parsed again onto the heap
		parseChunks(d, src, chunkBytes, false)
	}
	h1 := -1
	for i, b := range d.Blocks {
		switch {
		case b.Kind == Heading && b.Level == 1 && h1 == -1:
			h1 = i
		case b.Kind == Heading && b.Level == 1:
			h1 = -2 // several top-level headings: they are sections
		case b.Kind == Paragraph && isDebris(d.BlockText(i)):
			d.Blocks[i].Kind = Boilerplate
		}
		Passed(b.End - b.Start)
	}
	if h1 >= 0 {
		d.Blocks[h1].Kind, d.Blocks[h1].Level = Title, 0
		d.Title = d.BlockText(h1)
	}
}

// parseChunks fills d's Text, Blocks and Spans from src parsed in chunks
// of about chunkBytes; when spilling, a large file's visible text is written
// to a spill (see mapping). It returns false when the spill could not be
// written, and d's text is then lost.
func parseChunks(d *Document, src string, chunkBytes int, spilling bool) bool {
	chunks := splitMarkdown(src, chunkBytes)
	defs := ""
	if len(chunks) > 1 {
		defs = referenceDefinitions(src)
	}
	// Chunks are parsed in order on the processors free for it
	// (procs.Workers; one more, to keep them busy while the merge takes
	// a result), and a chunk's slot is given back only when its result is
	// merged, so no more than a few parsed chunks wait in memory whatever
	// the file's size.
	results := make([]chan *builder, len(chunks))
	for i := range results {
		results[i] = make(chan *builder, 1)
	}
	workers, done := procs.Workers(len(chunks))
	defer done()
	slots := make(chan struct{}, workers+min(workers-1, 1))
	go func() {
		for i, c := range chunks {
			slots <- struct{}{}
			go func() {
				results[i] <- parseMarkdownChunk(c.text, c.line, defs)
				Passed(len(c.text))
			}()
		}
	}()
	b := <-results[0]
	<-slots
	var out *spill // a large file's visible text goes to a spill, not to the heap (see mapping)
	if spilling && len(chunks) > 1 && len(src) >= mapMin {
		out, _ = newSpill()
	}
	spilled := out != nil
	switch {
	case spilled:
		merged := &builder{}
		for _, r := range results[1:] {
			out = merged.spillBuilder(b, out)
			b = <-r
			<-slots
		}
		out = merged.spillBuilder(b, out)
		b = merged
	case len(chunks) > 1:
		b.text = append(make([]byte, 0, len(src)), b.text...)
		for _, r := range results[1:] {
			b.appendBuilder(<-r)
			<-slots
		}
	}
	b.finish(d)
	if !spilled {
		return true
	}
	m, ok := mapSpill(out)
	if !ok {
		return false
	}
	d.Text = m.text()
	return true
}

// parseMarkdownChunk parses one chunk of a Markdown file that starts after
// line firstLine, with the file's link reference definitions added.
func parseMarkdownChunk(chunk string, firstLine int, defs string) *builder {
	src := append(append(make([]byte, 0, len(chunk)+len(defs)), chunk...), defs...)
	p := &mdParser{src: src, lineBase: firstLine}
	p.b.text = make([]byte, 0, len(chunk)) // the visible text is no longer than the source
	for i, c := range p.src {
		if c == '\n' {
			p.lines = append(p.lines, i)
		}
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	p.blocks(md.Parser().Parse(text.NewReader(p.src)), 0, 0)
	p.b.end()
	return &p.b
}

// blocks writes the block children of n; quote and list are the nesting
// depths of blockquotes and lists around them.
func (p *mdParser) blocks(n ast.Node, quote, list int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			p.begin(c, Heading, c.Level, 0)
			p.inline(c)
		case *ast.Paragraph, *ast.TextBlock:
			switch {
			case list > 0:
				p.begin(c, ListItem, list, itemOrdinal(c))
			case quote > 0:
				p.begin(c, Blockquote, quote, 0)
			default:
				p.begin(c, Paragraph, 0, 0)
			}
			p.inline(c)
		case *ast.Blockquote:
			p.blocks(c, quote+1, 0)
		case *ast.List:
			p.blocks(c, quote, list+1)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			p.begin(c, Code, 0, 0)
			p.code(c)
		case *ast.HTMLBlock:
			p.html(c)
		case *ast.ThematicBreak:
			p.begin(c, Rule, 0, 0)
		case *east.Table:
			// a table keeps its rows and columns: preformatted, like code
			p.begin(c, Code, 0, 0)
			p.b.write(markdownTable(c, p.src))
		default: // list items and extension containers
			p.blocks(c, quote, list)
		}
	}
}

// itemOrdinal returns the number of the ordered-list item whose first
// text block is n, and 0 for a bulleted item or a later block of an item.
func itemOrdinal(n ast.Node) int {
	item, ok := n.Parent().(*ast.ListItem)
	if !ok || item.FirstChild() != n {
		return 0
	}
	list, ok := item.Parent().(*ast.List)
	if !ok || !list.IsOrdered() {
		return 0
	}
	num := list.Start
	for s := item.PreviousSibling(); s != nil; s = s.PreviousSibling() {
		num++
	}
	return num
}

// begin opens a block for node n, placed at the source line where n
// starts (or, when goldmark kept no position, where its text starts).
func (p *mdParser) begin(n ast.Node, kind BlockKind, level, ordinal int) {
	off := n.Pos()
	if off < 0 && n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		off = n.Lines().At(0).Start
	}
	p.b.begin(kind, level, DirAuto, ordinal, p.lineOf(off))
}

// lineOf returns the 1-based line of the file that offset off of src is
// on, or 0 when off is negative (no position).
func (p *mdParser) lineOf(off int) int {
	if off < 0 {
		return 0
	}
	return p.lineBase + sort.SearchInts(p.lines, off) + 1
}

// html writes a raw HTML block as the HTML loader reads HTML: its text
// without tags, in blocks of the kinds its elements say. Its blocks are
// placed at the block's first line.
func (p *mdParser) html(n *ast.HTMLBlock) {
	raw := string(n.Lines().Value(p.src))
	if n.HasClosure() {
		raw += string(n.ClosureLine.Value(p.src))
	}
	nodes, err := html.ParseFragment(strings.NewReader(raw), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return
	}
	p.b.end()
	before := len(p.b.blocks)
	p.b.collapse = true
	w := &htmlWalker{b: &p.b, title: -1}
	for _, c := range nodes {
		w.node(c, htmlContext{kind: Paragraph})
	}
	p.b.end()
	p.b.collapse = false
	line := 0
	if n.Lines().Len() > 0 {
		line = p.lineOf(n.Lines().At(0).Start)
	}
	for i := before; i < len(p.b.blocks); i++ {
		p.b.blocks[i].Line = line
	}
}

// code writes the lines of a code block as they are, without the final
// line feed.
func (p *mdParser) code(n ast.Node) {
	lines := n.Lines()
	var s strings.Builder
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		s.Write(seg.Value(p.src))
	}
	p.b.write(strings.TrimRight(s.String(), "\n"))
}

// inline writes the inline children of n, opening spans for emphasis,
// code and links. Images add nothing: their alt text is not shown.
func (p *mdParser) inline(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Value(p.src)
			if !c.IsRaw() {
				v = unescapeMarkdown(v)
			}
			p.b.write(string(v))
			switch {
			case c.HardLineBreak():
				p.b.lineBreak()
			case c.SoftLineBreak():
				p.b.write(" ")
			}
		case *ast.String:
			p.b.write(string(c.Value))
		case *ast.CodeSpan:
			s := p.b.openSpan(InlineCode)
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					p.b.write(strings.ReplaceAll(string(t.Value(p.src)), "\n", " "))
				}
			}
			p.b.closeSpan(s)
		case *ast.Emphasis:
			kind := Emphasis
			if c.Level >= 2 {
				kind = Strong
			}
			s := p.b.openSpan(kind)
			p.inline(c)
			p.b.closeSpan(s)
		case *ast.Link:
			s := p.b.openLink(string(c.Destination))
			p.inline(c)
			p.b.closeSpan(s)
		case *ast.AutoLink:
			target := string(c.URL(p.src))
			if c.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(target), "mailto:") {
				target = "mailto:" + target
			}
			s := p.b.openLink(target)
			p.b.write(string(c.Label(p.src)))
			p.b.closeSpan(s)
		case *ast.RawHTML:
			if isBreakTag(c.Segments.Value(p.src)) {
				p.b.lineBreak()
			}
		case *ast.Image:
		default:
			p.inline(c)
		}
	}
}

// isBreakTag reports whether an inline HTML tag is a <br>.
func isBreakTag(tag []byte) bool {
	t := strings.ToLower(strings.Join(strings.Fields(string(tag)), ""))
	return t == "<br>" || t == "<br/>"
}

// unescapeMarkdown resolves backslash escapes and character references,
// as goldmark's HTML renderer does.
func unescapeMarkdown(v []byte) []byte {
	return util.UnescapePunctuations(util.ResolveEntityNames(util.ResolveNumericReferences(v)))
}

// blankFrontMatter replaces a YAML front matter block (a first line
// "---", then key: value lines, then "---" or "...") by empty lines, so
// that it is not read as a rule and a heading, and line numbers stay.
func blankFrontMatter(src string) string {
	if !strings.HasPrefix(src, "---\n") {
		return src
	}
	end := -1
	for _, stop := range []string{"\n---\n", "\n...\n"} {
		if i := strings.Index(src[3:], stop); i >= 0 && (end < 0 || i+3 < end) {
			end = i + 3
		}
	}
	if end < 0 || !strings.Contains(src[4:end], ":") {
		return src
	}
	end += 4 // past the closing marker
	return strings.Repeat("\n", strings.Count(src[:end], "\n")) + src[end:]
}
