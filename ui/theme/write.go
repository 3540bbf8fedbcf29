package theme

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"qari/reader"
	"qari/ui/layout"
)

// Write draws the whole of doc to w for a pipe (`qari render`, `qari FILE
// | cat`), piece by piece as it lays them out (layout.All), so that output
// starts at once and memory stays flat however long the article. Lines are not
// padded on the right. With zero Marks in opt, the theme's are used.
// Colours are written as the style gives them; wrap w in a
// colorprofile.Writer to fit them to a terminal. Under each section that
// has links comes their numbered list (see references). A web page's
// credit line (reader.Document.Credit) comes under its title, as in the
// reader, with the title above it when the text does not open with one.
func Write(w io.Writer, doc *reader.Document, opt layout.Options, t *Theme) error {
	if opt.Marks == (layout.Marks{}) {
		opt.Marks = t.Marks()
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var sb strings.Builder
	refs := references{doc: doc, t: t, opt: opt}
	credit := doc.Credit()
	if credit != "" && !doc.OpensWithTitle() {
		sb.WriteString(head(doc, opt, t, doc.Title, credit))
		sb.WriteByte('\n')
		credit = ""
	}
	title := false // the lines so far are the text's title
	for l := range layout.All(doc, opt) {
		if l.Kind == reader.Title && len(l.Clusters) > 0 {
			title = true
		} else if title && credit != "" {
			sb.WriteString(head(doc, opt, t, "", credit))
			credit = ""
		}
		if l.Start >= 0 {
			refs.before(&sb, l.Start)
		}
		t.draw(&sb, l, nil, opt.Width, false)
		sb.WriteByte('\n')
		if _, err := bw.WriteString(sb.String()); err != nil {
			return err
		}
		sb.Reset()
	}
	if title && credit != "" {
		sb.WriteString(head(doc, opt, t, "", credit)) // the text is only its title
	}
	refs.last = true
	refs.before(&sb, len(doc.Text)+1)
	if _, err := bw.WriteString(sb.String()); err != nil {
		return err
	}
	return bw.Flush()
}

// references lists the links of a printed document, numbered from 1
// through the document, under the part of a section they are in (up to
// the next heading): a pipe has no hyperlinks, so the addresses are
// written out, as glow and lynx -dump do.
type references struct {
	doc  *reader.Document
	t    *Theme
	opt  layout.Options // how the article is laid out: the references are too
	span int            // the next span to look at
	next int            // the next section (index in doc.Sections) whose start ends a part
	n    int            // links listed so far
	last bool           // the lines are all written: the last list needs a blank line before it (a part's last block has one after it, but the document's last)
}

// before writes to sb the list of the links of the part that ends at or
// before offset off, if that part has links and its list is not written
// yet.
func (r *references) before(sb *strings.Builder, off int) {
	secs := r.doc.Sections
	for r.next < len(secs) && secs[r.next].Start <= r.doc.Sections[0].Start {
		r.next++ // the first part ends at the second section
	}
	for {
		end := len(r.doc.Text) + 1
		if r.next < len(secs) {
			end = secs[r.next].Start
		}
		if off < end {
			return
		}
		r.list(sb, end)
		if r.next >= len(secs) {
			return
		}
		r.next++
	}
}

// list writes "[n] text: address" for each link starting before end, and
// a blank line after them. A target that is not a web or mail address
// (LinkURL) is written as text, marked so.
func (r *references) list(sb *strings.Builder, end int) {
	spans, first := r.doc.Spans, true
	for ; r.span < len(spans) && spans[r.span].Start < end; r.span++ {
		s := spans[r.span]
		if s.Kind != reader.Link || s.Target == "" {
			continue
		}
		if first && r.last {
			sb.WriteByte('\n')
		}
		first = false
		r.n++
		r.write(sb, "["+strconv.Itoa(r.n)+"] ", r.doc, s)
	}
	if !first && !r.last {
		sb.WriteByte('\n')
	}
}

// write writes one reference, "[n] text: address", laid out as a
// paragraph of the article would be: wrapped to the width, reordered and
// aligned like the article's right-to-left text under the same options.
func (r *references) write(sb *strings.Builder, num string, doc *reader.Document, s reader.Span) {
	text, target := Reference(doc, s)
	line := num + target
	if text != "" {
		line = num + text + ": " + target
	}
	ref := &reader.Document{Text: line, Blocks: []reader.Block{{Kind: reader.Paragraph, End: len(line)}}}
	for _, l := range layout.Block(ref, 0, r.opt) {
		r.t.draw(sb, l, nil, r.opt.Width, false)
		sb.WriteByte('\n')
	}
}

// Reference is how a link is named in a list: its text on one line ("" when
// it is the address itself) and its address; a target qari does not
// follow (reader.LinkURL) is shown as it is, as text, and the text says
// "(not a web link)".
func Reference(doc *reader.Document, s reader.Span) (text, target string) {
	text = strings.Join(strings.Fields(doc.Text[s.Start:s.End]), " ")
	if text == s.Target || "mailto:"+text == s.Target {
		text = ""
	}
	target, ok := reader.LinkURL(s.Target)
	if !ok {
		target = s.Target
		text = strings.TrimSpace(text + " (not a web link)")
	}
	return text, target
}

// head lays out the lines a page's text does not hold but the reader shows
// at its top: title (unless "") and the credit line under it, styled as a
// title and as debris, aligned like a line of the article's direction.
func head(doc *reader.Document, opt layout.Options, t *Theme, title, credit string) string {
	d := &reader.Document{Lang: doc.Lang, Dir: doc.Dir}
	dir := reader.DirAuto
	if doc.Dir == reader.DirRTL {
		dir = reader.DirRTL // the reader puts the credit flush right on a right-to-left page, whatever its script
	}
	if title != "" {
		d.Text = title + "\n"
		d.Blocks = append(d.Blocks, reader.Block{Kind: reader.Title, Dir: dir, End: len(title)})
	}
	d.Blocks = append(d.Blocks, reader.Block{Kind: reader.Boilerplate, Dir: dir, Start: len(d.Text), End: len(d.Text) + len(credit)})
	d.Text += credit
	var sb strings.Builder
	for i := range d.Blocks {
		for _, l := range layout.Block(d, i, opt) {
			if len(l.Clusters) == 0 {
				continue // no blank line between the title and its credit
			}
			t.draw(&sb, l, nil, opt.Width, false)
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}
