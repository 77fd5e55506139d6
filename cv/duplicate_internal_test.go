package cv

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
)

// TestDuplicateRuleBothWays checks that duplicateRule reports the same
// duplicates, naming the same first entry, whether it compares a short list
// pair by pair or indexes a long one, and whether the entries' hashes differ
// or (a hash that reads no field, or only some) collide.
func TestDuplicateRuleBothWays(t *testing.T) {
	hashes := []struct {
		name string
		hash func(maphash.Seed, *int) uint64
	}{
		{"int", func(seed maphash.Seed, x *int) uint64 { return maphash.String(seed, strconv.Itoa(*x)) }},
		{"constant", func(maphash.Seed, *int) uint64 { return 0 }},
		{"parity", func(_ maphash.Seed, x *int) uint64 { return uint64(*x % 2) }},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, hh := range hashes {
		for n := range 3 * smallList {
			for round := range 20 {
				xs := make([]int, n)
				for i := range xs {
					xs[i] = rng.IntN(n/2 + 1)
				}
				if diff := duplicatesDiff(xs, hh.hash); diff != "" {
					t.Fatalf("%s hash, n=%d round %d, %v (-want +got):\n%s", hh.name, n, round, xs, diff)
				}
			}
		}
	}
}

// TestDuplicateRuleEntries checks the hash functions of the CV's lists on
// long lists drawn from a few values of each field, so that many entries
// repeat and many differ in one field only: duplicateRule must report what
// a Go map keyed by the whole entry finds.
func TestDuplicateRuleEntries(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	period := func() civil.Period {
		return []civil.Period{
			{Start: civil.Year(2015), Present: true},
			{Start: civil.Year(2015), Present: true, Sep: " - "},
			{Start: civil.Year(2015), End: civil.Year(2021)},
			{Start: civil.Year(2021), End: civil.Year(2015)},
			{Start: civil.Year(2019), Present: true, Text: "Since 2019"},
			{},
		}[rng.IntN(6)]
	}
	for n := smallList + 1; n < 4*smallList; n++ {
		acts := make([]Activity, n)
		for i := range acts {
			acts[i] = Activity{Period: period(), Role: Role(rng.IntN(2) + 1), RoleText: pick("Chairman", "Chair", ""), Body: pick("SG13", "SG1", "SG13, SG1"), Sep: pick("", ", ")}
		}
		checkDuplicates(t, acts, hashActivity)
		pos := make([]Position, n)
		for i := range pos {
			pos[i] = Position{Period: period(), Title: pick("Director", "Dir", ""), Unit: pick("TSB", ""), Organisation: pick("ITU", "ETRI"), Country: pick("", "Korea")}
		}
		checkDuplicates(t, pos, hashPosition)
		eds := make([]Education, n)
		for i := range eds {
			eds[i] = Education{Period: period(), Degree: pick("PhD", "MSc"), Level: Level(rng.IntN(2) + 1), Field: pick("", "Physics"), Institution: pick("KAIST", "SNU"), Country: pick("", "Korea"), PeriodSep: pick("", " ")}
		}
		checkDuplicates(t, eds, hashEducation)
		items := make([]string, n)
		for i := range items {
			items[i] = pick("a", "b", "ab", "")
		}
		checkDuplicates(t, items, hashString)
	}
}

func checkDuplicates[T comparable](t *testing.T, xs []T, hash func(maphash.Seed, *T) uint64) {
	t.Helper()
	if diff := duplicatesDiff(xs, hash); diff != "" {
		t.Fatalf("%T list of %d (-want +got):\n%s", xs, len(xs), diff)
	}
}

// duplicatesDiff compares what duplicateRule reports on xs with what a Go
// map keyed by the whole entry finds.
func duplicatesDiff[T comparable](xs []T, hash func(maphash.Seed, *T) uint64) string {
	r := check.New()
	duplicateRule(r, func(i int) string { return check.Path("/list", i) }, xs, hash)
	var want []string
	seen := map[T]int{}
	for i, x := range xs {
		if j, ok := seen[x]; ok {
			want = append(want, fmt.Sprintf("/list/%d: repeats entry %d word for word; remove one", i, j))
			continue
		}
		seen[x] = i
	}
	var got []string
	for _, v := range r.Violations() {
		got = append(got, v.Path+": "+v.Message)
	}
	return cmp.Diff(want, got)
}
