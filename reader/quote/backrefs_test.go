package quote

import (
	"strings"
	"testing"
)

// TestSpeakerNamedAfterTheWords checks a quotation that stands alone, with
// no cue, and whose speaker the next paragraph names by pointing back at
// the words ("That was the verdict of …", "Those words came from …",
// "That is how … put it", بهذه الكلمات ختم …، هكذا وصف …، هذا ما قاله …),
// and that a next paragraph that only starts with "That" or names
// someone else's cue leaves the speaker named before. The name may keep
// the description before it, as a cue's subject does.
func TestSpeakerNamedAfterTheWords(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// English: the person after of, from, by, how, or the predicate.
		{"Odile Brack chairs the harbour board.\n“You cannot dredge a channel with good intentions.”\nThat was the verdict of Dr. Ruth Engel, a marine engineer at Coldwater University.", "Ruth Engel"},
		{"Odile Brack chairs the harbour board.\n“She taught half this town to swim.”\nThose words came from Tobias Wren, who ran the lido for thirty years.", "Tobias Wren"},
		{"Odile Brack chairs the harbour board.\n\"Nobody plants an orchard for themselves.\"\nThose words were spoken by the Rev. Hector Lyle at the opening of the garden in 1998.", "Hector Lyle"},
		{"Odile Brack chairs the harbour board.\n“He never once locked the shed.”\nThat memory was posted on the club's page by Wendy Carrow, a former member.", "Wendy Carrow"},
		{"Odile Brack chairs the harbour board.\n“The tide does the work, we just keep out of its way.”\nThat is how Ingram put it at a public meeting last spring.", "Ingram"},
		{"Odile Brack chairs the harbour board.\n“We built the wall too low and we knew it.”\nThat was how the board's former chairman, Silas Greer, summed it up.", "Silas Greer"},
		{"Odile Brack chairs the harbour board.\n“I counted every boat that came in.”\nThat was Arthur Penhale, 81, who kept the harbour log from 1962.", "Arthur Penhale"},
		{"Odile Brack chairs the harbour board.\n“It was never about the money.”\nThat was Morwenna Tregear’s reply when asked why she stayed.", "Morwenna Tregear"},
		{"Odile Brack chairs the harbour board.\n“Fix the lights on the bridge first.”\nThat warning came from Councillor Davina Roe, who sits on the transport committee.", "Davina Roe"},
		// An owner, a role, then the name, in a cue too.
		{"Odile Brack chairs the harbour board.\n“We left three points out there and we know it,” said Corran head coach Milo Strand.", "Milo Strand"},
		{"Odile Brack chairs the harbour board.\n“The dredger arrives in May, a year late,” said the Kelp Bay Harbour Trust chief executive, Anouk Veldman.", "Anouk Veldman"},
		// Arabic: the subject of the verb after the words pointed at.
		{"ترأس المهندس كمال الشامي الاجتماع.\n«البحر لا ينتظر أحدًا في هذه المدينة».\nبهذه الكلمات ختم الصياد العجوز مراد القباني حديثه إلى الصحيفة.", "مراد القباني"},
		{"ترأس المهندس كمال الشامي الاجتماع.\n«المدرسة بيت ثانٍ لنا جميعًا».\nهكذا وصفت المعلمة هدى الرفاعي المبنى القديم.", "هدى الرفاعي"},
		{"ترأس المهندس كمال الشامي الاجتماع.\n«لم نترك شجرة واحدة بلا ماء».\nهذا ما قاله المزارع سليم العودات عن صيف العام الماضي.", "سليم العودات"},
		{"ترأس المهندس كمال الشامي الاجتماع.\n«الجسر لن يصمد شتاء آخر».\nبتلك العبارة حذّرت رئيسة الجمعية ليلى النحاس من انهيار الجسر.", "ليلى النحاس"},
		// What does not point back: the speaker named before stays.
		{"Odile Brack chairs the harbour board. She has seen three floods.\n“We will not wait for a fourth.”\nThat night the river rose another foot.", "Odile Brack"},
		{"Odile Brack chairs the harbour board. She has seen three floods.\n“We will not wait for a fourth.”\nThat was in 2019, before the new wall went up.", "Odile Brack"},
		{"Odile Brack chairs the harbour board. She has seen three floods.\n“We will not wait for a fourth.”\nThis is the third time the board has met this year.", "Odile Brack"},
		{"Odile Brack chairs the harbour board. She has seen three floods.\n“We will not wait for a fourth,” she said.\nThat was the view of most of the people at the meeting, said Alan Munro.", "Odile Brack"},
		{"ترأس المهندس كمال الشامي الاجتماع.\n«لن ننتظر الشتاء المقبل حتى نبدأ العمل».\nوفي المساء قال الصياد مراد القباني إن البحر هادئ.", "كمال الشامي"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 {
			t.Errorf("%s\n no quotation", tc.text)
			continue
		}
		if sp, _, _ := strings.Cut(got[0], "|"); !strings.HasSuffix(sp, tc.want) { // (a title may stay: رئيسة الجمعية ليلى النحاس)
			t.Errorf("%s\n got %q\nwant %q", tc.text, sp, tc.want)
		}
	}
}

// TestNamedAfterCarriesTheNested checks that a nested quotation that was
// the outer speaker's (I told the council, ‘…’) follows the outer
// quotation to the speaker named after it.
func TestNamedAfterCarriesTheNested(t *testing.T) {
	text := "Odile Brack chairs the harbour board.\n“I told the council, ‘Dredge the channel now or lose it,’ and they laughed at me.”\nThose words came from Tobias Wren, who ran the lido for thirty years."
	got := find(t, text)
	if len(got) != 2 || !strings.HasPrefix(got[0], "Tobias Wren|") || !strings.HasPrefix(got[1], "Tobias Wren|") {
		t.Errorf("%s\n got %q\nwant both Tobias Wren's", text, got)
	}
}
