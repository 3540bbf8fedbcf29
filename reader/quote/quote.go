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
// (وأضاف:، he said) refers to the person named last before it.
//
// Find is linear in the length of the text and never panics; the reader
// runs it off the UI goroutine. The package imports nothing of Charm.
package quote

import (
	"sort"

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
	f := &finder{doc: doc, text: doc.Text, known: map[string]bool{}}
	for i := 0; i < len(doc.Blocks); {
		i = f.block(i)
	}
	f.flush(false)
	for i := range f.out {
		f.out[i].Section = doc.SectionAt(f.out[i].Open)
	}
	return f.out
}

// Speakers returns the distinct non-empty speakers of qs, most quoted
// first and then in order of their first quotation, for a filter ("only
// what Lavrov said").
func Speakers(qs []Quote) []string {
	count := map[string]int{}
	var names []string
	for _, q := range qs {
		if q.Speaker == "" {
			continue
		}
		if count[q.Speaker] == 0 {
			names = append(names, q.Speaker)
		}
		count[q.Speaker]++
	}
	sort.SliceStable(names, func(i, j int) bool { return count[names[i]] > count[names[j]] })
	return names
}
