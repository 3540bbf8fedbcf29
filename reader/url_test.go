package reader

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestLoadURL serves the samples over HTTP on the loopback, as a news site
// would, and reads them as a user gives qari an address.
func TestLoadURL(t *testing.T) {
	museum, err := os.ReadFile("../samples/en-sample-museum.html")
	if err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("../samples/seed-aleppo.txt")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/culture/clock-museum-reopens": // an article page with no extension
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(museum)
		case "/feeds/seed.txt":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(seed)
		case "/slow":
			time.Sleep(300 * time.Millisecond)
		case "/big":
			w.Write([]byte(strings.Repeat("A line of text.\n", 1000)))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	d, err := LoadURL(context.Background(), srv.URL+"/culture/clock-museum-reopens")
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatHTML || d.Title != "Clock museum reopens after a four-year restoration" || len(d.Sections) != 3 {
		t.Errorf("the museum page: format %v, title %q, %d sections", d.Format, d.Title, len(d.Sections))
	}
	if strings.Contains(d.Text, "cookies") || d.Name != srv.URL+"/culture/clock-museum-reopens" {
		t.Errorf("page chrome in the text, or the name %q is not the address", d.Name)
	}
	// the page's relative link goes where a browser would take it
	if got := linkTargets(d); !slices.Contains(got, "Brackenford council approves museum funding for 2025 → "+srv.URL+"/news/2023/council-museum-funding") {
		t.Errorf("the museum page's links are %q, want its relative link resolved against the page", got)
	}

	d, err = LoadURL(context.Background(), srv.URL+"/feeds/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatText || len(d.Sections) != 3 || d.Title != "seed" {
		t.Errorf("the seed as text: format %v, title %q, %d sections", d.Format, d.Title, len(d.Sections))
	}

	oldTimeout, oldMax := urlTimeout, urlMaxBytes
	defer func() { urlTimeout, urlMaxBytes = oldTimeout, oldMax }()
	urlTimeout, urlMaxBytes = 100*time.Millisecond, 4096
	for path, want := range map[string]string{"/missing": "404", "/slow": "deadline", "/big": "larger than"} {
		_, err := LoadURL(context.Background(), srv.URL+path)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), srv.URL+path+": ") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %v; want one line that names the address and says %q", path, err, want)
		}
	}
	if _, err := LoadURL(context.Background(), srv.URL+"/big"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a page too large: %v", err)
	}
}

func TestIsURL(t *testing.T) {
	for arg, want := range map[string]bool{
		"https://example.org/a": true, "http://example.org": true,
		"article.txt": false, "-": false, "ftp://example.org/a": false, "https:/nohost": false, "./http:/x": false,
	} {
		if IsURL(arg) != want {
			t.Errorf("IsURL(%q) = %v", arg, !want)
		}
	}
}

// linkTargets returns "text → target" for each link span of d.
func linkTargets(d *Document) []string {
	var out []string
	for _, s := range d.Spans {
		if s.Kind == Link {
			out = append(out, d.Text[s.Start:s.End]+" → "+s.Target)
		}
	}
	return out
}

// TestLinkTargets: Markdown links, autolinks (an e-mail one as mailto:)
// and reference links, and HTML anchors keep their targets, without the
// controls and spaces an article may hide in them.
func TestLinkTargets(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"a.md", "See [the page](https://e.org/a?x=1) and <https://go.dev>, <info@e.org>, [ref][r].\n\n[r]: http://r.example/\n",
			[]string{"the page → https://e.org/a?x=1", "https://go.dev → https://go.dev", "info@e.org → mailto:info@e.org", "ref → http://r.example/"}},
		{"a.html", "<html><body><article><p>See <a href=\" https://e.org/\x1b]8;;x\x07 \n path \">the page</a> and <a>no href</a>.</p></article></body></html>",
			[]string{"the page → https://e.org/path", "no href → "}},
	} {
		d, err := Parse(tc.name, []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		if got := linkTargets(d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: links %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestLinkURL: only http, https and mailto are followed, and what is
// followed holds printable ASCII only.
func TestLinkURL(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"https://e.org/a?x=1", "https://e.org/a?x=1", true},
		{"HTTP://e.org/", "http://e.org/", true},
		{"mailto:info@e.org", "mailto:info@e.org", true},
		{"https://e.org/حلب", "https://e.org/%D8%AD%D9%84%D8%A8", true},
		{"javascript:alert(1)", "", false},
		{"file:///etc/passwd", "", false},
		{"/about", "", false},
		{"https:///nohost", "", false},
		{"mailto:", "", false},
		{"", "", false},
	} {
		got, ok := LinkURL(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("LinkURL(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
