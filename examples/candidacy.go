package examples

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
)

// KoreaDossier returns the whole of PP-22 Document 12-E (9 November 2021) as
// one dossier: the Note by the Secretary-General ([KoreaNote]), the note
// verbale of the Permanent Mission of the Republic of Korea
// ([KoreaNoteVerbale]), the nomination letter of the Minister of Science and
// ICT ([KoreaLetter]), and Dr Chaesub LEE's CV ([KoreaCV]) and vision
// statement ([KoreaVisionStatement]). It states no explicit candidacies:
// [candidacy.Dossier.Candidacies] derives both of them (Korea for a Council
// seat, Dr Chaesub LEE for Deputy Secretary-General) from the documents.
//
// Claims holds the one statement of the letter that the CV can check: Dr Lee
// "has served as the Director of the Telecommunication Standardization Bureau
// (TSB) since 2014". His CV says "2015 – Present" (he was elected at PP-14 in
// 2014 and took office the next year), so the dossier validates with one
// warning, candidacy.claim.mismatch at /claims/0/since. Each call returns a
// fresh value.
func KoreaDossier() candidacy.Dossier {
	note, nv, letter := KoreaNote(), KoreaNoteVerbale(), KoreaLetter()
	c, v := KoreaCV(), KoreaVisionStatement()
	return candidacy.Dossier{
		Kind:            itu.KindDossier,
		Note:            &note,
		NoteVerbale:     &nv,
		Letter:          &letter,
		CV:              &c,
		VisionStatement: &v,
		Claims: []candidacy.Claim{{
			Source: itu.KindLetter,
			Text:   "Dr. Lee has served as the Director of the Telecommunication Standardization Bureau (TSB) since 2014",
			Post:   itu.DirectorTSB,
			Since:  civil.Year(2014),
		}},
	}
}

// KoreaDSGCandidacy returns Dr Chaesub LEE's candidacy, proposed by the
// Republic of Korea, for Deputy Secretary-General at PP-22, as the documents
// of [KoreaDossier] give it: proposed by the letter of 27 October 2021 and
// announced by the Secretary-General's Note of 9 November 2021, which is the
// receipt date used (the documents state no earlier one). He was not the
// incumbent: he was then Director of TSB. Each call returns a fresh value.
func KoreaDSGCandidacy() candidacy.Candidacy {
	return candidacy.Candidacy{
		Kind:        itu.KindCandidacy,
		Post:        itu.DeputySecretaryGeneral,
		Candidate:   "Dr Chaesub LEE",
		Nationality: "KOR",
		MemberState: "KOR",
		Conference:  "PP-22",
		Proposed:    civil.MustParseDate("2021-10-27"),
		Received:    civil.MustParseDate("2021-11-09"),
		Status:      candidacy.Announced,
	}
}

// KoreaCouncilCandidacy returns the Republic of Korea's candidacy for a
// Council seat in Region E (Asia and Australasia) at PP-22, proposed by the
// letter of 27 October 2021. Korea held a Council seat at the time (elected at
// PP-18, ITU press release 2018-PR38), so Incumbent is true; the letter says so only in prose
// ("serve another term"), so the candidacy [KoreaDossier] derives has
// Incumbent false and is otherwise the same. No Note by the Secretary-General
// transmits it in Document 12, so Received and Status are not set. Each call
// returns a fresh value.
func KoreaCouncilCandidacy() candidacy.Candidacy {
	return candidacy.Candidacy{
		Kind:        itu.KindCandidacy,
		Post:        itu.CouncilMember,
		MemberState: "KOR",
		Region:      itu.RegionE,
		Conference:  "PP-22",
		Proposed:    civil.MustParseDate("2021-10-27"),
		Incumbent:   true,
	}
}
