package election_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/election"
)

// withVacancies returns PP-T with its Council Region C election and an SG
// election (Dr Alma TESTA, Italy, elected), and the given vacancies.
func withVacancies(vs ...election.Vacancy) election.Conference {
	c := conference()
	c.Elections = []election.Election{council(), sg()}
	c.Vacancies = vs
	return c
}

// vacancyWants keeps the vacancy rules' violations only.
func vacancyWants(vs []itu.Violation) []want {
	out := []want{}
	for _, w := range wantsOf(vs) {
		if strings.HasPrefix(w.Code, "election.vacancy.") {
			out = append(out, w)
		}
	}
	return out
}

func d(s string) civil.Date { return civil.MustParseDate(s) }

func TestVacancyRules(t *testing.T) {
	councilSeat := func(s itu.StateCode, m election.FillMethod) election.Vacancy {
		return election.Vacancy{Post: itu.CouncilMember, Region: itu.RegionC, MemberState: "CZE", Date: d("2023-05-01"), Cause: election.CauseResignation,
			Filled: election.Filling{Method: m, Date: d("2023-06-01"), MemberState: s}}
	}
	board := func(f election.Filling) election.Vacancy {
		return election.Vacancy{Post: itu.BoardMember, Region: itu.RegionB, Holder: "Mr Karl MUSTER", MemberState: "DEU", Date: d("2023-03-01"), Cause: election.CauseInability, Filled: f}
	}
	deputy := func(on string, m election.FillMethod) election.Vacancy {
		return election.Vacancy{Post: itu.DeputySecretaryGeneral, Holder: "Ms Ana DEPUTADA", MemberState: "PRT", Date: d(on), Cause: election.CauseDeath,
			Filled: election.Filling{Method: m, Name: "Mr Lars NAESTE", MemberState: "DNK"}}
	}
	const v0 = "/vacancies/0"
	tests := []struct {
		name string
		v    election.Vacancy
		want []want
	}{
		{"council seat passes to the next in line (CV No. 8)", councilSeat("RUS", election.FillNextInLine), []want{}},
		{"council seat given past the next in line", councilSeat("KAZ", election.FillNextInLine), []want{{v0 + "/filled/member_state", "election.vacancy.next_in_line"}}},
		{"council seat filled by correspondence from the region (CV No. 9)", councilSeat("KAZ", election.FillCorrespondence), []want{}},
		{"council seat filled from another region", councilSeat("FRA", election.FillCorrespondence), []want{{v0 + "/filled/member_state", "election.vacancy.region"}}},
		{"council seat without a region", func() election.Vacancy { v := councilSeat("RUS", election.FillNextInLine); v.Region = ""; return v }(),
			[]want{{v0 + "/region", "election.vacancy.region"}}},
		{"council seat by Council appointment", councilSeat("RUS", election.FillCouncilAppointment), []want{{v0 + "/filled/method", "election.vacancy.method"}}},
		{"SG: the Deputy succeeds (CV No. 14)", election.Vacancy{Post: itu.SecretaryGeneral, Holder: "Dr Alma TESTA", MemberState: "ITA", Date: d("2024-02-01"),
			Filled: election.Filling{Method: election.FillSuccession, Date: d("2024-02-01"), Name: "Mr Lars NAESTE", MemberState: "DNK"}}, []want{}},
		{"SG by designation", election.Vacancy{Post: itu.SecretaryGeneral, Date: d("2024-02-01"), Filled: election.Filling{Method: election.FillDesignation}},
			[]want{{v0 + "/filled/method", "election.vacancy.method"}}},
		{"DSG appointed more than 180 days before PP-26 (CV No. 15)", deputy("2024-01-10", election.FillCouncilAppointment), []want{}},
		{"DSG appointed within 180 days of PP-26", deputy("2026-06-01", election.FillCouncilAppointment), []want{{v0 + "/filled/method", "election.vacancy.timing"}}},
		{"DSG left to PP-26 within 180 days", deputy("2026-06-01", election.FillNextConference), []want{}},
		{"DSG left to PP-26 a year and more before", deputy("2024-01-10", election.FillNextConference), []want{{v0 + "/filled/method", "election.vacancy.timing"}}},
		{"DSG appointed from the SG's State (CS No. 62)", func() election.Vacancy {
			v := deputy("2024-01-10", election.FillCouncilAppointment)
			v.Filled.MemberState = "ITA"
			return v
		}(), []want{{v0 + "/filled/member_state", "election.vacancy.nationality"}}},
		{"Board: Council election from the region (CV No. 21)", board(election.Filling{Method: election.FillCouncilElection, Name: "Ms Elise AUTRE", MemberState: "FRA", Date: d("2023-06-20")}), []want{}},
		{"Board: designated within 90 days", board(election.Filling{Method: election.FillDesignation, Name: "Dr Jana NEU", MemberState: "DEU", Date: d("2023-05-30")}), []want{}},
		{"Board: designated late, by another State, the same person", board(election.Filling{Method: election.FillDesignation, Name: "Mr Karl MUSTER", MemberState: "AUT", Date: d("2023-06-01")}),
			[]want{{v0 + "/filled/date", "election.vacancy.designation"}, {v0 + "/filled/member_state", "election.vacancy.designation"}, {v0 + "/filled/name", "election.vacancy.designation"}}},
		{"Board: filled before the vacancy", board(election.Filling{Method: election.FillCouncilElection, Name: "Ms Elise AUTRE", MemberState: "FRA", Date: d("2023-01-20")}),
			[]want{{v0 + "/filled/date", "election.vacancy.dates"}}},
		{"vacancy before the conference opened", func() election.Vacancy {
			v := councilSeat("RUS", election.FillNextInLine)
			v.Date = d("2021-10-01")
			return v
		}(),
			[]want{{v0 + "/date", "election.vacancy.dates"}}},
		{"Director: Council appointment (CV No. 17, unconfirmed)", election.Vacancy{Post: itu.DirectorTSB, Date: d("2024-02-01"), Filled: election.Filling{Method: election.FillCouncilAppointment, Name: "Mr Lars NAESTE", MemberState: "DNK"}}, []want{}},
		{"open vacancy", election.Vacancy{Post: itu.DirectorBDT, Date: d("2024-02-01")}, []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := vacancyWants(withVacancies(tt.v).Check())
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("violations (-want +got):\n%s", diff)
			}
		})
	}
}

func TestVacancyJSONRoundTrip(t *testing.T) {
	c := withVacancies(election.Vacancy{Post: itu.BoardMember, Region: itu.RegionB, Holder: "Mr Karl MUSTER", MemberState: "DEU", Date: d("2023-03-01"), Cause: election.CauseInability,
		Filled: election.Filling{Method: election.FillDesignation, Name: "Dr Jana NEU", MemberState: "DEU", Date: d("2023-05-30")}})
	c.VacancyTerms = election.VacancyTermIgnored
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"vacancies":[{"post":"RRB","region":"B"`, `"cause":"inability"`, `"method":"designation"`, `"vacancy_terms":"ignored"`} {
		if !strings.Contains(string(b), s) {
			t.Errorf("JSON lacks %s:\n%s", s, b)
		}
	}
	var back election.Conference
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestVacancyEnums(t *testing.T) {
	for _, s := range []string{"next_in_line", "correspondence", "succession", "acting", "council_appointment", "next_conference", "council_election", "designation"} {
		m, err := election.ParseFillMethod(s)
		if err != nil || m.String() != s {
			t.Errorf("ParseFillMethod(%q) = %v, %v", s, m, err)
		}
	}
	for _, s := range []string{"resignation", "death", "inability", "absence", "other"} {
		c, err := election.ParseVacancyCause(s)
		if err != nil || c.String() != s {
			t.Errorf("ParseVacancyCause(%q) = %v, %v", s, c, err)
		}
	}
	if _, err := election.ParseVacancyTerms("sometimes"); err == nil {
		t.Error("ParseVacancyTerms(sometimes): want an error")
	}
}

// TestVacancyTermCounting: a term marked Vacancy counts by default and not
// under VacancyTermIgnored; an ordinary term counts under both.
func TestVacancyTermCounting(t *testing.T) {
	terms := []election.Term{
		{Post: itu.DeputySecretaryGeneral, Years: election.MustParseYears("2016-2018"), Vacancy: true},
		{Post: itu.DeputySecretaryGeneral, Conference: "PP-18", Years: election.MustParseYears("2019-2022")},
	}
	tests := []struct {
		name    string
		setting election.VacancyTerms
		reason  election.Reason
		counted int
	}{
		{"default: counts", 0, election.TermLimit, 2},
		{"counts", election.VacancyTermCounts, election.TermLimit, 2},
		{"ignored", election.VacancyTermIgnored, election.Eligible, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conference()
			c.Opening = d("2022-09-26")
			c.VacancyTerms = tt.setting
			e := election.MayStand(terms, itu.DeputySecretaryGeneral, c)
			if diff := cmp.Diff([2]int{int(tt.reason), tt.counted}, [2]int{int(e.Reason), len(e.Counted)}); diff != "" {
				t.Errorf("MayStand (-want +got):\n%s", diff)
			}
		})
	}
}

func ExampleVacancy() {
	c, _ := election.LookupConference("PP-22")
	c.Vacancies = []election.Vacancy{{
		Post: itu.BoardMember, Region: itu.RegionB, Holder: "Mr Karl MUSTER", MemberState: "DEU",
		Date: civil.MustParseDate("2023-03-01"), Cause: election.CauseInability,
		Filled: election.Filling{Method: election.FillDesignation, Name: "Dr Jana NEU", MemberState: "AUT", Date: civil.MustParseDate("2023-07-01")},
	}}
	for _, v := range c.Check() {
		fmt.Println(v.Code, v.Path)
	}
	// Output:
	// election.vacancy.designation /vacancies/0/filled/date
	// election.vacancy.designation /vacancies/0/filled/member_state
}
