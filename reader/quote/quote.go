// Package quote finds the quotations of an article and who said them.
//
// A quotation is words presented as someone's own: text between quotation
// marks of any common convention (“…” ‘…’ "…" '…' «…» ‹…› „…“ ‚…‘ 「…」
// 『…』), an HTML <q> (reader.InlineQuote), or a blockquote. Apostrophes
// (don’t, ’70s, rock 'n' roll, James’ boat) are not marks; names, titles
// and scare quotes in marks are not quotations unless something presents
// them as speech; code never holds quotations; indirect speech has no
// marks and is not found.
//
// The speaker is found from the reporting cue that governs the quotation,
// Arabic (قال، أضافت، يؤكد، مضيفا، بحسب …) or English (said, told,
// according to …), before or after it; a cue without a subject of its own
// (وأضاف:، he said) refers to the person named last before it, and a
// definite description (the minister, the cooperative, الوزير، صاحب الهدف)
// to the one named before whose name or introduction holds its words.
//
// Find is linear in the length of the text and never panics; the reader
// runs it off the UI goroutine. The package imports nothing of Charm.
package quote

import (
	"slices"
	"sort"
	"strings"

	"qari/reader"
)

// Quote is one quotation, or one part of a quotation that the text splits
// in several (see Group). Offsets are byte offsets into Document.Text.
type Quote struct {
	Start, End  int    // the quoted text, without the marks
	Open, Close int    // the quotation with its marks (== Start, End for <q> and blockquotes, and at a paragraph end the quotation runs on from)
	Speaker     string // the speaker as the article refers to them ("لافروف", "Ines Calder", "a bus driver"); "" when unknown
	Section     int    // index in Document.Sections
	Group       int    // > 0 when this is one part of an utterance in several parts: every part has the same Group; 0 otherwise
	Parent      int    // index in the result of the quotation this one is nested in; -1 for none
}

// Text returns the quoted text of q in doc, without the marks.
func (q Quote) Text(doc *reader.Document) string {
	if q.Start < 0 || q.End > len(doc.Text) || q.Start > q.End {
		return ""
	}
	return doc.Text[q.Start:q.End]
}

// Find returns the quotations of doc in document order, an outer quotation
// before the ones nested in it.
func Find(doc *reader.Document) []Quote {
	if doc == nil {
		return nil
	}
	f := &finder{doc: doc, text: doc.Text, known: map[string]bool{}, names: map[string]string{}}
	for i := 0; i < len(doc.Blocks); {
		from := doc.Blocks[i].Start
		f.folds = f.folds[:0] // no token of the last block is left
		f.nevers = [len(f.nevers)]neverSeen{}
		i = f.block(i)
		if i < len(doc.Blocks) {
			reader.Passed(doc.Blocks[i].Start - from) // see reader.Passed: a large text's pages are dropped behind
		}
	}
	f.flush(false)
	f.nameRelatives()
	for i := range f.out {
		f.out[i].Section = doc.SectionAt(f.out[i].Open)
	}
	return f.out
}

// Speakers returns the distinct speakers of qs, for a filter ("only what
// Lavrov said"): most quoted first, then in order of first quotation. The
// names an article uses for one person (Ines Calder, Calder) are merged
// and given in their longest form; unknown speakers are left out. Use
// Match to filter quotations by one of them.
func Speakers(qs []Quote) []string {
	// Count each spelling once (an article of 100 MB has hundreds of
	// thousands of quotations and a few dozen speakers), then merge the
	// spellings that name one person.
	perName := map[string]int{}
	var spellings []string
	for _, q := range qs {
		if q.Speaker == "" {
			continue
		}
		if perName[q.Speaker] == 0 {
			spellings = append(spellings, q.Speaker)
		}
		perName[q.Speaker]++
	}
	var names []string
	var count []int
	for _, sp := range spellings {
		k := slices.IndexFunc(names, func(n string) bool { return Match(n, sp) })
		if k < 0 {
			names = append(names, sp)
			count = append(count, 0)
			k = len(names) - 1
		}
		if len(sp) > len(names[k]) {
			names[k] = sp
		}
		count[k] += perName[sp]
	}
	order := make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return count[order[a]] > count[order[b]] })
	out := make([]string, len(names))
	for i, k := range order {
		out[i] = names[k]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// Match reports whether the speaker of a quotation and a name refer to the
// same person: one is the other or a run of its words (Calder and Ines
// Calder, لافروف and سيرغي لافروف), ignoring case.
func Match(speaker, name string) bool {
	a, b := strings.Fields(strings.ToLower(speaker)), strings.Fields(strings.ToLower(name))
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	for i := 0; i+len(b) <= len(a); i++ {
		if slices.Equal(a[i:i+len(b)], b) {
			return true
		}
	}
	return false
}
