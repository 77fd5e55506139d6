package civil_test

import (
	"errors"
	"fmt"

	"github.com/plenipot/itu/civil"
)

func ExampleParseDate() {
	d, err := civil.ParseDate("2021-11-09")
	fmt.Println(d, err)
	fmt.Println(d.AddDays(28), d.Before(civil.MustParseDate("2022-09-26")))
	_, err = civil.ParseDate("2021-02-30")
	fmt.Println(err)
	fmt.Println(errors.Is(err, civil.ErrBadDate))
	// Output:
	// 2021-11-09 <nil>
	// 2021-12-07 true
	// itu: parse date "2021-02-30": bad date (no such calendar day)
	// true
}

func ExampleParsePartialDate() {
	for _, s := range []string{"1983", "2014-05", "2021-11-09"} {
		p := civil.MustParsePartialDate(s)
		fmt.Printf("%s covers %s to %s\n", p, p.First(), p.Last())
	}
	_, err := civil.ParsePartialDate("2014-13")
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
		p, err := civil.ParsePeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q: start %s, end %q, present %v, ordered %v\n", p, p.Start, p.End, p.Present, p.Ordered())
	}
	_, err := civil.ParsePeriod("Present – 2015")
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
