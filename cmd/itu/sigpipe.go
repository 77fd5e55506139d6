//go:build !js && !plan9

package main

import (
	"os/signal"
	"syscall"
)

// ignoreSIGPIPE makes a write to a closed pipe ("itu rules | head -1") fail
// with EPIPE, which run reports as exitWrite, instead of killing itu.
func ignoreSIGPIPE() { signal.Ignore(syscall.SIGPIPE) }
