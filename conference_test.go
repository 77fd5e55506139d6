package itu_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
)

var conferenceCodeTests = []struct {
	name    string
	in      string
	wantKey string
	wantErr error
}{
	{name: "canonical", in: "PP-22", wantKey: "PP-22"},
	{name: "lower case, no hyphen", in: "pp22", wantKey: "PP-22"},
	{name: "space", in: "PP 22", wantKey: "PP-22"},
	{name: "fullwidth", in: "ＰＰ－２２", wantKey: "PP-22"},
	{name: "soft hyphen", in: "P\u00adP-22", wantKey: "PP-22"},
	{name: "other series", in: "WTDC-25", wantKey: "WTDC-25"},
	{name: "symbol prefix", in: "PP14", wantKey: "PP-14"},
	{name: "empty", in: "", wantErr: itu.ErrBadConferenceCode},
	{name: "no letter or digit", in: "--", wantErr: itu.ErrBadConferenceCode},
	{name: "invalid UTF-8", in: "PP\xff22", wantErr: itu.ErrBadConferenceCode},
}

func TestParseConferenceCode(t *testing.T) {
	for _, tt := range conferenceCodeTests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := itu.ParseConferenceCode(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseConferenceCode(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if err != nil {
				return
			}
			got := []string{c.String(), c.Key()}
			if diff := cmp.Diff([]string{tt.in, tt.wantKey}, got); diff != "" {
				t.Errorf("ParseConferenceCode(%q) (String, Key) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if !c.IsValid() || c.Same("PP-22") != (tt.wantKey == "PP-22") {
				t.Errorf("%q: IsValid %v, Same(PP-22) %v", c, c.IsValid(), c.Same("PP-22"))
			}
		})
	}
}

// TestConferenceCodeText checks that text and JSON keep the code as written,
// whatever it is: validation, not decoding, says whether it is a code.
func TestConferenceCodeText(t *testing.T) {
	for _, tt := range conferenceCodeTests {
		t.Run(tt.name, func(t *testing.T) {
			var c itu.ConferenceCode
			if err := c.UnmarshalText([]byte(tt.in)); err != nil {
				t.Fatalf("UnmarshalText(%q): %v", tt.in, err)
			}
			b, err := c.MarshalText()
			if err != nil || string(b) != tt.in {
				t.Errorf("MarshalText() = %q, %v; want %q", b, err, tt.in)
			}
			if c.IsValid() != (tt.wantErr == nil) {
				t.Errorf("%q.IsValid() = %v, want %v", c, c.IsValid(), tt.wantErr == nil)
			}
		})
	}
	var v struct {
		C itu.ConferenceCode `json:"c"`
	}
	in := `{"c":"pp 22"}`
	if err := json.Unmarshal([]byte(in), &v); err != nil {
		t.Fatal(err)
	}
	if out, err := json.Marshal(v); err != nil || string(out) != in {
		t.Errorf("JSON round trip = %s, %v; want %s", out, err, in)
	}
}

func TestConferenceCodeSame(t *testing.T) {
	tests := []struct {
		name string
		a, b itu.ConferenceCode
		want bool
	}{
		{"written alike", "PP-22", "PP-22", true},
		{"written apart", "PP-22", "pp22", true},
		{"other conference", "PP-22", "PP-18", false},
		{"no key is no match", "--", "--", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Same(tt.b); got != tt.want {
				t.Errorf("%q.Same(%q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func FuzzParseConferenceCode(f *testing.F) {
	for _, tt := range conferenceCodeTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := itu.ParseConferenceCode(s)
		if err != nil {
			return
		}
		if c.String() != s {
			t.Fatalf("ParseConferenceCode(%q) = %q; want the text as written", s, c)
		}
		k := c.Key()
		if k2 := itu.ConferenceCode(k).Key(); k2 != k {
			t.Fatalf("Key(%q) = %q, but Key(%q) = %q; want a fixed point", s, k, k, k2)
		}
		if !c.Same(itu.ConferenceCode(k)) {
			t.Fatalf("%q is not Same as its key %q", s, k)
		}
	})
}

func ExampleParseConferenceCode() {
	c, err := itu.ParseConferenceCode("pp 22")
	fmt.Println(c, c.Key(), err)
	fmt.Println(c.Same("PP-22"), c.Same("PP-18"))
	_, err = itu.ParseConferenceCode("--")
	fmt.Println(errors.Is(err, itu.ErrBadConferenceCode))
	// Output:
	// pp 22 PP-22 <nil>
	// true false
	// true
}
