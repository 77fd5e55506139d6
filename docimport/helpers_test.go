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
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/docimport"
	"github.com/plenipot/itu/election"
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
	res, err := docimport.Read(strings.NewReader(text), calendar())
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

// calendar gives the reader the Plenipotentiary Conferences the module
// knows, from which it infers the conference of a Note that is not in a
// dossier with a note verbale naming it.
func calendar() docimport.Option {
	var cs []docimport.ConferenceDates
	for _, c := range election.Conferences() {
		cs = append(cs, docimport.ConferenceDates{Code: c.Code, Opening: c.Opening, Closing: c.Closing})
	}
	return docimport.Calendar(cs)
}

// unprinted sets in got the fields of want that no text prints, so that a
// comparison looks at what the text says; each is a field the renderers
// leave out of every text, so no reader could find it:
//   - a dossier's explicit candidacies and the Note it adds to (Explicit,
//     Base): the dossier's record, not any document's text;
//   - a mission's country (Mission.Country): the country the mission is in,
//     which the letterhead does not print (its city and its numbers do);
//   - a vision statement's translations: Render prints one language.
//
// Nothing else is copied: every other field of every fixture is read from
// its text (a Note's conference is inferred from its date, see calendar).
func unprinted(want, got any) {
	if reflect.TypeOf(want) != reflect.TypeOf(got) {
		return // the comparison reports it
	}
	switch w := want.(type) {
	case *candidacy.Dossier:
		g := got.(*candidacy.Dossier)
		g.Explicit, g.Base = w.Explicit, w.Base
		pair(w.NoteVerbale, g.NoteVerbale)
		pair(w.VisionStatement, g.VisionStatement)
	case *correspondence.NoteVerbale:
		got.(*correspondence.NoteVerbale).Mission.Country = w.Mission.Country
	case *cv.VisionStatement:
		got.(*cv.VisionStatement).Translations = w.Translations
	}
}

func pair[T any](w, g *T) {
	if w != nil && g != nil {
		unprinted(w, g)
	}
}

// cmpOpts compares records as go-cmp does, empty and nil slices alike.
var cmpOpts = []cmp.Option{cmpopts.EquateEmpty()}

// sameText compares, beyond cmpOpts, the one reading the text cannot decide:
// a CV position whose organisation's own name holds a comma ("Director,
// Space Services Policy and Engineering, Innovation, Science and Economic
// Development Canada") prints as a title, a unit and an organisation would,
// and the reader, which cuts a line at its commas (see splitPosition), reads
// it so. Such a position is the same when it prints the same line; every
// other position reads back field for field.
var sameText = append([]cmp.Option{
	cmp.Comparer(func(a, b cv.Position) bool {
		comma := strings.Contains(a.Organisation, ", ") || strings.Contains(b.Organisation, ", ")
		return a == b || comma && a.Line() == b.Line()
	}),
}, cmpOpts...)
