package correspondence_test

// Complexity tests for issue 12: each list of a Note, a note verbale and a
// letter is grown from n to 4n items, and the violations, allocations and
// bytes allocated by Check and Lines must grow at most about linearly (a
// ratio, not a time). The generators are here; nothing large is in testdata.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/plenipot/itu/internal/growth"
	"github.com/plenipot/itu/names"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
)

// person returns the i-th of a run of distinct, valid names.
func person(i int) names.Name {
	return names.Name(fmt.Sprintf("Dr Ka%c%c LO%c%c", 'a'+i%26, 'a'+i/26%26, 'A'+i%26, 'A'+i/26%26))
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
			growth.Check(t, "items", g.max/4, func(k int) func() int {
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
			growth.Check(t, "items", g.max/4, func(k int) func() int {
				n := seedNote(t)
				g.grow(&n, k)
				return func() int { return len(n.Check(seedAsOf)) + len(n.Lines()) }
			})
		})
	}
}

func TestIssue12NoteVerbaleGrowsLinearly(t *testing.T) {
	growth.Check(t, "items", 4, func(k int) func() int {
		n := seedNoteVerbale(t)
		for i := range k {
			n.Candidatures = append(n.Candidatures, correspondence.Candidature{Post: itu.BoardMember, Candidate: person(i), MemberState: "KOR"})
			n.Attachments = append(n.Attachments, correspondence.Attachment{Document: "minutes"})
			n.Text = append(n.Text, longParagraph)
		}
		return func() int { return len(n.Check(seedAsOf)) + len(n.Lines()) }
	})
}
