//go:build js || plan9

package main

// ignoreSIGPIPE does nothing where there is no SIGPIPE (js, plan9): a write
// to a closed pipe fails there, and run reports it as exitWrite.
func ignoreSIGPIPE() {}
