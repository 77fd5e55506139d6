package phoneplan_test

import (
	"errors"
	"flag"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nyaruka/phonenumbers"

	"github.com/plenipot/itu/internal/phoneplan"
	"github.com/plenipot/itu/internal/phoneplan/plantest"
)

var all = flag.Bool("all", false, "check every perturbation of every example number, not a sample")

// sample: the differential tests check every sample-th example number (see
// race_test.go).
var sample = 1

// verdict is everything numberingPlan in package correspondence asks of a
// number.
type verdict struct {
	Err      string // "", "country code", "not a number", "too short", "too long"
	CC       int
	National string
	Main     string
	Possible string
	Valid    bool
	Region   string
	E164     string
}

func ours(s, region string) verdict {
	n, err := phoneplan.Parse(s, region)
	switch {
	case errors.Is(err, phoneplan.ErrInvalidCountryCode):
		return verdict{Err: "country code"}
	case errors.Is(err, phoneplan.ErrNotANumber):
		return verdict{Err: "not a number"}
	case errors.Is(err, phoneplan.ErrTooShort):
		return verdict{Err: "too short"}
	case errors.Is(err, phoneplan.ErrTooLong):
		return verdict{Err: "too long"}
	case err != nil:
		return verdict{Err: err.Error()}
	}
	v := verdict{CC: n.CountryCode, National: n.National, Main: phoneplan.MainRegion(n.CountryCode), Possible: ourReasons[n.Possible()]}
	if v.Possible == "possible" {
		v.Valid, v.Region, v.E164 = n.Valid(), n.Region(), n.E164()
	}
	return v
}

var ourReasons = map[phoneplan.Reason]string{
	phoneplan.IsPossible:          "possible",
	phoneplan.IsPossibleLocalOnly: "local only",
	phoneplan.InvalidCountryCode:  "country code",
	phoneplan.TooShort:            "too short",
	phoneplan.InvalidLength:       "invalid length",
	phoneplan.TooLong:             "too long",
}

var theirReasons = map[phonenumbers.ValidationResult]string{
	phonenumbers.IS_POSSIBLE:            "possible",
	phonenumbers.IS_POSSIBLE_LOCAL_ONLY: "local only",
	phonenumbers.INVALID_COUNTRY_CODE:   "country code",
	phonenumbers.TOO_SHORT:              "too short",
	phonenumbers.INVALID_LENGTH:         "invalid length",
	phonenumbers.TOO_LONG:               "too long",
}

// theirs asks libphonenumber; a panic is reported as such.
func theirs(s, region string) (v verdict) {
	defer func() {
		if r := recover(); r != nil {
			v = verdict{Err: "panic"}
		}
	}()
	n, err := phonenumbers.Parse(s, region)
	switch err {
	case nil:
	case phonenumbers.ErrInvalidCountryCode:
		return verdict{Err: "country code"}
	case phonenumbers.ErrNotANumber:
		return verdict{Err: "not a number"}
	case phonenumbers.ErrTooShortAfterIDD, phonenumbers.ErrTooShortNSN:
		return verdict{Err: "too short"}
	case phonenumbers.ErrNumTooLong:
		return verdict{Err: "too long"}
	default:
		return verdict{Err: err.Error()}
	}
	cc := int(n.GetCountryCode())
	v = verdict{CC: cc, National: phonenumbers.GetNationalSignificantNumber(n), Main: phonenumbers.GetRegionCodeForCountryCode(cc),
		Possible: theirReasons[phonenumbers.IsPossibleNumberWithReason(n)]}
	if v.Possible == "possible" {
		v.Valid, v.Region, v.E164 = phonenumbers.IsValidNumber(n), phonenumbers.GetRegionCodeForNumber(n), phonenumbers.Format(n, phonenumbers.E164)
	}
	return v
}

// agree fails t when phoneplan and libphonenumber read c differently.
func agree(t *testing.T, c plantest.Case) bool {
	t.Helper()
	want, got := theirs(c.Number, c.Region), ours(c.Number, c.Region)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse(%q, %q) differs from libphonenumber (-want +got):\n%s", c.Number, c.Region, diff)
		return false
	}
	return true
}

func TestExamplesAgree(t *testing.T) {
	for i, c := range plantest.Examples() {
		if i%sample == 0 {
			agree(t, c)
		}
	}
}

func TestPerturbationsAgree(t *testing.T) {
	n := 1 // -all: every one, some 3 million numbers
	if *all {
		n = -1
	}
	fails := 0
	for i, c := range plantest.Examples() {
		if i%sample != 0 && !*all {
			continue
		}
		for _, p := range plantest.Perturb(c, n, uint64(i)) {
			if !agree(t, p) {
				fails++
			}
			if fails > 20 {
				t.Fatal("too many differences")
			}
		}
	}
}

// TestEveryRegionCompiles reads a number in every region, compiling its
// patterns.
func TestEveryRegionCompiles(t *testing.T) {
	for _, r := range append(plantest.Regions(), "ZZ") {
		agree(t, plantest.Case{Number: "1234567", Region: r})
	}
}

var parseTests = []struct {
	name   string
	in     string
	region string
	want   phoneplan.Number
	err    error
}{
	{name: "Geneva", in: "+41227480000", want: phoneplan.Number{CountryCode: 41, National: "227480000"}},
	{name: "Geneva national", in: "0227480000", region: "CH", want: phoneplan.Number{CountryCode: 41, National: "227480000"}},
	{name: "trunk prefix after +", in: "+410227480000", want: phoneplan.Number{CountryCode: 41, National: "227480000"}},
	{name: "US international prefix", in: "01141227480000", region: "US", want: phoneplan.Number{CountryCode: 41, National: "227480000"}},
	{name: "Italian leading zero", in: "+390612345678", want: phoneplan.Number{CountryCode: 39, National: "0612345678"}},
	{name: "unknown code", in: "+9991234567", err: phoneplan.ErrInvalidCountryCode},
	{name: "unknown region", in: "0227480000", region: "XX", err: phoneplan.ErrInvalidCountryCode},
	{name: "two digits after +", in: "+41", err: phoneplan.ErrNotANumber},
	{name: "letters", in: "+41FAX", err: phoneplan.ErrNotANumber},
	{name: "nothing after the code", in: "+411", err: phoneplan.ErrTooShort},
	{name: "too long", in: "+41" + strings.Repeat("2", 18), err: phoneplan.ErrTooLong},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := phoneplan.Parse(tt.in, tt.region)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Parse(%q, %q) error = %v; want %v", tt.in, tt.region, err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q, %q) mismatch (-want +got):\n%s", tt.in, tt.region, diff)
			}
			agree(t, plantest.Case{Number: tt.in, Region: tt.region})
		})
	}
}

// FuzzParse checks phoneplan against libphonenumber on "+" and digits or
// digits alone, read in any region.
func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in, tt.region)
	}
	for i, c := range plantest.Examples() {
		if i%97 == 0 {
			f.Add(c.Number, c.Region)
		}
	}
	f.Fuzz(func(t *testing.T, s, region string) {
		if strings.Trim(strings.TrimPrefix(s, "+"), "0123456789") != "" {
			// Not "+" and digits nor digits alone: outside Parse's domain.
			if _, err := phoneplan.Parse(s, region); !errors.Is(err, phoneplan.ErrNotANumber) {
				t.Fatalf("Parse(%q, %q) error = %v; want ErrNotANumber", s, region, err)
			}
			return
		}
		agree(t, plantest.Case{Number: s, Region: region})
	})
}
