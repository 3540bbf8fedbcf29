// Package procs shares the processors between the work a person waits for
// and the work done in the background (reading the whole of a large file,
// finding its quotations).
//
// On two cores, a background load that splits its work over both left the
// reader's own goroutines (the terminal's input, the event loop, the
// renderer's tick) waiting for the Go scheduler to preempt it, 10 ms a
// hop: a key pressed while a 100 MB file was read took 30–60 ms to be
// drawn instead of 5. So background work runs in slots (Background), at
// most Limit at a time, and work split over the processors (Spread) takes
// its extra goroutines from the same slots when they are free: a reader
// that sets the limit to one less than the processors always has one for
// itself.
//
// Without SetLimit there are as many slots as processors (GOMAXPROCS), and
// Spread uses them all when nothing else runs: the command line's work is
// as parallel as before.
package procs

import (
	"runtime"
	"sync"
)

var (
	mu    sync.Mutex
	freed = sync.NewCond(&mu)
	limit int // the slots; 0: GOMAXPROCS
	busy  int // slots taken
)

// SetLimit sets how many slots background work and Spread's extra
// goroutines share; n < 1 is as many as the processors (GOMAXPROCS).
// Work already in its slots keeps them.
func SetLimit(n int) {
	mu.Lock()
	limit = max(n, 0)
	mu.Unlock()
	freed.Broadcast()
}

// Limit returns the number of slots.
func Limit() int {
	mu.Lock()
	defer mu.Unlock()
	return slots()
}

// slots is Limit with mu held.
func slots() int {
	if limit > 0 {
		return limit
	}
	return runtime.GOMAXPROCS(0)
}

// Background runs f once a slot is free, in the calling goroutine, and
// frees the slot when f returns. f must not call Background itself (it
// would wait for a slot it may be the only one to free); Spread is fine.
func Background(f func()) {
	mu.Lock()
	for busy >= slots() {
		freed.Wait()
	}
	busy++
	mu.Unlock()
	defer release(1)
	f()
}

// release frees n slots.
func release(n int) {
	if n == 0 {
		return
	}
	mu.Lock()
	busy -= n
	mu.Unlock()
	freed.Broadcast()
}

// Workers returns how many goroutines work split over the processors may
// use now, at most want and at least one (the caller's own), and a func
// that gives the extra ones' slots back, to be called when they are done.
// The extra goroutines are the slots free at the moment: none while
// background work holds them all.
func Workers(want int) (n int, done func()) {
	mu.Lock()
	extra := max(min(want-1, slots()-busy, runtime.GOMAXPROCS(0)-1), 0)
	busy += extra
	mu.Unlock()
	return 1 + extra, func() { release(extra) }
}

// Spread calls f(lo, hi) over [0, n) cut into as many pieces as Workers
// gives goroutines (the caller's among them), or in one piece when n is
// below least (starting goroutines would cost more than they save), and
// returns when every piece is done.
func Spread(n, least int, f func(lo, hi int)) {
	want := runtime.GOMAXPROCS(0)
	if n < least {
		want = 1
	}
	workers, done := Workers(want)
	defer done()
	if workers < 2 {
		f(0, n)
		return
	}
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := chunk; lo < n; lo += chunk {
		wg.Go(func() { f(lo, min(lo+chunk, n)) })
	}
	f(0, min(chunk, n))
	wg.Wait()
}
