package check_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
)

var (
	errOrder = itu.Violation{Path: "/cv/career/3/end", Code: "cv.period.order", Message: `ends in "2014", before it starts in "2015"`}
	errReq   = itu.Violation{Path: "/name", Code: "field.required", Message: "is required"}
	warnReg  = itu.Violation{Path: "/nominator", Code: "candidacy.region.unconfirmed", Severity: itu.Warning, Message: `region of "ALB" is not confirmed`}
)

func TestSort(t *testing.T) {
	v := func(path, code, msg string) itu.Violation { return itu.Violation{Path: path, Code: code, Message: msg} }
	tests := []struct {
		name string
		in   []itu.Violation
		want []itu.Violation
	}{
		{
			"array indexes numerically",
			[]itu.Violation{v("/career/10", "a", ""), v("/career/9", "a", ""), v("/career/100/end", "a", ""), v("/career/2", "a", "")},
			[]itu.Violation{v("/career/2", "a", ""), v("/career/9", "a", ""), v("/career/10", "a", ""), v("/career/100/end", "a", "")},
		},
		{
			"parents before children, root first",
			[]itu.Violation{v("/cv/career", "a", ""), v("/cv", "a", ""), v("", "a", ""), v("/cv/career/0", "a", "")},
			[]itu.Violation{v("", "a", ""), v("/cv", "a", ""), v("/cv/career", "a", ""), v("/cv/career/0", "a", "")},
		},
		{
			"names alphabetically",
			[]itu.Violation{v("/name", "a", ""), v("/kind", "a", ""), v("/cv/name", "a", "")},
			[]itu.Violation{v("/cv/name", "a", ""), v("/kind", "a", ""), v("/name", "a", "")},
		},
		{
			"same path by code then message",
			[]itu.Violation{v("/a", "z.b", "1"), v("/a", "a.b", "2"), v("/a", "a.b", "1")},
			[]itu.Violation{v("/a", "a.b", "1"), v("/a", "a.b", "2"), v("/a", "z.b", "1")},
		},
		{
			"map keys that look like numbers order as text when equal in value",
			[]itu.Violation{v("/m/1/x", "a", ""), v("/m/01/y", "b", "")},
			[]itu.Violation{v("/m/01/y", "b", ""), v("/m/1/x", "a", "")},
		},
		{
			"huge numbers do not overflow",
			[]itu.Violation{v("/m/9223372036854775807", "a", ""), v("/m/-9223372036854775808", "a", "")},
			[]itu.Violation{v("/m/-9223372036854775808", "a", ""), v("/m/9223372036854775807", "a", "")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := append([]itu.Violation(nil), tt.in...)
			check.Sort(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sort mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestResult(t *testing.T) {
	tests := []struct {
		name string
		in   []itu.Violation
		want []itu.Violation // nil: Result returns nil
	}{
		{"nil", nil, nil},
		{"empty", []itu.Violation{}, nil},
		{"only warnings", []itu.Violation{warnReg}, nil},
		{"errors and warnings, sorted", []itu.Violation{warnReg, errReq, errOrder}, []itu.Violation{errOrder, errReq, warnReg}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := check.Result(append([]itu.Violation(nil), tt.in...))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Result() = %v, want nil", err)
				}
				return
			}
			var ve *itu.ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, itu.ErrInvalid) {
				t.Fatalf("Result() = %#v, want a *ValidationError matching ErrInvalid", err)
			}
			if diff := cmp.Diff(tt.want, ve.Violations); diff != "" {
				t.Errorf("Result() violations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
