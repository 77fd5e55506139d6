package schema

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/jsontag"
	"github.com/plenipot/itu/payload"
)

// Draft is the JSON Schema dialect of every generated schema.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// IDBase is the prefix of every generated $id: a kind's schema is
// IDBase + kind + ".json", such as ".../schema/v1/cv.json". The "v1" is the
// version of the payload format: a change that would reject a payload it
// accepts comes with "v2" (see CHANGELOG.md).
const IDBase = "https://github.com/plenipot/itu/schema/v1/"

// ErrUnsupported is wrapped by errors for a type that has no JSON form a
// schema can describe: a non-struct record, or a field of channel, function,
// float, complex or fixed-size array type (no record has one).
var ErrUnsupported = errors.New("type has no JSON Schema")

// Options adjust one generated schema. The zero Options are the defaults.
type Options struct {
	// Kind is the payload kind of the record; its "kind" member becomes a
	// const. Empty means: look the type up in the [payload] table.
	Kind itu.Kind
	// ID is the schema's $id; empty means IDBase + kind + ".json" (or the
	// type's name when the kind is unknown).
	ID string
	// Title is the schema's title; empty means the Go type, "cv.CV".
	Title string
}

// ForKind returns the JSON Schema of payload kind k, generated from the Go
// type [payload.New] gives for k. For a kind the payload table does not know,
// the error wraps [payload.ErrUnknownKind].
func ForKind(k itu.Kind) ([]byte, error) {
	rec, err := payload.New(k)
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	return Generate(reflect.TypeOf(rec), Options{Kind: k})
}

// For returns the JSON Schema of the record type of v, a struct or a pointer
// to one. The kind is v's own "kind" member when set, else the one the
// [payload] table gives its type.
func For(v any) ([]byte, error) {
	if v == nil {
		return nil, fmt.Errorf("schema: nil record: %w", ErrUnsupported)
	}
	var o Options
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() == reflect.Struct {
		if f := rv.FieldByName("Kind"); f.IsValid() && f.Type() == kindType {
			o.Kind = itu.Kind(f.String())
		}
	}
	return Generate(reflect.TypeOf(v), o)
}

// Generate returns the JSON Schema of record type t (a struct type, or a
// pointer to one), indented, with a final newline. The output depends only on
// t, o, the payload table and the rule catalogue, so it is stable enough
// for golden files. It is safe for concurrent use.
func Generate(t reflect.Type, o Options) ([]byte, error) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil, fmt.Errorf("schema: record type %v: %w (want a struct)", t, ErrUnsupported)
	}
	g := &generator{root: t, kind: o.Kind, defs: map[string]*node{}, names: map[reflect.Type]string{}, taken: map[string]bool{}}
	if g.kind == "" {
		g.kind = kindOf(t)
	}
	g.addPackage(t)
	root := g.object(t, t.String())
	if g.err != nil {
		return nil, g.err
	}
	head := &node{Schema: Draft, ID: o.ID, Title: o.Title, Description: g.description()}
	if head.ID == "" {
		head.ID = IDBase + g.idName() + ".json"
	}
	if head.Title == "" {
		head.Title = t.String()
	}
	head.Type, head.Properties, head.Required, head.AdditionalProperties, head.AllOf = root.Type, root.Properties, root.Required, root.AdditionalProperties, root.AllOf
	if !g.selfRef {
		head.Required = requireKind(root)
	}
	if len(g.defs) > 0 {
		head.Defs = g.defs
	}
	return marshal(head)
}

// generator builds one schema document.
type generator struct {
	root  reflect.Type
	kind  itu.Kind
	defs  map[string]*node        // named struct schemas by $defs name
	names map[reflect.Type]string // $defs name of each struct type
	taken map[string]bool
	pkgs  []string // packages of the records described, root first
	// selfRef is set when the root record holds itself ("$ref": "#"), so
	// its top-level required members are also those of each nested copy.
	selfRef bool
	err     error
}

func (g *generator) fail(path string, t reflect.Type) *node {
	if g.err == nil {
		g.err = fmt.Errorf("schema: %s: %v: %w", path, t, ErrUnsupported)
	}
	return &node{}
}

func (g *generator) idName() string {
	if g.kind != "" {
		return string(g.kind)
	}
	return defName(g.root)
}

// typeSchema returns the schema of a value of type t under the validator
// rules ts (which may hold "dive" sections for items).
func (g *generator) typeSchema(t reflect.Type, ts tags, path string) *node {
	here, keys, items := ts.split()
	if t.Kind() == reflect.Pointer {
		elem := g.typeSchema(t.Elem(), ts, path)
		if here.has("required") {
			return elem
		}
		return &node{AnyOf: []*node{{Type: "null"}, elem}}
	}
	if n, ok := valueType(t); ok {
		if sharedValueTypes[t] {
			return g.shared(t, n)
		}
		constrain(n, t, here)
		g.shareText(n)
		return n
	}
	var n *node
	switch k := t.Kind(); {
	case k == reflect.String:
		n = &node{Type: "string"}
	case k == reflect.Bool:
		n = &node{Type: "boolean"}
	case k >= reflect.Int && k <= reflect.Int64:
		n = &node{Type: "integer"}
	case k >= reflect.Uint && k <= reflect.Uintptr:
		n = &node{Type: "integer", Minimum: "0"}
	case k == reflect.Slice && t.Elem().Kind() == reflect.Uint8 && !isValueType(t.Elem()):
		n = &node{Type: "string", ContentEncoding: "base64"} // []byte is base64 text
	case k == reflect.Slice:
		n = &node{Type: "array", Items: g.typeSchema(t.Elem(), items, path+"[]")}
	case k == reflect.Map:
		n = &node{Type: "object", AdditionalProperties: g.typeSchema(t.Elem(), items, path+"[]"), PropertyNames: g.keySchema(t.Key(), keys, path+"{}")}
	case k == reflect.Struct:
		n = g.ref(t, path)
	case k == reflect.Interface:
		n = &node{}
	default:
		return g.fail(path, t)
	}
	constrain(n, t, here)
	g.shareText(n)
	return n
}

// textDef is the $defs name of the "text" rule's schema: its pattern lists
// every character that does not render, so it is written once.
const textDef = "text"

// shareText moves the "text" rule's pattern out of n into $defs, leaving a
// reference beside n's own type and length keywords.
func (g *generator) shareText(n *node) {
	if n.Pattern == "" || n.Pattern != textPattern() {
		return
	}
	def, ok := g.defs[textDef]
	if !ok {
		def = &node{
			Description: "Text with at least one character that renders (not only white space, format, zero-width or other default-ignorable characters, lone combining marks, Braille blank or Hangul fillers) and no control characters other than tab, newline and carriage return.",
			Type:        "string", Pattern: n.Pattern,
		}
		g.defs[textDef], g.taken[textDef] = def, true
	}
	n.Pattern, n.Ref, n.target = "", "#/$defs/"+textDef, def
}

func isValueType(t reflect.Type) bool { _, ok := valueType(t); return ok }

// keySchema describes map keys: a value type's schema, their rules, or
// digits for integer keys.
func (g *generator) keySchema(t reflect.Type, ts tags, path string) *node {
	if isValueType(t) {
		return g.typeSchema(t, ts, path)
	}
	if isInt(t.Kind()) {
		return &node{Pattern: `^-?\d+$`}
	}
	if len(ts) == 0 || t.Kind() != reflect.String {
		return nil
	}
	n := &node{Type: "string"}
	constrain(n, t, ts)
	g.shareText(n)
	n.Type = "" // keys are always strings
	return n
}

// ref returns a reference to the schema of struct type t, described once in
// $defs; the root record is "#". Unnamed struct types are described inline.
func (g *generator) ref(t reflect.Type, path string) *node {
	if t == g.root {
		g.selfRef = true
		return &node{Ref: "#"}
	}
	if t.Name() == "" {
		return g.object(t, path)
	}
	if name, ok := g.names[t]; ok {
		return &node{Ref: "#/$defs/" + name}
	}
	name := defName(t)
	for i := 2; g.taken[name]; i++ {
		name = fmt.Sprintf("%s_%d", defName(t), i)
	}
	g.names[t], g.taken[name] = name, true
	g.addPackage(t)
	g.defs[name] = g.object(t, t.String())
	return &node{Ref: "#/$defs/" + name}
}

// sharedValueTypes are value types whose schema is long (every Member State
// code), so it is written once in $defs; their tags add nothing to the enum.
var sharedValueTypes = map[reflect.Type]bool{reflect.TypeFor[itu.StateCode](): true}

// shared returns a reference to value type t's schema n, kept in $defs.
func (g *generator) shared(t reflect.Type, n *node) *node {
	name, ok := g.names[t]
	if !ok {
		name = defName(t)
		g.names[t], g.taken[name] = name, true
		g.defs[name] = n
	}
	return &node{Ref: "#/$defs/" + name, target: g.defs[name]}
}

// unsafeName matches what a $defs name leaves out; it is compiled on the
// first schema generated, not in every process.
var unsafeName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[^A-Za-z0-9_.-]+`) })

// defName is the $defs name of a struct type: its package-qualified Go name.
func defName(t reflect.Type) string { return unsafeName().ReplaceAllString(t.String(), "_") }

func (g *generator) addPackage(t reflect.Type) {
	pkg, _, ok := strings.Cut(t.String(), ".")
	if !ok {
		return
	}
	for _, p := range g.pkgs {
		if p == pkg {
			return
		}
	}
	g.pkgs = append(g.pkgs, pkg)
}

// object describes struct type t: its members, which are required, and no
// others, since the decoder rejects unknown members.
func (g *generator) object(t reflect.Type, path string) *node {
	n := &node{Type: "object", Properties: &properties{}, AdditionalProperties: false}
	kind := g.kind
	if t != g.root {
		kind = kindOf(t)
	}
	g.fields(n, t, kind, path)
	if len(n.Properties.names) == 0 {
		n.Properties = nil
	}
	n.AllOf = conditions(t)
	return n
}

// fields adds the members of struct type t to n.
func (g *generator) fields(n *node, t reflect.Type, kind itu.Kind, path string) {
	for i := range t.NumField() {
		f := t.Field(i)
		jf := jsontag.Of(f)
		if jf.Skip {
			continue
		}
		if jf.Inline {
			g.fields(n, deref(f.Type), kind, path)
			continue
		}
		g.field(n, t, f, jf.Name, options(jf.Opts), kind, path+"."+f.Name)
	}
}

func (g *generator) field(n *node, owner reflect.Type, f reflect.StructField, name string, opts tags, kind itu.Kind, path string) {
	omit := opts.has("omitzero") || opts.has("omitempty")
	ts := parseTags(f.Tag.Get("validate"))
	here, _, _ := ts.split()
	required := !omit || here.has("required")
	t := f.Type
	if omit && t.Kind() == reflect.Pointer {
		t = t.Elem() // an absent member, never null, in canonical form
	}
	var fn *node
	switch {
	case t == kindType && kind != "":
		fn = &node{Type: "string", Const: string(kind)}
	default:
		fn = g.typeSchema(t, ts, path)
	}
	if !omit && !here.has("required") && fn.rejectsEmpty() {
		// The encoder writes the zero value as "", and the library accepts it.
		fn = &node{AnyOf: []*node{{Const: ""}, fn}}
	}
	applyMemberRule(owner, f, fn)
	n.Properties.set(name, fn)
	if required {
		n.Required = append(n.Required, name)
	}
}

// requireKind returns the required members of root record n with its
// "kind" member among them when that member is a const: a payload names its
// kind at the top ([payload.KindOf] reads it there), while a record nested in
// another may leave its kind out. A record that holds itself keeps its
// required list, which its nested copies share.
func requireKind(n *node) []string {
	if n.Properties == nil {
		return n.Required
	}
	k, ok := n.Properties.nodes["kind"]
	if !ok || k.Const == nil || slices.Contains(n.Required, "kind") {
		return n.Required
	}
	var out []string
	for _, name := range n.Properties.names {
		if name == "kind" || slices.Contains(n.Required, name) {
			out = append(out, name)
		}
	}
	return out
}

// options splits the options of a json tag.
func options(opts string) tags {
	if opts == "" {
		return nil
	}
	return strings.Split(opts, ",")
}

func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// kinds maps each record type of the payload table to its kind.
var kinds = sync.OnceValue(func() map[reflect.Type]itu.Kind {
	m := map[reflect.Type]itu.Kind{}
	for _, k := range payload.Kinds() {
		if rec, err := payload.New(k); err == nil {
			m[deref(reflect.TypeOf(rec))] = k
		}
	}
	return m
})

// kindOf returns the payload kind of record type t, or "" when t is not a
// payload record.
func kindOf(t reflect.Type) itu.Kind { return kinds()[t] }
