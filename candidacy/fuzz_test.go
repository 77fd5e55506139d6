package candidacy_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/examples"
)

// fuzzSeeds adds the seed dossier, the corpus payloads of this package and a
// few malformed inputs to f.
func fuzzSeeds(f *testing.F, values ...any) {
	for _, v := range values {
		b, err := itu.Encode(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	files, _ := filepath.Glob(filepath.Join("..", "examples", "testdata", "invalid", "candidacy.*.json"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{``, `{}`, `null`, `[]`, `{"kind":"dossier","cv":null}`, `{"candidacies":[{"post":"RRB"},{"post":"RRB"}]}`,
		`{"claims":[{"source":"letter","text":"x","post":"TSB","since":"2014"}]}`, `{"note":{"candidatures":[{"post":"DSG","candidate":"Dr X Y"}]}}`} {
		f.Add([]byte(s))
	}
}

// roundTrip checks that a valid record encodes, decodes back to an equal
// value, and encodes again to the same bytes.
func roundTrip[T any](t *testing.T, v T) {
	b1, err := itu.Encode(v)
	if err != nil {
		t.Fatalf("encode a valid record: %v", err)
	}
	var w T
	if err := itu.Decode(b1, &w); err != nil {
		t.Fatalf("decode its encoding: %v\n%s", err, b1)
	}
	if diff := cmp.Diff(v, w, examples.CmpOptions()); diff != "" {
		t.Fatalf("round trip changed the record (-before +after):\n%s", diff)
	}
	b2, err := itu.Encode(w)
	if err != nil || !bytes.Equal(b1, b2) {
		t.Fatalf("encoding is not stable (err %v):\n%s\n%s", err, b1, b2)
	}
}

func FuzzDecodeDossier(f *testing.F) {
	fuzzSeeds(f, examples.KoreaDossier())
	f.Fuzz(func(t *testing.T, data []byte) {
		var d candidacy.Dossier
		if err := itu.Decode(data, &d); err != nil {
			return
		}
		vs := d.Check(seedAsOf)
		_ = d.Candidacies()
		_ = d.Missing()
		if itu.Result(vs) == nil {
			roundTrip(t, d)
		}
	})
}

func FuzzDecodeCandidacy(f *testing.F) {
	fuzzSeeds(f, examples.KoreaDSGCandidacy(), examples.KoreaCouncilCandidacy())
	f.Fuzz(func(t *testing.T, data []byte) {
		var c candidacy.Candidacy
		if err := itu.Decode(data, &c); err != nil {
			return
		}
		_ = c.String()
		if itu.Result(c.Check(seedAsOf)) == nil {
			roundTrip(t, c)
			_ = candidacy.CheckSet([]candidacy.Candidacy{c, c})
		}
	})
}
