package itutest_test

import (
	"errors"
	"fmt"
	"runtime"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/itutest"
)

// recorder is a testing.TB that records failures instead of failing the test;
// Fatalf ends the goroutine, as testing.T's does.
type recorder struct {
	testing.TB
	failed, fatal bool
	msg           string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.failed = true
	r.msg += fmt.Sprintf(format, args...)
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	r.fatal = true
	runtime.Goexit()
}

// record runs assert against a recorder on its own goroutine and returns it.
func record(t *testing.T, assert func(testing.TB)) *recorder {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		assert(r)
	}()
	<-done
	return r
}

func TestAssert(t *testing.T) {
	missing := itu.Violation{Path: "/note_verbale", Code: "candidacy.dossier.missing", Severity: itu.Error, Message: "is required"}
	warning := itu.Violation{Path: "/claims/0/since", Code: "candidacy.claim.mismatch", Severity: itu.Warning, Message: "differs"}
	want := itutest.Want{Path: "/note_verbale", Code: "candidacy.dossier.missing"}
	tests := []struct {
		name              string
		assert            func(testing.TB)
		wantFail, wantEnd bool
	}{
		{"violations match", func(t testing.TB) { itutest.AssertViolations(t, []itu.Violation{missing}, want) }, false, false},
		{"nil matches none", func(t testing.TB) { itutest.AssertViolations(t, nil) }, false, false},
		{"violations differ", func(t testing.TB) { itutest.AssertViolations(t, []itu.Violation{warning}, want) }, true, false},
		{"violation missing", func(t testing.TB) { itutest.AssertViolations(t, nil, want) }, true, false},
		{"error matches", func(t testing.TB) {
			itutest.AssertError(t, &itu.ValidationError{Violations: []itu.Violation{missing}}, want)
		}, false, false},
		{"error of warnings only", func(t testing.TB) {
			itutest.AssertError(t, &itu.ValidationError{Violations: []itu.Violation{warning}},
				itutest.Want{Path: "/claims/0/since", Code: "candidacy.claim.mismatch"})
		}, true, false},
		{"not a validation error", func(t testing.TB) { itutest.AssertError(t, errors.New("boom"), want) }, true, true},
		{"nil error", func(t testing.TB) { itutest.AssertError(t, nil, want) }, true, true},
		{"valid", func(t testing.TB) { itutest.AssertValid(t, nil) }, false, false},
		{"not valid", func(t testing.TB) {
			itutest.AssertValid(t, &itu.ValidationError{Violations: []itu.Violation{missing}})
		}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := record(t, tt.assert)
			if r.failed != tt.wantFail || r.fatal != tt.wantEnd {
				t.Errorf("failed, fatal = %v, %v; want %v, %v (message %q)", r.failed, r.fatal, tt.wantFail, tt.wantEnd, r.msg)
			}
		})
	}
}

func TestWantsOf(t *testing.T) {
	vs := []itu.Violation{
		{Path: "/a", Code: "x.y", Severity: itu.Error, Message: "m"},
		{Path: "/b", Code: "x.z", Severity: itu.Warning, Message: "n"},
	}
	itutest.AssertViolations(t, vs, itutest.WantsOf(vs)...)
	if got := itutest.WantsOf(nil); len(got) != 0 {
		t.Errorf("WantsOf(nil) = %v; want none", got)
	}
}
