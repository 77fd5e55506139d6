package correspondence

import (
	"sync"
	"testing"

	"github.com/plenipot/itu/internal/fresh"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

// TestFirstUseConcurrent reads dates and titles from several goroutines at
// once in a fresh process, where the first of them builds the lazy table of
// the Secretary-General's titles and compiles the lazy Chinese date pattern
// (issue 18); run with -race.
func TestFirstUseConcurrent(t *testing.T) {
	if !fresh.Process(t) {
		return
	}
	want := civil.Date{Year: 2021, Month: 11, Day: 22}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, s := range []string{"2021年11月22日", "Monday, 22 November 2021", "le 22 novembre 2021"} {
				if got, ok := readDate(s); !ok || got != want {
					t.Errorf("readDate(%q) = %v, %t; want %v", s, got, ok, want)
				}
			}
			if l, ok := secretaryGeneralTitle("Secrétaire général de l'UIT"); !ok || l != itu.French {
				t.Errorf("secretaryGeneralTitle = %v, %t; want French", l, ok)
			}
		})
	}
	wg.Wait()
}
