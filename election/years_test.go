package election_test

import (
	"errors"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/election"
)

var yearsTests = []struct {
	name    string
	in      string
	want    election.Years
	wantErr bool
}{
	{"span", "2023-2026", election.Years{First: 2023, Last: 2026}, false},
	{"en dash with spaces", "2015 – 2018", election.Years{First: 2015, Last: 2018}, false},
	{"en dash", "2019–2022", election.Years{First: 2019, Last: 2022}, false},
	{"one year", "2023", election.Years{First: 2023, Last: 2023}, false},
	{"same year twice", "2023-2023", election.Years{First: 2023, Last: 2023}, false},
	{"empty", "", election.Years{}, true},
	{"two digits", "23-26", election.Years{}, true},
	{"reversed", "2026-2023", election.Years{}, true},
	{"letters", "abcd-efgh", election.Years{}, true},
	{"open end", "2023-", election.Years{}, true},
	{"year zero", "0000-0001", election.Years{}, true},
	{"present", "2015 – Present", election.Years{}, true},
}

func TestParseYears(t *testing.T) {
	for _, tt := range yearsTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := election.ParseYears(tt.in)
			if tt.wantErr {
				if !errors.Is(err, election.ErrBadYears) {
					t.Fatalf("ParseYears(%q) error = %v; want ErrBadYears", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseYears(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseYears(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestYearsRoundTrip(t *testing.T) {
	for _, tt := range yearsTests {
		if tt.wantErr {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			if got := election.MustParseYears(tt.want.String()); got != tt.want {
				t.Errorf("ParseYears(String()) = %v; want %v", got, tt.want)
			}
			b, err := tt.want.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var got election.Years
			if err := got.UnmarshalText(b); err != nil || got != tt.want {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, tt.want)
			}
		})
	}
}

func TestYearsMethods(t *testing.T) {
	y := election.Years{First: 2023, Last: 2026}
	if y.Len() != 4 || !y.Contains(2026) || y.Contains(2027) || y.IsZero() {
		t.Errorf("Years 2023-2026: Len %d, Contains(2026) %v, Contains(2027) %v, IsZero %v", y.Len(), y.Contains(2026), y.Contains(2027), y.IsZero())
	}
	bad := election.Years{First: 2026, Last: 2023}
	if _, err := bad.MarshalText(); !errors.Is(err, election.ErrBadYears) {
		t.Errorf("MarshalText of a reversed span: error = %v; want ErrBadYears", err)
	}
	if bad.Len() != 0 {
		t.Errorf("Len of a reversed span = %d; want 0", bad.Len())
	}
	var z election.Years
	if err := z.UnmarshalText(nil); err != nil || !z.IsZero() {
		t.Errorf("UnmarshalText(\"\") = %v, %v; want the zero Years", z, err)
	}
}

func FuzzParseYears(f *testing.F) {
	for _, tt := range yearsTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, err := election.ParseYears(s)
		if err != nil {
			return
		}
		if !y.IsValid() {
			t.Fatalf("ParseYears(%q) = %v, which is not valid", s, y)
		}
		if again := election.MustParseYears(y.String()); again != y {
			t.Fatalf("ParseYears(%q) = %v, but its String %q parses to %v", s, y, y.String(), again)
		}
	})
}

func TestEnums(t *testing.T) {
	for _, m := range []election.Method{election.Majority, election.Plurality} {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got election.Method
		if err := got.UnmarshalText(b); err != nil || got != m {
			t.Errorf("Method %v round trip = %v, %v", m, got, err)
		}
	}
	for _, tb := range []election.TieBreak{election.TieOpen, election.TieLots} {
		got, err := election.ParseTieBreak(tb.String())
		if err != nil || got != tb {
			t.Errorf("TieBreak %v round trip = %v, %v", tb, got, err)
		}
	}
	for _, r := range []election.Reason{election.Eligible, election.TermLimit, election.PostNotElected, election.UnknownPost} {
		got, err := election.ParseReason(r.String())
		if err != nil || got != r {
			t.Errorf("Reason %v round trip = %v, %v", r, got, err)
		}
	}
	if _, err := election.ParseMethod("ranked"); !errors.Is(err, election.ErrUnknownProcedure) {
		t.Errorf("ParseMethod(\"ranked\") error = %v; want ErrUnknownProcedure", err)
	}
	if _, err := election.ParseReason("tired"); !errors.Is(err, election.ErrUnknownReason) {
		t.Errorf("ParseReason(\"tired\") error = %v; want ErrUnknownReason", err)
	}
	if _, err := election.Method(9).MarshalText(); !errors.Is(err, election.ErrUnknownProcedure) {
		t.Errorf("Method(9).MarshalText() error = %v; want ErrUnknownProcedure", err)
	}
	if election.Method(0).IsValid() || election.TieBreak(3).IsValid() {
		t.Errorf("zero Method or TieBreak(3) reported valid")
	}
}

// FuzzParseEnums checks that ParseMethod, ParseTieBreak and ParseReason accept
// only their codes and that what they accept prints back to the same code.
func FuzzParseEnums(f *testing.F) {
	for _, s := range []string{"majority", "plurality", "open", "lots", "eligible", "term_limit", "post_not_elected", "unknown_post", "", "Majority"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if m, err := election.ParseMethod(s); err == nil && m.String() != s {
			t.Fatalf("ParseMethod(%q) = %v", s, m)
		}
		if tb, err := election.ParseTieBreak(s); err == nil && tb.String() != s {
			t.Fatalf("ParseTieBreak(%q) = %v", s, tb)
		}
		if r, err := election.ParseReason(s); err == nil && r.String() != s {
			t.Fatalf("ParseReason(%q) = %v", s, r)
		}
	})
}

// TestYearsPattern checks that the JSON Schema pattern accepts what ParseYears
// accepts in the table and rejects what it rejects for its shape.
func TestYearsPattern(t *testing.T) {
	re := regexp.MustCompile(election.Years{}.JSONSchemaPattern())
	for _, tt := range yearsTests {
		if !tt.wantErr && !re.MatchString(tt.in) {
			t.Errorf("pattern rejects %q, which ParseYears accepts", tt.in)
		}
	}
	for _, s := range []string{"", "23-26", "abcd-efgh", "2023-", "junk string", "2015 – Present"} {
		if re.MatchString(s) {
			t.Errorf("pattern accepts %q, which ParseYears rejects", s)
		}
	}
}
