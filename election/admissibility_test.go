package election_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/names"
)

// TestCheckCandidacy checks each admissibility rule on one candidacy at the
// made-up conference PP-T (deadline: 23:59 CEST on 4 October 2021).
func TestCheckCandidacy(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*candidacy.Candidacy)
		conf   func(*election.Conference)
		want   []want
	}{
		{"valid", nil, nil, []want{}},
		{"received on the deadline day", func(x *candidacy.Candidacy) { x.Received = civil.MustParseDate("2021-10-04") }, nil, []want{}},
		{"received the day after the deadline", func(x *candidacy.Candidacy) { x.Received = civil.MustParseDate("2021-10-05") }, nil,
			[]want{{"/received", "election.candidacy.late"}}},
		{"late against an overriding deadline", nil, func(c *election.Conference) {
			c.DeadlineOverride = civil.MustParseDate("2021-09-02").In(election.Geneva())
		}, []want{{"/received", "election.candidacy.late"}}},
		{"no receipt date", func(x *candidacy.Candidacy) { x.Received = civil.Date{} }, nil,
			[]want{{"/received", "election.candidacy.received_unknown"}}},
		{"post not elected there", nil, func(c *election.Conference) { c.Posts = []itu.Post{itu.CouncilMember} },
			[]want{{"/post", "election.post.not_elected"}}},
		{"another conference", func(x *candidacy.Candidacy) { x.Conference = "PP-22" }, nil,
			[]want{{"/conference", "election.conference.mismatch"}}},
		{"the same conference written differently", func(x *candidacy.Candidacy) { x.Conference = "pp t" }, nil, []want{}},
		{"nationality is not the proposer's (CS No. 62)", func(x *candidacy.Candidacy) { x.Nationality = "FRA" }, nil,
			[]want{{"/nationality", "candidacy.nationality.proposer"}}},
		{"proposer not yet a Member State", func(x *candidacy.Candidacy) {
			x.MemberState, x.Nationality = "PLW", "PLW"
		}, nil, []want{{"/member_state", "candidacy.member_state.not_member"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conference()
			if tt.conf != nil {
				tt.conf(&c)
			}
			x := person(itu.SecretaryGeneral, "Dr Alma TESTA", "ITA")
			if tt.mutate != nil {
				tt.mutate(&x)
			}
			if diff := cmp.Diff(tt.want, wantsOf(c.CheckCandidacy(x))); diff != "" {
				t.Errorf("CheckCandidacy() (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCheckCandidacies checks the set rule: one Board candidate per Member State (CS No. 63).
func TestCheckCandidacies(t *testing.T) {
	board := func(name names.Name, s itu.StateCode) candidacy.Candidacy {
		x := person(itu.BoardMember, name, s)
		x.Region = itu.RegionB
		return x
	}
	tests := []struct {
		name string
		xs   []candidacy.Candidacy
		want []want
	}{
		{"two States", []candidacy.Candidacy{board("Mr Yves EXEMPLE", "FRA"), board("Dr Max BEISPIEL", "DEU")}, []want{}},
		{"two from one State", []candidacy.Candidacy{board("Mr Yves EXEMPLE", "FRA"), board("Ms Eve AUTRE", "FRA")},
			[]want{{"/1/member_state", "candidacy.board.one_per_state"}}},
		{"one Board and one official from one State", []candidacy.Candidacy{board("Mr Yves EXEMPLE", "FRA"), person(itu.DirectorBR, "Ms Eve AUTRE", "FRA")}, []want{}},
		{"late and the set rule together", []candidacy.Candidacy{board("Mr Yves EXEMPLE", "FRA"), func() candidacy.Candidacy {
			x := board("Ms Eve AUTRE", "FRA")
			x.Received = civil.MustParseDate("2021-10-30")
			return x
		}()}, []want{{"/1/member_state", "candidacy.board.one_per_state"}, {"/1/received", "election.candidacy.late"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, wantsOf(conference().CheckCandidacies(tt.xs))); diff != "" {
				t.Errorf("CheckCandidacies() (-want +got):\n%s", diff)
			}
		})
	}
}
