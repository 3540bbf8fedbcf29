//go:build unix

package reader

import (
	"os"
	"sync"
	"syscall"
	"time"
	"unsafe"
)

// A large document's visible text lives in a file mapping, outside Go's
// heap: the file itself when its bytes are the text (clean plain text),
// else an unlinked temporary file the text is written to (a hard-wrapped
// text with its lines joined, Markdown's visible text). Every such mapping
// holds the same bytes as a file the kernel keeps in its page cache, so
// its pages can be dropped from the process's resident set at any moment
// (madvise MADV_DONTNEED) and come back from the cache when read again.
// While a pass reads a whole document (the parse, the quotations, a
// search's count; see Lean), the mappings are dropped every leanEvery, so
// that qari holds the few megabytes it has read lately, not the whole
// file, as less does.

// mapping is a read-only mapping of a file.
type mapping []byte

// mapsFiles says that Load maps large files here.
const mapsFiles = true

// mappings are the mappings in use; mu also keeps a mapping from being
// removed while it is dropped (the range could be the heap's by then).
var mappings struct {
	mu    sync.Mutex
	live  map[*byte]mapping
	leans int           // passes running (Lean)
	stop  chan struct{} // closed when the last pass ends
}

// leanEvery is how often the mappings' pages are dropped during a pass.
const leanEvery = 2 * time.Millisecond

// mapFile maps size bytes of f read-only, or returns false when it cannot
// (Load reads the file then).
func mapFile(f *os.File, size int64, shared bool) (mapping, bool) {
	if size <= 0 || int64(int(size)) != size {
		return nil, false
	}
	flags := syscall.MAP_PRIVATE
	if shared {
		flags = syscall.MAP_SHARED
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, flags)
	if err != nil {
		return nil, false
	}
	mappings.mu.Lock()
	if mappings.live == nil {
		mappings.live = map[*byte]mapping{}
	}
	mappings.live[&data[0]] = data
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
	_ = syscall.Munmap(m)
	mappings.mu.Unlock()
}

// evict drops the pages of every mapping in use from the resident set.
func evict() {
	mappings.mu.Lock()
	for _, m := range mappings.live {
		_ = syscall.Madvise(m, syscall.MADV_DONTNEED)
	}
	mappings.mu.Unlock()
}

// Lean runs f, a pass over whole documents (finding quotations, counting
// a search's matches), keeping the pages of the mapped texts out of the
// process's resident set while it runs and after: they are dropped every
// leanEvery (see mapping).
func Lean(f func()) {
	stop := leaning()
	defer stop()
	f()
}

// leaning starts dropping the mappings' pages every leanEvery, once for
// all the passes running, and returns the function that ends this pass's
// part (the pages are dropped once more when the last one ends).
func leaning() func() {
	mappings.mu.Lock()
	if mappings.leans++; mappings.leans == 1 {
		stop := make(chan struct{})
		mappings.stop = stop
		go func() {
			t := time.NewTicker(leanEvery)
			defer t.Stop()
			for {
				select {
				case <-stop:
					evict()
					return
				case <-t.C:
					evict()
				}
			}
		}()
	}
	mappings.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			mappings.mu.Lock()
			if mappings.leans--; mappings.leans == 0 {
				close(mappings.stop)
			}
			mappings.mu.Unlock()
		})
	}
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
