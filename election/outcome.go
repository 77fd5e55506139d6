package election

import (
	"slices"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
)

// CheckOutcome checks the elections held at one conference together, tallied
// in order as [TallyInOrder] tallies them: each election's own rules (paths
// "/0/rounds/1/votes/USA", ...); a warning for each round of a later
// elected-official election in which a candidate who stood down under CS
// No. 62 still got votes (they are not counted for them); and that the
// elected officials and Board members are all nationals of different Member
// States (CS No. 62), a violation naming the two people.
func CheckOutcome(es []Election, opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	valid := make([]bool, len(es))
	for i, e := range es {
		vs := e.Check(opts...)
		valid[i] = check.Result(vs) == nil
		r.Append(check.Path("", i), vs...)
	}
	outcomeRules(r, "", es, valid)
	return r.Violations()
}

// outcomeRules: the elections tallied in order (CS No. 62 stand-downs), a
// warning for each round's votes for a candidate who stood down, and no two
// people elected at one conference share a nationality (CS No. 62). Only the
// elections marked valid are tallied.
func outcomeRules(r *check.Report, base string, es []Election, valid []bool) {
	co := tallyInOrder(es, valid)
	for _, sd := range co.StoodDown {
		if sd.VotesIgnored == 0 {
			continue
		}
		for k, rd := range es[sd.Election].Rounds {
			if n := rd.Votes[sd.Candidate.MemberState]; n > 0 {
				r.Add(RuleOutcomeStoodDown, check.Path(base, sd.Election, "rounds", k, "votes", string(sd.Candidate.MemberState)),
					"%d votes for %s, who stood down: %s was elected %s (election %d) in round %d, and the elected officials are nationals of different Member States (CS No. 62); the tally counts these votes as invalid ballots",
					n, sd.Candidate, sd.Because.Candidate, sd.EarlierPost, sd.Earlier, sd.Because.Round)
			}
		}
	}
	type seat struct {
		w    Winner
		post itu.Post
		i    int
	}
	seen := map[itu.StateCode]seat{} // the first person elected of each nationality
	for i, e := range es {
		if !e.Post.CandidateIsPerson() || !valid[i] {
			continue
		}
		for _, w := range co.Elections[i].Elected {
			p, dup := seen[w.Candidate.MemberState]
			if dup {
				ci := slices.Index(e.Candidates, w.Candidate) // once per violation, at most once per winner
				r.Add(RuleOutcomeNationality, check.Path(base, i, "candidates", ci, "member_state"), "%s, elected %s (election %d), and %s, elected %s (election %d), are both nationals of %s; the elected officials and Board members are nationals of different Member States (CS No. 62)",
					p.w.Candidate.Name, p.post, p.i, w.Candidate.Name, e.Post, i, w.Candidate.MemberState.Label())
			}
			if !dup {
				seen[w.Candidate.MemberState] = seat{w, e.Post, i}
			}
		}
	}
}
