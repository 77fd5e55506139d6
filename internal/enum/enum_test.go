package enum

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type color int

var errColor = errors.New("unknown color")

var colors = New(Spec[color]{
	Pkg: "test", Type: "color", What: "color",
	Codes: []string{"", "red", "dark_green"},
	Names: map[string]color{"Green": 2},
	Key:   strings.ToLower,
	Err:   errColor,
})

type level uint8

var levels = New(Spec[level]{
	Pkg: "test", Type: "level", What: "level",
	Codes: []string{"none", "high"}, ZeroValid: true,
	Want: "none or high", Err: errColor,
})

func TestTable(t *testing.T) {
	if diff := cmp.Diff([]color{1, 2}, colors.Values()); diff != "" {
		t.Errorf("Values() mismatch (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		name string
		v    color
		want string
		ok   bool
	}{{"zero", 0, "color(0)", false}, {"red", 1, "red", true}, {"out of range", 3, "color(3)", false}} {
		t.Run(tt.name, func(t *testing.T) {
			if got := colors.String(tt.v); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if got := colors.IsValid(tt.v); got != tt.ok {
				t.Errorf("IsValid() = %v, want %v", got, tt.ok)
			}
		})
	}
	if !levels.IsValid(0) || levels.String(0) != "none" {
		t.Errorf("a zero that is a real value: IsValid %v, String %q", levels.IsValid(0), levels.String(0))
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in string
		want     color
		wantErr  error
	}{
		{"code", "red", 1, nil},
		{"code folded", "RED", 1, nil},
		{"written name", "green", 2, nil},
		{"empty", "", 0, errColor},
		{"unknown", "blue", 0, errColor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := colors.Parse(tt.in)
			if got != tt.want || !errors.Is(err, tt.wantErr) {
				t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
	_, err := colors.Parse("blue")
	if got, want := err.Error(), `test: parse color "blue": unknown color (want red or dark_green)`; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    color
		wantErr error
	}{
		{"code", "dark_green", 2, nil},
		{"empty is zero", "", 0, nil},
		{"folded code refused", "RED", 9, errColor},
		{"written name refused", "Green", 9, errColor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := color(9)
			err := colors.UnmarshalText(&got, []byte(tt.in))
			if got != tt.want || !errors.Is(err, tt.wantErr) {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
	for _, v := range []color{0, 1, 2} {
		b, err := colors.MarshalText(v)
		var back color = 7
		if err != nil || colors.UnmarshalText(&back, b) != nil || back != v {
			t.Errorf("round trip of %d: %q, %v, back %d", v, b, err, back)
		}
	}
	if _, err := colors.MarshalText(3); !errors.Is(err, errColor) {
		t.Errorf("MarshalText(3) error = %v, want %v", err, errColor)
	}
	var l level = 1
	if err := levels.UnmarshalText(&l, nil); !errors.Is(err, errColor) || l != 1 {
		t.Errorf("UnmarshalText(\"\") with a real zero = %v, %v; want an error and no change", l, err)
	}
	if b, err := levels.MarshalText(0); string(b) != "none" || err != nil {
		t.Errorf("MarshalText(0) = %q, %v; want none", b, err)
	}
}

func TestList(t *testing.T) {
	for in, want := range map[string]string{"": "", "a": "a", "a b": "a or b", "a b c": "a, b or c"} {
		if got := List(strings.Fields(in)); got != want {
			t.Errorf("List(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFoldOnFirstLookup checks that New folds no code or written form: the
// fold can load Unicode tables, so it waits for the first lookup, which folds
// each key once, and later lookups fold only their input.
func TestFoldOnFirstLookup(t *testing.T) {
	folds := 0
	tab := New(Spec[color]{
		Pkg: "test", Type: "color", What: "color",
		Codes: []string{"", "red", "dark_green"},
		Names: map[string]color{"Green": 2},
		Key:   func(s string) string { folds++; return strings.ToLower(s) },
		Err:   errColor,
	})
	if folds != 0 {
		t.Fatalf("New folded %d keys; want none before the first lookup", folds)
	}
	if v, ok := tab.Lookup("GREEN"); !ok || v != 2 {
		t.Errorf(`Lookup("GREEN") = %v, %v; want 2, true`, v, ok)
	}
	if folds != 4 { // "red", "dark_green", "Green", then the input
		t.Errorf("first lookup folded %d strings; want 4", folds)
	}
	if v, ok := tab.Lookup("Red"); !ok || v != 1 || folds != 5 {
		t.Errorf(`second Lookup("Red") = %v, %v after %d folds; want 1, true after 5`, v, ok, folds)
	}
}
