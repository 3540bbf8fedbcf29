// Package search finds text the way Arabic readers type it.
//
// Matching is smart-case (a pattern in lower case matches either case; one
// with a capital, or Query.CaseSensitive, matches case exactly) and always
// Arabic-folded: harakat (U+064B–U+0652), the superscript alef U+0670 and
// tatweel U+0640 are ignored, أ إ آ ٱ match ا, ى and ئ match ي, ة matches ه
// and ؤ matches و. With Query.FoldDigits, Arabic-Indic digits (U+0660–U+0669
// and U+06F0–U+06F9) match ASCII digits too. Folding maps rune to rune
// (or drops a rune), so every match is a range of the original text: it
// covers exactly the original characters, harakat inside it and after its
// last letter included, and never starts with a dropped rune.
//
// In plain mode a match is a non-overlapping substring match of the folded
// pattern in the folded text, found left to right, as strings.Index would
// find it in a folded copy of the text. No folded copy is made: the
// matcher picks the rarest letter of the pattern (by a table of byte
// frequencies), finds each of that letter's original spellings with
// strings.IndexByte on its rarest byte, and verifies the match around it
// by folding a few runes backwards and forwards. In regex mode each line
// of the text is folded (without case folding: that is the regexp's (?i))
// into a reused buffer, Go's regexp runs on it, the pattern's literals and
// character classes folded the same way, and a cursor maps the matches
// back; a match never spans a line break.
//
// The text is searched in chunks, so a search can be cancelled between
// them, and Count spreads the chunks over the processors free for it
// (all of them unless background work holds some, see qari/reader/procs).
//
// A user interface compiles the query once and runs the Matcher off its
// own goroutine, cancelling the context when the query changes. To
// highlight the matches of a screenful of text from lo to hi, step with
// Next from lo: start, end, ok := m.Next(ctx, text, lo), then from end,
// until start >= hi.
//
// search imports nothing of Charm or of qari/ui.
package search
