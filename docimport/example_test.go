package docimport_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/docimport"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/examples"
)

// ExampleRead reads PP-22 Document 12-E, the Note and its four annexes, as
// one dossier, and says where the Note's symbol was read.
func ExampleRead() {
	f, err := os.Open("../examples/testdata/seed/document-12-E.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	res, err := docimport.Read(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	p := res.Payloads[0]
	d := p.Record.(*candidacy.Dossier)
	fmt.Println(p.Kind, d.Note.Symbol, d.Note.Conference)
	for _, c := range d.Candidacies() {
		fmt.Println(c)
	}
	for _, s := range p.Sources {
		if s.Path == "/note/symbol" || s.Path == "/letter/page_breaks/0" {
			fmt.Println(s.Path, "from line", s.Lines)
		}
	}
	fmt.Println(len(res.Warnings), "warnings")
	// Output:
	// dossier Document 12-E PP-22
	// COUNCIL: KOR (Region E), PP-22
	// DSG: Dr Chaesub LEE (KOR), PP-22
	// /note/symbol from line 7
	// /letter/page_breaks/0 from line 84
	// 0 warnings
}

// ExampleRead_note reads a Note alone, in French: a payload of kind note.
func ExampleRead_note() {
	text := `SÉANCE PLÉNIÈRE

Document 12-F
9 novembre 2021
Original: anglais

Note du Secrétaire général

CANDIDATURE AU POSTE DE VICE-SECRÉTAIRE GÉNÉRAL

Suite aux informations publiées dans le Document 3, j'ai l'honneur de transmettre à la Conférence, en annexe, la candidature de:

Dr Chaesub LEE (République de Corée)

au poste de Vice-Secrétaire général de l'Union internationale des télécommunications.

Houlin ZHAO
Secrétaire général

Annexe: 1`
	res, err := docimport.Read(strings.NewReader(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	n := res.Payloads[0].Record.(*correspondence.Note)
	fmt.Println(res.Payloads[0].Kind, n.Symbol, n.Date, n.DateText, n.Original, n.References)
	fmt.Println(n.Candidatures[0], n.Annexes)
	// Output:
	// note Document 12-F 2021-11-09 9 novembre 2021 en [Document 3]
	// DSG: Dr Chaesub LEE (KOR) 1
}

// ExampleCalendar reads a Note alone, which does not print its conference,
// with the Plenipotentiary Conferences of package election as the calendar:
// the Note is for the first that closes on or after its date.
func ExampleCalendar() {
	var cs []docimport.ConferenceDates
	for _, c := range election.Conferences() {
		cs = append(cs, docimport.ConferenceDates{Code: c.Code, Opening: c.Opening, Closing: c.Closing})
	}
	res, err := docimport.Read(strings.NewReader(examples.KoreaNote().Render()), docimport.Calendar(cs))
	if err != nil {
		fmt.Println(err)
		return
	}
	n := res.Payloads[0].Record.(*correspondence.Note)
	fmt.Println(n.Symbol, n.Date, n.Conference)
	for _, s := range res.Payloads[0].Sources {
		if s.Path == "/conference" {
			fmt.Printf("%s from line %s, inferred: %s\n", s.Path, s.Lines, s.Inferred)
		}
	}
	// Output:
	// Document 12-E 2021-11-09 PP-22
	// /conference from line 8, inferred: the first conference of the calendar that closes on or after the Note's date
}
