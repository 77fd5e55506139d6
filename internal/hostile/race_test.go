//go:build race

package hostile

// raceEnabled: under the race detector, sync.Pool drops items at random and
// allocation figures are noisy, so the complexity harness raises its floors.
const raceEnabled = true
