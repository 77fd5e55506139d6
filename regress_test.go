package itu_test

import (
	"testing"

	"github.com/plenipot/itu/names"
)

// TestParseNameTitleBeforeComma is the regression test for a family name
// that reads as a title ("HE", as in His Excellency) before the comma being
// taken for the title: "HE, Jiankun" gave the family name "Jiankun", and
// FuzzParseName found "HE,," and "H E,0" printing as names that did not
// parse back.
func TestParseNameTitleBeforeComma(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want names.Person
	}{
		{"HE, Jiankun", names.Person{Family: "HE", Given: "Jiankun"}},
		{"Dr. HE, Jiankun", names.Person{Honorific: "Dr.", Family: "HE", Given: "Jiankun"}},
		{"DR, Ana", names.Person{Family: "DR", Given: "Ana"}},
		{"H E, Ana", names.Person{Family: "H E", Given: "Ana"}},
		{"H. E. Mr. LEE, Ana", names.Person{Honorific: "H. E. Mr.", Family: "LEE", Given: "Ana"}},
		{"H. E. LEE, Ana", names.Person{Honorific: "H. E.", Family: "LEE", Given: "Ana"}},
		{"His Excellency LEE, Ana", names.Person{Honorific: "His Excellency", Family: "LEE", Given: "Ana"}},
	} {
		got, err := names.Parse(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseName(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			continue
		}
		if again, err := names.Parse(got.String()); err != nil || again != tt.want {
			t.Errorf("ParseName(%q) = %+v, %v; want %+v back", got.String(), again, err, tt.want)
		}
	}
}
