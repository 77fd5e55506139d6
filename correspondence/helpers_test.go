package correspondence_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/strictjson"
)

// The valid fixtures are read from the examples corpus (which imports this
// package, so it cannot be imported here); examples tests check that they are
// what examples.KoreaNote and its siblings encode to.
const (
	noteFile        = "korea-2021-note.json"
	noteVerbaleFile = "korea-2021-note-verbale.json"
	letterFile      = "korea-2021-letter.json"
)

// seedAsOf is the date of the Note by the Secretary-General, the last of the
// three documents.
var seedAsOf = itu.AsOf(civil.MustParseDate("2021-11-09"))

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "examples", "testdata", "valid", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func decodeFixture[T any](t testing.TB, name string) T {
	t.Helper()
	var v T
	if err := strictjson.Decode(fixture(t, name), &v); err != nil {
		t.Fatalf("decode %s: %v", name, err)
	}
	return v
}

func seedNote(t testing.TB) correspondence.Note {
	return decodeFixture[correspondence.Note](t, noteFile)
}

func seedNoteVerbale(t testing.TB) correspondence.NoteVerbale {
	return decodeFixture[correspondence.NoteVerbale](t, noteVerbaleFile)
}

func seedLetter(t testing.TB) correspondence.Letter {
	return decodeFixture[correspondence.Letter](t, letterFile)
}

// want is one expected violation: the rule code at a JSON Pointer path, with
// its severity.
type want struct {
	Path, Code string
	Severity   itu.Severity
}

func wants(vs []itu.Violation) []want {
	var out []want
	for _, v := range vs {
		out = append(out, want{v.Path, v.Code, v.Severity})
	}
	return out
}

func e(path, code string) want { return want{path, code, itu.Error} }
func w(path, code string) want { return want{path, code, itu.Warning} }
