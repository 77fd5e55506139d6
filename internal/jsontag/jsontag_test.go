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
