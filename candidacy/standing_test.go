package candidacy_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/names"
)

// TestSetStanding checks who is standing for a post on a day (issue 15):
// announced by then, not withdrawn by then and, for an elected official's
// post, not yet decided. The candidates are fictional; each dossier states
// its candidacy outright.
func TestSetStanding(t *testing.T) {
	day := civil.MustParseDate
	sg := func(name string, state itu.StateCode, received string) candidacy.Dossier {
		c := candidacy.Candidacy{Kind: itu.KindCandidacy, Post: itu.SecretaryGeneral, Candidate: names.Name(name), MemberState: state, Conference: "PP-26", Status: candidacy.Announced}
		if received != "" {
			c.Received = day(received)
		}
		return candidacy.Dossier{Explicit: []candidacy.Candidacy{c}}
	}
	with := func(d candidacy.Dossier, f func(*candidacy.Candidacy)) candidacy.Dossier {
		c := d.Explicit[0]
		f(&c)
		return candidacy.Dossier{Explicit: []candidacy.Candidacy{c}}
	}
	withdrawn := func(on string) func(*candidacy.Candidacy) {
		return func(c *candidacy.Candidacy) {
			c.Status, c.Received = candidacy.Withdrawn, civil.Date{}
			if on != "" {
				c.WithdrawnOn = day(on)
			}
		}
	}
	ada := sg("Ms Ada EXAMPLE", "USA", "2026-05-01")
	bo := sg("Mr Bo EXAMPLE", "FRA", "2026-06-01")
	undated := sg("Mr Cy EXAMPLE", "DEU", "")
	council := candidacy.Dossier{Explicit: []candidacy.Candidacy{{Kind: itu.KindCandidacy, Post: itu.CouncilMember, MemberState: "ROU", Region: "C", Conference: "PP-26", Proposed: day("2026-04-01")}}}
	base := candidacy.Set{ada, bo, undated, with(bo, withdrawn("2026-08-01")), council}
	tests := []struct {
		name string
		set  candidacy.Set
		post itu.Post
		conf itu.ConferenceCode
		on   string
		want []string
	}{
		{"before any announcement", base, itu.SecretaryGeneral, "PP-26", "2026-04-30", nil},
		{"on the day of the first", base, itu.SecretaryGeneral, "PP-26", "2026-05-01", []string{"SG: Ms Ada EXAMPLE (USA), PP-26"}},
		{"both announced", base, itu.SecretaryGeneral, "PP-26", "2026-07-31", []string{"SG: Ms Ada EXAMPLE (USA), PP-26", "SG: Mr Bo EXAMPLE (FRA), PP-26"}},
		{"withdrawn that day", base, itu.SecretaryGeneral, "PP-26", "2026-08-01", []string{"SG: Ms Ada EXAMPLE (USA), PP-26"}},
		{"conference by key", base, itu.SecretaryGeneral, "pp26", "2026-08-01", []string{"SG: Ms Ada EXAMPLE (USA), PP-26"}},
		{"another conference", base, itu.SecretaryGeneral, "PP-22", "2026-08-01", nil},
		{"another post", base, itu.DeputySecretaryGeneral, "PP-26", "2026-08-01", nil},
		{"a Council seat, by the date proposed", base, itu.CouncilMember, "PP-26", "2026-04-01", []string{"COUNCIL: ROU (Region C), PP-26"}},
		{"a withdrawal with no date", candidacy.Set{ada, bo, with(bo, withdrawn(""))}, itu.SecretaryGeneral, "PP-26", "2026-07-01", []string{"SG: Ms Ada EXAMPLE (USA), PP-26"}},
		{"a withdrawal without its announcement", candidacy.Set{with(bo, withdrawn("2026-08-01"))}, itu.SecretaryGeneral, "PP-26", "2026-07-01", nil},
		{"the post decided", append(candidacy.Set{with(ada, func(c *candidacy.Candidacy) { c.Status = candidacy.Elected })}, base...), itu.SecretaryGeneral, "PP-26", "2026-07-01", nil},
		{"a Council seat decided, the others still standing", candidacy.Set{
			with(council, func(c *candidacy.Candidacy) { c.Status = candidacy.Elected }),
			with(council, func(c *candidacy.Candidacy) { c.MemberState = "POL" }),
		}, itu.CouncilMember, "PP-26", "2026-12-01", []string{"COUNCIL: POL (Region C), PP-26"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range tt.set.Standing(tt.post, tt.conf, day(tt.on)) {
				got = append(got, c.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Standing(%s, %s, %s) mismatch (-want +got):\n%s", tt.post, tt.conf, tt.on, diff)
			}
		})
	}
}

// TestSetStandingRevision checks a revision that names another candidate:
// the first stands from the original's date until the revision's, the
// second from the revision's (issue 15). The revision is fictional.
func TestSetStandingRevision(t *testing.T) {
	orig := examples.KoreaDossier() // PP-22 Document 12-E, 9 November 2021
	rev := examples.KoreaDossier()
	rev.Note.Symbol, rev.Note.Date = "Revision 1 to Document 12-E", civil.MustParseDate("2021-11-20")
	rev.Explicit = []candidacy.Candidacy{{Kind: itu.KindCandidacy, Post: itu.DeputySecretaryGeneral, Candidate: "Mr Jinho PARK", Nationality: "KOR",
		MemberState: "KOR", Conference: "PP-22", Received: rev.Note.Date, Status: candidacy.Announced}}
	s := candidacy.Set{rev, orig} // in any order
	tests := []struct {
		on   string
		want []string
	}{
		{"2021-11-08", nil},
		{"2021-11-09", []string{"DSG: Dr Chaesub LEE (KOR), PP-22"}},
		{"2021-11-19", []string{"DSG: Dr Chaesub LEE (KOR), PP-22"}},
		{"2021-11-20", []string{"DSG: Mr Jinho PARK (KOR), PP-22"}},
	}
	for _, tt := range tests {
		t.Run(tt.on, func(t *testing.T) {
			var got []string
			for _, c := range s.Standing(itu.DeputySecretaryGeneral, "PP-22", civil.MustParseDate(tt.on)) {
				got = append(got, c.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Standing mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func ExampleSet_Standing() {
	orig := examples.KoreaDossier() // PP-22 Document 12-E, 9 November 2021
	rev := examples.KoreaDossier()  // a fictional revision replacing it
	rev.Note.Symbol, rev.Note.Date = "Revision 1 to Document 12-E", civil.MustParseDate("2021-11-20")
	s := candidacy.Set{orig, rev}
	for _, c := range s.Candidacies() {
		if c.Post == itu.DeputySecretaryGeneral {
			fmt.Println(c, "-", c.Status, "on", c.Received)
		}
	}
	for _, on := range []string{"2021-11-08", "2021-11-09", "2022-09-26"} {
		fmt.Println(on, s.Standing(itu.DeputySecretaryGeneral, "PP-22", civil.MustParseDate(on)))
	}
	// Output:
	// DSG: Dr Chaesub LEE (KOR), PP-22 - revised on 2021-11-09
	// DSG: Dr Chaesub LEE (KOR), PP-22 - announced on 2021-11-20
	// 2021-11-08 []
	// 2021-11-09 [DSG: Dr Chaesub LEE (KOR), PP-22]
	// 2022-09-26 [DSG: Dr Chaesub LEE (KOR), PP-22]
}
