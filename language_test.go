package itu_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
)

var parseLanguageTests = []struct {
	name    string
	in      string
	want    itu.Language
	wantErr error
}{
	{"code ar", "ar", itu.Arabic, nil},
	{"code zh", "zh", itu.Chinese, nil},
	{"code en", "en", itu.English, nil},
	{"code fr", "fr", itu.French, nil},
	{"code ru", "ru", itu.Russian, nil},
	{"code es", "es", itu.Spanish, nil},
	{"upper case code", "EN", itu.English, nil},
	{"name", "English", itu.English, nil},
	{"name lower case", "spanish", itu.Spanish, nil},
	{"suffix E", "E", itu.English, nil},
	{"suffix S is Spanish", "S", itu.Spanish, nil},
	{"suffix C is Chinese", "C", itu.Chinese, nil},
	{"suffix R", "R", itu.Russian, nil},
	{"suffix A", "A", itu.Arabic, nil},
	{"suffix F", "F", itu.French, nil},
	{"surrounding space", " fr ", itu.French, nil},
	{"empty", "", 0, itu.ErrUnknownLanguage},
	{"not official", "de", 0, itu.ErrUnknownLanguage},
	{"German", "German", 0, itu.ErrUnknownLanguage},
	{"BCP 47 tag", "en-GB", 0, itu.ErrUnknownLanguage},
	{"NUL byte", "e\x00n", 0, itu.ErrUnknownLanguage},
	{"invalid UTF-8", "e\xffn", 0, itu.ErrUnknownLanguage},
}

func TestParseLanguage(t *testing.T) {
	for _, tt := range parseLanguageTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := itu.ParseLanguage(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseLanguage(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseLanguage(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestLanguageTable(t *testing.T) {
	type row struct{ Code, Name, Suffix string }
	want := []row{
		{"ar", "Arabic", "A"},
		{"zh", "Chinese", "C"},
		{"en", "English", "E"},
		{"fr", "French", "F"},
		{"ru", "Russian", "R"},
		{"es", "Spanish", "S"},
	}
	var got []row
	for _, l := range itu.Languages() {
		if !l.IsValid() {
			t.Errorf("Language %d is not valid", int(l))
		}
		got = append(got, row{l.String(), l.Name(), l.Suffix()})
		if back, ok := itu.LanguageOfSuffix(l.Suffix()); !ok || back != l {
			t.Errorf("LanguageOfSuffix(%q) = %v, %v; want %v", l.Suffix(), back, ok, l)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("language table mismatch (-want +got):\n%s", diff)
	}
}

func TestLanguageInvalid(t *testing.T) {
	for _, l := range []itu.Language{0, 7, -1} {
		got := []any{l.IsValid(), l.Name(), l.Suffix()}
		if diff := cmp.Diff([]any{false, "", ""}, got); diff != "" {
			t.Errorf("Language(%d) mismatch (-want +got):\n%s", int(l), diff)
		}
	}
	if got := itu.Language(9).String(); got != "Language(9)" {
		t.Errorf("Language(9).String() = %q", got)
	}
	for _, s := range []string{"", "e", "X", "EN"} {
		if l, ok := itu.LanguageOfSuffix(s); ok {
			t.Errorf("LanguageOfSuffix(%q) = %v, true; want false", s, l)
		}
	}
}

func TestLanguageRoundTrip(t *testing.T) {
	for _, l := range itu.Languages() {
		t.Run(l.String(), func(t *testing.T) {
			for _, s := range []string{l.String(), l.Name(), l.Suffix()} {
				if got, err := itu.ParseLanguage(s); err != nil || got != l {
					t.Errorf("ParseLanguage(%q) = %v, %v; want %v", s, got, err, l)
				}
			}
			b, err := l.MarshalText()
			if err != nil || string(b) != l.String() {
				t.Fatalf("MarshalText() = %q, %v; want %q", b, err, l.String())
			}
			var got itu.Language
			if err := got.UnmarshalText(b); err != nil || got != l {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, l)
			}
		})
	}
}

func TestLanguageText(t *testing.T) {
	if b, err := itu.Language(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Language(0).MarshalText() = %q, %v; want empty", b, err)
	}
	if _, err := itu.Language(7).MarshalText(); !errors.Is(err, itu.ErrUnknownLanguage) {
		t.Errorf("Language(7).MarshalText() error = %v, want %v", err, itu.ErrUnknownLanguage)
	}
	l := itu.French
	if err := l.UnmarshalText(nil); err != nil || l != 0 {
		t.Errorf("UnmarshalText(nil) = %v, %v; want 0", l, err)
	}
	// The wire form is the ISO 639-1 code only: names, suffixes and other
	// cases are for ParseLanguage, not for payloads.
	for _, s := range []string{"English", "E", "EN", "de"} {
		l := itu.French
		if err := l.UnmarshalText([]byte(s)); !errors.Is(err, itu.ErrUnknownLanguage) || l != itu.French {
			t.Errorf("UnmarshalText(%q) = %v, %v; want ErrUnknownLanguage and no change", s, l, err)
		}
	}
}

func FuzzParseLanguage(f *testing.F) {
	for _, tt := range parseLanguageTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := itu.ParseLanguage(s)
		if err != nil {
			if !errors.Is(err, itu.ErrUnknownLanguage) || l != 0 {
				t.Fatalf("ParseLanguage(%q) = %v, %v; want 0 and ErrUnknownLanguage", s, l, err)
			}
			return
		}
		if !l.IsValid() {
			t.Fatalf("ParseLanguage(%q) = invalid %d", s, int(l))
		}
		if q, err := itu.ParseLanguage(l.String()); err != nil || q != l {
			t.Fatalf("ParseLanguage(%q) = %v, %v; want %v", l.String(), q, err, l)
		}
		var u itu.Language
		if err := u.UnmarshalText([]byte(l.String())); err != nil || u != l {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", l.String(), u, err, l)
		}
	})
}
