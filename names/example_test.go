package names_test

import (
	"fmt"

	"github.com/plenipot/itu/names"
)

func ExampleParse() {
	for _, s := range []string{"DR. LEE, CHAESUB", "Dr Chaesub LEE", "H. E. Mr. Houlin Zhao", "DE LA CRUZ, María"} {
		p, err := names.Parse(s)
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
	cv := names.Name("DR. LEE, CHAESUB")
	for _, other := range []names.Name{"Dr Chaesub LEE", "Mr. Chae-sub Lee", "Dr Chaesub KIM", "H. E. Mr. Houlin Zhao"} {
		fmt.Printf("%q and %q: %v\n", cv, other, cv.SamePerson(other))
	}
	// Output:
	// "DR. LEE, CHAESUB" and "Dr Chaesub LEE": true
	// "DR. LEE, CHAESUB" and "Mr. Chae-sub Lee": true
	// "DR. LEE, CHAESUB" and "Dr Chaesub KIM": false
	// "DR. LEE, CHAESUB" and "H. E. Mr. Houlin Zhao": false
}

func ExampleCompare() {
	cv := names.Name("Dr Cosmas Luckyson ZAVAZAVA")
	for _, other := range []names.Name{"ZAVAZAVA, Cosmas Luckyson", "Dr Cosmas Zavazava", "Mr C. L. Zavazava", "Ms Hyesook ZAVAZAVA"} {
		fmt.Printf("%q: %v\n", other, names.Compare(cv, other))
	}
	fmt.Println(names.Compare("Sr. Javier JUÁREZ MOJICA", "Javier Juarez-Mojica"))
	fmt.Println(names.Compare("Lee Chaesub", "Lee Chae-won"))
	// Output:
	// "ZAVAZAVA, Cosmas Luckyson": same
	// "Dr Cosmas Zavazava": variant (middle name dropped)
	// "Mr C. L. Zavazava": variant (initial)
	// "Ms Hyesook ZAVAZAVA": different
	// same (hyphen or space, diacritics)
	// different
}
