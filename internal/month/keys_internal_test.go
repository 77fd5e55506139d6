package month

import (
	"strings"
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

// namedFolding is Named as it was, folding every word with Fold and every
// full name again for a word with a period: the oracle of FuzzNamed.
func namedFolding(s string) (time.Month, bool) {
	k := Fold(s)
	if m, ok := keys[k]; ok {
		return m, true
	}
	if t, ok := strings.CutSuffix(k, "."); ok {
		if m, ok := keys[t]; ok {
			for _, ns := range names {
				for _, n := range ns {
					if Fold(n) == t {
						return 0, false
					}
				}
			}
			return m, true
		}
	}
	return 0, false
}

// FuzzNamed holds Named, its capitals lowered on the stack and its full
// names folded once, to namedFolding.
func FuzzNamed(f *testing.F) {
	for _, s := range []string{"October", "SEPT.", "Sept.", "MAI.", "mai.", "Août", "AOÛT", "févr.", "FÉVR.", "Dic.", "января", "", ".", "JAN..", strings.Repeat("A", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gm, gok := Named(s)
		wm, wok := namedFolding(s)
		if gm != wm || gok != wok {
			t.Errorf("Named(%q) = %v, %v; folding gives %v, %v", s, gm, gok, wm, wok)
		}
	})
}

// TestNamedAllocates checks that a capitalised English or abbreviated month
// is read without allocating.
func TestNamedAllocates(t *testing.T) {
	Named("Jan.") // folds the full names once
	for _, s := range []string{"October", "SEPT.", "Dec."} {
		if n := testing.AllocsPerRun(20, func() { Named(s) }); n != 0 {
			t.Errorf("Named(%q): %v allocations; want none", s, n)
		}
	}
}
