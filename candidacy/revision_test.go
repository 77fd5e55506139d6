package candidacy_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/strictjson"
)

// TestDossierVersion checks how a dossier's Note stands among the issues of
// its document, from its symbol in several languages and forms (issue 15).
func TestDossierVersion(t *testing.T) {
	type got struct {
		Version                 candidacy.Version
		OK, Revision, Corrigend bool
		Corrects                string
	}
	tests := []struct {
		name   string
		symbol correspondence.Symbol
		want   got
	}{
		{"first issue", "Document 21-E", got{candidacy.Version{Document: "21"}, true, false, false, ""}},
		{"revision, heading form", "Revision 1 to Document 21-E", got{candidacy.Version{Document: "21", Revision: 1}, true, true, false, ""}},
		{"revision, mark", "Document 21(Rev.2)-E", got{candidacy.Version{Document: "21", Revision: 2}, true, true, false, ""}},
		{"revision, French", "Révision 1 au Document 21-F", got{candidacy.Version{Document: "21", Revision: 1}, true, true, false, ""}},
		{"corrigendum, heading form", "Corrigendum 1 to Document 21-E", got{candidacy.Version{Document: "21", Corrigendum: 1}, true, false, true, "21"}},
		{"corrigendum, Spanish", "Corrigéndum 1 al Documento 21-S", got{candidacy.Version{Document: "21", Corrigendum: 1}, true, false, true, "21"}},
		{"corrigendum of a revision", "21(Rev.1)(Corr.1)-E", got{candidacy.Version{Document: "21", Revision: 1, Corrigendum: 1}, true, false, true, "21(Rev.1)"}},
		{"addendum: a document of its own", "Addendum 1 to Document 21-E", got{candidacy.Version{Document: "21(Add.1)"}, true, false, false, ""}},
		{"revised addendum", "PP14/67(Add.1)(Rev.1)-E", got{candidacy.Version{Document: "PP-14/67(Add.1)", Revision: 1}, true, true, false, ""}},
		{"malformed", "Doc. 21", got{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			d.Note.Symbol = tt.symbol
			var g got
			g.Version, g.OK = d.Version()
			g.Revision, g.Corrigend = d.IsRevision(), d.IsCorrigendum()
			g.Corrects, _ = d.Corrects()
			if diff := cmp.Diff(tt.want, g); diff != "" {
				t.Errorf("Version mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDossierCorrigendum checks that a corrigendum is accepted as part of
// the dossier of its document: it needs no note verbale, letter, CV or
// vision statement (issue 15).
func TestDossierCorrigendum(t *testing.T) {
	corrigendum := func(d *candidacy.Dossier) {
		d.Note.Symbol = "Corrigendum 1 to Document 12-E"
		*d = candidacy.Dossier{Kind: itu.KindDossier, Note: d.Note}
	}
	tests := []struct {
		name   string
		mutate func(*candidacy.Dossier)
		want   []want
	}{
		{"the Note alone", corrigendum, nil},
		{"carrying the corrected CV", func(d *candidacy.Dossier) {
			cv := d.CV
			corrigendum(d)
			d.CV = cv
		}, nil},
		{"a first issue alone still needs the candidature in writing", func(d *candidacy.Dossier) {
			*d = candidacy.Dossier{Kind: itu.KindDossier, Note: d.Note}
		}, []want{{"/cv", "candidacy.dossier.expected"}, {"/note_verbale", "candidacy.dossier.missing"}, {"/vision_statement", "candidacy.dossier.expected"}}},
		{"a revision alone needs what a first issue needs", func(d *candidacy.Dossier) {
			d.Note.Symbol = "Revision 1 to Document 12-E"
			*d = candidacy.Dossier{Kind: itu.KindDossier, Note: d.Note}
		}, []want{{"/cv", "candidacy.dossier.expected"}, {"/note_verbale", "candidacy.dossier.missing"}, {"/vision_statement", "candidacy.dossier.expected"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			tt.mutate(&d)
			if diff := cmp.Diff(append([]want{}, tt.want...), wantsOf(d.Check(seedAsOf))); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
			if got := d.Missing(); len(got) > 0 && d.IsCorrigendum() {
				t.Errorf("Missing() = %v; want nothing for a corrigendum", got)
			}
		})
	}
}

// readRealistic decodes a dossier of the realistic corpus.
func readRealistic(t *testing.T, name string) candidacy.Dossier {
	t.Helper()
	b, err := os.ReadFile("../examples/testdata/realistic/valid/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var d candidacy.Dossier
	if err := strictjson.Decode(b, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestRealisticRevision holds Samoa's DSG candidature of the realistic
// corpus over time: Document 21 (7 March 2022), its corrigendum (10 March),
// its addendum carrying the vision statement (14 March) and its revision
// (21 March), which replaces it (issue 15).
func TestRealisticRevision(t *testing.T) {
	orig := readRealistic(t, "pp22-wsm-fuatai-purcell-dossier.json")
	corr := readRealistic(t, "pp22-wsm-fuatai-purcell-corrigendum.json")
	add := readRealistic(t, "pp22-wsm-fuatai-purcell-vision-addendum.json")
	rev := readRealistic(t, "pp22-wsm-fuatai-purcell-revision-dossier.json")
	asOf := itu.AsOf(civil.MustParseDate("2022-10-14"))
	if got, ok := corr.Corrects(); got != "21" || !ok {
		t.Errorf("corrigendum Corrects() = %q, %v; want 21, true", got, ok)
	}
	if !rev.IsRevision() {
		t.Errorf("revision IsRevision() = false")
	}

	s := candidacy.Set{orig, corr, add, rev}
	if err := s.Validate(asOf); err != nil {
		t.Errorf("Set.Validate() = %v; want nil", err)
	}
	var statuses []string
	for _, c := range s.Candidacies() {
		statuses = append(statuses, c.Status.String()+" "+c.Received.String())
	}
	if diff := cmp.Diff([]string{"revised 2022-03-07", "announced 2022-03-21"}, statuses); diff != "" {
		t.Errorf("Candidacies() statuses (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		on   string
		want []civil.Date // the Received of each standing candidacy
	}{
		{"2022-03-06", nil},
		{"2022-03-07", []civil.Date{civil.MustParseDate("2022-03-21")}}, // announced by Document 21, given as its revision gives it
		{"2022-10-14", []civil.Date{civil.MustParseDate("2022-03-21")}},
	} {
		var got []civil.Date
		for _, c := range s.Standing(itu.DeputySecretaryGeneral, "PP-22", civil.MustParseDate(tt.on)) {
			got = append(got, c.Received)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Standing(DSG, PP-22, %s) received (-want +got):\n%s", tt.on, diff)
		}
	}
}

// TestSetCheck checks that a set validates the revision, not the document
// it replaces (issue 15): an original proposing one Board candidate and a
// revision proposing another are one proposal, while two first issues
// are two (CS No. 63). The candidates are fictional, stated outright in the
// seed dossier; only the set's rule is looked at.
func TestSetCheck(t *testing.T) {
	board := func(symbol correspondence.Symbol, date string, name string) candidacy.Dossier {
		d := examples.KoreaDossier()
		d.Note.Symbol, d.Note.Date = symbol, civil.MustParseDate(date)
		d.Explicit = []candidacy.Candidacy{{Kind: itu.KindCandidacy, Post: itu.BoardMember, Candidate: names.Name(name), Nationality: "KOR",
			MemberState: "KOR", Region: "E", Conference: "PP-22", Received: civil.MustParseDate(date), Status: candidacy.Announced}}
		return d
	}
	tests := []struct {
		name string
		set  candidacy.Set
		want []want
	}{
		{"revision replaces the original", candidacy.Set{
			board("Document 12-E", "2021-11-09", "Mr Ilsoo KIM"),
			board("Revision 1 to Document 12-E", "2021-11-20", "Mr Jinho PARK"),
		}, nil},
		{"two documents, two Board candidates", candidacy.Set{
			board("Document 12-E", "2021-11-09", "Mr Ilsoo KIM"),
			board("Document 13-E", "2021-11-20", "Mr Jinho PARK"),
		}, []want{{"/1", "candidacy.board.one_per_state"}}},
		{"two language versions of one document", candidacy.Set{
			board("Document 12-E", "2021-11-09", "Mr Ilsoo KIM"),
			board("Documento 12-S", "2021-11-09", "Mr Ilsoo KIM"),
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []want
			for _, v := range tt.set.Check() {
				if v.Code == candidacy.RuleBoardOnePerState.Code {
					got = append(got, want{v.Path, v.Code})
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Check() %s (-want +got):\n%s", candidacy.RuleBoardOnePerState.Code, diff)
			}
		})
	}
}

func ExampleDossier_Corrects() {
	d := examples.KoreaDossier()                     // PP-22 Document 12-E
	d.Note.Symbol = "Corrigendum 1 to Document 12-E" // a fictional corrigendum: the Note alone
	d = candidacy.Dossier{Kind: itu.KindDossier, Note: d.Note}
	fmt.Println(d.Corrects())
	fmt.Println(d.Missing(), d.Validate(itu.AsOf(civil.MustParseDate("2021-11-30"))))
	d.Note.Symbol = "Corrigéndum 1 al Documento 12(Rev.1)-S"
	fmt.Println(d.Corrects())
	// Output:
	// 12 true
	// [] <nil>
	// 12(Rev.1) true
}

func ExampleSet_Validate() {
	asOf := itu.AsOf(civil.MustParseDate("2021-11-30"))
	orig := examples.KoreaDossier() // PP-22 Document 12-E, with a fictional error
	orig.CV.Profile.Nationality, orig.CV.Profile.NationalityText = "JPN", "Japan"
	rev := examples.KoreaDossier() // a fictional revision, correct, replacing it
	rev.Note.Symbol, rev.Note.Date = "Revision 1 to Document 12-E", civil.MustParseDate("2021-11-20")

	fmt.Println("original alone:", candidacy.Set{orig}.Validate(asOf) == nil)
	s := candidacy.Set{orig, rev}
	fmt.Println("with its revision:", s.Validate(asOf) == nil)
	for _, v := range s.Check(asOf) {
		fmt.Println(v.Severity, v.Path, v.Code)
	}
	// Output:
	// original alone: false
	// with its revision: true
	// warning /1/claims/0/since candidacy.claim.mismatch
}
