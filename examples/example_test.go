package examples_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/strictjson"
)

// Load the seed dossier from its JSON file, as a service would from a request
// body, and validate it on the day the Secretary-General published it.
func Example_loadAndValidate() {
	data, err := os.ReadFile("testdata/valid/korea-2021-dossier.json")
	if err != nil {
		panic(err)
	}
	var d candidacy.Dossier
	if err := strictjson.Decode(data, &d); err != nil {
		fmt.Println("decode:", err)
		return
	}
	opts := itu.AsOf(civil.MustParseDate("2021-11-09"))
	fmt.Println("valid:", d.Validate(opts) == nil)
	for _, v := range d.Check(opts) {
		fmt.Println(v.Severity, v.Path, v.Code)
	}
	// Output:
	// valid: true
	// warning /claims/0/since candidacy.claim.mismatch
}

// Break a fresh copy of the seed dossier and read every violation at once.
func Example_breakAndRead() {
	d := examples.KoreaDossier()
	d.CV.Profile.Nationality = "JPN"                  // the CV now gives another nationality
	d.Letter.Date = civil.MustParseDate("2021-12-01") // the letter now postdates the note verbale
	d.Letter.DateText = "December 1, 2021"

	err := d.Validate(itu.AsOf(civil.MustParseDate("2021-12-31")))
	fmt.Println("invalid:", errors.Is(err, itu.ErrInvalid))
	for _, v := range itu.Violations(err) {
		if v.Severity == itu.Error {
			fmt.Println(v.Path, v.Code)
		}
	}
	// Output:
	// invalid: true
	// /cv/profile/nationality candidacy.nationality.proposer
	// /cv/profile/nationality_text cv.nationality.text
	// /note_verbale/date candidacy.dossier.order
}

// Derive the two candidacies the seed's note verbale and letter announce.
func Example_candidacies() {
	for _, c := range examples.KoreaDossier().Candidacies() {
		fmt.Println(c)
	}
	// Output:
	// COUNCIL: KOR (Region E), PP-22
	// DSG: Dr Chaesub LEE (KOR), PP-22
}

// Check whether the seed's candidate, Director of TSB for two terms, may stand
// again at PP-22: not for TSB (CV No. 13), but for Deputy Secretary-General.
func Example_eligibility() {
	terms := []election.Term{
		{Post: itu.DirectorTSB, Conference: "PP-14"},
		{Post: itu.DirectorTSB, Conference: "PP-18"},
	}
	pp22 := examples.PP22()
	fmt.Println("TSB:", election.MayStand(terms, itu.DirectorTSB, pp22))
	fmt.Println("DSG:", election.MayStand(terms, itu.DeputySecretaryGeneral, pp22))
	// Output:
	// TSB: may not stand for TSB at PP-22: served 2 terms in the post (TSB, PP-14; TSB, PP-18); elected officials and Board members are eligible for re-election once only (CV Nos 13 and 20)
	// DSG: may stand for DSG at PP-22
}

// Tally PP-22's election of the Deputy Secretary-General from its real round.
func Example_tally() {
	e := examples.PP22DeputySecretaryGeneralElection()
	r := e.Rounds[0]
	fmt.Println("valid votes:", r.ValidVotes(), "required majority:", r.RequiredMajority())
	out, err := e.Tally()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range out.Elected {
		fmt.Printf("elected in round %d: %s with %d votes\n", w.Round, w.Candidate.Name, w.Votes)
	}
	// Output:
	// valid votes: 176 required majority: 89
	// elected in round 1: Tomas Lamanauskas with 105 votes
}
