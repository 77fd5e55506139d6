package election_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

// TestCountsBoundedByUnion checks that a round's counts are bounded by the
// Member States of the Union on the election's date (193 before Palau joined
// on 19 September 2024, 194 after), or on the as-of date when the election's
// is unknown, not by a fixed bound (issue 16).
func TestCountsBoundedByUnion(t *testing.T) {
	tests := []struct {
		name  string
		date  string
		asOf  string
		votes int // ITA's votes in round 1
		pv    int // present and voting in round 1
		want  []want
	}{
		{"193 present in 2022", "2022-09-29", "", 80, 193, []want{}},
		{"194 present in 2022", "2022-09-29", "", 80, 194, []want{{"/rounds/0/present_and_voting", "election.round.count"}}},
		{"194 present in 2026", "2026-11-12", "", 80, 194, []want{}},
		{"195 present in 2026", "2026-11-12", "", 80, 195, []want{{"/rounds/0/present_and_voting", "election.round.count"}}},
		{"900 present, no date, no as-of", "", "", 80, 900, []want{{"/rounds/0/present_and_voting", "election.round.count"}}},
		{"194 present, no date, as of 2022", "", "2022-10-14", 80, 194, []want{{"/rounds/0/present_and_voting", "election.round.count"}}},
		{"194 present, no date, as of 2026", "", "2026-11-12", 80, 194, []want{}},
		{"a candidate's 200 votes", "2022-09-29", "", 200, 0, []want{{"/rounds/0/votes/ITA", "election.round.count"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := sg()
			if tt.date != "" {
				e.Date = civil.MustParseDate(tt.date)
			}
			e.Rounds = e.Rounds[:1]
			e.Rounds[0].Votes["ITA"] = tt.votes
			e.Rounds[0].PresentAndVoting = tt.pv
			e.Rounds[0].Majority = 0
			var opts []itu.Option
			if tt.asOf != "" {
				opts = append(opts, itu.AsOf(civil.MustParseDate(tt.asOf)))
			}
			got := []want{}
			for _, w := range wantsOf(e.Check(opts...)) {
				if w.Code == "election.round.count" {
					got = append(got, w)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check() count violations (-want +got):\n%s", diff)
			}
		})
	}
}
