//go:build !race

package growth

// raceEnabled reports that the race detector is on.
const raceEnabled = false
