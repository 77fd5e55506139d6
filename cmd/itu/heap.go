package main

import (
	"os"
	"runtime/debug"
)

// heapRoom is how much a run over many files may allocate between
// collections, however little is alive.
const heapRoom = 32 << 20

// floor is the block [tuneMemory] keeps alive so that the heap's goal leaves
// [heapRoom] of room. It is never written, and as it comes fresh from the
// system it is not even zeroed, so it is not resident.
var floor []byte

// tuneMemory sets the garbage collector up for a run over files payload
// files, unless the GOGC or GOMEMLIMIT environment variable already says how
// to collect. One file is left to Go's defaults.
//
// Many files keep little alive when only their text is printed (the results
// waiting to be printed in order: a few MiB), so with Go's default GOGC of
// 100 the heap would be collected every 4 MiB, every few milliseconds, and
// with GOGC=400 alone, which itu set before, twice in a run over 2,000 files.
// On two cores a collection costs the workers far more than its own marking:
// two cores spent 13% more CPU time than one on those 2,000 files, against
// 5% with no collection in the run (BENCHMARKS.md, issue 18, fifth round).
//
// So a run may now allocate [heapRoom] (32 MiB) before it is collected, and
// a run of a few thousand files is not collected at all, while a run that
// keeps much alive (large files on many cores, or --format json, which keeps
// every result) still grows to about five times what is alive (GOGC=400),
// not more. Go has no setting for such a floor (its own is 4 MiB times
// GOGC/100), so a quarter of the room is kept alive in [floor]: the goal,
// five times what is alive with the floor, leaves four floors of room.
// (GOGC=800 alone gave the room and let a heap that keeps much alive grow to
// nine times it.)
//
// A bigger heap is more pages to touch for the first time, each a page fault
// (8,400 in that run at 32 MiB, against 5,500 at 16 MiB), which made the
// bigger heap alone no faster. Where the system can back the heap with huge
// pages, its first 32 MiB are reserved that way ([reserveHeap]): 1,800 to
// 2,000 faults, and the run 7% faster on one core and 5% to 12% on two.
func tuneMemory(files int) {
	if files < 2 || os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	// No collection may start while reserveHeap's block is in use: one that
	// did would find it alive and keep it for a whole cycle, with the goal
	// raised five times its size. The first allocation after GOGC is set
	// starts the collection that frees it.
	debug.SetGCPercent(-1)
	reserveHeap(heapRoom)
	if floor == nil {
		floor = make([]byte, heapRoom/4)
	}
	debug.SetGCPercent(400)
}
