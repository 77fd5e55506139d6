package main

import "syscall"

// noHugePages asks Linux not to back b with transparent huge pages
// (MADV_NOHUGEPAGE), so that each 4 KiB page of it faults on its own.
func noHugePages(b []byte) error { return syscall.Madvise(b, 15) }
