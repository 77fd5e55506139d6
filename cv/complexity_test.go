package cv_test

// Complexity tests for issue 12: each list of a CV and a vision statement is
// grown from n to 4n items, and the violations, allocations and bytes
// allocated by Check must grow at most about linearly (a ratio, not a time).
// The generators are here; nothing large is kept in testdata.

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/cv"
)

// worst returns the largest of the ratios of c to their limits: over 1 fails.
func worst(c [3][3]float64) float64 {
	w := 0.0
	for j := range 3 {
		limit := float64(maxGrowth)
		if j == 2 {
			if raceEnabled {
				continue
			}
			limit = maxBytesGrowth
		}
		w = max(w, (c[2][j]-c[0][j])/max(c[1][j]-c[0][j], 0.02*c[0][j], 1)/limit)
	}
	return w
}

// maxGrowth is the largest ratio allowed for four times the input: linear
// growth gives 4, n·log n a little more, quadratic work 16. Bytes get
// maxBytesGrowth, since slices grown by doubling can take up to twice the
// bytes their items need.
const (
	maxGrowth      = 6
	maxBytesGrowth = 8
)

// cost runs f five times, returning its result and the mallocs and bytes
// allocated per run, averaged to keep out noise.
func cost(f func() int) (violations, mallocs, bytes float64) {
	const runs = 5
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for range runs {
		violations = float64(f())
	}
	runtime.ReadMemStats(&b)
	return violations, float64(b.Mallocs-a.Mallocs) / runs, float64(b.TotalAlloc-a.TotalAlloc) / runs
}

// checkGrowth fails t when the cost of gen(4n) over gen(0) is more than the
// allowed ratio times the cost of gen(n) over gen(0), in violations,
// allocations or bytes allocated. Growth under 2% of the base cost counts
// as 2%, so that noise in a cost that hardly grows is not read as a ratio.
func checkGrowth(t *testing.T, n int, gen func(int) func() int) {
	t.Helper()
	fs := []func() int{gen(0), gen(n), gen(4 * n)}
	for _, f := range fs { // warm up every size before measuring any
		f()
	}
	var c [3][3]float64
	for attempt := 0; attempt < 3; attempt++ { // a garbage collection mid-run is noise: measure again
		for i, f := range fs {
			c[i][0], c[i][1], c[i][2] = cost(f)
		}
		if worst(c) <= 1 {
			break
		}
	}
	for j, measure := range []string{"violations", "allocations", "bytes"} {
		limit := float64(maxGrowth)
		if measure == "bytes" {
			if raceEnabled {
				continue
			}
			limit = maxBytesGrowth
		}
		ratio := (c[2][j] - c[0][j]) / max(c[1][j]-c[0][j], 0.02*c[0][j], 1)
		if ratio > limit {
			t.Errorf("%d → %d items: %s grew %.1f× (%.0f, %.0f, %.0f); want at most %.0f×", n, 4*n, measure, ratio, c[0][j], c[1][j], c[2][j], limit)
		}
	}
}

var cvGrowers = []struct {
	name string
	max  int // the room the list's bound leaves beside the fixture's items
	grow func(c *cv.CV, n int)
}{
	{"career", 96, func(c *cv.CV, n int) {
		for i := range n {
			c.Career = append(c.Career, cv.Position{Period: itu.MustParsePeriod("2025 – Present"), Title: "Head", Organisation: fmt.Sprintf("Body %d", i)})
		}
	}},
	{"education", 24, func(c *cv.CV, n int) {
		for range n {
			c.Education = append(c.Education, cv.Education{Degree: "MSc", Level: cv.Doctorate, Institution: "Same", Period: itu.MustParsePeriod("1900")})
		}
	}},
	{"activities", 196, func(c *cv.CV, n int) {
		for i := range n {
			c.Activities = append(c.Activities, cv.Activity{Period: itu.MustParsePeriod(fmt.Sprint(1950 + i%50)), Role: cv.Chairman, RoleText: "Member", Body: "SG1"})
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
			checkGrowth(t, g.max/4, func(k int) func() int {
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
			checkGrowth(t, n, func(k int) func() int {
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
			checkGrowth(t, 2000, func(k int) func() int {
				s := strings.Repeat(unit, k)
				return func() int {
					p, _ := cv.ParseParagraph(s)
					return len(p.Spans)
				}
			})
		})
	}
}
