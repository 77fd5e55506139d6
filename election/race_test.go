//go:build race

package election_test

// raceEnabled reports that the race detector is on: it drops items from
// sync.Pool at random, so bytes allocated are too noisy to compare.
const raceEnabled = true
