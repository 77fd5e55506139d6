package cv_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/cv"
)

var parseRoleTests = []struct {
	name    string
	in      string
	want    cv.Role
	wantErr error
}{
	{"code chairman", "chairman", cv.Chairman, nil},
	{"code vice_chairman", "vice_chairman", cv.ViceChairman, nil},
	{"code rapporteur", "rapporteur", cv.Rapporteur, nil},
	{"code associate_rapporteur", "associate_rapporteur", cv.AssociateRapporteur, nil},
	{"code editor", "editor", cv.Editor, nil},
	{"code director", "director", cv.Director, nil},
	{"code member", "member", cv.Member, nil},
	{"code delegate", "delegate", cv.Delegate, nil},
	{"code other", "other", cv.OtherRole, nil},
	{"written Vice Chairman", "Vice Chairman", cv.ViceChairman, nil},
	{"written Vice-Chair", "Vice-Chair", cv.ViceChairman, nil},
	{"written Chairperson", "Chairperson", cv.Chairman, nil},
	{"written Chair", "Chair", cv.Chairman, nil},
	{"extra spaces", "  Vice   Chairman ", cv.ViceChairman, nil},
	{"empty", "", 0, cv.ErrUnknownRole},
	{"phrase", "Member of Korean Delegation to", 0, cv.ErrUnknownRole},
	{"unknown", "Convenor", 0, cv.ErrUnknownRole},
}

func TestParseRole(t *testing.T) {
	for _, tt := range parseRoleTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cv.ParseRole(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseRole(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseRole(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestRoleRoundTrip(t *testing.T) {
	for _, r := range cv.Roles() {
		if !r.IsValid() {
			t.Errorf("%v is not valid", r)
		}
		b, err := r.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", r, err)
		}
		if string(b) != r.String() {
			t.Errorf("MarshalText(%v) = %q, want %q", r, b, r.String())
		}
		var back cv.Role
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, r)
		}
	}
	var r cv.Role
	if err := r.UnmarshalText([]byte("Vice Chairman")); !errors.Is(err, cv.ErrUnknownRole) {
		t.Errorf("UnmarshalText of a written form: error = %v, want ErrUnknownRole (codes only on the wire)", err)
	}
	if _, err := cv.Role(42).MarshalText(); !errors.Is(err, cv.ErrUnknownRole) {
		t.Errorf("Role(42).MarshalText() error = %v, want ErrUnknownRole", err)
	}
}

func TestRoleOf(t *testing.T) {
	tests := []struct {
		written string
		want    cv.Role
	}{
		{"Director", cv.Director},
		{"Vice Chairman", cv.ViceChairman},
		{"Member of Korean Delegation to", cv.Member},
		{"Head of Delegation", cv.Delegate},
		{"Chairman of the Board", cv.Chairman},
		{"Editor for Recommendation Y.2001", cv.Editor},
		{"副主席", cv.ViceChairman}, {"مقرر مشارك", cv.AssociateRapporteur}, {"عضو", cv.Member},
		{"Convenor", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := cv.RoleOf(tt.written); got != tt.want {
			t.Errorf("RoleOf(%q) = %v, want %v", tt.written, got, tt.want)
		}
	}
}

func FuzzParseRole(f *testing.F) {
	for _, tt := range parseRoleTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := cv.ParseRole(s)
		if err != nil {
			if !errors.Is(err, cv.ErrUnknownRole) {
				t.Fatalf("ParseRole(%q) error %v does not wrap ErrUnknownRole", s, err)
			}
		} else if back, err := cv.ParseRole(r.String()); err != nil || back != r || !r.IsValid() {
			t.Fatalf("ParseRole(%q) = %v; round trip gives %v, %v", s, r, back, err)
		}
		if got := cv.RoleOf(s); got != 0 && !got.IsValid() {
			t.Fatalf("RoleOf(%q) = %v, not valid", s, got)
		}
	})
}
