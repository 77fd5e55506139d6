package examples

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/names"
)

// PP22 returns the 2022 Plenipotentiary Conference (Bucharest, 26 September to
// 14 October 2022) with the facts the module confirms; see
// [election.LookupConference].
func PP22() election.Conference {
	c, _ := election.LookupConference("PP-22")
	return c
}

// PP22SecretaryGeneralElection returns the real PP-22 election of the
// Secretary-General, decided in the first round on 29 September 2022: Doreen
// Bogdan-Martin (United States) 139 votes, Rashid Ismailov (Russian
// Federation) 25; 172 present and voting; required majority 83, as published
// (PP-22 results page).
func PP22SecretaryGeneralElection() election.Election {
	return election.Election{
		Kind:       itu.KindElection,
		Conference: "PP-22",
		Post:       itu.SecretaryGeneral,
		Date:       civil.Date{Year: 2022, Month: 9, Day: 29},
		Candidates: []election.Candidate{
			{Name: "Doreen Bogdan-Martin", MemberState: "USA"},
			{Name: "Rashid Ismailov", MemberState: "RUS"},
		},
		Rounds: []election.Round{{
			Number:           1,
			Votes:            map[itu.StateCode]int{"USA": 139, "RUS": 25},
			PresentAndVoting: 172,
			Majority:         83,
		}},
	}
}

// PP22DeputySecretaryGeneralElection returns the real PP-22 election of the
// Deputy Secretary-General, decided in the first round on 29 September 2022:
// Tomas Lamanauskas (Lithuania) 105, Chaesub Lee (Korea) 59, Gisa Fuatai
// Purcell (Samoa) 12. The required majority, 89 of 176 valid votes, is
// computed; the source read gives the votes only, so none is stated.
func PP22DeputySecretaryGeneralElection() election.Election {
	return election.Election{
		Kind:       itu.KindElection,
		Conference: "PP-22",
		Post:       itu.DeputySecretaryGeneral,
		Date:       civil.Date{Year: 2022, Month: 9, Day: 29},
		Candidates: []election.Candidate{
			{Name: "Tomas Lamanauskas", MemberState: "LTU"},
			{Name: "Chaesub Lee", MemberState: "KOR"},
			{Name: "Gisa Fuatai Purcell", MemberState: "WSM"},
		},
		Rounds: []election.Round{{
			Number: 1,
			Votes:  map[itu.StateCode]int{"LTU": 105, "KOR": 59, "WSM": 12},
		}},
	}
}

// LeeServiceRecord returns the terms the seed candidate, Dr Chaesub LEE,
// served as Director of the Telecommunication Standardization Bureau: elected
// at PP-14 (in office since 2015) and re-elected at PP-18. Under CV No. 13 he
// could not stand for that post again at PP-22, but could stand for Deputy
// Secretary-General.
func LeeServiceRecord() election.ServiceRecord {
	return election.ServiceRecord{
		Person: "Dr Chaesub LEE",
		Terms: []election.Term{
			{Post: itu.DirectorTSB, Conference: "PP-14", Years: election.Years{First: 2015, Last: 2018}},
			{Post: itu.DirectorTSB, Conference: "PP-18", Years: election.Years{First: 2019, Last: 2022}},
		},
	}
}

// fictionalCode is the code of the made-up conference of the Fictional fixtures.
const fictionalCode = "PP-FX"

// FictionalConference returns a made-up Plenipotentiary Conference, "PP-FX" in
// Fictionville, opening on Monday 1 November 2021 (deadline 23:59 CEST on 4
// October 2021), with candidacies, a service record and four elections: a
// Secretary-General elected in round 2 after a withdrawal, a Director elected
// unopposed, two Board seats for Region B and five Council seats for Region C
// filled over two rounds. Every person in it is invented; the Member States
// are real so that the registry's regions apply. It is valid.
func FictionalConference() election.Conference {
	return election.Conference{
		Kind:          itu.KindConference,
		Code:          fictionalCode,
		City:          "Fictionville",
		Opening:       civil.Date{Year: 2021, Month: 11, Day: 1},
		Closing:       civil.Date{Year: 2021, Month: 11, Day: 19},
		Posts:         itu.Posts(),
		CouncilSeats:  election.Seats{A: 9, B: 8, C: 5, D: 13, E: 13},
		BoardSeats:    election.Seats{A: 2, B: 2, C: 2, D: 3, E: 3},
		OfficialsTerm: election.Tenure{Years: election.Years{First: 2022, Last: 2025}, Start: civil.Date{Year: 2022, Month: 1, Day: 1}},
		BoardTerm:     election.Tenure{Years: election.Years{First: 2022, Last: 2025}},
		Candidacies: []candidacy.Candidacy{
			fictionalCandidacy(itu.SecretaryGeneral, "Dr Alma TESTA", "ITA", 3),
			fictionalCandidacy(itu.SecretaryGeneral, "Mr Joao EXEMPLO", "BRA", 4),
			fictionalCandidacy(itu.SecretaryGeneral, "Ms Hana REI", "JPN", 5),
			fictionalCandidacy(itu.DirectorBR, "Ms Ina MUSTER", "AZE", 6),
			fictionalCandidacy(itu.BoardMember, "Mr Yves EXEMPLE", "FRA", 7),
			fictionalCandidacy(itu.BoardMember, "Dr Max BEISPIEL", "DEU", 8),
			{Post: itu.CouncilMember, MemberState: "ROU", Region: itu.RegionC, Conference: fictionalCode,
				Proposed: civil.Date{Year: 2021, Month: 9, Day: 1}, Received: civil.Date{Year: 2021, Month: 9, Day: 2}},
		},
		Service: []election.ServiceRecord{{
			Person: "Ms Ina MUSTER",
			Terms:  []election.Term{{Post: itu.DirectorBR, Conference: "PP-FW", Years: election.Years{First: 2018, Last: 2021}}},
		}},
		Elections: []election.Election{
			FictionalSecretaryGeneralElection(),
			fictionalDirectorElection(),
			FictionalBoardElection(),
			FictionalCouncilElection(),
		},
	}
}

// fictionalCandidacy returns a made-up person's candidacy at PP-FX, proposed
// on the given day of May 2021 and received two days later.
func fictionalCandidacy(p itu.Post, name names.Name, s itu.StateCode, day int) candidacy.Candidacy {
	return candidacy.Candidacy{
		Post: p, Candidate: name, Nationality: s, MemberState: s, Conference: fictionalCode,
		Proposed: civil.Date{Year: 2021, Month: 5, Day: day}, Received: civil.Date{Year: 2021, Month: 5, Day: day + 2},
	}
}

// FictionalSecretaryGeneralElection returns a made-up Secretary-General
// election at PP-FX decided in round 2: nobody reaches the majority of 86 in
// round 1 (80, 60, 30 of 170 valid votes), Japan withdraws its candidate, and
// Italy's is elected with 100 of 170 in round 2.
func FictionalSecretaryGeneralElection() election.Election {
	return election.Election{
		Kind:       itu.KindElection,
		Conference: fictionalCode,
		Post:       itu.SecretaryGeneral,
		Date:       civil.Date{Year: 2021, Month: 11, Day: 4},
		Candidates: []election.Candidate{
			{Name: "Dr Alma TESTA", MemberState: "ITA"},
			{Name: "Mr Joao EXEMPLO", MemberState: "BRA"},
			{Name: "Ms Hana REI", MemberState: "JPN"},
		},
		Rounds: []election.Round{
			{Number: 1, Votes: map[itu.StateCode]int{"ITA": 80, "BRA": 60, "JPN": 30}, Blank: 2, PresentAndVoting: 172, Majority: 86},
			{Number: 2, Withdrawn: []itu.StateCode{"JPN"}, Votes: map[itu.StateCode]int{"ITA": 100, "BRA": 70}, Blank: 1, Invalid: 1, PresentAndVoting: 172, Majority: 86},
		},
	}
}

// fictionalDirectorElection returns a made-up, unopposed election of the
// Director of the Radiocommunication Bureau at PP-FX.
func fictionalDirectorElection() election.Election {
	return election.Election{
		Kind:       itu.KindElection,
		Conference: fictionalCode,
		Post:       itu.DirectorBR,
		Date:       civil.Date{Year: 2021, Month: 11, Day: 5},
		Candidates: []election.Candidate{{Name: "Ms Ina MUSTER", MemberState: "AZE"}},
		Rounds:     []election.Round{{Number: 1, Votes: map[itu.StateCode]int{"AZE": 150}, Blank: 20, PresentAndVoting: 170}},
	}
}

// FictionalBoardElection returns a made-up election of the two Radio
// Regulations Board members for Region B at PP-FX: each of 150 valid ballots
// names up to two candidates, the majority is 76, and France's and Germany's
// candidates are elected in round 1.
func FictionalBoardElection() election.Election {
	return election.Election{
		Kind:       itu.KindElection,
		Conference: fictionalCode,
		Post:       itu.BoardMember,
		Region:     itu.RegionB,
		Seats:      2,
		Date:       civil.Date{Year: 2021, Month: 11, Day: 8},
		Candidates: []election.Candidate{
			{Name: "Mr Yves EXEMPLE", MemberState: "FRA"},
			{Name: "Dr Max BEISPIEL", MemberState: "DEU"},
			{Name: "Ms Ana EJEMPLO", MemberState: "ESP"},
			{Name: "Mr Urs MUSTERMANN", MemberState: "CHE"},
		},
		Rounds: []election.Round{
			{Number: 1, Votes: map[itu.StateCode]int{"FRA": 120, "DEU": 90, "ESP": 50, "CHE": 40}, ValidBallots: 150, Blank: 3, PresentAndVoting: 153, Majority: 76},
		},
	}
}

// FictionalCouncilElection returns a made-up election of the five Council
// seats of Region C at PP-FX: seven Member States stand; in round 1 (160
// valid ballots, majority 81) four reach the majority; in round 2 (155 valid
// ballots, majority 78) Bulgaria takes the fifth seat.
func FictionalCouncilElection() election.Election {
	return election.Election{
		Kind:       itu.KindElection,
		Conference: fictionalCode,
		Post:       itu.CouncilMember,
		Region:     itu.RegionC,
		Seats:      5,
		Date:       civil.Date{Year: 2021, Month: 11, Day: 8},
		Candidates: []election.Candidate{
			{MemberState: "AZE"}, {MemberState: "BGR"}, {MemberState: "CZE"}, {MemberState: "KAZ"},
			{MemberState: "POL"}, {MemberState: "ROU"}, {MemberState: "RUS"},
		},
		Rounds: []election.Round{
			{Number: 1, Votes: map[itu.StateCode]int{"ROU": 140, "POL": 130, "AZE": 120, "CZE": 100, "BGR": 70, "RUS": 60, "KAZ": 30}, ValidBallots: 160, PresentAndVoting: 162, Blank: 2, Majority: 81},
			{Number: 2, Votes: map[itu.StateCode]int{"BGR": 90, "RUS": 60, "KAZ": 5}, ValidBallots: 155, PresentAndVoting: 158, Blank: 1, Invalid: 2, Majority: 78},
		},
	}
}
