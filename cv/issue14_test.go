package cv_test

import (
	"errors"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
)

// TestIssue14Loosenings checks each rule issue 14 loosened: the real CV form
// is valid (a warning at most), and the inconsistency the rule is for is
// still an error.
func TestIssue14Loosenings(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*cv.CV)
		wantErr bool
	}{
		{"ongoing studies", func(c *cv.CV) { c.Education[0].Period = civil.MustParsePeriod("2021 – Present") }, false},
		{"ongoing studies in French", func(c *cv.CV) { c.Education[0].Period = civil.MustParsePeriod("depuis 2020") }, false},
		{"ongoing studies not yet begun", func(c *cv.CV) { c.Education[0].Period = civil.MustParsePeriod("2022 – Present") }, true},
		{"degree with no year", func(c *cv.CV) { c.Education[0].Period = civil.Period{} }, false},
		{"degree with a reversed period", func(c *cv.CV) { c.Education[0].Period = civil.MustParsePeriod("1998 – 1996") }, true},
		{"study period appointment ending later", func(c *cv.CV) { c.Activities[0].Period = civil.MustParsePeriod("2021–2024") }, false},
		{"appointment starting later", func(c *cv.CV) { c.Activities[0].Period = civil.MustParsePeriod("2022–2024") }, true},
		{"mandate in words ending later", func(c *cv.CV) { c.Career[0].Period = civil.MustParsePeriod("January 2019 – December 2022") }, false},
		{"mandate in words starting later", func(c *cv.CV) { c.Career[0].Period = civil.MustParsePeriod("desde enero de 2022") }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := fictionalCV()
			tt.mutate(&c)
			err := c.Validate(itu.AsOf(asOf))
			if got := errors.Is(err, itu.ErrInvalid); got != tt.wantErr {
				t.Errorf("Validate() = %v; want invalid %v", err, tt.wantErr)
			}
		})
	}
}

// TestIssue14Severities pins the severities issue 14 set.
func TestIssue14Severities(t *testing.T) {
	for _, tt := range []struct {
		rule itu.Rule
		want itu.Severity
	}{
		{cv.RulePeriodFuture, itu.Error},
		{cv.RulePeriodEndsLater, itu.Warning},
		{cv.RulePeriodPresent, itu.Warning},
	} {
		if tt.rule.Severity != tt.want {
			t.Errorf("%s has severity %v, want %v", tt.rule.Code, tt.rule.Severity, tt.want)
		}
	}
}
