// Package jsontag reads a struct field's JSON member name and options from
// its `json` tag, as encoding/json/v2 reads them. It is the one reader behind
// violation paths (internal/check), the strict decoder and the JSON Schema
// generator, so that all three name a field alike. It is not part of the
// public API.
package jsontag

import (
	"encoding"
	"reflect"
	"strconv"
	"strings"
)

// Field is what a `json` tag says of one struct field.
type Field struct {
	Name   string // the member name: the tag's (unquoted when single-quoted), else the Go name
	Opts   string // the options after the name, comma-separated: "omitzero"
	Skip   bool   // not a member at all: tagged "-", or unexported and not inlined
	Inline bool   // its members are its parent's: the "inline" option, or an embedded struct with no name
}

var textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()

// Of reads the `json` tag of f.
func Of(f reflect.StructField) Field {
	name, opts, comma := strings.Cut(f.Tag.Get("json"), ",")
	if name == "-" && !comma {
		return Field{Name: "-", Skip: true}
	}
	jf := Field{Name: name, Opts: opts}
	if strings.HasPrefix(name, "'") {
		if s, err := strconv.Unquote(`"` + strings.Trim(name, "'") + `"`); err == nil {
			jf.Name = s
		}
	}
	t := f.Type
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	jf.Inline = jf.Has("inline") || f.Anonymous && name == "" && t.Kind() == reflect.Struct && !reflect.PointerTo(t).Implements(textMarshaler)
	jf.Skip = !f.IsExported() && !jf.Inline
	if jf.Name == "" {
		jf.Name = f.Name
	}
	return jf
}

// Has reports whether the tag carries option opt ("omitzero", "unknown").
func (f Field) Has(opt string) bool {
	for o := range strings.SplitSeq(f.Opts, ",") {
		if o == opt {
			return true
		}
	}
	return false
}
