package election_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/names"
)

// Issue 14: a service record whose name is the same as the candidate's, or
// a compatible variant of it, counts against the term limit; a record of
// another person does not. Before, a variant silently skipped the limit.
func TestIssue14TermLimitNameVariants(t *testing.T) {
	const served = "Dr Ina Maria MUSTER"
	tests := []struct {
		name      string
		candidate names.Name
		want      []string // the term-limit messages' endings
	}{
		{"the same name", served, []string{"(CV Nos 13 and 20)"}},
		{"comma form", "MUSTER, Ina Maria", []string{"(CV Nos 13 and 20)"}},
		{"middle name dropped", "Ms Ina MUSTER", []string{`counting the service record of "Dr Ina Maria MUSTER", a compatible variant of the name (middle name dropped)`}},
		{"initial", "Ms Ina M. Muster", []string{`a compatible variant of the name (initial)`}},
		{"Spanish title, diacritics", "Sra. Ína María MÜSTER", []string{"(CV Nos 13 and 20)"}},
		{"another person of the family", "Ms Eva MUSTER", nil},
		{"another given name", "Ms Ina Marie MUSTER", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, v := range termLimitConference(tt.candidate, served, "PP-FX").Check(asOf12) {
				if v.Code != election.RuleTermLimit.Code {
					continue
				}
				for _, w := range tt.want {
					if strings.HasSuffix(v.Message, w) {
						got = append(got, w)
					}
				}
				if len(got) == 0 {
					got = append(got, v.Message)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("term-limit violations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// Issue 14: the terms of a record in the same name and one in a variant
// count together, each once.
func TestIssue14TermLimitAcrossVariants(t *testing.T) {
	c := termLimitConference("Ms Ina MUSTER", "Ms Ina MUSTER", "PP-FX")
	terms := c.Service[0].Terms
	c.Service = []election.ServiceRecord{
		{Person: "Ms Ina MUSTER", Terms: terms[:1]},
		{Person: "MUSTER, Ina Maria", Terms: terms},
	}
	n := 0
	for _, v := range c.Check(asOf12) {
		if v.Code == election.RuleTermLimit.Code {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d term-limit violations, want 1", n)
	}
}
