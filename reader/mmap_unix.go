//go:build unix

package reader

import (
	"os"
	"sync"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"
)

// A large document's visible text lives in a file mapping, outside Go's
// heap: an unlinked temporary file the text is written to as it is parsed
// (plain text, with a hard-wrapped text's lines joined; Markdown's visible
// text). It is not the article's file, which is mapped only while it is
// parsed: no other program can truncate qari's own file under it (a read
// past a mapped file's end is a SIGBUS, which Go cannot recover from),
// and the page cache holds the two copies, not qari. Every such mapping
// holds the same bytes as a file the kernel keeps in its page cache, so
// its pages can be dropped from the process's resident set at any moment
// (madvise MADV_DONTNEED) and come back from the cache when read again.
// While a pass reads a whole document (the parse, the quotations, a
// search's count), the mappings are dropped every few megabytes it reads
// (see Passed), so that qari holds what it has read lately, not the whole
// file, as less does.

// mapping is a read-only mapping of a file.
type mapping []byte

// mapsFiles says that Load maps large files here.
const mapsFiles = true

// mappings are the mappings in use; mu also keeps a mapping from being
// removed while it is dropped (the range could be the heap's by then).
var mappings struct {
	mu   sync.Mutex
	live map[*byte]mapping
	n    atomic.Int32 // len(live), read without mu
	read atomic.Int64 // bytes the passes have read since the last drop
}

// dropEvery is how many bytes the passes over mapped texts read, all
// together, between two drops of the mappings' pages.
const dropEvery = 8 << 20

// mapFile maps size bytes of f read-only, or returns false when it cannot
// (Load reads the file then).
func mapFile(f *os.File, size int64, shared bool) (mapping, bool) {
	if size <= 0 || int64(int(size)) != size {
		return nil, false
	}
	flags := unix.MAP_PRIVATE
	if shared {
		flags = unix.MAP_SHARED
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(size), unix.PROT_READ, flags)
	if err != nil {
		return nil, false
	}
	mappings.mu.Lock()
	if mappings.live == nil {
		mappings.live = map[*byte]mapping{}
	}
	mappings.live[&data[0]] = data
	mappings.n.Store(int32(len(mappings.live)))
	mappings.mu.Unlock()
	return data, true
}

// holds reports whether s points into m.
func (m mapping) holds(s string) bool {
	if len(m) == 0 || len(s) == 0 {
		return false
	}
	lo, p := uintptr(unsafe.Pointer(&m[0])), uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return p >= lo && p < lo+uintptr(len(m))
}

// text returns m's bytes as a string.
func (m mapping) text() string { return unsafe.String(&m[0], len(m)) }

// unmap removes m; nothing may point into it any more.
func (m mapping) unmap() {
	if len(m) == 0 {
		return
	}
	mappings.mu.Lock()
	delete(mappings.live, &m[0])
	mappings.n.Store(int32(len(mappings.live)))
	_ = unix.Munmap(m)
	mappings.mu.Unlock()
}

// evict drops the pages of every mapping in use from the resident set.
func evict() {
	mappings.mu.Lock()
	for _, m := range mappings.live {
		_ = unix.Madvise(m, unix.MADV_DONTNEED)
	}
	mappings.read.Store(0)
	mappings.mu.Unlock()
}

// Passed tells that a pass over a document's whole text (the parse,
// finding quotations, a search, a hash) has read n more bytes of it.
// Every dropEvery bytes, by all the passes together, the pages of the
// mapped texts are dropped from the resident set (see mapping), so that
// a pass over 100 MB keeps a few megabytes of it resident, not the whole.
// The drop goes by what the passes read, not by the clock: on a busy
// machine a timer's goroutine waits for a processor while a pass reads on
// at gigabytes a second, and the kernel maps a file's pages in folios of
// up to 2 MB at a time. Passed costs an atomic add.
func Passed(n int) {
	if mappings.n.Load() == 0 {
		return
	}
	if mappings.read.Add(int64(n)) >= dropEvery {
		evict()
	}
}

// Lean runs f, a pass over whole documents that reports what it reads
// with Passed, and then drops the mappings' pages once more, so that what
// the pass read last does not stay resident either.
func Lean(f func()) {
	defer func() {
		if mappings.n.Load() > 0 {
			evict()
		}
	}()
	f()
}

// spill is an unlinked temporary file that a large document's visible
// text is written to, to be mapped once written (see mapping).
type spill struct {
	f *os.File
	n int
}

// newSpill returns an empty spill, or false when no temporary file can be
// made.
func newSpill() (*spill, bool) {
	f, err := os.CreateTemp("", "qari-text-*")
	if err != nil {
		return nil, false
	}
	_ = os.Remove(f.Name())
	return &spill{f: f}, true
}

// write appends b to the spill's text.
func (s *spill) write(b []byte) error {
	n, err := s.f.Write(b)
	s.n += n
	return err
}

// done maps the spill's text and closes its file; false when it cannot.
func (s *spill) done() (mapping, bool) {
	defer s.f.Close()
	return mapFile(s.f, int64(s.n), true)
}

// discard closes the spill without mapping it.
func (s *spill) discard() { _ = s.f.Close() }
