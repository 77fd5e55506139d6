package jsontag

import (
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

type inner struct{ A int }

type record struct {
	Plain  int
	Named  int    `json:"named,omitzero"`
	Quoted int    `json:"'a-b'"`
	Dash   int    `json:"-"`
	Rest   []byte `json:",unknown"`
	inner
	Flat inner `json:",inline"`
	time.Time
}

func TestOf(t *testing.T) {
	tests := []struct {
		name  string
		field string
		want  Field
	}{
		{"Go name", "Plain", Field{Name: "Plain"}},
		{"tag name and options", "Named", Field{Name: "named", Opts: "omitzero"}},
		{"single-quoted name", "Quoted", Field{Name: "a-b"}},
		{"dash skips", "Dash", Field{Name: "-", Skip: true}},
		{"options only", "Rest", Field{Name: "Rest", Opts: "unknown"}},
		{"embedded struct inlines", "inner", Field{Name: "inner", Inline: true}},
		{"inline option", "Flat", Field{Name: "Flat", Opts: "inline", Inline: true}},
		{"embedded text type does not inline", "Time", Field{Name: "Time"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _ := reflect.TypeFor[record]().FieldByName(tt.field)
			if diff := cmp.Diff(tt.want, Of(f)); diff != "" {
				t.Errorf("Of(%s) mismatch (-want +got):\n%s", tt.field, diff)
			}
		})
	}
	if f := (Field{Opts: "omitzero,unknown"}); !f.Has("unknown") || f.Has("omit") {
		t.Errorf("Has: unknown %v, omit %v; want true, false", f.Has("unknown"), f.Has("omit"))
	}
}

// tagCases are struct tags, well formed or not, that [Tags] must read as
// reflect.StructTag.Get reads them.
var tagCases = []string{
	``,
	`json:"name,omitzero" validate:"required,max=3"`,
	`validate:"dive" json:"-"`,
	`json:"a" json:"b" validate:"x" validate:"y"`,
	`  json:"spaced"   validate:"max=1"  `,
	`xml:"x" json:"j"`,
	`json:"esc\"aped" validate:"tab\t"`,
	`json:"bad\q" validate:"max=2"`,
	`json:"line
break" validate:"v"`,
	`json:"unterminated validate:"v"`,
	`json:noquote validate:"v"`,
	`validate:"v" json`,
	"json:\"\xff\" validate:\"v\"",
	`json:"'single'" validate:"text"`,
}

func TestTags(t *testing.T) {
	for _, tag := range tagCases {
		checkTags(t, tag)
	}
}

func FuzzTags(f *testing.F) {
	for _, tag := range tagCases {
		f.Add(tag)
	}
	f.Fuzz(checkTags)
}

func checkTags(t *testing.T, tag string) {
	st := reflect.StructTag(tag)
	json, validate := Tags(st)
	if json != st.Get("json") || validate != st.Get("validate") {
		t.Errorf("Tags(%q) = %q, %q; want %q, %q", tag, json, validate, st.Get("json"), st.Get("validate"))
	}
}
