package election_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/election"
)

// TestMayStand checks the two-term limit of CV Nos 13 and 20.
func TestMayStand(t *testing.T) {
	pp22, _ := election.LookupConference("PP-22")
	tsb14 := election.Term{Post: itu.DirectorTSB, Conference: "PP-14", Years: election.MustParseYears("2015-2018")}
	tsb18 := election.Term{Post: itu.DirectorTSB, Conference: "PP-18", Years: election.MustParseYears("2019-2022")}
	rrb := election.Term{Post: itu.BoardMember}
	tests := []struct {
		name        string
		terms       []election.Term
		post        itu.Post
		conf        election.Conference
		want        election.Reason
		wantCounted int
	}{
		{"no terms", nil, itu.DirectorTSB, pp22, election.Eligible, 0},
		{"one term: may seek re-election once", []election.Term{tsb14}, itu.DirectorTSB, pp22, election.Eligible, 1},
		{"two terms in the post: TSB at PP-22", []election.Term{tsb14, tsb18}, itu.DirectorTSB, pp22, election.TermLimit, 2},
		{"two terms elsewhere: DSG at PP-22", []election.Term{tsb14, tsb18}, itu.DeputySecretaryGeneral, pp22, election.Eligible, 0},
		{"two Board terms", []election.Term{rrb, rrb}, itu.BoardMember, pp22, election.TermLimit, 2},
		{"one Board term", []election.Term{rrb}, itu.BoardMember, pp22, election.Eligible, 1},
		{"Council seats have no limit", []election.Term{{Post: itu.CouncilMember}, {Post: itu.CouncilMember}, {Post: itu.CouncilMember}}, itu.CouncilMember, pp22, election.Eligible, 3},
		{"a term won at this conference does not count", []election.Term{tsb14, {Post: itu.DirectorTSB, Conference: "PP-22"}}, itu.DirectorTSB, pp22, election.Eligible, 1},
		{"a term starting after the opening does not count", []election.Term{tsb14, {Post: itu.DirectorTSB, Years: election.MustParseYears("2023-2026")}}, itu.DirectorTSB, pp22, election.Eligible, 1},
		{"post not elected there", nil, itu.CouncilMember, election.Conference{Code: "X", Posts: []itu.Post{itu.SecretaryGeneral}}, election.PostNotElected, 0},
		{"not a post", nil, itu.Post(0), pp22, election.UnknownPost, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := election.MayStand(tt.terms, tt.post, tt.conf)
			if got.Reason != tt.want || len(got.Counted) != tt.wantCounted {
				t.Errorf("MayStand() = %v with %d counted; want %v with %d", got.Reason, len(got.Counted), tt.want, tt.wantCounted)
			}
			if got.OK() != (tt.want == election.Eligible) {
				t.Errorf("OK() = %v for reason %v", got.OK(), got.Reason)
			}
		})
	}
}

func TestEligibilityString(t *testing.T) {
	pp22, _ := election.LookupConference("PP-22")
	terms := []election.Term{
		{Post: itu.DirectorTSB, Conference: "PP-14", Years: election.MustParseYears("2015-2018")},
		{Post: itu.DirectorTSB, Conference: "PP-18"},
	}
	tests := []struct {
		post itu.Post
		want string
	}{
		{itu.DirectorTSB, "may not stand for TSB at PP-22: served 2 terms in the post (TSB, PP-14, 2015-2018; TSB, PP-18); elected officials and Board members are eligible for re-election once only (CV Nos 13 and 20)"},
		{itu.DeputySecretaryGeneral, "may stand for DSG at PP-22"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, election.MayStand(terms, tt.post, pp22).String()); diff != "" {
			t.Errorf("String() (-want +got):\n%s", diff)
		}
	}
	one := election.MayStand(terms[:1], itu.DirectorTSB, pp22).String()
	if !strings.Contains(one, "1 earlier term in the post") {
		t.Errorf("String() = %q; want it to name the one earlier term", one)
	}
}
