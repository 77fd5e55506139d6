package correspondence_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/strictjson"
)

// record is what the three payload types share.
type record interface {
	Check(opts ...itu.Option) []itu.Violation
	Lines() []string
	Render() string
}

// fuzzDecode decodes data into a fresh T and, when it decodes and validates,
// checks that encoding gives canonical bytes that decode to the same value.
// Nothing may panic on any input: not Decode, Check, Lines, Render or Encode;
// and Render sets the lines of Lines (see [renderAgrees]).
func fuzzDecode[T record](t *testing.T, data []byte) {
	var v T
	if err := strictjson.Decode(data, &v); err != nil {
		return
	}
	vs := v.Check(seedAsOf)
	renderAgrees(t, v)
	if check.Result(vs) != nil {
		return
	}
	enc, err := strictjson.Encode(v)
	if err != nil {
		t.Fatalf("encode a valid record: %v", err)
	}
	var back T
	if err := strictjson.Decode(enc, &back); err != nil {
		t.Fatalf("decode the encoding of a valid record: %v\n%s", err, enc)
	}
	if diff := cmp.Diff(v, back); diff != "" {
		t.Fatalf("decode(encode(v)) differs from v (-v +back):\n%s", diff)
	}
	again, err := strictjson.Encode(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(enc, again) {
		t.Fatalf("encoding is not stable:\n%s\n---\n%s", enc, again)
	}
}

// renderAgrees fails t unless v.Render() is v.Lines() set as a transcript:
// with every page break ("\n\n\n\n") read as a block break and the
// emphasis marks dropped, it is the lines joined by line feeds.
func renderAgrees(t *testing.T, v record) {
	t.Helper()
	plain := func(s string) string { return strings.ReplaceAll(s, "*", "") }
	r := v.Render()
	if r != "" && !strings.HasPrefix(r, "\n\n\n\n") {
		t.Fatalf("Render() = %q does not open with a page break", r)
	}
	got := strings.TrimPrefix(strings.ReplaceAll(r, "\n\n\n\n", "\n\n"), "\n\n")
	if diff := cmp.Diff(plain(strings.Join(v.Lines(), "\n")), plain(got)); diff != "" {
		t.Fatalf("Render() does not set the lines of Lines() (-lines +render):\n%s", diff)
	}
}

func addSeeds(f *testing.F, file string) {
	b := fixture(f, file)
	f.Add(b)
	f.Add(bytes.ReplaceAll(b, []byte(`"kind"`), []byte(`"kinds"`)))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"text": null, "candidatures": []}`))
}

func FuzzDecodeNote(f *testing.F) {
	addSeeds(f, noteFile)
	f.Fuzz(fuzzDecode[correspondence.Note])
}

func FuzzDecodeNoteVerbale(f *testing.F) {
	addSeeds(f, noteVerbaleFile)
	f.Fuzz(fuzzDecode[correspondence.NoteVerbale])
}

func FuzzDecodeLetter(f *testing.F) {
	addSeeds(f, letterFile)
	f.Fuzz(fuzzDecode[correspondence.Letter])
}
