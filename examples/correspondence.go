package examples

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
)

// KoreaNote returns the Note by the Secretary-General that transmits the
// candidacy of Dr Chaesub LEE (Republic of Korea) for Deputy Secretary-General
// to PP-22: the first page of PP-22 Document 12-E (9 November 2021), exactly
// as published. [correspondence.Note.Render] gives the page back byte for
// byte. Each call returns a fresh value.
func KoreaNote() correspondence.Note {
	return correspondence.Note{
		Kind:       itu.KindNote,
		Conference: "PP-22",
		Body:       "PLENARY MEETING",
		Symbol:     "Document 12-E",
		Date:       civil.MustParseDate("2021-11-09"),
		Original:   itu.English,
		Title:      "Note by the Secretary-General",
		Subject:    "CANDIDACY FOR THE POST OF DEPUTY SECRETARY-GENERAL",
		Text: []string{
			"Further to the information published in Document 3, I have the pleasure in transmitting to the Conference, in annex, the candidacy of:",
			"Dr Chaesub LEE (Republic of Korea)",
			"for the post of Deputy Secretary-General of the International Telecommunication Union.",
		},
		References: []correspondence.Symbol{"Document 3"},
		Candidatures: []correspondence.Candidature{
			{Post: itu.DeputySecretaryGeneral, Candidate: "Dr Chaesub LEE", MemberState: "KOR", MemberStateText: "Republic of Korea"},
		},
		Signatory: correspondence.Signatory{Name: "Houlin ZHAO", Title: "Secretary-General"},
		Annexes:   1,
	}
}

// KoreaNoteVerbale returns the note verbale KGV/303/2021 of 9 November 2021 in
// which the Permanent Mission of the Republic of Korea in Geneva announces
// Korea's candidature for a seat on the ITU Council and Dr Chaesub LEE's
// candidature for Deputy Secretary-General at PP-22, exactly as published in
// PP-22 Document 12-E: its letterhead in italics, and on a second page the
// transcript's description of a handwritten signature reading "Lim Hyesook"
// above the addressee. The research notes (docs/research/documents.md) find
// the note stamped and the minister's letter signed; the record holds the
// text as published, which places the description here.
// [correspondence.NoteVerbale.Render] gives both pages back byte for byte.
// Each call returns a fresh value.
func KoreaNoteVerbale() correspondence.NoteVerbale {
	return correspondence.NoteVerbale{
		Kind: itu.KindNoteVerbale,
		Mission: correspondence.Mission{
			MemberState: "KOR",
			Name:        "Permanent Mission of the Republic of Korea",
			City:        "Geneva",
			Address:     []string{"Avenue de l'Ariana 1 P.O.Box 42, 1211 Geneva 20"},
			Telephone:   "+41(0)22 748 0000",
			Fax:         "+41(0)22 748 0001",
			Email:       "geneva.korea@mofa.go.kr",
			Italic:      true,
		},
		Reference: "KGV/303/2021",
		Date:      civil.MustParseDate("2021-11-09"),
		Addressee: "International Telecommunication Union (ITU)",
		Text: []string{
			"The Permanent Mission of the Republic of Korea to the United Nations and Other International Organizations in Geneva presents its compliments to the International Telecommunication Union (ITU) and has the honour to inform the latter that the Government of the Republic of Korea has decided to present its candidature for a seat on the ITU Council and the candidature of Dr. Chaesub LEE for the position of Deputy Secretary-General of the ITU at the elections to be held during the ITU Plenipotentiary Conference in Bucharest, Romania, from 26 September to 14 October 2022.",
			"In this regard, a nomination letter from H.E. Ms. Lim Hyesook, Minister of Science and ICT, presenting the candidacy of the Republic of Korea to the ITU Council and the candidacy for Deputy Secretary-General of ITU, along with Dr. Chaesub LEE's curriculum vitae and vision statement, is attached.",
			"The Permanent Mission of the Republic of Korea to the United Nations and Other International Organizations in Geneva avails itself of this opportunity to renew to the International Telecommunication Union (ITU) the assurances of its highest consideration.",
		},
		Candidatures: []correspondence.Candidature{
			{Post: itu.CouncilMember, MemberState: "KOR", MemberStateText: "Republic of Korea"},
			{Post: itu.DeputySecretaryGeneral, Candidate: "Dr. Chaesub LEE", MemberState: "KOR", MemberStateText: "Republic of Korea"},
		},
		Conference: correspondence.ConferenceRef{
			Name:  "ITU Plenipotentiary Conference",
			Code:  "PP-22",
			Place: "Bucharest, Romania",
			Start: civil.MustParseDate("2022-09-26"),
			End:   civil.MustParseDate("2022-10-14"),
		},
		Enclosures: correspondence.Enclosures{Label: "Enclosed :", Items: []string{"As attached"}},
		Attachments: []correspondence.Attachment{
			{Document: itu.KindLetter, Description: "a nomination letter from H.E. Ms. Lim Hyesook, Minister of Science and ICT"},
			{Document: itu.KindCV, Description: "Dr. Chaesub LEE's curriculum vitae"},
			{Document: itu.KindVisionStatement, Description: "vision statement"},
		},
		Signature: "A handwritten signature in black ink, appearing to read 'Lim Hyesook'.",
		FootPage:  true,
	}
}

// KoreaLetter returns the nomination letter of 27 October 2021 in which Lim
// Hyesook, Minister of Science and ICT of the Republic of Korea, presents to
// the Secretary-General Korea's candidature for the ITU Council and Dr Chaesub
// Lee's for Deputy Secretary-General, exactly as published in PP-22 Document
// 12-E. The letter runs over two pages, each under the ministry's letterhead,
// with the break inside the sixth paragraph; [correspondence.Letter.Render]
// gives both pages back byte for byte. The transcript describes a handwritten
// signature on the note verbale's page, not here (see [KoreaNoteVerbale]).
// Each call returns a fresh value.
func KoreaLetter() correspondence.Letter {
	return correspondence.Letter{
		Kind: itu.KindLetter,
		Letterhead: correspondence.Letterhead{
			Ministry:        "Ministry of Science and ICT",
			MemberState:     "KOR",
			MemberStateText: "Republic of Korea",
			EveryPage:       true,
		},
		Recipient: correspondence.Recipient{
			Name:         "H. E. Mr. Houlin Zhao",
			Title:        "Secretary General",
			Organisation: "International Telecommunication Union (ITU)",
			Address:      []string{"Place des Nations, CH-1211 Geneva 20, Switzerland"},
		},
		Date:       civil.MustParseDate("2021-10-27"),
		DateText:   "October 27, 2021",
		Salutation: "Your Excellency,",
		Text: []string{
			"It is a pleasure to formally inform you that the Republic of Korea has decided to present its candidature for the next ITU Council.",
			"As you are well aware, ever since joining the Union in 1952 and becoming a Council Member for the first time at the 1989 Nice Plenipotentiary Conference, Korea has been significantly contributing to the development of ITU.",
			"In addition, Korea has been making continuous efforts toward the development of ITU and the global ICT sector by expanding its contribution to ITU, carrying out joint MSIT-ITU cooperative projects, and hosting the 2014 ITU Plenipotentiary Conference and ITU Telecom World 2017.",
			"Korea has decided to serve another term at the next ITU council to further strengthen and continue its efforts to contribute to the international community in this challenging time. It pledges to do its best as a Council member.",
			"I also would like to inform you that Korea has decided to present the candidature of Dr. Chaesub Lee for the post of Deputy Secretary-General.",
			"Dr. Lee has served as the Director of the Telecommunication Standardization Bureau (TSB) since 2014. He has contributed to the significant growth of ITU's standards development to bring high value to the industry and market with various emerging subjects, many new memberships, and innovative programs. Therefore, I sincerely believe that he is the most qualified and suitable candidate, especially given the Union's mission to lead digital transformation worldwide. Dr. Lee's curriculum vitae has been attached herewith for your reference.",
			"The Korean government is convinced that Dr. Chaesub Lee will significantly contribute to the development of ITU and the global ICT sector, and is committed to providing fullest support during his term in office as Deputy Secretary-General.",
			"Your kind support will be greatly appreciated.",
		},
		PageBreaks: []correspondence.PageBreak{{Paragraph: 5, Word: 11}},
		Closing:    "Yours Sincerely,",
		Signatory:  correspondence.Signatory{Name: "Lim Hyesook", Title: "Minister"},
		Candidatures: []correspondence.Candidature{
			{Post: itu.CouncilMember, MemberState: "KOR", MemberStateText: "Republic of Korea"},
			{Post: itu.DeputySecretaryGeneral, Candidate: "Dr. Chaesub Lee", MemberState: "KOR", MemberStateText: "Korea"},
		},
		Attachments: []correspondence.Attachment{
			{Document: itu.KindCV, Description: "Dr. Lee's curriculum vitae"},
		},
	}
}
