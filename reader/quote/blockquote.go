package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"qari/reader"
)

// dashes open an attribution line: "— Vera Holm, society secretary".
const dashes = "—―–-~"

// blockquote handles the run of Blockquote blocks that starts at block i
// and returns the index of the block after it. A blockquote is presented
// as speech: each paragraph is a quotation (all of them one Group when
// there are several), or, where marks inside it hold the quotation
// («…» in a blockquote), the marked text is. The speaker is the
// attribution line ("— Name, title"), else the person the next paragraph
// names ("بهذه الكلمات افتتحت الرفاعي"), else the person named last.
func (f *finder) blockquote(i int) int {
	f.flush(false)
	blocks := f.doc.Blocks
	j := i
	for j < len(blocks) && blocks[j].Kind == reader.Blockquote {
		j++
	}
	var paras [][2]int
	attr := ""
	for k := i; k < j; k++ {
		lo, hi := f.trim(blocks[k].Start, blocks[k].End)
		if lo == hi {
			continue
		}
		if name, ok := f.attribution(f.text[lo:hi]); ok {
			attr = name
			continue
		}
		// An attribution that the loader left on the paragraph's last
		// line, or after it in the same block.
		if name, end := f.signedLast(lo, hi); end >= 0 {
			attr = name
			lo, hi = f.trim(lo, end)
		}
		paras = append(paras, [2]int{lo, hi})
	}
	// The signature on the paragraph after the blockquote ("— د. عماد
	// الخوري، أستاذ …" under it): it names the speaker and is no text.
	if j < len(blocks) && blocks[j].Kind == reader.Paragraph {
		if name, ok := f.attribution(f.text[blocks[j].Start:blocks[j].End]); ok {
			if attr == "" {
				attr = name
			}
			j++
		}
	}
	speaker := attr
	if speaker == "" {
		speaker = f.introducer(i)
	}
	if speaker == "" {
		// The paragraph after names the speaker when it points back at
		// the words (That was the verdict of X), before the paragraph
		// before does without a colon; else it may by a cue.
		next := f.firstSentence(j)
		if speaker = f.backref(next); speaker == "" {
			speaker = f.reporterBefore(i)
		}
		if speaker == "" {
			speaker = f.cueSubject(next)
		}
	}
	var units []int
	for _, p := range paras {
		first := f.paragraph(p[0], p[1], speaker, true)
		f.flush(false)
		if first < len(f.out) && f.out[first].Open == p[0] && f.out[first].Close == p[1] {
			units = append(units, first)
		}
	}
	if len(units) > 1 {
		f.group++
		for _, u := range units {
			f.out[u].Group = f.group
		}
	}
	if speaker != "" {
		f.remember(mention{name: speaker})
		f.note(speaker)
	}
	f.bare = [2]int{} // the paragraph after was read for the speaker here
	return j
}

// trim returns text[lo:hi] without the spaces around it.
func (f *finder) trim(lo, hi int) (int, int) {
	s := f.text[lo:hi]
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	lo += len(s) - len(t)
	return lo, lo + len(strings.TrimRightFunc(t, unicode.IsSpace))
}

// attribution returns the name on an attribution line: a dash, then the
// name up to a comma or a parenthesis ("— Tomasz Wilk, chief conservator"),
// without the titles before it ("— Dr. Felix Amory, historian", "— د. عماد
// الخوري، أستاذ …"). A full stop other than an abbreviation's makes the
// line a sentence, not a signature.
func (f *finder) attribution(line string) (string, bool) {
	t := strings.TrimSpace(line)
	rest := strings.TrimLeft(t, dashes)
	if rest == t || len(rest) > 160 || strings.ContainsAny(rest, "!?؟\n") {
		return "", false
	}
	if i := strings.IndexAny(rest, ",،(;"); i >= 0 {
		rest = rest[:i]
	}
	for i := 0; i < len(rest); i++ {
		if rest[i] == '.' && !abbreviationBefore(rest, i) {
			return "", false
		}
	}
	rest = strings.TrimSpace(rest)
	// — الدكتورة هالة النجار: an Arabic title before the name, dropped as
	// a cue's subject drops it.
	for first, after, ok := strings.Cut(rest, " "); ok && isArabic(first) && f.role(first); first, after, ok = strings.Cut(rest, " ") {
		rest = after
	}
	rest = f.speakerName(rest)
	return rest, rest != ""
}

// signedLast returns the name on the signature that ends text[lo:hi] on a
// line of its own and the end of the text before it, or end -1.
func (f *finder) signedLast(lo, hi int) (name string, end int) {
	d := strings.LastIndexByte(f.text[lo:hi], '\n')
	if d < 0 {
		return "", -1
	}
	name, ok := f.attribution(f.text[lo+d+1 : hi])
	if !ok {
		return "", -1
	}
	return name, lo + d
}

// signedParagraph reports a paragraph of plain text that opens with a
// quotation mark and is signed on the line under it ("— Dr. Felix Amory,
// historian") or on the paragraph after it: the signer's name, the end of
// the text before the signature and the index of the block after it, or
// next 0.
func (f *finder) signedParagraph(i int) (name string, end, next int) {
	blocks := f.doc.Blocks
	b := blocks[i]
	if b.Kind != reader.Paragraph || b.Start == b.End {
		return "", 0, 0
	}
	if r, _ := utf8.DecodeRuneInString(f.text[b.Start:b.End]); !isMark(r) {
		return "", 0, 0
	}
	if name, end := f.signedLast(b.Start, b.End); end >= 0 {
		return name, end, i + 1
	}
	if i+1 < len(blocks) && blocks[i+1].Kind == reader.Paragraph {
		if name, ok := f.attribution(f.text[blocks[i+1].Start:blocks[i+1].End]); ok {
			return name, b.End, i + 2
		}
	}
	return "", 0, 0
}

// wholeQuote makes the paragraph text[lo:hi] of a blockquote one quotation
// unless quotations in marks cover most of it; the marked ones inside it
// become nested in it.
func (f *finder) wholeQuote(cs []cand, lo, hi int) []cand {
	covered := 0
	for _, c := range cs {
		if c.parent < 0 && !c.runsOn {
			covered += c.close - c.open
		}
	}
	if covered*10 >= (hi-lo)*6 {
		return cs
	}
	out := make([]cand, 0, len(cs)+1)
	out = append(out, cand{pair: pair{open: lo, start: lo, end: hi, close: hi}, unit: true, parent: -1, follows: -1, sameAs: -1})
	for _, c := range cs {
		c.parent++
		out = append(out, c)
	}
	return out
}

// reporterBefore returns the speaker of a blockquote at block i that the
// last sentence of the paragraph before it names without a colon: the
// subject of its cue, a person or a body (Sen. Marco Ilić said he had
// written to the minister.), or the one it opens with when the rest only
// qualifies them (Sesay was blunter about what comes next.); "" for
// none, or a writing.
func (f *finder) reporterBefore(i int) string {
	if i == 0 || f.doc.Blocks[i-1].Kind != reader.Paragraph {
		return ""
	}
	lo, hi := f.trim(f.doc.Blocks[i-1].Start, f.doc.Blocks[i-1].End)
	if hi <= lo {
		return ""
	}
	ts := f.tokenize(f.gtoks[:0], max(lo, hi-window), hi)
	f.gtoks = ts
	s := len(ts) - 1
	for s > 0 && !sentenceEnd(f.text, ts[s-1]) {
		s--
	}
	if s >= len(ts) || len(ts)-s < 3 {
		return ""
	}
	last := ts[s:]
	if c := f.lastCue(last); c >= 0 {
		name := f.speakerName(f.subject(last, c))
		if name == "" || name == nobody || name == aBody || !isArabic(name) && !f.personLike(name) {
			return "" // (she recalled her first winter in charge: no subject read)
		}
		return f.reference(name, f.cueGender)
	}
	if isArabic(last[0].s) {
		return ""
	}
	return f.colonSubject(last, len(last)-1)
}

// cueSubject returns the speaker that the first sentence ts of the
// paragraph after a blockquote names as the subject of a cue (the
// retired engineer said: maybe a description of someone named before),
// or "".
func (f *finder) cueSubject(ts []token) string {
	if c := f.lastCue(ts); c >= 0 {
		return f.reference(f.subject(ts, c), anyGender)
	}
	return ""
}

// firstSentence returns the tokens of the first sentence of the paragraph
// at block i, read no further than 400 bytes, or nil when block i is no
// paragraph.
func (f *finder) firstSentence(i int) []token {
	if i >= len(f.doc.Blocks) || f.doc.Blocks[i].Kind != reader.Paragraph {
		return nil
	}
	b := f.doc.Blocks[i]
	end := min(b.End, b.Start+400)
	for end < len(f.text) && !isBoundary(f.text, end) {
		end--
	}
	ts := f.tokenize(nil, b.Start, end)
	for n, t := range ts {
		if t.s == "." && !abbreviationBefore(f.text, t.off) || t.s == "؟" || t.s == "?" || t.s == "!" {
			return ts[:n]
		}
	}
	return ts
}

// backref returns the speaker a sentence names when it opens by pointing
// back at the words before it, or "": the subject of the verb after
// "with these words" (بهذه الكلمات افتتحت الرفاعي المعرض، هكذا وصف …،
// هذا ما قاله …), or the one English gives after of, from, by or how, or
// as the predicate ("That was the verdict of Dr Ruth Engel", "Those
// words came from …", "That is how Ingram put it", "That was Arthur
// Penhale, 81, …", "That was Morwenna Tregear's reply").
func (f *finder) backref(ts []token) string {
	if len(ts) < 3 {
		return ""
	}
	if backrefs.has(ts[0].f) || ts[0].f == "هذا" && ts[1].s == "ما" {
		k := 1
		if strings.HasPrefix(ts[k].s, "ال") || ts[k].s == "ما" {
			k++
		}
		if k+1 < len(ts) {
			// لخّص المزارع المسن حسن الدبس: a description before the name.
			if name, _ := f.arabicMention(f.text, ts, k+1); name != "" {
				if !strings.HasPrefix(name, ts[k+1].s) || f.isDescription(name) && strings.Count(name, " ") >= 2 {
					return name // (حذّرت رئيسة الجمعية ليلى النحاس: as a cue's subject reads)
				}
			}
			return f.nameAt(ts, k+1)
		}
		return ""
	}
	return f.englishBackref(ts)
}

// englishBackref is backref for English: That, This, Those or These, at
// most two words (words, verdict, warning), a verb of being or coming,
// then the person.
func (f *finder) englishBackref(ts []token) string {
	if !backPointers.has(ts[0].s) {
		return ""
	}
	v := 1
	for v < len(ts) && v <= 3 && !backVerbs.has(ts[v].s) {
		if ts[v].punct || upper(ts[v].s) {
			return ""
		}
		v++
	}
	if v >= len(ts) || !backVerbs.has(ts[v].s) {
		return ""
	}
	rest := ts[v+1:]
	name := ""
	switch {
	case len(rest) > 1 && rest[0].s == "how":
		name = englishPhrase(f.text, rest[1:])
	case len(rest) > 0 && nameWord(rest[0]):
		// That was Arthur Penhale, 81; That was Morwenna Tregear's reply.
		if name = englishPhrase(f.text, rest); possessive(name) {
			name = withoutPossessive(name)
		}
	default:
		for n, t := range rest {
			if t.punct {
				break
			}
			if t.s == "by" || t.s == "from" || t.s == "of" {
				name = englishPhrase(f.text, rest[n+1:])
				break
			}
		}
	}
	if name == "" || !upper(name[strings.LastIndexByte(name, ' ')+1:]) || possessive(name) {
		return "" // That was in 2019; That was the end of an era
	}
	return name
}

// backPointers open an English sentence that may point back at the words
// before it; backVerbs follow them in such a sentence.
var (
	backPointers = set("That This Those These")
	backVerbs    = set("was were is are came come comes")
)

// namedAfter gives the quotations of a paragraph that had no cue of its
// own and ended with a quotation the speaker that the paragraph at block
// i names by pointing back at them (see backref): “…” ⏎ That was the
// verdict of Dr Ruth Engel. Their nested quotations that were the outer
// speaker's follow.
func (f *finder) namedAfter(i int) {
	from, to := f.bare[0], f.bare[1]
	f.bare = [2]int{}
	if to == 0 || to > len(f.out) {
		return
	}
	ts := f.firstSentence(i)
	if len(ts) == 0 {
		return
	}
	name := f.speakerName(f.backref(ts))
	if name == "" || name == nobody {
		return
	}
	name = f.name(f.reference(name, anyGender))
	for k := to - 1; k >= from; k-- { // a nested quotation before its parent changes
		if q := &f.out[k]; q.Parent < 0 || q.Speaker == f.out[q.Parent].Speaker {
			q.Speaker = name
		}
	}
}

// nameAt returns the name that starts at ts[k] after a transitive verb,
// which its object follows at once: one word with the article (الرفاعي),
// else a first name and the word after it (سناء الرفاعي), joiners kept.
func (f *finder) nameAt(ts []token, k int) string {
	e := k
	for e < len(ts) && e-k < 3 && arabicJoiners.has(ts[e].f) {
		e++
	}
	if e >= len(ts) || f.arStop(ts[e]) {
		return ""
	}
	if !strings.HasPrefix(ts[e].s, "ال") && e+1 < len(ts) && !f.arStop(ts[e+1]) {
		e++
	}
	return span(f.text, ts[k:e+1])
}
