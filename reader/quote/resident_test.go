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

	"qari/reader"
)

// TestFindKeepsAMappedTextOutOfMemory: finding the quotations of a large
// article, whose text is a mapping of its file, keeps only a few
// megabytes of the file resident, however many people it quotes: the
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
			if kb := residentKB(path); kb > peak.Load() {
				peak.Store(kb)
			}
			time.Sleep(time.Millisecond)
		}
	}()
	doc, err := reader.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	var qs []Quote
	reader.Lean(func() { qs = Find(doc) })
	close(done)
	<-sampled
	if len(qs) < 1000 || residentKB(path) < 0 {
		t.Fatalf("%d quotations; the text is not a mapping of the file (%d kB)", len(qs), residentKB(path))
	}
	if got := peak.Load() << 10; got > size*2/5 {
		t.Errorf("loading and finding quotations kept %d MB of a %d MB file resident at once; want under 2/5", got>>20, size>>20)
	}
}

// residentKB returns how much of the mapping of the file at path is
// resident, from /proc/self/smaps; -1 when it is not mapped.
func residentKB(path string) int64 {
	data, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		return -1
	}
	in, found := false, false
	var kb int64
	for line := range strings.Lines(string(data)) {
		if fields := strings.Fields(line); len(fields) >= 6 && strings.Contains(fields[0], "-") {
			in = fields[5] == path
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
