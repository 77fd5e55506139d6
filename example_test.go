package itu_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/plenipot/itu"
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
		on := itu.MustParseDate(d)
		fmt.Printf("%s: Palau a member: %v; Member States: %d\n", on, palau.MemberOn(on), len(itu.MemberStatesOn(on)))
	}
	// Output:
	// 2022-09-26: Palau a member: false; Member States: 193
	// 2024-09-18: Palau a member: false; Member States: 193
	// 2024-09-19: Palau a member: true; Member States: 194
}

func ExampleParseDate() {
	d, err := itu.ParseDate("2021-11-09")
	fmt.Println(d, err)
	fmt.Println(d.AddDays(28), d.Before(itu.MustParseDate("2022-09-26")))
	_, err = itu.ParseDate("2021-02-30")
	fmt.Println(err)
	fmt.Println(errors.Is(err, itu.ErrBadDate))
	// Output:
	// 2021-11-09 <nil>
	// 2021-12-07 true
	// itu: parse date "2021-02-30": bad date (no such calendar day)
	// true
}

func ExampleParsePartialDate() {
	for _, s := range []string{"1983", "2014-05", "2021-11-09"} {
		p := itu.MustParsePartialDate(s)
		fmt.Printf("%s covers %s to %s\n", p, p.First(), p.Last())
	}
	_, err := itu.ParsePartialDate("2014-13")
	fmt.Println(err)
	// Output:
	// 1983 covers 1983-01-01 to 1983-12-31
	// 2014-05 covers 2014-05-01 to 2014-05-31
	// 2021-11-09 covers 2021-11-09 to 2021-11-09
	// itu: parse partial date "2014-13": bad date (want YYYY-MM with a month 01 to 12)
}

func ExampleParsePeriod() {
	for _, s := range []string{"2015 – Present", "2009 - 2014", "2015 ~ 2021", "1983", "2015 – 2014",
		"January 2019 – present", "Since 2019", "(2015 ~ 2021)", "de 2015 a 2019"} {
		p, err := itu.ParsePeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q: start %s, end %q, present %v, ordered %v\n", p, p.Start, p.End, p.Present, p.Ordered())
	}
	_, err := itu.ParsePeriod("Present – 2015")
	fmt.Println(err)
	// Output:
	// "2015 – Present": start 2015, end "", present true, ordered true
	// "2009 - 2014": start 2009, end "2014", present false, ordered true
	// "2015 ~ 2021": start 2015, end "2021", present false, ordered true
	// "1983": start 1983, end "", present false, ordered true
	// "2015 – 2014": start 2015, end "2014", present false, ordered false
	// "January 2019 – present": start 2019-01, end "", present true, ordered true
	// "Since 2019": start 2019, end "", present true, ordered true
	// "(2015 ~ 2021)": start 2015, end "2021", present false, ordered true
	// "de 2015 a 2019": start 2015, end "2019", present false, ordered true
	// itu: parse period "Present – 2015": bad date ("Present" may only end a period)
}

func ExampleParseName() {
	for _, s := range []string{"DR. LEE, CHAESUB", "Dr Chaesub LEE", "H. E. Mr. Houlin Zhao", "DE LA CRUZ, María"} {
		p, err := itu.ParseName(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-22q honorific %-12q given %-10q family %-14q written %q\n", s, p.Honorific, p.Given, p.Family, p)
	}
	// Output:
	// "DR. LEE, CHAESUB"     honorific "DR."        given "CHAESUB"  family "LEE"          written "DR. CHAESUB LEE"
	// "Dr Chaesub LEE"       honorific "Dr"         given "Chaesub"  family "LEE"          written "Dr Chaesub LEE"
	// "H. E. Mr. Houlin Zhao" honorific "H. E. Mr."  given "Houlin"   family "Zhao"         written "H. E. Mr. Houlin ZHAO"
	// "DE LA CRUZ, María"    honorific ""           given "María"    family "DE LA CRUZ"   written "María DE LA CRUZ"
}

func ExampleName_SamePerson() {
	cv := itu.Name("DR. LEE, CHAESUB")
	for _, other := range []itu.Name{"Dr Chaesub LEE", "Mr. Chae-sub Lee", "Dr Chaesub KIM", "H. E. Mr. Houlin Zhao"} {
		fmt.Printf("%q and %q: %v\n", cv, other, cv.SamePerson(other))
	}
	// Output:
	// "DR. LEE, CHAESUB" and "Dr Chaesub LEE": true
	// "DR. LEE, CHAESUB" and "Mr. Chae-sub Lee": true
	// "DR. LEE, CHAESUB" and "Dr Chaesub KIM": false
	// "DR. LEE, CHAESUB" and "H. E. Mr. Houlin Zhao": false
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
	period := itu.MustParsePeriod("2015 – 2014")
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

func ExampleCompareNames() {
	cv := itu.Name("Dr Cosmas Luckyson ZAVAZAVA")
	for _, other := range []itu.Name{"ZAVAZAVA, Cosmas Luckyson", "Dr Cosmas Zavazava", "Mr C. L. Zavazava", "Ms Hyesook ZAVAZAVA"} {
		fmt.Printf("%q: %v\n", other, itu.CompareNames(cv, other))
	}
	fmt.Println(itu.CompareNames("Sr. Javier JUÁREZ MOJICA", "Javier Juarez-Mojica"))
	fmt.Println(itu.CompareNames("Lee Chaesub", "Lee Chae-won"))
	// Output:
	// "ZAVAZAVA, Cosmas Luckyson": same
	// "Dr Cosmas Zavazava": variant (middle name dropped)
	// "Mr C. L. Zavazava": variant (initial)
	// "Ms Hyesook ZAVAZAVA": different
	// same (hyphen or space, diacritics)
	// different
}
