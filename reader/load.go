package reader

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unsafe"
)

// Load reads and parses the article at path (see Parse). Errors name the
// file: it is missing, unreadable, a folder, binary or empty.
func Load(path string) (*Document, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s: is a folder", path)
	}
	if d, ok, err := loadMapped(path); ok {
		return d, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err // *fs.PathError: "open PATH: no such file or directory"
	}
	d, err := parse(filepath.Base(path), data, owned)
	if err != nil {
		return nil, err
	}
	d.Path = path
	return d, nil
}

// mapMin is the size from which Load maps a plain-text or Markdown file
// instead of reading it (see mapping).
const mapMin = 16 << 20

// loadMapped is Load for a large plain-text or Markdown file, mapped
// instead of read while it is parsed, whose visible text is then the
// mapping of a temporary file of qari's own (see mapping). ok is false
// when the file is another format, small, or cannot be mapped.
func loadMapped(path string) (d *Document, ok bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, nil
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() < mapMin {
		return nil, false, nil
	}
	name := filepath.Base(path)
	head := make([]byte, 4096)
	n, _ := f.ReadAt(head, 0)
	if hasUTF16BOM(head[:n]) || formatOf(name, string(head[:n])) == FormatHTML {
		return nil, false, nil
	}
	m, ok := mapFile(f, st.Size(), false)
	if !ok {
		return nil, false, nil
	}
	defer evict() // what the parse read last (it reports the rest: Passed)
	d, err = parse(name, m, fromMapping)
	if err != nil {
		m.unmap()
		return nil, true, err
	}
	if !m.holds(d.Text) {
		m.unmap()
	}
	d.Path = path
	return d, true, nil
}

// joinedCopy returns a copy of text with the line feeds inside its blocks
// as spaces (the lines of hard-wrapped paragraphs joined, as parseText
// does in place; a text of one paragraph a line has none), written to a
// spill and mapped, or on the heap when it cannot be.
func joinedCopy(text string, blocks []Block) string {
	if s, ok := newSpill(); ok {
		buf := make([]byte, 0, 4<<20)
		bi, err := 0, error(nil)
		for off := 0; off < len(text) && err == nil; off += cap(buf) {
			buf = append(buf[:0], text[off:min(off+cap(buf), len(text))]...)
			bi = joinLines(buf, off, blocks, bi)
			err = s.write(buf)
			Passed(len(buf))
		}
		if m, ok := s.done(); err == nil && ok {
			return m.text()
		}
	}
	b := []byte(text)
	joinLines(b, 0, blocks, 0)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// LoadReader reads an article from r (standard input, say) to its end and
// parses it under name, which also decides its format when it has an
// extension.
func LoadReader(name string, r io.Reader) (*Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return parse(name, data, owned)
}

// Parse builds a Document from the bytes of an article named name.
//
// The format comes from the name's extension (see textExts, markdownExts
// and htmlExts), else from the content (see sniffFormat). The bytes may
// be UTF-8 with or without a byte order mark or UTF-16 with one (an HTML
// page may also be in the legacy encoding its <meta charset> names);
// invalid bytes become U+FFFD, and control characters and escape sequences are
// removed (see Sanitize). The title is the one the text has, else the
// name without its extension. Errors wrap ErrBinary or ErrEmpty. data is
// not kept: Text is a copy.
func Parse(name string, data []byte) (*Document, error) {
	return parse(name, data, borrowed)
}

// source says whose a parse's bytes are.
type source uint8

const (
	borrowed    source = iota // the caller's: the text is a copy
	owned                     // the caller gives them away (see decode)
	fromMapping               // a read-only mapping (see loadMapped): the text may be its bytes, and cannot be changed in place
)

// parse is Parse of bytes from a source.
func parse(name string, data []byte, from source) (*Document, error) {
	text, unmarked, err := decode(data, from != borrowed)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	name = oneLine(Sanitize(name))
	d := &Document{Name: name, Format: formatOf(name, text)}
	switch d.Format {
	case FormatMarkdown:
		parseMarkdown(d, text)
	case FormatHTML:
		if unmarked {
			if legacy, ok := legacyHTML(data); ok {
				text = legacy
			}
		}
		parseHTML(d, text)
	default:
		clean := Sanitize(text)
		inPlace := from != fromMapping || unsafe.StringData(clean) != unsafe.StringData(text)
		parseText(d, clean, inPlace)
		if !inPlace {
			// The text is still the mapped file's own bytes. It is
			// copied (a hard-wrapped text's lines joined) to a
			// temporary file of qari's own, before anything (the
			// title, the sections) points into it: another program
			// that truncates the file while qari shows it would
			// otherwise make a read past its new end, which is a
			// SIGBUS Go cannot recover from (a crash, the terminal
			// left raw), where now only the load can meet it.
			d.Text = joinedCopy(d.Text, d.Blocks)
		}
		outlineText(d)
	}
	if len(d.Blocks) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	if d.Title == "" {
		d.Title = strings.TrimSuffix(name, filepath.Ext(name))
	}
	lang, dir := guessLang(d.Text)
	if d.Lang == "" {
		d.Lang = lang
	}
	if d.Dir == DirAuto {
		d.Dir = dir
	}
	buildSections(d)
	return d, nil
}

// oneLine turns the line breaks and tabs of a name into spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// Extensions of the formats qari reads.
var (
	textExts     = []string{".txt", ".text"}
	markdownExts = []string{".md", ".markdown", ".mdown", ".mkd", ".mkdn"}
	htmlExts     = []string{".html", ".htm", ".xhtml"}
)

// formatOf returns the format of an article: by its name's extension, else
// by sniffing its text.
func formatOf(name, text string) Format {
	if f, ok := formatByExt(name); ok {
		return f
	}
	return sniffFormat(text)
}

// formatByExt returns the format a file name's extension says, and false
// when it has none of textExts, markdownExts and htmlExts.
func formatByExt(name string) (Format, bool) {
	switch ext := strings.ToLower(filepath.Ext(name)); {
	case slices.Contains(markdownExts, ext):
		return FormatMarkdown, true
	case slices.Contains(htmlExts, ext):
		return FormatHTML, true
	case slices.Contains(textExts, ext):
		return FormatText, true
	}
	return FormatText, false
}

// mdSignal matches a line that only Markdown writes: an ATX heading, a
// code fence, a link or image with its target, a reference definition.
var mdSignal = regexp.MustCompile(`(?m)^(?:#{1,6} \S|` + "```" + `|~~~)|\]\([^)\s]+\)|^\[[^\]]+\]: \S`)

// atxHeading matches a text that opens with an ATX heading.
var atxHeading = regexp.MustCompile(`^#{1,6} \S`)

// sniffFormat tells HTML, Markdown and plain text apart by content: HTML
// starts with a doctype or an html, head or body tag, or is a fragment
// that opens and closes block tags; Markdown opens with an ATX heading or
// shows at least three Markdown constructs in its first 4 KB.
func sniffFormat(text string) Format {
	head := strings.ToLower(strings.TrimLeftFunc(text[:min(len(text), 4096)], isSpaceRune))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml"} {
		if strings.HasPrefix(head, p) && (p != "<?xml" || strings.Contains(head, "<html")) {
			return FormatHTML
		}
	}
	if strings.HasPrefix(head, "<") && (strings.Contains(head, "</p>") || strings.Contains(head, "</div>")) {
		return FormatHTML
	}
	if atxHeading.MatchString(head) || len(mdSignal.FindAllStringIndex(head, 3)) >= 3 {
		return FormatMarkdown
	}
	return FormatText
}

// nameAs returns name with the extension of format f in place of its own,
// so that parse reads it in that format.
func nameAs(name string, f Format) string {
	ext := textExts[0]
	switch f {
	case FormatMarkdown:
		ext = markdownExts[0]
	case FormatHTML:
		ext = htmlExts[0]
	}
	return strings.TrimSuffix(name, filepath.Ext(name)) + ext
}

// LoadDir returns the paths of the articles in folder dir (the files, not
// hidden, with an extension of textExts, markdownExts or htmlExts), sorted
// by name. A folder without any is an error wrapping ErrNoArticles.
func LoadDir(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, e := range entries {
		if _, ok := formatByExt(e.Name()); !ok || e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		paths = append(paths, filepath.Join(dir, e.Name()))
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: %w", dir, ErrNoArticles)
	}
	sort.Strings(paths)
	return paths, nil
}

// OnHeap reports whether Load keeps the visible text of a file of this
// name and size on Go's heap, rather than in a mapping (see mapping): a
// small file, an HTML page, a file whose extension does not say plain
// text or Markdown.
func OnHeap(name string, size int64) bool {
	f, ok := formatByExt(name)
	return size < mapMin || !ok || f == FormatHTML || !mapsFiles
}
