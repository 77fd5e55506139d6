package examples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/examples"
)

// correspondenceRecord is what the three correspondence payloads share.
type correspondenceRecord interface {
	Check(opts ...itu.Option) []itu.Violation
	Lines() []string
}

// correspondenceAsOf are the dates the seed documents are validated on: the
// date of the last of them (the Note, 9 November 2021) and the close of PP-22.
var correspondenceAsOf = []itu.Date{itu.MustParseDate("2021-11-09"), itu.MustParseDate("2022-10-14")}

// signatureLine is the transcript's description of a handwritten signature.
// The seed text places it after the note verbale; it is the signature of the
// minister's letter (a note verbale is unsigned, and it reads as the letter's
// signatory), so KoreaLetter holds it and KoreaNoteVerbale does not.
const signatureLine = "A handwritten signature in black ink, appearing to read 'Lim Hyesook'."

var correspondenceFixtures = []struct {
	file  string
	value func() correspondenceRecord
	fresh func(data []byte) (correspondenceRecord, error)
}{
	{"korea-2021-note.json", func() correspondenceRecord { return examples.KoreaNote() }, decodeAs[correspondence.Note]},
	{"korea-2021-note-verbale.json", func() correspondenceRecord { return examples.KoreaNoteVerbale() }, decodeAs[correspondence.NoteVerbale]},
	{"korea-2021-letter.json", func() correspondenceRecord { return examples.KoreaLetter() }, decodeAs[correspondence.Letter]},
}

func decodeAs[T correspondenceRecord](data []byte) (correspondenceRecord, error) {
	var v T
	err := itu.Decode(data, &v)
	return v, err
}

// TestCorrespondenceFixtures checks each seed document: its constructor
// encodes to the file byte for byte, the file decodes to the constructor's
// value and back to the same bytes, and it validates with no violation at
// all, warnings included.
func TestCorrespondenceFixtures(t *testing.T) {
	for _, tt := range correspondenceFixtures {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "valid", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			enc, err := itu.Encode(tt.value())
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(enc, data) {
				t.Errorf("Encode(constructor) differs from %s:\n%s", tt.file, cmp.Diff(string(data), string(enc)))
			}
			got, err := tt.fresh(data)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if diff := cmp.Diff(tt.value(), got); diff != "" {
				t.Errorf("decoded file differs from the constructor (-constructor +file):\n%s", diff)
			}
			again, err := itu.Encode(got)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again, data) {
				t.Errorf("decode→encode changed the bytes:\n%s", cmp.Diff(string(data), string(again)))
			}
			for _, d := range correspondenceAsOf {
				if vs := got.Check(itu.AsOf(d)); len(vs) != 0 {
					t.Errorf("Check(AsOf %s) = %v; want no violations", d, vs)
				}
			}
		})
	}
}

// TestCorrespondenceFresh checks that each constructor returns a value that
// shares nothing with the next call's.
func TestCorrespondenceFresh(t *testing.T) {
	n := examples.KoreaNote()
	n.Text[0], n.Candidatures[0].Candidate, n.References[0] = "changed", "changed", "changed"
	nv := examples.KoreaNoteVerbale()
	nv.Mission.Address[0], nv.Attachments[0].Description, nv.Enclosures.Items[0] = "changed", "changed", "changed"
	l := examples.KoreaLetter()
	l.PageBreaks[0].Word, l.Recipient.Address[0], l.Candidatures[1].Candidate = 0, "changed", "changed"
	for _, tt := range correspondenceFixtures {
		if vs := tt.value().Check(); len(vs) != 0 {
			t.Errorf("%s: a fresh value has violations after another was changed: %v", tt.file, vs)
		}
	}
}

// TestCorrespondenceSeedText checks that each document's Lines give back its
// text in the seed dossier (PP-22 Document 12-E): the non-empty lines, trimmed
// and with the transcript's "*" emphasis marks removed, in order, with nothing
// left out or added. The seed's documents are cut at their first lines; the
// signature description moves from the note verbale to the letter, before the
// signatory's name.
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
	wantNote := seed[note:nv]
	wantNV := slices.Clone(seed[nv:letter])
	wantLetter := slices.Clone(seed[letter:cv])

	i := slices.Index(wantNV, signatureLine)
	if i < 0 {
		t.Fatalf("the note verbale's part of the seed has no line %q", signatureLine)
	}
	wantNV = slices.Delete(wantNV, i, i+1)
	j := slices.Index(wantLetter, "Yours Sincerely,")
	if j < 0 || j+1 >= len(wantLetter) || wantLetter[j+1] != "Lim Hyesook" {
		t.Fatalf("the letter's part of the seed does not end in the closing and the signatory: %q", wantLetter[max(j, 0):])
	}
	wantLetter = slices.Insert(wantLetter, j+1, signatureLine)

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
