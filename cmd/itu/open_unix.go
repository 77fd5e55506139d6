//go:build unix

package main

import "syscall"

// openFlags makes opening a file that became a FIFO after it was checked
// return at once instead of waiting for a writer; reads of regular files are
// unaffected.
const openFlags = syscall.O_NONBLOCK
