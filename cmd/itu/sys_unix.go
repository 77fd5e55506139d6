//go:build unix && !linux

package main

import "syscall"

// openRead opens name for reading without waiting (O_NONBLOCK) and closes
// it across exec.
func openRead(name string) (int, error) {
	return syscall.Open(name, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
}

// readInto reads from fd into b.
func readInto(fd int, b []byte) (int, error) { return syscall.Read(fd, b) }

// closeFile closes fd.
func closeFile(fd int) { syscall.Close(fd) }
