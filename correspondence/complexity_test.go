package correspondence_test

// Complexity tests for issue 12: each list of a Note, a note verbale and a
// letter is grown from n to 4n items, and the violations, allocations and
// bytes allocated by Check and Lines must grow at most about linearly (a
// ratio, not a time). The generators are here; nothing large is in testdata.

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
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

// person returns the i-th of a run of distinct, valid names.
func person(i int) itu.Name {
	return itu.Name(fmt.Sprintf("Dr Ka%c%c LO%c%c", 'a'+i%26, 'a'+i/26%26, 'A'+i%26, 'A'+i/26%26))
}

// longParagraph is a paragraph of about 4,000 characters and 800 words.
var longParagraph = strings.Repeat("word ", 799) + "end."

func TestIssue12LetterGrowsLinearly(t *testing.T) {
	growers := []struct {
		name string
		max  int // the room the list's bound leaves beside the seed's items
		grow func(l *correspondence.Letter, n int)
	}{
		{"page breaks", 50, func(l *correspondence.Letter, n int) {
			for i := range n {
				l.PageBreaks = append(l.PageBreaks, correspondence.PageBreak{Paragraph: 0, Word: 1 + i%3})
			}
		}},
		{"paragraphs", 92, func(l *correspondence.Letter, n int) {
			for range n {
				l.Text = append(l.Text, longParagraph)
			}
			l.PageBreaks = append(l.PageBreaks, correspondence.PageBreak{Paragraph: len(l.Text) - 1, Word: 3})
		}},
		{"candidatures", 18, func(l *correspondence.Letter, n int) {
			for i := range n {
				l.Candidatures = append(l.Candidatures, correspondence.Candidature{Post: itu.BoardMember, Candidate: person(i), MemberState: "KOR"})
			}
		}},
		{"attachments", 19, func(l *correspondence.Letter, n int) {
			for range n {
				l.Attachments = append(l.Attachments, correspondence.Attachment{Document: "minutes"})
			}
		}},
	}
	for _, g := range growers {
		t.Run(g.name, func(t *testing.T) {
			checkGrowth(t, g.max/4, func(k int) func() int {
				l := seedLetter(t)
				g.grow(&l, k)
				return func() int { return len(l.Check(seedAsOf)) + len(l.Lines()) }
			})
		})
	}
}

func TestIssue12NoteGrowsLinearly(t *testing.T) {
	growers := []struct {
		name string
		max  int // the room the list's bound leaves beside the seed's items
		grow func(n *correspondence.Note, k int)
	}{
		{"candidatures", 196, func(n *correspondence.Note, k int) {
			for i := range k {
				n.Candidatures = append(n.Candidatures, correspondence.Candidature{Post: itu.BoardMember, Candidate: person(i), MemberState: "KOR"})
			}
		}},
		{"paragraphs", 88, func(n *correspondence.Note, k int) {
			for range k {
				n.Text = append(n.Text, longParagraph)
			}
		}},
		{"references", 44, func(n *correspondence.Note, k int) {
			for range k {
				n.References = append(n.References, "PP14/119")
			}
		}},
	}
	for _, g := range growers {
		t.Run(g.name, func(t *testing.T) {
			checkGrowth(t, g.max/4, func(k int) func() int {
				n := seedNote(t)
				g.grow(&n, k)
				return func() int { return len(n.Check(seedAsOf)) + len(n.Lines()) }
			})
		})
	}
}

func TestIssue12NoteVerbaleGrowsLinearly(t *testing.T) {
	checkGrowth(t, 4, func(k int) func() int {
		n := seedNoteVerbale(t)
		for i := range k {
			n.Candidatures = append(n.Candidatures, correspondence.Candidature{Post: itu.BoardMember, Candidate: person(i), MemberState: "KOR"})
			n.Attachments = append(n.Attachments, correspondence.Attachment{Document: "minutes"})
			n.Text = append(n.Text, longParagraph)
		}
		return func() int { return len(n.Check(seedAsOf)) + len(n.Lines()) }
	})
}
