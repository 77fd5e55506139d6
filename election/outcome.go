package election

import (
	"slices"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
)

// CheckOutcome checks the elections held at one conference together: each
// election's own rules (paths "/0/rounds/1/votes/USA", ...) and that the
// elected officials and Board members are all nationals of different Member
// States (CS No. 62); a violation names the two people.
func CheckOutcome(es []Election, opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	valid := make([]bool, len(es))
	for i, e := range es {
		vs := e.Check(opts...)
		valid[i] = itu.Result(vs) == nil
		r.Append(check.Path("", i), vs...)
	}
	outcomeRules(r, "", es, valid)
	return r.Violations()
}

// outcomeRules: no two people elected at one conference share a nationality
// (CS No. 62). Only the elections marked valid are tallied.
func outcomeRules(r *check.Report, base string, es []Election, valid []bool) {
	type seat struct {
		w    Winner
		post itu.Post
		i    int
	}
	var seen []seat
	for i, e := range es {
		if !e.Post.CandidateIsPerson() || !valid[i] {
			continue
		}
		for _, w := range tally(e).Elected {
			j := slices.IndexFunc(seen, func(s seat) bool { return s.w.Candidate.MemberState == w.Candidate.MemberState })
			if j >= 0 {
				ci := slices.IndexFunc(e.Candidates, func(c Candidate) bool { return c == w.Candidate })
				p := seen[j]
				r.Add(RuleOutcomeNationality, check.Path(base, i, "candidates", ci, "member_state"), "%s, elected %s (election %d), and %s, elected %s (election %d), are both nationals of %s; the elected officials and Board members are nationals of different Member States (CS No. 62)",
					p.w.Candidate.Name, p.post, p.i, w.Candidate.Name, e.Post, i, stateName(w.Candidate.MemberState))
			}
			seen = append(seen, seat{w, e.Post, i})
		}
	}
}
