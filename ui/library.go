package ui

import (
	"strconv"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"qari/reader"
)

// wordsPerMinute is the reading speed behind the reading times.
const wordsPerMinute = 200

// articleItem is one article in the library list.
type articleItem struct {
	index int
	doc   *reader.Document
	words int // -1 until counted
	read  int // how far it was read, in percent; -1 when never opened (persist.go)
	marks int // how many highlights it holds
}

// FilterValue is what the filter matches: the title.
func (a articleItem) FilterValue() string { return a.doc.Title }

// row draws the title, then how far it was read, its highlights (✎3),
// the language, the words and the reading time in columns on the right
// when there is room.
func (a articleItem) row(st styles, width int) string {
	title := clip(a.doc.Title, width)
	lang := a.doc.Lang
	if lang == "" {
		lang = "–"
	}
	words, minutes := "…", "…"
	if a.words >= 0 {
		words = groupThousands(a.words) + " words"
		minutes = strconv.Itoa((a.words+wordsPerMinute-1)/wordsPerMinute) + " min"
	}
	read, marks := "", ""
	if a.read >= 0 {
		read = strconv.Itoa(a.read) + "%"
	}
	if a.marks > 0 {
		marks = "✎" + strconv.Itoa(a.marks)
	}
	meta := padLeft(read, 5) + padLeft(marks, 6) + padLeft(lang, 4) + padLeft(words, 15) + padLeft(minutes, 9)
	if width < narrowLibrary {
		// the reading time says what the word count says: the title
		// gets the room
		meta = padLeft(read, 5) + padLeft(marks, 5) + padLeft(lang, 4) + padLeft(minutes, 8)
	}
	mw := ansi.StringWidth(meta)
	if width < mw+12 {
		return st.text(title, width)
	}
	title = st.text(title, width-mw-1)
	return title + strings.Repeat(" ", width-mw-ansi.StringWidth(title)) + st.dim.Render(meta)
}

// narrowLibrary is the width under which library rows leave out the word
// count.
const narrowLibrary = 70

// padLeft right-aligns s in n cells.
func padLeft(s string, n int) string {
	return strings.Repeat(" ", max(n-ansi.StringWidth(s), 0)) + s
}

// groupThousands writes n with commas: 12,345.
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// newLibrary returns the list of docs for a w×h screen.
func newLibrary(docs []*reader.Document, keys keyMap, st styles, w, h int) list.Model {
	items := make([]list.Item, len(docs))
	for i, d := range docs {
		items[i] = articleItem{index: i, doc: d, words: -1, read: -1}
	}
	l := newList(items, st, w, h, keys.listKeys(), relabel(keys.Open, "open"), relabel(keys.Search, "search every article"), relabel(keys.Help, "help"), relabel(keys.Quit, "quit"))
	l.SetFilteringEnabled(false) // / searches the articles' text (librarysearch.go)
	l.Title = "qari: " + strconv.Itoa(len(docs)) + " articles"
	return l
}

// wordsCountedMsg reports the number of words of article index.
type wordsCountedMsg struct {
	index int
	words int
}

// setWords records a word count in the library list.
func setWords(l *list.Model, msg wordsCountedMsg) tea.Cmd {
	for i, it := range l.Items() {
		if a, ok := it.(articleItem); ok && a.index == msg.index {
			a.words = msg.words
			return l.SetItem(i, a)
		}
	}
	return nil
}

// COMMANDS

// countWords counts the words of every article off the UI goroutine: it
// walks whole texts.
func countWords(docs []*reader.Document) tea.Cmd {
	cmds := make([]tea.Cmd, len(docs))
	for i, d := range docs {
		cmds[i] = func() tea.Msg { return wordsCountedMsg{index: i, words: wordCount(d.Text)} }
	}
	return tea.Batch(cmds...)
}

// wordCount counts the runs of non-space characters in s, as
// strings.Fields would, without allocating them.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
