package phoneplan_test

import (
	"fmt"

	"github.com/plenipot/itu/internal/phoneplan"
)

func ExampleParse() {
	for _, in := range []struct{ s, region string }{
		{"+41227480000", ""},
		{"0227494111", "CH"},
		{"01182221002114", "US"},
		{"+41227", ""},
	} {
		n, err := phoneplan.Parse(in.s, in.region)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(n.E164(), n.Region(), n.Valid(), n.Possible() == phoneplan.IsPossible)
	}
	// Output:
	// +41227480000 CH true true
	// +41227494111 CH true true
	// +82221002114 KR true true
	// +41227 CH false false
}
