package schema

import (
	"encoding/json"
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/payload"
)

// corpus is the shared payload corpus of package examples.
const corpus = "../examples/testdata"

// recordTypes maps each payload kind to its Go type, for when the payload
// table does not know a kind; TestRecordTypesMatchPayload keeps the two equal.
var recordTypes = map[itu.Kind]reflect.Type{
	itu.KindDossier:         reflect.TypeFor[candidacy.Dossier](),
	itu.KindCandidacy:       reflect.TypeFor[candidacy.Candidacy](),
	itu.KindCV:              reflect.TypeFor[cv.CV](),
	itu.KindVisionStatement: reflect.TypeFor[cv.VisionStatement](),
	itu.KindNote:            reflect.TypeFor[correspondence.Note](),
	itu.KindNoteVerbale:     reflect.TypeFor[correspondence.NoteVerbale](),
	itu.KindLetter:          reflect.TypeFor[correspondence.Letter](),
	itu.KindConference:      reflect.TypeFor[election.Conference](),
	itu.KindElection:        reflect.TypeFor[election.Election](),
}

func TestRecordTypesMatchPayload(t *testing.T) {
	if ks := payload.Kinds(); len(ks) > 0 && len(ks) != len(recordTypes) {
		t.Errorf("payload has %d kinds, this test maps %d: %v", len(ks), len(recordTypes), ks)
	}
	for _, k := range payload.Kinds() {
		rec, err := payload.New(k)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := deref(reflect.TypeOf(rec)), recordTypes[k]; got != want {
			t.Errorf("payload.New(%q) is a %v; this test maps the kind to %v", k, got, want)
		}
	}
}

var compiled struct {
	sync.Mutex
	m map[itu.Kind]*jsonschema.Schema
}

// kindSchemas compiles, once per test binary, the schema of every payload
// kind, as ForKind gives it from the payload table (or, while the table is
// empty, from recordTypes).
func kindSchemas(t *testing.T) map[itu.Kind]*jsonschema.Schema {
	t.Helper()
	compiled.Lock()
	defer compiled.Unlock()
	if compiled.m != nil {
		return compiled.m
	}
	out := map[itu.Kind]*jsonschema.Schema{}
	for k, typ := range recordTypes {
		b, err := ForKind(k)
		if errors.Is(err, payload.ErrUnknownKind) {
			b, err = Generate(typ, Options{Kind: k})
		}
		if err != nil {
			t.Fatalf("schema of %q: %v", k, err)
		}
		out[k] = compile(t, b)
	}
	compiled.m = out
	return out
}

// payloadKind reads the "kind" member of a payload.
func payloadKind(t *testing.T, data []byte) itu.Kind {
	t.Helper()
	var head struct {
		Kind itu.Kind `json:"kind"`
	}
	if err := json.Unmarshal(data, &head); err != nil || head.Kind == "" {
		t.Skipf("no kind member (%v)", err)
	}
	return head.Kind
}

// expressible lists the rule codes whose violations a schema can state:
// members, types, codes, bounds and the kind.
var expressible = map[string]bool{
	"json.unknown_field": true,
	"json.type":          true,
	"json.value":         true,
	"field.required":     true,
	"field.too_long":     true,
	"field.too_many":     true,
	"field.too_few":      true,
	"field.text":         true,
	"field.range":        true,
	"payload.kind":       true,
}

func allExpressible(vs []itu.Violation) bool {
	for _, v := range vs {
		if v.Severity == itu.Error && !expressible[v.Code] {
			return false
		}
	}
	return true
}

func codes(vs []itu.Violation) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Code)
	}
	return out
}
