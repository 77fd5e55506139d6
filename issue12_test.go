package itu_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/strictjson"
)

// TestTypedNilErrorsIssue12 is the regression test for typed-nil
// *ValidationError and *MalformedError values panicking in every method
// and in the errors package (issue 12).
func TestTypedNilErrorsIssue12(t *testing.T) {
	var ve *itu.ValidationError
	var me *strictjson.MalformedError
	tests := []struct {
		name string
		f    func() any
		want any
	}{
		{"ValidationError.Error", func() any { return ve.Error() }, "itu: 0 violations"},
		{"ValidationError.Unwrap", func() any { return len(ve.Unwrap()) }, 0},
		{"ValidationError.HasErrors", func() any { return ve.HasErrors() }, false},
		{"ValidationError.Has", func() any { return ve.Has("field.text") }, false},
		{"ValidationError.Errors", func() any { return len(ve.Errors()) }, 0},
		{"ValidationError.Warnings", func() any { return len(ve.Warnings()) }, 0},
		{"ValidationError.MarshalJSON", func() any { b, err := json.Marshal(ve); return string(b) + errString(err) }, "null"},
		{"ValidationError.MarshalJSON direct", func() any { b, err := ve.MarshalJSON(); return string(b) + errString(err) }, `{"valid":true,"violations":[]}`},
		{"errors.Is ErrInvalid", func() any { return errors.Is(ve, itu.ErrInvalid) }, false},
		{"errors.As ValidationError", func() any { var got *itu.ValidationError; return errors.As(error(ve), &got) }, true},
		{"errors.As Violation", func() any { var got itu.Violation; return errors.As(error(ve), &got) }, false},
		{"Violations", func() any { return len(itu.Violations(ve)) }, 0},
		{"MalformedError.Error", func() any { return me.Error() }, "itu: malformed input"},
		{"errors.Is ErrMalformed", func() any { return errors.Is(me, strictjson.ErrMalformed) }, true},
		{"errors.As MalformedError", func() any { var got *strictjson.MalformedError; return errors.As(error(me), &got) }, true},
		{"Violations of MalformedError", func() any { return len(itu.Violations(me)) }, 0},
		{"MalformedError JSON", func() any { b, err := json.Marshal(me); return string(b) + errString(err) }, "null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panics: %v", r)
				}
			}()
			if diff := cmp.Diff(tt.want, tt.f()); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func errString(err error) string {
	if err != nil {
		return " " + err.Error()
	}
	return ""
}

// TestDateInNilIssue12 is the regression test for Date.In(nil) panicking:
// a nil location is UTC.
func TestDateInNilIssue12(t *testing.T) {
	for _, d := range []civil.Date{{}, civil.MustParseDate("2022-09-26"), {Year: math.MaxInt, Month: math.MaxInt, Day: math.MaxInt}} {
		got, want := d.In(nil), d.In(time.UTC)
		if !got.Equal(want) || got.Location() != time.UTC {
			t.Errorf("%+v.In(nil) = %v; want %v", d, got, want)
		}
	}
}

// TestDateExtremesIssue12 is the regression test for Date.Compare
// overflowing on extreme fields (MinInt compared after MaxInt) and AddDays
// wrapping into a wrong day.
func TestDateExtremesIssue12(t *testing.T) {
	compare := []struct {
		name string
		a, b civil.Date
		want int
	}{
		{"years", civil.Date{Year: math.MinInt, Month: 1, Day: 1}, civil.Date{Year: math.MaxInt, Month: 12, Day: 31}, -1},
		{"years reversed", civil.Date{Year: math.MaxInt, Month: 1, Day: 1}, civil.Date{Year: math.MinInt, Month: 1, Day: 1}, 1},
		{"months", civil.Date{Year: 2022, Month: math.MinInt}, civil.Date{Year: 2022, Month: math.MaxInt}, -1},
		{"days", civil.Date{Year: 2022, Month: 1, Day: math.MinInt}, civil.Date{Year: 2022, Month: 1, Day: math.MaxInt}, -1},
		{"days reversed", civil.Date{Year: 2022, Month: 1, Day: math.MaxInt}, civil.Date{Year: 2022, Month: 1, Day: -1}, 1},
		{"equal", civil.Date{Year: math.MinInt}, civil.Date{Year: math.MinInt}, 0},
	}
	for _, tt := range compare {
		if diff := cmp.Diff(tt.want, tt.a.Compare(tt.b)); diff != "" {
			t.Errorf("%s: Compare (-want +got):\n%s", tt.name, diff)
		}
	}
	add := []struct {
		name string
		d    civil.Date
		n    int
		want civil.Date
	}{
		{"ordinary", civil.MustParseDate("2022-09-26"), -14, civil.MustParseDate("2022-09-12")},
		{"MaxInt days", civil.MustParseDate("2022-09-26"), math.MaxInt, civil.Date{}},
		{"MinInt days", civil.MustParseDate("2022-09-26"), math.MinInt, civil.Date{}},
		{"past year 9999 and back", civil.MustParseDate("9999-12-31").AddDays(1), -1, civil.MustParseDate("9999-12-31")},
		{"a billion days", civil.MustParseDate("2022-09-26"), 1_000_000_001, civil.Date{}},
		{"impossible day", civil.Date{Year: 2021, Month: 2, Day: 30}, 1, civil.Date{}},
		{"MaxInt year", civil.Date{Year: math.MaxInt, Month: 12, Day: 31}, 1, civil.Date{}},
		{"zero date", civil.Date{}, 1, civil.Date{}},
	}
	for _, tt := range add {
		if diff := cmp.Diff(tt.want, tt.d.AddDays(tt.n)); diff != "" {
			t.Errorf("%s: AddDays (-want +got):\n%s", tt.name, diff)
		}
	}
}
