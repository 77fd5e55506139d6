package correspondence_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/plenipot/itu/correspondence"
)

var phoneTests = []struct {
	name       string
	in         string
	region     string // the country a national number is read in; "" for none
	wantE164   string
	wantRegion string
	wantErr    bool
}{
	{name: "seed telephone with trunk prefix", in: "+41(0)22 748 0000", wantE164: "+41227480000", wantRegion: "CH"},
	{name: "seed fax", in: "+41(0)22 748 0001", wantE164: "+41227480001", wantRegion: "CH"},
	{name: "spaced trunk prefix", in: "+41 (0)22 748 00 00", wantE164: "+41227480000", wantRegion: "CH"},
	{name: "plain international", in: "+41 22 748 0000", wantE164: "+41227480000", wantRegion: "CH"},
	{name: "already E.164", in: "+41227480000", wantE164: "+41227480000", wantRegion: "CH"},
	{name: "hyphens", in: "+82-2-2100-2114", wantE164: "+82221002114", wantRegion: "KR"},
	{name: "dots", in: "+33.1.40.46.20.00", wantE164: "+33140462000", wantRegion: "FR"},
	{name: "area code in parentheses", in: "+1 (202) 647 4000", wantE164: "+12026474000", wantRegion: "US"},
	{name: "British trunk prefix", in: "+44 (0)20 7946 0000", wantE164: "+442079460000", wantRegion: "GB"},
	{name: "empty", in: "", wantErr: true},
	{name: "national form, no country code", in: "022 748 0000", wantErr: true},
	{name: "international prefix 00", in: "0041 22 748 0000", wantE164: "+41227480000", wantRegion: "CH"},
	{name: "too short", in: "+41 22 748", wantErr: true},
	{name: "too long", in: "+41 22 748 0000 0000", wantErr: true},
	{name: "unknown country code", in: "+999 123 4567", wantErr: true},
	{name: "letters", in: "+41 22 748 FAX0", wantErr: true},
	{name: "extension", in: "+41 22 748 0000 ext. 12", wantE164: "+41227480000", wantRegion: "CH"},
	// Letterhead forms (issue 14), ITU-T E.123 national and international notation.
	{name: "Geneva national", in: "022 749 41 11", region: "CH", wantE164: "+41227494111", wantRegion: "CH"},
	{name: "Geneva national, area code in parentheses", in: "(022) 749 41 11", region: "CH", wantE164: "+41227494111", wantRegion: "CH"},
	{name: "Swiss 058 national", in: "058 482 24 24", region: "CH", wantE164: "+41584822424", wantRegion: "CH"},
	{name: "00 prefix, Swiss grouping", in: "0041 22 749 41 11", wantE164: "+41227494111", wantRegion: "CH"},
	{name: "00 prefix read in a country too", in: "0041 22 749 41 11", region: "CH", wantE164: "+41227494111", wantRegion: "CH"},
	{name: "plus and area code in parentheses", in: "(+41 22) 918 08 00", wantE164: "+41229180800", wantRegion: "CH"},
	{name: "range", in: "+41 22 918 08 00/01", wantE164: "+41229180800", wantRegion: "CH"},
	{name: "range of two digits on a national number", in: "022 918 08 00/09", region: "CH", wantE164: "+41229180800", wantRegion: "CH"},
	{name: "seed trunk prefix, no space", in: "+41(0)22 748 0000", region: "CH", wantE164: "+41227480000", wantRegion: "CH"},
	{name: "Swiss mission trunk prefix", in: "+41 (0)58 482 24 24", wantE164: "+41584822424", wantRegion: "CH"},
	{name: "ITU switchboard hyphens", in: "+41-22-730 51 11", wantE164: "+41227305111", wantRegion: "CH"},
	{name: "extension x", in: "+41 22 730 51 11 x123", wantE164: "+41227305111", wantRegion: "CH"},
	{name: "extension without period", in: "022 730 51 11 ext 4", region: "CH", wantE164: "+41227305111", wantRegion: "CH"},
	{name: "extension after a comma", in: "+41 22 730 51 11, Ext. 5137", wantE164: "+41227305111", wantRegion: "CH"},
	{name: "French extension", in: "+41 22 730 51 11 poste 12", wantE164: "+41227305111", wantRegion: "CH"},
	{name: "range and extension", in: "+41 22 918 08 00/01 ext. 9", wantE164: "+41229180800", wantRegion: "CH"},
	{name: "New York national", in: "(212) 737 4790", region: "US", wantE164: "+12127374790", wantRegion: "US"},
	{name: "international number read in another country", in: "+82-2-2100-2114", region: "CH", wantE164: "+82221002114", wantRegion: "KR"},
	// Nonsense stays malformed.
	{name: "national without a country", in: "022 749 41 11", wantErr: true},
	{name: "national outside the plan", in: "022 749", region: "CH", wantErr: true},
	{name: "national number of another country", in: "(212) 737 4790", region: "CH", wantErr: true},
	{name: "national with a trunk prefix in parentheses", in: "(0)22 749 41 11", region: "CH", wantErr: true},
	{name: "range counting down", in: "+41 22 918 08 01/00", wantErr: true},
	{name: "range equal", in: "+41 22 918 08 01/01", wantErr: true},
	{name: "range longer than the last group", in: "+41 22 918 08 0/01", wantErr: true},
	{name: "range of letters", in: "+41 22 918 08 00/ab", wantErr: true},
	{name: "empty range", in: "+41 22 918 08 00/", wantErr: true},
	{name: "extension too long", in: "+41 22 730 51 11 ext. 1234567", wantErr: true},
	{name: "extension alone", in: "ext. 123", region: "CH", wantErr: true},
	{name: "label", in: "Tel: +41 22 730 51 11", wantErr: true},
	{name: "words", in: "call the mission", region: "CH", wantErr: true},
	{name: "00 and nothing", in: "00", wantErr: true},
	{name: "plus in parentheses, unpaired", in: "(+41 22 918 08 00", wantErr: true},
	{name: "tel URI", in: "tel:+41227480000", wantErr: true},
	{name: "two numbers", in: "+41 22 748 0000 / 0001", wantErr: true},
	{name: "second plus", in: "+41 +22 748 0000", wantErr: true},
	{name: "unpaired parenthesis", in: "+41 (0 22 748 0000", wantErr: true},
	{name: "nested parentheses", in: "+41 ((0))22 748 0000", wantErr: true},
	{name: "leading space", in: " +41 22 748 0000", wantErr: true},
	{name: "over the length bound", in: "+41 " + strings.Repeat("2", 40), wantErr: true},
	{name: "just a plus", in: "+", wantErr: true},
}

func TestParsePhone(t *testing.T) {
	for _, tt := range phoneTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := correspondence.ParsePhoneIn(tt.in, tt.region)
			p := correspondence.Phone(tt.in)
			if tt.wantErr {
				if !errors.Is(err, correspondence.ErrBadPhone) {
					t.Fatalf("ParsePhoneIn(%q, %q) error = %v; want ErrBadPhone", tt.in, tt.region, err)
				}
				if p.IsValidIn(tt.region) || p.E164In(tt.region) != "" || p.IsValid() || p.E164() != "" || p.Region() != "" {
					t.Errorf("Phone(%q): IsValidIn %v, E164In %q, IsValid %v, E164 %q, Region %q; want false, \"\", false, \"\", \"\"", tt.in, p.IsValidIn(tt.region), p.E164In(tt.region), p.IsValid(), p.E164(), p.Region())
				}
				return
			}
			if err != nil {
				t.Fatalf("ParsePhoneIn(%q, %q): %v", tt.in, tt.region, err)
			}
			if got.String() != tt.in {
				t.Errorf("String() = %q; want %q as written", got.String(), tt.in)
			}
			if got.E164In(tt.region) != tt.wantE164 || !got.IsValidIn(tt.region) {
				t.Errorf("E164In(%q) = %q, IsValidIn %v; want %q, true", tt.region, got.E164In(tt.region), got.IsValidIn(tt.region), tt.wantE164)
			}
			if _, err := correspondence.ParsePhone(tt.in); (err == nil) != (got.Region() == tt.wantRegion) {
				t.Errorf("ParsePhone error %v, Region() = %q; want region %q exactly when the number is international", err, got.Region(), tt.wantRegion)
			}
		})
	}
}

func TestPhoneText(t *testing.T) {
	for _, tt := range phoneTests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := correspondence.Phone(tt.in).MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var p correspondence.Phone
			if err := p.UnmarshalText(b); err != nil {
				t.Fatal(err)
			}
			if string(p) != tt.in {
				t.Errorf("UnmarshalText(MarshalText(%q)) = %q", tt.in, p)
			}
		})
	}
}

func TestMustParsePhonePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParsePhone(\"022 748 0000\") did not panic")
		}
	}()
	correspondence.MustParsePhone("022 748 0000")
}

func FuzzParsePhone(f *testing.F) {
	for _, tt := range phoneTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := correspondence.ParsePhone(s)
		if err != nil {
			if !errors.Is(err, correspondence.ErrBadPhone) {
				t.Fatalf("ParsePhone(%q) error %v does not wrap ErrBadPhone", s, err)
			}
			return
		}
		if string(p) != s {
			t.Fatalf("ParsePhone(%q) = %q; want the input unchanged", s, p)
		}
		e := p.E164()
		if len(e) < 2 || e[0] != '+' || strings.Trim(e[1:], "0123456789") != "" || len(e) > 16 {
			t.Fatalf("Phone(%q).E164() = %q; want + and at most 15 digits", s, e)
		}
		if again := correspondence.Phone(e); again.E164() != e {
			t.Fatalf("E.164 form %q of %q does not parse back to itself (%q)", e, s, again.E164())
		}
	})
}

// FuzzParsePhoneIn checks the national forms: a number accepted in a country
// is held as written, dials as E.164 in that country's plan or its own, and
// an international number reads the same whatever country it is read in.
func FuzzParsePhoneIn(f *testing.F) {
	for _, tt := range phoneTests {
		f.Add(tt.in, tt.region)
	}
	f.Fuzz(func(t *testing.T, s, region string) {
		p, err := correspondence.ParsePhoneIn(s, region)
		if err != nil {
			if !errors.Is(err, correspondence.ErrBadPhone) {
				t.Fatalf("ParsePhoneIn(%q, %q) error %v does not wrap ErrBadPhone", s, region, err)
			}
			if p != "" {
				t.Fatalf("ParsePhoneIn(%q, %q) = %q with an error; want \"\"", s, region, p)
			}
			return
		}
		if string(p) != s {
			t.Fatalf("ParsePhoneIn(%q, %q) = %q; want the input unchanged", s, region, p)
		}
		e := p.E164In(region)
		if len(e) < 2 || e[0] != '+' || strings.Trim(e[1:], "0123456789") != "" || len(e) > 16 {
			t.Fatalf("Phone(%q).E164In(%q) = %q; want + and at most 15 digits", s, region, e)
		}
		if again := correspondence.Phone(e); again.E164() != e {
			t.Fatalf("E.164 form %q of %q does not parse back to itself (%q)", e, s, again.E164())
		}
		if p.IsValid() && p.E164() != e {
			t.Fatalf("Phone(%q): E164() = %q but E164In(%q) = %q; an international number reads alike everywhere", s, p.E164(), region, e)
		}
	})
}
