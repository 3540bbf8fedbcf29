// Package store keeps what a reader makes of articles: highlights, their
// notes and the reading position, in an embedded SQLite database
// (modernc.org/sqlite, pure Go) in the user's data directory. It also
// keeps the library (library.go): articles with their text and metadata,
// read and starred, the feeds they came from (feeds.go), and an FTS5
// index of their folded text (fts.go) that Search ranks by BM25 and maps
// back to the text's own offsets.
//
// An article is known by the SHA-256 of its visible text and by its source
// (path or name): a moved file is found by its hash and keeps its highlights;
// an edited file is found by its source and its highlights are anchored
// again. Every highlight and the position are kept as text anchors in the
// manner of the W3C Web Annotation TextQuoteSelector (the exact text with up
// to 32 characters of prefix and suffix) with a TextPositionSelector hint
// (byte offsets). Re-anchoring finds the quote exactly, nearest to the hint,
// then approximately; a highlight that cannot be found with confidence is
// flagged Orphaned and never attached to look-alike text elsewhere.
//
// Every change is one transaction in a WAL-mode database with a busy
// timeout, so several qari processes can share the store and a killed
// process loses nothing it was told was saved. Errors from an unusable store
// are one line and match ErrLocked, ErrCorrupt, ErrReadOnly or ErrTooNew
// with errors.Is. Nothing here panics.
//
// store imports nothing of Charm or of qari/ui.
package store
