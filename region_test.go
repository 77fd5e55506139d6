package itu_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/strictjson"
)

var parseRegionTests = []struct {
	name    string
	in      string
	want    itu.Region
	wantErr error
}{
	{"letter A", "A", itu.RegionA, nil},
	{"letter B", "B", itu.RegionB, nil},
	{"letter C", "C", itu.RegionC, nil},
	{"letter D", "D", itu.RegionD, nil},
	{"letter E", "E", itu.RegionE, nil},
	{"lower case letter", "e", itu.RegionE, nil},
	{"Region prefix", "Region E", itu.RegionE, nil},
	{"region prefix lower case", "region d", itu.RegionD, nil},
	{"surrounding space", " B ", itu.RegionB, nil},
	{"official name", "Asia and Australasia", itu.RegionE, nil},
	{"official name with The", "The Americas", itu.RegionA, nil},
	{"name without The", "Americas", itu.RegionA, nil},
	{"name upper case", "AFRICA", itu.RegionD, nil},
	{"eastern europe", "Eastern Europe and Northern Asia", itu.RegionC, nil},
	{"region prefix and name", "Region Western Europe", itu.RegionB, nil},
	{"region prefix and name with The", "Region The Americas", itu.RegionA, nil},
	{"The before Region", "The Region E", itu.RegionE, nil},
	{"empty", "", "", itu.ErrUnknownRegion},
	{"letter F", "F", "", itu.ErrUnknownRegion},
	{"two letters", "AB", "", itu.ErrUnknownRegion},
	{"region alone", "Region", "", itu.ErrUnknownRegion},
	{"continent not a region", "Europe", "", itu.ErrUnknownRegion},
	{"NUL byte", "A\x00", "", itu.ErrUnknownRegion},
	{"invalid UTF-8", "\xfe", "", itu.ErrUnknownRegion},
}

func TestParseRegion(t *testing.T) {
	for _, tt := range parseRegionTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := itu.ParseRegion(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseRegion(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseRegion(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestRegionNames(t *testing.T) {
	want := map[itu.Region]string{
		"A": "The Americas",
		"B": "Western Europe",
		"C": "Eastern Europe and Northern Asia",
		"D": "Africa",
		"E": "Asia and Australasia",
	}
	got := map[itu.Region]string{}
	for _, r := range itu.Regions() {
		got[r] = r.Name()
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("region names mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]itu.Region{"A", "B", "C", "D", "E"}, itu.Regions()); diff != "" {
		t.Errorf("Regions() order mismatch (-want +got):\n%s", diff)
	}
}

func TestRegionIsValid(t *testing.T) {
	tests := []struct {
		r    itu.Region
		want bool
	}{
		{"A", true}, {"E", true}, {"", false}, {"a", false}, {"F", false}, {"AA", false},
	}
	for _, tt := range tests {
		if got := tt.r.IsValid(); got != tt.want {
			t.Errorf("Region(%q).IsValid() = %v, want %v", tt.r, got, tt.want)
		}
		if !tt.want && tt.r.Name() != "" {
			t.Errorf("Region(%q).Name() = %q, want empty", tt.r, tt.r.Name())
		}
	}
}

func TestRegionRoundTrip(t *testing.T) {
	for _, r := range itu.Regions() {
		t.Run(r.String(), func(t *testing.T) {
			for _, s := range []string{r.String(), r.Name()} {
				if got, err := itu.ParseRegion(s); err != nil || got != r {
					t.Errorf("ParseRegion(%q) = %q, %v; want %q", s, got, err, r)
				}
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if want := `"` + string(r) + `"`; string(b) != want {
				t.Errorf("json.Marshal = %s, want %s", b, want)
			}
			var got itu.Region
			if err := strictjson.Decode(b, &got); err != nil || got != r {
				t.Errorf("Decode(%s) = %q, %v; want %q", b, got, err, r)
			}
		})
	}
}

func FuzzParseRegion(f *testing.F) {
	for _, tt := range parseRegionTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := itu.ParseRegion(s)
		if err != nil {
			if !errors.Is(err, itu.ErrUnknownRegion) || r != "" {
				t.Fatalf("ParseRegion(%q) = %q, %v; want \"\" and ErrUnknownRegion", s, r, err)
			}
			return
		}
		if !r.IsValid() {
			t.Fatalf("ParseRegion(%q) = invalid %q", s, r)
		}
		if q, err := itu.ParseRegion(r.String()); err != nil || q != r {
			t.Fatalf("ParseRegion(%q) = %q, %v; want %q", r.String(), q, err, r)
		}
	})
}
