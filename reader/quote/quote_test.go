package quote

import (
	"strings"
	"testing"

	"qari/reader"
)

// find parses text as a plain-text article and returns its quotations as
// "speaker|text" strings.
func find(t *testing.T, text string) []string {
	t.Helper()
	return findIn(t, "case.txt", "Title line\n"+text+"\n")
}

// speakerCase is a text and the speaker of its last quotation.
type speakerCase struct{ text, want string }

// lastSpeakers checks each case: the last quotation Find gives for its
// text is said by want, word for word ("" for no one).
func lastSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tc := range cases {
		got := find(t, tc.text)
		if len(got) == 0 {
			t.Errorf("%s\n no quotation", tc.text)
			continue
		}
		if sp, _, _ := strings.Cut(got[len(got)-1], "|"); sp != tc.want {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestConventions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`Anna Berg said: “The yard is closing.”`, "Anna Berg|The yard is closing."},
		{`Anna Berg said: "The yard is closing."`, "Anna Berg|The yard is closing."},
		{`Anna Berg said: 'The yard is closing.'`, "Anna Berg|The yard is closing."},
		{`Anna Berg said: ‘The yard is closing.’`, "Anna Berg|The yard is closing."},
		{`Anna Berg sagte: „Die Werft schließt bald.“`, "Anna Berg|Die Werft schließt bald."},
		{`Anna Berg sagte: ‚Die Werft schließt bald.‘`, "Anna Berg|Die Werft schließt bald."},
		{`Anna Berg a dit : « Le chantier va fermer. »`, "Anna Berg|Le chantier va fermer."},
		{`Anna Berg a dit : ‹ Le chantier va fermer. ›`, "Anna Berg|Le chantier va fermer."},
		{`Anna Berg sagde: »Værftet lukker snart.«`, "Anna Berg|Værftet lukker snart."},
		{`Anna Berg sade: ”Varvet stänger snart.”`, "Anna Berg|Varvet stänger snart."},
		{`アンナは「造船所は閉鎖されます」と言った。`, "|造船所は閉鎖されます"},
		{`アンナは『造船所は閉鎖されます』と言った。`, "|造船所は閉鎖されます"},
		{`وقالت هالة النجار: «المبنى لم يعد آمنًا»`, "هالة النجار|المبنى لم يعد آمنًا"},
		{`‘It’s the boys’ fault, not mine,’ said Tom Hale.`, "Tom Hale|It’s the boys’ fault, not mine,"},
		{`'It's the boys' fault, not mine,' said Tom Hale.`, "Tom Hale|It's the boys' fault, not mine,"},
	} {
		got := find(t, tc.in)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestNotQuotes(t *testing.T) {
	for _, in := range []string{
		`They don't know, it isn’t clear, and it wasn't in the '90s or the ’60s.`,
		`He plays rock 'n' roll in James' boat and the apprentices' shed with O'Brien.`,
		`The band “Saltwater Shuffle” played the “silent” clock song.`,
		`Calder said the decision followed the vote.`,
		`وتابع لافروف أن الأزمة السورية لن يتم حلها.`,
		`أطلقت عليه البلدية اسم «بوابة الزهراوية» وكتبت عنه صحيفة «الرأي».`,
		`قال الوزير إن المشروع الذي يحمل اسم «مستقبل المدينة الخضراء الجديدة» سيكتمل.`,
		`He wrote "x" and "y".`,
		`وقال الوزير لـ«العربي الجديد» إن الاتفاق قريب.`,
	} {
		if got := find(t, in); len(got) != 0 {
			t.Errorf("%s: found %q", in, got)
		}
	}
}

// TestSentenceEnds checks that a cue after a finished sentence in marks
// belongs to the next quotation.
func TestSentenceEnds(t *testing.T) {
	got := find(t, `Dray said: “We are done here.” Calder said: “We are not done at all.”`)
	want := []string{"Dray|We are done here.", "Calder|We are not done at all."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
	got = find(t, `“Why would anyone sell it now?” asked Lena Okafor.`)
	if len(got) != 1 || got[0] != "Lena Okafor|Why would anyone sell it now?" {
		t.Errorf("got %q", got)
	}
}

func TestCodeIsNeverQuoted(t *testing.T) {
	md := "# T\n\nRun `say \"hello there my friend\"` now.\n\n```\nsay \"hello there my good friend, she said\"\n```\n"
	doc, err := reader.Parse("c.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if qs := Find(doc); len(qs) != 0 {
		t.Errorf("found %d quotations in code", len(qs))
	}
}

func TestSpeakers(t *testing.T) {
	qs := []Quote{{Speaker: "كيري"}, {Speaker: "لافروف"}, {Speaker: ""}, {Speaker: "لافروف"}}
	got := strings.Join(Speakers(qs), ",")
	if got != "لافروف,كيري" {
		t.Errorf("Speakers = %q", got)
	}
	qs = []Quote{{Speaker: "Calder"}, {Speaker: "Ines Calder"}, {Speaker: "Dray"}, {Speaker: "calder"}}
	if got := strings.Join(Speakers(qs), ","); got != "Ines Calder,Dray" {
		t.Errorf("Speakers = %q", got)
	}
	if !Match("Calder", "Ines Calder") || !Match("سيرغي لافروف", "لافروف") || Match("Cal", "Calder") || Match("", "") {
		t.Error("Match")
	}
	if Find(nil) != nil || Speakers(nil) != nil {
		t.Error("nil input should give nil")
	}
}

// TestSections checks that each quotation knows its section.
func TestSections(t *testing.T) {
	doc, err := reader.Load("../../samples/seed-aleppo.txt")
	if err != nil {
		t.Fatal(err)
	}
	qs := Find(doc)
	if len(qs) == 0 {
		t.Fatal("no quotations")
	}
	for _, q := range qs {
		s := doc.Sections[q.Section]
		if q.Open < s.Start || q.Open >= s.End {
			t.Errorf("%q at %d is not in section %d [%d,%d)", q.Text(doc), q.Open, q.Section, s.Start, s.End)
		}
	}
	if last := qs[len(qs)-1]; doc.Sections[last.Section].Title != "لافروف يدعو للحفاظ على الاتفاق الروسي الأميركي" {
		t.Errorf("last quotation in section %q", doc.Sections[last.Section].Title)
	}
}

// TestVerbsThatAreNouns checks that an English reporting verb used as a
// noun (after a determiner) is no cue: the speaker is what the real cue
// names.
func TestVerbsThatAreNouns(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`According to the report, "the numbers are stark and getting worse."`, "the report|the numbers are stark and getting worse."},
		{`"Nothing will change before the winter," the report said.`, "the report|Nothing will change before the winter,"},
		{`In a statement, Harbourline said: "Services will resume on Monday."`, "Harbourline|Services will resume on Monday."},
	} {
		got := find(t, tc.text)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestArabicSpeakersOfNewsProse checks speakers in the shapes Arabic news
// writes them: a spokesman "on behalf of" a body, a post written by an
// official, unnamed witnesses.
func TestArabicSpeakersOfNewsProse(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`قال المتحدث باسم الجيش إن "العملية مستمرة حتى تحقيق أهدافها".`, "المتحدث باسم الجيش|العملية مستمرة حتى تحقيق أهدافها"},
		{`وكتب الرئيس على حسابه في تويتر: «سننتصر مهما طال الزمن».`, "الرئيس|سننتصر مهما طال الزمن"},
		{`وقال شهود عيان إن "الانفجار هز المدينة بأكملها".`, "شهود عيان|الانفجار هز المدينة بأكملها"},
		{`«السوق ذاكرة المدينة، ولن نتركه» — سليم الدباغ`, "سليم الدباغ|السوق ذاكرة المدينة، ولن نتركه"},
	} {
		got := find(t, tc.text)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestEnglishSpeakersOfNewsProse checks speakers in the shapes English
// news writes them: a name in apposition after the cue, a title before a
// name, a description of a quotation.
func TestEnglishSpeakersOfNewsProse(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`"We have seen floods before," said the fire chief, Omar Haddad.`, "Omar Haddad|We have seen floods before,"},
		{`The mayor, Ana Ruiz, told the BBC: "We need help, and we need it now."`, "Ana Ruiz|We need help, and we need it now."},
		{`"Where is the money?" asked Councillor Tom Reed.`, "Tom Reed|Where is the money?"},
		{`Our CTO agreed. "Simplicity scales further than you think." — Dana Lee`, "Dana Lee|Simplicity scales further than you think."},
	} {
		got := find(t, tc.text)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}
