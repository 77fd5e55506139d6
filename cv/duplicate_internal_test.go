package cv

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/internal/check"
)

// TestDuplicateRuleBothWays checks that duplicateRule reports the same
// duplicates, naming the same first entry, whether it compares a short list
// pair by pair or indexes a long one, and whether the entries' hashes differ
// or (a hash that reads no field, or only some) collide.
func TestDuplicateRuleBothWays(t *testing.T) {
	hashes := []struct {
		name string
		hash func(*maphash.Hash, *int)
	}{
		{"int", func(h *maphash.Hash, x *int) { h.WriteString(strconv.Itoa(*x)) }},
		{"constant", func(*maphash.Hash, *int) {}},
		{"parity", func(h *maphash.Hash, x *int) { h.WriteByte(byte(*x % 2)) }},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, hh := range hashes {
		for n := range 3 * smallList {
			for round := range 20 {
				xs := make([]int, n)
				for i := range xs {
					xs[i] = rng.IntN(n/2 + 1)
				}
				r := check.New()
				duplicateRule(r, func(i int) string { return check.Path("/items", i) }, xs, hh.hash)
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
					t.Fatalf("%s hash, n=%d round %d, %v (-want +got):\n%s", hh.name, n, round, xs, diff)
				}
			}
		}
	}
}
