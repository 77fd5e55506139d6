package examples_test

import (
	"bytes"
	stdjson "encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/examples"
)

// cvSeedAsOf is the date of PP-22 Document 12-E, which publishes the Korea CV
// and vision statement.
var cvSeedAsOf = itu.MustParseDate("2021-11-09")

// cvCorpusAsOf is the date the shipped corpus is validated on (the close of
// PP-22), as in TestCorpus.
var cvCorpusAsOf = itu.MustParseDate("2022-10-14")

// seedPages returns the lines of the seed document's CV page and vision
// statement page: each starts at a line "DR. LEE, CHAESUB" and runs to the
// next such line or the end, without trailing blank lines.
func seedPages(t *testing.T) (cvPage, visionPage []string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "seed", "document-12-E.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	var starts []int
	for i, l := range lines {
		if strings.TrimSpace(l) == "DR. LEE, CHAESUB" {
			starts = append(starts, i)
		}
	}
	if len(starts) != 2 {
		t.Fatalf("seed has %d pages headed DR. LEE, CHAESUB, want 2 (CV and vision statement)", len(starts))
	}
	trim := func(ls []string) []string {
		for len(ls) > 0 && strings.TrimSpace(ls[len(ls)-1]) == "" {
			ls = ls[:len(ls)-1]
		}
		return ls
	}
	return trim(lines[starts[0]:starts[1]]), trim(lines[starts[1]:])
}

// normalize trims a line of whitespace and of a leading "- " bullet.
func normalize(l string) string {
	return strings.TrimPrefix(strings.TrimSpace(l), "- ")
}

func nonEmpty(ls []string) []string {
	var out []string
	for _, l := range ls {
		if n := normalize(l); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// TestKoreaCVSeedText checks that the CV renders to the seed's CV page: the
// whole page byte for byte, and every non-empty seed line among CV.Lines.
func TestKoreaCVSeedText(t *testing.T) {
	page, _ := seedPages(t)
	c := examples.KoreaCV()
	if diff := cmp.Diff(strings.Join(page, "\n")+"\n", c.Text()); diff != "" {
		t.Errorf("KoreaCV().Text() differs from the seed page (-seed +got):\n%s", diff)
	}
	got := c.Lines()
	for _, l := range nonEmpty(page) {
		if !slices.Contains(got, l) {
			t.Errorf("seed line %q is not among KoreaCV().Lines()", l)
		}
	}
	if diff := cmp.Diff(nonEmpty(page), got); diff != "" {
		t.Errorf("KoreaCV().Lines() mismatch (-seed +got):\n%s", diff)
	}
}

// TestKoreaVisionSeedText checks that the vision statement renders to the
// seed's vision page, emphasis markers included. The fixture joins the two
// paragraphs that the seed splits across a page break, so each seed line must
// lie within one rendered line, and the seed lines and rendered lines, each
// joined with single spaces, must be the same text.
func TestKoreaVisionSeedText(t *testing.T) {
	_, page := seedPages(t)
	seed := nonEmpty(page)
	got := examples.KoreaVisionStatement().Lines()
	for _, l := range seed {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, l) }) {
			t.Errorf("seed line %q is not within any line of KoreaVisionStatement().Lines()", l)
		}
	}
	if diff := cmp.Diff(strings.Join(seed, " "), strings.Join(got, " ")); diff != "" {
		t.Errorf("vision statement text differs from the seed (-seed +got):\n%s", diff)
	}
	if len(got) != len(seed)-2 {
		t.Errorf("got %d lines, want %d: the seed's %d less the two page-break joins", len(got), len(seed)-2, len(seed))
	}
}

// TestKoreaCVValid checks that the real CV and vision statement validate with
// no violation at all, warnings included, on the date they were published and
// on the corpus date.
func TestKoreaCVValid(t *testing.T) {
	for _, d := range []itu.Date{cvSeedAsOf, cvCorpusAsOf, {}} {
		if vs := examples.KoreaCV().Check(itu.AsOf(d)); len(vs) != 0 {
			t.Errorf("KoreaCV().Check(AsOf %s) = %v, want none", d, vs)
		}
		if vs := examples.KoreaVisionStatement().Check(itu.AsOf(d)); len(vs) != 0 {
			t.Errorf("KoreaVisionStatement().Check(AsOf %s) = %v, want none", d, vs)
		}
	}
}

var cvFixtures = []struct {
	file string
	new  func() any
	make func() any
}{
	{"korea-2021-cv.json", func() any { return new(cv.CV) }, func() any { c := examples.KoreaCV(); return &c }},
	{"korea-2021-vision-statement.json", func() any { return new(cv.VisionStatement) }, func() any { v := examples.KoreaVisionStatement(); return &v }},
}

// TestKoreaCVFixtures checks decode → validate → encode of the shipped
// payloads: the decoded value equals the Go constructor, it validates, and it
// encodes back to the same bytes, as does the constructor's value.
func TestKoreaCVFixtures(t *testing.T) {
	for _, fx := range cvFixtures {
		t.Run(fx.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "valid", fx.file))
			if err != nil {
				t.Fatal(err)
			}
			got := fx.new()
			if err := itu.Decode(data, got); err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if diff := cmp.Diff(fx.make(), got); diff != "" {
				t.Errorf("decoded payload differs from the constructor (-want +got):\n%s", diff)
			}
			if err := got.(interface{ Validate(...itu.Option) error }).Validate(itu.AsOf(cvSeedAsOf)); err != nil {
				t.Errorf("Validate: %v", err)
			}
			for name, v := range map[string]any{"decoded": got, "constructed": fx.make()} {
				b, err := itu.Encode(v)
				if err != nil {
					t.Fatalf("Encode %s: %v", name, err)
				}
				if !bytes.Equal(b, data) {
					t.Errorf("Encode of the %s value differs from the file:\n%s", name, cmp.Diff(string(data), string(b)))
				}
			}
			v1 := fx.new()
			if err := stdjson.Unmarshal(data, v1); err != nil {
				t.Fatalf("encoding/json Unmarshal: %v", err)
			}
			if diff := cmp.Diff(fx.make(), v1); diff != "" {
				t.Errorf("encoding/json decodes differently (-want +got):\n%s", diff)
			}
		})
	}
}

// TestKoreaCVFresh checks that each call returns an independent value.
func TestKoreaCVFresh(t *testing.T) {
	a := examples.KoreaCV()
	a.Heading[0] = "changed"
	a.Career[0].Title = "changed"
	a.Achievements[0].Items[0] = "changed"
	if diff := cmp.Diff(examples.KoreaCV(), examples.KoreaCV()); diff != "" {
		t.Fatalf("two calls differ:\n%s", diff)
	}
	if b := examples.KoreaCV(); b.Heading[0] == "changed" || b.Career[0].Title == "changed" || b.Achievements[0].Items[0] == "changed" {
		t.Error("KoreaCV shares state between calls")
	}
	v := examples.KoreaVisionStatement()
	v.Sections[0].Paragraphs[0].Spans[0].Text = "changed"
	v.Heading[1] = "changed"
	if w := examples.KoreaVisionStatement(); w.Sections[0].Paragraphs[0].Spans[0].Text == "changed" || w.Heading[1] == "changed" {
		t.Error("KoreaVisionStatement shares state between calls")
	}
}
