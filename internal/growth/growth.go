// Package growth is the measure behind the module's complexity tests (issue
// 12): a check's cost at 0, n and 4n items, in violations, allocations and
// bytes allocated, must grow at most about linearly. It compares ratios,
// never times. Tests only; it is not part of the public API.
package growth

import (
	"runtime"
	"testing"
)

// MaxGrowth is the largest ratio allowed for four times the input: linear
// growth gives 4, n·log n a little more, quadratic work 16. Bytes get
// MaxBytesGrowth, since slices grown by doubling can take up to twice the
// bytes their items need.
const (
	MaxGrowth      = 6
	MaxBytesGrowth = 8
)

// measures names the three costs, in the order cost returns them.
var measures = [3]string{"violations", "allocations", "bytes"}

// Check fails t when the cost of gen(4n) over gen(0) is more than the
// allowed ratio times the cost of gen(n) over gen(0), in violations,
// allocations or bytes allocated; gen(k) returns a run of the check on k
// items that returns its number of violations. Growth under 2% of the base
// cost counts as 2%, so noise in a cost that hardly grows is not read as a
// ratio. Bytes are not compared under the race detector, which drops
// sync.Pool items at random. what names the items in messages.
func Check(t testing.TB, what string, n int, gen func(int) func() int) {
	t.Helper()
	fs := []func() int{gen(0), gen(n), gen(4 * n)}
	for _, f := range fs { // warm up every size before measuring any
		f()
	}
	var c [3][3]float64
	for range 3 { // a garbage collection mid-run is noise: measure again
		for i, f := range fs {
			c[i][0], c[i][1], c[i][2] = cost(f)
		}
		if worst(c) <= 1 {
			break
		}
	}
	for j, measure := range measures {
		limit, ok := limitOf(j)
		if !ok {
			continue
		}
		if r := ratio(c, j); r > limit {
			t.Errorf("%d → %d %s: %s grew %.1f× (%.0f, %.0f, %.0f); want at most %.0f×", n, 4*n, what, measure, r, c[0][j], c[1][j], c[2][j], limit)
		}
	}
}

// limitOf returns the allowed ratio of measure j, and false when it is not
// compared.
func limitOf(j int) (float64, bool) {
	if j == 2 {
		return MaxBytesGrowth, !raceEnabled
	}
	return MaxGrowth, true
}

// ratio is the growth of measure j from n to 4n items, over the base cost.
func ratio(c [3][3]float64, j int) float64 {
	return (c[2][j] - c[0][j]) / max(c[1][j]-c[0][j], 0.02*c[0][j], 1)
}

// worst returns the largest of the ratios of c to their limits: over 1 fails.
func worst(c [3][3]float64) float64 {
	w := 0.0
	for j := range measures {
		if limit, ok := limitOf(j); ok {
			w = max(w, ratio(c, j)/limit)
		}
	}
	return w
}

// cost runs f five times, returning its result and the mallocs and bytes
// allocated per run, averaged to keep out noise.
func cost(f func() int) (violations, mallocs, bytes float64) {
	const runs = 5
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for range runs {
		violations = float64(f())
	}
	runtime.ReadMemStats(&b)
	return violations, float64(b.Mallocs-a.Mallocs) / runs, float64(b.TotalAlloc-a.TotalAlloc) / runs
}
