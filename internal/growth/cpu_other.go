//go:build !unix

package growth

import "time"

// CPUTime returns 0 where the system gives no CPU time: callers then fall
// back to wall time.
func CPUTime() time.Duration { return 0 }
