package docimport_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/docimport"
	"github.com/plenipot/itu/names"
)

// fixture is a payload file of the corpus whose kind has a published text.
type fixture struct {
	name   string
	kind   itu.Kind
	record any // a pointer to the record
}

// renderer is a record with a published text.
type renderer interface{ Render() string }

// renderable returns the valid and realistic fixtures whose kind renders.
func renderable(t *testing.T) []fixture {
	t.Helper()
	var out []fixture
	for _, glob := range []string{"../examples/testdata/valid/*.json", "../examples/testdata/realistic/valid/*.json"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var head struct{ Kind itu.Kind }
			if err := json.Unmarshal(data, &head); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			rec := newRecord(head.Kind)
			if rec == nil {
				continue
			}
			if err := json.Unmarshal(data, rec); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			out = append(out, fixture{name: strings.TrimSuffix(filepath.Base(f), ".json"), kind: head.Kind, record: rec})
		}
	}
	if len(out) < 40 {
		t.Fatalf("found %d renderable fixtures; want the corpus", len(out))
	}
	return out
}

// newRecord returns a pointer to a new record of a kind that renders, or nil.
func newRecord(k itu.Kind) any {
	switch k {
	case itu.KindDossier:
		return &candidacy.Dossier{}
	case itu.KindNote:
		return &correspondence.Note{}
	case itu.KindNoteVerbale:
		return &correspondence.NoteVerbale{}
	case itu.KindLetter:
		return &correspondence.Letter{}
	case itu.KindCV:
		return &cv.CV{}
	case itu.KindVisionStatement:
		return &cv.VisionStatement{}
	}
	return nil
}

// read imports text and returns its one payload as a record of kind k: a
// dossier of one document, when k is "dossier" and the text holds one
// document, which the reader returns as that document's own payload.
func read(t *testing.T, text string, k itu.Kind) (any, docimport.Result) {
	t.Helper()
	res, err := docimport.Read(strings.NewReader(text))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if len(res.Payloads) != 1 {
		kinds := make([]itu.Kind, len(res.Payloads))
		for i, p := range res.Payloads {
			kinds[i] = p.Kind
		}
		t.Fatalf("Read: %d payloads %v; want 1", len(res.Payloads), kinds)
	}
	got := res.Payloads[0].Record
	if k == itu.KindDossier && res.Payloads[0].Kind != itu.KindDossier {
		d := &candidacy.Dossier{Kind: itu.KindDossier}
		switch r := got.(type) {
		case *correspondence.Note:
			d.Note = r
		case *correspondence.NoteVerbale:
			d.NoteVerbale = r
		case *correspondence.Letter:
			d.Letter = r
		case *cv.CV:
			d.CV = r
		case *cv.VisionStatement:
			d.VisionStatement = r
		}
		got = d
	}
	return got, res
}

// unprinted sets in got the fields of want that no text prints, so that a
// comparison looks at what the text says: a Note's conference (the Note
// does not print it), a
// mission's country, a vision statement's translations (Render prints one
// language), a dossier's explicit candidacies and the Note it adds to, and a
// date's written form where it is the ITU style (it prints the same). A
// note verbale's conference and attachments are the fixture's knowledge, not
// the text's, where the text does not name them (a French note verbale that
// names "la Conférence de plénipotentiaires de l'UIT (Bucarest, ...)" for a
// fixture's "Bucharest, Romania").
func unprinted(want, got any) {
	if reflect.TypeOf(want) != reflect.TypeOf(got) {
		return // the comparison reports it
	}
	switch w := want.(type) {
	case *candidacy.Dossier:
		g := got.(*candidacy.Dossier)
		g.Explicit, g.Base = w.Explicit, w.Base
		kinds(w, g)
		pair(w.Note, g.Note)
		pair(w.NoteVerbale, g.NoteVerbale)
		pair(w.Letter, g.Letter)
		pair(w.VisionStatement, g.VisionStatement)
	case *correspondence.Note:
		g := got.(*correspondence.Note)
		g.Conference = w.Conference
		ituStyle(w.Date, w.DateText, &g.DateText)
	case *correspondence.NoteVerbale:
		g := got.(*correspondence.NoteVerbale)
		g.Mission.Country = w.Mission.Country
		ituStyle(w.Date, w.DateText, &g.DateText)
		text := strings.Join(w.Text, "\n")
		if !strings.Contains(text, w.Conference.Place) {
			g.Conference = w.Conference
		}
		for _, a := range w.Attachments {
			if !strings.Contains(text, a.Description) {
				g.Attachments = w.Attachments
			}
		}
	case *correspondence.Letter:
		ituStyle(w.Date, w.DateText, &got.(*correspondence.Letter).DateText)
	case *cv.VisionStatement:
		got.(*cv.VisionStatement).Translations = w.Translations
	}
}

// ituStyle sets got to written when written is the ITU style of d, which a
// record may give or leave out.
func ituStyle(d civil.Date, written string, got *string) {
	if written == correspondence.FormatDate(d) {
		*got = written
	}
}

// kinds sets the kinds of the documents of dossier g as in w: a document
// inside a dossier may leave its kind out, and no text prints it.
func kinds(w, g *candidacy.Dossier) {
	if w.Note != nil && g.Note != nil {
		g.Note.Kind = w.Note.Kind
	}
	if w.NoteVerbale != nil && g.NoteVerbale != nil {
		g.NoteVerbale.Kind = w.NoteVerbale.Kind
	}
	if w.Letter != nil && g.Letter != nil {
		g.Letter.Kind = w.Letter.Kind
	}
	if w.CV != nil && g.CV != nil {
		g.CV.Kind = w.CV.Kind
	}
	if w.VisionStatement != nil && g.VisionStatement != nil {
		g.VisionStatement.Kind = w.VisionStatement.Kind
	}
}

func pair[T any](w, g *T) {
	if w != nil && g != nil {
		unprinted(w, g)
	}
}

// cmpOpts compares records as go-cmp does, empty and nil slices alike.
var cmpOpts = []cmp.Option{cmpopts.EquateEmpty()}

// sameText compares, beyond cmpOpts, what the text prints the same way
// whichever record it came from, so that one reading is as good as another:
//   - a CV's position and degree by the line they print, and the degree's
//     level: "Chief, Space Services Department, ITU" is a title and an
//     organisation or a title, a unit and an organisation;
//   - a candidature's Member State by its code, not by how the fixture wrote
//     its name ("Ghana" for a note verbale that writes "the Republic of
//     Ghana"), and its candidate as the same person, by [names.Compare]
//     ("Чхэ Суб ЛИ" for a Note that writes "д-р Чхэ Суб ЛИ").
var sameText = append([]cmp.Option{
	cmp.Transformer("PositionLine", func(p cv.Position) string { return p.Line() }),
	cmp.Transformer("EducationLine", func(e cv.Education) string { return e.Line() + " (" + e.Level.String() + ")" }),
	cmpopts.IgnoreFields(correspondence.Candidature{}, "MemberStateText"),
	cmp.FilterPath(func(p cmp.Path) bool {
		f, ok := p.Last().(cmp.StructField)
		return ok && f.Name() == "Candidate" && p.Index(-2).Type() == reflect.TypeFor[correspondence.Candidature]()
	}, cmp.Comparer(func(a, b names.Name) bool { return a == b || names.Compare(a, b).Verdict != names.Different })),
}, cmpOpts...)
