//go:build unix

// Command cowfault measures what a page fault costs a Go program on this
// machine, to weigh the TLB-shootdown interrupts of a two-core `itu
// validate` (BENCHMARKS.md, issue 18, sixth and seventh rounds).
//
// It maps fresh anonymous memory (on Linux with transparent huge pages
// refused, so every 4 KiB page faults on its own) and writes one byte to each page:
// first with no read before (the write fault maps a zeroed page), then with
// a read of the page first (the read maps the shared zero page, so the
// write that follows is a copy-on-write fault, and the old mapping must be
// flushed from every CPU running the process: an interrupt to each). It
// does both with the program's other threads asleep, then again with one
// goroutine spinning on a thread of its own, so that the process runs on a
// second CPU too. It prints the mean time per page of each.
//
// Usage:
//
//	go run ./bench/cowfault [PAGES]
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"
)

func main() {
	pages := 2000
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err != nil || n < 1 {
			fmt.Fprintln(os.Stderr, "usage: cowfault [PAGES]")
			os.Exit(2)
		}
		pages = n
	}
	runtime.LockOSThread()
	for _, busy := range []bool{false, true} {
		var stop atomic.Bool
		if busy {
			started := make(chan struct{})
			go spin(&stop, started)
			<-started
		}
		for _, readFirst := range []bool{false, true} {
			us, err := touch(pages, readFirst)
			if err != nil {
				fmt.Fprintln(os.Stderr, "cowfault:", err)
				os.Exit(1)
			}
			fmt.Printf("second CPU busy=%-5v read first=%-5v %6.2f µs a page\n", busy, readFirst, us)
		}
		stop.Store(true)
	}
}

// spin keeps a thread of the process running until stop is set.
func spin(stop *atomic.Bool, started chan<- struct{}) {
	runtime.LockOSThread()
	close(started)
	for !stop.Load() {
	}
}

// touch maps pages fresh pages, writes a byte to each (reading it first when
// readFirst) and returns the mean time a page in µs.
func touch(pages int, readFirst bool) (float64, error) {
	const page = 4096
	b, err := syscall.Mmap(-1, 0, pages*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return 0, err
	}
	defer syscall.Munmap(b)
	if err := noHugePages(b); err != nil {
		return 0, err
	}
	var sum byte
	start := time.Now()
	for i := 0; i < pages; i++ {
		if readFirst {
			sum += b[i*page]
		}
		b[i*page+8] = 1 + sum
	}
	return float64(time.Since(start).Nanoseconds()) / float64(pages) / 1000, nil
}
