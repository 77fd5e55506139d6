package election_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/strictjson"
)

// TestTallyInOrderPP22 tallies PP-22's five elected-official elections in
// the conference's order (testdata/inorder, naming its sources and
// confidence): each elects as published, nobody stands down, and no rule is
// broken or warned of (issue 16).
func TestTallyInOrderPP22(t *testing.T) {
	data, err := os.ReadFile("testdata/inorder/pp22-officials.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Source     string            `json:"source"`
		Confidence string            `json:"confidence"`
		Elected    [][]itu.StateCode `json:"elected"`
		Elections  json.RawMessage   `json:"elections"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if f.Source == "" || f.Confidence == "" {
		t.Errorf("the file names no source or confidence")
	}
	var es []election.Election
	if err := strictjson.Decode(f.Elections, &es); err != nil {
		t.Fatalf("decode: %v", err)
	}
	var posts []itu.Post
	for _, e := range es {
		posts = append(posts, e.Post)
	}
	wantPosts := []itu.Post{itu.SecretaryGeneral, itu.DeputySecretaryGeneral, itu.DirectorBR, itu.DirectorTSB, itu.DirectorBDT}
	if diff := cmp.Diff(wantPosts, posts); diff != "" {
		t.Errorf("posts in order (-want +got):\n%s", diff)
	}
	if vs := election.CheckOutcome(es); len(vs) != 0 {
		t.Errorf("CheckOutcome() = %v; want nothing", vs)
	}
	co, err := election.TallyInOrder(es)
	if err != nil {
		t.Fatalf("TallyInOrder() error: %v", err)
	}
	var got [][]itu.StateCode
	for _, o := range co.Elections {
		var ss []itu.StateCode
		for _, w := range o.Elected {
			ss = append(ss, w.Candidate.MemberState)
		}
		got = append(got, ss)
	}
	if diff := cmp.Diff(f.Elected, got); diff != "" {
		t.Errorf("TallyInOrder() elected (-want +got):\n%s", diff)
	}
	if len(co.StoodDown) != 0 {
		t.Errorf("TallyInOrder() stood down %v; want nobody", co.StoodDown)
	}
	if w := co.Elections[4].Elected; len(w) != 1 || w[0].Round != 3 || w[0].Votes != 101 || w[0].Majority != 83 {
		t.Errorf("BDT elected %+v; want Zavazava in round 3 with 101 votes, majority 83", w)
	}
}

// The constructed case: the United States wins the Secretary-General
// election, so its candidate for Deputy Secretary-General stands down (CS
// No. 62).
var (
	sgFirst = election.Election{Conference: "PP-T", Post: itu.SecretaryGeneral,
		Candidates: []election.Candidate{{Name: "Ms Ann FIRST", MemberState: "USA"}, {Name: "Mr Bo SECOND", MemberState: "RUS"}},
		Rounds:     []election.Round{{Number: 1, Votes: votes("USA", 139, "RUS", 25)}}}
	annFirst = election.Winner{Candidate: election.Candidate{Name: "Ms Ann FIRST", MemberState: "USA"}, Round: 1, Votes: 139, Majority: 83}
	calThird = election.Candidate{Name: "Mr Cal THIRD", MemberState: "USA"}
)

// dsg returns a DSG election with a US, a Lithuanian and a Korean candidate
// and the given rounds.
func dsg(rounds ...election.Round) election.Election {
	return election.Election{Conference: "PP-T", Post: itu.DeputySecretaryGeneral,
		Candidates: []election.Candidate{calThird, {Name: "Ms Di FOURTH", MemberState: "LTU"}, {Name: "Mr Ed FIFTH", MemberState: "KOR"}},
		Rounds:     rounds}
}

func TestTallyInOrderStandDown(t *testing.T) {
	lithuania := election.Candidate{Name: "Ms Di FOURTH", MemberState: "LTU"}
	rrbUSA := election.Election{Conference: "PP-T", Post: itu.BoardMember, Region: itu.RegionA, Seats: 1,
		Candidates: []election.Candidate{{Name: "Mr Gus SEVENTH", MemberState: "USA"}},
		Rounds:     []election.Round{{Number: 1, Votes: votes("USA", 150)}}}
	tests := []struct {
		name       string
		es         []election.Election
		wantWins   [][]election.Winner
		wantDown   []election.StandDown
		wantChecks []want
	}{
		{
			name: "no votes for the stood-down candidate",
			es:   []election.Election{sgFirst, dsg(election.Round{Number: 1, Votes: votes("LTU", 105, "KOR", 59)})},
			wantWins: [][]election.Winner{{annFirst},
				{{Candidate: lithuania, Round: 1, Votes: 105, Majority: 83}}},
			wantDown:   []election.StandDown{{Election: 1, Post: itu.DeputySecretaryGeneral, Candidate: calThird, Earlier: 0, EarlierPost: itu.SecretaryGeneral, Because: annFirst}},
			wantChecks: []want{},
		},
		{
			// Counted for the US candidate, 100 votes would win; they are
			// invalid ballots, so the majority is floor(90/2)+1 = 46.
			name: "votes for the stood-down candidate: warned of, not counted",
			es:   []election.Election{sgFirst, dsg(election.Round{Number: 1, Votes: votes("USA", 100, "LTU", 60, "KOR", 30)})},
			wantWins: [][]election.Winner{{annFirst},
				{{Candidate: lithuania, Round: 1, Votes: 60, Majority: 46}}},
			wantDown:   []election.StandDown{{Election: 1, Post: itu.DeputySecretaryGeneral, Candidate: calThird, Earlier: 0, EarlierPost: itu.SecretaryGeneral, Because: annFirst, VotesIgnored: 100}},
			wantChecks: []want{{"/1/rounds/0/votes/USA", "election.outcome.stood_down"}},
		},
		{
			name: "votes in a later round, after a withdrawal",
			es: []election.Election{sgFirst, dsg(
				election.Round{Number: 1, Votes: votes("LTU", 40, "KOR", 40, "USA", 30)},
				election.Round{Number: 2, Withdrawn: []itu.StateCode{"USA"}, Votes: votes("LTU", 70, "KOR", 40)},
			)},
			wantWins: [][]election.Winner{{annFirst},
				{{Candidate: lithuania, Round: 2, Votes: 70, Majority: 56}}},
			wantDown:   []election.StandDown{{Election: 1, Post: itu.DeputySecretaryGeneral, Candidate: calThird, Earlier: 0, EarlierPost: itu.SecretaryGeneral, Because: annFirst, VotesIgnored: 30}},
			wantChecks: []want{{"/1/rounds/0/votes/USA", "election.outcome.stood_down"}},
		},
		{
			// The US national elected DSG first, so the US candidate for
			// Secretary-General, held later, stands down: 25 valid votes,
			// majority 13.
			name: "the order is the record's: a DSG held first stands the SG candidate down",
			es:   []election.Election{dsg(election.Round{Number: 1, Votes: votes("USA", 100, "LTU", 60)}), sgFirst},
			wantWins: [][]election.Winner{
				{{Candidate: calThird, Round: 1, Votes: 100, Majority: 81}},
				{{Candidate: election.Candidate{Name: "Mr Bo SECOND", MemberState: "RUS"}, Round: 1, Votes: 25, Majority: 13}}},
			wantDown: []election.StandDown{{Election: 1, Post: itu.SecretaryGeneral, Candidate: annFirst.Candidate, Earlier: 0, EarlierPost: itu.DeputySecretaryGeneral,
				Because: election.Winner{Candidate: calThird, Round: 1, Votes: 100, Majority: 81}, VotesIgnored: 139}},
			wantChecks: []want{{"/1/rounds/0/votes/USA", "election.outcome.stood_down"}},
		},
		{
			name: "the Board stands nobody down",
			es:   []election.Election{sgFirst, rrbUSA},
			wantWins: [][]election.Winner{{annFirst},
				{{Candidate: rrbUSA.Candidates[0], Round: 1, Votes: 150, Majority: 76}}},
			wantChecks: []want{{"/1/candidates/0/member_state", "election.outcome.nationality"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.wantChecks, wantsOf(election.CheckOutcome(tt.es))); diff != "" {
				t.Errorf("CheckOutcome() (-want +got):\n%s", diff)
			}
			co, err := election.TallyInOrder(tt.es)
			if len(tt.wantChecks) > 0 && tt.wantChecks[0].Code == "election.outcome.nationality" {
				if !errors.Is(err, itu.ErrInvalid) {
					t.Errorf("TallyInOrder() error = %v; want itu.ErrInvalid", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("TallyInOrder() error: %v", err)
			}
			var wins [][]election.Winner
			for _, o := range co.Elections {
				wins = append(wins, o.Elected)
			}
			if diff := cmp.Diff(tt.wantWins, wins); diff != "" {
				t.Errorf("TallyInOrder() elected (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantDown, co.StoodDown); diff != "" {
				t.Errorf("TallyInOrder() stood down (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTallyInOrderLeavesInputAlone: the tally does not write into the
// caller's rounds when it sets a stood-down candidate's votes aside.
func TestTallyInOrderLeavesInputAlone(t *testing.T) {
	d := dsg(election.Round{Number: 1, Votes: votes("USA", 100, "LTU", 60, "KOR", 30)})
	before := fmt.Sprint(d.Rounds)
	if _, err := election.TallyInOrder([]election.Election{sgFirst, d}); err != nil {
		t.Fatal(err)
	}
	if after := fmt.Sprint(d.Rounds); after != before {
		t.Errorf("rounds changed from %s to %s", before, after)
	}
}

// TestTallyInOrderInvalid: an invalid election gives the validation error
// and no outcome.
func TestTallyInOrderInvalid(t *testing.T) {
	bad := dsg(election.Round{Number: 0, Votes: votes("LTU", 60)})
	co, err := election.TallyInOrder([]election.Election{sgFirst, bad})
	if !errors.Is(err, itu.ErrInvalid) || co.Elections != nil {
		t.Errorf("TallyInOrder() = %+v, %v; want no outcome and itu.ErrInvalid", co, err)
	}
}
