package reader

import (
	"slices"
	"strings"
	"testing"
)

// filler is enough body text for an <article> to count as the article.
var filler = "<p>" + strings.Repeat("Body text of the article, long enough to be read. ", 6) + "</p>"

func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{
			name: "Arabic article with dir, chrome around and inside",
			src: `<html lang="ar" dir="rtl"><head><title>العنوان | الموقع</title><style>p{}</style></head><body>
				<nav><a>الرئيسية</a></nav><div class="ad">إعلان</div>
				<article><h1>العنوان</h1><p>فقرة   أولى
				على سطرين.</p><div class="share-bar">شارك</div><h2>قسم</h2><blockquote><p>«قول»</p><footer>— <cite>فلان</cite></footer></blockquote>
				<script>alert(1)</script><ol start="5"><li>خمسة</li><li>ستة<ul><li>داخلي</li></ul></li></ol>` + filler + `</article>
				<aside>الأكثر قراءة</aside><footer>حقوق</footer></body></html>`,
			want: "title 0 0 1: العنوان\nparagraph 0 0 2: فقرة أولى على سطرين.\nheading 2 0 3: قسم\n" +
				"blockquote 1 0 4: «قول»\nblockquote 1 0 4: — فلان\n" +
				"listitem 1 5 5: خمسة\nlistitem 1 6 6: ستة\nlistitem 2 0 6: داخلي\n" +
				"paragraph 0 0 7: " + strings.TrimSpace(strings.Repeat("Body text of the article, long enough to be read. ", 6)) + "\n",
		},
		{
			name: "pre keeps lines, br breaks, hr rules, a data table a grid, a layout table blocks",
			src: "<article><pre>\nline 1\n  line 2\n</pre><p>a<br>b</p><hr>" +
				"<table><thead><tr><th>City</th><th>المدينة</th></tr></thead><tr><td>Aleppo</td><td>حلب</td></tr></table>" +
				"<table><tr><td>" + strings.Repeat("long prose in a layout cell ", 4) + "</td><td>y</td></tr></table>" +
				filler + "</article>",
			want: "code 0 0 0: line 1\n  line 2\nparagraph 0 0 1: a\nb\nrule 0 0 0: \n" +
				"code 0 0 0: City   │ المدينة\n───────┼────────\nAleppo │ حلب\n" +
				"paragraph 0 0 0: " + strings.TrimSpace(strings.Repeat("long prose in a layout cell ", 4)) + " y\n" +
				"paragraph 0 0 2: " + strings.TrimSpace(strings.Repeat("Body text of the article, long enough to be read. ", 6)) + "\n",
		},
		{
			name: "hidden elements and images add nothing",
			src:  `<article><p>seen <span hidden>unseen</span><img alt="alt text"> end</p><div aria-hidden="true">gone</div>` + filler + `</article>`,
			want: "paragraph 0 0 1: seen end\n" +
				"paragraph 0 0 2: " + strings.TrimSpace(strings.Repeat("Body text of the article, long enough to be read. ", 6)) + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("a.html", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := blockSummary(d); got != tt.want {
				t.Errorf("blocks:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestHTMLDocument(t *testing.T) {
	src := `<html lang="ar" dir="rtl"><body><article><h1>عنوان &amp; رمز</h1>
		<p>قال <q>نص <em>مائل</em></q> و<a href="/x">رابط</a> و<code>x&lt;y</code>.</p>` + filler + `</article></body></html>`
	d, err := Parse("a.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "عنوان & رمز" || d.Lang != "ar" || d.Dir != DirRTL {
		t.Errorf("title %q lang %q dir %v", d.Title, d.Lang, d.Dir)
	}
	want := []string{"4:نص مائل", "0:مائل", "3:رابط", "2:x<y"}
	if got := spanTexts(d); !slices.Equal(got, want) {
		t.Errorf("spans = %q, want %q", got, want)
	}
}

// TestHTMLWithoutArticle checks the go-readability path: a page that does
// not mark its article still loses its navigation and keeps its text, and
// its title comes from <title> without the site's name.
func TestHTMLWithoutArticle(t *testing.T) {
	body := strings.Repeat("<p>The council met on Tuesday to discuss the harbour, and residents filled the hall to hear the plans for the quay. ", 1) +
		"Many of them had waited for years.</p>"
	src := `<html><head><title>Harbour plans unveiled | The Saltmere Times</title></head><body>
		<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>
		<div id="content"><h2>Harbour plans unveiled</h2>` + strings.Repeat(body, 5) + `</div>
		<div class="footer">Copyright Saltmere Times</div></body></html>`
	d, err := Parse("page.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Harbour plans unveiled" {
		t.Errorf("title = %q", d.Title)
	}
	if !strings.Contains(d.Text, "residents filled the hall") {
		t.Errorf("article text lost: %q", d.Text)
	}
	if strings.Contains(d.Text, "Home") || strings.Contains(d.Text, "Copyright") {
		t.Errorf("page chrome kept: %q", d.Text)
	}
}

func TestHTMLTitleOutsideArticle(t *testing.T) {
	tests := []struct{ name, head, want string }{
		{"headline in the page title", `<title>الأمطار تعود إلى السهل | جريدة المرجان</title>`, "الأمطار تعود إلى السهل"},
		{"no page title", ``, "الأمطار تعود إلى السهل"},
		{"page title is only the site", `<title>جريدة المرجان</title>`, "الأمطار تعود إلى السهل"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := `<html dir="rtl"><head>` + tt.head + `</head><body><header><h1>الأمطار تعود إلى السهل</h1></header>
				<article>` + filler + `</article></body></html>`
			d, err := Parse("a.html", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.want || d.Dir != DirRTL {
				t.Errorf("title %q dir %v, want %q rtl", d.Title, d.Dir, tt.want)
			}
		})
	}
}

// TestHTMLTeaserArticles checks that a page of several <article> teasers
// of like size (a section's front page) is not read as its largest
// teaser alone.
func TestHTMLTeaserArticles(t *testing.T) {
	teaser := func(name string) string {
		return `<article><h2>` + name + ` wins the regatta</h2><p>` + strings.Repeat("The crew of "+name+" sailed round the point ahead of the fleet and held the lead to the line. ", 3) + `</p></article>`
	}
	src := `<html><body><div id="main">` + teaser("Gull") + teaser("Tern") + teaser("Petrel") + `</div></body></html>`
	d, err := Parse("front.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Gull", "Tern", "Petrel"} {
		if !strings.Contains(d.Text, "The crew of "+name) {
			t.Errorf("%s's teaser is not in the text:\n%s", name, d.Text)
		}
	}
}
