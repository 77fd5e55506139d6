package candidacy_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/examples"
)

// Issue 14: a document naming the candidate in a compatible variant of the
// name the others use is a warning (candidacy.person.variant); a document
// naming someone else is still an error (candidacy.person.mismatch).
func TestIssue14PersonVariant(t *testing.T) {
	person := func(vs []itu.Violation) []want {
		out := []want{}
		for _, v := range vs {
			if v.Code == candidacy.RulePersonMismatch.Code || v.Code == candidacy.RulePersonVariant.Code {
				if v.Severity != candidacy.RulePersonVariant.Severity && v.Code == candidacy.RulePersonVariant.Code {
					t.Errorf("%s at %s has severity %s", v.Code, v.Path, v.Severity)
				}
				out = append(out, want{v.Path, v.Code})
			}
		}
		return out
	}
	tests := []struct {
		name   string
		mutate func(d *candidacy.Dossier)
		want   []want
	}{
		{"comma form in capitals", func(d *candidacy.Dossier) { d.CV.Name = "LEE, CHAE-SUB" }, []want{}},
		{"family name first", func(d *candidacy.Dossier) { d.VisionStatement.Name = "LEE Chaesub" }, []want{}},
		{"Korean title suffix", func(d *candidacy.Dossier) { d.VisionStatement.Name = "李在摄博士" }, []want{
			{"/vision_statement/name", "candidacy.person.mismatch"}, // another script: held exactly
		}},
		{"an initial in the CV", func(d *candidacy.Dossier) { d.CV.Name = "DR. LEE, C." }, []want{
			{"/cv/name", "candidacy.person.variant"},
		}},
		{"a middle name in the vision statement", func(d *candidacy.Dossier) { d.VisionStatement.Name = "Chaesub Kwon LEE" }, []want{
			{"/vision_statement/name", "candidacy.person.variant"},
		}},
		{"an explicit candidacy with an initial", func(d *candidacy.Dossier) {
			c := examples.KoreaDSGCandidacy()
			c.Candidate = "Dr C. LEE"
			d.Explicit = []candidacy.Candidacy{c}
		}, []want{{"/candidacies/0/candidate", "candidacy.person.variant"}}},
		// Still errors: the real inconsistencies.
		{"another given name", func(d *candidacy.Dossier) { d.CV.Name = "LEE, CHAE-WON" }, []want{
			{"/cv/name", "candidacy.person.mismatch"},
		}},
		{"another person of the same family", func(d *candidacy.Dossier) { d.VisionStatement.Name = "Ms Hyesook LEE" }, []want{
			{"/vision_statement/name", "candidacy.person.mismatch"},
		}},
		{"family name alone", func(d *candidacy.Dossier) { d.CV.Name = "DR. LEE" }, []want{
			{"/cv/name", "candidacy.person.mismatch"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			tt.mutate(&d)
			if diff := cmp.Diff(tt.want, person(d.Check(seedAsOf))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
