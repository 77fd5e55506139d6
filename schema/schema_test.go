package schema

import (
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/payload"
)

func TestGenerateMembers(t *testing.T) {
	b := generate(t, tRecord{}, Options{Kind: tKind})
	tests := []struct {
		name string
		ptr  string // JSON Pointer into the schema
		want string // JSON
	}{
		{"dialect", "/$schema", `"https://json-schema.org/draft/2020-12/schema"`},
		{"id from kind", "/$id", `"https://github.com/plenipot/itu/schema/v1/record.json"`},
		{"title is the Go type", "/title", `"schema.tRecord"`},
		{"required: no omit option, or validate required", "/required", `["title","done","post","home","date","prev"]`},
		{"unknown members rejected", "/additionalProperties", `false`},
		{"kind is a const", "/properties/kind", `{"type":"string","const":"record"}`},
		{"required text", "/properties/title", `{"$ref":"#/$defs/text","type":"string","minLength":1,"maxLength":10}`},
		{"optional string", "/properties/note", `{"type":"string","maxLength":5}`},
		{"integer bounds", "/properties/count", `{"type":"integer","minimum":1,"maximum":9}`},
		{"unsigned", "/properties/size", `{"type":"integer","minimum":0}`},
		{"bool", "/properties/done", `{"type":"boolean"}`},
		{"array with dive", "/properties/tags", `{"type":"array","items":{"type":"string","minLength":1,"maxLength":3},"maxItems":2}`},
		{"map with keys and values", "/properties/scores", `{"type":"object","propertyNames":{"maxLength":8},"maxProperties":4,"additionalProperties":{"type":"integer","minimum":0}}`},
		{"map keys of a value type", "/properties/votes", `{"type":"object","propertyNames":{"$ref":"#/$defs/itu.StateCode"},"maxProperties":200,"additionalProperties":{"type":"integer"}}`},
		{"post enum", "/properties/post/enum", `["SG","DSG","BR","TSB","BDT","RRB","COUNCIL"]`},
		{"region enum", "/properties/region", `{"type":"string","enum":["A","B","C","D","E"]}`},
		{"language enum", "/properties/language", `{"type":"string","enum":["ar","zh","en","fr","ru","es"]}`},
		{"state code by reference", "/properties/state", `{"$ref":"#/$defs/itu.StateCode"}`},
		{"optional state code accepts the zero encoding", "/properties/home", `{"anyOf":[{"const":""},{"$ref":"#/$defs/itu.StateCode"}]}`},
		{"name", "/properties/name", `{"$ref":"#/$defs/text","type":"string","maxLength":200}`},
		{"optional date accepts the zero encoding", "/properties/date", `{"anyOf":[{"const":""},{"type":"string","format":"date","pattern":` + quoteJSON(datePattern) + `}]}`},
		{"partial date", "/properties/since", `{"type":"string","pattern":` + quoteJSON(partialDatePattern) + `}`},
		{"period", "/properties/period", `{"type":"string","pattern":` + quoteJSON(periodPattern) + `}`},
		{"int enum of another package", "/properties/status", `{"type":"string","enum":["open","closed"]}`},
		{"Enumer hook", "/properties/colour", `{"type":"string","enum":["red","green"]}`},
		{"Patterner hook", "/properties/symbol", `{"type":"string","pattern":"^[A-Z]+/\\d+$","maxLength":20}`},
		{"nested record by reference", "/properties/tree", `{"$ref":"#/$defs/schema.tNode"}`},
		{"nested record in $defs", "/$defs/schema.tNode", `{"type":"object","properties":{"label":{"$ref":"#/$defs/text","type":"string","minLength":1,"maxLength":20},"children":{"type":"array","items":{"$ref":"#/$defs/schema.tNode"},"maxItems":3}},"required":["label"],"additionalProperties":false}`},
		{"optional pointer is its element", "/properties/next", `{"$ref":"#"}`},
		{"pointer without omit may be null", "/properties/prev", `{"anyOf":[{"type":"null"},{"$ref":"#"}]}`},
		{"interface is any value", "/properties/any", `{}`},
		{"bytes are base64", "/properties/blob", `{"type":"string","contentEncoding":"base64"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(decodeJSON(t, tt.want), at(t, b, tt.ptr)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", tt.ptr, diff)
			}
		})
	}
	t.Run("state codes", func(t *testing.T) {
		got := at(t, b, "/$defs/itu.StateCode/enum").([]any)
		if len(got) != len(itu.MemberStates(civil.Date{})) || !slices.Contains(got, any("KOR")) {
			t.Errorf("state enum has %d codes (want %d, with KOR)", len(got), len(itu.MemberStates(civil.Date{})))
		}
	})
	t.Run("no hidden members", func(t *testing.T) {
		props := at(t, b, "/properties").(map[string]any)
		for _, name := range []string{"Ignored", "hidden", "-"} {
			if _, ok := props[name]; ok {
				t.Errorf("member %q is described", name)
			}
		}
	})
}

func quoteJSON(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`
}

func TestGenerateDescription(t *testing.T) {
	b := generate(t, tRecord{}, Options{Kind: tKind})
	desc := at(t, b, "/description").(string)
	_, list, ok := strings.Cut(desc, "\n")
	if !ok {
		t.Fatalf("description lists no rules: %q", desc)
	}
	want := "- schema.demo.order (warning): " + ruleDemo.Description
	if diff := cmp.Diff(want, list); diff != "" {
		t.Errorf("rule list mismatch (-want +got):\n%s", diff)
	}
}

func TestGenerateOptions(t *testing.T) {
	type plain struct {
		A string `json:"a"`
	}
	tests := []struct {
		name    string
		v       any
		o       Options
		wantID  string
		wantTit string
	}{
		{"defaults without a kind", plain{}, Options{}, IDBase + "schema.plain.json", "schema.plain"},
		{"kind names the id", plain{}, Options{Kind: "cv"}, IDBase + "cv.json", "schema.plain"},
		{"explicit id and title", &plain{}, Options{ID: "urn:x", Title: "X"}, "urn:x", "X"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := generate(t, tt.v, tt.o)
			got := []any{at(t, b, "/$id"), at(t, b, "/title")}
			if diff := cmp.Diff([]any{tt.wantID, tt.wantTit}, got); diff != "" {
				t.Errorf("($id, title) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestForReadsKind(t *testing.T) {
	b, err := For(&tRecord{Kind: "mine"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(any("mine"), at(t, b, "/properties/kind/const")); diff != "" {
		t.Errorf("kind const mismatch (-want +got):\n%s", diff)
	}
}

func TestGenerateUnsupported(t *testing.T) {
	type withChan struct {
		C chan int `json:"c"`
	}
	type withFunc struct {
		F []func() `json:"f"`
	}
	type withFloat struct {
		F float64 `json:"f"` // no record has one
	}
	type withArray struct {
		A [2]string `json:"a"` // no record has one
	}
	tests := []struct {
		name string
		t    reflect.Type
	}{
		{"not a struct", reflect.TypeFor[int]()},
		{"nil type", nil},
		{"channel member", reflect.TypeFor[withChan]()},
		{"function items", reflect.TypeFor[*withFunc]()},
		{"float member", reflect.TypeFor[withFloat]()},
		{"array member", reflect.TypeFor[withArray]()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Generate(tt.t, Options{})
			if !errors.Is(err, ErrUnsupported) {
				t.Errorf("Generate(%v) error = %v, want ErrUnsupported", tt.t, err)
			}
		})
	}
	if _, err := For(nil); !errors.Is(err, ErrUnsupported) {
		t.Errorf("For(nil) error = %v, want ErrUnsupported", err)
	}
}

func TestDefNamesDistinct(t *testing.T) {
	type inner struct {
		X string `json:"x"`
	}
	type outer struct {
		A inner              `json:"a"`
		B struct{ Y string } `json:"b"`
		C []inner            `json:"c"`
	}
	b := generate(t, outer{}, Options{})
	got := []any{at(t, b, "/properties/a/$ref"), at(t, b, "/properties/c/items/$ref"), at(t, b, "/properties/b/required")}
	want := []any{"#/$defs/schema.inner", "#/$defs/schema.inner", []any{"Y"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("refs mismatch (-want +got):\n%s", diff)
	}
}

func TestDeterministic(t *testing.T) {
	first := generate(t, tRecord{}, Options{Kind: tKind})
	for range 20 {
		if got := generate(t, tRecord{}, Options{Kind: tKind}); string(got) != string(first) {
			t.Fatalf("two runs differ:\n%s", cmp.Diff(string(first), string(got)))
		}
	}
}

func TestIntEnumMatchesRootTables(t *testing.T) {
	tests := []struct {
		name string
		t    reflect.Type
		want []string
	}{
		{"post", reflect.TypeFor[itu.Post](), stringsOf(itu.Posts())},
		{"language", reflect.TypeFor[itu.Language](), stringsOf(itu.Languages())},
		{"test status", reflect.TypeFor[tStatus](), []string{"open", "closed"}},
		{"valid zero comes first", reflect.TypeFor[tZeroValid](), []string{"none", "some"}},
		{"too long a run is no code table", reflect.TypeFor[tCount](), nil},
		{"plain int", reflect.TypeFor[int](), nil},
		{"string enum needs a hook", reflect.TypeFor[itu.Region](), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, intEnum(tt.t)); diff != "" {
				t.Errorf("intEnum(%v) mismatch (-want +got):\n%s", tt.t, diff)
			}
		})
	}
}

type tBase struct {
	ID string `json:"id" validate:"required,max=8"`
}

func TestEmbeddedStructIsInlined(t *testing.T) {
	type withEmbed struct {
		tBase
		Name string `json:"name,omitzero"`
	}
	b := generate(t, withEmbed{}, Options{})
	want := `{"type":"object","properties":{"id":{"type":"string","minLength":1,"maxLength":8},"name":{"type":"string"}},"required":["id"],"additionalProperties":false}`
	got := at(t, b, "")
	for _, k := range []string{"$schema", "$id", "title", "description"} {
		delete(got.(map[string]any), k)
	}
	if diff := cmp.Diff(decodeJSON(t, want), got); diff != "" {
		t.Errorf("schema mismatch (-want +got):\n%s", diff)
	}
}

// tZeroValid is an enum whose zero value is a real value with a code.
type tZeroValid int

func (z tZeroValid) IsValid() bool { return z == 0 || z == 1 }

func (z tZeroValid) MarshalText() ([]byte, error) {
	return []byte([...]string{"none", "some"}[z]), nil
}

// tCount is valid for every positive value: not a code table.
type tCount int

func (c tCount) IsValid() bool { return c > 0 }

func (c tCount) MarshalText() ([]byte, error) { return []byte(strconv.Itoa(int(c))), nil }

func TestForKindUnknown(t *testing.T) {
	if _, err := ForKind("memo"); !errors.Is(err, payload.ErrUnknownKind) {
		t.Errorf(`ForKind("memo") error = %v, want payload.ErrUnknownKind`, err)
	}
}
