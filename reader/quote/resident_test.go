package quote

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"qari/reader"
)

// TestFindKeepsAMappedTextOutOfMemory: finding the quotations of a large
// article, whose text is a file mapping (reader.Load), keeps only a few
// megabytes of it resident, however many people it quotes: the
// finder reports what it read (reader.Passed), and the names it keeps are
// its own copies, not pointers back to their first mention (each lookup
// of one read that page in again, so the resident set grew with the
// file).
func TestFindKeepsAMappedTextOutOfMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("a 40 MB file under -short")
	}
	if _, err := os.Stat("/proc/self/smaps"); err != nil {
		t.Skip("no /proc/self/smaps here")
	}
	const size = 40 << 20
	path := filepath.Join(t.TempDir(), "many-speakers.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	first := []string{"سامر", "ليلى", "خالد", "هدى", "Ines", "Omar", "Ruth", "Jonas"}
	n := 0
	for i := 0; n < size; i++ {
		// tens of thousands of people, met for the first time all
		// through the file and quoted again at random
		k := (i * 7919) % 40009
		name := fmt.Sprintf("%s Qasim%d", first[k%len(first)], k)
		var line string
		if i%2 == 0 {
			line = fmt.Sprintf("وقال %s إن «المياه لم تصل إلى الحي منذ أسبوعين، والناس ينتظرون». وأضاف أن الأمر «لن يحتمل».\n\n", name)
		} else {
			line = fmt.Sprintf("“We waited for the water for two weeks,” %s said. “Nobody came.”\n\n", name)
		}
		m, _ := w.WriteString(line)
		n += m
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	doc, err := reader.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	text := uintptr(unsafe.Pointer(unsafe.StringData(doc.Text)))
	if residentKB(text) < 0 {
		t.Fatal("the text is not a mapping")
	}
	var peak atomic.Int64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			select {
			case <-done:
				return
			default:
			}
			if kb := residentKB(text); kb > peak.Load() {
				peak.Store(kb)
			}
			time.Sleep(time.Millisecond)
		}
	}()
	var qs []Quote
	reader.Lean(func() { qs = Find(doc) })
	close(done)
	<-sampled
	if len(qs) < 1000 {
		t.Fatalf("%d quotations", len(qs))
	}
	if got := peak.Load() << 10; got > size*2/5 {
		t.Errorf("finding quotations kept %d MB of a %d MB text resident at once; want under 2/5", got>>20, size>>20)
	}
}

// residentKB returns how much of the file mapping that holds the address
// at is resident, from /proc/self/smaps; -1 when no file mapping holds it.
func residentKB(at uintptr) int64 {
	data, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		return -1
	}
	in, found := false, false
	var kb int64
	for line := range strings.Lines(string(data)) {
		if fields := strings.Fields(line); len(fields) >= 6 && strings.Contains(fields[0], "-") {
			lo, hi, _ := strings.Cut(fields[0], "-")
			l, _ := strconv.ParseUint(lo, 16, 64)
			h, _ := strconv.ParseUint(hi, 16, 64)
			in = uint64(at) >= l && uint64(at) < h
			found = found || in
			continue
		}
		if rest, ok := strings.CutPrefix(line, "Rss:"); ok && in {
			v, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			kb += v
		}
	}
	if !found {
		return -1
	}
	return kb
}
