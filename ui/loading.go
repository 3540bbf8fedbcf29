package ui

import (
	"slices"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"qari/reader"
	"qari/reader/procs"
)

// A large article is shown from its head and tail (reader.LoadHead) while
// the whole file is read in a tea.Cmd; when the whole arrives it takes
// their place, and the text at the top of the screen stays there
// (Document.Carry maps the offset).

// wholeLoadedMsg carries the whole of document i, or why it could not be
// read.
type wholeLoadedMsg struct {
	i   int
	doc *reader.Document
	err error
}

// wholeLoaded puts the whole document in the place of its head and tail: a
// fresh pager (layers, quotations and all are found again for the whole
// text) with the same text at the top, or at the percentage the reader
// asked for before the whole was there.
func (m *model) wholeLoaded(msg wholeLoadedMsg) tea.Cmd {
	if msg.i < 0 || msg.i >= len(m.docs) {
		return nil
	}
	old := m.pagers[msg.i]
	if msg.err != nil {
		if old != nil {
			old.notice = "only the start is shown: " + msg.err.Error()
		}
		return nil
	}
	m.docs[msg.i] = msg.doc
	m.pagers[msg.i] = nil
	if old == nil {
		return nil
	}
	p := newPager(msg.doc, old.opt)
	p.anchor = old.doc.Carry(old.offset(), msg.doc)
	m.pagers[msg.i] = p
	if m.open != msg.i || m.state != statePager {
		return m.findQuotes(msg.i)
	}
	cmd := m.openDoc(msg.i)
	if old.pctAsked > 0 {
		p.percent(old.pctAsked - 1)
	}
	return tea.Batch(cmd, m.carrySearch(old, p))
}

// showWindow puts doc, the document of old with a window opened on the
// middle of its file (a search found a match there), in old's place: a
// fresh pager with the same text at the top, the search carried over, and
// the quotations found again for it. The whole is still being read.
func (m *model) showWindow(old *pager, doc *reader.Document) tea.Cmd {
	i := slices.Index(m.pagers, old)
	if i < 0 {
		return nil
	}
	m.docs[i] = doc
	p := newPager(doc, old.opt)
	p.anchor = old.doc.Carry(old.offset(), doc)
	p.loading, p.pctAsked = old.loading, old.pctAsked
	if f := old.find; f != nil {
		f.p, p.find = p, f
		f.origin = orig{off: old.doc.Carry(f.origin.off, doc)}
		f.filter, f.filtering = nil, nil
		p.layers = append(p.layers, f)
	}
	m.pagers[i] = p
	if m.open != i || m.state != statePager {
		return nil
	}
	return m.openDoc(i)
}

// carrySearch runs the search kept in old's finder (found in the head and
// tail, or waiting for the whole) again in p, the pager of the whole, from
// the carried place of its match or from the top.
func (m *model) carrySearch(old, p *pager) tea.Cmd {
	f := old.find
	if f == nil || f.m == nil || f.prompt != nil || p.cache == nil {
		return nil
	}
	nf := m.finder(p)
	nf.searchState = nf.newState(f.pattern, f.regex, f.back)
	from := p.cache.Offset(p.top)
	if !f.found {
		return nf.findCmd(from, f.back, 1)
	}
	// the match the reader saw, found again; the view stays where the
	// reader has moved it since
	cmd := nf.findCmd(old.doc.Carry(f.cur.start, p.doc), f.back, 1)
	return func() tea.Msg {
		msg, ok := cmd().(foundMsg)
		if !ok {
			return nil
		}
		msg.stay = true
		return msg
	}
}

// COMMANDS

// lean is cmd run under reader.Lean: a pass over a large document's whole
// text does not make its pages resident.
func lean(cmd tea.Cmd) tea.Cmd {
	return func() tea.Msg {
		var msg tea.Msg
		reader.Lean(func() { msg = cmd() })
		return msg
	}
}

// loadWhole reads the whole of document i when only its head is loaded,
// once, in a background slot (procs.Background: while the reader runs,
// background work leaves a processor to the keys and the frames).
func (m *model) loadWhole(i int) tea.Cmd {
	p := m.pagers[i]
	if p == nil || !p.doc.Partial || p.loading {
		return nil
	}
	p.loading = true
	path, gate := p.doc.Path, m.gate
	return func() tea.Msg {
		gate.wait()
		var msg wholeLoadedMsg
		procs.Background(func() {
			d, err := reader.Load(path)
			msg = wholeLoadedMsg{i: i, doc: d, err: err}
		})
		return msg
	}
}

// startWait is how long, at most, the work of opening an article waits
// for the first screen (see startGate).
const startWait = 200 * time.Millisecond

// startGate holds back the background work of opening an article (reading
// the whole file, finding its quotations, opening the store) until the
// first screen is on the terminal: on two cores, goroutines reading and
// parsing 100 MB, and the collector they wake, delayed the first frame by
// 5–10 ms. The gate opens two frames after the terminal's size arrived
// (the first screen is drawn after that Update, and written by the
// renderer's next tick; the second leaves room for a busy machine), or
// startWait after the model was made (no size ever came), whichever comes
// first. A nil gate is open.
type startGate struct {
	once    sync.Once
	open    chan struct{}
	gotSize bool // the terminal's size arrived (UI goroutine only)
}

// newStartGate returns a closed gate that opens by itself after startWait.
func newStartGate() *startGate {
	g := &startGate{open: make(chan struct{})}
	time.AfterFunc(startWait, g.release)
	return g
}

// release opens the gate.
func (g *startGate) release() { g.once.Do(func() { close(g.open) }) }

// sized tells the gate that the terminal's size arrived: it opens two
// frames later, once the renderer has written the first screen.
func (g *startGate) sized() {
	if g == nil || g.gotSize {
		return
	}
	g.gotSize = true
	time.AfterFunc(2*time.Second/frameRate, g.release)
}

// wait returns once the gate is open.
func (g *startGate) wait() {
	if g != nil {
		<-g.open
	}
}
