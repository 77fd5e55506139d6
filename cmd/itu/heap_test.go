package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// TestTuneMemory checks the collector's setting for a run: Go's default for
// one file and when GOGC or GOMEMLIMIT is set, and for many files GOGC=400 with a goal
// after a collection that leaves heapRoom of room beside the floor, however
// little is alive.
func TestTuneMemory(t *testing.T) {
	tests := []struct {
		files          int
		gogc, memlimit string
		want           int
	}{
		{1, "", "", 100},
		{2000, "100", "", 100},
		{2000, "", "64MiB", 100},
		{2, "", "", 400},
		{2000, "", "", 400},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.files, " files, GOGC=", tt.gogc, ", GOMEMLIMIT=", tt.memlimit), func(t *testing.T) {
			t.Setenv("GOGC", tt.gogc)
			t.Setenv("GOMEMLIMIT", tt.memlimit)
			before := debug.SetGCPercent(100)
			defer debug.SetGCPercent(before)
			tuneMemory(tt.files)
			got := debug.SetGCPercent(tt.want)
			if got != tt.want {
				t.Errorf("GC percent after tuneMemory(%d) with GOGC=%q = %d; want %d", tt.files, tt.gogc, got, tt.want)
			}
			if tt.want == 400 {
				runtime.GC()
				goal := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
				metrics.Read(goal)
				if g, want := goal[0].Value.Uint64(), uint64(len(floor)+heapRoom); g < want {
					t.Errorf("heap goal after a collection = %d bytes; want at least %d (the floor and the room)", g, want)
				}
			}
		})
	}
}

// TestTuneMemoryLetsTheBlockGo checks that reserveHeap's 32 MiB block is gone
// after the first collection that follows tuneMemory: what that collection
// finds alive is the floor and the test binary's own data, well under the
// block's size. It fails when the block is kept (tried: held in a package
// variable). The race tuneMemory turns the collector off against, a
// collection started while the block was still on the stack, depends on
// timing; this test did not catch it in 20 runs without the fix, gctrace
// under go run did once.
func TestTuneMemoryLetsTheBlockGo(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	m := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/gc/heap/live:bytes"}}
	tuneMemory(2000)
	metrics.Read(m)
	start := m[0].Value.Uint64()
	for i := 0; ; i++ {
		sink = make([]byte, 64) // past the goal, an allocation starts the collection
		metrics.Read(m)
		if m[0].Value.Uint64() > start {
			break
		}
		if i%1024 == 0 {
			runtime.Gosched()
		}
	}
	if live := m[1].Value.Uint64(); live >= heapRoom {
		t.Errorf("live heap after the first collection = %d bytes; want less than the block's %d", live, heapRoom)
	}
}

// sink keeps TestTuneMemoryLetsTheBlockGo's allocations from being optimised
// away without keeping more than the last one alive.
var sink []byte
