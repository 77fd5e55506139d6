package cv_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/cv"
)

var parseLevelTests = []struct {
	name    string
	in      string
	want    cv.Level
	wantErr error
}{
	{"bachelor", "bachelor", cv.Bachelor, nil},
	{"master", "master", cv.Master, nil},
	{"doctorate", "doctorate", cv.Doctorate, nil},
	{"other", "other", cv.OtherDegree, nil},
	{"upper case", "Doctorate", cv.Doctorate, nil},
	{"surrounding space", " master ", cv.Master, nil},
	{"empty", "", 0, cv.ErrUnknownLevel},
	{"degree, not a level", "PhD", 0, cv.ErrUnknownLevel},
	{"possessive", "master's", 0, cv.ErrUnknownLevel},
	{"NUL byte", "mas\x00ter", 0, cv.ErrUnknownLevel},
}

func TestParseLevel(t *testing.T) {
	for _, tt := range parseLevelTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cv.ParseLevel(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseLevel(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseLevel(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestLevelRoundTrip(t *testing.T) {
	for _, l := range cv.Levels() {
		if !l.IsValid() {
			t.Errorf("%v is not valid", l)
		}
		if got, err := cv.ParseLevel(l.String()); err != nil || got != l {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v", l.String(), got, err, l)
		}
		b, err := l.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", l, err)
		}
		var back cv.Level
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, l)
		}
	}
	var zero cv.Level
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText() = %q, %v; want empty", b, err)
	}
	if err := zero.UnmarshalText(nil); err != nil || zero != 0 {
		t.Errorf("UnmarshalText(\"\") = %v, %v; want zero", zero, err)
	}
	if err := zero.UnmarshalText([]byte("Doctorate")); !errors.Is(err, cv.ErrUnknownLevel) {
		t.Errorf("UnmarshalText(\"Doctorate\") error = %v, want ErrUnknownLevel (exact codes only on the wire)", err)
	}
	if _, err := cv.Level(9).MarshalText(); !errors.Is(err, cv.ErrUnknownLevel) {
		t.Errorf("Level(9).MarshalText() error = %v, want ErrUnknownLevel", err)
	}
	if got := cv.Level(9).String(); got != "Level(9)" {
		t.Errorf("Level(9).String() = %q", got)
	}
}

func TestLevelOfDegree(t *testing.T) {
	tests := []struct {
		degree string
		want   cv.Level
	}{
		{"PhD", cv.Doctorate}, {"Ph.D.", cv.Doctorate}, {"Dr.-Ing.", cv.Doctorate},
		{"Doctor of Philosophy", cv.Doctorate}, {"DPhil", cv.Doctorate},
		{"MA", cv.Master}, {"M.Sc.", cv.Master}, {"MBA", cv.Master}, {"Master of Science", cv.Master}, {"Master's", cv.Master},
		{"BA", cv.Bachelor}, {"B.Eng", cv.Bachelor}, {"Bachelor of Arts", cv.Bachelor},
		{"Candidate of Sciences", cv.Doctorate}, {"Specialist degree", cv.Master}, {"Maestría", cv.Master},
		{"博士", cv.Doctorate}, {"硕士", cv.Master}, {"الماجستير", cv.Master}, {"بكالوريوس", cv.Bachelor},
		{"Diploma", 0}, {"", 0}, {"Certificate in Management", 0},
		{"Ingeniero", 0}, {"Baccalauréat", 0}, // a level that depends on the country: not guessed
	}
	for _, tt := range tests {
		if got := cv.LevelOfDegree(tt.degree); got != tt.want {
			t.Errorf("LevelOfDegree(%q) = %v, want %v", tt.degree, got, tt.want)
		}
	}
}

func FuzzParseLevel(f *testing.F) {
	for _, tt := range parseLevelTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := cv.ParseLevel(s)
		if err != nil {
			if !errors.Is(err, cv.ErrUnknownLevel) {
				t.Fatalf("ParseLevel(%q) error %v does not wrap ErrUnknownLevel", s, err)
			}
			return
		}
		if !l.IsValid() {
			t.Fatalf("ParseLevel(%q) = %v, not valid", s, l)
		}
		if back, err := cv.ParseLevel(l.String()); err != nil || back != l {
			t.Fatalf("ParseLevel(%q) = %v, %v; want %v", l.String(), back, err, l)
		}
		_ = cv.LevelOfDegree(s)
	})
}
