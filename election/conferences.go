package election

import "github.com/plenipot/itu"

// allPosts lists the seven things every recent Plenipotentiary Conference elects.
func allPosts() []itu.Post { return itu.Posts() }

// The built-in conferences hold only facts read in a source; every field left
// zero is unknown to this module. Each fact names its source and confidence
// (H: the source states it; M: inferred, or a secondary source):
//
//   - S1: ITU, "PP-14 Elections" (itu.int/en/plenipotentiary/2014).
//   - S2: ITU backgrounder "ITU's election process explained" (PP-22).
//   - S3: ITU press release of 3 October 2022 on the Council and RRB elections.
//   - S4: ITU press release 2018-PR38, "Elections completed for ITU Council
//     and Radio Regulations Board".
//   - S5: ITU News, 5 November 2018, "ITU Member States elect ITU Council and
//     Radio Regulations Board members".
//   - S8: ITU press release of 30 September 2022 on the Bureau Directors.
//   - S16: ITU, "RRB 30 years" (itu.int/rrb30years; the current Board).
//   - S17: Modern Ghana, 2022: Fianko elected to the RRB for Region D,
//     2023-2026.
//   - S29: the PP-22 home page and "About PP-22" (pp22.itu.int).
//   - S31: PP-18 backgrounder, "Explication de la procédure électorale".
//   - S32: Gulf News, 1 November 2018 (the Secretary-General re-elected).

// pp14 is the 2014 Plenipotentiary Conference. Known: it opened on 20 October
// 2014 (S1, H), so its deadline was Monday 22 September 2014 (S1, H); Korea
// hosted it (PP-22 Document 12-E, Korea's nomination letter); it had 48
// Council seats (S3, H) and elected all seven posts (S1, H). Its officials'
// years 2015-2018 follow from the four-year term (S2, H) and the PP-18 term
// starting on 1 January 2019 (S32, H). Unknown here: its number, city and
// closing date, the Council and Board seats per region, the exact start date
// of the officials' term and the Board's term.
func pp14() Conference {
	return Conference{
		Kind:          itu.KindConference,
		Code:          "PP-14",
		Host:          "KOR",
		Opening:       itu.Date{Year: 2014, Month: 10, Day: 20},
		Posts:         allPosts(),
		OfficialsTerm: Tenure{Years: Years{2015, 2018}},
	}
}

// pp18 is the 2018 Plenipotentiary Conference. Known: it opened on 29 October
// 2018 (S31, H), so its deadline was Monday 1 October 2018 (S31, H); Council
// seats per region 9, 8, 5, 13, 13 (S4, H); Board seats 2, 2, 2, 3, 3 (S5, H);
// the officials' term began on 1 January 2019 (S32, H) and lasts four years
// (S2, H). Unknown here: its number, city, host and closing date, and the
// Board's term (ITU News wrote "2019-2023", S5, probably loosely).
func pp18() Conference {
	return Conference{
		Kind:          itu.KindConference,
		Code:          "PP-18",
		Opening:       itu.Date{Year: 2018, Month: 10, Day: 29},
		Posts:         allPosts(),
		CouncilSeats:  Seats{A: 9, B: 8, C: 5, D: 13, E: 13},
		BoardSeats:    Seats{A: 2, B: 2, C: 2, D: 3, E: 3},
		OfficialsTerm: Tenure{Years: Years{2019, 2022}, Start: itu.Date{Year: 2019, Month: 1, Day: 1}},
	}
}

// pp22 is the 2022 Plenipotentiary Conference. Known: Bucharest, Romania, 26
// September to 14 October 2022 (S29, S2, H); deadline Monday 29 August 2022,
// 23:59 Geneva time (S2, H); Council seats per region 9, 8, 5, 13, 13 (S3, H);
// Board seats 2, 2, 2, 3, 3 (M: inferred from the current members, S16, and
// Region D, S17); the officials' four-year term starting on 1 January 2023
// (S8, H); the Board's term 2023-2026 (S17, M). Unknown here: its number and
// the exact start date of the Board's term.
func pp22() Conference {
	return Conference{
		Kind:          itu.KindConference,
		Code:          "PP-22",
		City:          "Bucharest",
		Host:          "ROU",
		Opening:       itu.Date{Year: 2022, Month: 9, Day: 26},
		Closing:       itu.Date{Year: 2022, Month: 10, Day: 14},
		Posts:         allPosts(),
		CouncilSeats:  Seats{A: 9, B: 8, C: 5, D: 13, E: 13},
		BoardSeats:    Seats{A: 2, B: 2, C: 2, D: 3, E: 3},
		OfficialsTerm: Tenure{Years: Years{2023, 2026}, Start: itu.Date{Year: 2023, Month: 1, Day: 1}},
		BoardTerm:     Tenure{Years: Years{2023, 2026}},
	}
}

// Conferences returns the built-in conferences, oldest first, as fresh values:
// PP-14, PP-18 and PP-22, with only the facts confirmed in a source (see
// [LookupConference]); unknown fields are zero.
func Conferences() []Conference { return []Conference{pp14(), pp18(), pp22()} }

// LookupConference returns a fresh copy of the built-in conference with the
// given code ("PP-22"; compared by [itu.ConferenceCode.Key], so "pp22" finds it).
//
// What is known of each:
//   - PP-14: opening 20 Oct 2014, host Korea, all seven posts, officials
//     2015-2018. Unknown: city, closing, seats per region, Board term.
//   - PP-18: opening 29 Oct 2018, all seven posts, Council 9/8/5/13/13, Board
//     2/2/2/3/3, officials from 1 Jan 2019 for 2019-2022. Unknown: city, host,
//     closing, Board term.
//   - PP-22: Bucharest, Romania, 26 Sep to 14 Oct 2022, all seven posts,
//     Council 9/8/5/13/13, Board 2/2/2/3/3, officials from 1 Jan 2023 for
//     2023-2026, Board 2023-2026.
//
// No conference's ordinal Number is recorded.
func LookupConference(code string) (Conference, bool) {
	k := itu.ConferenceCode(code).Key()
	for _, c := range Conferences() {
		if k != "" && c.Code.Key() == k {
			return c, true
		}
	}
	return Conference{}, false
}
