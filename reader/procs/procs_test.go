package procs

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// withLimit sets the limit for one test and puts the default back after.
func withLimit(t *testing.T, n int) {
	t.Helper()
	SetLimit(n)
	t.Cleanup(func() { SetLimit(0) })
}

// TestBackgroundRunsAtMostLimit checks that no more pieces of background
// work run at a time than there are slots, and that all of them run.
func TestBackgroundRunsAtMostLimit(t *testing.T) {
	for _, limit := range []int{1, 2, 3} {
		withLimit(t, limit)
		var running, most, done atomic.Int32
		var wg sync.WaitGroup
		for range 12 {
			wg.Go(func() {
				Background(func() {
					n := running.Add(1)
					for {
						m := most.Load()
						if n <= m || most.CompareAndSwap(m, n) {
							break
						}
					}
					time.Sleep(2 * time.Millisecond)
					running.Add(-1)
					done.Add(1)
				})
			})
		}
		wg.Wait()
		if most.Load() > int32(limit) || done.Load() != 12 {
			t.Errorf("limit %d: %d pieces ran at once, %d of 12 ran", limit, most.Load(), done.Load())
		}
		if limit > 1 && most.Load() < 2 {
			t.Errorf("limit %d: the pieces ran one at a time", limit)
		}
	}
}

// TestWorkersLeaveTheSlotsOfBackgroundWork checks that work split over
// the processors gets no extra goroutine while background work holds
// every slot, and gets them back once it is done.
func TestWorkersLeaveTheSlotsOfBackgroundWork(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("one processor: never an extra goroutine")
	}
	withLimit(t, 1)
	started, finish := make(chan struct{}), make(chan struct{})
	go Background(func() {
		close(started)
		<-finish
	})
	<-started
	if n, done := Workers(8); n != 1 {
		t.Errorf("while background work holds the one slot, Workers gives %d goroutines, want 1", n)
		done()
	}
	close(finish)
	for deadline := time.Now().Add(time.Second); ; {
		n, done := Workers(8)
		done()
		if n == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("with the slot free again, Workers gives %d goroutines, want 2 (the caller and one)", n)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestSpreadCoversEveryItemOnce checks that Spread's pieces cover [0, n)
// exactly, whatever the slots free, and that it frees the ones it took.
func TestSpreadCoversEveryItemOnce(t *testing.T) {
	for _, limit := range []int{0, 1, 4} {
		withLimit(t, limit)
		for _, n := range []int{0, 1, 7, 1000, 1001} {
			seen := make([]atomic.Int32, n)
			Spread(n, 10, func(lo, hi int) {
				for i := lo; i < hi; i++ {
					seen[i].Add(1)
				}
			})
			for i := range seen {
				if c := seen[i].Load(); c != 1 {
					t.Fatalf("limit %d, n %d: item %d done %d times", limit, n, i, c)
				}
			}
		}
		mu.Lock()
		left := busy
		mu.Unlock()
		if left != 0 {
			t.Errorf("limit %d: %d slots still taken after Spread", limit, left)
		}
	}
}
