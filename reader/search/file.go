package search

import (
	"bytes"
	"context"
	"io"
	"unsafe"
)

// fileChunk is how much of a file AllIn reads and searches at a time, and
// fileOverlap how far each read reaches into the next chunk, so that a
// match across the border is found (a match longer than that is not).
// Tests make them tiny.
var (
	fileChunk   = 4 << 20
	fileOverlap = 64 << 10
)

// AllIn calls fn with the file offsets of every match in the bytes
// [from, to) of r, in order, until fn returns false, as All does over a
// text: the bytes are read a chunk at a time, so a file is searched
// without being held whole, while it is being read for display. Chunks
// are cut after a line break, so a regular expression sees whole lines.
// It returns ctx.Err() when ctx is done before the end, or the error of
// reading r.
func (m *Matcher) AllIn(ctx context.Context, r io.ReaderAt, from, to int64, fn func(start, end int64) bool) error {
	buf := make([]byte, fileChunk+fileOverlap)
	last := from
	for pos := from; pos < to; {
		n, err := r.ReadAt(buf[:min(int64(len(buf)), to-pos)], pos)
		if err != nil && err != io.EOF {
			return err
		}
		if n == 0 {
			return nil
		}
		chunk := buf[:n]
		own := len(chunk) // the matches that start in chunk[:own] are this chunk's
		if pos+int64(n) < to && own > fileChunk {
			own = fileChunk
			if i := bytes.LastIndexByte(chunk[fileChunk-fileOverlap:fileChunk], '\n'); i >= 0 {
				own = fileChunk - fileOverlap + i + 1
			}
		}
		// the buffer is not written while text is searched, and no part
		// of text outlives this iteration: a copy would cost as much
		// garbage as the file
		text := unsafe.String(unsafe.SliceData(chunk), len(chunk))
		stop := false
		err = m.All(ctx, text, func(s, e int) bool {
			if s >= own {
				return false
			}
			if pos+int64(s) < last {
				return true
			}
			last = pos + int64(e)
			stop = !fn(pos+int64(s), pos+int64(e))
			return !stop
		})
		if err != nil || stop {
			return err
		}
		pos += int64(own)
	}
	return nil
}
