package examples_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/examples"
)

// TestCorrespondenceSeedText checks that each document's Lines give back its
// text in the seed dossier (PP-22 Document 12-E): the non-empty lines, trimmed
// and with the transcript's "*" emphasis marks removed, in order, with nothing
// left out or added. The seed's documents are cut at their first lines.
// TestKoreaDossierRender checks the whole text byte for byte.
func TestCorrespondenceSeedText(t *testing.T) {
	seed := seedLines(t)
	cut := func(first string) int {
		i := slices.Index(seed, first)
		if i < 0 {
			t.Fatalf("seed text has no line %q", first)
		}
		return i
	}
	note, nv, letter, cv := cut("PLENARY MEETING"), cut("Permanent Mission of the Republic of Korea"), cut("Ministry of Science and ICT"), cut("DR. LEE, CHAESUB")
	if note != 0 {
		t.Fatalf("seed text has %d lines before the note: %q", note, seed[:note])
	}
	wantNote, wantNV, wantLetter := seed[note:nv], seed[nv:letter], seed[letter:cv]

	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"note", examples.KoreaNote().Lines(), wantNote},
		{"note verbale", examples.KoreaNoteVerbale().Lines(), wantNV},
		{"letter", examples.KoreaLetter().Lines(), wantLetter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, textLines(tt.got)); diff != "" {
				t.Errorf("Lines() differ from the seed text (-seed +got):\n%s", diff)
			}
		})
	}
}

// seedLines returns the non-empty lines of the seed dossier, trimmed, with
// "*" emphasis marks removed from their ends.
func seedLines(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "seed", "document-12-E.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return textLines(strings.Split(string(b), "\n"))
}

func textLines(ls []string) []string {
	var out []string
	for _, l := range ls {
		l = strings.Trim(strings.TrimSpace(l), "*")
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}
