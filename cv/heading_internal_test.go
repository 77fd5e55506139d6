package cv

import "testing"

// FuzzStartsCandidate checks the filter in front of candidateFor: when it is
// false, the expression does not match.
func FuzzStartsCandidate(f *testing.F) {
	for _, s := range []string{"Candidate for the post of Deputy Secretary-General", "  CANDIDATE TO Director, TSB", "\tcandidate for x", "Curriculum vitae", "candidat", "\vcandidate for x", "\u212aandidate"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !hasCandidate(s) && candidateFor().MatchString(s) {
			t.Fatalf("hasCandidate(%q) = false, but candidateFor matches it", s)
		}
	})
}
