package cv_test

// Complexity tests for issue 12: each list of a CV and a vision statement is
// grown from n to 4n items, and the violations, allocations and bytes
// allocated by Check must grow at most about linearly (a ratio, not a time).
// The generators are here; nothing large is kept in testdata.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/growth"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/cv"
)

var cvGrowers = []struct {
	name string
	max  int // the room the list's bound leaves beside the fixture's items
	grow func(c *cv.CV, n int)
}{
	{"career", 96, func(c *cv.CV, n int) {
		for i := range n {
			c.Career = append(c.Career, cv.Position{Period: civil.MustParsePeriod("2025 – Present"), Title: "Head", Organisation: fmt.Sprintf("Body %d", i)})
		}
	}},
	{"education", 24, func(c *cv.CV, n int) {
		for range n {
			c.Education = append(c.Education, cv.Education{Degree: "MSc", Level: cv.Doctorate, Institution: "Same", Period: civil.MustParsePeriod("1900")})
		}
	}},
	{"activities", 196, func(c *cv.CV, n int) {
		for i := range n {
			c.Activities = append(c.Activities, cv.Activity{Period: civil.MustParsePeriod(fmt.Sprint(1950 + i%50)), Role: cv.Chairman, RoleText: "Member", Body: "SG1"})
		}
	}},
	{"achievements", 16, func(c *cv.CV, n int) {
		for range n {
			c.Achievements = append(c.Achievements, cv.AchievementList{Title: "Same", Items: []string{"x", "x", "x"}})
		}
	}},
	{"achievement items", 100, func(c *cv.CV, n int) {
		c.Achievements = append(c.Achievements, cv.AchievementList{Title: "Many"})
		l := &c.Achievements[len(c.Achievements)-1]
		for range n {
			l.Items = append(l.Items, "the same item")
		}
	}},
	{"languages", 30, func(c *cv.CV, n int) {
		for i := range n {
			c.Profile.Languages = append(c.Profile.Languages, cv.SpokenLanguage{Name: fmt.Sprint("Language ", i)})
		}
	}},
}

func TestIssue12CVGrowsLinearly(t *testing.T) {
	for _, g := range cvGrowers {
		t.Run(g.name, func(t *testing.T) {
			growth.Check(t, "items", g.max/4, func(k int) func() int {
				c := fictionalCV()
				g.grow(&c, k)
				return func() int { return len(c.Check(itu.AsOf(asOf))) }
			})
		})
	}
}

var visionGrowers = []struct {
	name string
	max  int // the room the list's bound leaves beside the fixture's items
	grow func(v *cv.VisionStatement, n int)
}{
	{"sections", 50, func(v *cv.VisionStatement, n int) {
		for range n {
			v.Sections = append(v.Sections, cv.Section{Paragraphs: []cv.Paragraph{spans(pl("\u200b"))}})
		}
	}},
	{"paragraphs", 196, func(v *cv.VisionStatement, n int) {
		s := &v.Sections[0]
		for range n {
			s.Paragraphs = append(s.Paragraphs, spans(pl("\u3164"), pl("\u2800")))
		}
	}},
	{"spans", 496, func(v *cv.VisionStatement, n int) {
		p := &v.Sections[0].Paragraphs[0]
		for range n {
			p.Spans = append(p.Spans, b("\x01same"))
		}
	}},
	{"translations", 6, func(v *cv.VisionStatement, n int) {
		for range n {
			v.Translations = append(v.Translations, cv.Translation{Language: itu.French, Sections: v.Sections[:1]})
		}
	}},
}

func TestIssue12VisionGrowsLinearly(t *testing.T) {
	for _, g := range visionGrowers {
		t.Run(g.name, func(t *testing.T) {
			n := max(g.max/4, 1)
			growth.Check(t, "items", n, func(k int) func() int {
				v := fictionalVision()
				g.grow(&v, k)
				return func() int { return len(v.Check(itu.AsOf(asOf))) }
			})
		})
	}
}

// Issue 12: ParseParagraph merged each run of one emphasis into the span
// before by copying it, so "**a****a****a**…" cost the square of its length.
func TestIssue12ParseParagraphLinear(t *testing.T) {
	for _, unit := range []string{"**a**", "*a**a*", "a\\*", "***a***a"} {
		t.Run(unit, func(t *testing.T) {
			growth.Check(t, "items", 2000, func(k int) func() int {
				s := strings.Repeat(unit, k)
				return func() int {
					p, _ := cv.ParseParagraph(s)
					return len(p.Spans)
				}
			})
		})
	}
}
