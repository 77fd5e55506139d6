package schema

import (
	"bytes"
	"sync"
	"testing"

	"github.com/plenipot/itu/internal/fresh"

	"github.com/plenipot/itu"
)

// TestFirstUseConcurrent generates one schema from several goroutines at
// once in a fresh process, where the first of them compiles the lazy name
// pattern and builds the lazy tables (issue 18); run with -race.
func TestFirstUseConcurrent(t *testing.T) {
	if !fresh.Process(t) {
		return
	}
	out := make([][]byte, 4)
	var wg sync.WaitGroup
	for i := range out {
		wg.Go(func() {
			b, err := ForKind(itu.KindDossier)
			if err != nil {
				t.Error(err)
			}
			out[i] = b
		})
	}
	wg.Wait()
	for i := range out {
		if !bytes.Equal(out[i], out[0]) {
			t.Errorf("goroutine %d generated another schema than goroutine 0", i)
		}
	}
}
