package main

import (
	"os"
	"strings"
	"syscall"
)

// reserveHeap grows the heap by n bytes at once, n being the room a run has
// between collections, and asks Linux to back them with transparent huge
// pages (see [hugeBlock]), then lets them go. Go maps its heap in 4 MiB steps
// without that advice, and the first touch of each 4 KiB page is a page
// fault of its own (see [tuneMemory] for the counts).
//
// The block is past the heap's goal by itself, so the first allocation
// after it starts a collection, in the background, which frees it (the
// caller sees that no collection starts before: see [tuneMemory]); the run's
// small objects then fill its pages, lowest addresses first. Nothing is
// resident until the run touches it.
func reserveHeap(n int) {
	hugeBlock(n)
}

// hugeBlock returns n bytes of heap that Linux is asked to back with
// transparent huge pages (madvise MADV_HUGEPAGE, honoured when
// /sys/kernel/mm/transparent_hugepage/enabled is "always" or "madvise"), or
// nil when it cannot be asked or GODEBUG=disablethp=1, Go's own switch to
// keep huge pages off the heap, says not to.
func hugeBlock(n int) []byte {
	if strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") {
		return nil
	}
	b := make([]byte, n)
	if syscall.Madvise(b, syscall.MADV_HUGEPAGE) != nil {
		return nil
	}
	return b
}
