package itutest

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/plenipot/itu"
)

// Want is one expected violation: the rule code at a JSON Pointer path.
type Want struct {
	Path string `json:"path"`
	Code string `json:"code"`
}

// WantsOf reduces violations to their paths and codes, in order.
func WantsOf(vs []itu.Violation) []Want {
	out := make([]Want, len(vs))
	for i, v := range vs {
		out[i] = Want{Path: v.Path, Code: v.Code}
	}
	return out
}

// AssertViolations fails t unless got holds exactly the wanted violations (path
// and code, in path order), printing a go-cmp diff (-want +got) when not.
func AssertViolations(t testing.TB, got []itu.Violation, want ...Want) {
	t.Helper()
	if diff := cmp.Diff(want, WantsOf(got), cmpEmpty); diff != "" {
		t.Errorf("violations mismatch (-want +got):\n%s", diff)
	}
}

// AssertError fails t unless err is an *[itu.ValidationError] holding exactly the
// wanted violations (see [AssertViolations]) and matches errors.Is(err, itu.ErrInvalid).
func AssertError(t testing.TB, err error, want ...Want) {
	t.Helper()
	var ve *itu.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error = %v; want an *itu.ValidationError", err)
	}
	if !errors.Is(err, itu.ErrInvalid) {
		t.Errorf("errors.Is(err, itu.ErrInvalid) = false; want true")
	}
	AssertViolations(t, ve.Violations, want...)
}

// AssertValid fails t when err is not nil, listing every violation.
func AssertValid(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Errorf("want valid, got %v", err)
	}
}

var cmpEmpty = cmpopts.EquateEmpty()

// CmpOptions returns the go-cmp options for comparing the module's records:
// nil and empty slices and maps are equal, since JSON cannot tell them apart.
func CmpOptions() cmp.Options {
	return cmp.Options{cmpopts.EquateEmpty()}
}
