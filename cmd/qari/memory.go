package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
)

// memoryBase is what qari needs besides its articles: the runtime, the
// terminal's buffers, tables.
const memoryBase = 64 << 20

// limitMemory keeps qari's memory within about twice the size of the
// articles it is about to read (the files and folders of args), as the
// reader promises: it sets the Go runtime's soft memory limit, so that the
// garbage of parsing (goldmark's syntax trees, say) is collected before the
// heap doubles, at some cost in speed near the limit. It is set before
// loading, where the peak is. Standard input's size is unknown: no limit
// then. GOMEMLIMIT, when set, wins.
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
					total += info.Size()
				}
			}
		default:
			total += st.Size()
		}
	}
	debug.SetMemoryLimit(2*total + memoryBase)
}
