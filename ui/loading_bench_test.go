package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"qari/reader"
	"qari/reader/procs"
	"qari/reader/search"
)

// bigArticle writes the seed repeated to size bytes in dir, a megabyte at
// a time, with the word "benchneedle" in a paragraph three quarters in,
// and returns its path.
func bigArticle(b *testing.B, dir string, size int) string {
	b.Helper()
	seedText, err := os.ReadFile("../samples/seed-aleppo.txt")
	if err != nil {
		b.Fatal(err)
	}
	chunk := repeat(append(seedText, '\n'), min(size, 1<<20))
	path := filepath.Join(dir, "big.txt")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	for written := 0; written < size; written += len(chunk) {
		if written <= size*3/4 && size*3/4 < written+len(chunk) {
			fmt.Fprint(f, "\nbenchneedle needlefound\n\n")
		}
		if _, err := f.Write(chunk[:min(len(chunk), size-written)]); err != nil {
			b.Fatal(err)
		}
	}
	return path
}

// sizes are the file sizes of the loading benchmarks; the large ones are
// skipped under -short.
var sizes = []struct {
	name  string
	bytes int
}{{"1KB", 1 << 10}, {"1MB", 1 << 20}, {"100MB", 100 << 20}, {"1GB", 1 << 30}}

// BenchmarkFirstFrame times what stands between qari's start and its first
// screen of a file: LoadHead, the model, the terminal's size and the first
// View, at 1 KB to 1 GB. It must not grow with the file.
func BenchmarkFirstFrame(b *testing.B) {
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			if testing.Short() && size.bytes > 1<<20 {
				b.Skip("100 MB and 1 GB under -short")
			}
			path := bigArticle(b, b.TempDir(), size.bytes)
			th := plainTheme(b)
			for b.Loop() {
				doc, err := reader.LoadHead(path, reader.HeadSize)
				if err != nil {
					b.Fatal(err)
				}
				m := New([]*reader.Document{doc}, Config{Theme: th})
				m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				_ = m.View()
			}
		})
	}
}

// BenchmarkFindWhileLoading times a search, typed while a 100 MB file is
// still being read, for a word three quarters in: the head, then the
// file's bytes past it, then a window opened on the match.
func BenchmarkFindWhileLoading(b *testing.B) {
	if testing.Short() {
		b.Skip("100 MB under -short")
	}
	head, err := reader.LoadHead(bigArticle(b, b.TempDir(), 100<<20), reader.HeadSize)
	if err != nil {
		b.Fatal(err)
	}
	m, err := search.Compile(search.Query{Pattern: "benchneedle"})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		at, ok := nextInParts(context.Background(), m, head, 0)
		if !ok || at.win == nil || at.win.Text[at.h.start:at.h.end] != "benchneedle" {
			b.Fatal("the needle was not found in a window")
		}
	}
}

// BenchmarkEndWhileLoading times G and the next frame in a 100 MB file
// whose whole is still being read (its tail answers).
func BenchmarkEndWhileLoading(b *testing.B) {
	if testing.Short() {
		b.Skip("100 MB under -short")
	}
	path := bigArticle(b, b.TempDir(), 100<<20)
	th := plainTheme(b)
	end, top := tea.KeyPressMsg{Code: 'G', Text: "G"}, tea.KeyPressMsg{Code: 'g', Text: "g"}
	doc, err := reader.LoadHead(path, reader.HeadSize)
	if err != nil {
		b.Fatal(err)
	}
	m := New([]*reader.Document{doc}, Config{Theme: th}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for b.Loop() {
		m.Update(end)
		_ = m.View()
		if p := m.pagers[0]; p.offset() < len(doc.Text)*9/10 {
			b.Fatalf("G went to byte %d of %d", p.offset(), len(doc.Text))
		}
		m.Update(top)
	}
}

// BenchmarkWakeWhileLoading times how late a goroutine of the reader's
// (the terminal's input, the event loop, the renderer's tick) runs after
// it is due while a 100 MB file is read again and again in the
// background and a search counts its matches, as after G pressed during
// the load: each op is a 1 ms sleep, and late-ms is its median lateness
// (sharing the processors: well under a millisecond; without, up to the
// scheduler's 10 ms turn behind each busy goroutine).
func BenchmarkWakeWhileLoading(b *testing.B) {
	if testing.Short() {
		b.Skip("100 MB under -short")
	}
	path := bigArticle(b, b.TempDir(), 100<<20)
	doc, err := reader.LoadHead(path, reader.HeadSize)
	if err != nil {
		b.Fatal(err)
	}
	m := New([]*reader.Document{doc}, Config{Theme: plainTheme(b)}).(*model)
	defer m.shareProcessors()()
	m.gate.release()
	needle, err := search.Compile(search.Query{Pattern: "benchneedle"})
	if err != nil {
		b.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	text := string(repeat([]byte("benchneedle in a haystack of words "), 8<<20))
	go func() {
		for ctx.Err() == nil {
			procs.Background(func() { _, _ = reader.Load(path) })
		}
	}()
	go func() {
		for ctx.Err() == nil {
			_, _ = needle.Count(ctx, text)
		}
	}()
	time.Sleep(100 * time.Millisecond) // the load under way
	late := make([]time.Duration, 0, 64)
	for b.Loop() {
		t := time.Now()
		time.Sleep(time.Millisecond)
		late = append(late, time.Since(t)-time.Millisecond)
	}
	slices.Sort(late)
	b.ReportMetric(float64(late[len(late)/2])/1e6, "late-ms")
}
