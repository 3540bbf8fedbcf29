package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"qari/reader"
	"qari/reader/feed"
	"qari/reader/store"
)

func init() { commands["feed"] = runFeed }

// feedUsage is the help of qari feed.
const feedUsage = `Usage:
  qari feed add URL...          subscribe, and fetch the feeds' articles
  qari feed update [URL...]     fetch every feed's new articles (8 at a time)
  qari feed list                the feeds, their articles and their last error
  qari feed remove URL|TITLE    unsubscribe (the articles stay in the library)
  qari feed import FILE.opml|-  subscribe to every feed of an OPML list (newsboat's export, say)
  qari feed export              print the subscriptions as OPML
Every subcommand takes --data-dir DIR (default data_dir of the config file,
else $QARI_DATA_DIR, else $XDG_DATA_HOME/qari).`

// feedCommands are the subcommands of qari feed.
var feedCommands = map[string]func(s *store.Store, args []string, stdout, stderr io.Writer) int{
	"add":    feedAdd,
	"update": feedUpdate,
	"list":   feedList,
	"remove": feedRemove,
	"import": feedImport,
	"export": feedExport,
}

// runFeed implements qari feed SUBCOMMAND: the library's subscriptions.
func runFeed(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		w, code := stdout, exitOK
		if len(args) == 0 {
			w, code = stderr, exitError
		}
		fmt.Fprintln(w, feedUsage)
		return code
	}
	sub, ok := feedCommands[args[0]]
	if !ok {
		return fail(stderr, fmt.Errorf("feed: unknown subcommand %q (one of add, update, list, remove, import, export)", args[0]))
	}
	fs, dataDir, err := storeFlags("qari feed " + args[0])
	if err != nil {
		return fail(stderr, err)
	}
	rest, code := parseFlags(fs, args[1:], stdout, stderr, helpFor(feedUsage))
	if code >= 0 {
		return code
	}
	s, err := openStoreIn(*dataDir)
	if err != nil {
		return fail(stderr, err)
	}
	defer s.Close()
	return sub(s, rest, stdout, stderr)
}

// safe makes text from a feed or a subscription list one line with no
// control sequence, for the terminal.
func safe(s string) string {
	return flatLine(reader.Sanitize(strings.ToValidUTF8(s, "\uFFFD")))
}

// feedAdd subscribes to each URL and fetches it at once, so that a wrong
// address is said now.
func feedAdd(s *store.Store, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return fail(stderr, errors.New("feed add: name the feed's URL"))
	}
	var fs []store.Feed
	for _, u := range args {
		if !reader.IsURL(u) {
			return fail(stderr, fmt.Errorf("feed add: %s: not an http or https address", safe(u)))
		}
		f, added, err := s.AddFeed(u, "")
		if err != nil {
			return fail(stderr, err)
		}
		if !added {
			fmt.Fprintf(stdout, "already subscribed: %s\n", safe(u))
		}
		fs = append(fs, f)
	}
	return updateFeeds(s, fs, stdout, stderr)
}

// feedUpdate fetches the named feeds, or all of them.
func feedUpdate(s *store.Store, args []string, stdout, stderr io.Writer) int {
	all, err := s.Feeds()
	if err != nil {
		return fail(stderr, err)
	}
	fs := all
	if len(args) > 0 {
		fs = nil
		for _, a := range args {
			i := feedIndex(all, a)
			if i < 0 {
				return fail(stderr, fmt.Errorf("feed update: %s: %w", safe(a), store.ErrNoFeed))
			}
			fs = append(fs, all[i])
		}
	}
	if len(fs) == 0 {
		return fail(stderr, errors.New("feed update: no feeds (qari feed add URL, or qari feed import FILE.opml)"))
	}
	return updateFeeds(s, fs, stdout, stderr)
}

// feedIndex is the index of the feed whose URL or title is a, or -1.
func feedIndex(fs []store.Feed, a string) int {
	for i, f := range fs {
		if f.URL == a || f.Title == a {
			return i
		}
	}
	return -1
}

// updateFeeds updates fs with a progress bar on a terminal's stderr,
// then prints one line for each feed that failed and each entry that
// could not be kept, and a line of totals. The status is 1 when a feed
// failed.
func updateFeeds(s *store.Store, fs []store.Feed, stdout, stderr io.Writer) int {
	bar := newProgress(stderr, len(fs))
	rs := feed.Update(context.Background(), s, fs, func(feed.Result) { bar.step() })
	bar.done()
	code := exitOK
	var fresh, failed, same int
	for _, r := range rs {
		name := safe(r.Feed.URL)
		if r.Feed.Title != "" {
			name = safe(r.Feed.Title) + " (" + name + ")"
		}
		for _, n := range r.Notes {
			fmt.Fprintf(stderr, "qari: feed %s: %s\n", name, safe(n))
		}
		switch {
		case r.Err != nil:
			fmt.Fprintf(stderr, "qari: feed %s: %s\n", name, safe(r.Err.Error()))
			failed++
			code = exitError
		case r.NotModified:
			same++
		}
		fresh += r.New
	}
	fmt.Fprintf(stdout, "%d feeds: %d new articles", len(rs), fresh)
	if same > 0 {
		fmt.Fprintf(stdout, ", %d unchanged", same)
	}
	if failed > 0 {
		fmt.Fprintf(stdout, ", %d failed", failed)
	}
	fmt.Fprintln(stdout)
	return code
}

// progress is a bar of feeds done on a terminal; nothing elsewhere.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	n     int
	total int
	on    bool
}

// newProgress returns a bar for total feeds on w, shown when w is a
// terminal.
func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total, on: isTerminal(w)}
	p.draw()
	return p
}

// barWidth is the bar's width in cells.
const barWidth = 30

// draw writes the bar over itself.
func (p *progress) draw() {
	if !p.on {
		return
	}
	full := barWidth * p.n / max(p.total, 1)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d feeds", strings.Repeat("█", full), strings.Repeat("·", barWidth-full), p.n, p.total)
}

// step counts a feed done.
func (p *progress) step() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	p.draw()
}

// done clears the bar.
func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// feedList prints the feeds: title, address, articles kept, last update
// and its error.
func feedList(s *store.Store, args []string, stdout, stderr io.Writer) int {
	fs, err := s.Feeds()
	if err != nil {
		return fail(stderr, err)
	}
	if len(fs) == 0 {
		fmt.Fprintln(stdout, "no feeds (qari feed add URL, or qari feed import FILE.opml)")
		return exitOK
	}
	for _, f := range fs {
		title := safe(f.Title)
		if title == "" {
			title = "(not fetched yet)"
		}
		checked := "never updated"
		if !f.Checked.IsZero() {
			checked = "updated " + f.Checked.Local().Format(time.DateTime)
		}
		fmt.Fprintf(stdout, "%s\t%s\t%d articles\t%s", title, safe(f.URL), f.Articles, checked)
		if f.Error != "" {
			fmt.Fprintf(stdout, "\tfailed: %s", safe(f.Error))
		}
		fmt.Fprintln(stdout)
	}
	return exitOK
}

// feedRemove unsubscribes from one feed.
func feedRemove(s *store.Store, args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		return fail(stderr, errors.New("feed remove: name one feed, by its URL or its title"))
	}
	f, err := s.RemoveFeed(args[0])
	if err != nil {
		return fail(stderr, fmt.Errorf("feed remove: %s", safe(err.Error())))
	}
	fmt.Fprintf(stdout, "removed: %s (its %d articles stay in the library)\n", safe(f.URL), f.Articles)
	return exitOK
}

// feedImport subscribes to the feeds of an OPML file (or of standard
// input, -). They are fetched by the next qari feed update.
func feedImport(s *store.Store, args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		return fail(stderr, errors.New("feed import: name one OPML file, or - for standard input"))
	}
	r := io.Reader(os.Stdin)
	if args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return fail(stderr, err)
		}
		defer f.Close()
		r = f
	}
	subs, err := feed.ReadOPML(r)
	if err != nil {
		return fail(stderr, fmt.Errorf("feed import: %s: %w", safe(args[0]), err))
	}
	added := 0
	code := exitOK
	for _, sub := range subs {
		if !reader.IsURL(sub.URL) {
			fmt.Fprintf(stderr, "qari: feed import: %s: not an http or https address\n", safe(sub.URL))
			code = exitError
			continue
		}
		_, isNew, err := s.AddFeed(sub.URL, sub.Title)
		if err != nil {
			return fail(stderr, err)
		}
		if isNew {
			added++
		}
	}
	fmt.Fprintf(stdout, "%d feeds in %s: %d new subscriptions (qari feed update fetches them)\n", len(subs), safe(args[0]), added)
	return code
}

// feedExport prints the subscriptions as OPML 2.0.
func feedExport(s *store.Store, args []string, stdout, stderr io.Writer) int {
	fs, err := s.Feeds()
	if err != nil {
		return fail(stderr, err)
	}
	sort.SliceStable(fs, func(i, j int) bool { return strings.ToLower(fs[i].Title) < strings.ToLower(fs[j].Title) })
	subs := make([]feed.Subscription, len(fs))
	for i, f := range fs {
		subs[i] = feed.Subscription{Title: f.Title, URL: f.URL, Site: f.Site}
	}
	if err := feed.WriteOPML(stdout, "qari subscriptions", subs); err != nil {
		return fail(stderr, err)
	}
	return exitOK
}
