package docimport_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
)

// TestRoundTrip reads back every valid and realistic fixture whose kind
// renders, in every language the fixtures have: import(render(r)) == r, with
// the reader given the conferences' calendar (a Note's conference is
// inferred from its date). Only the fields no text prints are copied from
// the fixture (see unprinted), and one reading the text cannot decide is
// compared by what it prints (see sameText): every fixture but those two
// reads back exactly, and the test logs the count and the others. The
// record read renders the same text again, character for character, with
// no warning.
func TestRoundTrip(t *testing.T) {
	var inexact []string
	fixtures := renderable(t)
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			text := f.record.(renderer).Render()
			got, res := read(t, text, f.kind)
			if again := got.(renderer).Render(); again != text {
				t.Errorf("render(import(text)) != text:\n got %q\nwant %q", again, text)
			}
			unprinted(f.record, got)
			if diff := cmp.Diff(f.record, got, sameText...); diff != "" {
				t.Errorf("import(render(r)) mismatch (-want +got):\n%s", diff)
			}
			if !cmp.Equal(f.record, got, cmpOpts...) {
				inexact = append(inexact, f.name)
			}
			for _, w := range res.Warnings {
				t.Errorf("warning: %s", w)
			}
		})
	}
	t.Logf("%d fixtures read back; %d equal without sameText; by their printed lines: %v", len(fixtures), len(fixtures)-len(inexact), inexact)
}

// TestRoundTripLanguages reads back every fixture whose note verbale, letter
// or CV prints labels, with those set in each of the six languages: the CV's
// headings and rows, the letterhead's "Tel:" and "Fax:", the date. The
// language read is the one printed; a note verbale or letter whose date is
// written out (DateText) and that has no contact line prints no label, and
// keeps its language out of the variant; so does one in English, which prints
// as one whose language is not set.
func TestRoundTripLanguages(t *testing.T) {
	for _, f := range renderable(t) {
		for _, lang := range itu.Languages() {
			rec, ok := inLanguage(t, f, lang)
			if !ok {
				continue
			}
			t.Run(f.name+"/"+lang.String(), func(t *testing.T) {
				text := rec.(renderer).Render()
				got, res := read(t, text, f.kind)
				unprinted(rec, got)
				if diff := cmp.Diff(rec, got, sameText...); diff != "" {
					t.Errorf("import(render(r)) mismatch (-want +got):\n%s\ntext:\n%s", diff, text)
				}
				for _, w := range res.Warnings {
					t.Errorf("warning: %s", w)
				}
			})
		}
	}
}

// inLanguage returns a copy of the fixture's record with its labelled
// documents in lang, and whether it has one.
func inLanguage(t *testing.T, f fixture, lang itu.Language) (any, bool) {
	t.Helper()
	data, err := json.Marshal(f.record)
	if err != nil {
		t.Fatal(err)
	}
	rec := newRecord(f.kind)
	if err := json.Unmarshal(data, rec); err != nil {
		t.Fatal(err)
	}
	changed := false
	nv := func(n *correspondence.NoteVerbale) {
		if n != nil && n.DateText == "" && lang != itu.English {
			n.Language, changed = lang, true
		}
	}
	letter := func(l *correspondence.Letter) {
		if l != nil && l.DateText == "" && lang != itu.English {
			l.Language, changed = lang, true
		}
	}
	cvIn := func(c *cv.CV) {
		if c != nil {
			c.Language, changed = lang, true
		}
	}
	switch r := rec.(type) {
	case *candidacy.Dossier:
		nv(r.NoteVerbale)
		letter(r.Letter)
		cvIn(r.CV)
	case *correspondence.NoteVerbale:
		nv(r)
	case *correspondence.Letter:
		letter(r)
	case *cv.CV:
		cvIn(r)
	}
	return rec, changed
}
