package candidacy_test

// Complexity tests for issue 12: every list of a dossier is grown from n to 4n
// items and the violations and allocations of Check must grow at most about
// linearly (a ratio, never a time). The generators build the payloads here;
// nothing large is kept in testdata.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/growth"
	"github.com/plenipot/itu/names"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/examples"
)

// personName returns the i-th of a run of distinct, valid person names:
// "Dr Kab LOAB", "Dr Kac LOAC", ...
func personName(i int) names.Name {
	var w []byte
	for {
		w = append(w, byte('a'+i%26))
		i /= 26
		if i == 0 {
			break
		}
	}
	s := string(w)
	return names.Name("Dr Ka" + s + " LO" + strings.ToUpper(s))
}

// grower adds n items to one list of the seed dossier.
type grower struct {
	name string
	max  int // the room the list's bound leaves beside the seed's items, so 4n stays within it
	grow func(d *candidacy.Dossier, n int)
}

var growers = []grower{
	{"career", 92, func(d *candidacy.Dossier, n int) {
		for i := range n {
			d.CV.Career = append(d.CV.Career, cv.Position{
				Period: civil.MustParsePeriod("2015 – Present"), Title: "Director",
				Unit:         "Telecommunication Standardization Bureau (TSB)",
				Organisation: "ITU", Country: fmt.Sprintf("Geneva %d", i),
			})
		}
	}},
	{"education", 24, func(d *candidacy.Dossier, n int) {
		for i := range n {
			d.CV.Education = append(d.CV.Education, cv.Education{
				Degree: "MA", Level: cv.Master, Institution: fmt.Sprintf("University %d", i),
				Period: civil.MustParsePeriod("1985"),
			})
		}
	}},
	{"activities", 188, func(d *candidacy.Dossier, n int) {
		for i := range n {
			d.CV.Activities = append(d.CV.Activities, cv.Activity{
				Period: civil.MustParsePeriod("2015 – Present"), Role: cv.Director,
				RoleText: "Director", Body: fmt.Sprintf("TSB, ITU %d", i),
			})
		}
	}},
	{"claims", 48, func(d *candidacy.Dossier, n int) {
		for i := range n {
			c := d.Claims[0]
			c.Since = civil.Year(2000 + i%20)
			d.Claims = append(d.Claims, c)
		}
	}},
	// Issue 12: each claim was matched against every CV line in five forms,
	// so claims and CV lines growing together cost their product.
	{"claims and cv lines", 50, func(d *candidacy.Dossier, n int) {
		for i := range n {
			d.Claims = append(d.Claims, d.Claims[0])
			if len(d.CV.Career) < 100 {
				d.CV.Career = append(d.CV.Career, cv.Position{
					Period: civil.MustParsePeriod("2015 – Present"), Title: "Director of the Radiocommunication Bureau " + strings.Repeat("é", 150),
					Unit: strings.Repeat("Ü", 280) + fmt.Sprint(i) + " (TSB)", Organisation: "ITU",
				})
			}
			for j := range 2 {
				if len(d.CV.Activities) < 200 {
					d.CV.Activities = append(d.CV.Activities, cv.Activity{
						Period: civil.MustParsePeriod("2015 – Present"), Role: cv.Director,
						RoleText: "Director " + strings.Repeat("é", 150), Body: strings.Repeat("Ü", 280) + fmt.Sprint(i, j),
					})
				}
			}
		}
	}},
	{"paragraphs", 196, func(d *candidacy.Dossier, n int) {
		s := &d.VisionStatement.Sections[0]
		for i := range n {
			s.Paragraphs = append(s.Paragraphs, cv.MustParseParagraph(fmt.Sprintf("Paragraph **%d** of the statement.", i)))
		}
	}},
	{"spans", 496, func(d *candidacy.Dossier, n int) {
		p := &d.VisionStatement.Sections[0].Paragraphs[0]
		for i := range n {
			p.Spans = append(p.Spans, cv.Span{Text: fmt.Sprintf(" word %d", i), Emphasis: cv.Emphasis(1 + i%2)})
		}
	}},
	{"people", 196, func(d *candidacy.Dossier, n int) {
		for i := range n {
			d.Note.Candidatures = append(d.Note.Candidatures, correspondence.Candidature{
				Post: itu.DeputySecretaryGeneral, Candidate: personName(i), MemberState: "KOR",
			})
		}
	}},
	{"board", 196, func(d *candidacy.Dossier, n int) {
		for i := range n {
			d.Note.Candidatures = append(d.Note.Candidatures, correspondence.Candidature{
				Post: itu.BoardMember, Candidate: personName(i), MemberState: "KOR",
			})
		}
	}},
	{"explicit", 20, func(d *candidacy.Dossier, n int) {
		for i := range n {
			c := examples.KoreaDSGCandidacy()
			c.Post, c.Candidate = itu.BoardMember, personName(i)
			d.Explicit = append(d.Explicit, c)
		}
	}},
}

// grown returns the seed dossier with n items added by g.
func grown(g grower, n int) candidacy.Dossier {
	d := examples.KoreaDossier()
	g.grow(&d, n)
	return d
}

func TestIssue12DossierGrowsLinearly(t *testing.T) {
	for _, g := range growers {
		t.Run(g.name, func(t *testing.T) {
			growth.Check(t, g.name, g.max/4, func(k int) func() int {
				d := grown(g, k)
				return func() int { return len(d.Check(seedAsOf)) }
			})
		})
	}
}

func TestIssue12CheckSetGrowsLinearly(t *testing.T) {
	growth.Check(t, "Board candidacies in a set", 50, func(k int) func() int {
		cs := make([]candidacy.Candidacy, k)
		for i := range cs {
			cs[i] = examples.KoreaDSGCandidacy()
			cs[i].Post, cs[i].Candidate = itu.BoardMember, personName(i)
		}
		return func() int { return len(candidacy.CheckSet(cs, seedAsOf)) }
	})
}
