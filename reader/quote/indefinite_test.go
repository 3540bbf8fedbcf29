package quote

import "testing"

// TestSpeakerIndefiniteSubject checks that someone named only by what
// they are (a grandmother, a man), the subject of a short sentence, is
// the one a pronoun cue after it refers to, not the person named before.
func TestSpeakerIndefiniteSubject(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"unknown", `One man, who gave no name, said he liked it. A woman walking her dog disagreed. "It is far too loud," she said.`, "woman|It is far too loud,"},
		{"unknown", `Lia Moss, the head, defended the rule. A father waiting by the gate shook his head. "It is a racket," he said.`, "father|It is a racket,"},
		{"unknown", `Sam Orr said the queue was long. A nurse on the night shift disagreed. "We cope," she said.`, "nurse|We cope,"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}
