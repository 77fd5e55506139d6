//go:build !linux

package main

// reserveHeap does nothing where Linux's transparent huge pages are not
// there to ask for (see heap_linux.go).
func reserveHeap(n int) {}
