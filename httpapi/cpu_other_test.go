//go:build !unix

package httpapi_test

import "time"

// cpuTime returns 0: the benchmark reports CPU time on Unix only.
func cpuTime() time.Duration { return 0 }
