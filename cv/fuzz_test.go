package cv_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/strictjson"
)

// decodeSeeds returns the seed corpus for the decode fuzzers: the fictional
// fixtures, the real Korea 2021 payloads shipped under examples, and a few
// broken payloads.
func decodeSeeds(f *testing.F, rec any, fixture string) {
	b, err := strictjson.Encode(rec)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	if real, err := os.ReadFile("../examples/testdata/valid/" + fixture); err == nil {
		f.Add(real)
	}
	for _, s := range []string{``, `{}`, `null`, `[]`, `{"kind":"cv","name":"X"}`, `{"post":"DSG","post":"SG"}`,
		`{"sections":[{"paragraphs":[{"spans":[{"text":"a","emphasis":"bold"}]}]}]}`,
		`{"education":[{"period":"2015 – Present"}]}`, `{"name":"\u0000"}`} {
		f.Add([]byte(s))
	}
}

// roundTrip checks that a decoded record that validates encodes, decodes back
// to an equal value, and encodes to the same bytes again.
func roundTrip[T interface{ Validate(...itu.Option) error }](t *testing.T, data []byte) {
	var v T
	if err := strictjson.Decode(data, &v); err != nil {
		return
	}
	if v.Validate() != nil {
		return
	}
	b1, err := strictjson.Encode(v)
	if err != nil {
		t.Fatalf("Encode of a valid record: %v", err)
	}
	var w T
	if err := strictjson.Decode(b1, &w); err != nil {
		t.Fatalf("Decode of its own encoding: %v\n%s", err, b1)
	}
	if diff := cmp.Diff(v, w); diff != "" {
		t.Fatalf("decode(encode(v)) mismatch (-want +got):\n%s", diff)
	}
	b2, err := strictjson.Encode(w)
	if err != nil || !bytes.Equal(b1, b2) {
		t.Fatalf("encoding is not stable (%v):\n%s\n---\n%s", err, b1, b2)
	}
}

func FuzzDecodeCV(f *testing.F) {
	decodeSeeds(f, fictionalCV(), "korea-2021-cv.json")
	f.Fuzz(func(t *testing.T, data []byte) { roundTrip[cv.CV](t, data) })
}

func FuzzDecodeVisionStatement(f *testing.F) {
	decodeSeeds(f, fictionalVision(), "korea-2021-vision-statement.json")
	f.Fuzz(func(t *testing.T, data []byte) { roundTrip[cv.VisionStatement](t, data) })
}
