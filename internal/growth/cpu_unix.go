//go:build unix

package growth

import (
	"syscall"
	"time"
)

// CPUTime returns the user and system CPU time the process has used, for
// benchmarks that report CPU time beside wall time on a shared machine.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
