package quote

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"qari/reader"
)

// cand is a candidate quotation of one paragraph.
type cand struct {
	pair
	parent  int    // index in the paragraph's candidates; -1 for none
	quote   bool   // accepted as a quotation
	runsOn  bool   // the mark is still open at the paragraph's end
	unit    bool   // a <q> or a blockquote: a quotation by markup
	at      int    // where its speaker is resolved: the cue, else the opening
	speaker string // named by its cue; "" until resolved
	resolve bool   // the speaker is the person named last before at
	follows int    // index of the candidate whose utterance this continues, -1
	sameAs  int    // index of the quotation before it whose speaker it shares, -1
	group   int
	gender  byte // the gender its cue gives a speaker it does not name (قالت، she said)
	reply   bool // its cue answers the quotation before (he replied, ردّ): not that speaker
	inner   bool // nested, and its cue names nobody: the outer quotation names its speaker
}

// finder holds the state of one Find: the quotations so far, the person
// named last (for cues without a subject), and the candidates of a
// paragraph whose last quotation may run on into the next paragraph.
type finder struct {
	doc   *reader.Document
	text  string
	out   []Quote
	known map[string]bool // names seen as speakers: a later bare mention counts; written by note only (see isKnown)
	// knownBits has a bit set for each name of known, by knownBit, so
	// that most words are told unknown without a lookup (isKnown).
	knownBits [16]uint64
	knownGen  uint32 // counts the names note added to known (see neverSeen)
	// firsts are the full English names noted, by their first word: a
	// feature calls Amara Osei "Amara" later.
	firsts map[string]string
	// nevers are the last answers of never, for a speaker's name asked
	// of again and again (its subject, speakerName, remember); emptied
	// as each block starts, since a name may lie in f.folds.
	nevers    [8]neverSeen
	neverNext int
	// names holds one copy of each name the finder keeps (the speakers
	// of the quotations, the keys of its maps): they share it instead of
	// pointing into the text, where every lookup of a name, and a pass
	// over the speakers of 100 MB (the panel's index of them), would read
	// the page of its first mention, from all over a mapped file (see
	// reader.Passed).
	names map[string]string
	// recent are the people and bodies named last before the current
	// position, the newest last; genders holds what a pronoun taught
	// (Weiss … he added); alias maps a name in another script to the
	// spelling the article gave first.
	recent      [recentN]mention
	nrecent     int
	genders     map[string]byte
	alias       map[string]string
	people      []person            // the people named so far, the one named last last (see people.go)
	bodies      []body              // the bodies named so far, the one named last last (see bodies.go)
	ties        []tie               // the descriptions tied to names so far, in order (see introductions.go)
	tiedBefore  int                 // the position a description is resolved at: only the ties before it count
	cueGender   byte                // the gender the last cue parsed by subject gives its subject
	held        []cand              // a paragraph that ends inside a quotation
	group       int                 // the last Group number given
	pos         int                 // the opening mark naming looks before
	buf         []byte              // scratch for folding words
	folds       []byte              // the folded words of this block's tokens (see folded)
	wordClasses classTable          // the classes of the Arabic words seen (see classify)
	word        []byte              // scratch for a word made from a folded one
	ptoks       []token             // the tokens of the paragraph, classified (see within)
	gtoks       []token             // scratch tokens for the gap between two quotations, looked at once
	ends        []int               // scratch: the sentence ends before a cue, nearest first (see sentenceEnds)
	all         []mention           // scratch: the mentions a cue may refer to (see window)
	ms          []mention           // scratch mentions of a paragraph
	defs        map[string]parsedNP // definite descriptions parsed, by speaker name
	tieNPs      map[string]tieNP    // speakers parsed as descriptions a tie may hold (see introduced)
	relatives   map[string]string   // a relation with a possessive (زوجته، his son) → the name the text gave it
	surnames    map[string]string   // an Arabic surname named alone → the full name found before it, or "" (see surnamed)
	named       []kinNamed          // the relations the text gave a name, in order
	order       []int               // scratch order of a paragraph's quotations
	pairs       []pair              // scratch: the marked pairs of a paragraph (see candidates)
	// bare are the quotations f.out[bare[0]:bare[1]] of the paragraph
	// before when it had no cue and ended with a quotation: the next
	// paragraph may name their speaker (namedAfter); bare[1] is 0 else.
	bare [2]int
}

// block handles the block at index i and returns the index of the next
// block to handle.
func (f *finder) block(i int) int {
	b := f.doc.Blocks[i]
	switch b.Kind {
	case reader.Paragraph, reader.ListItem:
		f.namedAfter(i)
		if name, end, next := f.signedParagraph(i); next > 0 {
			f.paragraph(b.Start, end, name, false)
			f.remember(mention{name: name})
			f.note(name)
			return next
		}
		f.paragraph(b.Start, b.End, "", false)
		return i + 1
	case reader.Blockquote:
		return f.blockquote(i)
	}
	f.bare = [2]int{}
	// Headings, code, rules and page debris hold no quotations, and a
	// quotation does not run on across them; a title or a heading may
	// name a body the text refers to by its noun, and a heading may tie
	// a description to a name.
	f.flush(false)
	if b.Kind == reader.Title || b.Kind == reader.Heading {
		f.ptoks = f.tokenize(f.ptoks[:0], b.Start, b.End)
		f.classes(f.ptoks)
		f.heading(f.ptoks)
		if b.Kind == reader.Heading {
			f.introduce(f.ptoks, nil)
			f.tiedBefore = b.End
		}
	}
	return i + 1
}

// paragraph finds the quotations of text[lo:hi]. An unresolved speaker
// becomes fallback when it is set (the attribution of a blockquote). With
// whole, a paragraph where no quotation in marks covers most of the text
// is itself one quotation (a blockquote without marks). It returns the
// index in f.out of the paragraph's first quotation.
func (f *finder) paragraph(lo, hi int, fallback string, whole bool) int {
	f.ptoks = f.tokenize(f.ptoks[:0], lo, hi)
	f.classes(f.ptoks)
	cs := f.candidates(lo, hi)
	if whole {
		cs = f.wholeQuote(cs, lo, hi)
	}
	cont := f.continues(cs, lo)
	// The candidate before each one under the same parent, and the last
	// accepted one.
	prev := make([]int, len(cs)+1)
	prevQ := make([]int, len(cs)+1)
	for k := range prev {
		prev[k], prevQ[k] = -1, -1
	}
	for k := range cs {
		p := cs[k].parent + 1
		f.decide(cs, k, lo, hi, prev[p], prevQ[p], k == cont)
		prev[p] = k
		if cs[k].quote {
			prevQ[p] = k
		}
	}
	if cont >= 0 {
		f.joinGroup(cs, cont)
	}
	f.split(cs)
	f.introduce(f.ptoks, cs)
	f.attribute(cs, lo, hi, fallback)
	if cont >= 0 {
		f.joinHeld(cs, cont)
	} else {
		f.flush(false)
	}
	first := len(f.out)
	for k := range cs {
		if cs[k].runsOn && cs[k].quote {
			f.held = cs
			return first
		}
	}
	f.emit(cs, false)
	if fallback == "" && f.uncued(cs, hi) {
		f.bare = [2]int{first, len(f.out)}
	}
	return first
}

// uncued reports whether no quotation of a paragraph ending at hi has a
// cue, and the last one ends it.
func (f *finder) uncued(cs []cand, hi int) bool {
	last := -1
	for k := range cs {
		c := &cs[k]
		if !c.quote || c.parent >= 0 {
			continue
		}
		if c.at != c.open || !c.resolve {
			return false
		}
		last = k
	}
	return last >= 0 && strings.TrimRight(f.text[cs[last].close:hi], " \t\n.,،") == ""
}

// candidates returns the marked pairs, the <q> elements and the mark left
// open at the end of text[lo:hi], by their opening, with their nesting.
func (f *finder) candidates(lo, hi int) []cand {
	var code [][2]int
	var cs []cand
	spans := f.doc.Spans
	for s := sort.Search(len(spans), func(k int) bool { return spans[k].Start >= lo }); s < len(spans) && spans[s].Start < hi; s++ {
		sp := spans[s]
		switch sp.Kind {
		case reader.InlineCode:
			code = append(code, [2]int{sp.Start, sp.End})
		case reader.InlineQuote:
			if sp.End <= hi && sp.Start < sp.End {
				cs = append(cs, cand{pair: pair{open: sp.Start, start: sp.Start, end: sp.End, close: sp.End}, unit: true})
			}
		}
	}
	pairs, u := scanMarks(f.text, lo, hi, code, f.pairs)
	f.pairs = pairs
	if len(pairs) > 0 {
		cs = slices.Grow(cs, len(pairs)) // one allocation, not one per doubling
	}
	for _, p := range pairs {
		cs = append(cs, cand{pair: p})
	}
	if u.ok {
		end := lo + len(strings.TrimRightFunc(f.text[lo:hi], unicode.IsSpace))
		if u.start < end {
			cs = append(cs, cand{pair: pair{open: u.open, start: u.start, end: end, close: end, mark: u.mark}, runsOn: true})
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { // (not sort.SliceStable: no reflection, no allocation)
		if a.open != b.open {
			return cmp.Compare(a.open, b.open)
		}
		return cmp.Compare(b.close, a.close)
	})
	var stack []int
	for k := range cs {
		cs[k].follows, cs[k].sameAs = -1, -1
		for len(stack) > 0 && cs[stack[len(stack)-1]].close <= cs[k].open {
			stack = stack[:len(stack)-1]
		}
		cs[k].parent = -1
		if len(stack) > 0 {
			cs[k].parent = stack[len(stack)-1]
		}
		if len(stack) < maxDepth {
			stack = append(stack, k)
		}
	}
	return cs
}

// continues returns the index of the candidate that continues the
// quotation left open at the end of the previous paragraph, or -1: the
// paragraph must open with the same mark (Arabic and English press style
// reopen the quotation on each paragraph and close it only on the last).
func (f *finder) continues(cs []cand, lo int) int {
	if len(f.held) == 0 {
		return -1
	}
	var mark rune
	for _, c := range f.held {
		if c.runsOn {
			mark = c.mark
		}
	}
	first := lo + len(f.text[lo:]) - len(strings.TrimLeftFunc(f.text[lo:], unicode.IsSpace))
	for k, c := range cs {
		if c.open == first && c.mark == mark && !c.unit {
			return k
		}
	}
	return -1
}

// runningOn returns the held paragraph's quotation that runs on.
func (f *finder) runningOn() *cand {
	h := &f.held[len(f.held)-1]
	for i := range f.held {
		if f.held[i].runsOn {
			h = &f.held[i]
		}
	}
	return h
}

// joinGroup puts cs[k] in one Group with the quotation the held paragraph
// ends in.
func (f *finder) joinGroup(cs []cand, k int) {
	h := f.runningOn()
	if h.group == 0 {
		f.group++
		h.group = f.group
	}
	cs[k].group = h.group
}

// joinHeld gives cs[k] the speaker of the quotation it continues, and
// emits the held paragraph.
func (f *finder) joinHeld(cs []cand, k int) {
	h := f.runningOn()
	cs[k].speaker, cs[k].resolve = h.speaker, false
	for i := range cs {
		if cs[i].follows == k {
			cs[i].speaker = h.speaker
		}
	}
	f.flush(true)
}

// flush emits the held paragraph; keep says whether its last quotation,
// open at the paragraph's end, was continued and so is one.
func (f *finder) flush(keep bool) {
	if len(f.held) == 0 {
		return
	}
	cs := f.held
	f.held = nil
	f.emit(cs, keep)
}

// emit appends the accepted candidates to f.out. Candidates left open at
// the paragraph's end are kept only with keep.
func (f *finder) emit(cs []cand, keep bool) {
	index := make([]int, len(cs))
	for k := range cs {
		c := &cs[k]
		index[k] = -1
		if !c.quote || (c.runsOn && !keep) {
			continue
		}
		parent := c.parent
		for parent >= 0 && index[parent] < 0 {
			parent = cs[parent].parent
		}
		if parent >= 0 {
			parent = index[parent]
		}
		index[k] = len(f.out)
		start, end := f.trim(c.start, c.end) // « Le chantier » keeps no spaces
		f.out = append(f.out, Quote{Start: start, End: end, Open: c.open, Close: c.close,
			Speaker: f.name(c.speaker), Group: c.group, Parent: parent})
	}
}

// name returns the copy of a name that the finder's quotations and maps
// share.
func (f *finder) name(s string) string {
	if s == "" {
		return ""
	}
	n, ok := f.names[s]
	if !ok {
		n = strings.Clone(s)
		f.names[n] = n
	}
	return n
}

// sentenceStart returns where the sentence holding off begins, not before
// lo: after the last full stop, question or exclamation mark or line break.
// It reads bytes: no byte of a character of several bytes is ASCII, and ؟
// and … are told by all of theirs.
func (f *finder) sentenceStart(lo, off int) int {
	text := f.text
	for i := off; i > lo; i-- {
		switch text[i-1] {
		case '.':
			if !abbreviationBefore(text, i-1) {
				return i
			}
		case '!', '?', '\n':
			return i
		case 0x9F: // ؟, D8 9F
			if i-2 >= lo && text[i-2] == 0xD8 {
				return i
			}
		case 0xA6: // …, E2 80 A6
			if i-3 >= lo && text[i-3] == 0xE2 && text[i-2] == 0x80 {
				return i
			}
		}
	}
	return lo
}

// window is how far before a quotation its cue may stand (bytes). It keeps
// Find linear on a paragraph of many quotations and no full stops.
const window = 600

// clampStart moves off forward to a rune boundary, at least to lo.
func (f *finder) clampStart(lo, off int) int {
	if off < lo {
		return lo
	}
	for off < len(f.text) && !utf8.RuneStart(f.text[off]) {
		off++
	}
	return off
}

// within returns the tokens of the paragraph that lie in text[from:to].
func (f *finder) within(from, to int) []token {
	ts := f.ptoks
	i := sort.Search(len(ts), func(k int) bool { return ts[k].off >= from })
	j := i + sort.Search(len(ts)-i, func(k int) bool { return ts[i+k].end() > to })
	return ts[i:j:j] // a full slice: an append never writes over the paragraph's tokens
}
