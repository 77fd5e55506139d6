package examples_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/strictjson"
)

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
			if err := strictjson.Decode(b, tt.into); err != nil {
				t.Fatalf("decode: %v", err)
			}
			want, _ := strictjson.Encode(tt.into)
			got, _ := strictjson.Encode(tt.got)
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("the dossier's document differs from %s (-file +dossier):\n%s", tt.file, diff)
			}
		})
	}
}

// TestIssue15SeedRendersExactly checks that the seed dossier renders back to
// its published text byte for byte (issue 15): the seed's copy in
// testdata/seed (see its README), italic letterhead and bold markers, the
// signature line on the note verbale's page, the letter's and the vision
// statement's page breaks, and a page break opening every page. Each
// document's Render is its part of the whole.
func TestIssue15SeedRendersExactly(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "seed", "document-12-E.txt"))
	if err != nil {
		t.Fatal(err)
	}
	seed := string(b)
	d := examples.KoreaDossier()
	if diff := cmp.Diff(seed, d.Render()); diff != "" {
		t.Fatalf("KoreaDossier().Render() differs from the seed (-seed +got):\n%s", diff)
	}
	parts := []struct {
		name string
		got  string
	}{
		{"note", examples.KoreaNote().Render()},
		{"note verbale", examples.KoreaNoteVerbale().Render()},
		{"letter", examples.KoreaLetter().Render()},
		{"cv", examples.KoreaCV().Render()},
		{"vision statement", examples.KoreaVisionStatement().Render()},
	}
	rest := seed
	for _, p := range parts {
		if !strings.HasPrefix(rest, p.got) {
			t.Fatalf("%s: Render() is not the next part of the seed:\n%q", p.name, p.got)
		}
		rest = rest[len(p.got):]
	}
	if rest != "" {
		t.Errorf("the documents' Render leave %q of the seed", rest)
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
