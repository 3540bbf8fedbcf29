package reader

import (
	"strings"
	"testing"
)

// body is article text: paragraphs that read as sentences.
var body = strings.Repeat("<p>The council met on Tuesday to discuss the harbour, and residents filled the hall to hear the plans.</p>", 3)

func TestHTMLArticleDebris(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // blockSummary without the body paragraphs
		sections  []string
	}{
		{
			name: "kicker above the h1, byline and date, caption and credit dimmed",
			src: `<article><a class="section-label">Africa</a><h1>Sanctions lifted</h1>
				<p class="byline">By Ann Weir</p><p><time datetime="2017-01-13">Jan. 13, 2017</time></p>
				<figure><img src="x.jpg"><figcaption>Peacekeepers at a camp. <span class="credit">Photo: A. Lens</span></figcaption></figure>` + body + `</article>`,
			want:     "boilerplate 0 0 0: Africa\ntitle 0 0 1: Sanctions lifted\nboilerplate 0 0 2: By Ann Weir\nboilerplate 0 0 3: Jan. 13, 2017\nboilerplate 0 0 0: Peacekeepers at a camp. Photo: A. Lens\n",
			sections: []string{""},
		},
		{
			name: "related, newsletter, topic and hidden boxes leave; a related line stays dimmed",
			src: `<article>` + body + `<div class="related-stories"><h2>More on this</h2><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></div>
				<div class="newsletter-signup"><p>Get the morning briefing.</p></div><div class="c-topics"><a>Harbour</a> <a>Council</a></div>
				<div class="is-hidden"><p>Gallery controls</p></div><span class="sr-only">Listen to this article</span>
				<p class="related">Read more: Plans for the quay</p></article>`,
			want:     "boilerplate 0 0 4: Read more: Plans for the quay\n",
			sections: []string{""},
		},
		{
			name: "a kicker heading above the headline heading is not a section; the headline from the metadata is the title",
			src: `<html><head><meta property="og:title" content="Rain returns to the plain after a dry year"></head><body><article>
				<h3>Weather</h3><h2>Rain returns to the plain after a dry year</h2>` + body + `<h2>What farmers say</h2>` + body + `</article></body></html>`,
			want:     "boilerplate 0 0 1: Weather\ntitle 0 0 2: Rain returns to the plain after a dry year\nheading 2 0 6: What farmers say\n",
			sections: []string{"", "What farmers say"},
		},
		{
			name: "the page's description under the title is its standfirst, a long heading there no section",
			src: `<html><head><meta name="description" content="The board agreed the plans."></head><body><article>
				<h1>Quay plans agreed</h1><h2>The board agreed the plans.</h2><h2>After a long evening of questions from residents the board voted</h2>` + body + `</article></body></html>`,
			want:     "title 0 0 1: Quay plans agreed\nboilerplate 0 0 2: The board agreed the plans.\nparagraph 0 0 3: After a long evening of questions from residents the board voted\n",
			sections: []string{""},
		},
		{
			name: "a sentence set as a heading is a paragraph, not a section",
			src: `<html><head><meta property="og:title" content="A town of trades"></head><body><article>` +
				`<h2>The town has long been known as a place where anyone can find work, whatever their trade.</h2>` + body +
				`<h2>Why it matters?</h2>` + body + `</article></body></html>`,
			want:     "paragraph 0 0 1: The town has long been known as a place where anyone can find work, whatever their trade.\nheading 2 0 5: Why it matters?\n",
			sections: []string{"", "Why it matters?"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("a.html", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, l := range strings.SplitAfter(blockSummary(d), "\n") {
				if l != "" && !strings.Contains(l, "The council met on Tuesday") {
					got.WriteString(l)
				}
			}
			if got.String() != tt.want {
				t.Errorf("blocks:\n%s\nwant:\n%s", got.String(), tt.want)
			}
			var secs []string
			for _, s := range d.Sections {
				secs = append(secs, s.Title)
			}
			if strings.Join(secs, "|") != strings.Join(tt.sections, "|") {
				t.Errorf("sections = %q, want %q", secs, tt.sections)
			}
		})
	}
}

func TestHTMLRelatedHeadings(t *testing.T) {
	src := `<article><h1>Quay plans agreed</h1>` + body + `<h2>What comes next</h2>` + body +
		`<h3>Leia também</h3><p><a href="/a">Harbour tolls rise</a></p><p><a href="/b">Ferry returns</a></p>` +
		`<h2>Notes</h2><p>Tags</p><p><a href="/t">Harbour</a></p><p>The council will meet again in May, and the plans are on show.</p>` +
		`<h2>Topics</h2><p>The board will take up three topics at its next meeting, the tolls first.</p>` +
		`<h2>See also</h2><ul><li>Harbour history</li></ul><h2>More from the Courier</h2><p><a href="/c">Rain returns</a></p></article>`
	d, err := Parse("a.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var secs, debris []string
	for _, s := range d.Sections {
		secs = append(secs, s.Title)
	}
	for i, b := range d.Blocks {
		if b.Kind == Boilerplate {
			debris = append(debris, d.BlockText(i))
		}
	}
	if want := []string{"", "What comes next", "Notes", "Topics", "See also"}; strings.Join(secs, "|") != strings.Join(want, "|") {
		t.Errorf("sections = %q, want %q", secs, want)
	}
	if want := []string{"Leia também", "Harbour tolls rise", "Ferry returns", "Tags", "Harbour", "More from the Courier", "Rain returns"}; strings.Join(debris, "|") != strings.Join(want, "|") {
		t.Errorf("debris = %q, want %q", debris, want)
	}
}

func TestAttrWords(t *testing.T) {
	for in, want := range map[string]string{
		"article-byline__name":   "article byline name",
		"postMetaInline--author": "post meta inline author",
		"cnnVidFooter":           "cnn vid footer",
		"AD":                     "ad",
		"":                       "",
	} {
		if got := strings.Join(attrWords(in), " "); got != want {
			t.Errorf("attrWords(%q) = %q, want %q", in, got, want)
		}
	}
}
