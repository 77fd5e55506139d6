package cv_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/cv"
)

// Issue 12: a vision-statement paragraph made only of invisible characters
// passed, while the same text in a CV field failed field.text. Blank means
// what [canon.Visible] says, in every span of the paragraph together.
func TestIssue12InvisibleParagraph(t *testing.T) {
	tests := []struct {
		name  string
		spans []cv.Span
		want  []want
	}{
		{"zero-width spaces", []cv.Span{pl("\u200b\u200b\u200b")}, blankAt(0)},
		{"Hangul filler", []cv.Span{pl("\u3164")}, blankAt(0)},
		{"halfwidth Hangul filler", []cv.Span{pl("\uffa0")}, blankAt(0)},
		{"Braille blank", []cv.Span{pl("\u2800 \u2800")}, blankAt(0)},
		{"tag characters", []cv.Span{pl("\U000E0041\U000E0042")}, blankAt(0)},
		{"lone combining marks", []cv.Span{pl("\u0301\u0308")}, blankAt(0)},
		{"soft hyphen and joiners", []cv.Span{pl("\u00ad"), b("\u200d\u2060"), i("\ufeff")}, blankAt(0)},
		{"spaces across spans", []cv.Span{pl(" "), b("\u00a0"), i("\u3000")}, blankAt(0)},
		{"one visible letter", []cv.Span{pl("\u200b"), b("a")}, nil},
		{"mark on a letter", []cv.Span{pl("e\u0301")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := fictionalVision()
			v.Sections[0].Paragraphs[0] = cv.Paragraph{Spans: tt.spans}
			got := wantsOf(v.Check(itu.AsOf(asOf)))
			if diff := cmp.Diff(tt.want, got, equateEmpty); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func blankAt(p int) []want {
	return []want{{"/sections/0/paragraphs/" + string(rune('0'+p)), "field.text"}}
}

// Issue 12: a degree or a role disguised with invisible characters, fullwidth
// forms or look-alike letters is still read, so its rule still applies.
func TestIssue12DisguisedDegreeAndRole(t *testing.T) {
	for _, degree := range []string{"P\u00adhD", "Ph\u200bD", "ＰｈＤ", "Рh\u200dD" /* Cyrillic Р */} {
		t.Run("degree "+degree, func(t *testing.T) {
			c := fictionalCV()
			c.Education[1].Degree = degree // level stays Master
			want := []want{{"/education/1/level", "cv.education.level"}}
			if diff := cmp.Diff(want, wantsOf(c.Check(itu.AsOf(asOf)))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
	for _, role := range []string{"Chair\u00adman", "Ｃｈａｉｒｍａｎ", "С\u200bhairman" /* Cyrillic С */} {
		t.Run("role "+role, func(t *testing.T) {
			c := fictionalCV()
			c.Activities[1].RoleText = role // role stays Rapporteur
			want := []want{{"/itu_activities/1/role", "cv.activity.role"}}
			if diff := cmp.Diff(want, wantsOf(c.Check(itu.AsOf(asOf)))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// Issue 12: parse errors quote at most a clipped prefix of a long input.
func TestIssue12ParseErrorsClip(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	errs := []error{}
	_, err := cv.ParseLevel(long)
	errs = append(errs, err)
	_, err = cv.ParseRole(long)
	errs = append(errs, err)
	_, err = cv.ParseEmphasis(long)
	errs = append(errs, err)
	_, err = cv.ParseParagraph(long + "*")
	errs = append(errs, err)
	var l cv.Level
	errs = append(errs, l.UnmarshalText([]byte(long)))
	var r cv.Role
	errs = append(errs, r.UnmarshalText([]byte(long)))
	for _, err := range errs {
		if err == nil || len(err.Error()) > 400 {
			t.Errorf("error of %d bytes: want a clipped error", len(err.Error()))
		}
	}
}
