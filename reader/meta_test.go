package reader

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// page is an HTML page with head and an <article> of enough text, and no
// h1 in it unless article says so.
func page(head, article string) string {
	return `<html><head>` + head + `</head><body><article>` + article + filler + `</article></body></html>`
}

func TestHTMLTitleFromMetadata(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"JSON-LD headline before og:title", page(`<title>Site title | Courier</title>
			<meta property="og:title" content="Shared headline">
			<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Structured headline","name":"Courier"}</script>`, ""),
			"Structured headline"},
		{"JSON-LD in @graph, @type a list", page(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
			{"@type":"WebSite","name":"Courier"},{"@type":["ReportageNewsArticle","Article"],"headline":"Graph headline"}]}</script>`, ""),
			"Graph headline"},
		{"JSON-LD array, CDATA", page(`<script type="application/ld+json"><![CDATA[[{"@type":"Organization","name":"Courier"},{"@type":"BlogPosting","headline":"Array headline"}]]]></script>`, ""),
			"Array headline"},
		{"JSON-LD of a website only is not the article", page(`<title>Page title</title><script type="application/ld+json">{"@type":"WebSite","name":"Courier"}</script>`, ""),
			"Page title"},
		{"dc.title before og:title, a property's before a name's", page(`<meta name="DC.title" content="Name title">
			<meta property="dc:title" content="Property title"><meta property="og:title" content="Shared headline">`, ""),
			"Property title"},
		{"one property attribute with several words", page(`<meta property="x:title dc:title" content="Preferred title"><meta property="og:title twitter:title" content="A title">`, ""),
			"Preferred title"},
		{"parsely-title when there is nothing else", page(`<meta name="parsely-title" content="Parsely headline">`, ""),
			"Parsely headline"},
		{"og:title with the site's name after it", page(`<meta property="og:site_name" content="The Courier"><meta property="og:title" content="Rain returns to the plain - The Courier">`, ""),
			"Rain returns to the plain"},
		{"twitter:title when there is no og:title", page(`<title>x</title><meta name="twitter:title" content="Tweeted headline">`, ""),
			"Tweeted headline"},
		{"<title> without the site's name after it", page(`<meta property="og:site_name" content="The Courier"><title>Rain returns | The Courier</title>`, ""),
			"Rain returns"},
		{"<title> without the site's name before it", page(`<meta name="application-name" content="Courier"><title>Courier — Rain returns to the plain</title>`, ""),
			"Rain returns to the plain"},
		{"<title> without section and date after the headline", page(`<meta property="og:site_name" content="Folio"><title>Rain returns - 21/12/2018 - Weather - Folio</title>`, ""),
			"Rain returns"},
		{"<title> keeps a part of the headline with a separator in it", page(`<meta property="og:site_name" content="Folio"><title>Coup - what happens next - Folio</title>`, ""),
			"Coup - what happens next"},
		{"a page heading the og:title names, without its author", `<html><head><meta property="og:title" content="Whales in the bay | Ann Weir"></head><body>
			<header><h1>Whales in the bay</h1></header><article>` + filler + `</article></body></html>`,
			"Whales in the bay"},
		{"a page heading that is only part of og:title is not the headline", `<html><head><meta property="og:title" content="The Open Project: Better Student Journalism"></head><body>
			<article><h2>Open Project:</h2>` + filler + `</article></body></html>`,
			"The Open Project: Better Student Journalism"},
		{"the metadata's headline before the article's own h1", page(`<meta property="og:title" content="Shared headline">`, `<h1>Own headline</h1>`),
			"Shared headline"},
		{"the article's own h1 before a <title> that is the site's name in its logo", `<html><head><title>The Courier</title></head><body>
			<header><a href="/">The Courier</a></header><article><h1>Own headline</h1>` + filler + `</article></body></html>`,
			"Own headline"},
		{"the article's own h1 before a <title> that is the site's name in its metadata", page(`<title>Courier</title><meta name="application-name" content="Courier">`, `<h1>Own headline</h1>`),
			"Own headline"},
		{"a <title> of its own before the article's h1, as go-readability has it", page(`<title>Harbour report</title>`, `<h1>Lorem</h1>`),
			"Harbour report"},
		{"a page heading that is a part of the <title>", `<html><head><title>Whales in the bay - The Courier</title></head><body>
			<header><h1>The Courier</h1><h2>Whales in the bay</h2></header><article>` + filler + `</article></body></html>`,
			"Whales in the bay"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("a.html", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.want {
				t.Errorf("title = %q, want %q", d.Title, tt.want)
			}
		})
	}
}

func TestHTMLPageMetadata(t *testing.T) {
	tests := []struct {
		name, src                string
		byline, date, site, lang string
		dir                      Direction
	}{
		{
			name: "JSON-LD authors, date and publisher",
			src: page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"h","datePublished":"2018-12-21T12:55:00Z",
				"author":[{"@type":"Person","name":"Ann Weir "},{"@type":"Person","name":"Bo Lind"}],"publisher":{"@type":"Organization","name":"Folio"}}</script>`, ""),
			byline: "Ann Weir, Bo Lind", date: "2018-12-21T12:55:00Z", site: "Folio",
		},
		{
			name: "meta author; article:author a profile's address is not a name; published_time; og:site_name before application-name",
			src: page(`<meta name="author" content="Ann Weir"><meta property="article:author" content="https://example.com/ann">
				<meta property="article:published_time" content="2019-01-03T07:00:02.000Z"><meta name="application-name" content="App">
				<meta property="og:site_name" content="the Courier">`, ""),
			byline: "Ann Weir", date: "2019-01-03T07:00:02Z", site: "the Courier",
		},
		{
			name:   "article:author a name, meta date without a zone, application-name",
			src:    page(`<meta property="og:article:author" content="Courier News"><meta name="date" content="2016-02-01 01:28:49"><meta name="application-name" content="Courier">`, ""),
			byline: "Courier News", date: "2016-02-01", site: "Courier",
		},
		{
			name:   "rel=author and <time datetime> in the page",
			src:    page(``, `<p class="byline">By <a rel="author" href="/ann">Ann Weir</a> - <time datetime="2015-04-16T20:02:01Z">Apr 16, 2015</time></p>`),
			byline: "Ann Weir", date: "2015-04-16T20:02:01Z",
		},
		{
			name:   "itemprop author with a name inside, itemprop datePublished",
			src:    page(``, `<p>Par <span itemprop="author"><span itemprop="name">Martin U.</span></span> <time itemprop="datePublished" datetime="2015-05-04T13:36:31+02:00">4 mai</time></p>`),
			byline: "Martin U.", date: "2015-05-04T13:36:31+02:00",
		},
		{
			name:   "a comment's author is not the article's byline, nor a comment's date its date",
			src:    page(``, `<section class="comments"><p class="comment-author">tickTock42</p><time datetime="2024-03-15">15 March</time></section>`),
			byline: "", date: "",
		},
		{
			name: "language from og:locale, direction from <html dir>",
			src:  `<html dir="rtl"><head><meta property="og:locale" content="ar_SY"></head><body><article>` + filler + `</article></body></html>`,
			lang: "ar-SY", dir: DirRTL,
		},
		{
			name: "language from Content-Language",
			src:  `<html><head><meta http-equiv="Content-Language" content="fr, en"></head><body><article>` + filler + `</article></body></html>`,
			lang: "fr",
		},
		{
			name:   "html lang first; control characters never reach the byline",
			src:    `<html lang="he"><head><meta name="author" content="Ann` + "\x1b[31m" + ` Weir"></head><body><article>` + filler + `</article></body></html>`,
			byline: "Ann Weir", lang: "he",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("a.html", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if d.Byline != tt.byline || d.Date != tt.date || d.Site != tt.site {
				t.Errorf("byline %q date %q site %q, want %q %q %q", d.Byline, d.Date, d.Site, tt.byline, tt.date, tt.site)
			}
			if tt.lang != "" && d.Lang != tt.lang {
				t.Errorf("lang %q, want %q", d.Lang, tt.lang)
			}
			if tt.dir != DirAuto && d.Dir != tt.dir {
				t.Errorf("dir %v, want %v", d.Dir, tt.dir)
			}
			if strings.ContainsRune(d.Byline, 0x1b) {
				t.Errorf("byline has an escape: %q", d.Byline)
			}
		})
	}
}

func TestCleanByline(t *testing.T) {
	for in, want := range map[string]string{
		"By JEFFREY GETTLEMAN JAN. 13, 2017": "JEFFREY GETTLEMAN",
		"By: Ann Weir":                       "Ann Weir",
		"كتب: سامر الأحمد":                   "سامر الأحمد",
		"بقلم فلان الفلاني":                  "فلان الفلاني",
		"Byron Howe":                         "Byron Howe",
	} {
		if got := cleanByline(in); got != want {
			t.Errorf("cleanByline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCutBylineTail(t *testing.T) {
	for in, want := range map[string]string{
		"Joshua Sokol May 20, 2019": "Joshua Sokol",
		"Lucas Nolan22 Dec 2016651": "Lucas Nolan",
		"James Akinaka • 8h":        "James Akinaka",
		"Theresa May":               "Theresa May",
		"Brenda Goodman, MA":        "Brenda Goodman, MA",
		"Ann Weir - Apr 16, 2015":   "Ann Weir",
	} {
		if got := cutBylineTail(in); got != want {
			t.Errorf("cutBylineTail(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2015-07-24T05:36:09+01:00":       "2015-07-24T05:36:09+01:00",
		"2019-01-03T07:00:02.000Z":        "2019-01-03T07:00:02Z",
		"2016-02-01T01:28:49-0500":        "2016-02-01T01:28:49-05:00",
		"2018-12-21 12:55:00":             "2018-12-21",
		"20170113":                        "2017-01-13",
		"Mon, 02 Jan 2006 15:04:05 -0700": "2006-01-02T15:04:05-07:00",
		"Jan. 13, 2017":                   "",
		"0001-01-01":                      "",
	} {
		if got := normalizeDate(in); got != want {
			t.Errorf("normalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPageMetadataByURL checks that a page read from its address gets the
// same title, byline, date, site and language as the same page read from
// a file: both go through one extraction.
func TestPageMetadataByURL(t *testing.T) {
	src := page(`<title>Quay plans agreed | The Courier</title><meta property="og:site_name" content="The Courier">
		<meta name="author" content="Ann Weir"><meta property="article:published_time" content="2024-03-14T09:30:00Z"><meta property="og:locale" content="en_GB">`, "")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(src))
	}))
	defer srv.Close()
	byURL, err := LoadURL(context.Background(), srv.URL+"/news/quay")
	if err != nil {
		t.Fatal(err)
	}
	byFile, err := Parse("quay.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*Document{byURL, byFile} {
		if d.Title != "Quay plans agreed" || d.Byline != "Ann Weir" || d.Date != "2024-03-14T09:30:00Z" || d.Site != "The Courier" || d.Lang != "en-GB" {
			t.Errorf("%s: title %q byline %q date %q site %q lang %q", d.Name, d.Title, d.Byline, d.Date, d.Site, d.Lang)
		}
	}
}

func TestCutTitleTail(t *testing.T) {
	for in, want := range map[string]string{
		"Lorem ipsum dolor sit amet – My website": "Lorem ipsum dolor sit amet",
		"Courier | Rain returns to the dry plain": "Rain returns to the dry plain",
		"Rain returns - Courier":                  "Rain returns - Courier", // too few words left: whole
		"Courier » Rain returns to the plain":     "Rain returns to the plain",
		"A title without separators":              "A title without separators",
	} {
		if got := cutTitleTail(in); got != want {
			t.Errorf("cutTitleTail(%q) = %q, want %q", in, got, want)
		}
	}
}
