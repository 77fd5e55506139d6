package examples_test

// A downstream-style suite: what another team's tests look like when they use
// this module's test kit. It touches only exported names.

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/itutest"
	"github.com/plenipot/itu/strictjson"
)

func TestDownstreamAssertions(t *testing.T) {
	d := examples.KoreaDossier()
	d.NoteVerbale = nil
	d.Letter = nil
	d.Claims = nil // the claim quotes the letter
	itutest.AssertError(t, d.Validate(), itutest.Want{Path: "/note_verbale", Code: "candidacy.dossier.missing"})

	itutest.AssertValid(t, examples.KoreaDSGCandidacy().Validate())

	// Fresh values: changing one never changes the next.
	a, b := examples.KoreaDossier(), examples.KoreaDossier()
	a.CV.Career[0].Title = "changed"
	if diff := cmp.Diff(examples.KoreaDossier(), b, itutest.CmpOptions()); diff != "" {
		t.Errorf("KoreaDossier() shares state between calls (-want +got):\n%s", diff)
	}
}

// TestDownstreamCorpus runs the golden-file runner over a corpus of the
// downstream team's own, with its own Check, as another module would.
func TestDownstreamCorpus(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, v any) {
		t.Helper()
		b, err := strictjson.Encode(v)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := examples.KoreaDSGCandidacy()
	bad := examples.KoreaDSGCandidacy()
	bad.Nationality = "JPN"
	write("valid/dsg.json", good)
	write("invalid/nationality.json", bad)

	checkCandidacy := func(data []byte, opts ...itu.Option) ([]itu.Violation, error) {
		var c candidacy.Candidacy
		if err := strictjson.Decode(data, &c); err != nil {
			return itu.Violations(err), nil
		}
		return c.Check(opts...), nil
	}
	corpus := itutest.Corpus{Dir: dir, Check: checkCandidacy, Update: true}
	corpus.Run(t) // writes the golden file

	vs, err := itutest.Goldens(dir)
	if err != nil {
		t.Fatal(err)
	}
	itutest.AssertViolations(t, vs, itutest.Want{Path: "/nationality", Code: "candidacy.nationality.proposer"})

	corpus.Update = false
	corpus.Run(t) // now checks against it
}
