package candidacy_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/names"
)

// Issue 12: "one Board candidate per Member State" was evaded by writing the
// conference "pp22" instead of "PP-22".
func TestIssue12BoardConferenceSpelling(t *testing.T) {
	board := func(name names.Name, conf itu.ConferenceCode) candidacy.Candidacy {
		return candidacy.Candidacy{Post: itu.BoardMember, Candidate: name, Nationality: "BRA", MemberState: "BRA", Conference: conf}
	}
	for _, conf := range []itu.ConferenceCode{"PP-22", "pp22", "PP 22", "pp-22", "ＰＰ－２２", "P\u00adP-22", "PP\u200b-22"} {
		t.Run(string(conf), func(t *testing.T) {
			cs := []candidacy.Candidacy{board("Ms Ana ONE", "PP-22"), board("Mr Bo TWO", conf)}
			wants := []want{{"/1/member_state", "candidacy.board.one_per_state"}}
			if diff := cmp.Diff(wants, rulesOnly(candidacy.CheckSet(cs, asOf), "candidacy.board.one_per_state")); diff != "" {
				t.Errorf("CheckSet() mismatch (-want +got):\n%s", diff)
			}
			d := examples.KoreaDossier()
			d.Explicit = []candidacy.Candidacy{board("Ms Ana ONE", "PP-22"), board("Mr Bo TWO", conf)}
			wants = []want{{"/candidacies/1/member_state", "candidacy.board.one_per_state"}}
			if diff := cmp.Diff(wants, rulesOnly(d.Check(seedAsOf), "candidacy.board.one_per_state")); diff != "" {
				t.Errorf("Dossier.Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// Issue 12: a dossier's documents name one person however the name hides
// invisible characters, look-alike letters or fullwidth forms; and a
// different person is still a different person.
func TestIssue12PersonKeys(t *testing.T) {
	tests := []struct {
		name string
		in   names.Name
		want []want
	}{
		{"soft hyphen", "Dr. Chae\u00adsub Lee", []want{}},
		{"zero-width space", "Dr. Chaesub L\u200bee", []want{}},
		{"zero-width joiner", "Dr. Chaesub \u200dLee", []want{}},
		{"Cyrillic E", "Dr. Chaesub L\u0415E", []want{}},
		{"fullwidth", "Dr. Ｃｈａｅｓｕｂ Ｌｅｅ", []want{}},
		{"another person", "Dr. Chaesub Kim", []want{{"/letter/candidatures/1/candidate", "candidacy.person.mismatch"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			d.Letter.Candidatures[1].Candidate = tt.in
			got := rulesOnly(d.Check(seedAsOf), "candidacy.person.mismatch")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// Issue 12: a message quoting a long value clips it before copying it.
func TestIssue12MessagesClip(t *testing.T) {
	long := itu.ConferenceCode(strings.Repeat("PP-22 ", 100_000))
	board := func(name names.Name) candidacy.Candidacy {
		return candidacy.Candidacy{Post: itu.BoardMember, Candidate: name, Nationality: "BRA", MemberState: "BRA", Conference: long}
	}
	d := examples.KoreaDossier()
	d.Explicit = []candidacy.Candidacy{board(names.Name("Ms Ana " + strings.Repeat("ONE", 100_000))), board("Mr Bo TWO")}
	d.Claims[0].Text = strings.Repeat("no such words ", 100_000)
	d.Claims[0].Source = itu.Kind(strings.Repeat("x", 100_000))
	d.VisionStatement = nil
	for _, v := range d.Check(seedAsOf) {
		if n := utf8.RuneCountInString(v.Message); n > 1001 {
			t.Errorf("%s %s: message of %d characters", v.Path, v.Code, n)
		}
	}
}

// rulesOnly returns the path and code of the violations of vs with the given code.
func rulesOnly(vs []itu.Violation, code string) []want {
	out := []want{}
	for _, v := range vs {
		if v.Code == code {
			out = append(out, want{v.Path, v.Code})
		}
	}
	return out
}
