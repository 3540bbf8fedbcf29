package ui

import (
	"errors"
	"fmt"
	"os"
	"runtime"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"qari/reader"
	"qari/reader/procs"
	"qari/reader/store"
	"qari/ui/common"
	"qari/ui/contents"
	"qari/ui/help"
	hlpanel "qari/ui/highlights"
	"qari/ui/layout"
	"qari/ui/library"
	"qari/ui/links"
	"qari/ui/quotes"
	"qari/ui/theme"
)

// frameRate is how often, at most, the renderer draws a changed screen.
const frameRate = 120

// defaultWidth is the text column's width when Config.Width is unset.
const defaultWidth = 80

// Config is how the reader looks.
type Config struct {
	Width int             // the widest text column (--width, default 80); the column is min(terminal width, Width), centred in wider terminals
	Theme *theme.Theme    // the article's styles; nil: the plain notty theme
	Bidi  layout.BidiMode // who reorders right-to-left lines
	Shape bool            // apply Arabic contextual shaping
	Regex bool            // search prompts start in regular-expression mode (--regex)

	BidiAuto      bool                        // Bidi is a guess (--bidi auto): a terminal that answers for BDSM is switched to explicit mode and BidiApp used
	ShapeAuto     bool                        // Shape follows Bidi (--shape auto): on under BidiApp only, and under BidiTerminal with ShapeTerminal
	ShapeTerminal bool                        // under --shape auto, shape for a terminal that reorders too (Konsole: it draws an unshaped lam-alef in one cell of two, shifting the colours after it)
	SaveBidi      func(layout.BidiMode) error // saves the mode chosen with the toggle key, on exit; nil: not saved
	RowsRTL       bool                        // the terminal lays a row whose first letter is right to left out from the right edge, mirrored (mlterm, in tmux too): under BidiTerminal such lines are sent text first, blanks after
	Mlterm        bool                        // the terminal is mlterm and nothing stands between (no tmux): its own bidi is turned off but under BidiTerminal, and back on on exit

	Store      *store.Store // keeps highlights and reading positions (persist.go); nil: kept for the session only
	StoreError error        // why there is no store (it could not be opened): shown once in the reader

	// OpenStore, when set and Store is nil, opens the store off the UI
	// goroutine as the reader starts, so that the first screen does not
	// wait for SQLite (6 ms for a new store): Store or StoreError is set
	// when it answers, and positions and highlights are read then. It is
	// called once.
	OpenStore func() (*store.Store, error)

	Shelf library.Shelf // the library to show (the store's, say) instead of Run's documents; nil: the documents
}

// errNoArticles is Run's error when there is nothing to read.
var errNoArticles = errors.New("no articles to read")

// Run opens the full-screen reader on docs: the pager for one document,
// the library list first for several. It returns when the user quits,
// with the terminal restored.
func Run(docs []*reader.Document, cfg Config) error {
	if len(docs) == 0 && cfg.Shelf == nil {
		return errNoArticles
	}
	// 120 frames a second: a key's answer (and the first screen) waits for
	// the renderer's next tick, 8 ms rather than the default 16; a frame
	// is only drawn when something changed, so idle costs nothing more.
	m := New(docs, cfg).(*model)
	defer m.shareProcessors()()
	final, err := tea.NewProgram(m, tea.WithFPS(frameRate)).Run()
	if err != nil {
		return fmt.Errorf("unable to run the reader: %w", err)
	}
	if m, ok := final.(*model); ok {
		m.keepOnExit()
		return m.finish(os.Stdout)
	}
	return nil
}

// spareProcs is how many more Ps than processors the reader runs with
// once the first screen is drawn: enough for the background work that
// runs outside procs' slots (the store's hash, a search's two counts, its
// scan of the file) to leave one idle. With 4 and with 8, G at 100 MB
// took the same (medians of 9); every idle P runs a mark worker while the
// collector marks, so no more than that.
const spareProcs = 4

// shareProcessors keeps the keys and the frames quick while work runs in
// the background, and returns what undoes it. On two cores, a key
// pressed while a 100 MB file was read took 30–60 ms to be drawn instead
// of 5: its bytes, the event loop and the renderer's tick are three
// goroutines, and each waited in the Go scheduler's queue behind the
// background's (the load, its quotations, the search's counts, the
// store's hash), 10 ms a turn. So background work takes one processor
// less than there are (procs.SetLimit; its parallel parts use what is
// free of them), and, from the moment the background work may start
// (m.gate), there are spareProcs more Ps than processors: a goroutine
// that wakes finds an idle P at once, and the kernel, which favours a
// thread that has slept, gives it a core. (Before the first screen the
// spare Ps only cost: each collection ran a worker on every idle one, and
// on a busy machine the first screen came 10–15 ms later.) A GOMAXPROCS
// the user set is kept.
func (m *model) shareProcessors() (undo func()) {
	n := runtime.GOMAXPROCS(0)
	procs.SetLimit(max(n-1, 1))
	if os.Getenv("GOMAXPROCS") != "" {
		return func() { procs.SetLimit(0) }
	}
	spared := make(chan struct{})
	go func() {
		defer close(spared)
		m.gate.wait()
		runtime.GOMAXPROCS(n + spareProcs)
	}()
	return func() {
		m.gate.release()
		<-spared
		runtime.GOMAXPROCS(n)
		procs.SetLimit(0)
	}
}

// withDefaults fills in the zero fields of cfg.
func withDefaults(cfg Config) Config {
	if cfg.Width <= 0 {
		cfg.Width = defaultWidth
	}
	if cfg.Theme == nil {
		// a built-in style: loading it cannot fail
		cfg.Theme, _ = theme.Load("notty", true)
	}
	return cfg
}

// state is which screen the root model shows.
type state uint8

// The screens.
const (
	statePager      state = iota // an article
	stateLibrary                 // the list of articles
	stateContents                // an article's table of contents
	stateHelp                    // the key bindings
	stateQuotes                  // an article's quotations (quotespanel.go)
	stateHighlights              // an article's highlights (highlightspanel.go)
	stateLinks                   // the links on screen (links.go)
)

// String names the state for tests and debugging.
func (s state) String() string {
	switch s {
	case stateLibrary:
		return "library"
	case stateContents:
		return "contents"
	case stateHelp:
		return "help"
	case stateQuotes:
		return "quotes"
	case stateHighlights:
		return "highlights"
	case stateLinks:
		return "links"
	}
	return "pager"
}

// model is the root model. It owns the terminal size and routes each
// message to the screen in front: the library, a pager, its contents, the
// help. Pagers are made when an article is first opened and kept, so an
// article reopened from the library is where the reader left it.
type model struct {
	cfg      Config
	docs     []*reader.Document
	keys     keyMap
	st       styles
	state    state
	back     state // the screen under the help
	width    int
	height   int
	lib      *library.Model  // the library screen (ui/library); nil with one document
	pagers   []*pager        // per document, nil until opened
	open     int             // the document being read
	help     *help.Model     // the help screen, from h until it closes (ui/help)
	contents *contents.Model // the open document's, from t until it closes (ui/contents)
	links    *links.Model    // the links on screen, from L until it closes (ui/links)
	quotes   *quotes.Model   // the open document's quotations, from " until it closes (ui/quotes)
	hpanel   *hlpanel.Model  // the open document's highlights, from H until it closes
	keep     keeper          // the highlights store's work (persist.go)
	opening  tea.Cmd         // what opening the one article started, for Init to run
	gate     *startGate      // holds the background work back until the first screen is drawn (loading.go)

	bdsm         bdsm // the terminal's bidi mode (bidimode.go)
	mltermCtlOff bool // qari turned mlterm's own bidi off (bidimode.go)
	bidiChosen   bool // the reader chose a bidi mode with the toggle key
}

// New returns the root model for docs, for Run and for tests. A zero
// Width is 80 and a nil Theme the plain one.
func New(docs []*reader.Document, cfg Config) tea.Model {
	cfg = withDefaults(cfg)
	m := &model{
		cfg:    cfg,
		docs:   docs,
		keys:   newKeyMap(),
		st:     newStyles(cfg.Theme, cfg.RowsRTL),
		pagers: make([]*pager, len(docs)),
		gate:   newStartGate(),
	}
	m.st.bidi = layout.Options{Bidi: cfg.Bidi, Shape: cfg.Shape}
	switch {
	case cfg.Shelf != nil:
		m.state = stateLibrary
		m.lib = m.newLibraryScreen(cfg.Shelf)
		m.docs = make([]*reader.Document, m.lib.Len()) // each loaded when opened
		m.pagers = make([]*pager, len(m.docs))
	case len(docs) == 1:
		m.opening = m.openDoc(0)
	default:
		m.state = stateLibrary
		m.lib = m.newLibraryScreen(library.Docs(docs))
	}
	return m
}

// Init starts counting the library's words, or finding the quotations of
// the one article.
func (m *model) Init() tea.Cmd {
	open := m.openStore()
	if m.state == stateLibrary {
		return tea.Batch(m.bidiStart(), open, m.lib.Init())
	}
	return tea.Batch(m.bidiStart(), open, m.opening)
}

// Update routes msg to the screen in front; then keepUp keeps the store
// in step (persist.go).
func (m *model) Update(msg tea.Msg) (_ tea.Model, cmd tea.Cmd) {
	defer func() { cmd = tea.Batch(cmd, m.keepUp()) }()
	if m.lib != nil && library.Owns(msg) {
		return m, m.lib.Update(msg)
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		m.gate.sized()
		return m, nil
	case tea.ModeReportMsg:
		return m, m.bidiReport(msg)
	case storeOpenedMsg:
		m.storeOpened(msg)
		return m, nil
	case wholeLoadedMsg:
		return m, m.wholeLoaded(msg)
	case quotesFoundMsg:
		m.quotesFound(msg)
		return m, nil
	case searchMsg:
		return m, msg.applyTo(m)
	case storeMsg:
		return m, msg.applyTo(m)
	case tea.MouseClickMsg, tea.MouseMotionMsg, tea.MouseReleaseMsg:
		if m.state == statePager {
			return m, m.mouse(msg.(tea.MouseMsg))
		}
		return m, nil
	case tea.PasteMsg:
		if m.pasteNote(msg) {
			return m, nil
		}
		return m, m.paste(msg.Content)
	case tea.MouseWheelMsg:
		switch b := msg.Mouse().Button; {
		case m.state == statePager:
			m.wheel(b)
		case m.state == stateHelp:
			m.help.Update(msg)
		case m.frontList() != nil:
			wheelList(m.frontList(), b)
		}
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.ForceQuit) {
			return m, tea.Quit
		}
		switch m.state {
		case stateLibrary:
			return m.updateLibrary(msg)
		case stateContents:
			return m.updateContents(msg)
		case stateHelp:
			return m.updateHelp(msg)
		case stateQuotes:
			return m.updateQuotes(msg)
		case stateHighlights:
			return m.updateHighlights(msg)
		case stateLinks:
			return m.updateLinks(msg)
		}
		return m.updatePager(msg)
	}
	return m.updateList(msg)
}

// resize records the terminal's size and passes it to every screen.
func (m *model) resize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	if m.help != nil {
		m.help.SetSize(m.width, m.height)
	}
	if m.contents != nil {
		m.contents.SetSize(m.width, m.height)
	}
	if m.links != nil {
		m.links.SetSize(m.width, m.height)
	}
	if m.quotes != nil {
		m.quotes.SetSize(m.width, m.height)
	}
	if m.hpanel != nil {
		m.hpanel.SetSize(m.width, m.height)
	}
	if m.lib != nil {
		m.lib.SetSize(m.width, m.height)
	}
	if m.open < len(m.pagers) && m.pagers[m.open] != nil {
		m.pagers[m.open].setSize(m.width, m.height, m.cfg.Width)
	}
}

// openDoc shows document i in its pager and returns what opening it
// starts off the UI goroutine: finding its quotations and, for a large
// file shown from its head, reading the whole (loading.go).
func (m *model) openDoc(i int) tea.Cmd {
	if m.docs[i] == nil && m.cfg.Shelf != nil {
		d, err := m.cfg.Shelf.Open(i)
		if err != nil {
			m.lib.Notice(err.Error())
			return nil
		}
		m.docs[i] = d
	}
	if m.pagers[i] == nil {
		opt := layout.Options{Bidi: m.cfg.Bidi, Shape: m.cfg.Shape, Marks: m.cfg.Theme.Marks()}
		m.pagers[i] = newPager(m.docs[i], opt)
	}
	m.open = i
	m.state = statePager
	m.pagers[i].setSize(m.width, m.height, m.cfg.Width)
	return tea.Batch(m.findQuotes(i), m.loadWhole(i))
}

// wheel scrolls the pager a line per notch of the mouse wheel.
func (m *model) wheel(b tea.MouseButton) {
	p := m.pagers[m.open]
	switch b {
	case tea.MouseWheelDown:
		p.down(1)
	case tea.MouseWheelUp:
		p.up(1)
	}
}

// frontList is the list on screen (the library, the contents, the
// quotations, the highlights), or nil.
func (m *model) frontList() *list.Model {
	switch m.state {
	case stateLibrary:
		return m.lib.Front()
	case stateContents:
		return m.contents.Front()
	case stateLinks:
		return m.links.Front()
	case stateQuotes:
		return m.quotes.Front()
	case stateHighlights:
		return m.hpanel.Front()
	}
	return nil
}

// wheelList moves a list's cursor a row per notch of the mouse wheel.
func wheelList(l *list.Model, b tea.MouseButton) {
	switch b {
	case tea.MouseWheelDown:
		l.CursorDown()
	case tea.MouseWheelUp:
		l.CursorUp()
	}
}

// updatePager handles a key in the pager.
func (m *model) updatePager(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	p, k := m.pagers[m.open], m.keys
	p.notice, p.fresh = "", nil
	if cmd, ok := m.highlightKey(p, msg); ok {
		return m, cmd
	}
	if cmd, ok := m.searchKey(p, msg); ok {
		return m, cmd
	}
	switch {
	case key.Matches(msg, k.Count):
		p.addDigit(int(msg.String()[0] - '0'))
	case key.Matches(msg, k.Down):
		p.down(p.takeCount(1))
	case key.Matches(msg, k.Up):
		p.up(p.takeCount(1))
	case key.Matches(msg, k.HalfDown):
		p.down(p.halfPage())
	case key.Matches(msg, k.HalfUp):
		p.up(p.halfPage())
	case key.Matches(msg, k.PageDown):
		p.down(p.takeCount(max(p.lines(), 1)))
	case key.Matches(msg, k.PageUp):
		p.up(p.takeCount(max(p.lines(), 1)))
	case key.Matches(msg, k.Top):
		p.count = 0
		p.home()
	case key.Matches(msg, k.Bottom):
		p.count = 0
		p.end()
	case key.Matches(msg, k.Percent):
		p.percent(p.takeCount(0))
	case key.Matches(msg, k.NextSection):
		p.nextSection(p.takeCount(1))
	case key.Matches(msg, k.PrevSection):
		p.prevSection(p.takeCount(1))
	case key.Matches(msg, k.NextQuote):
		p.nextQuote(p.takeCount(1))
	case key.Matches(msg, k.PrevQuote):
		p.prevQuote(p.takeCount(1))
	case key.Matches(msg, k.HideQuotes):
		p.count = 0
		p.toggleQuotes()
	case key.Matches(msg, k.Quotes):
		p.count = 0
		m.openQuotes()
	case key.Matches(msg, k.Bidi):
		p.count = 0
		return m, m.toggleBidi(p)
	case key.Matches(msg, k.Contents):
		p.count = 0
		m.contents = m.newContents(p)
		m.state = stateContents
	case key.Matches(msg, k.Links):
		p.count = 0
		m.openLinks()
	case key.Matches(msg, k.Help):
		p.count = 0
		m.openHelp(statePager)
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit) && m.lib != nil:
		// q or Esc from an article of the library goes back to it; Esc
		// in an article alone takes the marks away, as less's Esc-u
		// (Alt-U) does
		switch {
		case p.count > 0:
		case m.lib != nil:
			m.state = stateLibrary
		default:
			p.unmark()
		}
		p.count = 0
	case key.Matches(msg, k.Unmark):
		p.count = 0
		p.unmark()
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	default:
		p.count = 0
	}
	return m, nil
}

// updateLibrary handles a key in the library list.
func (m *model) updateLibrary(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	cmd := m.lib.Update(msg)
	switch a := m.lib.Asked().(type) {
	case library.OpenMsg:
		return m, tea.Batch(cmd, m.openFromLibrary(a))
	case library.HelpMsg:
		m.openHelp(stateLibrary)
	}
	return m, cmd
}

// updateContents handles a key in the table of contents, which may ask
// to jump to a section or to close.
func (m *model) updateContents(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	cmd := m.contents.Update(msg)
	switch a := m.contents.Asked().(type) {
	case contents.JumpMsg:
		m.pagers[m.open].jumpSection(a.Section)
		m.closeContents()
	case contents.CloseMsg:
		m.closeContents()
	}
	return m, cmd
}

// closeContents goes back from the contents to the pager.
func (m *model) closeContents() {
	m.contents = nil
	m.state = statePager
}

// updateHelp scrolls the help and goes back to the screen under it when
// it asks to close.
func (m *model) updateHelp(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	cmd := m.help.Update(msg)
	if _, ok := m.help.Asked().(help.CloseMsg); ok {
		m.help = nil
		m.state = m.back
	}
	return m, cmd
}

// updateList passes other messages (the lists' filter results, cursor
// blinks) to the list in front.
func (m *model) updateList(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.state {
	case stateLibrary:
		cmd = m.lib.Update(msg)
	case stateContents:
		cmd = m.contents.Update(msg)
	case stateLinks:
		cmd = m.links.Update(msg)
	case stateQuotes:
		cmd = m.quotes.Update(msg)
	case stateHighlights:
		cmd = m.hpanel.Update(msg)
	}
	return m, cmd
}

// View draws the screen in front, filling the terminal, in the alternate
// screen with the mouse wheel reported.
func (m *model) View() tea.View {
	var s string
	switch m.state {
	case stateLibrary:
		s = common.Frame(m.lib.View(), m.width, m.height)
	case stateContents:
		s = common.Frame(m.contents.View(), m.width, m.height)
	case stateLinks:
		s = common.Frame(m.links.View(), m.width, m.height)
	case stateQuotes:
		s = common.Frame(m.quotes.View(), m.width, m.height)
	case stateHighlights:
		s = m.hpanel.View()
	case stateHelp:
		s = m.help.View()
	default:
		s = m.pagers[m.open].view(m.cfg.Theme, m.st)
	}
	v := tea.NewView(s)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}
