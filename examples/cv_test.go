package examples_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/examples"
)

// cvSeedAsOf is the date of PP-22 Document 12-E, which publishes the Korea CV
// and vision statement.
var cvSeedAsOf = civil.MustParseDate("2021-11-09")

// cvCorpusAsOf is the date the shipped corpus is validated on (the close of
// PP-22), as in TestCorpus.
var cvCorpusAsOf = civil.MustParseDate("2022-10-14")

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
// seed's vision page, emphasis markers included: the whole page byte for
// byte, and its non-empty lines as Lines gives them. The two paragraphs that
// a page break cuts are each one paragraph of the fixture, set as two blocks.
func TestKoreaVisionSeedText(t *testing.T) {
	_, page := seedPages(t)
	v := examples.KoreaVisionStatement()
	if diff := cmp.Diff(strings.Join(page, "\n")+"\n", v.Markdown()); diff != "" {
		t.Errorf("KoreaVisionStatement().Markdown() differs from the seed page (-seed +got):\n%s", diff)
	}
	if diff := cmp.Diff(nonEmpty(page), v.Lines()); diff != "" {
		t.Errorf("KoreaVisionStatement().Lines() mismatch (-seed +got):\n%s", diff)
	}
}

// TestKoreaCVValid checks that the real CV and vision statement validate with
// no violation at all, warnings included, on the date they were published and
// on the corpus date.
func TestKoreaCVValid(t *testing.T) {
	for _, d := range []civil.Date{cvSeedAsOf, cvCorpusAsOf, {}} {
		if vs := examples.KoreaCV().Check(itu.AsOf(d)); len(vs) != 0 {
			t.Errorf("KoreaCV().Check(AsOf %s) = %v, want none", d, vs)
		}
		if vs := examples.KoreaVisionStatement().Check(itu.AsOf(d)); len(vs) != 0 {
			t.Errorf("KoreaVisionStatement().Check(AsOf %s) = %v, want none", d, vs)
		}
	}
}
