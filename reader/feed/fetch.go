package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"
)

// Limits of fetching a feed (variables so that tests can make them small).
var (
	headerTimeout = 30 * time.Second // for the server to start answering
	fetchTimeout  = 2 * time.Minute  // for the whole answer, body included
	maxRedirects  = 5
	maxBody       = 16 << 20 // bytes once decompressed: a gzip bomb stops here
)

// tooLarge is the error of a body past maxBody.
func tooLarge() error {
	return fmt.Errorf("larger than %d MB once decompressed: not a feed", maxBody>>20)
}

// answer is what the server gave for a feed.
type answer struct {
	data        []byte
	etag        string
	modified    string
	notModified bool   // 304: nothing new since the validators
	movedTo     string // the address after permanent redirects (301, 308) only; "" when none
}

// client is the HTTP client of feeds: a redirect limit, and a note of
// whether every redirect was permanent.
func client() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.ResponseHeaderTimeout = headerTimeout
	return &http.Client{
		Transport: t,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("more than %d redirects (a redirect loop?)", maxRedirects)
			}
			return nil
		},
	}
}

// get fetches rawURL with the validators of the last answer.
func get(ctx context.Context, c *http.Client, rawURL, etag, modified string) (answer, error) {
	ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return answer{}, err
	}
	req.Header.Set("User-Agent", "qari (terminal article reader)")
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if modified != "" {
		req.Header.Set("If-Modified-Since", modified)
	}
	permanent := true
	cr := c.CheckRedirect
	cc := *c
	cc.CheckRedirect = func(r *http.Request, via []*http.Request) error {
		if s := r.Response.StatusCode; s != http.StatusMovedPermanently && s != http.StatusPermanentRedirect {
			permanent = false
		}
		return cr(r, via)
	}
	resp, err := cc.Do(req)
	if err != nil {
		return answer{}, netError(ctx, err)
	}
	defer resp.Body.Close()
	var a answer
	if final := resp.Request.URL.String(); final != rawURL && permanent {
		a.movedTo = final
	}
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusNotModified:
		a.notModified = true
		return a, nil
	default:
		return a, fmt.Errorf("the server answered %s", resp.Status)
	}
	// the Transport asked for gzip and decompresses it: the limit counts
	// decompressed bytes
	a.data, err = io.ReadAll(io.LimitReader(resp.Body, int64(maxBody)+1))
	if err != nil {
		return a, netError(ctx, err)
	}
	if len(a.data) > maxBody {
		return a, tooLarge()
	}
	a.etag, a.modified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	return a, nil
}

// netError is the one line of a failed request, without the address
// (the caller names the feed); ctx is the request's.
func netError(ctx context.Context, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne net.Error
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("the answer took longer than %v", fetchTimeout)
	case errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("no answer within %v", headerTimeout)
	}
	return err
}
