package election_test

import (
	"sync"
	"testing"

	"github.com/plenipot/itu/internal/fresh"

	"github.com/plenipot/itu/election"
)

// TestFirstUseConcurrent asks for Geneva's time zone from several goroutines
// at once in a fresh process, where the first of them loads it (issue 18);
// run with -race.
func TestFirstUseConcurrent(t *testing.T) {
	if !fresh.Process(t) {
		return
	}
	locs := make([]string, 8)
	var wg sync.WaitGroup
	for i := range locs {
		wg.Go(func() { locs[i] = election.Geneva().String() })
	}
	wg.Wait()
	for i, l := range locs {
		if l != "Europe/Zurich" {
			t.Errorf("goroutine %d: Geneva() = %q; want Europe/Zurich", i, l)
		}
	}
}
