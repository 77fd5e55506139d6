//go:build !unix

package docimport_test

import "time"

// cpuTime returns 0 where the system gives no CPU time: cost then measures
// wall time.
func cpuTime() time.Duration { return 0 }
