//go:build !race

package docimport_test

// raceEnabled reports that the race detector is on.
const raceEnabled = false
