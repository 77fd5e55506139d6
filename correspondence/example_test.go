package correspondence_test

import (
	"errors"
	"fmt"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
)

func ExampleParseSymbol() {
	s, err := correspondence.ParseSymbol("12(Add.1)(Rev.1)-E")
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := s.Parts()
	fmt.Println(s, p.Number, p.Mark(correspondence.Addendum), p.Mark(correspondence.Revision), s.Language().Name())

	_, err = correspondence.ParseSymbol("Document 12E")
	fmt.Println(errors.Is(err, correspondence.ErrBadSymbol))
	fmt.Println(err)
	// Output:
	// 12(Add.1)(Rev.1)-E 12 1 1 English
	// true
	// correspondence: parse symbol "Document 12E": bad document symbol (unexpected "E" after the document number)
}

func ExampleParsePhone() {
	p, err := correspondence.ParsePhone("+41(0)22 748 0000")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p, "→", p.E164(), p.Region())

	_, err = correspondence.ParsePhone("022 748 0001") // national form: in which country?
	fmt.Println(errors.Is(err, correspondence.ErrBadPhone))

	for _, s := range []string{"022 749 41 11", "0041 22 749 41 11", "(+41 22) 918 08 00/01", "+41-22-730 51 11 ext. 123"} {
		p, err := correspondence.ParsePhoneIn(s, "CH")
		fmt.Println(p, "→", p.E164In("CH"), err)
	}
	// Output:
	// +41(0)22 748 0000 → +41227480000 CH
	// true
	// 022 749 41 11 → +41227494111 <nil>
	// 0041 22 749 41 11 → +41227494111 <nil>
	// (+41 22) 918 08 00/01 → +41229180800 <nil>
	// +41-22-730 51 11 ext. 123 → +41227305111 <nil>
}

func ExampleParseEmail() {
	e, err := correspondence.ParseEmail("geneva.korea@mofa.go.kr")
	fmt.Println(e.Domain(), err)

	_, err = correspondence.ParseEmail("Mission <geneva.korea@mofa.go.kr>")
	fmt.Println(err)
	// Output:
	// mofa.go.kr <nil>
	// correspondence: parse email address "Mission <geneva.korea@mofa.go.kr>": bad email address (want the bare address, such as "name@example.org", with no display name, angle brackets or comments)
}

func ExampleNote_Validate() {
	n := correspondence.Note{
		Body:     "PLENARY MEETING",
		Symbol:   "Document 12",
		Date:     civil.MustParseDate("2021-11-09"),
		Original: itu.English,
		Title:    "Note by the Secretary-General",
		Subject:  "CANDIDACY FOR THE POST OF DEPUTY SECRETARY-GENERAL",
		Text:     []string{"Dr Chaesub LEE (Republic of Korea)"},
		Candidatures: []correspondence.Candidature{
			{Post: itu.DeputySecretaryGeneral, MemberState: "KOR"},
		},
		Signatory: correspondence.Signatory{Name: "Houlin ZHAO", Title: "Deputy Secretary-General"},
	}
	err := n.Validate(itu.AsOf(civil.MustParseDate("2021-11-09")))
	fmt.Println(errors.Is(err, itu.ErrInvalid))
	for _, v := range itu.Violations(err) {
		fmt.Println(v)
	}
	// Output:
	// true
	// /candidatures/0/candidate: is missing; a candidature for Deputy Secretary-General names the person proposed [correspondence.candidature.candidate]
	// /signatory/title: "Deputy Secretary-General" is not the Secretary-General; a Note by the Secretary-General is signed with the title "Secretary-General" [correspondence.note.signatory]
	// /symbol: "Document 12" has no language suffix; a document's own symbol ends in the suffix of its language version, such as "Document 12-E" [correspondence.symbol.language]
}

func ExampleNoteVerbale_Validate() {
	n := correspondence.NoteVerbale{
		Mission: correspondence.Mission{
			MemberState: "KOR",
			Name:        "Permanent Mission of the Republic of Korea",
			City:        "Geneva",
			Telephone:   "022 748 0000", // national form, read in Switzerland
			Fax:         "022 748",
			Email:       "geneva.korea@mofa.go.kr",
		},
		Reference: "KGV/303/2021",
		Date:      civil.MustParseDate("2021-11-09"),
		Addressee: "International Telecommunication Union (ITU)",
		Text:      []string{"… its candidature for a seat on the ITU Council …"},
		Candidatures: []correspondence.Candidature{
			{Post: itu.CouncilMember, MemberState: "JPN"},
		},
	}
	for _, v := range n.Check(itu.AsOf(civil.MustParseDate("2021-11-09"))) {
		fmt.Println(v)
	}
	// Output:
	// /candidatures/0/member_state: is "JPN", but the document comes from "KOR"; a Member State presents only its own candidatures [correspondence.candidature.member_state]
	// /mission/fax: "022 748" is not a telephone number: too few digits for a number with country code +41 (CH), the country it is read in [correspondence.phone.malformed]
}

func ExampleLetter_Validate() {
	l := correspondence.Letter{
		Letterhead: correspondence.Letterhead{Ministry: "Ministry of Science and ICT", MemberState: "KOR"},
		Recipient:  correspondence.Recipient{Name: "H. E. Mr. Houlin Zhao"},
		Date:       civil.MustParseDate("2021-10-27"),
		DateText:   "October 28, 2021",
		Text:       []string{"… the candidature of Dr. Chaesub Lee for the post of Deputy Secretary-General."},
		PageBreaks: []correspondence.PageBreak{{Paragraph: 1}},
		Signatory:  correspondence.Signatory{Name: "Lim Hyesook", Title: "Minister"},
		Candidatures: []correspondence.Candidature{
			{Post: itu.DeputySecretaryGeneral, Candidate: "Dr. Chaesub Lee", MemberState: "KOR"},
		},
	}
	for _, v := range l.Check() {
		fmt.Println(v)
	}
	// Output:
	// /date_text: "October 28, 2021" is 2021-10-28, but the date is 2021-10-27; make them name the same day [correspondence.date.text]
	// /page_breaks/0/paragraph: is 1, but the text has paragraphs 0 to 0 [correspondence.page_break.position]
}

func ExampleNote_Lines() {
	n := correspondence.Note{
		Body:      "PLENARY MEETING",
		Symbol:    "Document 12-E",
		Date:      civil.MustParseDate("2021-11-09"),
		Original:  itu.English,
		Title:     "Note by the Secretary-General",
		Subject:   "CANDIDACY FOR THE POST OF DEPUTY SECRETARY-GENERAL",
		Text:      []string{"Dr Chaesub LEE (Republic of Korea)"},
		Signatory: correspondence.Signatory{Name: "Houlin ZHAO", Title: "Secretary-General"},
		Annexes:   1,
	}
	for _, line := range n.Lines() {
		fmt.Println(line)
	}
	// Output:
	// PLENARY MEETING
	//
	// Document 12-E
	// 9 November 2021
	// Original: English
	//
	// Note by the Secretary-General
	//
	// CANDIDACY FOR THE POST OF DEPUTY SECRETARY-GENERAL
	//
	// Dr Chaesub LEE (Republic of Korea)
	//
	// Houlin ZHAO
	// Secretary-General
	//
	// Annex: 1
}
