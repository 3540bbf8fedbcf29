package search

import (
	"strings"
	"unicode"
)

// ignored is what fold returns for a rune that folding drops.
const ignored rune = -1

// folder folds the runes of a text and of a pattern for one query.
type folder struct {
	caseless bool // fold case (simple Unicode case folding)
	digits   bool // fold Arabic-Indic digits to ASCII digits
}

// fold returns the folded form of r, or ignored when r is dropped. Every
// rune folds to one rune or to nothing, which keeps offsets mappable.
func (f folder) fold(r rune) rune {
	if r < 0x80 {
		if f.caseless && 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	if 0x0600 <= r && r <= 0x06FF {
		if f.digits {
			return arabicDigitsTable[r-0x0600]
		}
		return arabicTable[r-0x0600]
	}
	if f.caseless {
		return caseKey(r)
	}
	return r
}

// arabicTable and arabicDigitsTable hold folder.arabic for the Arabic
// block without and with digit folding: a lookup is faster than the switch.
var arabicTable, arabicDigitsTable = arabicBlock(folder{}), arabicBlock(folder{digits: true})

// arabicBlock returns f.arabic for U+0600 to U+06FF.
func arabicBlock(f folder) (t [256]rune) {
	for i := range t {
		t[i] = f.arabic(0x0600 + rune(i))
	}
	return t
}

// arabic folds a rune of the Arabic block.
func (f folder) arabic(r rune) rune {
	switch {
	case 0x064B <= r && r <= 0x0652, r == 0x0670, r == 0x0640:
		return ignored
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا'
	case r == 'ى', r == 'ئ':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r == 'ؤ':
		return 'و'
	case f.digits && 0x0660 <= r && r <= 0x0669:
		return r - 0x0660 + '0'
	case f.digits && 0x06F0 <= r && r <= 0x06F9:
		return r - 0x06F0 + '0'
	}
	return r
}

// caseKey returns the smallest rune of r's case orbit (the runes that
// unicode.SimpleFold cycles through), the same for every rune of the orbit.
// For ASCII letters it is the capital, as fold's fast path has it.
func caseKey(r rune) rune {
	if 0x0590 <= r && r < 0x10A0 { // Hebrew to Myanmar: no case (TestNoCaseRange)
		return r
	}
	k := r
	for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
		k = min(k, c)
	}
	return k
}

// arabicVariants lists, by folded letter, the Arabic letters that fold to it.
var arabicVariants = map[rune][]rune{
	'ا': {'ا', 'أ', 'إ', 'آ', 'ٱ'},
	'ي': {'ي', 'ى', 'ئ'},
	'ه': {'ه', 'ة'},
	'و': {'و', 'ؤ'},
}

// spellings returns every rune that folds to the same rune as r (r itself
// included), where r is not ignored: the ways r can be written in a text.
func (f folder) spellings(r rune) []rune {
	k := f.fold(r)
	if v, ok := arabicVariants[k]; ok {
		return v
	}
	if f.digits && '0' <= k && k <= '9' {
		return []rune{k, k - '0' + 0x0660, k - '0' + 0x06F0}
	}
	out := []rune{r}
	if f.caseless {
		for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
			out = append(out, c)
		}
	}
	return out
}

// hasUpper reports whether s has a capital letter (smart case).
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Fold returns s folded as a caseless query with FoldDigits folds it:
// harakat, tatweel and the superscript alef dropped, the alef, yeh, teh
// marbuta and waw variants made one letter, Arabic-Indic digits made ASCII
// digits and letters made one case. A full-text index of the folded text
// (the library's, in reader/store) then finds what the reader's search
// finds, whatever spelling the query or the text has.
func Fold(s string) string {
	f := folder{caseless: true, digits: true}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if k := f.fold(r); k != ignored {
			b.WriteRune(k)
		}
	}
	return b.String()
}
