package main

import (
	"os"
	"runtime/debug"
)

// tuneMemory sets the garbage collector up for a run over files payload
// files, unless the GOGC environment variable already says how to collect.
// One file is left to Go's defaults.
//
// Many files keep little alive when only their text is printed (the results
// waiting to be printed in order: a few MiB), so with Go's default GOGC of
// 100 the heap would be collected every 4 MiB, every few milliseconds, and
// with GOGC=400, which itu set before, twice in a run over 2,000 files. On
// two cores a collection costs the workers far more than its own marking:
// two cores spent 13% more CPU time than one on those 2,000 files, against
// 5% with no collection in the run (BENCHMARKS.md, issue 18, fifth round). So
// the heap may grow to 32 MiB, and to nine times what is alive, before it is
// collected (GOGC=800): a run of a few thousand files is not collected at
// all. --format json keeps every result until the end, so there the heap
// grows to five times what is alive (GOGC=400, from 16 MiB), not nine.
//
// A bigger heap is more pages to touch for the first time, each a page fault
// (8,400 in that run at 32 MiB, against 5,500 at 16 MiB), which made GOGC=800
// alone no faster. Where the system can back the heap with huge pages, the
// first part of the heap is reserved that way ([reserveHeap]): 1,800 to 2,000
// faults, and the run 7% faster on one core and 5% to 12% on two.
func tuneMemory(files int, keepsResults bool) {
	if files < 2 || os.Getenv("GOGC") != "" {
		return
	}
	percent := 800
	if keepsResults {
		percent = 400
	}
	debug.SetGCPercent(percent)
	// The heap's first goal is Go's 4 MiB scaled by GOGC/100 (a whole
	// multiple here: 4 MiB × 800 would overflow a 32-bit int).
	reserveHeap(percent / 100 * (4 << 20))
}
