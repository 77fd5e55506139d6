// Package phoneplan holds the numbering plans of Google's libphonenumber,
// generated from the metadata that github.com/nyaruka/phonenumbers ships
// (plan.txt, written by TestPlanFile with -update), and the part of
// libphonenumber's algorithm that checks a number written as digits: parsing
// with a default region, possible lengths, validity, the region of a number
// and its E.164 form. Its tests hold it to libphonenumber itself.
//
// Importing the package costs nothing at start-up. The index of the plans,
// their calling codes and regions, is data generated from plan.txt (index.go,
// written by TestIndexFile with -update, after plan.txt); a region's plan is
// parsed the first time a number needs it, and each of its regular
// expressions compiled the first time a number is matched against it.
//
//	n, err := phoneplan.Parse("+41227480000", "")
//	// n.CountryCode 41, n.National "227480000"; n.Valid() true, n.Region() "CH"
package phoneplan

//go:generate go test -run TestPlanFile -update .
//go:generate go test -run TestIndexFile -update .
