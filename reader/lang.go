package reader

import (
	"strings"
	"unicode"
)

// langSample is how much of a text the language guess reads, and
// englishSample how much of it the count of English words.
const (
	langSample    = 64 << 10
	englishSample = 12 << 10
)

// guessLang guesses a text's language and main direction from its
// letters: the script most of them are in, then a few letters or words
// that tell languages of one script apart (Persian and Urdu from Arabic,
// English from other Latin languages). It returns "" for a language it
// cannot tell, and DirAuto when the text has no letters.
func guessLang(text string) (string, Direction) {
	if len(text) > langSample {
		text = text[:langSample]
	}
	var arabic, hebrew, latin, other, persian, urdu int
	for _, r := range text {
		switch {
		// the common letters first, without the tables' binary searches
		// (the guess was half of the cost of LoadHead's head and tail)
		case r < 0x80:
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				latin++
			}
		case 'ء' <= r && r <= 'ي': // U+0621–U+064A: the Arabic letters of Arabic itself
			arabic++
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Arabic, r):
			arabic++
			switch r {
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
				persian++
			case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ھ':
				urdu++
			}
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Latin, r):
			latin++
		default:
			other++
		}
	}
	switch {
	case arabic > latin && arabic >= hebrew && arabic > other:
		switch {
		case urdu*50 > arabic:
			return "ur", DirRTL
		case persian*20 > arabic:
			return "fa", DirRTL
		}
		return "ar", DirRTL
	case hebrew > latin && hebrew > other:
		return "he", DirRTL
	case latin > other:
		if isEnglish(text) {
			return "en", DirLTR
		}
		return "", DirLTR
	case other > 0:
		return "", DirLTR
	}
	return "", DirAuto
}

// englishWords are the commonest English words; in English prose they are
// about a fifth of all words, in other languages written in Latin letters
// a few in a hundred.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "a": true, "in": true,
	"is": true, "that": true, "it": true, "was": true, "for": true, "on": true,
	"with": true, "he": true, "she": true, "as": true, "at": true, "by": true,
}

// isEnglish reports whether at least one word in ten of text is one of
// the commonest English words.
func isEnglish(text string) bool {
	// a couple of thousand words tell: the whole sample cost a
	// millisecond of every large file's first screen
	if len(text) > englishSample {
		text = text[:englishSample]
	}
	words, hits := 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if englishWords[strings.ToLower(w)] {
			hits++
		}
	}
	return words > 0 && hits*10 >= words
}
