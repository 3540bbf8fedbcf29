//go:build unix

package reader

import (
	"os"
	"syscall"
	"unsafe"
)

// mapText returns the bytes of the plain-text file f of the given size
// as a private mapping, or ok false when it is too small to be worth it
// or cannot be mapped (Load reads it then). A mapped file's visible text
// is the mapping itself (decode and Sanitize change nothing in clean
// UTF-8, and parseText joins a hard-wrapped paragraph's lines in place,
// in pages of the process's own, copied on write): its pages are not in
// Go's heap, so the collector, whose heap goal is twice what is live, no
// longer doubles the file. The mapping is never removed while the text
// points into it; release drops it when it does not (a file that needed
// a copy).
func mapText(f *os.File, size int64) (data []byte, release func(text string), ok bool) {
	if size < mapMin || int64(int(size)) != size {
		return nil, nil, false
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE)
	if err != nil {
		return nil, nil, false
	}
	release = func(text string) {
		lo := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
		if p := uintptr(unsafe.Pointer(unsafe.StringData(text))); len(text) > 0 && p >= lo && p < lo+uintptr(len(data)) {
			return // the text is the file's bytes
		}
		_ = syscall.Munmap(data)
	}
	return data, release, true
}
