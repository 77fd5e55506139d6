package examples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/examples"
)

// candSeedAsOf is the date of PP-22 Document 12-E, the day the dossier was published.
var candSeedAsOf = itu.AsOf(itu.MustParseDate("2021-11-09"))

type candRecord interface {
	Check(...itu.Option) []itu.Violation
}

// TestCandidacyFixtures checks that each candidacy fixture's constructor
// encodes to its canonical file under testdata/valid (rewritten with
// -update), that the file decodes back to the constructor's value, and that
// it validates on the seed's date and at the close of PP-22 with exactly the
// warnings listed.
func TestCandidacyFixtures(t *testing.T) {
	seedWarning := []examples.Want{{Path: "/claims/0/since", Code: "candidacy.claim.mismatch"}}
	tests := []struct {
		file  string
		value candRecord
		into  func() candRecord
		warn  []examples.Want
	}{
		{"korea-2021-dossier.json", examples.KoreaDossier(), func() candRecord { return new(candidacy.Dossier) }, seedWarning},
		{"korea-2021-dsg-candidacy.json", examples.KoreaDSGCandidacy(), func() candRecord { return new(candidacy.Candidacy) }, nil},
		{"korea-2021-council-candidacy.json", examples.KoreaCouncilCandidacy(), func() candRecord { return new(candidacy.Candidacy) }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "valid", tt.file)
			want, err := itu.Encode(tt.value)
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("%s is not the constructor's canonical encoding (-want +got):\n%s", tt.file, cmp.Diff(string(want), string(got)))
			}
			v := tt.into()
			if err := itu.Decode(got, v); err != nil {
				t.Fatalf("decode: %v", err)
			}
			var decoded any
			switch v := v.(type) {
			case *candidacy.Dossier:
				decoded = *v
			case *candidacy.Candidacy:
				decoded = *v
			}
			if diff := cmp.Diff(tt.value, decoded, examples.CmpOptions()); diff != "" {
				t.Errorf("decoded value differs from the constructor's (-want +got):\n%s", diff)
			}
			again, err := itu.Encode(v)
			if err != nil || !bytes.Equal(again, got) {
				t.Errorf("decode→encode changed the bytes (err %v)", err)
			}
			for _, on := range []itu.Option{candSeedAsOf, itu.AsOf(corpusAsOf)} {
				vs := v.Check(on)
				if err := itu.Result(vs); err != nil {
					t.Errorf("want valid, got %v", err)
				}
				examples.AssertViolations(t, vs, tt.warn...)
			}
		})
	}
}

// TestKoreaDossierDocuments checks that the documents inside the dossier
// fixture are the standalone fixtures, in Go and on disk.
func TestKoreaDossierDocuments(t *testing.T) {
	d := examples.KoreaDossier()
	if d.Note == nil || d.NoteVerbale == nil || d.Letter == nil || d.CV == nil || d.VisionStatement == nil {
		t.Fatalf("KoreaDossier() lacks a document: %+v", d)
	}
	tests := []struct {
		file string
		got  any
		into any
	}{
		{"korea-2021-note.json", *d.Note, new(correspondence.Note)},
		{"korea-2021-note-verbale.json", *d.NoteVerbale, new(correspondence.NoteVerbale)},
		{"korea-2021-letter.json", *d.Letter, new(correspondence.Letter)},
		{"korea-2021-cv.json", *d.CV, new(cv.CV)},
		{"korea-2021-vision-statement.json", *d.VisionStatement, new(cv.VisionStatement)},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "valid", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if err := itu.Decode(b, tt.into); err != nil {
				t.Fatalf("decode: %v", err)
			}
			want, _ := itu.Encode(tt.into)
			got, _ := itu.Encode(tt.got)
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("the dossier's document differs from %s (-file +dossier):\n%s", tt.file, diff)
			}
		})
	}
}

// TestKoreaDossierSeedText checks that every non-empty line of the seed text
// lies within a line the dossier's documents render, and that every claim
// quotes its document.
func TestKoreaDossierSeedText(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "seed", "document-12-E.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := examples.KoreaDossier()
	var rendered []string
	for _, ls := range [][]string{d.Note.Lines(), d.NoteVerbale.Lines(), d.Letter.Lines(), d.CV.Lines(), d.VisionStatement.Lines()} {
		for _, l := range ls {
			rendered = append(rendered, candLine(l))
		}
	}
	n := 0
	for _, l := range strings.Split(string(b), "\n") {
		l = candLine(l)
		if l == "" {
			continue
		}
		n++
		found := false
		for _, r := range rendered {
			if strings.Contains(r, l) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("seed line %q is in no document of KoreaDossier()", l)
		}
	}
	if n < 100 {
		t.Errorf("read %d seed lines; want the whole document", n)
	}
	for i, c := range d.Claims {
		if !strings.Contains(candSpaces(strings.Join(d.Letter.Text, " ")), candSpaces(c.Text)) {
			t.Errorf("claim %d (%q) is not in the letter", i, c.Text)
		}
	}
}

// candLine reduces a line to its words: emphasis markers ("*"), a leading
// bullet ("- ") and runs of white space go.
func candLine(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "*", ""))
	return candSpaces(strings.TrimPrefix(s, "- "))
}

// candSpaces collapses runs of white space to one space.
func candSpaces(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestKoreaFixturesFresh checks that each call returns an independent value.
func TestKoreaFixturesFresh(t *testing.T) {
	a := examples.KoreaDossier()
	a.Note.Candidatures[0].Candidate = "changed"
	a.CV.Name = "changed"
	a.Claims[0].Text = "changed"
	b := examples.KoreaDossier()
	if b.Note.Candidatures[0].Candidate == "changed" || b.CV.Name == "changed" || b.Claims[0].Text == "changed" {
		t.Errorf("KoreaDossier() shares state between calls")
	}
}

// TestKoreaDossierCandidacies checks that the dossier derives the two
// candidacy fixtures; Council incumbency is not derived from prose.
func TestKoreaDossierCandidacies(t *testing.T) {
	council := examples.KoreaCouncilCandidacy()
	council.Incumbent = false
	want := []candidacy.Candidacy{council, examples.KoreaDSGCandidacy()}
	if diff := cmp.Diff(want, examples.KoreaDossier().Candidacies()); diff != "" {
		t.Errorf("Candidacies() mismatch (-want +got):\n%s", diff)
	}
}
