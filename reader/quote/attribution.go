package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// split joins a quotation to the one before it when an attribution breaks
// one sentence in two: “Nobody wants to see the yard go,” he said, “but
// the quay has to pay…”. The first part does not end a sentence and the
// attribution between them ends in a comma; after "she said." the second
// quotation is a sentence of its own and stays separate.
func (f *finder) split(cs []cand) {
	a := -1
	for b := range cs {
		if !cs[b].quote || cs[b].parent >= 0 {
			continue
		}
		if a >= 0 && !cs[a].unit && !cs[b].unit && f.breaks(cs[a], cs[b]) {
			if cs[a].group == 0 {
				f.group++
				cs[a].group = f.group
			}
			cs[b].group = cs[a].group
			cs[b].follows = a
		}
		a = b
	}
}

// breaks reports whether the text between a and b is an attribution that
// interrupts one sentence.
func (f *finder) breaks(a, b cand) bool {
	gap := strings.TrimSpace(f.text[a.close:b.open])
	if len(gap) == 0 || len(gap) > 120 || strings.ContainsAny(gap, ".!?؟") {
		return false
	}
	if !strings.HasSuffix(gap, ",") && !strings.HasSuffix(gap, "،") {
		return false
	}
	end, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(f.text[a.start:a.end], unicode.IsSpace))
	if strings.ContainsRune(".!?؟…", end) {
		return false
	}
	return f.lastCue(f.gap(a.close, b.open)) >= 0
}

// gap returns the tokens of the text between two quotations, in a scratch
// buffer that the next call reuses.
func (f *finder) gap(lo, hi int) []token {
	f.gtoks = tokenize(f.gtoks[:0], f.text, lo, hi)
	return f.gtoks
}

// mention is a person named at an offset.
type mention struct {
	off  int
	name string
}

// attribute gives every quotation of the paragraph text[lo:hi] its
// speaker: the one its cue names, else the person named last before the
// cue (a pronoun or a dropped subject), else fallback when set. The
// second part of a split quotation has the speaker of the first.
func (f *finder) attribute(cs []cand, lo, hi int, fallback string) {
	ms := f.mentions(cs, lo, hi)
	order := make([]int, 0, len(cs))
	for k := range cs {
		if cs[k].quote {
			order = append(order, k)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return cs[order[a]].at < cs[order[b]].at })
	m := 0
	last := f.last
	for _, k := range order {
		for m < len(ms) && ms[m].off < cs[k].at {
			last = ms[m].name
			m++
		}
		if cs[k].resolve {
			switch {
			case cs[k].sameAs >= 0:
				cs[k].speaker = cs[cs[k].sameAs].speaker
			case fallback != "":
				cs[k].speaker = fallback
			default:
				cs[k].speaker = last
			}
		}
	}
	for k := range cs {
		if cs[k].follows >= 0 {
			cs[k].speaker = cs[cs[k].follows].speaker
		}
	}
	if len(ms) > 0 {
		f.last = ms[len(ms)-1].name
	}
}

// mentions returns the people named in text[lo:hi] outside its
// quotations, in order: the subjects of reporting verbs (also of indirect
// speech, "وأضاف عبد السلام أن"), names after a title (المعلمة رشا يوسف),
// topics (أما منى الخطيب، …), full names in Latin script (Anna Moretti),
// and names seen before as speakers (Calder).
func (f *finder) mentions(cs []cand, lo, hi int) []mention {
	f.mtoks = tokenize(f.mtoks[:0], f.text, lo, hi)
	toks := f.mtoks
	var ms []mention
	q := 0
	skip := 0 // the end of the last name added: its words are not mentions again
	add := func(off int, name string) {
		if name == "" {
			return
		}
		ms = append(ms, mention{off, name})
		f.note(name)
		if i := strings.Index(f.text[off:min(hi, off+4*window)], name); i >= 0 {
			skip = off + i + len(name)
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		for q < len(cs) && (cs[q].parent >= 0 || cs[q].end <= t.off) {
			q++
		}
		if q < len(cs) && cs[q].start <= t.off {
			continue // inside marks: a quotation, or the name of a thing
		}
		if t.punct || t.off < skip {
			continue
		}
		// Fold an Arabic word once for all the lists it is looked up in.
		arabic := isArabic(t.s)
		var cue cueKind
		if arabic {
			f.buf = fold(f.buf, t.s)
			cue = arabicCue(f.buf)
		} else if f.cueIn(toks, i) {
			cue = f.cueOf(t.s)
		}
		if cue != notCue {
			name := f.subject(toks, i)
			// A description names a person to refer back to ("the
			// spokesman", "a woman who asked"), a possessive does not ("its
			// label").
			if isArabic(name) || upper(name) || englishArticle(name) {
				add(t.off, name)
			}
			continue
		}
		if arabic {
			switch {
			case f.definiteRole(f.buf):
				add(t.off, f.roleName(f.text, toks, i))
			case t.s == "أما" || t.s == "اما":
				k := i + 1
				for k < len(toks) && k-i <= 3 && !f.arStop(toks[k]) {
					k++
				}
				add(t.off, span(f.text, toks[i+1:k]))
			case f.known[t.s]:
				ms = append(ms, mention{t.off, t.s})
			}
			continue
		}
		if !nameWord(t) || (i > 0 && nameWord(toks[i-1])) {
			continue
		}
		k := i
		for k < len(toks) && nameWord(toks[k]) && !possessive(toks[k].s) {
			k++
		}
		run := toks[i:k]
		switch {
		case len(run) >= 2 && !f.place(toks, i, run):
			add(t.off, span(f.text, run))
		case len(run) == 1 && f.known[t.s]:
			ms = append(ms, mention{t.off, t.s})
		}
	}
	return ms
}

// place reports whether a run of capitalised words names a place or an
// organisation rather than a person: it holds a word such as Quay or
// Museum, or follows "the".
func (f *finder) place(toks []token, i int, run []token) bool {
	if i > 0 && lower(toks[i-1].s) == "the" {
		return true
	}
	for _, t := range run {
		if orgWords[t.s] {
			return true
		}
	}
	return false
}

// note remembers a speaker's name, and its last word, so that a later bare
// mention of the surname (Calder, الدباغ) counts as naming them.
func (f *finder) note(name string) {
	f.known[name] = true
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		f.known[name[i+1:]] = true
	}
}

// englishArticle reports whether a description starts with an article.
func englishArticle(name string) bool {
	return strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "a ") || strings.HasPrefix(name, "an ")
}
