package reader

import (
	"cmp"
	"strconv"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// articleMinText is the least text an <article> element must hold to be
// taken as the article; a smaller one is a teaser or a comment.
const articleMinText = 200

// parseHTML fills d from an HTML page. The article is the page's largest
// <article> element when it has one (the page says where its article is),
// else what go-readability extracts. Readability is not used on an
// <article> because it drops what a reader wants to see: the h1, a
// blockquote's attribution (<footer><cite>) and the "Read more" line.
//
// The article's h1 opens the text as its Title block; the document's
// title is the page's headline, from its metadata, its <title> or that
// h1 (see headline). Byline, date, site and language come from the
// page's metadata (see pageMeta). h2–h6 open sections. Text is
// whitespace-collapsed, entities decoded, scripts, styles, forms,
// navigation and ad, share and related boxes dropped, labels around the
// text dimmed (see classifyBox, settleHead, markRelated), and images add
// nothing (their alt text is not shown).
func parseHTML(d *Document, src string) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil { // x/net/html only fails on reader errors
		return
	}
	meta := readPageMeta(root) // before readability changes the tree
	meta.titleRepeated = meta.docTitle != "" && strings.Count(src, meta.docTitle) > 1
	d.Lang, d.Dir = metaText(meta.langOf()), meta.dir
	h1, h2 := pageHeadings(root)
	var art readability.Article
	container := largestArticle(root)
	if container == nil {
		// ParseAndMutate: the tree is not needed afterwards, so spare the copy.
		parser := readability.NewParser()
		if a, err := parser.ParseAndMutate(root, nil); err == nil && a.Node != nil {
			art, container = a, a.Node
			d.Lang = cmp.Or(d.Lang, art.Language())
		} else {
			container = cmp.Or(findFirst(root, atom.Body), root)
		}
	}
	w := &htmlWalker{b: &builder{collapse: true}, title: -1, wantTitle: true, articleLen: textLen(container)}
	w.children(container, htmlContext{kind: Paragraph, dir: dirOf(container, d.Dir)})
	w.b.finish(d)
	for i, b := range d.Blocks {
		if b.Kind == Paragraph && isDebris(d.BlockText(i)) {
			d.Blocks[i].Kind = Boilerplate
		}
	}
	own := ""
	if w.title >= 0 {
		own = d.BlockText(w.title)
	}
	d.Title = metaText(headline(&meta, own, h1, h2))
	settleHead(d, w.title, meta.descriptions())
	markRelated(d)
	// Readability finds a byline in the page's text where the metadata
	// names nobody, and a date in formats normalizeDate does not read.
	d.Byline = cleanByline(metaText(cmp.Or(meta.bylineOf(), art.Byline())))
	d.Date = meta.dateOf()
	if t, err := art.PublishedTime(); d.Date == "" && err == nil {
		d.Date = t.Format(time.RFC3339)
	}
	d.Site = metaText(cmp.Or(meta.site(), art.SiteName()))
}

// metaText is a piece of a page's metadata made fit to show: control
// characters removed, on one line, whitespace collapsed.
func metaText(s string) string {
	return collapse(oneLine(Sanitize(s)))
}

// htmlContext is what the elements around a node say about its text.
type htmlContext struct {
	kind    BlockKind  // the kind of block its text goes in
	level   int        // heading level or nesting depth
	item    *html.Node // the list item it is in
	ordinal int        // that item's number in an ordered list
	dir     Direction  // the nearest dir attribute
	counted bool       // it is inside an h1–h6, p, blockquote or li (see Block.Line)
	quote   int        // blockquote depth
	list    int        // list depth
	pre     bool       // whitespace is kept
	dim     bool       // it is in a label around the text (see classifyBox): debris
}

// htmlWalker turns an article's element tree into blocks and spans.
type htmlWalker struct {
	b         *builder
	line      int        // the count of outermost h1–h6, p, blockquote and li so far
	wantTitle bool       // the first h1 is the title
	title     int        // index in the blocks of the title h1, or -1
	item      *html.Node // the last list item whose first block has been opened

	articleLen int // the article's text length, for classifyBox
}

// node writes the text of n's subtree.
func (w *htmlWalker) node(n *html.Node, ctx htmlContext) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, ctx)
		return
	case html.ElementNode:
	case html.DocumentNode:
		w.children(n, ctx)
		return
	default:
		return
	}
	if skipElement(n) {
		return
	}
	switch classifyBox(n, w.articleLen) {
	case boxDrop:
		return
	case boxDim:
		ctx.dim = true
	}
	ctx.dir = dirOf(n, ctx.dir)
	switch n.DataAtom {
	case atom.Br:
		w.b.lineBreak()
		return
	case atom.Hr:
		w.b.end()
		ctx.kind = Rule
		w.ensure(ctx)
		w.b.end()
		return
	case atom.Em, atom.I, atom.Cite, atom.Dfn, atom.Var:
		w.span(n, ctx, Emphasis)
		return
	case atom.Strong, atom.B:
		w.span(n, ctx, Strong)
		return
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		w.span(n, ctx, InlineCode)
		return
	case atom.A:
		w.ensure(ctx)
		s := w.b.openLink(attr(n, "href"))
		w.children(n, ctx)
		w.b.closeSpan(s)
		return
	case atom.Q:
		w.span(n, ctx, InlineQuote)
		return
	case atom.Td, atom.Th:
		w.text(" ", ctx)
		w.children(n, ctx)
		w.text(" ", ctx)
		return
	case atom.Table:
		if grid, ok := htmlTable(n); ok {
			// a data table keeps its rows and columns: preformatted
			w.b.end()
			ctx.kind, ctx.pre = Code, true
			w.ensure(ctx)
			w.b.writeRaw(grid)
			w.b.end()
			return
		}
	}
	if !isBlockElement(n) {
		w.children(n, ctx)
		return
	}
	// A block element: its text starts a new block and the text after it
	// another one.
	w.b.end()
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.count(&ctx)
		ctx.kind, ctx.level = Heading, int(n.Data[1]-'0')
		if n.DataAtom == atom.H1 && w.wantTitle && w.title < 0 {
			ctx.kind, ctx.level = Title, 0
		}
	case atom.P:
		w.count(&ctx)
	case atom.Blockquote:
		w.count(&ctx)
		ctx.quote++
		ctx.kind, ctx.level = Blockquote, ctx.quote
	case atom.Ul, atom.Ol, atom.Menu:
		ctx.list++
	case atom.Li:
		w.count(&ctx)
		ctx.kind, ctx.level, ctx.item, ctx.ordinal = ListItem, ctx.list, n, itemNumber(n)
	case atom.Pre:
		ctx.kind, ctx.pre = Code, true
	}
	before := len(w.b.blocks)
	w.children(n, ctx)
	w.b.end()
	if ctx.kind == Title && len(w.b.blocks) > before {
		w.title = before
	}
}

// count numbers an outermost h1–h6, p, blockquote or li (see Block.Line).
func (w *htmlWalker) count(ctx *htmlContext) {
	if !ctx.counted {
		w.line++
		ctx.counted = true
	}
}

func (w *htmlWalker) children(n *html.Node, ctx htmlContext) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, ctx)
	}
}

// span writes n's children inside a span of kind.
func (w *htmlWalker) span(n *html.Node, ctx htmlContext, kind SpanKind) {
	w.ensure(ctx)
	s := w.b.openSpan(kind)
	w.children(n, ctx)
	w.b.closeSpan(s)
}

// text writes a text node, opening a block of the context's kind first if
// none is open and the text is not only whitespace.
func (w *htmlWalker) text(s string, ctx htmlContext) {
	if ctx.pre {
		w.ensure(ctx)
		if len(w.b.text) == w.b.cur.Start {
			s = strings.TrimPrefix(s, "\n") // as HTML drops a <pre>'s first line feed
		}
		w.b.writeRaw(strings.TrimRight(s, "\n"))
		return
	}
	if !w.b.open && strings.TrimSpace(s) == "" {
		return
	}
	w.ensure(ctx)
	w.b.write(s)
}

// ensure opens a block for the context if none is open.
func (w *htmlWalker) ensure(ctx htmlContext) {
	if w.b.open {
		return
	}
	ordinal := 0
	if ctx.kind == ListItem && ctx.item != w.item {
		ordinal, w.item = ctx.ordinal, ctx.item // only an item's first block shows its number
	}
	line := 0
	if ctx.counted {
		line = w.line
	}
	kind, level := ctx.kind, ctx.level
	if ctx.dim && kind != Code && kind != Rule {
		kind, level = Boilerplate, 0
	}
	w.b.begin(kind, level, ctx.dir, ordinal, line)
}

// itemNumber returns the number of an ordered list's item (its value
// attribute, or the list's start plus the items before it), 0 in a
// bulleted list.
func itemNumber(li *html.Node) int {
	if v, err := strconv.Atoi(attr(li, "value")); err == nil {
		return v
	}
	list := li.Parent
	if list == nil || list.DataAtom != atom.Ol {
		return 0
	}
	num := 1
	if v, err := strconv.Atoi(attr(list, "start")); err == nil {
		num = v
	}
	for s := li.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && s.DataAtom == atom.Li {
			num++
		}
	}
	return num
}

// pageHeadings returns the texts of a page's h1 and h2 elements,
// whitespace collapsed.
func pageHeadings(root *html.Node) (h1, h2 []string) {
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2) {
			t := strings.Join(strings.Fields(innerText(n)), " ")
			if n.DataAtom == atom.H1 {
				h1 = append(h1, t)
			} else {
				h2 = append(h2, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	return h1, h2
}

// innerText returns the text of n's subtree.
func innerText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(innerText(c))
	}
	return b.String()
}
