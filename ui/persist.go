package ui

import (
	"errors"
	"slices"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"qari/reader"
	"qari/reader/store"
)

// positionDelay is how long the reading position must stay put before it
// is saved: scrolling through an article saves it once, not every line.
const positionDelay = 600 * time.Millisecond

// keeper is the model's side of the highlights store (Config.Store): the
// store's work runs on goroutines of its own, never on the UI goroutine,
// and Run waits for it on exit so that nothing the reader was told is
// saved is lost when qari quits.
type keeper struct {
	ops      sync.WaitGroup // store work in flight
	opening  bool           // Config.OpenStore has not answered yet
	asked    bool           // the library's progress was asked for
	errShown bool           // Config.StoreError was shown
}

// record is the store's record of one article, opened off the UI
// goroutine. Store work on it waits for ready; the UI goroutine reads it
// only once a recordMsg said it is ready.
type record struct {
	ready chan struct{} // closed once the fields below are set
	art   *store.Article
	err   error
	marks []store.Highlight // its highlights when it was opened
	pos   int               // its reading position when it was opened
}

// wait returns the article once the store has it.
func (r *record) wait() (*store.Article, error) {
	<-r.ready
	return r.art, r.err
}

// storeMsg is the answer of store work; it applies itself to the model.
type storeMsg interface {
	applyTo(m *model) tea.Cmd
}

// keepUp runs after every Update: it opens the store's record of an
// article the first time its pager is shown, asks the store once for the
// library's progress, and schedules saving the reading position when it
// has moved. It only compares offsets and starts goroutines.
func (m *model) keepUp() tea.Cmd {
	if m.keep.opening {
		return nil // everything waits for the store
	}
	var cmds []tea.Cmd
	if m.lib != nil && m.cfg.Shelf == nil && !m.keep.asked && m.cfg.Store != nil {
		m.keep.asked = true
		cmds = append(cmds, m.work(askProgress(m.cfg.Store, m.docs)))
	}
	if m.state != statePager || m.open >= len(m.pagers) || m.pagers[m.open] == nil {
		return tea.Batch(cmds...)
	}
	p := m.pagers[m.open]
	if p.doc.Partial {
		return tea.Batch(cmds...) // the head of a large file: the record waits for the whole
	}
	if h := m.marks(p); !h.opened {
		h.opened = true
		if m.cfg.StoreError != nil && !m.keep.errShown {
			m.keep.errShown = true
			p.notice = "highlights not kept: " + storeProblem(m.cfg.StoreError)
		}
		if m.cfg.Store != nil {
			p.hl.rec = &record{ready: make(chan struct{})}
			cmds = append(cmds, m.work(openRecord(m.cfg.Store, p.hl)))
		}
	}
	h := p.hl
	if h.rec == nil || p.cache == nil {
		return tea.Batch(cmds...)
	}
	off := p.offset()
	if h.stored < 0 { // restored before the pager had a size
		h.stored, h.saved = off, off
	}
	if off != h.saved {
		h.saved = off
		h.posGen++
		gen := h.posGen
		cmds = append(cmds, tea.Tick(positionDelay, func(time.Time) tea.Msg { return positionTick{h, gen} }))
	}
	return tea.Batch(cmds...)
}

// storeOpenedMsg is Config.OpenStore's answer.
type storeOpenedMsg struct {
	st  *store.Store
	err error
}

// openStore starts opening the store when Config.OpenStore asks for it.
func (m *model) openStore() tea.Cmd {
	if m.cfg.OpenStore == nil || m.cfg.Store != nil || m.cfg.StoreError != nil {
		return nil
	}
	m.keep.opening = true
	open, gate := m.cfg.OpenStore, m.gate
	return m.work(func() tea.Msg {
		gate.wait()
		st, err := open()
		return storeOpenedMsg{st, err}
	})
}

// storeOpened takes the store (or why there is none) Config.OpenStore
// gave; keepUp then reads what it holds for the article in front.
func (m *model) storeOpened(msg storeOpenedMsg) {
	m.keep.opening = false
	m.cfg.Store, m.cfg.StoreError = msg.st, msg.err
}

// work runs f on a goroutine counted in m.keep.ops and returns a command
// that delivers its message. It starts at once, so that work is never
// lost to a quit before the program ran the command.
func (m *model) work(f func() tea.Msg) tea.Cmd {
	ch := make(chan tea.Msg, 1)
	m.keep.ops.Add(1)
	go func() {
		defer m.keep.ops.Done()
		ch <- f()
	}()
	return func() tea.Msg { return <-ch }
}

// keepOnExit runs after the program has ended: it waits for the store's
// work and saves the reading position of every article read.
func (m *model) keepOnExit() {
	m.keep.ops.Wait()
	for _, p := range m.pagers {
		if p == nil || p.hl == nil || p.hl.rec == nil || p.cache == nil {
			continue
		}
		if art, err := p.hl.rec.wait(); err == nil && p.offset() != p.hl.stored {
			// the reader has left: an error here has nobody to tell
			_ = m.cfg.Store.SavePosition(art, p.offset())
		}
	}
}

// storeProblem says in a few words what is wrong with the store: what
// kind of trouble it is (locked, damaged, read-only) without the file's
// path, which the status bar has no room for; else the error's line.
func storeProblem(err error) string {
	var se *store.Error
	if errors.As(err, &se) && se.Kind != nil {
		return se.Kind.Error()
	}
	return oneLine(err.Error())
}

// recordMsg says that the record of the article of h is open.
type recordMsg struct{ h *highlights }

// applyTo restores the reading position (unless the reader has moved
// since the article opened) and the highlights, or shows why the store
// could not give them.
func (msg recordMsg) applyTo(m *model) tea.Cmd {
	h, rec := msg.h, msg.h.rec
	p := h.p
	if rec.err != nil {
		p.notice = "highlights not kept: " + storeProblem(rec.err)
		h.rec = nil
		return nil
	}
	h.adopt(rec.marks)
	if p.offset() == 0 {
		// not moved since it opened: back to where the reader was
		p.anchor, h.stored = rec.pos, -1
		if p.cache != nil {
			p.top = p.lay().PosAt(rec.pos)
			p.anchored = p.top
			h.stored = p.offset()
		}
		h.saved = h.stored
	}
	m.libraryRow(h)
	return nil
}

// markSaved says that the store saved the highlight with key among h,
// or why it could not.
type markSaved struct {
	h   *highlights
	key int
	hl  store.Highlight
	err error
}

// applyTo gives the highlight the store's id. One removed or given
// another note while it was being saved is removed or noted now.
func (msg markSaved) applyTo(m *model) tea.Cmd {
	h := msg.h
	p := h.p
	mk := h.byKey(msg.key)
	if msg.err != nil {
		p.notice = "highlight not saved: " + storeProblem(msg.err)
		return nil
	}
	if mk == nil {
		return m.work(removeMark(m.cfg.Store, h, msg.hl.ID))
	}
	note := mk.Note
	mk.ID = msg.hl.ID
	if note != msg.hl.Note {
		return m.saveNote(p, mk)
	}
	m.libraryRow(h)
	return nil
}

// storeDone says that store work on the article of h is done; err says
// what went wrong.
type storeDone struct {
	h    *highlights
	what string // what was being saved: "note", "position", "removal"
	err  error
}

// applyTo shows an error in the status bar.
func (msg storeDone) applyTo(m *model) tea.Cmd {
	if msg.err != nil {
		msg.h.p.notice = msg.what + " not saved: " + storeProblem(msg.err)
	}
	m.libraryRow(msg.h)
	return nil
}

// positionTick is the end of positionDelay after the position moved.
type positionTick struct {
	h   *highlights
	gen int
}

// applyTo saves the position if it has not moved again since.
func (msg positionTick) applyTo(m *model) tea.Cmd {
	h := msg.h
	p := h.p
	if msg.gen != h.posGen || h.rec == nil || p.cache == nil {
		return nil
	}
	st, rec, off := m.cfg.Store, h.rec, p.offset()
	return m.work(func() tea.Msg {
		art, err := rec.wait()
		if err == nil {
			err = st.SavePosition(art, off)
		}
		return positionSaved{h: h, off: off, err: err}
	})
}

// positionSaved says that the store saved off as the reading position of
// the article of h, or why it could not.
type positionSaved struct {
	h   *highlights
	off int
	err error
}

// applyTo records what the store holds, or shows the error.
func (msg positionSaved) applyTo(m *model) tea.Cmd {
	if msg.err == nil {
		msg.h.stored = msg.off
	}
	return storeDone{h: msg.h, what: "position", err: msg.err}.applyTo(m)
}

// progressMsg carries the store's summaries of the library's articles,
// by index in model.docs.
type progressMsg map[int]store.Summary

// applyTo shows the progress and highlights of each article in its row.
func (msg progressMsg) applyTo(m *model) tea.Cmd {
	if m.lib == nil {
		return nil
	}
	for i, s := range msg {
		m.lib.SetProgress(i, int(s.Progress*100), s.Highlights)
	}
	return nil
}

// libraryRow brings the library's row of the article of h up to date:
// where the reader is and how many highlights it holds. The highlights
// of a pager that is no longer shown (a large file's head) have none.
func (m *model) libraryRow(h *highlights) {
	doc := slices.Index(m.pagers, h.p)
	if m.lib == nil || doc < 0 {
		return
	}
	m.lib.SetProgress(doc, h.p.percentShown(), len(h.p.hl.marks)+len(h.p.hl.orphans))
}

// COMMANDS

// saveMark saves a new highlight; without a store it is kept for the
// session only.
func (m *model) saveMark(p *pager, mk *mark) tea.Cmd {
	rec := p.hl.rec
	if rec == nil {
		return nil
	}
	st, h, key, start, end, note := m.cfg.Store, p.hl, mk.key, mk.Start, mk.End, mk.Note
	return m.work(func() tea.Msg {
		art, err := rec.wait()
		var hl store.Highlight
		if err == nil {
			hl, err = st.AddHighlight(art, start, end, note)
		}
		return markSaved{h: h, key: key, hl: hl, err: err}
	})
}

// unsaveMark removes a highlight from the store; one still being saved is
// removed when the store answers (see markSaved).
func (m *model) unsaveMark(p *pager, mk *mark) tea.Cmd {
	if p.hl.rec == nil || mk.ID == 0 {
		return nil
	}
	return m.work(removeMark(m.cfg.Store, p.hl, mk.ID))
}

// saveNote saves the note of a saved highlight; one still being saved
// gets it when the store answers (see markSaved).
func (m *model) saveNote(p *pager, mk *mark) tea.Cmd {
	rec := p.hl.rec
	if rec == nil || mk.ID == 0 {
		return nil
	}
	st, h, id, note := m.cfg.Store, p.hl, mk.ID, mk.Note
	return m.work(func() tea.Msg {
		art, err := rec.wait()
		if err == nil {
			err = st.SetNote(art, id, note)
		}
		return storeDone{h: h, what: "note", err: err}
	})
}

// removeMark is the store work that removes highlight id of h's article.
func removeMark(st *store.Store, h *highlights, id int64) func() tea.Msg {
	rec := h.rec
	return func() tea.Msg {
		art, err := rec.wait()
		if err == nil {
			err = st.RemoveHighlight(art, id)
		}
		return storeDone{h: h, what: "removal", err: err}
	}
}

// openRecord is the store work that finds the article of h in the store
// and fills h.rec.
func openRecord(st *store.Store, h *highlights) func() tea.Msg {
	doc, rec := h.p.doc, h.rec
	return func() tea.Msg {
		rec.art, rec.err = st.Article(doc)
		if rec.err == nil {
			rec.marks, rec.pos = rec.art.Highlights(), rec.art.Position()
		}
		close(rec.ready)
		return recordMsg{h: h}
	}
}

// askProgress is the store work that finds each of docs among the
// store's articles, by the hash of its text, else by its source.
func askProgress(st *store.Store, docs []*reader.Document) func() tea.Msg {
	return func() tea.Msg {
		sums, err := st.Progress()
		if err != nil {
			return nil
		}
		byHash, bySource := map[string]store.Summary{}, map[string]store.Summary{}
		for _, s := range sums {
			if _, ok := byHash[s.Hash]; !ok {
				byHash[s.Hash] = s
			}
			if _, ok := bySource[s.Source]; !ok {
				bySource[s.Source] = s
			}
		}
		out := progressMsg{}
		for i, d := range docs {
			if s, ok := byHash[store.HashOf(d)]; ok {
				out[i] = s
			} else if s, ok := bySource[store.SourceOf(d)]; ok {
				out[i] = s
			}
		}
		return out
	}
}
