package itu_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/strictjson"
)

var (
	errOrder = itu.Violation{Path: "/cv/career/3/end", Code: "cv.period.order", Message: `ends in "2014", before it starts in "2015"`}
	errReq   = itu.Violation{Path: "/name", Code: "field.required", Message: "is required"}
	warnReg  = itu.Violation{Path: "/nominator", Code: "candidacy.region.unconfirmed", Severity: itu.Warning, Message: `region of "ALB" is not confirmed`}
)

func TestViolationError(t *testing.T) {
	tests := []struct {
		name string
		v    itu.Violation
		want string
	}{
		{"error", errOrder, `/cv/career/3/end: ends in "2014", before it starts in "2015" [cv.period.order]`},
		{"warning", warnReg, `warning: /nominator: region of "ALB" is not confirmed [candidacy.region.unconfirmed]`},
		{"root path", itu.Violation{Code: "json.syntax", Message: "payload is empty"}, "/: payload is empty [json.syntax]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.v.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestValidationErrorText(t *testing.T) {
	tests := []struct {
		name string
		vs   []itu.Violation
		want string
	}{
		{"one", []itu.Violation{errReq}, "itu: 1 violation: /name: is required [field.required]"},
		{"two", []itu.Violation{errOrder, warnReg}, `itu: 2 violations: /cv/career/3/end: ends in "2014", before it starts in "2015" [cv.period.order]; warning: /nominator: region of "ALB" is not confirmed [candidacy.region.unconfirmed]`},
		{"none", nil, "itu: 0 violations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &itu.ValidationError{Violations: tt.vs}
			if got := e.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestValidationErrorIs(t *testing.T) {
	tests := []struct {
		name string
		vs   []itu.Violation
		want bool
	}{
		{"an error", []itu.Violation{errReq}, true},
		{"an error and a warning", []itu.Violation{warnReg, errReq}, true},
		{"only warnings", []itu.Violation{warnReg, warnReg}, false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error = &itu.ValidationError{Violations: tt.vs}
			wrapped := fmt.Errorf("candidacy: %w", err)
			for _, e := range []error{err, wrapped} {
				if got := errors.Is(e, itu.ErrInvalid); got != tt.want {
					t.Errorf("errors.Is(%v, ErrInvalid) = %v, want %v", e, got, tt.want)
				}
				if errors.Is(e, strictjson.ErrMalformed) || errors.Is(e, io.EOF) {
					t.Errorf("errors.Is(%v) matches an unrelated sentinel", e)
				}
			}
		})
	}
	if !errors.Is(errReq, itu.ErrInvalid) || errors.Is(warnReg, itu.ErrInvalid) {
		t.Error("Violation.Is(ErrInvalid) is not true exactly for errors")
	}
	if errors.Is(errReq, strictjson.ErrMalformed) {
		t.Error("a Violation matches ErrMalformed")
	}
}

func TestValidationErrorAs(t *testing.T) {
	err := fmt.Errorf("wrapped: %w", &itu.ValidationError{Violations: []itu.Violation{warnReg, errReq}})
	var ve *itu.ValidationError
	if !errors.As(err, &ve) {
		t.Fatal("errors.As(*ValidationError) = false")
	}
	if diff := cmp.Diff([]itu.Violation{warnReg, errReq}, ve.Violations); diff != "" {
		t.Errorf("As(*ValidationError) violations mismatch (-want +got):\n%s", diff)
	}
	var v itu.Violation
	if !errors.As(err, &v) {
		t.Fatal("errors.As(Violation) = false")
	}
	if diff := cmp.Diff(warnReg, v); diff != "" {
		t.Errorf("As(Violation) mismatch (-want +got):\n%s", diff)
	}
	if got := itu.Violations(err); !cmp.Equal(got, ve.Violations) {
		t.Errorf("Violations(err) = %v, want %v", got, ve.Violations)
	}
	for _, e := range []error{nil, io.EOF, errReq} {
		if got := itu.Violations(e); got != nil {
			t.Errorf("Violations(%v) = %v, want nil", e, got)
		}
	}
	// A failed Decode always lists its violations, malformed input included.
	malformed := fmt.Errorf("read: %w", strictjson.Decode([]byte("{"), new(struct{})))
	if got := itu.Violations(malformed); len(got) != 1 || got[0].Code != "json.syntax" {
		t.Errorf("Violations(malformed input) = %v, want one json.syntax violation", got)
	}
}

func TestValidationErrorUnwrap(t *testing.T) {
	e := &itu.ValidationError{Violations: []itu.Violation{errOrder, warnReg, errReq}}
	want := []error{errOrder, warnReg, errReq}
	if diff := cmp.Diff(want, e.Unwrap()); diff != "" {
		t.Errorf("Unwrap() mismatch (-want +got):\n%s", diff)
	}
	if got := (&itu.ValidationError{}).Unwrap(); len(got) != 0 {
		t.Errorf("empty Unwrap() = %v, want none", got)
	}
}

func TestValidationErrorAccessors(t *testing.T) {
	e := &itu.ValidationError{Violations: []itu.Violation{errOrder, warnReg, errReq}}
	got := []any{e.HasErrors(), e.Has("cv.period.order"), e.Has("candidacy.region.unconfirmed"), e.Has("cv"), e.Errors(), e.Warnings()}
	want := []any{true, true, true, false, []itu.Violation{errOrder, errReq}, []itu.Violation{warnReg}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("HasErrors, Has, Errors, Warnings mismatch (-want +got):\n%s", diff)
	}
	w := &itu.ValidationError{Violations: []itu.Violation{warnReg}}
	if w.HasErrors() || w.Errors() != nil {
		t.Errorf("warnings only: HasErrors %v, Errors %v", w.HasErrors(), w.Errors())
	}
}

func TestValidationErrorJSON(t *testing.T) {
	tests := []struct {
		name string
		vs   []itu.Violation
		want string
	}{
		{"errors", []itu.Violation{errReq, warnReg},
			`{"valid":false,"violations":[{"path":"/name","code":"field.required","severity":"error","message":"is required"},{"path":"/nominator","code":"candidacy.region.unconfirmed","severity":"warning","message":"region of \"ALB\" is not confirmed"}]}`},
		{"only warnings is valid", []itu.Violation{warnReg},
			`{"valid":true,"violations":[{"path":"/nominator","code":"candidacy.region.unconfirmed","severity":"warning","message":"region of \"ALB\" is not confirmed"}]}`},
		{"none is an empty list", nil, `{"valid":true,"violations":[]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &itu.ValidationError{Violations: tt.vs}
			b, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("json.Marshal mismatch (-want +got):\n%s", diff)
			}
			// The module's own encoder gives the same members.
			enc, err := strictjson.Encode(e)
			if err != nil {
				t.Fatal(err)
			}
			var a, c any
			if err := json.Unmarshal(b, &a); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(enc, &c); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(a, c); diff != "" {
				t.Errorf("Encode and json.Marshal differ (-json.Marshal +Encode):\n%s", diff)
			}
			// A client can read the violations back.
			var back struct {
				Valid      bool            `json:"valid"`
				Violations []itu.Violation `json:"violations"`
			}
			if err := strictjson.Decode(b, &back); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.vs, back.Violations, cmpEmpty); diff != "" {
				t.Errorf("decoded violations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// cmpEmpty treats a nil and an empty slice of violations as equal.
var cmpEmpty = cmp.FilterValues(func(a, b []itu.Violation) bool { return len(a) == 0 && len(b) == 0 }, cmp.Ignore())

func TestSeverity(t *testing.T) {
	for _, s := range []itu.Severity{itu.Error, itu.Warning} {
		b, err := s.MarshalText()
		if err != nil || string(b) != s.String() {
			t.Errorf("%v.MarshalText() = %q, %v", s, b, err)
		}
		var back itu.Severity = 7
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, s)
		}
	}
	if got := []string{itu.Error.String(), itu.Warning.String()}; !cmp.Equal(got, []string{"error", "warning"}) {
		t.Errorf("severity names = %q", got)
	}
	var zero itu.Severity
	if zero != itu.Error {
		t.Error("the zero Severity is not Error")
	}
	for _, bad := range []string{"", "Error", "fatal", "info"} {
		s := itu.Warning
		if err := s.UnmarshalText([]byte(bad)); err == nil || s != itu.Warning {
			t.Errorf("UnmarshalText(%q) = %v, %v; want an error and no change", bad, s, err)
		}
	}
}
