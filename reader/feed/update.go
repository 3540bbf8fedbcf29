package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"

	"qari/reader"
	"qari/reader/store"
)

// Parallel is how many feeds Update fetches at once.
const Parallel = 8

// summaryRunes is the length of text under which an entry's content is
// read as a summary: the article is then extracted from its link.
const summaryRunes = 600

// Result is what updating one feed did.
type Result struct {
	Feed        store.Feed // as it is after the update
	New         int        // articles kept
	Known       int        // entries the library held already (same address or same text)
	NotModified bool       // the server said nothing changed (ETag, Last-Modified)
	Notes       []string   // what went wrong with single entries, one line each
	Err         error      // why the feed could not be read; nil when it was
}

// Update fetches every feed, Parallel at a time, and keeps their new
// entries in st: an entry's content when the feed carries the article,
// else the article at its link, extracted; the summary when the link
// fails. A feed is asked with the validators of its last answer (ETag,
// Last-Modified), and a feed that moved for good (301, 308) is saved
// under its new address. done is called, from any goroutine, after each
// feed. The results are in the order of feeds.
func Update(ctx context.Context, st *store.Store, feeds []store.Feed, done func(Result)) []Result {
	out := make([]Result, len(feeds))
	sem := make(chan struct{}, Parallel)
	c := client()
	var wg sync.WaitGroup
	for i, f := range feeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			out[i] = updateOne(ctx, c, st, f)
			if done != nil {
				done(out[i])
			}
		}()
	}
	wg.Wait()
	return out
}

// updateOne updates one feed.
func updateOne(ctx context.Context, c *http.Client, st *store.Store, f store.Feed) Result {
	r := Result{Feed: f}
	a, err := get(ctx, c, f.URL, f.ETag, f.Modified)
	if a.movedTo != "" {
		r.Notes = append(r.Notes, "moved for good to "+a.movedTo)
		r.Feed.URL = a.movedTo
	}
	var parsed *Feed
	switch {
	case err != nil:
	case a.notModified:
		r.NotModified = true
	default:
		parsed, err = Parse(a.data)
		if errors.Is(err, ErrNotFeed) {
			// a site's page: the feed it names, once
			if u := discover(a.data, firstOf(a.movedTo, f.URL)); u != "" {
				if a, err = get(ctx, c, u, "", ""); err == nil {
					parsed, err = Parse(a.data)
				}
				if err == nil {
					r.Notes = append(r.Notes, "the page names its feed: "+u)
					r.Feed.URL = u
				}
			}
		}
	}
	if err != nil {
		r.Err = err
		r.Feed.Error = err.Error()
		if serr := st.SaveFeed(r.Feed); serr != nil {
			r.Err = serr
		}
		return r
	}
	r.Feed.Error = ""
	if parsed != nil {
		r.Feed.ETag, r.Feed.Modified = a.etag, a.modified
		if parsed.Title != "" {
			r.Feed.Title = parsed.Title
		}
		if parsed.Site != "" {
			r.Feed.Site = parsed.Site
		}
		if parsed.More > 0 {
			r.Notes = append(r.Notes, strconv.Itoa(len(parsed.Entries)+parsed.More)+" entries: the first "+strconv.Itoa(len(parsed.Entries))+" read")
		}
		// the newest first (as feeds list them), so that the fetches an
		// update allows go to them; kept oldest first, so that the newest
		// is listed first
		var batch []store.ToKeep
		budget, later := MaxFetches, 0
		for i, e := range parsed.Entries {
			if ctx.Err() != nil {
				r.Err = ctx.Err()
				break
			}
			it, ok, err := entryToKeep(ctx, st, &r, i, e, &budget)
			if errors.Is(err, errLater) {
				later++
			}
			if ok {
				batch = append(batch, it)
			}
		}
		if later > 0 {
			r.Notes = append(r.Notes, strconv.Itoa(later)+" entries whose article is on their page: left for the next update (at most "+strconv.Itoa(MaxFetches)+" pages an update)")
		}
		slices.Reverse(batch)
		ks, err := st.KeepAll(batch)
		if err != nil {
			r.Err = err
		}
		for _, k := range ks {
			if k.New {
				r.New++
			} else {
				r.Known++
			}
		}
	}
	if err := st.SaveFeed(r.Feed); err != nil && r.Err == nil {
		r.Err = err
	}
	return r
}

// entryToKeep is entry i of a feed as an article to keep; false for an
// entry the library holds already (counted in r), that has nothing to
// keep (noted in r), or whose page is past the update's budget of
// fetches (errLater).
func entryToKeep(ctx context.Context, st *store.Store, r *Result, i int, e Entry, budget *int) (store.ToKeep, bool, error) {
	if e.Link != "" {
		if ok, err := st.HasURL(e.Link); err == nil && ok {
			r.Known++
			return store.ToKeep{}, false, nil
		}
	}
	name := "entry " + strconv.Itoa(i+1)
	if e.Title != "" {
		name += " (" + e.Title + ")"
	}
	doc, err := entryDoc(ctx, e, budget)
	if errors.Is(err, errLater) {
		return store.ToKeep{}, false, err
	}
	if err != nil {
		r.Notes = append(r.Notes, name+": "+err.Error())
		return store.ToKeep{}, false, nil
	}
	if doc == nil {
		r.Notes = append(r.Notes, name+": no text and no link: left out")
		return store.ToKeep{}, false, nil
	}
	if e.Title != "" {
		doc.Title = e.Title
	}
	if doc.Byline == "" {
		doc.Byline = e.Author
	}
	if doc.Date == "" {
		doc.Date = e.Date
	}
	if doc.Site == "" {
		doc.Site = r.Feed.Title
	}
	return store.ToKeep{Doc: doc, URL: e.Link, Feed: r.Feed.ID}, true, nil
}

// MaxFetches is how many entries' pages one feed's update fetches at
// most; the entries past it wait for the next update, so that a feed of
// a thousand summaries does not hold the update for an hour.
var MaxFetches = 100

// errLater is entryDoc's answer past the budget of fetches.
var errLater = errors.New("left for the next update")

// entryDoc is the article of an entry: its content when that is the
// article, else the page at its link (one of budget's fetches), else its
// summary; nil when it has none of them.
func entryDoc(ctx context.Context, e Entry, budget *int) (*reader.Document, error) {
	body := e.Content
	if body == "" {
		body = e.Summary
	}
	text := plain(body)
	if e.Link != "" && utf8.RuneCountInString(text) < summaryRunes {
		if *budget <= 0 {
			return nil, errLater
		}
		*budget--
		d, err := reader.LoadURL(ctx, e.Link) // extracted with go-readability
		if err == nil {
			return d, nil
		}
		if text == "" {
			return nil, err
		}
		// the summary stands in for the page that could not be read
	}
	if text == "" {
		return nil, nil
	}
	d, err := reader.Parse("entry.html", []byte(body))
	if err != nil {
		return nil, fmt.Errorf("its text: %w", err)
	}
	return d, nil
}
