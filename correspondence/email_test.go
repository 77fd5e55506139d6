package correspondence_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/plenipot/itu/correspondence"
)

var emailTests = []struct {
	name       string
	in         string
	wantDomain string
	wantErr    bool
}{
	{name: "seed", in: "geneva.korea@mofa.go.kr", wantDomain: "mofa.go.kr"},
	{name: "plus and hyphen", in: "pp-22+elections@itu.int", wantDomain: "itu.int"},
	{name: "empty", in: "", wantErr: true},
	{name: "no at", in: "geneva.korea.mofa.go.kr", wantErr: true},
	{name: "written-out at", in: "geneva.korea(at)mofa.go.kr", wantErr: true},
	{name: "display name", in: "Korea Mission <geneva.korea@mofa.go.kr>", wantErr: true},
	{name: "angle brackets", in: "<geneva.korea@mofa.go.kr>", wantErr: true},
	{name: "comment", in: "geneva.korea@mofa.go.kr (mission)", wantErr: true},
	{name: "two addresses", in: "a@itu.int, b@itu.int", wantErr: true},
	{name: "domain without dot", in: "secretariat@localhost", wantErr: true},
	{name: "address literal", in: "secretariat@[192.0.2.1]", wantErr: true},
	{name: "space inside", in: "geneva korea@mofa.go.kr", wantErr: true},
	{name: "leading space", in: " geneva.korea@mofa.go.kr", wantErr: true},
	{name: "local part too long", in: strings.Repeat("a", 65) + "@itu.int", wantErr: true},
	{name: "too long", in: "a@" + strings.Repeat("b", 250) + ".int", wantErr: true},
}

func TestParseEmail(t *testing.T) {
	for _, tt := range emailTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := correspondence.ParseEmail(tt.in)
			if tt.wantErr {
				if !errors.Is(err, correspondence.ErrBadEmail) {
					t.Fatalf("ParseEmail(%q) error = %v; want ErrBadEmail", tt.in, err)
				}
				if correspondence.Email(tt.in).IsValid() {
					t.Errorf("Email(%q).IsValid() = true; want false", tt.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseEmail(%q): %v", tt.in, err)
			}
			if got.String() != tt.in {
				t.Errorf("String() = %q; want %q as written", got.String(), tt.in)
			}
			if got.Domain() != tt.wantDomain {
				t.Errorf("Domain() = %q; want %q", got.Domain(), tt.wantDomain)
			}
		})
	}
}

func TestEmailText(t *testing.T) {
	for _, tt := range emailTests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := correspondence.Email(tt.in).MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var e correspondence.Email
			if err := e.UnmarshalText(b); err != nil {
				t.Fatal(err)
			}
			if string(e) != tt.in {
				t.Errorf("UnmarshalText(MarshalText(%q)) = %q", tt.in, e)
			}
		})
	}
}

func TestMustParseEmailPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseEmail(\"x\") did not panic")
		}
	}()
	correspondence.MustParseEmail("x")
}

func FuzzParseEmail(f *testing.F) {
	for _, tt := range emailTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := correspondence.ParseEmail(s)
		if err != nil {
			if !errors.Is(err, correspondence.ErrBadEmail) {
				t.Fatalf("ParseEmail(%q) error %v does not wrap ErrBadEmail", s, err)
			}
			return
		}
		if string(e) != s || !strings.Contains(e.Domain(), ".") {
			t.Fatalf("ParseEmail(%q) = %q, domain %q; want the input unchanged with a dotted domain", s, e, e.Domain())
		}
	})
}
