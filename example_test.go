package itu_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

func ExamplePost() {
	for _, p := range itu.Posts() {
		fmt.Printf("%-7s %-58s elected official: %-5v candidate is a person: %v\n", p, p.Name(), p.IsElectedOfficial(), p.CandidateIsPerson())
	}
	// Output:
	// SG      Secretary-General                                          elected official: true  candidate is a person: true
	// DSG     Deputy Secretary-General                                   elected official: true  candidate is a person: true
	// BR      Director of the Radiocommunication Bureau                  elected official: true  candidate is a person: true
	// TSB     Director of the Telecommunication Standardization Bureau   elected official: true  candidate is a person: true
	// BDT     Director of the Telecommunication Development Bureau       elected official: true  candidate is a person: true
	// RRB     Member of the Radio Regulations Board                      elected official: false candidate is a person: true
	// COUNCIL Member State of the Council                                elected official: false candidate is a person: false
}

func ExampleParsePost() {
	for _, s := range []string{"Deputy Secretary-General", "dsg", "Director of TSB", "a seat on the ITU Council", "CEO"} {
		p, err := itu.ParsePost(s)
		if errors.Is(err, itu.ErrUnknownPost) {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q is %s\n", s, p)
	}
	// Output:
	// "Deputy Secretary-General" is DSG
	// "dsg" is DSG
	// "Director of TSB" is TSB
	// "a seat on the ITU Council" is COUNCIL
	// itu: parse post "CEO": unknown post (want one of SG, DSG, BR, TSB, BDT, RRB, COUNCIL)
}

func ExampleRegion() {
	for _, r := range itu.Regions() {
		fmt.Println(r, r.Name())
	}
	r, err := itu.ParseRegion("Region E")
	fmt.Println(r, err)
	_, err = itu.ParseRegion("F")
	fmt.Println(errors.Is(err, itu.ErrUnknownRegion))
	// Output:
	// A The Americas
	// B Western Europe
	// C Eastern Europe and Northern Asia
	// D Africa
	// E Asia and Australasia
	// E <nil>
	// true
}

func ExampleLookupMemberState() {
	for _, s := range []string{"KOR", "Republic of Korea", "Korea (Rep. of)", "Cote d'Ivoire", "Turkey", "Korea"} {
		m, ok := itu.LookupMemberState(s)
		if !ok {
			fmt.Printf("%q: no single Member State\n", s)
			continue
		}
		fmt.Printf("%q: %s %s, Region %s (%s)\n", s, m.Code, m.Name, m.Region, m.RegionStatus)
	}
	// Output:
	// "KOR": KOR Korea (Rep. of), Region E (confirmed)
	// "Republic of Korea": KOR Korea (Rep. of), Region E (confirmed)
	// "Korea (Rep. of)": KOR Korea (Rep. of), Region E (confirmed)
	// "Cote d'Ivoire": CIV Côte d'Ivoire, Region D (confirmed)
	// "Turkey": TUR Türkiye, Region B (confirmed)
	// "Korea": no single Member State
}

func ExampleParseStateCode() {
	code, err := itu.ParseStateCode("Islamic Republic of Iran")
	fmt.Println(code, err)
	region, confirmed := code.Region()
	fmt.Println(code.Name(), region, confirmed)
	_, err = itu.ParseStateCode("Kosovo")
	fmt.Println(errors.Is(err, itu.ErrUnknownMemberState))
	// Output:
	// IRN <nil>
	// Iran (Islamic Republic of) E true
	// true
}

func ExampleStateCode_MemberOn() {
	palau := itu.StateCode("PLW")
	for _, d := range []string{"2022-09-26", "2024-09-18", "2024-09-19"} {
		on := civil.MustParseDate(d)
		fmt.Printf("%s: Palau a member: %v; Member States: %d\n", on, palau.MemberOn(on), len(itu.MemberStates(on)))
	}
	// Output:
	// 2022-09-26: Palau a member: false; Member States: 193
	// 2024-09-18: Palau a member: false; Member States: 193
	// 2024-09-19: Palau a member: true; Member States: 194
}

func ExampleLanguage_Suffix() {
	for _, l := range itu.Languages() {
		fmt.Printf("%s %-7s Document 12-%s\n", l, l.Name(), l.Suffix())
	}
	// Output:
	// ar Arabic  Document 12-A
	// zh Chinese Document 12-C
	// en English Document 12-E
	// fr French  Document 12-F
	// ru Russian Document 12-R
	// es Spanish Document 12-S
}

func ExampleParseLanguage() {
	for _, s := range []string{"en", "French", "S"} {
		l, err := itu.ParseLanguage(s)
		fmt.Println(l, l.Name(), err)
	}
	// Output:
	// en English <nil>
	// fr French <nil>
	// es Spanish <nil>
}

// Packages define their rules once, with rule.Define (package internal/rule), in rules.go.
var (
	examplePeriodOrder = itu.Rule{Code: "cv.period.order", Severity: itu.Error, Description: "A period ends on or after it starts.", Source: "consistency"}
	exampleRegion      = itu.Rule{Code: "candidacy.region.unconfirmed", Severity: itu.Warning, Description: "The nominating state's region is confirmed.", Source: "CS No. 61"}
)

func ExampleValidationError() {
	period := civil.MustParsePeriod("2015 – 2014")
	var vs []itu.Violation
	if !period.Ordered() {
		vs = append(vs, examplePeriodOrder.At("/cv/career/3/period",
			fmt.Sprintf("ends in %s, before it starts in %s; want an end on or after the start", period.End, period.Start)))
	}
	vs = append(vs, exampleRegion.At("/nominator", `region "C" of "ALB" is not confirmed by an election record`))

	var err error = &itu.ValidationError{Violations: vs} // in path order
	fmt.Println(errors.Is(err, itu.ErrInvalid))
	for _, v := range itu.Violations(err) {
		fmt.Printf("%s %s %s: %s\n", v.Severity, v.Path, v.Code, v.Message)
	}
	b, _ := json.Marshal(err)
	fmt.Println(string(b))

	// Warnings alone never make a record invalid.
	fmt.Println(errors.Is(&itu.ValidationError{Violations: vs[1:]}, itu.ErrInvalid))
	// Output:
	// true
	// error /cv/career/3/period cv.period.order: ends in 2014, before it starts in 2015; want an end on or after the start
	// warning /nominator candidacy.region.unconfirmed: region "C" of "ALB" is not confirmed by an election record
	// {"valid":false,"violations":[{"path":"/cv/career/3/period","code":"cv.period.order","severity":"error","message":"ends in 2014, before it starts in 2015; want an end on or after the start"},{"path":"/nominator","code":"candidacy.region.unconfirmed","severity":"warning","message":"region \"C\" of \"ALB\" is not confirmed by an election record"}]}
	// false
}
