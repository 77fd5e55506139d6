package cv

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/internal/check"
)

// TestDuplicateRuleBothWays checks that duplicateRule reports the same
// duplicates, naming the same first entry, whether it compares a short list
// pair by pair or indexes a long one.
func TestDuplicateRuleBothWays(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 3 * smallList {
		for round := range 20 {
			xs := make([]int, n)
			for i := range xs {
				xs[i] = rng.IntN(n/2 + 1)
			}
			r := check.New()
			duplicateRule(r, "/items", xs)
			var want []string
			seen := map[int]int{}
			for i, x := range xs {
				if j, ok := seen[x]; ok {
					want = append(want, fmt.Sprintf("/items/%d: repeats entry %d word for word; remove one", i, j))
					continue
				}
				seen[x] = i
			}
			var got []string
			for _, v := range r.Violations() {
				got = append(got, v.Path+": "+v.Message)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("n=%d round %d, %v (-want +got):\n%s", n, round, xs, diff)
			}
		}
	}
}
