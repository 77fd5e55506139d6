package check

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

func TestPath(t *testing.T) {
	tests := []struct {
		name   string
		base   string
		tokens []any
		want   string
	}{
		{"root", "", nil, ""},
		{"one name", "", []any{"career"}, "/career"},
		{"name and index", "", []any{"career", 3, "end"}, "/career/3/end"},
		{"under a base", "/cv", []any{"career", 10}, "/cv/career/10"},
		{"tilde escaped", "", []any{"a~b"}, "/a~0b"},
		{"slash escaped", "", []any{"a/b"}, "/a~1b"},
		{"both, tilde first", "", []any{"~/"}, "/~0~1"},
		{"already escaped text is escaped again", "", []any{"~1"}, "/~01"},
		{"empty token", "", []any{""}, "/"},
		{"other types", "", []any{itu.RegionE, int64(7), true}, "/E/7/true"},
		{"stringer escaped", "", []any{itu.StateCode("a/b")}, "/a~1b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Path(tt.base, tt.tokens...); got != tt.want {
				t.Errorf("Path(%q, %v) = %q, want %q", tt.base, tt.tokens, got, tt.want)
			}
		})
	}
}

var (
	ruleA = itu.Rule{Code: "test.a.error", Description: "a", Source: "test"}
	ruleW = itu.Rule{Code: "test.w.warning", Severity: itu.Warning, Description: "w", Source: "test"}
)

func TestReport(t *testing.T) {
	r := New(itu.AsOf(civil.MustParseDate("2022-09-26")))
	r.Add(ruleA, "/career/10/end", "ends in %q", "2014")
	r.Add(ruleW, "/career/9", "%d is odd", 9)
	r.Append("/cv", ruleA.At("/name", "inner"), ruleW.At("", "root of the child"))
	want := []itu.Violation{
		{Path: "/career/9", Code: "test.w.warning", Severity: itu.Warning, Message: "9 is odd"},
		{Path: "/career/10/end", Code: "test.a.error", Message: `ends in "2014"`},
		{Path: "/cv", Code: "test.w.warning", Severity: itu.Warning, Message: "root of the child"},
		{Path: "/cv/name", Code: "test.a.error", Message: "inner"},
	}
	if diff := cmp.Diff(want, r.Violations()); diff != "" {
		t.Errorf("Violations() mismatch (-want +got):\n%s", diff)
	}
	if got := r.Opts.AsOf; got != civil.MustParseDate("2022-09-26") {
		t.Errorf("Opts.AsOf = %v", got)
	}
	if vs := New().Violations(); len(vs) != 0 {
		t.Errorf("empty report Violations() = %v", vs)
	}
}

func TestAfterAsOf(t *testing.T) {
	asOf := civil.MustParseDate("2022-09-26")
	tests := []struct {
		name string
		opts []itu.Option
		d    civil.Date
		want bool
	}{
		{"after", []itu.Option{itu.AsOf(asOf)}, asOf.AddDays(1), true},
		{"on the day", []itu.Option{itu.AsOf(asOf)}, asOf, false},
		{"before", []itu.Option{itu.AsOf(asOf)}, asOf.AddDays(-1), false},
		{"date not set", []itu.Option{itu.AsOf(asOf)}, civil.Date{}, false},
		{"no as-of date reads no clock", nil, civil.MustParseDate("9999-12-31"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := New(tt.opts...).AfterAsOf(tt.d); got != tt.want {
				t.Errorf("AfterAsOf(%v) = %v, want %v", tt.d, got, tt.want)
			}
		})
	}
}

func TestKind(t *testing.T) {
	tests := []struct {
		name string
		got  itu.Kind
		want []itu.Violation
	}{
		{"left out", "", nil},
		{"matches", itu.KindCV, nil},
		{"another kind", itu.KindLetter, []itu.Violation{RuleKind.At("/kind", `kind "letter" does not match this record; want "cv" or leave it out`)}},
		{"unknown kind", "resume", []itu.Violation{RuleKind.At("/kind", `kind "resume" does not match this record; want "cv" or leave it out`)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New()
			r.Kind("/kind", tt.got, itu.KindCV)
			if diff := cmp.Diff(tt.want, r.Violations()); diff != "" {
				t.Errorf("Kind mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
