//go:build !unix

package reader

import "os"

// mapText maps nothing where syscall.Mmap is not there: Load reads the
// file.
func mapText(*os.File, int64) ([]byte, func(string), bool) { return nil, nil, false }
