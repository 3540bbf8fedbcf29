package layout

import (
	"strings"
	"unicode/utf8"

	"qari/reader"
)

// PieceSize is the most text laid out at once, in bytes. A longer block (a
// one-line file of 100 MB) is laid out in pieces of about this size, each
// cut just after a space or line break near a multiple of PieceSize and
// starting a new line, so that a frame costs the same however long a
// paragraph is. Articles have no paragraph anywhere near this long.
const PieceSize = 16 << 10

// cutSearch is how far past a multiple of PieceSize a cut looks for a
// space or line break before it settles for a character boundary.
const cutSearch = 256

// blockRange returns the byte range of block b, clamped to the text.
func blockRange(doc *reader.Document, b reader.Block) (start, end int) {
	start = min(max(b.Start, 0), len(doc.Text))
	return start, min(max(b.End, start), len(doc.Text))
}

// pieces returns the number of pieces of the block text[start:end]; at
// least one, even for an empty block.
func pieces(text string, start, end int) int {
	n := max((end-start+PieceSize-1)/PieceSize, 1)
	if n > 1 && cut(text, start, end, n-1) >= end {
		n--
	}
	return n
}

// cut returns where piece k of the block text[start:end] starts: after
// the first space or line break at or past start+k*PieceSize, else at the
// character boundary there; end for k past the last piece. Cuts grow with
// k, since cutSearch is less than PieceSize.
func cut(text string, start, end, k int) int {
	if k <= 0 {
		return start
	}
	at := start + k*PieceSize
	if k > (end-start)/PieceSize || at >= end {
		return end
	}
	if i := strings.IndexAny(text[at:min(at+cutSearch, end)], " \n"); i >= 0 {
		return at + i + 1
	}
	for at > start && !utf8.RuneStart(text[at]) {
		at--
	}
	return at
}

// pieceAt returns the piece of the block text[start:end] that holds byte
// offset off.
func pieceAt(text string, start, end, off int) int {
	n := pieces(text, start, end)
	k := min(max((off-start)/PieceSize, 0), n-1)
	if k > 0 && cut(text, start, end, k) > off {
		k--
	}
	return k
}
