package election_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/election"
)

// TestRequiredMajority checks floor(V/2)+1 against the published figures.
func TestRequiredMajority(t *testing.T) {
	tests := []struct {
		name  string
		round election.Round
		want  int
	}{
		{"PP-22 SG: 139+25 = 164 valid votes", election.Round{Votes: votes("USA", 139, "RUS", 25), PresentAndVoting: 172}, 83},
		{"PP-22 DSG: 105+59+12 = 176 valid votes", election.Round{Votes: votes("LTU", 105, "KOR", 59, "WSM", 12)}, 89},
		{"PP-22 BR: 174 votes, 181 present and voting", election.Round{Votes: votes("URY", 174), PresentAndVoting: 181}, 88},
		{"PP-06: 160 ballots, 2 abstentions", election.Round{Votes: votes("A", 100, "B", 58), Blank: 2}, 80},
		{"PP-06: 162 valid ballots", election.Round{Votes: votes("A", 100, "B", 62)}, 82},
		{"PP-06: 159 valid ballots", election.Round{Votes: votes("A", 100, "B", 59)}, 80},
		{"blank and invalid ballots do not count", election.Round{Votes: votes("A", 10), Blank: 50, Invalid: 50}, 6},
		{"no votes", election.Round{}, 1},
		{"one vote", election.Round{Votes: votes("A", 1)}, 1},
		{"two votes", election.Round{Votes: votes("A", 1, "B", 1)}, 2},
		{"three votes", election.Round{Votes: votes("A", 2, "B", 1)}, 2},
		{"multi-seat: valid ballots, not votes", election.Round{Votes: votes("A", 120, "B", 90, "C", 50), ValidBallots: 150}, 76},
		{"negative votes count as zero", election.Round{Votes: votes("A", -10, "B", 4)}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.round.RequiredMajority(); got != tt.want {
				t.Errorf("RequiredMajority() = %d; want %d", got, tt.want)
			}
		})
	}
}

// TestElectionCheck checks each election and round rule, valid and invalid.
func TestElectionCheck(t *testing.T) {
	tests := []struct {
		name   string
		base   func() election.Election
		mutate func(*election.Election)
		want   []want
	}{
		{"sg valid", sg, func(*election.Election) {}, []want{}},
		{"council valid", council, func(*election.Election) {}, []want{}},
		{"kind", sg, func(e *election.Election) { e.Kind = itu.KindConference }, []want{{"/kind", "payload.kind"}}},
		{"required fields", sg, func(e *election.Election) { e.Conference, e.Post, e.Candidates, e.Rounds = "", 0, nil, nil },
			[]want{{"/candidates", "field.required"}, {"/conference", "field.required"}, {"/post", "field.required"}}},
		{"council without region", council, func(e *election.Election) { e.Region = "" }, []want{{"/region", "election.region.required"}}},
		{"SG with a region", sg, func(e *election.Election) { e.Region = itu.RegionA }, []want{{"/region", "election.region.unexpected"}}},
		{"council without seats", council, func(e *election.Election) { e.Seats = 0 }, []want{{"/seats", "election.seats.count"}}},
		{"SG with two seats", sg, func(e *election.Election) { e.Seats = 2 }, []want{{"/seats", "election.seats.count"}}},
		{"SG with one seat stated", sg, func(e *election.Election) { e.Seats = 1 }, []want{}},
		{"two candidates of one State", sg, func(e *election.Election) {
			e.Candidates = append(e.Candidates, election.Candidate{Name: "Ms Eva ZWEI", MemberState: "ITA"})
		}, []want{{"/candidates/3/member_state", "election.candidate.duplicate"}}},
		{"SG candidate without a name", sg, func(e *election.Election) { e.Candidates[1].Name = "" },
			[]want{{"/candidates/1/name", "election.candidate.name"}}},
		{"Council candidate with a name", council, func(e *election.Election) { e.Candidates[0].Name = "Mr Ali EXAMPLE" },
			[]want{{"/candidates/0/name", "election.candidate.name"}}},
		{"Council candidate from another confirmed region", council, func(e *election.Election) {
			e.Candidates = append(e.Candidates, election.Candidate{MemberState: "FRA"})
		}, []want{{"/candidates/7/member_state", "election.candidate.region"}}},
		{"Council candidate from another unconfirmed region", council, func(e *election.Election) {
			e.Candidates = append(e.Candidates, election.Candidate{MemberState: "LTU"})
		}, []want{{"/candidates/7/member_state", "election.candidate.region_unconfirmed"}}},
		{"round numbered 2 first, then 2 again", sg, func(e *election.Election) { e.Rounds[0].Number = 2 },
			[]want{{"/rounds/1/number", "election.round.number"}}},
		{"rounds numbered 3 and 4, as published from round 3", sg, func(e *election.Election) { e.Rounds[0].Number, e.Rounds[1].Number = 3, 4 }, []want{}},
		{"rounds numbered 3 and 5", sg, func(e *election.Election) { e.Rounds[0].Number, e.Rounds[1].Number = 3, 5 },
			[]want{{"/rounds/1/number", "election.round.number"}}},
		{"round numbered 0", sg, func(e *election.Election) { e.Rounds[0].Number, e.Rounds[1].Number = 0, 1 },
			[]want{{"/rounds/0/number", "election.round.number"}, {"/rounds/1/number", "election.round.number"}}},
		{"negative votes", sg, func(e *election.Election) { e.Rounds[0].Votes["JPN"] = -30 },
			[]want{{"/rounds/0/votes/JPN", "election.round.count"}}},
		{"absurd votes", sg, func(e *election.Election) { e.Rounds[1].Votes["ITA"] = 1 << 30 },
			[]want{{"/rounds/1/votes/ITA", "election.round.count"}}},
		{"absurd present and voting", sg, func(e *election.Election) { e.Rounds[0].PresentAndVoting = 5000 },
			[]want{{"/rounds/0/present_and_voting", "election.round.count"}}},
		{"more votes than present and voting", sg, func(e *election.Election) { e.Rounds[0].PresentAndVoting = 170 },
			[]want{{"/rounds/0/present_and_voting", "election.round.present_and_voting"}}},
		{"single seat: valid ballots differ from votes", sg, func(e *election.Election) { e.Rounds[0].ValidBallots = 171 },
			[]want{{"/rounds/0/valid_ballots", "election.round.totals"}}},
		{"multi-seat: a candidate over the valid ballots", council, func(e *election.Election) { e.Rounds[0].Votes["ROU"] = 161 },
			[]want{{"/rounds/0/votes/ROU", "election.round.totals"}}},
		{"multi-seat: more votes than ballots allow", council, func(e *election.Election) {
			e.Seats = 2
			e.Rounds = e.Rounds[:1]
			e.Rounds[0].Votes = votes("ROU", 140, "POL", 130, "AZE", 120)
		}, []want{{"/rounds/0/votes", "election.round.totals"}}},
		{"multi-seat: valid ballots over present and voting", council, func(e *election.Election) { e.Rounds[1].ValidBallots = 156 },
			[]want{{"/rounds/1/majority", "election.round.majority"}, {"/rounds/1/present_and_voting", "election.round.present_and_voting"}}},
		{"multi-seat majority from present and voting", council, func(e *election.Election) { e.Rounds[0].ValidBallots = 0 }, []want{}},
		{"multi-seat majority as published", council, func(e *election.Election) { e.Rounds[0].ValidBallots, e.Rounds[0].PresentAndVoting = 0, 0 }, []want{}},
		{"multi-seat majority unknown", council, func(e *election.Election) {
			e.Rounds[0].ValidBallots, e.Rounds[0].PresentAndVoting, e.Rounds[0].Majority = 0, 0, 0
		}, []want{{"/rounds/0/valid_ballots", "election.round.ballots"}, {"/rounds/1", "election.round.extra"}}}, // round 0 fills the seats by votes
		{"multi-seat plurality without valid ballots", council, func(e *election.Election) {
			e.Procedure.Method = election.Plurality
			e.Rounds = e.Rounds[:1]
			e.Rounds[0].ValidBallots = 0
		}, []want{}},
		{"wrong stated majority", sg, func(e *election.Election) { e.Rounds[0].Majority = 85 },
			[]want{{"/rounds/0/majority", "election.round.majority"}}},
		{"vote for a non-candidate", sg, func(e *election.Election) { e.Rounds[0].Votes["FRA"] = 0 },
			[]want{{"/rounds/0/votes/FRA", "election.round.standing"}}},
		{"vote for a withdrawn candidate", sg, func(e *election.Election) { e.Rounds[1].Votes["JPN"] = 0 },
			[]want{{"/rounds/1/votes/JPN", "election.round.standing"}}},
		{"vote for a candidate already elected", council, func(e *election.Election) { e.Rounds[1].Votes["ROU"] = 0 },
			[]want{{"/rounds/1/votes/ROU", "election.round.standing"}}},
		{"withdrawal of a non-candidate", sg, func(e *election.Election) { e.Rounds[1].Withdrawn = append(e.Rounds[1].Withdrawn, "FRA") },
			[]want{{"/rounds/1/withdrawn/1", "election.round.standing"}}},
		{"a round after the last seat", sg, func(e *election.Election) {
			e.Rounds = append(e.Rounds, election.Round{Number: 3, Votes: votes("BRA", 1)})
		}, []want{{"/rounds/2", "election.round.extra"}}},
		{"runoff after round 1: an eliminated candidate voted for", council, func(e *election.Election) { e.Procedure.RunoffAfter = 1 },
			[]want{{"/rounds/1/votes/KAZ", "election.round.runoff"}}},
		{"runoff after round 1 respected", council, func(e *election.Election) {
			e.Procedure.RunoffAfter = 1
			delete(e.Rounds[1].Votes, "KAZ")
			e.Rounds[1].Votes["BGR"] = 95
		}, []want{}},
		{"lots under the open tie rule", sg, func(e *election.Election) { e.Rounds[1].Lots = []itu.StateCode{"ITA"} },
			[]want{{"/rounds/1/lots", "election.round.lots"}}},
		{"seats left open", sg, func(e *election.Election) { e.Rounds = e.Rounds[:1] },
			[]want{{"/rounds", "election.outcome.open"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.base()
			tt.mutate(&e)
			if diff := cmp.Diff(tt.want, wantsOf(e.Check())); diff != "" {
				t.Errorf("Check() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestElectionHelpers(t *testing.T) {
	e := sg()
	if c, ok := e.Candidate("BRA"); !ok || c.Name != "Mr Joao EXEMPLO" {
		t.Errorf("Candidate(\"BRA\") = %v, %v", c, ok)
	}
	if _, ok := e.Candidate("FRA"); ok {
		t.Errorf("Candidate(\"FRA\") found a candidate")
	}
	if e.SeatCount() != 1 || e.Regional() || council().SeatCount() != 5 || !council().Regional() {
		t.Errorf("SeatCount or Regional wrong")
	}
	if got := e.Candidates[0].String(); got != "Dr Alma TESTA (ITA)" {
		t.Errorf("Candidate.String() = %q", got)
	}
	if got := (election.Candidate{MemberState: "ROU"}).String(); got != "ROU" {
		t.Errorf("Candidate.String() = %q", got)
	}
	x := person(itu.SecretaryGeneral, "Dr Alma TESTA", "ITA")
	if got := election.CandidateOf(x); got != e.Candidates[0] {
		t.Errorf("CandidateOf() = %v; want %v", got, e.Candidates[0])
	}
}
