package schema

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/internal/check"
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

// TestValidCorpus checks that every valid payload of the shared corpus
// validates against the schema of its kind: the schema never rejects what
// the library accepts.
func TestValidCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus, "valid", "*.json"))
	if len(files) == 0 {
		t.Skip("no valid payloads in the corpus yet")
	}
	schemas := kindSchemas(t)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			k := payloadKind(t, data)
			sch, ok := schemas[k]
			if !ok {
				t.Fatalf("kind %q has no record type in this test", k)
			}
			if faults := validate(t, sch, string(data)); faults != nil {
				t.Errorf("valid %s payload fails its schema: %v", k, faults)
			}
		})
	}
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

// beyondSchema lists the invalid payloads whose violations have
// schema-expressible codes but which no schema can reject, with the reason.
var beyondSchema = map[string]string{
	"field.text.zero-width-vision-paragraph.json": "a paragraph is blank when its spans together hold nothing visible; a span alone may be blank (white space between emphasised runs), and a schema checks each span alone",
}

// TestInvalidCorpus checks that every invalid payload of the shared corpus
// whose violations are all schema-expressible is rejected by the schema of
// its kind. Payloads that break only library rules are logged.
func TestInvalidCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus, "invalid", "*.json"))
	schemas := kindSchemas(t)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			golden, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".golden.json")
			if err != nil {
				t.Skipf("no golden file: %v", err)
			}
			var want []itu.Violation
			if err := json.Unmarshal(golden, &want); err != nil {
				t.Fatalf("golden file: %v", err)
			}
			if why, ok := beyondSchema[filepath.Base(f)]; ok {
				t.Logf("beyond a schema: %s", why)
				return
			}
			if check.Result(want) != nil && allExpressible(want) {
				k := payloadKind(t, data)
				sch, ok := schemas[k]
				if !ok {
					t.Skipf("kind %q has no record type in this test", k)
				}
				n++
				if faults := validate(t, sch, string(data)); faults == nil {
					t.Errorf("schema of %q accepts a payload the library rejects with %v", k, want)
				}
				return
			}
			t.Logf("left to the library: %v", codes(want))
		})
	}
	t.Logf("%d schema-expressible invalid payloads rejected", n)
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
