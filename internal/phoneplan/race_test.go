//go:build race

package phoneplan_test

// Under the race detector, which slows libphonenumber tenfold, the
// differential tests check every eighth example number: they run in one
// goroutine, so the detector has nothing to find there, and a run without it
// checks them all.
func init() { sample = 8 }
