package check_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
)

var (
	ruleCapError   = itu.Rule{Code: "test.cap_error", Severity: itu.Error}
	ruleCapWarning = itu.Rule{Code: "test.cap_warning", Severity: itu.Warning}
)

// counting is a message argument that counts how often it is formatted.
type counting struct{ n *int }

func (c counting) String() string { *c.n++; return "x" }

// summary is what a report's violations come to: how many of each rule, and
// the truncation violation's message and severity, if any.
type summary struct {
	Counts    map[string]int
	Truncated string
	Severity  itu.Severity
}

func summarise(vs []itu.Violation) summary {
	s := summary{Counts: map[string]int{}}
	for _, v := range vs {
		s.Counts[v.Code]++
		if v.Code == check.RuleTruncated.Code {
			s.Truncated, s.Severity = v.Message, v.Severity
		}
	}
	return s
}

func truncated(n int) string {
	return fmt.Sprintf("%d more violations not listed; a check lists at most %d of one rule and %d in all", n, check.MaxViolationsPerRule, check.MaxViolations)
}

// TestReportCaps is the regression test for a 215 KB conference yielding a
// million violations (issue 12): a report keeps at most MaxViolationsPerRule
// of one rule and MaxViolations in all, and one violation counts the rest
// with the severity of the worst of them.
func TestReportCaps(t *testing.T) {
	tests := []struct {
		name string
		fill func(r *check.Report)
		want summary
	}{
		{"under the caps", func(r *check.Report) {
			for range 100 {
				r.Add(ruleCapError, "/a", "m")
			}
		}, summary{Counts: map[string]int{"test.cap_error": 100}}},
		{"one rule past its cap", func(r *check.Report) {
			for range 10_000 {
				r.Add(ruleCapWarning, "/a", "m")
			}
		}, summary{Counts: map[string]int{"test.cap_warning": 100, "violations.truncated": 1}, Truncated: truncated(9_900), Severity: itu.Warning}},
		{"errors among the suppressed", func(r *check.Report) {
			for range 150 {
				r.Add(ruleCapWarning, "/a", "m")
			}
			for range 150 {
				r.Add(ruleCapError, "/a", "m")
			}
		}, summary{Counts: map[string]int{"test.cap_warning": 100, "test.cap_error": 100, "violations.truncated": 1}, Truncated: truncated(100), Severity: itu.Error}},
		{"many rules past the total cap", func(r *check.Report) {
			for i := range 2_000 {
				r.Add(itu.Rule{Code: fmt.Sprintf("test.rule%d", i), Severity: itu.Warning}, "/a", "m")
			}
		}, summary{Counts: func() map[string]int {
			m := map[string]int{"violations.truncated": 1}
			for i := range 1_000 {
				m[fmt.Sprintf("test.rule%d", i)] = 1
			}
			return m
		}(), Truncated: truncated(1_000), Severity: itu.Warning}},
		{"appended reports add their counts", func(r *check.Report) {
			for i := range 3 {
				sub := check.New()
				for range 250 {
					sub.Add(ruleCapError, "/x", "m")
				}
				r.Append(check.Path("", i), sub.Violations()...)
			}
		}, summary{Counts: map[string]int{"test.cap_error": 100, "violations.truncated": 1}, Truncated: truncated(3*150 + 200), Severity: itu.Error}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := check.New()
			tt.fill(r)
			if diff := cmp.Diff(tt.want, summarise(r.Violations())); diff != "" {
				t.Errorf("violations (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReportCapFormatsNothing checks that a suppressed violation costs no
// message formatting.
func TestReportCapFormatsNothing(t *testing.T) {
	n := 0
	r := check.New()
	for range 1_000 {
		r.Add(ruleCapError, "/a", "%v", counting{&n})
	}
	if diff := cmp.Diff(check.MaxViolationsPerRule, n); diff != "" {
		t.Errorf("messages formatted (-want +got):\n%s", diff)
	}
	if allocs := testing.AllocsPerRun(100, func() { r.Add(ruleCapError, "/a", "%v", 1) }); allocs > 1 {
		t.Errorf("a suppressed Add allocates %v times; want at most 1 (the argument slice)", allocs)
	}
}

// TestViolationsKeepsReturnedList checks that what a report records after
// Violations listed a truncation (written into the report's spare room, not
// a copy) changes nothing in the list it returned.
func TestViolationsKeepsReturnedList(t *testing.T) {
	r := check.New()
	for range 150 {
		r.Add(ruleCapWarning, "/a", "m")
	}
	first := r.Violations()
	kept := slices.Clone(first)
	for range 10 {
		r.Add(ruleCapError, "/b", "m")
	}
	if diff := cmp.Diff(kept, first); diff != "" {
		t.Errorf("the first list changed (-was +now):\n%s", diff)
	}
	second := r.Violations()
	if diff := cmp.Diff(summary{Counts: map[string]int{"test.cap_warning": 100, "test.cap_error": 10, "violations.truncated": 1}, Truncated: truncated(50), Severity: itu.Warning}, summarise(second)); diff != "" {
		t.Errorf("second list (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(kept, first); diff != "" {
		t.Errorf("the first list changed (-was +now):\n%s", diff)
	}
}
