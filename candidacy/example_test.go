package candidacy_test

import (
	"errors"
	"fmt"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/names"
)

func ExampleDossier_Validate() {
	asOf := itu.AsOf(civil.MustParseDate("2021-11-09"))
	d := examples.KoreaDossier() // PP-22 Document 12-E
	fmt.Println("seed valid:", d.Validate(asOf) == nil)
	for _, v := range d.Check(asOf) {
		fmt.Println(v.Severity, v.Path, v.Code)
	}

	d.CV.Profile.Nationality, d.CV.Profile.NationalityText = "JPN", "Japan"
	d.NoteVerbale.Date = civil.MustParseDate("2021-10-20")
	d.VisionStatement = nil
	err := d.Validate(asOf)
	fmt.Println("broken valid:", err == nil, errors.Is(err, itu.ErrInvalid))
	for _, v := range itu.Violations(err) {
		fmt.Println(v.Severity, v.Path, v.Code)
	}
	// Output:
	// seed valid: true
	// warning /claims/0/since candidacy.claim.mismatch
	// broken valid: false true
	// warning /claims/0/since candidacy.claim.mismatch
	// error /cv/profile/nationality candidacy.nationality.proposer
	// error /note_verbale/date candidacy.dossier.order
	// warning /vision_statement candidacy.dossier.expected
}

func ExampleDossier_Candidacies() {
	d := examples.KoreaDossier() // one note verbale and one letter announce two candidatures
	for _, c := range d.Candidacies() {
		fmt.Printf("%v; proposed %s", c, c.Proposed)
		if c.Status.IsValid() {
			fmt.Printf("; %s, received %s", c.Status, c.Received)
		}
		fmt.Println()
	}
	// Output:
	// COUNCIL: KOR (Region E), PP-22; proposed 2021-10-27
	// DSG: Dr Chaesub LEE (KOR), PP-22; proposed 2021-10-27; announced, received 2021-11-09
}

func ExampleDossier_Missing() {
	d := examples.KoreaDossier()
	d.CV, d.VisionStatement = nil, nil // a CV and a vision statement are expected, not required
	fmt.Println(d.Missing())
	d.NoteVerbale, d.Letter = nil, nil // the Member State's candidature in writing is required
	fmt.Println(d.Missing())
	// Output:
	// []
	// [note_verbale]
}

func ExampleCandidacy_Validate() {
	c := examples.KoreaDSGCandidacy()
	fmt.Println(c.Validate(itu.AsOf(civil.MustParseDate("2021-11-09"))))

	c.Nationality = "JPN"
	err := c.Validate()
	fmt.Println(errors.Is(err, itu.ErrInvalid))
	for _, v := range itu.Violations(err) {
		fmt.Println(v.Path, v.Code, "-", v.Message)
	}
	// Output:
	// <nil>
	// true
	// /nationality candidacy.nationality.proposer - the candidate is a national of Japan (JPN), not of the proposing Member State Korea (Rep. of) (KOR); a Member State proposes only its own nationals (CS No. 62)
}

func ExampleCheckSet() {
	board := func(name names.Name) candidacy.Candidacy {
		return candidacy.Candidacy{Post: itu.BoardMember, Candidate: name, Nationality: "BRA", MemberState: "BRA", Conference: "PP-22"}
	}
	// Fictional candidates.
	for _, v := range candidacy.CheckSet([]candidacy.Candidacy{board("Ms Ana EXEMPLO"), board("Mr Bruno EXEMPLO")}) {
		fmt.Println(v.Path, v.Code)
	}
	// Output:
	// /1/member_state candidacy.board.one_per_state
}
