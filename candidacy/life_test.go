package candidacy_test

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/strictjson"
)

// TestDossierRequirements checks what each dossier must hold (issue 15): a CV
// for a person's candidacy, a vision statement expected (a warning) of an
// elected official's candidate only, nothing more for a withdrawn candidacy,
// and only what it adds for an addendum; and the real omissions they still
// catch.
func TestDossierRequirements(t *testing.T) {
	addendum := func(d *candidacy.Dossier) {
		d.Note.Symbol = "Addendum 1 to Document 12-E"
		*d = candidacy.Dossier{Kind: itu.KindDossier, Note: d.Note, VisionStatement: d.VisionStatement}
	}
	tests := []struct {
		name   string
		mutate func(*candidacy.Dossier)
		want   []want
	}{
		{"addendum carrying only the vision statement", addendum, nil},
		{"addendum carrying only the CV", func(d *candidacy.Dossier) {
			cv := d.CV
			addendum(d)
			d.VisionStatement, d.CV = nil, cv
		}, nil},
		{"addendum adding nothing", func(d *candidacy.Dossier) {
			addendum(d)
			d.VisionStatement = nil
		}, []want{{"/note/symbol", "candidacy.dossier.missing"}}},
		{"first issue carrying only the vision statement", func(d *candidacy.Dossier) {
			*d = candidacy.Dossier{Kind: itu.KindDossier, Note: d.Note, VisionStatement: d.VisionStatement}
		}, []want{{"/cv", "candidacy.dossier.expected"}, {"/note_verbale", "candidacy.dossier.missing"}}},
		{"a withdrawn candidacy needs no CV or vision statement", func(d *candidacy.Dossier) {
			d.Note.Candidatures[0].Withdrawal = true
			d.CV, d.VisionStatement = nil, nil
		}, nil},
		{"an announced one still needs its CV", func(d *candidacy.Dossier) {
			d.CV, d.VisionStatement = nil, nil
		}, []want{{"/cv", "candidacy.dossier.expected"}, {"/vision_statement", "candidacy.dossier.expected"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			tt.mutate(&d)
			if diff := cmp.Diff(append([]want{}, tt.want...), wantsOf(d.Check(seedAsOf))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDossierBoardCVOnly checks that a Board dossier with a CV and no vision
// statement is valid, with no warning (no text asks a Board candidate for
// one), and that it still needs the CV.
func TestDossierBoardCVOnly(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*candidacy.Dossier)
		want   []want
	}{
		{"CV, no vision statement", func(d *candidacy.Dossier) { d.VisionStatement = nil }, []want{}},
		{"neither", func(d *candidacy.Dossier) { d.VisionStatement, d.CV = nil, nil }, []want{{"/cv", "candidacy.dossier.expected"}}},
	}
	b, err := os.ReadFile("../examples/testdata/realistic/valid/pp22-fra-henri-dossier.json")
	if err != nil {
		t.Fatal(err)
	}
	asOf := itu.AsOf(civil.MustParseDate("2022-10-14"))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d candidacy.Dossier
			if err := strictjson.Decode(b, &d); err != nil {
				t.Fatal(err)
			}
			tt.mutate(&d)
			if diff := cmp.Diff(tt.want, wantsOf(d.Check(asOf))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDossierLetters checks that one note verbale may announce candidatures
// each presented by its own letter, and that a letter presenting what the
// note verbale does not announce, or another person, is still caught.
func TestDossierLetters(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*candidacy.Dossier)
		want   []want
	}{
		{"the letter presents the DSG candidature only", func(d *candidacy.Dossier) {
			d.Letter.Candidatures = d.Letter.Candidatures[1:]
		}, []want{seedWarning}},
		{"the letter presents the Council candidature only", func(d *candidacy.Dossier) {
			d.Letter.Candidatures = d.Letter.Candidatures[:1]
		}, []want{seedWarning}},
		{"the letter presents a post the note verbale does not announce", func(d *candidacy.Dossier) {
			d.Letter.Candidatures = d.Letter.Candidatures[1:]
			d.Letter.Candidatures[0].Post = itu.DirectorBDT
		}, []want{seedWarning, {"/letter/candidatures/0/post", "candidacy.post.mismatch"}}},
		{"the letter presents another person", func(d *candidacy.Dossier) {
			d.Letter.Candidatures = d.Letter.Candidatures[1:]
			d.Letter.Candidatures[0].Candidate = "Dr Minsu KIM"
		}, []want{
			seedWarning,
			{"/letter/candidatures/0/candidate", "candidacy.person.mismatch"},
			{"/letter/candidatures/0/candidate", "correspondence.candidature.unmentioned"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			tt.mutate(&d)
			if diff := cmp.Diff(append([]want{}, tt.want...), wantsOf(d.Check(seedAsOf))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDossierSharedCouncilNote checks that a Note listing several States'
// Council candidatures is valid in one State's dossier, and that it must list
// that State's own.
func TestDossierSharedCouncilNote(t *testing.T) {
	council := func(s itu.StateCode) correspondence.Candidature {
		return correspondence.Candidature{Post: itu.CouncilMember, MemberState: s}
	}
	tests := []struct {
		name   string
		others []correspondence.Candidature
		want   []want
	}{
		{"Korea among three States", []correspondence.Candidature{council("JPN"), council("KOR"), council("CHN")}, []want{seedWarning}},
		{"Korea missing", []correspondence.Candidature{council("JPN"), council("CHN")}, []want{
			seedWarning, {"/note/candidatures", "candidacy.state.mismatch"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			d.Note.Candidatures = append(d.Note.Candidatures, tt.others...)
			if err := d.Note.Validate(seedAsOf); err != nil {
				t.Errorf("Note.Validate() = %v; want nil", err)
			}
			if diff := cmp.Diff(append([]want{}, tt.want...), wantsOf(d.Check(seedAsOf))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDossierWithdrawal checks that a withdrawing document derives a
// withdrawn candidacy on its date, by its mark or, failing one, its words,
// and that a withdrawal before the announcement is an error.
func TestDossierWithdrawal(t *testing.T) {
	type got struct {
		Post        itu.Post
		Status      candidacy.Status
		WithdrawnOn string
	}
	tests := []struct {
		name   string
		mutate func(*candidacy.Dossier)
		want   []got
		errs   []want
	}{
		{"seed: announced", func(*candidacy.Dossier) {}, []got{
			{itu.CouncilMember, 0, ""}, {itu.DeputySecretaryGeneral, candidacy.Announced, ""},
		}, []want{seedWarning}},
		{"Note marking the candidature withdrawn", func(d *candidacy.Dossier) {
			d.Note.Candidatures[0].Withdrawal = true
		}, []got{
			{itu.CouncilMember, 0, ""}, {itu.DeputySecretaryGeneral, candidacy.Withdrawn, "2021-11-09"},
		}, []want{seedWarning}},
		{"Note whose subject withdraws", func(d *candidacy.Dossier) {
			d.Note.Subject = "WITHDRAWAL OF THE CANDIDATURE FOR THE POST OF DEPUTY SECRETARY-GENERAL"
		}, []got{
			{itu.CouncilMember, 0, ""}, {itu.DeputySecretaryGeneral, candidacy.Withdrawn, "2021-11-09"},
		}, []want{seedWarning}},
		{"French words in the text", func(d *candidacy.Dossier) {
			d.Note.Text = append(d.Note.Text, "Le Secrétariat a été informé du retrait de la candidature.")
		}, []got{
			{itu.CouncilMember, 0, ""}, {itu.DeputySecretaryGeneral, candidacy.Withdrawn, "2021-11-09"},
		}, []want{seedWarning}},
		{"a mark on another candidature overrides the words", func(d *candidacy.Dossier) {
			d.Note.Subject = "WITHDRAWAL OF THE CANDIDATURE"
			d.Note.Candidatures = append(d.Note.Candidatures, correspondence.Candidature{Post: itu.CouncilMember, MemberState: "KOR", Withdrawal: true})
		}, []got{
			{itu.CouncilMember, candidacy.Withdrawn, "2021-11-09"}, {itu.DeputySecretaryGeneral, candidacy.Announced, ""},
		}, []want{seedWarning}},
		{"note verbale withdrawing before the Note announcing", func(d *candidacy.Dossier) {
			d.NoteVerbale.Candidatures[1].Withdrawal = true
			d.NoteVerbale.Date, d.NoteVerbale.DateText = civil.MustParseDate(d28), ""
		}, []got{
			{itu.CouncilMember, 0, ""}, {itu.DeputySecretaryGeneral, candidacy.Withdrawn, d28},
		}, []want{seedWarning, {"/note_verbale/date", "candidacy.withdrawal.order"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			tt.mutate(&d)
			var gots []got
			for _, c := range d.Candidacies() {
				on := ""
				if !c.WithdrawnOn.IsZero() {
					on = c.WithdrawnOn.String()
				}
				gots = append(gots, got{c.Post, c.Status, on})
			}
			if diff := cmp.Diff(tt.want, gots); diff != "" {
				t.Errorf("Candidacies() mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(append([]want{}, tt.errs...), wantsOf(d.Check(seedAsOf))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// d28 is a day between the seed's letter (27 October 2021) and its Note (9
// November 2021).
const d28 = "2021-10-28"

// TestCandidacyWithdrawal checks candidacy.withdrawal.order on one candidacy.
func TestCandidacyWithdrawal(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*candidacy.Candidacy)
		want   []want
	}{
		{"withdrawn after it was received", func(c *candidacy.Candidacy) {
			c.Status, c.WithdrawnOn = candidacy.Withdrawn, civil.MustParseDate("2021-11-09")
		}, []want{}},
		{"withdrawn before it was received", func(c *candidacy.Candidacy) {
			c.Status, c.WithdrawnOn = candidacy.Withdrawn, civil.MustParseDate("2021-11-01")
		}, []want{{"/withdrawn_on", "candidacy.withdrawal.order"}}},
		{"withdrawn before it was proposed", func(c *candidacy.Candidacy) {
			c.Status, c.Received, c.WithdrawnOn = candidacy.Withdrawn, civil.Date{}, civil.MustParseDate("2021-10-01")
		}, []want{{"/withdrawn_on", "candidacy.withdrawal.order"}}},
		{"a withdrawal date on an announced candidacy", func(c *candidacy.Candidacy) {
			c.WithdrawnOn = civil.MustParseDate("2021-11-09")
		}, []want{{"/withdrawn_on", "candidacy.withdrawal.order"}}},
		{"withdrawn after the as-of date", func(c *candidacy.Candidacy) {
			c.Status, c.WithdrawnOn = candidacy.Withdrawn, civil.MustParseDate("2021-12-01")
		}, []want{{"/withdrawn_on", "candidacy.date.future"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := dsg()
			tt.mutate(&c)
			if diff := cmp.Diff(tt.want, wantsOf(c.Check(asOf))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRealisticWithdrawal checks the candidacy the realistic withdrawal
// dossier derives: withdrawn, on the day of its note verbale and Note.
func TestRealisticWithdrawal(t *testing.T) {
	b, err := os.ReadFile("../examples/testdata/realistic/valid/pp14-mrt-mohamed-saleck-withdrawal-dossier.json")
	if err != nil {
		t.Fatal(err)
	}
	var d candidacy.Dossier
	if err := strictjson.Decode(b, &d); err != nil {
		t.Fatal(err)
	}
	want := []candidacy.Candidacy{{
		Kind: itu.KindCandidacy, Post: itu.DeputySecretaryGeneral, Candidate: "Ms Fatimetou MOHAMED-SALECK",
		MemberState: "MRT", Conference: "PP-14", Status: candidacy.Withdrawn, WithdrawnOn: civil.MustParseDate("2014-10-23"),
	}}
	if diff := cmp.Diff(want, d.Candidacies()); diff != "" {
		t.Errorf("Candidacies() mismatch (-want +got):\n%s", diff)
	}
}

// TestDossierAddendumBase checks candidacy.addendum.base: an addendum checked
// with the Note it adds to.
func TestDossierAddendumBase(t *testing.T) {
	addendum := func(d *candidacy.Dossier) {
		base := *d.Note
		base.Candidatures = append([]correspondence.Candidature(nil), base.Candidatures...)
		base.Text = append([]string(nil), base.Text...)
		n := *d.Note
		n.Symbol, n.Date, n.DateText = "Addendum 1 to Document 12-E", civil.MustParseDate("2021-11-15"), ""
		*d = candidacy.Dossier{Kind: itu.KindDossier, Note: &n, Base: &base, VisionStatement: d.VisionStatement}
	}
	tests := []struct {
		name   string
		mutate func(*candidacy.Dossier)
		want   []want
	}{
		{"addendum to its own State's document", addendum, nil},
		{"addendum to a document of another State", func(d *candidacy.Dossier) {
			addendum(d)
			d.Base.Candidatures[0].Candidate = "Mr Seizo ONOE"
			d.Base.Candidatures[0].MemberState, d.Base.Candidatures[0].MemberStateText = "JPN", ""
			d.Base.Text[1] = "Mr Seizo ONOE (Japan)"
		}, []want{{"/base/candidatures/0/member_state", "candidacy.addendum.base"}}},
		{"addendum to another document", func(d *candidacy.Dossier) {
			addendum(d)
			d.Note.Symbol = "Addendum 1 to Document 13-E"
		}, []want{{"/base/symbol", "candidacy.addendum.base"}}},
		{"addendum before its document", func(d *candidacy.Dossier) {
			addendum(d)
			d.Note.Date = civil.MustParseDate("2021-11-01")
		}, []want{{"/note/date", "candidacy.addendum.base"}}},
		{"a base for a first issue", func(d *candidacy.Dossier) {
			base := *d.Note
			d.Base = &base
		}, []want{{"/base", "candidacy.addendum.base"}, seedWarning}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			tt.mutate(&d)
			if diff := cmp.Diff(append([]want{}, tt.want...), wantsOf(d.Check(itu.AsOf(civil.MustParseDate("2022-10-14"))))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
