package quote

// This file reads the frame of a nested English quotation: the clause of
// the outer quotation that introduces it.

// framePronoun returns the gender of the pronoun that is the subject of
// the verb of speech ending ts, the words of an outer quotation before a
// nested one opens: "I was shaking, and she leaned over and whispered,
// ‘…’"; "On my first day he handed me a broom and said, ‘…’". It returns
// anyGender when the frame has no such verb, or its subject is no "he"
// or "she". The pronoun need not stand next to its verb, as the cue's own
// reading asks: the frame's subject is the nearest "he" or "she" before
// the verb in its sentence.
func (f *finder) framePronoun(ts []token) byte {
	verb := -1
	for n := len(ts) - 1; n >= 0 && n >= len(ts)-4; n-- {
		if !ts[n].punct && f.cueOf(ts[n].s) == verbCue {
			verb = n // said, whispered, told me, said to me
			break
		}
	}
	for n := verb - 1; n >= 0; n-- {
		t := ts[n]
		switch {
		case t.s == "." || t.s == "!" || t.s == "?":
			return anyGender // the sentence before the frame's
		case t.punct:
			continue
		case isArabic(t.s):
			return anyGender
		}
		switch pronounOf(t.s) {
		case "he":
			return male
		case "she":
			return female
		case "i", "we", "they", "you":
			return anyGender // the outer speaker, or a group: read elsewhere
		}
	}
	return anyGender
}
