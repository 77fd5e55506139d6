package election_test

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/names"
)

// want is one expected violation, by path and code.
type want struct{ Path, Code string }

func wantsOf(vs []itu.Violation) []want {
	out := []want{}
	for _, v := range vs {
		out = append(out, want{v.Path, v.Code})
	}
	return out
}

// conference returns a made-up conference, "PP-T", opening Monday 1 November
// 2021, so candidatures close at 23:59 CEST on Monday 4 October 2021.
func conference() election.Conference {
	return election.Conference{
		Kind:          itu.KindConference,
		Code:          "PP-T",
		City:          "Testville",
		Opening:       civil.MustParseDate("2021-11-01"),
		Closing:       civil.MustParseDate("2021-11-19"),
		Posts:         itu.Posts(),
		CouncilSeats:  election.Seats{A: 9, B: 8, C: 5, D: 13, E: 13},
		BoardSeats:    election.Seats{A: 2, B: 2, C: 2, D: 3, E: 3},
		OfficialsTerm: election.Tenure{Years: election.MustParseYears("2022-2025"), Start: civil.MustParseDate("2022-01-01")},
		BoardTerm:     election.Tenure{Years: election.MustParseYears("2022-2025")},
	}
}

// person returns a made-up person's candidacy at PP-T, received in time.
func person(p itu.Post, name names.Name, s itu.StateCode) candidacy.Candidacy {
	return candidacy.Candidacy{
		Post: p, Candidate: name, Nationality: s, MemberState: s, Conference: "PP-T",
		Proposed: civil.MustParseDate("2021-09-01"), Received: civil.MustParseDate("2021-09-03"),
	}
}

// sg returns a made-up Secretary-General election decided in round 2 after a withdrawal.
func sg() election.Election {
	return election.Election{
		Kind:       itu.KindElection,
		Conference: "PP-T",
		Post:       itu.SecretaryGeneral,
		Candidates: []election.Candidate{
			{Name: "Dr Alma TESTA", MemberState: "ITA"},
			{Name: "Mr Joao EXEMPLO", MemberState: "BRA"},
			{Name: "Ms Hana REI", MemberState: "JPN"},
		},
		Rounds: []election.Round{
			{Number: 1, Votes: votes("ITA", 80, "BRA", 60, "JPN", 30), Blank: 2, PresentAndVoting: 172, Majority: 86},
			{Number: 2, Withdrawn: []itu.StateCode{"JPN"}, Votes: votes("ITA", 100, "BRA", 70), Blank: 2, PresentAndVoting: 172, Majority: 86},
		},
	}
}

// council returns a made-up election of Region C's five Council seats over two rounds.
func council() election.Election {
	return election.Election{
		Kind:       itu.KindElection,
		Conference: "PP-T",
		Post:       itu.CouncilMember,
		Region:     itu.RegionC,
		Seats:      5,
		Candidates: states("AZE", "BGR", "CZE", "KAZ", "POL", "ROU", "RUS"),
		Rounds: []election.Round{
			{Number: 1, Votes: votes("ROU", 140, "POL", 130, "AZE", 120, "CZE", 100, "BGR", 70, "RUS", 60, "KAZ", 30), ValidBallots: 160, PresentAndVoting: 162, Blank: 2, Majority: 81},
			{Number: 2, Votes: votes("BGR", 90, "RUS", 60, "KAZ", 5), ValidBallots: 155, PresentAndVoting: 158, Blank: 3, Majority: 78},
		},
	}
}

// votes builds a votes map from alternating codes and counts.
func votes(kv ...any) map[itu.StateCode]int {
	m := map[itu.StateCode]int{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[itu.StateCode(kv[i].(string))] = kv[i+1].(int)
	}
	return m
}

// states returns Member State candidates (for a Council seat).
func states(codes ...itu.StateCode) []election.Candidate {
	out := make([]election.Candidate, len(codes))
	for i, c := range codes {
		out[i] = election.Candidate{MemberState: c}
	}
	return out
}
