package candidacy_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/plenipot/itu/candidacy"
)

var statusTests = []struct {
	in      string
	want    candidacy.Status
	wantErr error
}{
	{"announced", candidacy.Announced, nil},
	{"withdrawn", candidacy.Withdrawn, nil},
	{"elected", candidacy.Elected, nil},
	{"not_elected", candidacy.NotElected, nil},
	{"revised", candidacy.Revised, nil},
	{"Elected", 0, candidacy.ErrUnknownStatus},
	{"not elected", 0, candidacy.ErrUnknownStatus},
	{"", 0, candidacy.ErrUnknownStatus},
}

func TestParseStatus(t *testing.T) {
	for _, tt := range statusTests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := candidacy.ParseStatus(tt.in)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Fatalf("ParseStatus(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
			if err != nil {
				return
			}
			if s := got.String(); s != tt.in {
				t.Errorf("String() = %q; want %q", s, tt.in)
			}
			b, err := got.MarshalText()
			if err != nil || string(b) != tt.in {
				t.Errorf("MarshalText() = %q, %v; want %q", b, err, tt.in)
			}
			var back candidacy.Status
			if err := back.UnmarshalText(b); err != nil || back != got {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, got)
			}
		})
	}
}

func TestStatusZeroAndInvalid(t *testing.T) {
	var zero candidacy.Status
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText() = %q, %v; want empty", b, err)
	}
	s := candidacy.Announced
	if err := s.UnmarshalText(nil); err != nil || s != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v; want the zero Status", s, err)
	}
	bad := candidacy.Status(9)
	if bad.IsValid() || bad.String() != "Status(9)" {
		t.Errorf("Status(9): IsValid %v, String %q", bad.IsValid(), bad.String())
	}
	if _, err := bad.MarshalText(); !errors.Is(err, candidacy.ErrUnknownStatus) {
		t.Errorf("MarshalText(Status(9)) error = %v; want ErrUnknownStatus", err)
	}
	if err := s.UnmarshalText([]byte("won")); !errors.Is(err, candidacy.ErrUnknownStatus) {
		t.Errorf("UnmarshalText(won) error = %v; want ErrUnknownStatus", err)
	}
}

func TestMustParseStatusPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Errorf("MustParseStatus(won) did not panic")
		}
	}()
	candidacy.MustParseStatus("won")
}

func FuzzParseStatus(f *testing.F) {
	for _, tt := range statusTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := candidacy.ParseStatus(s)
		if err != nil {
			if !errors.Is(err, candidacy.ErrUnknownStatus) {
				t.Fatalf("ParseStatus(%q) error %v does not wrap ErrUnknownStatus", s, err)
			}
			return
		}
		if !v.IsValid() || v.String() != s {
			t.Fatalf("ParseStatus(%q) = %v; does not read back", s, v)
		}
	})
}

func ExampleParseStatus() {
	s, err := candidacy.ParseStatus("not_elected")
	fmt.Println(s, err)
	_, err = candidacy.ParseStatus("won")
	fmt.Println(err)
	// Output:
	// not_elected <nil>
	// candidacy: parse status "won": unknown candidacy status (want announced, withdrawn, elected, not_elected or revised)
}
