package candidacy_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/itutest"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/strictjson"
)

// fuzzSeeds adds the seed dossier, the corpus payloads of this package and a
// few malformed inputs to f.
func fuzzSeeds(f *testing.F, values ...any) {
	for _, v := range values {
		b, err := strictjson.Encode(v)
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
	b1, err := strictjson.Encode(v)
	if err != nil {
		t.Fatalf("encode a valid record: %v", err)
	}
	var w T
	if err := strictjson.Decode(b1, &w); err != nil {
		t.Fatalf("decode its encoding: %v\n%s", err, b1)
	}
	if diff := cmp.Diff(v, w, itutest.CmpOptions()); diff != "" {
		t.Fatalf("round trip changed the record (-before +after):\n%s", diff)
	}
	b2, err := strictjson.Encode(w)
	if err != nil || !bytes.Equal(b1, b2) {
		t.Fatalf("encoding is not stable (err %v):\n%s\n%s", err, b1, b2)
	}
}

func FuzzDecodeDossier(f *testing.F) {
	fuzzSeeds(f, examples.KoreaDossier())
	f.Fuzz(func(t *testing.T, data []byte) {
		var d candidacy.Dossier
		if err := strictjson.Decode(data, &d); err != nil {
			return
		}
		vs := d.Check(seedAsOf)
		_ = d.Candidacies()
		_ = d.Missing()
		if check.Result(vs) == nil {
			roundTrip(t, d)
		}
	})
}

func FuzzDecodeCandidacy(f *testing.F) {
	fuzzSeeds(f, examples.KoreaDSGCandidacy(), examples.KoreaCouncilCandidacy())
	f.Fuzz(func(t *testing.T, data []byte) {
		var c candidacy.Candidacy
		if err := strictjson.Decode(data, &c); err != nil {
			return
		}
		_ = c.String()
		if check.Result(c.Check(seedAsOf)) == nil {
			roundTrip(t, c)
			_ = candidacy.CheckSet([]candidacy.Candidacy{c, c})
		}
	})
}

// FuzzDecodeCandidacySet decodes a JSON array of candidacies, as CheckSet
// takes them, and checks that the set rules see conferences by
// [itu.ConferenceCode.Key]: writing each conference in its canonical form changes
// no violation of candidacy.board.one_per_state. Seeds include the issue 12
// payloads that wrote "pp22" for "PP-22".
func FuzzDecodeCandidacySet(f *testing.F) {
	board := func(name names.Name, conf itu.ConferenceCode) candidacy.Candidacy {
		return candidacy.Candidacy{Post: itu.BoardMember, Candidate: name, Nationality: "BRA", MemberState: "BRA", Conference: conf}
	}
	for _, set := range [][]candidacy.Candidacy{
		{examples.KoreaDSGCandidacy(), examples.KoreaCouncilCandidacy()},
		{board("Ms Ana ONE", "PP-22"), board("Mr Bo TWO", "pp22")},
		{board("Ms Ana ONE", "PP-22"), board("Mr Bo TWO", "ＰＰ－２２"), board("Ms Cy THREE", "P\u00adP 22")},
		{board("Ms Ana ONE", "PP-22"), board("Mr Bo TWO", "PP-26")},
	} {
		b, err := strictjson.Encode(set)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`[]`))
	f.Add([]byte(`[{"post":"RRB","member_state":"BRA","conference":"pp22"},{"post":"RRB","member_state":"BRA","conference":"PP-22"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var cs []candidacy.Candidacy
		if err := strictjson.Decode(data, &cs); err != nil {
			return
		}
		board := func(cs []candidacy.Candidacy) []itu.Violation {
			var out []itu.Violation
			for _, v := range candidacy.CheckSet(cs, seedAsOf) {
				if v.Code == "candidacy.board.one_per_state" {
					v.Message = ""
					out = append(out, v)
				}
			}
			return out
		}
		before := board(cs)
		canon := slices.Clone(cs)
		for i := range canon {
			canon[i].Conference = itu.ConferenceCode(canon[i].Conference.Key())
		}
		if diff := cmp.Diff(before, board(canon)); diff != "" {
			t.Fatalf("canonical conferences change the Board rule (-as written +canonical):\n%s", diff)
		}
	})
}
