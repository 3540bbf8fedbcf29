//go:build !unix

package reader

import "os"

// mapping is a file mapping; where syscall.Mmap is not there, none is
// made and Load reads the file.
type mapping []byte

// mapsFiles says that Load maps large files here: it does not.
const mapsFiles = false

func mapFile(*os.File, int64, bool) (mapping, bool) { return nil, false }
func (mapping) holds(string) bool                   { return false }
func (m mapping) text() string                      { return string(m) }
func (mapping) unmap()                              {}
func evict()                                        {}

// Lean runs f (see the unix version: here texts are on the heap).
func Lean(f func()) { f() }

// Passed does nothing: here texts are on the heap (see the unix version).
func Passed(int) {}

type spill struct{ n int }

func newSpill() (*spill, bool)       { return nil, false }
func (*spill) write([]byte) error    { return nil }
func (*spill) done() (mapping, bool) { return nil, false }
func (*spill) discard()              {}
