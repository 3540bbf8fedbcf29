package quote

import "testing"

// TestSpeakerParentOfCount checks that "a mother of three" after a name
// describes the one named, who speaks, and is no relation to someone
// else as "the son of one resident" is.
func TestSpeakerParentOfCount(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		{"description", `Its founder, Maya Grant, a nurse whose son plays for the club, said the pitch was "a disgrace".`, "Maya Grant|a disgrace"},
		{"description", `Ravi Shah, a father of two whose daughter starts school in May, said the rules were "plainly unfair". "Nobody asked us," he said.`, "Ravi Shah|Nobody asked us,"},
		{"description", `Its organiser, Ruth Oyelaran, a mother of 4 whose twins are in Year 3, said the fees had "doubled in a year".`, "Ruth Oyelaran|doubled in a year"},
		{"description", `A father of three, who asked not to be named, said the fees were "too much for anyone".`, "father of three|too much for anyone"},
		{"description", `وقالت سعاد حمدان، أم لثلاثة أطفال أكبرهم في الصف التاسع، إن الرسوم «تضاعفت».`, "سعاد حمدان|تضاعفت"},
		{"description", `The daughter of two farmers, who asked not to be named, said the land was "all they had".`, "daughter|all they had"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}
