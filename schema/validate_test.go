package schema

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compile loads a generated schema into a draft 2020-12 validator that also
// asserts formats. Compiling checks the schema against the meta-schema.
func compile(t testing.TB, b []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	id, _ := doc.(map[string]any)["$id"].(string)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatalf("add schema: %v", err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	return sch
}

// fault is one leaf failure of a validation: where in the instance (a JSON
// Pointer) and which keyword failed.
type fault struct{ Path, Keyword string }

// validate returns the leaf faults of instance under sch, sorted; nil when valid.
func validate(t testing.TB, sch *jsonschema.Schema, instance string) []fault {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(instance))
	if err != nil {
		t.Fatalf("instance is not JSON: %v\n%s", err, instance)
	}
	err = sch.Validate(inst)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("validate: %v", err)
	}
	return leafFaults(ve)
}

// leafFaults returns the leaf failures of a validation error, sorted.
func leafFaults(ve *jsonschema.ValidationError) []fault {
	var out []fault
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			path := ""
			for _, tok := range e.InstanceLocation {
				path += "/" + tok
			}
			out = append(out, fault{path, strings.Join(e.ErrorKind.KeywordPath(), "/")})
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	slices.SortFunc(out, func(a, b fault) int { return strings.Compare(a.Path+" "+a.Keyword, b.Path+" "+b.Keyword) })
	return out
}

// validRecord is a complete valid tRecord instance; the cases below change
// one member each.
const validRecord = `{
  "kind": "record",
  "title": "Hello",
  "note": "short",
  "count": 3,
  "size": 255,
  "done": true,
  "tags": ["a", "bc"],
  "scores": {"x": 1},
  "votes": {"KOR": 90, "CHE": 80},
  "post": "DSG",
  "region": "E",
  "language": "en",
  "state": "KOR",
  "home": "",
  "name": "Dr Chaesub LEE",
  "date": "2021-11-09",
  "since": "2014-05",
  "period": "2015 – Present",
  "status": "closed",
  "colour": "green",
  "symbol": "PP/12",
  "tree": {"label": "root", "children": [{"label": "leaf"}]},
  "next": {"title": "Next", "done": false, "post": "SG", "home": "CHE", "date": "", "prev": null},
  "prev": null,
  "any": [1, "two"],
  "blob": "aGk="
}`

// with returns validRecord with member name set to the JSON value v, or
// removed when v is empty.
func with(t *testing.T, name, v string) string {
	t.Helper()
	var m map[string]any
	if err := jsonUnmarshal(validRecord, &m); err != nil {
		t.Fatal(err)
	}
	if v == "" {
		delete(m, name)
	} else {
		m[name] = decodeJSON(t, v)
	}
	return jsonMarshal(t, m)
}

func TestValidateInstances(t *testing.T) {
	sch := compile(t, generate(t, tRecord{}, Options{Kind: tKind}))
	tests := []struct {
		name     string
		instance string
		want     []fault
	}{
		{"valid", validRecord, nil},
		{"minimal valid", `{"title":"T","done":false,"post":"BR","home":"","date":"","prev":null}`, nil},
		{"missing required member", with(t, "title", ""), []fault{{"", "required"}}},
		{"missing required post", with(t, "post", ""), []fault{{"", "required"}}},
		{"optional member absent", with(t, "note", ""), nil},
		{"unknown member", with(t, "extra", `1`), []fault{{"", "additionalProperties"}}},
		{"too long string", with(t, "title", `"Hello world"`), []fault{{"/title", "maxLength"}}},
		{"ten runes are not too long", with(t, "title", `"ÉÉÉÉÉÉÉÉÉÉ"`), nil},
		{"blank text", with(t, "title", `"   "`), []fault{{"/title", "pattern"}}},
		{"control character in text", with(t, "title", `"a\u0007b"`), []fault{{"/title", "pattern"}}},
		{"empty required text", with(t, "title", `""`), []fault{{"/title", "minLength"}, {"/title", "pattern"}}},
		{"bad enum value", with(t, "post", `"CEO"`), []fault{{"/post", "enum"}}},
		{"post name is not a code", with(t, "post", `"Secretary-General"`), []fault{{"/post", "enum"}}},
		{"bad region", with(t, "region", `"F"`), []fault{{"/region", "enum"}}},
		{"bad state", with(t, "state", `"XXX"`), []fault{{"/state", "enum"}}},
		{"bad state beside the zero encoding", with(t, "home", `"XXX"`), []fault{{"/home", "const"}, {"/home", "enum"}}},
		{"empty optional state", with(t, "state", `""`), []fault{{"/state", "enum"}}},
		{"bad status", with(t, "status", `"open?"`), []fault{{"/status", "enum"}}},
		{"wrong type", with(t, "done", `"yes"`), []fault{{"/done", "type"}}},
		{"number for a string", with(t, "title", `42`), []fault{{"/title", "type"}}},
		{"fraction for an integer", with(t, "count", `1.5`), []fault{{"/count", "type"}}},
		{"integer below minimum", with(t, "count", `0`), []fault{{"/count", "minimum"}}},
		{"integer above maximum", with(t, "count", `10`), []fault{{"/count", "maximum"}}},
		{"negative unsigned", with(t, "size", `-1`), []fault{{"/size", "minimum"}}},
		{"too many items", with(t, "tags", `["a","b","c"]`), []fault{{"/tags", "maxItems"}}},
		{"item too long", with(t, "tags", `["abcd"]`), []fault{{"/tags/0", "maxLength"}}},
		{"empty required item", with(t, "tags", `[""]`), []fault{{"/tags/0", "minLength"}}},
		{"map key too long", with(t, "scores", `{"abcdefghi":1}`), []fault{{"", "maxLength"}}}, // the validator locates key faults at ""
		{"map key not a code", with(t, "votes", `{"XXX":1}`), []fault{{"", "enum"}}},           // the validator locates key faults at ""
		{"map value below minimum", with(t, "scores", `{"x":-1}`), []fault{{"/scores/x", "minimum"}}},
		{"wrong kind", with(t, "kind", `"cv"`), []fault{{"/kind", "const"}}},
		{"impossible date", with(t, "date", `"2021-02-30"`), []fault{{"/date", "const"}, {"/date", "format"}}},
		{"date with time", with(t, "date", `"2021-11-09T10:00"`), []fault{{"/date", "const"}, {"/date", "format"}}},
		{"bad partial date", with(t, "since", `"2014-13"`), []fault{{"/since", "pattern"}}},
		{"bad period", with(t, "period", `"2015  –  2021"`), []fault{{"/period", "pattern"}}},
		{"hook pattern", with(t, "symbol", `"pp/12"`), []fault{{"/symbol", "pattern"}}},
		{"hook enum", with(t, "colour", `"blue"`), []fault{{"/colour", "enum"}}},
		{"nested record by $ref", with(t, "tree", `{"label":"r","children":[{"label":"a","x":1}]}`), []fault{{"/tree/children/0", "additionalProperties"}}},
		{"recursive root by $ref", with(t, "next", `{"title":"N","done":false,"post":"SG","home":"","date":""}`), []fault{{"/next", "required"}}},
		{"null for an optional pointer", with(t, "next", `null`), []fault{{"/next", "type"}}},
		{"bad base64", with(t, "blob", `"%%%"`), nil}, // contentEncoding is an annotation
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, validate(t, sch, tt.instance)); diff != "" {
				t.Errorf("faults mismatch (-want +got):\n%s\ninstance: %s", diff, tt.instance)
			}
		})
	}
}
