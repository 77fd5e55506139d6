package election_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/examples"
)

// board returns a Board election for Region E with seats seats and the given rounds.
func board(seats int, p election.Procedure, rounds ...election.Round) election.Election {
	return election.Election{
		Conference: "PP-T", Post: itu.BoardMember, Region: itu.RegionE, Seats: seats, Procedure: p,
		Candidates: []election.Candidate{
			{Name: "Ms Aiko REI", MemberState: "JPN"},
			{Name: "Mr Wei LIZI", MemberState: "CHN"},
			{Name: "Dr Ravi UDAHARAN", MemberState: "IND"},
			{Name: "Mr Omar MITHAL", MemberState: "SAU"},
			{Name: "Ms Siti CONTOH", MemberState: "IDN"},
		},
		Rounds: rounds,
	}
}

type result struct {
	Elected []string // "JPN@1" : Member State @ round
	Open    int
	Tied    []itu.StateCode
}

func resultOf(o election.Outcome) result {
	r := result{Open: o.Open, Tied: o.Tied}
	for _, w := range o.Elected {
		r.Elected = append(r.Elected, string(w.Candidate.MemberState)+"@"+string(rune('0'+w.Round)))
	}
	return r
}

// TestTally checks seat allocation, single- and multi-seat, under each procedure option.
func TestTally(t *testing.T) {
	maj, plur := election.Procedure{}, election.Procedure{Method: election.Plurality}
	lots := election.Procedure{Ties: election.TieLots}
	tests := []struct {
		name string
		e    election.Election
		want result
	}{
		{"single seat, round 1", election.Election{Conference: "PP-T", Post: itu.SecretaryGeneral,
			Candidates: []election.Candidate{{Name: "Ms A AA", MemberState: "USA"}, {Name: "Mr B BB", MemberState: "RUS"}},
			Rounds:     []election.Round{{Number: 1, Votes: votes("USA", 139, "RUS", 25)}}},
			result{Elected: []string{"USA@1"}}},
		{"single seat, after a withdrawal", sg(), result{Elected: []string{"ITA@2"}}},
		{"single seat, exactly half is not a majority", election.Election{Conference: "PP-T", Post: itu.DirectorBDT,
			Candidates: []election.Candidate{{Name: "Ms A AA", MemberState: "ZWE"}, {Name: "Mr B BB", MemberState: "GHA"}},
			Rounds:     []election.Round{{Number: 1, Votes: votes("ZWE", 80, "GHA", 80)}}},
			result{Open: 1, Tied: nil}},
		{"majority: all reaching it fit the seats", board(3, maj, election.Round{Number: 1, Votes: votes("JPN", 120, "CHN", 110, "IND", 90, "SAU", 60), ValidBallots: 150}),
			result{Elected: []string{"JPN@1", "CHN@1", "IND@1"}}},
		{"majority: fewer reach it than seats, the rest in round 2", board(3, maj,
			election.Round{Number: 1, Votes: votes("JPN", 120, "CHN", 110, "IND", 70, "SAU", 60, "IDN", 50), ValidBallots: 150},
			election.Round{Number: 2, Votes: votes("IND", 100, "SAU", 40, "IDN", 10), ValidBallots: 150}),
			result{Elected: []string{"JPN@1", "CHN@1", "IND@2"}}},
		{"majority: more reach it than seats, most votes win", board(2, maj, election.Round{Number: 1, Votes: votes("JPN", 110, "CHN", 100, "IND", 80, "SAU", 10), ValidBallots: 150}),
			result{Elected: []string{"JPN@1", "CHN@1"}}},
		{"majority: tie for the last seat stays open", board(2, maj, election.Round{Number: 1, Votes: votes("JPN", 100, "CHN", 90, "IND", 90), ValidBallots: 150}),
			result{Elected: []string{"JPN@1"}, Open: 1, Tied: []itu.StateCode{"CHN", "IND"}}},
		{"majority: tie broken in a further round", board(2, maj,
			election.Round{Number: 1, Votes: votes("JPN", 100, "CHN", 90, "IND", 90), ValidBallots: 150},
			election.Round{Number: 2, Votes: votes("CHN", 80, "IND", 70), ValidBallots: 150}),
			result{Elected: []string{"JPN@1", "CHN@2"}}},
		{"majority: tie for both seats", board(2, maj, election.Round{Number: 1, Votes: votes("JPN", 100, "CHN", 100, "IND", 100), ValidBallots: 150}),
			result{Open: 2, Tied: []itu.StateCode{"JPN", "CHN", "IND"}}},
		{"majority: a tie within the seats elects both", board(3, maj, election.Round{Number: 1, Votes: votes("JPN", 100, "CHN", 100, "IND", 90), ValidBallots: 150}),
			result{Elected: []string{"JPN@1", "CHN@1", "IND@1"}}},
		{"lots: the draw fills the tied seat", board(2, lots, election.Round{Number: 1, Votes: votes("JPN", 100, "CHN", 90, "IND", 90), ValidBallots: 150, Lots: []itu.StateCode{"IND", "CHN"}}),
			result{Elected: []string{"JPN@1", "IND@1"}}},
		{"lots: no draw recorded leaves the seat open", board(2, lots, election.Round{Number: 1, Votes: votes("JPN", 100, "CHN", 90, "IND", 90), ValidBallots: 150}),
			result{Elected: []string{"JPN@1"}, Open: 1, Tied: []itu.StateCode{"CHN", "IND"}}},
		{"plurality: most votes fill every seat", board(3, plur, election.Round{Number: 1, Votes: votes("JPN", 60, "CHN", 50, "IND", 40, "SAU", 30), ValidBallots: 150}),
			result{Elected: []string{"JPN@1", "CHN@1", "IND@1"}}},
		{"plurality: a candidate with no votes is not elected", board(3, plur, election.Round{Number: 1, Votes: votes("JPN", 60, "CHN", 50)}),
			result{Elected: []string{"JPN@1", "CHN@1"}, Open: 1}},
		{"plurality: tie at the cut-off stays open", board(2, plur, election.Round{Number: 1, Votes: votes("JPN", 60, "CHN", 50, "IND", 50)}),
			result{Elected: []string{"JPN@1"}, Open: 1, Tied: []itu.StateCode{"CHN", "IND"}}},
		{"no rounds yet", board(2, maj), result{Open: 2}},
		{"Council, two rounds", council(), result{Elected: []string{"ROU@1", "POL@1", "AZE@1", "CZE@1", "BGR@2"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := tt.e.Tally()
			if err != nil {
				t.Fatalf("Tally(): %v", err)
			}
			if diff := cmp.Diff(tt.want, resultOf(o)); diff != "" {
				t.Errorf("Tally() (-want +got):\n%s", diff)
			}
			if o.Decided() != (tt.want.Open == 0) {
				t.Errorf("Decided() = %v with %d open", o.Decided(), o.Open)
			}
		})
	}
}

func TestTallyWinnerDetails(t *testing.T) {
	o, err := council().Tally()
	if err != nil {
		t.Fatal(err)
	}
	want := election.Winner{Candidate: election.Candidate{MemberState: "BGR"}, Round: 2, Votes: 90, Majority: 78}
	if diff := cmp.Diff(want, o.Elected[4]); diff != "" {
		t.Errorf("fifth winner (-want +got):\n%s", diff)
	}
	if o.Seats != 5 {
		t.Errorf("Seats = %d; want 5", o.Seats)
	}
}

func TestTallyInvalid(t *testing.T) {
	e := sg()
	e.Rounds[0].Votes["ITA"] = -1
	o, err := e.Tally()
	if !errors.Is(err, itu.ErrInvalid) {
		t.Fatalf("Tally() error = %v; want ErrInvalid", err)
	}
	var ve *itu.ValidationError
	if !errors.As(err, &ve) || !ve.Has("election.round.count") {
		t.Errorf("Tally() error = %v; want an election.round.count violation", err)
	}
	if len(o.Elected) != 0 {
		t.Errorf("Tally() of an invalid election elected %v", o.Elected)
	}
}

func TestLotsRules(t *testing.T) {
	tie := election.Round{Number: 1, Votes: votes("JPN", 100, "CHN", 90, "IND", 90), ValidBallots: 150}
	tests := []struct {
		name string
		lots []itu.StateCode
		want []want
	}{
		{"both tied", []itu.StateCode{"CHN", "IND"}, []want{}},
		{"one not tied", []itu.StateCode{"JPN", "IND"}, []want{{"/rounds/0/lots/0", "election.round.lots"}}},
		{"drawn twice", []itu.StateCode{"IND", "IND"}, []want{{"/rounds/0/lots/1", "election.round.lots"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tie
			r.Lots = tt.lots
			e := board(2, election.Procedure{Ties: election.TieLots}, r)
			if diff := cmp.Diff(tt.want, wantsOf(e.Check())); diff != "" {
				t.Errorf("Check() (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCheckOutcome checks CS No. 62 across a conference's elections.
func TestCheckOutcome(t *testing.T) {
	sgUSA := election.Election{Conference: "PP-T", Post: itu.SecretaryGeneral,
		Candidates: []election.Candidate{{Name: "Ms Ann FIRST", MemberState: "USA"}, {Name: "Mr Bo SECOND", MemberState: "RUS"}},
		Rounds:     []election.Round{{Number: 1, Votes: votes("USA", 139, "RUS", 25)}}}
	brUSA := election.Election{Conference: "PP-T", Post: itu.DirectorBR,
		Candidates: []election.Candidate{{Name: "Mr Cal THIRD", MemberState: "USA"}},
		Rounds:     []election.Round{{Number: 1, Votes: votes("USA", 150)}}}
	rrbUSA := election.Election{Conference: "PP-T", Post: itu.BoardMember, Region: itu.RegionA, Seats: 1,
		Candidates: []election.Candidate{{Name: "Mr Cal THIRD", MemberState: "USA"}},
		Rounds:     []election.Round{{Number: 1, Votes: votes("USA", 150)}}}
	councilUSA := election.Election{Conference: "PP-T", Post: itu.CouncilMember, Region: itu.RegionA, Seats: 1,
		Candidates: states("USA"), Rounds: []election.Round{{Number: 1, Votes: votes("USA", 150)}}}
	tests := []struct {
		name string
		es   []election.Election
		want []want
	}{
		{"different nationalities", []election.Election{sgUSA, council()}, []want{}},
		{"Council seats are not persons", []election.Election{sgUSA, councilUSA}, []want{}},
		{"two US nationals elected", []election.Election{sgUSA, councilUSA, rrbUSA}, []want{{"/2/candidates/0/member_state", "election.outcome.nationality"}}},
		{"a later official of the same nationality stood down: votes for them warned of", []election.Election{sgUSA, councilUSA, brUSA}, []want{{"/2/rounds/0/votes/USA", "election.outcome.stood_down"}}},
		{"the loser's nationality does not matter", []election.Election{rrbUSA, council()}, []want{}},
		{"a stood-down loser's votes are warned of", []election.Election{sgUSA, func() election.Election {
			e := brUSA
			e.Candidates = []election.Candidate{{Name: "Mr Cal THIRD", MemberState: "USA"}, {Name: "Ms Di FOURTH", MemberState: "RUS"}}
			e.Rounds = []election.Round{{Number: 1, Votes: votes("USA", 20, "RUS", 150)}}
			return e
		}()}, []want{{"/1/rounds/0/votes/USA", "election.outcome.stood_down"}}},
		{"an invalid election is reported, not tallied", []election.Election{sgUSA, func() election.Election {
			e := brUSA
			e.Rounds = []election.Round{{Number: 0, Votes: votes("USA", 150)}}
			return e
		}()}, []want{{"/1/rounds/0/number", "election.round.number"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, wantsOf(election.CheckOutcome(tt.es))); diff != "" {
				t.Errorf("CheckOutcome() (-want +got):\n%s", diff)
			}
		})
	}
	vs := election.CheckOutcome([]election.Election{sgUSA, rrbUSA})
	wantMsg := "Ms Ann FIRST, elected SG (election 0), and Mr Cal THIRD, elected RRB (election 1), are both nationals of United States (USA); the elected officials and Board members are nationals of different Member States (CS No. 62)"
	if len(vs) != 1 || vs[0].Message != wantMsg {
		t.Errorf("CheckOutcome() = %v; want one violation reading %q", vs, wantMsg)
	}
}

// TestTallyRoundsAsPublished: a record that starts at a later round, as
// published, is counted, and its winner is reported in the round the ITU
// numbered (issue 16).
func TestTallyRoundsAsPublished(t *testing.T) {
	e := examples.FictionalSecretaryGeneralElection()
	want, err := e.Tally()
	if err != nil || len(want.Elected) != 1 {
		t.Fatalf("fixture Tally() = %+v, %v; want one elected", want, err)
	}
	for i := range e.Rounds {
		e.Rounds[i].Number += 2
	}
	if err := e.Validate(); err != nil {
		t.Fatalf("rounds numbered from 3: Validate() = %v; want nil", err)
	}
	got, err := e.Tally()
	if err != nil || len(got.Elected) != 1 {
		t.Fatalf("Tally() = %+v, %v; want one elected", got, err)
	}
	if got.Elected[0].Candidate != want.Elected[0].Candidate || got.Elected[0].Round != want.Elected[0].Round+2 {
		t.Errorf("elected %+v; want %+v in round %d", got.Elected[0], want.Elected[0].Candidate, want.Elected[0].Round+2)
	}
}
