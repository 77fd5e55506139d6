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

// maxGrowth is the largest ratio allowed for four times the input: linear
// growth gives 4, n·log n a little more, quadratic work 16. Bytes get
// maxBytesGrowth, since slices grown by doubling can take up to twice the
// bytes their items need.
const (
	maxGrowth      = 6
	maxBytesGrowth = 8
)

// cost runs f once to warm up, then once more, counting what it allocates.
func cost(f func() int) (violations, mallocs, bytes float64) {
	f()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	n := f()
	runtime.ReadMemStats(&b)
	return float64(n), float64(b.Mallocs - a.Mallocs), float64(b.TotalAlloc - a.TotalAlloc)
}

// checkGrowth fails t when the cost of gen(4n) over gen(0) is more than the
// allowed ratio times the cost of gen(n) over gen(0).
func checkGrowth(t *testing.T, n int, gen func(int) func() int) {
	t.Helper()
	var c [3][3]float64
	for i, k := range []int{0, n, 4 * n} {
		c[i][0], c[i][1], c[i][2] = cost(gen(k))
	}
	for j, what := range []string{"violations", "allocations", "bytes"} {
		limit := float64(maxGrowth)
		if what == "bytes" {
			limit = maxBytesGrowth
		}
		ratio := (c[2][j] - c[0][j]) / max(c[1][j]-c[0][j], 1)
		if ratio > limit {
			t.Errorf("%d → %d items: %s grew %.1f× (%.0f, %.0f, %.0f); want at most %.0f×", n, 4*n, what, ratio, c[0][j], c[1][j], c[2][j], limit)
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
		max  int
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
		max  int
		grow func(n *correspondence.Note, k int)
	}{
		{"candidatures", 200, func(n *correspondence.Note, k int) {
			for i := range k {
				n.Candidatures = append(n.Candidatures, correspondence.Candidature{Post: itu.BoardMember, Candidate: person(i), MemberState: "KOR"})
			}
		}},
		{"paragraphs", 96, func(n *correspondence.Note, k int) {
			for range k {
				n.Text = append(n.Text, longParagraph)
			}
		}},
		{"references", 48, func(n *correspondence.Note, k int) {
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
