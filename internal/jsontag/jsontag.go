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
	"unicode/utf8"
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
func Of(f reflect.StructField) Field { return Parse(f, f.Tag.Get("json")) }

// Parse reads tag, the value of f's `json` tag key (see [Tags]), as [Of] does.
func Parse(f reflect.StructField, tag string) Field {
	name, opts, comma := strings.Cut(tag, ",")
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

// Tags returns the values of the `json` and `validate` keys of tag, as
// tag.Get returns each, reading tag once: the plans of the strict decoder
// and of the checks read both for every field.
func Tags(tag reflect.StructTag) (json, validate string) {
	haveJSON, haveValidate := false, false
	for tag != "" && !(haveJSON && haveValidate) {
		// The syntax of reflect.StructTag.Lookup: key:"value" pairs
		// separated by spaces.
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := tag[:i]
		tag = tag[i+1:]
		i = 1
		plain := true // no escape, no newline, all ASCII: the value is the text quoted
		for i < len(tag) && tag[i] != '"' {
			switch c := tag[i]; {
			case c == '\\':
				i++
				plain = false
			case c == '\n' || c >= utf8.RuneSelf:
				plain = false
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		quoted := string(tag[:i+1])
		tag = tag[i+1:]
		switch {
		case name == "json" && !haveJSON:
			haveJSON = true
			json = unquote(quoted, plain)
		case name == "validate" && !haveValidate:
			haveValidate = true
			validate = unquote(quoted, plain)
		}
	}
	return json, validate
}

// unquote is strconv.Unquote of a tag's quoted value q, "" when it fails,
// without the call when q is plain.
func unquote(q string, plain bool) string {
	if plain {
		return q[1 : len(q)-1]
	}
	s, err := strconv.Unquote(q)
	if err != nil {
		return ""
	}
	return s
}
