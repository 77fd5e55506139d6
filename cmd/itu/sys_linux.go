package main

import (
	"syscall"
	"unsafe"
)

// The system calls [readFile] makes on Linux, other than fstat, are raw:
// made without telling Go's scheduler that the thread is in the kernel.
//
// A call made the usual way lets the runtime's monitor thread (sysmon)
// take the worker's P away when the call lasts more than 20 µs or so, as
// opening and reading a file often does on a virtual machine; the worker
// then gets a P back, or parks its thread while another runs it, and each
// time the monitor has taken a P it polls every 20 µs for a while, taking
// a CPU from a worker each time it wakes. Over 2,000 files that was about
// 560 context switches a run on one core and 580 on two; with raw calls,
// 130 and 240, 3% less CPU time, and two cores 2.5% faster (medians of 150
// interleaved rounds, bench/round-issue18-7/abx-raw-150.txt).
//
// What a raw call gives up: while it lasts, no other goroutine runs on its
// P, and a garbage collection waiting to stop the world waits for it. Here
// each worker holds a P of its own and the others go on; a file on a slow
// disk or a stalled network file system holds its worker up either way,
// and the results after it wait for it, since they are printed in order.
// fstat stays an ordinary call because its number and result layout vary
// with the architecture, and it is the quickest of the four.

// atFDCWD is AT_FDCWD: openat resolves a relative name from the working
// directory, as open does.
const atFDCWD = -100

// openRead opens name for reading without waiting (O_NONBLOCK) and closes
// it across exec, as syscall.Open would with those flags.
func openRead(name string) (int, error) {
	p, err := syscall.BytePtrFromString(name)
	if err != nil {
		return -1, err
	}
	dir := atFDCWD // a variable, so that it converts to uintptr by wrapping
	flags := syscall.O_RDONLY | syscall.O_NONBLOCK | syscall.O_CLOEXEC | syscall.O_LARGEFILE
	fd, _, e := syscall.RawSyscall6(syscall.SYS_OPENAT, uintptr(dir), uintptr(unsafe.Pointer(p)), uintptr(flags), 0, 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(fd), nil
}

// readInto reads from fd into b, as syscall.Read does.
func readInto(fd int, b []byte) (int, error) {
	var p unsafe.Pointer
	if len(b) > 0 {
		p = unsafe.Pointer(&b[0])
	}
	n, _, e := syscall.RawSyscall(syscall.SYS_READ, uintptr(fd), uintptr(p), uintptr(len(b)))
	if e != 0 {
		return -1, e
	}
	return int(n), nil
}

// closeFile closes fd, as syscall.Close does.
func closeFile(fd int) {
	syscall.RawSyscall(syscall.SYS_CLOSE, uintptr(fd), 0, 0)
}
