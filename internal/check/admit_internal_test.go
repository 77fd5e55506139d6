package check

import (
	"math/rand/v2"
	"testing"

	"github.com/plenipot/itu"
)

// admitOracle is Report.admit as it was before it counted rules lazily: a
// count by rule code from the first violation kept.
type admitOracle struct {
	kept, suppressed int
	perRule          map[string]int
	worst            itu.Severity
}

func (o *admitOracle) admit(code string, sev itu.Severity, n int) bool {
	if code != "" && o.kept < MaxViolations && o.perRule[code] < MaxViolationsPerRule {
		o.perRule[code]++
		o.kept++
		return true
	}
	if o.suppressed == 0 || sev < o.worst {
		o.worst = sev
	}
	o.suppressed += n
	return false
}

// TestAdmitMatchesOracle holds admit, which counts violations by rule only
// once a report keeps MaxViolationsPerRule of them, to the count from the
// start, over runs of violations of a few rules (so that some reach their
// cap after the count begins, and some before) and of many.
func TestAdmitMatchesOracle(t *testing.T) {
	codes := []string{"a", "b", "c", "", "d"}
	for seed := range uint64(200) {
		rng := rand.New(rand.NewPCG(seed, 18))
		r := &Report{}
		o := &admitOracle{perRule: map[string]int{}}
		rules := 1 + rng.IntN(len(codes))
		if seed%10 == 0 {
			rules = 0 // one code per violation: the total cap
		}
		for i := range 300 + rng.IntN(1500) {
			code := codes[rng.IntN(max(rules, 1))]
			if rules == 0 {
				code = string(rune('A'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
			}
			sev := itu.Severity(rng.IntN(2))
			n := 1 + rng.IntN(3)
			got, want := r.admit(code, sev, n), o.admit(code, sev, n)
			if got != want {
				t.Fatalf("seed %d, violation %d (%q): admit = %v, oracle %v", seed, i, code, got, want)
			}
			if got {
				r.vs = append(r.vs, itu.Violation{Code: code, Severity: sev})
			}
		}
		if r.suppressed != o.suppressed || r.suppressed > 0 && r.worst != o.worst {
			t.Fatalf("seed %d: suppressed %d (worst %v), oracle %d (worst %v)", seed, r.suppressed, r.worst, o.suppressed, o.worst)
		}
	}
}
