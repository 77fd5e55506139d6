package examples_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/itutest"
)

// TestFictionalElectionFixtures checks that every Fictional election fixture
// is valid and elects whom its doc comment says.
func TestFictionalElectionFixtures(t *testing.T) {
	c := examples.FictionalConference()
	if err := c.Validate(itu.AsOf(corpusAsOf)); err != nil {
		t.Fatalf("FictionalConference: want valid, got %v", err)
	}
	tests := []struct {
		name string
		e    election.Election
		want []itu.StateCode
	}{
		{"SG", examples.FictionalSecretaryGeneralElection(), []itu.StateCode{"ITA"}},
		{"Board", examples.FictionalBoardElection(), []itu.StateCode{"FRA", "DEU"}},
		{"Council", examples.FictionalCouncilElection(), []itu.StateCode{"ROU", "POL", "AZE", "CZE", "BGR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := tt.e.Tally()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, electedCodes(o)); diff != "" {
				t.Errorf("elected (-want +got):\n%s", diff)
			}
			if !o.Decided() {
				t.Errorf("Decided() = false; want every seat filled")
			}
		})
	}
}

func electedCodes(o election.Outcome) []itu.StateCode {
	var out []itu.StateCode
	for _, w := range o.Elected {
		out = append(out, w.Candidate.MemberState)
	}
	return out
}

// TestPP22Elections reproduces the real PP-22 results from their rounds, with
// the published required majority for Secretary-General (83) and the computed
// one for Deputy Secretary-General (89 of 176 valid votes).
func TestPP22Elections(t *testing.T) {
	tests := []struct {
		name         string
		e            election.Election
		wantMajority int
		wantElected  election.Winner
	}{
		{"SG", examples.PP22SecretaryGeneralElection(), 83,
			election.Winner{Candidate: election.Candidate{Name: "Doreen Bogdan-Martin", MemberState: "USA"}, Round: 1, Votes: 139, Majority: 83}},
		{"DSG", examples.PP22DeputySecretaryGeneralElection(), 89,
			election.Winner{Candidate: election.Candidate{Name: "Tomas Lamanauskas", MemberState: "LTU"}, Round: 1, Votes: 105, Majority: 89}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.e.Rounds[0].RequiredMajority(); got != tt.wantMajority {
				t.Errorf("RequiredMajority() = %d; want %d", got, tt.wantMajority)
			}
			o, err := tt.e.Tally()
			if err != nil {
				t.Fatal(err)
			}
			want := election.Outcome{Seats: 1, Elected: []election.Winner{tt.wantElected}}
			if diff := cmp.Diff(want, o, itutest.CmpOptions()); diff != "" {
				t.Errorf("Tally() (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPP22Outcome checks the two real elections together: a Lithuanian and a
// United States national, so CS No. 62 holds.
func TestPP22Outcome(t *testing.T) {
	c := examples.PP22()
	c.Elections = []election.Election{examples.PP22SecretaryGeneralElection(), examples.PP22DeputySecretaryGeneralElection()}
	if err := c.Validate(itu.AsOf(corpusAsOf)); err != nil {
		t.Errorf("want valid, got %v", err)
	}
}

// TestLeeEligibility: the seed candidate served two terms as Director of TSB,
// so at PP-22 he could not stand for TSB again but could for DSG.
func TestLeeEligibility(t *testing.T) {
	terms := examples.LeeServiceRecord().Terms
	tests := []struct {
		post itu.Post
		want election.Reason
	}{
		{itu.DirectorTSB, election.TermLimit},
		{itu.DeputySecretaryGeneral, election.Eligible},
		{itu.SecretaryGeneral, election.Eligible},
	}
	for _, tt := range tests {
		t.Run(tt.post.String(), func(t *testing.T) {
			if got := election.MayStand(terms, tt.post, examples.PP22()); got.Reason != tt.want {
				t.Errorf("MayStand(%s) = %v; want %v", tt.post, got.Reason, tt.want)
			}
		})
	}
}

// TestLeeAtPP22Record checks the same through a conference record: Korea's
// candidacy for Dr LEE, with his service record, is barred for TSB by CV No.
// 13 and admissible for DSG.
func TestLeeAtPP22Record(t *testing.T) {
	tests := []struct {
		post itu.Post
		want []itutest.Want
	}{
		{itu.DirectorTSB, []itutest.Want{{Path: "/candidacies/0/post", Code: "election.term.limit"}}},
		{itu.DeputySecretaryGeneral, nil},
	}
	for _, tt := range tests {
		t.Run(tt.post.String(), func(t *testing.T) {
			c := examples.PP22()
			c.Candidacies = []candidacy.Candidacy{{
				Post: tt.post, Candidate: "Dr Chaesub LEE", Nationality: "KOR", MemberState: "KOR", Conference: "PP-22",
				Proposed: civil.MustParseDate("2021-10-27"), Received: civil.MustParseDate("2021-11-09"),
			}}
			c.Service = []election.ServiceRecord{examples.LeeServiceRecord()}
			itutest.AssertViolations(t, c.Check(itu.AsOf(corpusAsOf)), tt.want...)
		})
	}
}
