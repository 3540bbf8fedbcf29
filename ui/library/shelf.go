package library

import (
	"context"
	"sync"
	"unicode"

	"qari/reader"
	"qari/reader/search"
	"qari/reader/store"
)

// Entry is one article as the library lists it.
type Entry struct {
	Title   string
	Site    string // the site or publication; "" if unknown
	Feed    string // the title of the feed it came from; "" for none
	Lang    string // BCP 47; "" if unknown
	Words   int    // -1 until counted (Shelf.Words)
	Percent int    // how far it was read, 0–100; -1 when never opened
	Marks   int    // how many highlights it holds
	Read    bool
	Starred bool
}

// Hit is one match of a library search.
type Hit struct {
	Index      int    // the article's index on the shelf
	Title      string // the article's title
	Section    string // the heading of the section that holds it; "" in the lead
	Start, End int    // byte offsets of the match in the article's text
	Before     string // the match's line around it, on one line
	Match      string
	After      string
}

// Found is what a library search found.
type Found struct {
	Hits     []Hit
	Total    int // matches counted; 0 when only articles are (Total is then unknown)
	Articles int // articles with a match
}

// Shelf is where the library's articles come from: the documents named
// on the command line (Docs) or the store's library (Stored).
type Shelf interface {
	// Len is how many articles the shelf holds.
	Len() int
	// Entries lists the articles, in the order the library shows them:
	// all of them, or the first ones when the shelf is also a Rester.
	Entries() []Entry
	// Open returns article i's document.
	Open(i int) (*reader.Document, error)
	// Words counts the words of article i (it may walk its text).
	Words(i int) int
	// Search finds the query in every article, at most max hits.
	Search(ctx context.Context, q search.Query, max int) (Found, error)
	// SetRead and SetStarred keep article i's flags.
	SetRead(i int, read bool) error
	SetStarred(i int, starred bool) error
}

// Rester is a shelf that lists its first articles at once and reads the
// rest when asked, off the UI goroutine.
type Rester interface {
	Rest() ([]Entry, error)
}

// Docs is a shelf of documents in memory: the files a command line named,
// or the built-in samples. Its flags last for the session.
type Docs []*reader.Document

// Entries lists the documents in their order, their words not yet
// counted.
func (d Docs) Entries() []Entry {
	out := make([]Entry, len(d))
	for i, doc := range d {
		out[i] = Entry{Title: doc.Title, Site: doc.Site, Lang: doc.Lang, Words: -1, Percent: -1}
	}
	return out
}

// Len is how many documents there are.
func (d Docs) Len() int { return len(d) }

// Open returns document i.
func (d Docs) Open(i int) (*reader.Document, error) { return d[i], nil }

// Words counts the words of document i.
func (d Docs) Words(i int) int { return wordCount(d[i].Text) }

// Search runs the matcher over every document's text: the first max
// matches as hits, all of them counted.
func (d Docs) Search(ctx context.Context, q search.Query, max int) (Found, error) {
	var f Found
	mt, err := search.Compile(q)
	if err != nil {
		return f, err
	}
	for i, doc := range d {
		n := 0
		err := mt.All(ctx, doc.Text, func(start, end int) bool {
			n++
			if len(f.Hits) < max {
				f.Hits = append(f.Hits, newHit(i, doc, start, end))
			}
			return true
		})
		if err != nil {
			return f, err
		}
		f.Total += n
		if n > 0 {
			f.Articles++
		}
	}
	return f, nil
}

// SetRead does nothing: the flag is the library's for the session.
func (Docs) SetRead(int, bool) error { return nil }

// SetStarred does nothing: the flag is the library's for the session.
func (Docs) SetStarred(int, bool) error { return nil }

// newHit returns the hit of text[start:end] in document i.
func newHit(i int, d *reader.Document, start, end int) Hit {
	h := Hit{Index: i, Title: d.Title, Start: start, End: end}
	if s := d.SectionAt(start); s < len(d.Sections) && d.Sections[s].Start <= start {
		h.Section = d.Sections[s].Title
	}
	h.Before, h.Match, h.After = search.Context(d.Text, start, end, store.ContextRunes)
	return h
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

// Stored is the shelf of the store's library: every kept article, unread
// first, each loaded from the store when it is opened. Search goes
// through the store's full-text index. NewStored reads the first screens
// of the list only; the library reads the rest (Rest) off the UI
// goroutine, so that the first screen of 100,000 articles costs what
// that of a hundred does.
type Stored struct {
	st      *store.Store
	n       int        // articles in the library when it was opened
	first   int        // how many NewStored read
	mu      sync.Mutex // guards entries, which readAll extends
	entries []store.Entry
	rest    sync.Once
	restErr error
}

// storedFirst is how many articles NewStored reads.
const storedFirst = 300

// NewStored reads the size of the store's library and its first
// articles.
func NewStored(st *store.Store) (*Stored, error) {
	n, err := st.LibraryCount()
	if err != nil {
		return nil, err
	}
	es, err := st.LibraryPage(0, storedFirst)
	if err != nil {
		return nil, err
	}
	return &Stored{st: st, n: max(n, len(es)), first: len(es), entries: es}, nil
}

// Len is how many articles the library holds, read or not yet.
func (s *Stored) Len() int { return s.n }

// Entries lists the kept articles read so far.
func (s *Stored) Entries() []Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	return entriesOf(s.entries)
}

// Rest reads the articles after the first ones and returns them.
func (s *Stored) Rest() ([]Entry, error) {
	if err := s.readAll(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return entriesOf(s.entries[s.first:]), nil
}

// readAll reads the articles after the first ones, once: for Rest, or
// for a search that finds them before Rest has read them.
func (s *Stored) readAll() error {
	s.rest.Do(func() {
		if s.first >= s.n {
			return
		}
		es, err := s.st.LibraryPage(s.first, s.n-s.first)
		s.mu.Lock()
		s.entries = append(s.entries, es...)
		s.mu.Unlock()
		s.restErr = err
	})
	return s.restErr
}

// entriesOf is the store's entries as the library lists them.
func entriesOf(es []store.Entry) []Entry {
	out := make([]Entry, len(es))
	for i, e := range es {
		out[i] = Entry{Title: e.Title, Site: e.Site, Feed: e.FeedTitle, Lang: e.Lang, Words: e.Words, Percent: -1,
			Marks: e.Highlights, Read: e.Read, Starred: e.Starred}
		if e.Progress > 0 || e.Read {
			out[i].Percent = int(e.Progress * 100)
		}
	}
	return out
}

// entry is the store's entry i.
func (s *Stored) entry(i int) store.Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.entries[i]
}

// Open loads article i from the store.
func (s *Stored) Open(i int) (*reader.Document, error) { return s.st.Load(s.entry(i).ID) }

// Words is the count the store keeps.
func (s *Stored) Words(i int) int { return s.entry(i).Words }

// Search asks the store's full-text index; a regular expression is not
// something it can answer.
func (s *Stored) Search(ctx context.Context, q search.Query, max int) (Found, error) {
	if q.Regex {
		return Found{}, errRegex
	}
	f, err := s.st.Search(ctx, q.Pattern, max)
	if err != nil {
		return Found{}, err
	}
	if err := s.readAll(); err != nil { // the hits may be anywhere in the list
		return Found{}, err
	}
	s.mu.Lock()
	index := make(map[int64]int, len(s.entries))
	for i, e := range s.entries {
		index[e.ID] = i
	}
	s.mu.Unlock()
	out := Found{Articles: f.Articles}
	for _, h := range f.Hits {
		i, ok := index[h.Article]
		if !ok {
			continue // kept since the library was opened
		}
		out.Hits = append(out.Hits, Hit{Index: i, Title: h.Title, Section: h.Section, Start: h.Start, End: h.End,
			Before: h.Before, Match: h.Match, After: h.After})
	}
	return out, nil
}

// SetRead marks article i read in the store.
func (s *Stored) SetRead(i int, read bool) error { return s.st.SetRead(s.entry(i).ID, read) }

// SetStarred stars article i in the store.
func (s *Stored) SetStarred(i int, starred bool) error {
	return s.st.SetStarred(s.entry(i).ID, starred)
}
