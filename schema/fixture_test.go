package schema

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/rule"
	"github.com/plenipot/itu/names"
)

// The record types below exercise every mapping; they are shaped like the
// module's records (omitzero for optional members, a bound on every string
// and list, domain types checked with "valid").

// tStatus is a house-style typed-int enum: zero unset, 1.. valid, text codes.
type tStatus int

var tStatusCodes = [...]string{"", "open", "closed"}

func (s tStatus) IsValid() bool { return s > 0 && int(s) < len(tStatusCodes) }

func (s tStatus) MarshalText() ([]byte, error) {
	if s == 0 {
		return []byte{}, nil
	}
	if !s.IsValid() {
		return nil, errors.New("bad status")
	}
	return []byte(tStatusCodes[s]), nil
}

func (s *tStatus) UnmarshalText(b []byte) error {
	for i, c := range tStatusCodes {
		if c == string(b) {
			*s = tStatus(i)
			return nil
		}
	}
	return errors.New("bad status")
}

// tColour lists its codes through the Enumer hook.
type tColour string

func (tColour) JSONSchemaEnum() []string { return []string{"red", "green"} }

// tSymbol describes itself through the Patterner hook.
type tSymbol string

func (tSymbol) JSONSchemaPattern() string { return `^[A-Z]+/\d+$` }

// tNode is recursive through a slice, so it is described once in $defs.
type tNode struct {
	Label    string  `json:"label" validate:"required,max=20,text"`
	Children []tNode `json:"children,omitzero" validate:"max=3,dive"`
}

// tRecord is the representative record of the golden file.
type tRecord struct {
	Kind     itu.Kind              `json:"kind,omitzero" validate:"max=32"`
	Title    string                `json:"title" validate:"required,max=10,text"`
	Note     string                `json:"note,omitzero" validate:"max=5"`
	Count    int                   `json:"count,omitzero" validate:"min=1,max=9"`
	Size     uint8                 `json:"size,omitzero"`
	Done     bool                  `json:"done"`
	Tags     []string              `json:"tags,omitzero" validate:"max=2,dive,required,max=3"`
	Scores   map[string]int        `json:"scores,omitzero" validate:"max=4,dive,keys,max=8,endkeys,min=0"`
	Votes    map[itu.StateCode]int `json:"votes,omitzero" validate:"max=200,dive,keys,required,max=3,endkeys"`
	Post     itu.Post              `json:"post" validate:"required,valid"`
	Region   itu.Region            `json:"region,omitzero" validate:"omitempty,max=1,valid"`
	Language itu.Language          `json:"language,omitzero" validate:"valid"`
	State    itu.StateCode         `json:"state,omitzero" validate:"max=3,valid"`
	Home     itu.StateCode         `json:"home" validate:"max=3,valid"`
	Name     names.Name            `json:"name,omitzero" validate:"max=200,text,valid"`
	Date     civil.Date            `json:"date" validate:"valid"`
	Since    civil.PartialDate     `json:"since,omitzero" validate:"valid"`
	Period   civil.Period          `json:"period,omitzero" validate:"valid"`
	Status   tStatus               `json:"status,omitzero" validate:"valid"`
	Colour   tColour               `json:"colour,omitzero"`
	Symbol   tSymbol               `json:"symbol,omitzero" validate:"max=20"`
	Tree     tNode                 `json:"tree,omitzero" validate:"-"`
	Next     *tRecord              `json:"next,omitzero"`
	Prev     *tRecord              `json:"prev"`
	Any      any                   `json:"any,omitzero"`
	Blob     []byte                `json:"blob,omitzero"`
	Ignored  string                `json:"-"`
	hidden   string
}

// tKind is the kind the tests give tRecord.
const tKind itu.Kind = "record"

// ruleDemo puts a rule under this package's prefix, so the description of a
// schema for tRecord must list it.
var ruleDemo = rule.Define(itu.Rule{Code: "schema.demo.order", Severity: itu.Warning, Description: "Demo rule of the schema tests.", Source: "test"})

var _ = tRecord{}.hidden // keep the unexported field: it must not appear

// generate returns the schema of v's type, failing the test on error.
func generate(t *testing.T, v any, o Options) []byte {
	t.Helper()
	b, err := Generate(reflect.TypeOf(v), o)
	if err != nil {
		t.Fatalf("Generate(%T): %v", v, err)
	}
	return b
}

// at returns the value at JSON Pointer ptr in the JSON document b.
func at(t *testing.T, b []byte, ptr string) any {
	t.Helper()
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	if ptr == "" {
		return doc
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch d := doc.(type) {
		case map[string]any:
			v, ok := d[tok]
			if !ok {
				t.Fatalf("no %q at %s", tok, ptr)
			}
			doc = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i >= len(d) {
				t.Fatalf("no index %q at %s", tok, ptr)
			}
			doc = d[i]
		default:
			t.Fatalf("cannot descend into %T at %s", doc, ptr)
		}
	}
	return doc
}

// decodeJSON parses a JSON literal of a test table.
func decodeJSON(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("bad test JSON %s: %v", s, err)
	}
	return v
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

func jsonMarshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
