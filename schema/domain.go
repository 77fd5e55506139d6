package schema

import (
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"time"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/payload"
)

// Enumer is implemented by a value type whose JSON form is one of a fixed list
// of strings, such as a code table kept as a typed string. The schema of the
// type is then {"type": "string", "enum": [...]}. The method is called on the
// zero value (or a pointer to it), so it must not depend on the receiver.
//
// Typed-int enums that follow the house style (zero means "not set", values
// 1, 2, ... valid in a row, IsValid and MarshalText) need no method: their
// codes are read by marshalling each valid value.
type Enumer interface {
	JSONSchemaEnum() []string
}

// Patterner is implemented by a value type whose JSON form is a string that a
// regular expression describes (ECMA-262 syntax that is also valid RE2, such
// as "^[A-Z]{2,6}/\\d+$"). The method is called on the zero value.
type Patterner interface {
	JSONSchemaPattern() string
}

// Patterns of the root package's calendar types. A partial date is a year,
// a year-month or a full date; a period is a start, then optionally a
// separator and an end date or "Present" (see [civil.ParsePeriod]).
const (
	yearMonthDay       = `\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?`
	datePattern        = `^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`
	partialDatePattern = `^` + yearMonthDay + `$`
	// periodPattern has the numeric forms exactly: the separators
	// civil.ParsePeriod accepts, spaced or not, and its bare "-" between two
	// years. Of the periods written in words ("January 2019 – present",
	// "depuis 2019", "(2015 ~ 2021)"), whose month names and words in three
	// languages a pattern would only copy, it asks for a year and a letter or
	// a parenthesis; the library reads the rest.
	periodPattern = `^(` + yearMonthDay + `(( – | - | ~ | — |–|~|—)(` + yearMonthDay + `|Present))?|\d{4}-\d{4})$` +
		`|^(.*[A-Za-zÀ-ɏ()].*\d{4}.*|.*\d{4}.*[A-Za-zÀ-ɏ()].*)$`
)

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	validity      = reflect.TypeFor[interface{ IsValid() bool }]()
	enumer        = reflect.TypeFor[Enumer]()
	patterner     = reflect.TypeFor[Patterner]()
	kindType      = reflect.TypeFor[itu.Kind]()
)

// rootTypes describes the value types of package itu, each from the
// package's own tables.
var rootTypes = map[reflect.Type]func() *node{
	reflect.TypeFor[itu.Post]():          func() *node { return enum(stringsOf(itu.Posts())) },
	reflect.TypeFor[itu.Region]():        func() *node { return enum(stringsOf(itu.Regions())) },
	reflect.TypeFor[itu.Language]():      func() *node { return enum(stringsOf(itu.Languages())) },
	reflect.TypeFor[itu.StateCode]():     stateCodes,
	reflect.TypeFor[civil.Date]():        func() *node { return &node{Type: "string", Format: "date", Pattern: datePattern} },
	reflect.TypeFor[civil.PartialDate](): func() *node { return &node{Type: "string", Pattern: partialDatePattern} },
	reflect.TypeFor[civil.Period]():      func() *node { return &node{Type: "string", Pattern: periodPattern} },
	reflect.TypeFor[time.Time]():         func() *node { return &node{Type: "string", Format: "date-time"} },
	kindType:                             payloadKinds,
}

// payloadKinds describes a kind that is not a record's own: one of the kinds
// of the payload table, or any string while the table is empty.
func payloadKinds() *node {
	var codes []string
	for _, k := range payload.Kinds() {
		codes = append(codes, string(k))
	}
	if len(codes) > 0 {
		return enum(codes)
	}
	return &node{Type: "string"}
}

func stringsOf[T interface{ String() string }](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}

func stateCodes() *node {
	var codes []string
	for _, m := range itu.MemberStates(civil.Date{}) {
		codes = append(codes, string(m.Code))
	}
	slices.Sort(codes)
	return enum(codes)
}

func enum(codes []string) *node {
	n := &node{Type: "string", Enum: []any{}}
	for _, c := range codes {
		n.Enum = append(n.Enum, c)
	}
	return n
}

// valueType returns the schema of t when t is a value type that encodes as
// a JSON string (or describes itself), and false when t is to be described
// by its kind.
func valueType(t reflect.Type) (*node, bool) {
	if f, ok := rootTypes[t]; ok {
		return f(), true
	}
	if f, ok := recordValueTypes[t]; ok {
		return f(), true
	}
	if v, ok := implementer(t, enumer); ok {
		return enum(v.Interface().(Enumer).JSONSchemaEnum()), true
	}
	if v, ok := implementer(t, patterner); ok {
		return &node{Type: "string", Pattern: v.Interface().(Patterner).JSONSchemaPattern()}, true
	}
	if _, ok := implementer(t, jsonMarshaler); ok {
		return &node{}, true // encodes itself in some JSON form: any value
	}
	if _, ok := implementer(t, textMarshaler); !ok {
		return nil, false
	}
	if codes := intEnum(t); codes != nil {
		return enum(codes), true
	}
	return &node{Type: "string"}, true
}

// implementer returns a zero t, or a pointer to one, that implements iface.
func implementer(t, iface reflect.Type) (reflect.Value, bool) {
	switch {
	case t.Implements(iface):
		return reflect.Zero(t), true
	case t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(iface):
		return reflect.New(t), true
	}
	return reflect.Value{}, false
}

// maxEnum bounds how many values intEnum tries; a longer run is not a code table.
const maxEnum = 256

// intEnum returns the codes of a typed-int enum in the house style: a type of
// integer kind with IsValid and MarshalText whose values 1, 2, ... are valid
// up to the last one. A zero value that is valid and marshals to a code comes
// first. It returns nil for any other type.
func intEnum(t reflect.Type) []string {
	if !isInt(t.Kind()) || !t.Implements(validity) || !t.Implements(textMarshaler) {
		return nil
	}
	var codes []string
	zero := reflect.Zero(t).Interface()
	if zero.(interface{ IsValid() bool }).IsValid() {
		if b, err := zero.(encoding.TextMarshaler).MarshalText(); err == nil && len(b) > 0 {
			codes = append(codes, string(b))
		}
	}
	for i := 1; i <= maxEnum; i++ {
		v := reflect.New(t).Elem()
		if t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uintptr {
			v.SetUint(uint64(i))
		} else {
			v.SetInt(int64(i))
		}
		if !v.Interface().(interface{ IsValid() bool }).IsValid() {
			return codes
		}
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil || len(b) == 0 {
			return nil
		}
		codes = append(codes, string(b))
	}
	return nil
}

func isInt(k reflect.Kind) bool { return k >= reflect.Int && k <= reflect.Uintptr }
