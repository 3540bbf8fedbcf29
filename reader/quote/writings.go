package quote

import (
	"strings"
	"unicode/utf8"
)

// This file holds the rules for words that nobody the text names says:
// the words of a carrier of writing (a sign, a banner, a note, a wall, a
// post nobody signed) and of writers the text does not know, and the
// passive verbs (كُتب، عُلّقت) that put words on a thing without saying
// who wrote them.

// passiveVerb reports whether the Arabic word is a verb in the passive
// past, the way news prose vocalises it to tell it from the active: a
// damma on its first letter (كُتب، عُلّقت، أُصيب، نُشر), also after و or
// ف. A present verb's prefix (يُضيف، تُؤكد، نُعلن) carries a damma in the
// active too, so ي، ت and ن are left alone.
func passiveVerb(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if (r == 'و' || r == 'ف') && n < len(w) {
		w = w[n:]
		for {
			m, k := utf8.DecodeRuneInString(w)
			if m < 0x064B || m > 0x0652 {
				break
			}
			w = w[k:] // a haraka on the conjunction: وَكُتب
		}
		r, n = utf8.DecodeRuneInString(w)
	}
	if r < 0x0621 || r > 0x064A || r == 'ي' || r == 'ت' || r == 'ن' || n >= len(w) {
		return false
	}
	d, _ := utf8.DecodeRuneInString(w[n:])
	return d == 'ُ' && letters(w) >= 3
}

// letters counts the Arabic letters of w, without its harakat.
func letters(w string) int {
	n := 0
	for _, r := range w {
		if r < 0x064B || r > 0x0652 {
			n++
		}
	}
	return n
}

// unsigned reports whether toks[lo:hi] says that a writing bears no
// signature (من دون توقيع، بلا توقيع، غير موقّع، رسالة مجهولة): its words
// are nobody's, not those of the body named last.
func (f *finder) unsigned(toks []token, lo, hi int) bool {
	for n := lo + 1; n < hi; n++ {
		if toks[n].punct || toks[n-1].punct {
			continue
		}
		w := toks[n].s
		if f.in(unknownWriters, w) {
			return true
		}
		if f.in(signatures, w) && without[toks[n-1].f] {
			return true
		}
	}
	return false
}

var (
	// signatures are the words of a writing's signature: توقيع، موقّع.
	signatures = set("توقيع توقيعا موقع موقعة")
	// without are the words that deny what follows them: بلا توقيع.
	without = set("دون بدون بلا غير")
)

// carried reports whether the words just before a quotation say it is
// the text a thing carries, not anyone's speech: a carrier of writing and
// a participle of its words (signs reading “…”, a banner saying “…”), or
// a verb of showing and "the words" (a mural shows the words “…”). Such
// a quotation is one with no speaker, whatever cue follows it.
func (f *finder) carried(before []token) bool {
	n := len(before) - 1
	if n < 1 || before[n].punct || isArabic(before[n].s) {
		return false
	}
	w := lower(before[n].s)
	switch {
	case graffitiVerbs[w]:
		return true // Someone had scrawled “…” across the hoarding
	case carrierVerbs[w]:
		for k := n - 1; k >= 0 && k >= n-4 && !before[k].punct; k-- {
			if inscriptions[lower(before[k].s)] {
				return true
			}
		}
	case w == "words" && englishDeterminers[lower(before[n-1].s)]:
		for k := n - 2; k >= 0 && k >= n-7 && !before[k].punct; k-- {
			if showVerbs[lower(before[k].s)] {
				return true
			}
		}
	}
	return false
}

var (
	// graffitiVerbs put words on a wall or a board: scrawled “…”.
	graffitiVerbs = set("scrawled sprayed spray-painted daubed chalked graffitied")
	// carrierVerbs give the words a carrier bears: signs reading “…”.
	carrierVerbs = set("reading saying bearing proclaiming")
	// showVerbs show "the words" of a thing: a mural shows the words.
	showVerbs = set("shows showed show bears bore bear carries carried displays displayed reads read bearing with painted printed")
)

// elliptical reports whether the sentence before a quotation opens with a
// word that stands for the noun of the thing before it (One note reads:
// “…” Another, in pencil, says: “…”; the second reads): "another", "the
// other", "a second" with no noun after it. Its words are as much
// nobody's as the first thing's.
func elliptical(before []token) bool {
	n := 0
	for n < len(before) && before[n].punct {
		n++
	}
	if n+1 >= len(before) {
		return false
	}
	w := lower(before[n].s)
	if englishDeterminers[w] && n+2 < len(before) && ordinals[lower(before[n+1].s)] {
		n++ // the second, a third
	} else if !others[w] {
		return false
	}
	next := before[n+1]
	return next.punct || placeBefore[lower(next.s)] || englishCues[lower(next.s)] != notCue
}

var (
	others   = set("another others")
	ordinals = set("other second third fourth last next")
)

// bareGroup reports whether an English word is a plural noun for people
// that can open a sentence as its subject without a determiner
// (supporters, residents, drivers): lower case, in -s, and no word of
// function nor a verb in -ed.
func bareGroup(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "s") || englishFunction[w] || neverEnglish[w] {
		return false
	}
	return englishCues[w] == notCue
}

// groupOnCarrier reports whether toks[j] is an indefinite plural for
// people (ناشطون، شبان، طلاب) that writes on a carrier of writing named
// right after it (على جدار البلدية، على لافتة): graffiti and banners by a
// group the text names by no one are nobody's words.
func (f *finder) groupOnCarrier(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j].punct || strings.HasPrefix(toks[j].s, "ال") || f.known[toks[j].s] {
		return false
	}
	f.buf = append(f.buf[:0], toks[j].f...)
	b := string(f.buf)
	if !strings.HasSuffix(b, "ون") && !strings.HasSuffix(b, "ين") && !strings.HasSuffix(b, "ات") || utf8.RuneCountInString(b) < 5 {
		return false
	}
	for n := j + 1; n < len(toks) && n <= j+3 && !toks[n].punct; n++ {
		if (toks[n].s == "على" || toks[n].s == "في") && n+1 < len(toks) && inscriptions[toks[n+1].f] {
			return true
		}
	}
	return false
}

// boardThings are the words before "board" that make it a thing that
// carries words (the notice board), not a body (the school board).
var boardThings = set("notice chalk white black message sandwich timetable departures departure bulletin score")

// boardBody reports whether the board at words[n] is a body (the
// education board, the planning board) rather than a board that carries
// words (a chalk board, the notice board, a painted board): "the" and a
// noun in lower case before it that is no carrier nor a participle or
// an adjective of material.
func boardBody(words []token, n int) bool {
	if lower(words[n].s) != "board" || n < 2 || lower(words[n-2].s) != "the" {
		return false
	}
	m := words[n-1].s
	if m == "" || m[0] < 'a' || m[0] > 'z' || inscriptions[m] || englishFunction[m] || boardThings[m] {
		return false
	}
	return !strings.HasSuffix(m, "ed") && !strings.HasSuffix(m, "en")
}

// lowerBodyEnd returns the index after a body's noun written in lower
// case within two words after a capitalised place at toks[k-1] (Ashford
// city council, Calloway county board), or k when none follows: the
// words between are no cue, function word or preposition.
func lowerBodyEnd(toks []token, k int) int {
	for e := k; e < len(toks) && e < k+2; e++ {
		w := toks[e].s
		if toks[e].punct || upper(w) || englishFunction[w] || placeBefore[w] || englishDeterminers[w] || englishCues[w] != notCue {
			return k
		}
		if englishBodies[w] {
			return e + 1
		}
	}
	return k
}
