package main

import (
	"os"
	"path/filepath"
	"runtime/debug"

	"qari/reader"
)

// memoryBase is what qari needs besides its articles: the runtime, the
// terminal's buffers, tables, the parser's trees of the chunks of
// Markdown in flight.
const memoryBase = 56 << 20

// limitMemory sets the Go runtime's soft memory limit from the articles
// qari is about to read (the files and folders of args), so that the
// garbage of parsing and of finding quotations (goldmark's syntax trees,
// say) is collected before the heap doubles what is live. A file whose
// text stays on the heap counts twice its size; a large one whose text
// is a mapping (reader.OnHeap) a quarter, for its blocks and spans: 100 MB
// of Markdown then runs in 80 MiB of heap, not the 150 the collector's
// own goal let it reach (and loads faster: less memory to touch). It is
// set before loading, where the peak is. Standard input's size is
// unknown: no limit then. GOMEMLIMIT, when set, wins.
func limitMemory(args []string) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	var total int64
	for _, a := range args {
		st, err := os.Stat(a)
		switch {
		case a == "-" || err != nil:
			return
		case st.IsDir():
			entries, _ := os.ReadDir(a)
			for _, e := range entries {
				if info, err := os.Stat(filepath.Join(a, e.Name())); err == nil && info.Mode().IsRegular() {
					total += heapFor(e.Name(), info.Size())
				}
			}
		default:
			total += heapFor(a, st.Size())
		}
	}
	debug.SetMemoryLimit(total + memoryBase)
}

// heapFor is the heap an article of this name and size takes once read.
func heapFor(name string, size int64) int64 {
	if reader.OnHeap(filepath.Base(name), size) {
		return 2 * size
	}
	return size / 4
}
