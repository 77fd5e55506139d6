package candidacy

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
)

// CheckSet checks several candidacies together, as a JSON array: each one's own
// rules (paths "/0/post", "/1/candidate", ...) and the rules that only a set can
// break, such as one Board candidate per Member State per conference (CS No. 63).
// Withdrawn candidacies count for their own rules but not against the others.
func CheckSet(cs []Candidacy, opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	for i, c := range cs {
		r.Append(check.Path("", i), c.Check(opts...)...)
	}
	setRules(r, cs, func(i int) string { return check.Path("", i, "member_state") })
	return r.Violations()
}

// ValidateSet is [CheckSet] as an error: nil when no violation is an error.
func ValidateSet(cs []Candidacy, opts ...itu.Option) error {
	return check.Result(CheckSet(cs, opts...))
}

// setRules reports each Board candidacy after the first from the same Member
// State at the same conference, at the path pathOf gives for its index.
// Conferences compare by [itu.ConferenceCode.Key], so "pp22" is "PP-22".
func setRules(r *check.Report, cs []Candidacy, pathOf func(int) string) {
	type key struct {
		conference string
		state      itu.StateCode
	}
	first := map[key]int{}
	for i, c := range cs {
		if c.Post != itu.BoardMember || c.Status == Withdrawn || c.MemberState == "" {
			continue
		}
		k := key{c.Conference.Key(), c.MemberState}
		j, seen := first[k]
		if !seen {
			first[k] = i
			continue
		}
		at := ""
		if c.Conference != "" {
			at = " at " + clip.String(c.Conference)
		}
		r.Add(RuleBoardOnePerState, pathOf(i), "%s already proposes %q for the Radio Regulations Board%s; a Member State proposes only one Board candidate (CS No. 63)", c.MemberState.Label(), cs[j].Candidate, at)
	}
}
