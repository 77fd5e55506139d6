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
	{name: "international prefix 00", in: "0041 22 748 0000", wantErr: true},
	{name: "too short", in: "+41 22 748", wantErr: true},
	{name: "too long", in: "+41 22 748 0000 0000", wantErr: true},
	{name: "unknown country code", in: "+999 123 4567", wantErr: true},
	{name: "letters", in: "+41 22 748 FAX0", wantErr: true},
	{name: "extension", in: "+41 22 748 0000 ext. 12", wantErr: true},
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
			got, err := correspondence.ParsePhone(tt.in)
			p := correspondence.Phone(tt.in)
			if tt.wantErr {
				if !errors.Is(err, correspondence.ErrBadPhone) {
					t.Fatalf("ParsePhone(%q) error = %v; want ErrBadPhone", tt.in, err)
				}
				if p.IsValid() || p.E164() != "" || p.Region() != "" {
					t.Errorf("Phone(%q): IsValid %v, E164 %q, Region %q; want false, \"\", \"\"", tt.in, p.IsValid(), p.E164(), p.Region())
				}
				return
			}
			if err != nil {
				t.Fatalf("ParsePhone(%q): %v", tt.in, err)
			}
			if got.String() != tt.in {
				t.Errorf("String() = %q; want %q as written", got.String(), tt.in)
			}
			if got.E164() != tt.wantE164 {
				t.Errorf("E164() = %q; want %q", got.E164(), tt.wantE164)
			}
			if got.Region() != tt.wantRegion {
				t.Errorf("Region() = %q; want %q", got.Region(), tt.wantRegion)
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
