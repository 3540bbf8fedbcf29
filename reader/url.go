package reader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"
)

// Limits of reading an article from the web (variables so that tests can
// make them small).
var (
	urlTimeout  = 30 * time.Second
	urlMaxBytes = 64 << 20 // larger than any article page; a stream or a file is refused
)

// ErrTooLarge is LoadURL's error for a page larger than it reads.
var ErrTooLarge = errors.New("larger than 64 MB: not an article page")

// IsURL reports whether arg names a web page (http or https) rather than
// a file.
func IsURL(arg string) bool {
	u, err := url.Parse(arg)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// linkTarget is a link's destination as Span.Target keeps it: without
// the controls Sanitize removes from text, and without spaces (a
// destination has none; an href's are padding or line breaks).
func linkTarget(raw string) string {
	return strings.Join(strings.Fields(Sanitize(raw)), "")
}

// LinkURL returns the address of a link target that a reader may follow
// (http, https or mailto, with a host or an address), in a form that
// holds only printable ASCII, so that it can go into a terminal's
// hyperlink sequence (OSC 8) or a list as it is. ok is false for any other
// target (javascript:, file:, a relative path, …): it is shown as text,
// never made a hyperlink.
func LinkURL(target string) (string, bool) {
	u, err := url.Parse(target)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return "", false
		}
	case "mailto":
		if u.Opaque == "" {
			return "", false
		}
	default:
		return "", false
	}
	s := u.String()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// LoadURL reads the article at an http or https address and parses it as
// Load parses a file: its format from the Content-Type the server gives
// (an HTML page, Markdown, plain text), else from the address's file name,
// else by sniffing. Errors are one line and name the address: the server's
// status, a timeout, a page too large.
func LoadURL(ctx context.Context, rawURL string) (*Document, error) {
	ctx, cancel := context.WithTimeout(ctx, urlTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", "qari (terminal article reader)")
	req.Header.Set("Accept", "text/html, text/markdown, text/plain;q=0.9, */*;q=0.5")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the address is named once, below
		}
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: the server answered %s", rawURL, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, int64(urlMaxBytes)+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	if len(data) > urlMaxBytes {
		return nil, fmt.Errorf("%s: %w", rawURL, ErrTooLarge)
	}
	d, err := parse(urlName(resp), data, owned)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, errors.Unwrap(err))
	}
	d.Name = rawURL
	resolveLinks(d, resp.Request.URL)
	return d, nil
}

// resolveLinks makes the relative link targets of a fetched page
// absolute, against the address it came from (after redirects), so that
// a link to /about on a web page goes where a browser would take it.
func resolveLinks(d *Document, base *url.URL) {
	for i, s := range d.Spans {
		if s.Kind != Link || s.Target == "" {
			continue
		}
		if u, err := base.Parse(s.Target); err == nil {
			d.Spans[i].Target = linkTarget(u.String())
		}
	}
}

// urlName is a file name for a fetched page whose extension says its
// format: the Content-Type's when the server gives one qari reads, else
// the last element of the address's path (sniffed when it has no
// extension).
func urlName(resp *http.Response) string {
	base := path.Base(resp.Request.URL.Path)
	if base == "/" || base == "." {
		base = resp.Request.URL.Host
	}
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	stem := strings.TrimSuffix(base, path.Ext(base))
	switch mt {
	case "text/html", "application/xhtml+xml":
		return stem + ".html"
	case "text/markdown", "text/x-markdown":
		return stem + ".md"
	case "text/plain":
		if ext := path.Ext(base); ext == ".md" || ext == ".markdown" {
			return base
		}
		return stem + ".txt"
	}
	return base
}
