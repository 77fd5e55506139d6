//go:build !unix

package main

// openFlags adds nothing where opening a file cannot wait for a writer.
const openFlags = 0
