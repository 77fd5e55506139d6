package cv_test

import (
	"errors"
	"testing"

	"github.com/plenipot/itu/cv"
)

var parseEmphasisTests = []struct {
	in      string
	want    cv.Emphasis
	wantErr error
}{
	{"", cv.Plain, nil},
	{"bold", cv.Bold, nil},
	{"italic", cv.Italic, nil},
	{"bold_italic", cv.BoldItalic, nil},
	{"Bold", 0, cv.ErrUnknownEmphasis},
	{"plain", 0, cv.ErrUnknownEmphasis},
	{"underline", 0, cv.ErrUnknownEmphasis},
}

func TestParseEmphasis(t *testing.T) {
	for _, tt := range parseEmphasisTests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := cv.ParseEmphasis(tt.in)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Errorf("ParseEmphasis(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestEmphasisFlags(t *testing.T) {
	tests := []struct {
		e              cv.Emphasis
		code, marker   string
		valid          bool
		bold, isItalic bool
	}{
		{cv.Plain, "", "", true, false, false},
		{cv.Bold, "bold", "**", true, true, false},
		{cv.Italic, "italic", "*", true, false, true},
		{cv.BoldItalic, "bold_italic", "***", true, true, true},
		{4, "Emphasis(4)", "", false, false, false},
	}
	for _, tt := range tests {
		if tt.e.String() != tt.code || tt.e.Marker() != tt.marker || tt.e.IsValid() != tt.valid {
			t.Errorf("%d: String, Marker, IsValid = %q, %q, %v; want %q, %q, %v", tt.e, tt.e.String(), tt.e.Marker(), tt.e.IsValid(), tt.code, tt.marker, tt.valid)
		}
		if !tt.valid {
			if _, err := tt.e.MarshalText(); !errors.Is(err, cv.ErrUnknownEmphasis) {
				t.Errorf("%d: MarshalText error = %v, want ErrUnknownEmphasis", tt.e, err)
			}
			continue
		}
		if tt.e&cv.Bold != 0 != tt.bold || tt.e&cv.Italic != 0 != tt.isItalic {
			t.Errorf("%v: flags do not match", tt.e)
		}
		b, err := tt.e.MarshalText()
		var back cv.Emphasis
		if err != nil || back.UnmarshalText(b) != nil || back != tt.e {
			t.Errorf("%v: text round trip gives %v (%q, %v)", tt.e, back, b, err)
		}
	}
}

func FuzzParseEmphasis(f *testing.F) {
	for _, tt := range parseEmphasisTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := cv.ParseEmphasis(s)
		if err != nil {
			if !errors.Is(err, cv.ErrUnknownEmphasis) {
				t.Fatalf("ParseEmphasis(%q) error %v does not wrap ErrUnknownEmphasis", s, err)
			}
			return
		}
		if !e.IsValid() || e.String() != s {
			t.Fatalf("ParseEmphasis(%q) = %v, which does not print back", s, e)
		}
	})
}
