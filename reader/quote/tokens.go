package quote

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// token is a word or a punctuation character of Document.Text.
type token struct {
	s string // the text as written
	// f is s folded (fold) for the word lists: s itself unless s is
	// Arabic with harakat, tatweel or hamza on alef, else a string in the
	// finder's scratch, valid until the next block (see finder.folded):
	// look it up or compare it, never keep it.
	f     string
	off   int   // byte offset in Document.Text
	punct bool  // a single punctuation character or quotation mark
	c     class // what the word lists say of an Arabic word, once classified (finder.classes)
}

// class is what the word lists say of an Arabic word by itself, whatever
// stands around it, for the rules that ask it of every word of a
// paragraph (finder.mentions): one lookup of the word instead of a dozen.
type class struct {
	set  bool    // worked out
	cue  cueKind // arabicCue
	kind byte    // finder.kind: a title, a body, a quantity
	role bool    // finder.definiteRole
	rel  bool    // a relation with a possessive (finder.relationKey)
	bits byte    // mayVerb and mayVerbShadda (what verbAt asks of the word itself), bodyNoun and bodyAfterPreposition
	// called: a word of calledWords, also with و (يدعى، ويدعى); front: a
	// word of frontingWords (أن، لكن)
	called, front bool
	// never: a word that is never a speaker nor starts one (neverWord);
	// stop: a word that ends a noun phrase (stopWord); kin: a title or a
	// relation made definite (finder.kin); title: a title or a
	// profession, with or without the article (roleWord)
	never, stop, kin, title bool
	// ends: a word after which a noun phrase does not go on, besides a
	// stop (finder.endsPhrase: a function word, a manner, a noun with
	// بال)
	ends   bool
	gender byte // the gender of the subject of the word as a verb (arabicGender)
	// tieEnd: it ends the phrase an introduction lies in (أن، أما، الذي)
	tieEnd bool
}

// The bits of class.bits.
const (
	mayVerb              = 1 << iota // a finite verb by its shape (verbShape), and in no list of words that are not verbs
	mayVerbShadda                    // the same when the word is written with a shadda (ردّ)
	bodyNoun                         // the noun of a body without the article (شركة); see bodyPrefix
	bodyAfterPreposition             // one after the preposition ل or ب (لشركة)
	possessedForm                    // a noun with a possessive pronoun, the names known aside (finder.possessedWord)
)

// end returns the offset just past the token.
func (t token) end() int { return t.off + len(t.s) }

// wordRune reports whether r belongs inside a word: letters, digits and
// combining marks (Arabic harakat), and tatweel.
// Up to the end of the Arabic block and in General Punctuation (“ ” —
// and the direction marks), where nearly every character of an article
// is, it reads a table of wordRuneOf instead of unicode's.
func wordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case r < 0x0700:
		return lowWordRunes[r]
	case r >= 0x2000 && r < 0x2070:
		return punctWordRunes[r-0x2000]
	}
	return wordRuneOf(r)
}

// wordRuneOf is wordRune by its definition.
func wordRuneOf(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case r >= 0x0621 && r <= 0x06D3:
		// Arabic letters, harakat and digits; not ٪ ٫ ٬ ٭.
		return r < 0x066A || r > 0x066D
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// lowWordRunes and punctWordRunes are wordRuneOf below U+0700 and in
// U+2000–U+206F; lowSpaces and punctSpaces are unicode.IsSpace there.
var lowWordRunes, lowSpaces, punctWordRunes, punctSpaces = func() (lw, ls [0x700]bool, pw, ps [0x70]bool) {
	for r := range lw {
		lw[r], ls[r] = wordRuneOf(rune(r)), unicode.IsSpace(rune(r))
	}
	for r := range pw {
		pw[r], ps[r] = wordRuneOf(rune(0x2000+r)), unicode.IsSpace(rune(0x2000+r))
	}
	return
}()

// isSpace is unicode.IsSpace, read from a table up to the end of the
// Arabic block and in General Punctuation.
func isSpace(r rune) bool {
	switch {
	case r >= 0 && r < 0x0700:
		return lowSpaces[r]
	case r >= 0x2000 && r < 0x2070:
		return punctSpaces[r-0x2000]
	}
	return unicode.IsSpace(r)
}

// tokenize appends the tokens of f.text[lo:hi] to dst, each with its
// folded form. An apostrophe or a
// hyphen between two word characters stays inside its word (can’t,
// O'Hara, 2022-2023), and so does a decimal point or a thousands comma
// between two digits (2.3, 9,000); every other character that is neither a word
// character nor a space is a token of its own.
func (f *finder) tokenize(dst []token, lo, hi int) []token {
	if hi > len(f.text) {
		if lo < hi {
			_ = f.text[len(f.text)] // the index out of range reading on would reach
		}
		return dst
	}
	text := f.text[:hi] // (the compiler knows it ends at hi, and checks less)
	i := lo
	for i < hi {
		if text[i] == ' ' {
			i++
			continue
		}
		var r rune
		n := 1
		var e uint8 // arabicLetters of an Arabic letter or mark, else 0
		switch c := text[i]; {
		case c < 0x80:
			r = rune(c)
		case (c == 0xD8 || c == 0xD9) && i+1 < hi && text[i+1]&0xC0 == 0x80:
			r, n = rune(c&0x1F)<<6|rune(text[i+1]&0x3F), 2 // decode's, inline
			e = arabicLetters[(c&1)<<6|text[i+1]&0x3F]
		default:
			r, n = decode(text[i:hi])
		}
		if e&arabicLetter == 0 && !wordRune(r) { // no word character is a space
			if !isSpace(r) && r != '\u200f' && r != '\u200e' && r != '\u061c' {
				dst = append(dst, token{s: text[i : i+n], f: text[i : i+n], off: i, punct: true})
			}
			i += n
			continue
		}
		j := i + n
		changes := foldRune(r) // whether fold changes the word
		var seen uint8         // the arabicLetters of the letters of the runs below
		for j < hi {
			// A run of Arabic letters, read two bytes at a time.
			for j+1 < len(text) && text[j]|1 == 0xD9 && text[j+1]&0xC0 == 0x80 {
				e := arabicLetters[(text[j]&1)<<6|text[j+1]&0x3F]
				if e&arabicLetter == 0 {
					break
				}
				seen |= e
				j += 2
			}
			if j >= hi {
				break
			}
			// ASCII and Arabic letters decoded here, for decode and
			// wordRune are not inlined.
			var r rune
			n := 1
			if c := text[j]; c < 0x80 {
				if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
					j++
					continue
				}
				if c == ' ' {
					break
				}
				r = rune(c) // no word character
			} else {
				if (c == 0xD8 || c == 0xD9) && j+1 < hi && text[j+1]&0xC0 == 0x80 {
					if e := arabicLetters[(c&1)<<6|text[j+1]&0x3F]; e&arabicLetter != 0 {
						changes = changes || e&arabicFolded != 0
						j += 2
						continue
					}
				}
				r, n = decode(text[j:hi])
				if wordRune(r) {
					j += n
					continue
				}
			}
			if r == '\'' || r == '’' || r == '-' {
				if k := j + n; k < hi {
					if r2, _ := decode(text[k:hi]); wordRune(r2) {
						j = k
						continue
					}
				}
			}
			if (r == '.' || r == ',') && j+1 < hi && digit(text[j-1]) && digit(text[j+1]) {
				j++ // a number: 2.3, 9,000
				continue
			}
			break
		}
		// A plural possessive keeps its apostrophe: inside a name (the
		// Valley Growers' Cooperative), and before a lower-case word (the
		// residents’ group), where scanMarks reads no closing mark either
		// (see possessiveS).
		if j < hi && text[j-1] == 's' {
			if n := apostrophe(text[j:hi]); n > 0 && j+n+1 < hi && text[j+n] == ' ' {
				c := text[j+n+1]
				if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' && 'A' <= text[i] && text[i] <= 'Z' {
					j += n
				}
			}
		}
		// A title abbreviation keeps its full stop: Dr. Weiss, د. ليلى.
		if j < hi && text[j] == '.' && j-i <= 6 && isAbbreviation(text[i:j]) {
			j++
		}
		w := text[i:j]
		if changes || seen&arabicFolded != 0 {
			w = f.folded(w)
		}
		dst = append(dst, token{s: text[i:j], f: w, off: i})
		i = j
	}
	return dst
}

// apostrophe returns the length of the apostrophe (' or ’) s starts
// with, or 0.
func apostrophe(s string) int {
	switch {
	case strings.HasPrefix(s, "'"):
		return 1
	case strings.HasPrefix(s, "’"):
		return len("’")
	}
	return 0
}

// upper reports whether the word starts with an upper-case letter. ASCII
// and Arabic (which has no upper case) are told without unicode's
// tables.
func upper(w string) bool {
	switch {
	case len(w) > 0 && w[0] < utf8.RuneSelf:
		return 'A' <= w[0] && w[0] <= 'Z'
	case isArabic(w):
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lower returns the ASCII lower case of a short word, for the word lists.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// span returns the text from the first to the last token of ts as written.
func span(text string, ts []token) string {
	if len(ts) == 0 {
		return ""
	}
	return text[ts[0].off:ts[len(ts)-1].end()]
}

// decode is utf8.DecodeRuneInString with the one- and two-byte
// characters (ASCII, Arabic) decoded inline.
func decode(s string) (rune, int) {
	if len(s) > 0 && s[0] < 0x80 {
		return rune(s[0]), 1
	}
	if len(s) > 1 && s[0] >= 0xC2 && s[0] <= 0xDF && s[1] >= 0x80 && s[1] <= 0xBF {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}

// digit reports whether the byte c is an ASCII digit.
func digit(c byte) bool { return '0' <= c && c <= '9' }

// isLetter reports whether the byte b is an ASCII letter.
func isLetter(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// folded returns w folded (see fold), for a word that folding changes,
// as a string in f.folds. A word is so folded once, when it is tokenised
// (which tells the words it changes, most words being left as they are,
// from the characters it reads), for all the lists it is looked up in
// (half of them fold it, and folding every word of a paragraph a dozen
// times was a fifth of Find's time). f.folds is emptied before each block
// (Find), when no token of the last block is left; the strings are made
// without a copy (unsafe.String) because one per word would be 20 MB more
// garbage for 100 MB of Arabic.
func (f *finder) folded(w string) string {
	n := len(f.folds)
	f.buf = fold(f.buf, w)
	if len(f.buf) == 0 {
		return "" // harakat alone
	}
	f.folds = append(f.folds, f.buf...)
	// The bytes from n are not written again before the next block, and
	// an append that moves f.folds leaves them where they are.
	return unsafe.String(&f.folds[n], len(f.buf))
}

// foldRune reports whether fold changes the character r: a haraka, a
// tatweel, a dagger alef or an alef with hamza, madda or wasla.
func foldRune(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF && foldArabic[uint8(r)]
}

// arabicLetters tells, for each character of U+0600–U+067F (a byte D8 or
// D9 and a continuation byte), whether it is a letter or a mark inside a
// word (wordRune, from U+0621 on, the Arabic number signs aside) and
// whether fold changes it (foldRune), so that tokenize reads both with one
// lookup.
var arabicLetters = func() (t [128]uint8) {
	for r := rune(0x0600); r < 0x0680; r++ {
		if r >= 0x0621 && (r < 0x066A || r > 0x066D) {
			t[r-0x0600] |= arabicLetter
		}
		if foldArabic[uint8(r)] {
			t[r-0x0600] |= arabicFolded
		}
	}
	return t
}()

// The bits of arabicLetters.
const (
	arabicLetter = 1 << iota
	arabicFolded
)

// foldArabic tells, by its last byte of code point, the characters of the
// Arabic block that fold changes (see foldRune).
var foldArabic = func() (t [256]bool) {
	for r := rune(0x064B); r <= 0x0652; r++ {
		t[uint8(r)] = true
	}
	for _, r := range []rune{0x0640, 0x0670, 0x0671, 0x0622, 0x0623, 0x0625} {
		t[uint8(r)] = true
	}
	return t
}()

// classes sets the class of each Arabic word of ts: a word classified
// before is copied from the table where it lies, not returned through
// classify.
func (f *finder) classes(ts []token) {
	for k := range ts {
		if t := &ts[k]; !t.punct && isArabic(t.s) {
			if i := f.wordClasses.find(t.f); i >= 0 {
				t.c = f.wordClasses.vals[i]
			} else {
				t.c = f.classify(t.f)
			}
		}
	}
}

// classOf returns the class of the Arabic token t.
func (f *finder) classOf(t token) class {
	if t.c.set {
		return t.c
	}
	return f.classify(t.f)
}

// classesKept bounds finder.wordClasses: it is emptied when it holds this
// many words, so that 100 MB of varied text keeps a bounded table.
const classesKept = 1 << 16

// classTable maps folded words to their classes, for every Arabic word of
// every paragraph: an open-addressing table, half full at most, whose
// lookups cost half of a map's. Its keys are copies (not in f.folds, nor
// in the text).
type classTable struct {
	seed  uint64 // of hash, drawn when the table is made
	keys  []string
	vals  []class
	n     int   // the words held
	empty class // the class of "" (harakat alone), when empty.set
}

// hash hashes the word w, not "", with the table's seed: eight bytes at
// a time, the last eight (or, of a shorter word, two overlapping four or
// three bytes that cover it) last, each stirred in by a 128-bit product
// as wyhash does; for the words of an article cheaper than maphash.
func (t *classTable) hash(w string) uint64 {
	b := unsafe.Slice(unsafe.StringData(w), len(w))
	h := t.seed ^ uint64(len(b))*0x9E3779B97F4A7C15
	for len(b) > 8 {
		h = mix(h^binary.LittleEndian.Uint64(b), 0xA0761D6478BD642F)
		b = b[8:]
	}
	var last uint64
	switch n := len(b); {
	case len(w) >= 8:
		last = binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(w[len(w)-8:]), 8))
	case n >= 4:
		last = uint64(binary.LittleEndian.Uint32(b))<<32 | uint64(binary.LittleEndian.Uint32(b[n-4:]))
	default:
		last = uint64(b[0])<<16 | uint64(b[n>>1])<<8 | uint64(b[n-1])
	}
	return mix(h^last, 0xE7037ED1A0B428DB)
}

// mix folds the 128-bit product of a and b into 64 bits.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// get returns the class of w, and whether the table holds it.
func (t *classTable) get(w string) (class, bool) {
	if w == "" {
		return t.empty, t.empty.set
	}
	if t.n == 0 {
		return class{}, false
	}
	mask := uint64(len(t.keys) - 1)
	for i := t.hash(w) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case w:
			return t.vals[i], true
		case "":
			return class{}, false
		}
	}
}

// find returns where the table holds the word w, not "", or -1.
func (t *classTable) find(w string) int {
	if t.n == 0 || w == "" {
		return -1
	}
	mask := uint64(len(t.keys) - 1)
	for i := t.hash(w) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case w:
			return int(i)
		case "":
			return -1
		}
	}
}

// put adds the word w, not held, with its class, emptying the table when
// it holds classesKept words.
func (t *classTable) put(w string, c class) {
	if w == "" {
		t.empty = c
		return
	}
	if t.keys == nil || t.n >= classesKept {
		*t = classTable{seed: rand.Uint64(), keys: make([]string, 1024), vals: make([]class, 1024), empty: t.empty}
	}
	if 2*(t.n+1) > len(t.keys) {
		keys, vals := t.keys, t.vals
		t.keys, t.vals = make([]string, 2*len(keys)), make([]class, 2*len(keys))
		t.n = 0
		for i, k := range keys {
			if k != "" {
				t.insert(k, vals[i])
			}
		}
	}
	t.insert(strings.Clone(w), c) // not w: it may be in f.folds, or the text
}

// insert adds w to a table with room for it.
func (t *classTable) insert(w string, c class) {
	mask := uint64(len(t.keys) - 1)
	i := t.hash(w) & mask
	for t.keys[i] != "" {
		i = (i + 1) & mask
	}
	t.keys[i], t.vals[i] = w, c
	t.n++
}

// wordClass returns the class of the folded Arabic word b (see classify).
func (f *finder) wordClass(b []byte) class {
	if c, ok := f.wordClasses.get(string(b)); ok {
		return c
	}
	return f.classify(string(b))
}

// classify returns the class of the folded Arabic word w, from the table
// of the words classified so far.
func (f *finder) classify(w string) class {
	if c, ok := f.wordClasses.get(w); ok {
		return c
	}
	b := []byte(w) // its own: definiteRole writes f.word, and the callers hold f.buf
	c := class{set: true, cue: arabicCue(b), kind: f.kind(b), role: f.definiteRole(b), rel: f.relationKey(w) != "",
		called: calledWords.has(strings.TrimPrefix(w, "و")), front: frontingWords.has(w), never: neverWord(w),
		tieEnd: introductionEnds.has(w) || complementisers.has(w)}
	c.stop, c.kin, c.title = stopWord(w, c.cue), f.kinWord(b), roleWord(w)
	c.ends, c.gender = endsWord(w), arabicGender(b)
	c.bits |= bodyForm(w, c.kind)
	if f.possessedWord(w) {
		c.bits |= possessedForm
	}
	if !arabicStops.has(w) && !neverArabic.has(w) && !arabicJoiners.has(w) && c.kind == 0 && !c.role && !conjoined(b, prepositions) {
		if verbShape(b, false) {
			c.bits |= mayVerb
		}
		if verbShape(b, true) {
			c.bits |= mayVerbShadda
		}
	}
	f.wordClasses.put(w, c)
	return c
}
