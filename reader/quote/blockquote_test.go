package quote

import (
	"strings"
	"testing"

	"qari/reader"
)

// findIn parses text as an article in the format name gives (case.md,
// case.html, case.txt) and returns its quotations as "speaker|text".
func findIn(t *testing.T, name, text string) []string {
	t.Helper()
	doc, err := reader.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, q := range Find(doc) {
		out = append(out, q.Speaker+"|"+q.Text(doc))
	}
	return out
}

// TestSignedQuotations checks that a quotation signed on its own line with
// a dash ("— Dr. Name, description") is said by the name the signature
// gives, without its title and description, in Markdown, HTML and plain
// text, inside the blockquote or on the line after it, with or without
// marks around the words, and that the signature is never a quotation.
func TestSignedQuotations(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"case.md", "# Title\n\nThe mill closed in March, said the foreman Owen Pike.\n\n> “A town without its mill is a town without its clock.”\n>\n> — Dr. Hannah Lowry, economist at the Carden Institute\n\nThe site will be sold.\n",
			"Hannah Lowry|A town without its mill is a town without its clock."},
		{"case.md", "# Title\n\nThe mill closed in March, said the foreman Owen Pike.\n\n> A town without its mill is a town without its clock.\n\n— Prof. Hannah Lowry, economist at the Carden Institute\n\nThe site will be sold.\n",
			"Hannah Lowry|A town without its mill is a town without its clock."},
		{"case.md", "# العنوان\n\nوقال رئيس البلدية سمير الأحمد إن العمل سيبدأ قريبًا.\n\n> «المدينة التي لا تحمي أشجارها لا تحمي أبناءها».\n>\n> — د. هالة النجار، أستاذة علم البيئة في جامعة الساحل\n\nوتنتهي الأشغال في الصيف.\n",
			"هالة النجار|المدينة التي لا تحمي أشجارها لا تحمي أبناءها"},
		{"case.html", "<html><body><article><h1>العنوان</h1><p>وقال رئيس البلدية سمير الأحمد إن العمل في الحديقة الكبرى سيبدأ قريبًا، وإن البلدية ستزرع أكثر من ألف شجرة على جانبي الطريق قبل نهاية العام.</p><blockquote><p>«المدينة التي لا تحمي أشجارها لا تحمي أبناءها».</p><footer>&mdash; د. هالة النجار، أستاذة علم البيئة في جامعة الساحل</footer></blockquote><p>وتنتهي الأشغال في الصيف.</p></article></body></html>",
			"هالة النجار|المدينة التي لا تحمي أشجارها لا تحمي أبناءها"},
		{"case.html", "<html><body><article><h1>العنوان</h1><p>وقال رئيس البلدية سمير الأحمد إن العمل في الحديقة الكبرى سيبدأ قريبًا، وإن البلدية ستزرع أكثر من ألف شجرة على جانبي الطريق قبل نهاية العام.</p><blockquote><p>المدينة التي لا تحمي أشجارها لا تحمي أبناءها.</p></blockquote><p>— م. هالة النجار، مهندسة في البلدية</p><p>وتنتهي الأشغال في الصيف.</p></article></body></html>",
			"هالة النجار|المدينة التي لا تحمي أشجارها لا تحمي أبناءها."},
		{"case.html", "<html><body><article><h1>Title</h1><p>The mill closed in March after ninety years, said the foreman Owen Pike, and the council has not said what will happen to the site or to its workers.</p><blockquote><p>“A town without its mill is a town without its clock.”</p><footer>— <cite>Dr. Hannah Lowry, economist at the Carden Institute</cite></footer></blockquote><p>The site will be sold.</p></article></body></html>",
			"Hannah Lowry|A town without its mill is a town without its clock."},
		// A title word before the name is dropped, as after a cue.
		{"case.md", "# العنوان\n\nوقال رئيس البلدية سمير الأحمد إن العمل سيبدأ قريبًا.\n\n> «المدينة التي لا تحمي أشجارها لا تحمي أبناءها».\n>\n> — الأستاذة الدكتورة هالة النجار، أستاذة علم البيئة\n\nوتنتهي الأشغال في الصيف.\n",
			"هالة النجار|المدينة التي لا تحمي أشجارها لا تحمي أبناءها"},
		// A sentence after a dash is no signature: the speaker stays the
		// one the text gave before.
		{"case.md", "# Title\n\nThe mill closed in March, said the foreman Owen Pike.\n\n> “A town without its mill is a town without its clock.”\n\n— and nobody on the council answered him.\n\nThe site will be sold.\n",
			"Owen Pike|A town without its mill is a town without its clock."},
		{"case.txt", "Title\n\nThe mill closed in March, said the foreman Owen Pike.\n\n“A town without its mill is a town without its clock.”\n— Dr. Hannah Lowry, economist at the Carden Institute\n\nThe site will be sold.\n",
			"Hannah Lowry|A town without its mill is a town without its clock."},
		{"case.txt", "العنوان\n\nوقال رئيس البلدية سمير الأحمد إن العمل سيبدأ قريبًا.\n\n«المدينة التي لا تحمي أشجارها لا تحمي أبناءها».\n— د. هالة النجار، أستاذة علم البيئة في جامعة الساحل\n\nوتنتهي الأشغال في الصيف.\n",
			"هالة النجار|المدينة التي لا تحمي أشجارها لا تحمي أبناءها"},
	} {
		got := findIn(t, tc.name, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s %s\n found %q, want %q last", tc.name, tc.text, got, tc.want)
		}
		for _, g := range got {
			if strings.Contains(g, "—") || strings.Contains(g, "Carden") || strings.Contains(g, "جامعة الساحل") || strings.Contains(g, "البلدية</") {
				t.Errorf("%s: the signature is a quotation: %q", tc.name, g)
			}
		}
	}
}

// TestBlockquoteAfterItsReporter: a blockquote whose paragraph before it
// ends without a colon belongs to the one that paragraph's last sentence
// reports or opens with, not to the subject of the next paragraph's cue.
func TestBlockquoteAfterItsReporter(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"# Title\n\nThe stage went to Marchal. Ana Jovanović, who finished third on the stage, said the race was far from over.\n\n> There are still two mountain stages and anything can happen in the mountains.\n\nDravska Pro said its rider would start on Sunday.\n", "Ana Jovanović"},
		{"# Title\n\nOpposition lawmakers accused the government of being slow. Sen. Marco Ilić, who represents the port district, said he had written to the minister in August.\n\n> Every week I hear from families who do not know if they will have a job in the spring.\n\nThe labour ministry said talks would resume on Monday.\n", "Marco Ilić"},
	} {
		got := findIn(t, "case.md", tc.text)
		if len(got) == 0 {
			t.Errorf("%s\n no quotation", tc.text)
			continue
		}
		if sp, _, _ := strings.Cut(got[len(got)-1], "|"); sp != tc.want {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
