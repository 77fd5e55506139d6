package payload_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/itutest"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// fuzzAsOf is the day the fuzzed payloads are checked on, as the corpus.
var fuzzAsOf = itu.AsOf(civil.MustParseDate("2022-10-14"))

// FuzzCheck feeds arbitrary bytes through Check, the path services use: it
// never panics; an error is malformed input or an unknown kind, carrying
// the violation that says which (issue 17); and a valid
// payload encodes to bytes that check the same, decode to an equal record and
// encode again to the same bytes.
func FuzzCheck(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "testdata", "*", "*.json"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{``, `{}`, `[]`, `null`, `{"kind":"cv"}`, `{"kind":"election","rounds":[{"votes":{"KOR":1}}]}`,
		`{"kind":"note","kind":"note"}`, `{"kind":"dossier","cv":{"kind":"cv"}}`, "\xef\xbb\xbf{}", `{"kind":"conference","elections":[{}]}`,
		`{"kind":"cv","x":1,"y":2,"name":5}`, `{"kind":"memo"}`, `{"kind":7}`, `{"kind":"election","rounds":[{"votes":{"KOR":1,"KOR":2,"XX":"a"}}],"x":1}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := payload.Check(data, "", fuzzAsOf)
		if err != nil {
			if !errors.Is(err, strictjson.ErrMalformed) && !errors.Is(err, payload.ErrUnknownKind) {
				t.Fatalf("Check(%q) error = %v; want ErrMalformed or ErrUnknownKind", data, err)
			}
			if vs := itu.Violations(err); len(vs) != 1 || !errors.Is(err, strictjson.ErrMalformed) {
				t.Fatalf("Check(%q) error = %v carries %d violations; want one, and ErrMalformed", data, err, len(vs))
			}
			return
		}
		if !res.Valid() {
			return
		}
		b1, err := strictjson.Encode(res.Record)
		if err != nil {
			t.Fatalf("Encode a valid %s: %v", res.Kind, err)
		}
		again, err := payload.Check(b1, "", fuzzAsOf)
		if err != nil {
			t.Fatalf("Check(Encode) error = %v\n%s", err, b1)
		}
		if diff := cmp.Diff(res.Violations, again.Violations); diff != "" {
			t.Fatalf("Check(Encode) changed the violations (-before +after):\n%s\n%s", diff, b1)
		}
		if diff := cmp.Diff(res.Record, again.Record, itutest.CmpOptions()); diff != "" {
			t.Fatalf("decode(Encode) changed the record (-before +after):\n%s", diff)
		}
		b2, err := strictjson.Encode(again.Record)
		if err != nil || !bytes.Equal(b1, b2) {
			t.Fatalf("Encode is not stable (err %v):\n%s\nthen\n%s", err, b1, b2)
		}
	})
}
