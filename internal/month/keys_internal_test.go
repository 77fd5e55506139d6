package month

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestKeys checks the literal key table against the month tables: each name
// and abbreviation folds to a key of its month, and every key comes from one.
func TestKeys(t *testing.T) {
	want := map[string]time.Month{}
	for _, table := range [][12][]string{names, abbrevs} {
		for i, ns := range table {
			for _, n := range ns {
				want[Fold(n)] = time.Month(i + 1)
			}
		}
	}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("keys (-from tables +literal):\n%s", diff)
	}
}
