package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/payload"
)

// mutation changes the JSON value at one place of a payload.
type mutation struct {
	name  string
	apply func(v any) (any, bool) // the new value, or false when it does not apply
}

// mutations are local faults a schema can state: each must be rejected by
// both the schema and the library wherever it applies.
var mutations = []mutation{
	{"unknown member", func(v any) (any, bool) {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		out := map[string]any{"zz_unknown": true}
		for k, x := range m {
			out[k] = x
		}
		return out, true
	}},
	{"number for a string", func(v any) (any, bool) {
		_, ok := v.(string)
		return json.Number("7"), ok
	}},
	{"overlong string", func(v any) (any, bool) {
		_, ok := v.(string)
		return strings.Repeat("x", 10001), ok
	}},
	{"string for a number", func(v any) (any, bool) {
		_, ok := v.(json.Number)
		return "7", ok
	}},
	{"string for a boolean", func(v any) (any, bool) {
		_, ok := v.(bool)
		return "true", ok
	}},
	{"object for a list", func(v any) (any, bool) {
		_, ok := v.([]any)
		return map[string]any{}, ok
	}},
}

// knownGaps are the places where the schema accepts a mutation the library
// rejects, because a value type does not describe itself yet. Each names the
// file, the mutation and the place; the test fails once a gap closes, so the
// list stays true.
// (election.Years was one until it gained a JSONSchemaPattern method.)
var knownGaps = map[string]string{}

// TestMutationsAgree applies each mutation at every place of every valid
// corpus payload and checks that the schema and the library agree: both
// reject the mutated payload.
func TestMutationsAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("thousands of validations; run without -short")
	}
	files, _ := filepath.Glob(filepath.Join(corpus, "valid", "*.json"))
	if len(files) == 0 {
		t.Skip("no valid payloads in the corpus yet")
	}
	schemas := kindSchemas(t)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			k := payloadKind(t, data)
			sch := schemas[k]
			n := 0
			for _, ptr := range pointers(t, data) {
				for _, m := range mutations {
					mutated, ok := mutate(t, data, ptr, m)
					if !ok {
						continue
					}
					n++
					schemaRejects := validate(t, sch, string(mutated)) != nil
					libraryRejects := rejects(mutated, k)
					gap := fmt.Sprintf("%s: %s at %s", filepath.Base(f), m.name, ptr)
					_, known := knownGaps[gap]
					switch {
					case schemaRejects != libraryRejects && !known:
						t.Errorf("%s: schema rejects = %v, library rejects = %v", gap, schemaRejects, libraryRejects)
					case schemaRejects == libraryRejects && known:
						t.Errorf("%s: the known gap is closed; remove it from knownGaps", gap)
					}
				}
			}
			if n == 0 {
				t.Fatal("no mutation applied")
			}
		})
	}
}

func rejects(data []byte, k itu.Kind) bool {
	res, err := payload.Check(data, k)
	return err != nil || !res.Valid()
}

// decodeNumbers parses JSON keeping numbers as written.
func decodeNumbers(t *testing.T, data []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// pointers lists the JSON Pointer of every value in data, sorted.
func pointers(t *testing.T, data []byte) []string {
	var out []string
	var walk func(ptr string, v any)
	walk = func(ptr string, v any) {
		out = append(out, ptr)
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				walk(ptr+"/"+escape(k), x)
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s/%d", ptr, i), x)
			}
		}
	}
	walk("", decodeNumbers(t, data))
	sort.Strings(out)
	return out
}

func escape(tok string) string { return strings.NewReplacer("~", "~0", "/", "~1").Replace(tok) }

// mutate returns data with m applied to the value at ptr.
func mutate(t *testing.T, data []byte, ptr string, m mutation) ([]byte, bool) {
	root := decodeNumbers(t, data)
	if ptr == "" {
		v, ok := m.apply(root)
		if !ok {
			return nil, false
		}
		return marshalTest(t, v), true
	}
	toks := strings.Split(ptr[1:], "/")
	parent := root
	for _, tok := range toks[:len(toks)-1] {
		parent = child(parent, tok)
	}
	last := strings.NewReplacer("~1", "/", "~0", "~").Replace(toks[len(toks)-1])
	switch p := parent.(type) {
	case map[string]any:
		v, ok := m.apply(p[last])
		if !ok {
			return nil, false
		}
		p[last] = v
	case []any:
		var i int
		fmt.Sscan(last, &i)
		v, ok := m.apply(p[i])
		if !ok {
			return nil, false
		}
		p[i] = v
	}
	return marshalTest(t, root), true
}

func child(v any, tok string) any {
	tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
	switch v := v.(type) {
	case map[string]any:
		return v[tok]
	case []any:
		var i int
		fmt.Sscan(tok, &i)
		return v[i]
	}
	return nil
}

func marshalTest(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := encode(&b, v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
