package reader

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// sized returns the sample file repeated, then cut at a line end, to about
// size bytes.
func sized(b *testing.B, sample string, size int) []byte {
	data, err := os.ReadFile("../samples/" + sample)
	if err != nil {
		b.Fatal(err)
	}
	out := bytes.Repeat(append(data, '\n'), size/(len(data)+1)+1)[:size]
	if i := bytes.LastIndexByte(out, '\n'); i > 0 {
		out = out[:i+1]
	}
	return out
}

// BenchmarkParse times loading (decoding, sanitising, blocks, title,
// debris, sections, language) per format at 1 KB, 1 MB and 100 MB. Parse
// copies the bytes it is given; Load, which owns them, does not.
func BenchmarkParse(b *testing.B) {
	formats := []struct{ sample, name string }{
		{"seed-aleppo.txt", "a.txt"},
		{"en-sample-harbor.txt", "a.txt"},
		{"en-sample-garden.md", "a.md"},
		{"en-sample-museum.html", "a.html"},
	}
	for _, f := range formats {
		sizes := []int{1 << 10, 1 << 20, 100 << 20}
		if f.name == "a.html" {
			// The page's first kilobyte is all <head>, and one page a
			// hundred megabytes long is not a use case.
			sizes = []int{6 << 10, 1 << 20}
		}
		for _, size := range sizes {
			b.Run(fmt.Sprintf("%s/%dKB", f.sample, size>>10), func(b *testing.B) {
				data := sized(b, f.sample, size)
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if _, err := Parse(f.name, data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkSections times section detection alone on plain texts of
// 1 KB, 1 MB and 100 MB: debris, title and headings, then the section
// ranges.
func BenchmarkSections(b *testing.B) {
	for _, size := range []int{1 << 10, 1 << 20, 100 << 20} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			d, err := Parse("a.txt", sized(b, "ar-sample-markets.txt", size))
			if err != nil {
				b.Fatal(err)
			}
			blocks := append([]Block(nil), d.Blocks...)
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				copy(d.Blocks, blocks)
				outlineText(d)
				buildSections(d)
			}
		})
	}
}

// BenchmarkSanitize times the scan of a clean 1 MB text and the rewrite
// of one with an escape sequence a line.
func BenchmarkSanitize(b *testing.B) {
	clean := string(sized(b, "seed-aleppo.txt", 1<<20))
	dirty := string(bytes.ReplaceAll([]byte(clean), []byte("\n"), []byte("\x1b[31m\n")))
	for _, c := range []struct{ name, s string }{{"clean", clean}, {"escapes", dirty}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			for b.Loop() {
				Sanitize(c.s)
			}
		})
	}
}

// BenchmarkLoadHead times what the first screen of a file waits for:
// reading and parsing its first and last HeadSize bytes, at 1 KB (read
// whole), 1 MB, 100 MB and 1 GB, the same at any size. The files are
// written to the test's temporary folder (the 100 MB and 1 GB ones are
// skipped under -short).
func BenchmarkLoadHead(b *testing.B) {
	for _, size := range []int{1 << 10, 1 << 20, 100 << 20, 1 << 30} {
		b.Run(sizeName(size), func(b *testing.B) {
			if size > 1<<20 && testing.Short() {
				b.Skip("100 MB and 1 GB under -short")
			}
			path := filepath.Join(b.TempDir(), "big.txt")
			writeSized(b, path, "seed-aleppo.txt", size)
			for b.Loop() {
				if _, err := LoadHead(path, HeadSize); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// writeSized writes a sample repeated to size bytes to path, a megabyte
// at a time (a 1 GB file is never held whole).
func writeSized(b *testing.B, path, sample string, size int) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	chunk := sized(b, sample, min(size, 1<<20))
	for left := size; left > 0; left -= len(chunk) {
		if _, err := f.Write(chunk[:min(len(chunk), left)]); err != nil {
			b.Fatal(err)
		}
	}
}

// sizeName names a size as the benchmarks do: 1KB, 1MB, 100MB, 1GB.
func sizeName(n int) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%dGB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprintf("%dKB", n>>10)
}

// BenchmarkLoadMemory loads 100 MB of plain text and of Markdown and
// reports the Go heap the document keeps per megabyte of file (heap-B/MB,
// after a collection) and how much the process's peak resident set grew
// per megabyte while it loaded and then read the whole text in a pass
// that reports what it read (peak-rss-B/MB; Linux, where
// /proc/self/clear_refs resets the peak): the visible text is a mapping,
// outside the heap, dropped from the resident set as the passes go (see
// Passed). The goal for
// the whole process is 1.2 (plain text) and 1.5 (Markdown) times the
// file, the runtime and the terminal included.
func BenchmarkLoadMemory(b *testing.B) {
	for _, f := range []struct{ sample, name string }{{"seed-aleppo.txt", "big.txt"}, {"en-sample-garden.md", "big.md"}} {
		b.Run(f.name, func(b *testing.B) {
			if testing.Short() {
				b.Skip("100 MB under -short")
			}
			const size = 100 << 20
			path := filepath.Join(b.TempDir(), f.name)
			writeSized(b, path, f.sample, size)
			var live, peak uint64
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				rss, resetOK := resetPeak()
				d, err := Load(path)
				if err != nil {
					b.Fatal(err)
				}
				Lean(func() {
					sum := 0
					for i := 0; i < len(d.Text); i += 4096 {
						sum += int(d.Text[i])
						Passed(4096) // as the passes over a whole text do
					}
					runtime.KeepAlive(sum)
				})
				if hwm := status("VmHWM"); resetOK && hwm > rss {
					peak += hwm - rss
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				live += after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc)
				runtime.KeepAlive(d)
			}
			b.ReportMetric(float64(live)/float64(b.N)/(size>>20), "heap-B/MB")
			if peak > 0 {
				b.ReportMetric(float64(peak)/float64(b.N)/(size>>20), "peak-rss-B/MB")
			}
		})
	}
}

// resetPeak resets the process's peak resident set to what is resident
// now and returns that; false where it cannot (not Linux).
func resetPeak() (uint64, bool) {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		return 0, false
	}
	return status("VmRSS"), true
}

// status returns a field of /proc/self/status given in kB, in bytes; 0
// when it cannot be read.
func status(field string) uint64 {
	data, _ := os.ReadFile("/proc/self/status")
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			var kb uint64
			fmt.Sscan(rest, &kb)
			return kb << 10
		}
	}
	return 0
}
