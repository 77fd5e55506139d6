//go:build unix && !linux

package main

// noHugePages does nothing where the system does not back anonymous memory
// with huge pages of its own accord.
func noHugePages([]byte) error { return nil }
