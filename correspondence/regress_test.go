package correspondence_test

import (
	"errors"
	"testing"

	"github.com/plenipot/itu/correspondence"
)

// TestParsePhoneOver15Digits is the regression test for numbers of more than
// the 15 digits E.164 allows passing as valid: the numbering plan of
// libphonenumber accepts some, and FuzzParsePhone found "+4921000000000000".
func TestParsePhoneOver15Digits(t *testing.T) {
	for _, tt := range []struct {
		in      string
		wantErr bool
	}{
		{"+4921000000000000", true},
		{"+49 2100 0000 0000 00", true},
		{"+492100000000000", false},
	} {
		_, err := correspondence.ParsePhone(tt.in)
		if (err != nil) != tt.wantErr || err != nil && !errors.Is(err, correspondence.ErrBadPhone) {
			t.Errorf("ParsePhone(%q) error = %v; want error %v", tt.in, err, tt.wantErr)
		}
		if p := correspondence.Phone(tt.in); p.IsValid() == tt.wantErr || len(p.E164()) > 16 {
			t.Errorf("Phone(%q): IsValid() = %v, E164() = %q", tt.in, p.IsValid(), p.E164())
		}
	}
}
