// Package ui is qari's full-screen reader, a Bubble Tea program.
//
// The root model (model.go) owns the terminal size and a state that says
// which screen is in front; each message goes to that screen:
//
//	tea.Program ─ keys, wheel, size ─▶ model ─┬─▶ library  (ui/library: library.Model over a Shelf; libraryhost.go: its styles, prompt, OpenMsg)
//	                                          ├─▶ pager    (pager.go, status.go: one article)
//	                                          ├─▶ contents (ui/contents: contents.Model, a list of sections; panels.go: its keys)
//	                                          ├─▶ links    (ui/links: links.Model, the links on screen; panels.go: made of the pager's, Enter copies)
//	                                          ├─▶ quotes   (ui/quotes: quotes.Model, its rows made with the quotations; panels.go: its keys)
//	                                          ├─▶ highlights (ui/highlights: highlights.Model, rows made of the marks, a note written by ui/note; highlightspanel.go: what it asks)
//	                                          └─▶ help     (ui/help: help.Model, every binding of keys.go; panels.go: its keys, the status bar)
//	the lists ─ common.NewList, common.ListView (ui/common; panels.go: their styles): one line a row, a filter typed in Arabic drawn right to left
//	pager ─ Window(top, height) ─▶ lay(): layout.Cache, or filtered (filter.go, &) ─ lines ─▶ theme.Line ─▶ frame
//	         └─ layers (layers.go): overlays(screen's text) ◀─ quoteLayer (quotes.go), finder (search.go),
//	                                                        highlights (highlights.go), selectionLayer (visual.go)
//	m, v V w b ) (, mouse drag (visual.go) ─▶ highlights ─ saveMark (goroutine) ─▶ store.AddHighlight ─▶ markSaved
//	c ─ tea.SetClipboard (clipboard.go: OSC 52, logical order)
//	tea.PasteMsg ─ pasteNote (note.go: a ui/note.Editor), else paste (search.go) ─▶ the note or the prompt being typed
//	every Update ─ keepUp (persist.go) ─▶ openRecord (goroutine) ─▶ recordMsg: position and highlights restored
//	                                   └▶ position moved ─ tea.Tick ─▶ positionTick ─ SavePosition (goroutine)
//	                                   └▶ library: askProgress (goroutine) ─▶ progressMsg ─▶ read %, ✎ count per row
//	Run, after the program ─ keepOnExit: waits for the store's goroutines, saves the positions
//	/ ? keystroke ─ searchPrompt (prompt.go) ─ cancel, findCmd (tea.Cmd) ─▶ foundMsg ─ countCmds ─▶ indexMsg, totalMsg
//	& Enter ─ matchingBlocks (tea.Cmd) ─▶ filteredMsg;  library / ─ Shelf.Search (tea.Cmd: FTS5 or the matcher) ─▶ hits
//	Init ─ library.Init: Shelf.Words (tea.Cmd, off the UI goroutine) ─▶ the rows' reading times
//	library key ─ Asked: OpenMsg (openFromLibrary: the stored article loaded, at its hit), HelpMsg
//	Init, opening an article ─ findQuotes (tea.Cmd) ─▶ quotesFoundMsg ─▶ the pager's quoteLayer
//	                         └─ loadWhole (loading.go, a head and tail shown) ─▶ wholeLoadedMsg ─▶ a new pager, top carried
//	Init ─ tea.Raw(CSI 8 $ p) ─▶ terminal ─ tea.ModeReportMsg ─▶ bidiReport (bidimode.go) ─▶ CSI 8 l + CSI 2J, ClearScreen, BidiApp
//	Init, Config.Mlterm ─ switchTerminal ─▶ OSC 5379 use_ctl=false + CSI 2J, ClearScreen (use_ctl=true in finish)
//	B ─ setBidi ─▶ every pager relaid out (reflow, top kept), styles.bidi ─▶ chromeText (bidi.go) for titles, rows, prompts
//
// Every key is declared once in keys.go: the handlers match those
// bindings, and the help screen, the lists' help lines and KeyTable (the
// README's table) print them.
//
// A frame draws only the lines on screen: the pager asks its layout.Cache
// for the window at its top position and nothing walks the document, so
// a frame costs the same for 1 KB and 1 GB; a title or a heading is cut
// to the screen's width before the chrome copies it (clip). Positions that must survive a
// reflow (the top of the screen on resize) are kept as byte offsets of
// Document.Text.
package ui
