package election_test

import (
	"fmt"
	"time"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
)

func ExampleConference_Deadline() {
	pp22, _ := election.LookupConference("PP-22")
	fmt.Println(pp22.Deadline().Format(time.RFC1123))
	fmt.Println(pp22.Deadline().UTC().Format(time.RFC3339))

	// A conference opening in late November: 28 days earlier, Geneva is back on CET.
	late := election.Conference{Code: "PP-X", Opening: civil.MustParseDate("2026-11-23")}
	fmt.Println(late.Deadline().Format(time.RFC1123))
	// Output:
	// Mon, 29 Aug 2022 23:59:00 CEST
	// 2022-08-29T21:59:00Z
	// Mon, 26 Oct 2026 23:59:00 CET
}

func ExampleMayStand() {
	pp22, _ := election.LookupConference("PP-22")
	lee := []election.Term{
		{Post: itu.DirectorTSB, Conference: "PP-14", Years: election.MustParseYears("2015-2018")},
		{Post: itu.DirectorTSB, Conference: "PP-18", Years: election.MustParseYears("2019-2022")},
	}
	fmt.Println(election.MayStand(lee, itu.DirectorTSB, pp22))
	fmt.Println(election.MayStand(lee, itu.DeputySecretaryGeneral, pp22))
	// Output:
	// may not stand for TSB at PP-22: served 2 terms in the post (TSB, PP-14, 2015-2018; TSB, PP-18, 2019-2022); elected officials and Board members are eligible for re-election once only (CV Nos 13 and 20)
	// may stand for DSG at PP-22
}

func ExampleRound_RequiredMajority() {
	// PP-22, Secretary-General: 172 present and voting, 164 valid votes.
	r := election.Round{Number: 1, Votes: map[itu.StateCode]int{"USA": 139, "RUS": 25}, PresentAndVoting: 172}
	fmt.Println(r.ValidVotes(), r.RequiredMajority())
	// Output: 164 83
}

func ExampleElection_Tally() {
	e := election.Election{
		Conference: "PP-22",
		Post:       itu.DeputySecretaryGeneral,
		Candidates: []election.Candidate{
			{Name: "Tomas Lamanauskas", MemberState: "LTU"},
			{Name: "Chaesub Lee", MemberState: "KOR"},
			{Name: "Gisa Fuatai Purcell", MemberState: "WSM"},
		},
		Rounds: []election.Round{{Number: 1, Votes: map[itu.StateCode]int{"LTU": 105, "KOR": 59, "WSM": 12}}},
	}
	o, err := e.Tally()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range o.Elected {
		fmt.Printf("%s: round %d, %d votes, majority %d\n", w.Candidate, w.Round, w.Votes, w.Majority)
	}
	// Output: Tomas Lamanauskas (LTU): round 1, 105 votes, majority 89
}

func ExampleElection_Tally_multiSeat() {
	// Two Board seats; each of 150 valid ballots names up to two candidates.
	e := election.Election{
		Conference: "PP-X", Post: itu.BoardMember, Region: itu.RegionB, Seats: 2,
		Candidates: []election.Candidate{
			{Name: "Mr Yves EXEMPLE", MemberState: "FRA"},
			{Name: "Dr Max BEISPIEL", MemberState: "DEU"},
			{Name: "Ms Ana EJEMPLO", MemberState: "ESP"},
		},
		Rounds: []election.Round{
			{Number: 1, Votes: map[itu.StateCode]int{"FRA": 120, "DEU": 70, "ESP": 60}, ValidBallots: 150},
			{Number: 2, Votes: map[itu.StateCode]int{"DEU": 90, "ESP": 55}, ValidBallots: 145},
		},
	}
	o, _ := e.Tally()
	for _, w := range o.Elected {
		fmt.Printf("%s: round %d, %d votes, majority %d\n", w.Candidate, w.Round, w.Votes, w.Majority)
	}
	// Output:
	// Mr Yves EXEMPLE (FRA): round 1, 120 votes, majority 76
	// Dr Max BEISPIEL (DEU): round 2, 90 votes, majority 73
}

func ExampleElection_Validate() {
	e := election.Election{
		Conference: "PP-22",
		Post:       itu.SecretaryGeneral,
		Candidates: []election.Candidate{{Name: "Doreen Bogdan-Martin", MemberState: "USA"}, {Name: "Rashid Ismailov", MemberState: "RUS"}},
		Rounds:     []election.Round{{Number: 1, Votes: map[itu.StateCode]int{"USA": 139, "RUS": 25}, PresentAndVoting: 160, Majority: 82}},
	}
	fmt.Println("valid:", e.Validate() == nil) // published figures that disagree are warnings
	for _, v := range e.Check() {
		fmt.Println(v)
	}
	o, _ := e.Tally()
	fmt.Println("elected:", o.Elected[0].Candidate, "with majority", o.Elected[0].Majority)
	// Output:
	// valid: true
	// warning: /rounds/0/majority: published majority 82, but the ITU arithmetic gives floor(164/2)+1 = 83, more than half of the 164 valid votes (blank and invalid excluded); the tally uses 83 [election.round.majority]
	// warning: /rounds/0/present_and_voting: published 160 present and voting, fewer than the 164 votes plus 0 blank and invalid ballots counted (164); the tally counts the votes [election.round.present_and_voting]
	// elected: Doreen Bogdan-Martin (USA) with majority 83
}

func ExampleConference_Validate() {
	c := election.Conference{Code: "PP-X", Opening: civil.MustParseDate("2026-11-02"), Closing: civil.MustParseDate("2026-10-20")}
	fmt.Println(c.Validate())
	// Output: itu: 1 violation: /closing: closes on 2026-10-20, before it opens on 2026-11-02; want 2026-11-02 or later [election.conference.dates]
}

func ExampleConference_CheckCandidacy() {
	pp22, _ := election.LookupConference("PP-22")
	x := candidacy.Candidacy{
		Post:        itu.BoardMember,
		Candidate:   "Ms Ana EJEMPLO",
		MemberState: "ESP",
		Region:      itu.RegionB,
		Conference:  "PP-22",
		Received:    civil.MustParseDate("2022-08-30"),
	}
	for _, v := range pp22.CheckCandidacy(x) {
		fmt.Println(v)
	}
	// Output: /received: received on 2022-08-30, after the deadline of 23:59 Geneva time on 2022-08-29 (GR No. 170); want 2022-08-29 or earlier [election.candidacy.late]
}

func ExampleCheckOutcome() {
	sg := election.Election{Conference: "PP-X", Post: itu.SecretaryGeneral,
		Candidates: []election.Candidate{{Name: "Ms Ann FIRST", MemberState: "CAN"}},
		Rounds:     []election.Round{{Number: 1, Votes: map[itu.StateCode]int{"CAN": 150}}}}
	rrb := election.Election{Conference: "PP-X", Post: itu.BoardMember, Region: itu.RegionA, Seats: 1,
		Candidates: []election.Candidate{{Name: "Mr Cal THIRD", MemberState: "CAN"}},
		Rounds:     []election.Round{{Number: 1, Votes: map[itu.StateCode]int{"CAN": 140}}}}
	for _, v := range election.CheckOutcome([]election.Election{sg, rrb}) {
		fmt.Println(v.Path, v.Code)
	}
	// Output: /1/candidates/0/member_state election.outcome.nationality
}

// ExampleTallyInOrder: the United States' national is elected
// Secretary-General first, so its candidate for Deputy Secretary-General
// stands down (CS No. 62); the 100 votes still cast for him are counted as
// invalid ballots, and the Deputy is elected on the 90 valid votes left.
func ExampleTallyInOrder() {
	sg := election.Election{Conference: "PP-X", Post: itu.SecretaryGeneral,
		Candidates: []election.Candidate{{Name: "Ms Ann FIRST", MemberState: "USA"}, {Name: "Mr Bo SECOND", MemberState: "RUS"}},
		Rounds:     []election.Round{{Number: 1, Votes: map[itu.StateCode]int{"USA": 139, "RUS": 25}}}}
	dsg := election.Election{Conference: "PP-X", Post: itu.DeputySecretaryGeneral,
		Candidates: []election.Candidate{{Name: "Mr Cal THIRD", MemberState: "USA"}, {Name: "Ms Di FOURTH", MemberState: "LTU"}, {Name: "Mr Ed FIFTH", MemberState: "KOR"}},
		Rounds:     []election.Round{{Number: 1, Votes: map[itu.StateCode]int{"USA": 100, "LTU": 60, "KOR": 30}}}}
	es := []election.Election{sg, dsg}
	for _, v := range election.CheckOutcome(es) {
		fmt.Println(v)
	}
	co, err := election.TallyInOrder(es)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, o := range co.Elections {
		w := o.Elected[0]
		fmt.Printf("%s: %s, round %d, %d votes, majority %d\n", es[i].Post, w.Candidate, w.Round, w.Votes, w.Majority)
	}
	for _, s := range co.StoodDown {
		fmt.Println(s)
	}
	// Output:
	// warning: /1/rounds/0/votes/USA: 100 votes for Mr Cal THIRD (USA), who stood down: Ms Ann FIRST (USA) was elected SG (election 0) in round 1, and the elected officials are nationals of different Member States (CS No. 62); the tally counts these votes as invalid ballots [election.outcome.stood_down]
	// SG: Ms Ann FIRST (USA), round 1, 139 votes, majority 83
	// DSG: Ms Di FOURTH (LTU), round 1, 60 votes, majority 46
	// Mr Cal THIRD (USA) stood down from DSG (election 1): Ms Ann FIRST (USA) was elected SG (election 0) in round 1 (CS No. 62); 100 votes for them not counted
}

func ExampleParseYears() {
	y, err := election.ParseYears("2023 – 2026")
	fmt.Println(y, y.Len(), err)
	_, err = election.ParseYears("2026-2023")
	fmt.Println(err)
	// Output:
	// 2023-2026 4 <nil>
	// election: parse years "2026-2023": bad span of years (the last year comes before the first)
}

func ExampleParseMethod() {
	m, err := election.ParseMethod("plurality")
	fmt.Println(m, err)
	// Output: plurality <nil>
}

func ExampleParseTieBreak() {
	t, err := election.ParseTieBreak("lots")
	fmt.Println(t, err)
	_, err = election.ParseTieBreak("coin")
	fmt.Println(err)
	// Output:
	// lots <nil>
	// election: parse tie rule "coin": unknown procedure option (want open or lots)
}

func ExampleParseReason() {
	r, err := election.ParseReason("term_limit")
	fmt.Println(r == election.TermLimit, err)
	// Output: true <nil>
}
