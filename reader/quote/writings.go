package quote

import "unicode/utf8"

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
