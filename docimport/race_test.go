//go:build race

package docimport_test

// raceEnabled reports that the race detector is on: sync.Pool then drops
// what it holds at random, so every regular expression match builds its
// machine anew and allocation says nothing about the reader's own.
const raceEnabled = true
