package check

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/jsontag"
	"github.com/plenipot/itu/internal/pointer"
)

// A plan is what the `validate` tags of one struct type ask, compiled once
// per type: for each field that holds anything to check, its index, its
// JSON Pointer token and the chain of checks its tag lists. [Report.Fields]
// walks a value along its type's plan.
//
// The tag language is go-playground/validator's, as far as the module uses
// it: required, omitempty, max=, min=, dive (on lists and maps), keys and
// endkeys (on map keys), "-" (skip the field), and the module's own valid,
// text and plain. A walk reports what validator/v10 (v10.30.1, with
// WithRequiredStructEnabled) reports for the same value: the first check of
// a field's chain that fails, nothing below a field that fails, a nil
// pointer reported under its chain's first check unless that is omitempty,
// nested structs walked whether tagged or not (time.Time excepted).
type plan struct {
	fields []fieldPlan
	nodes  []fieldNode // the fields with a node, in order: what walker.fields reads

	addrOnce sync.Once
	addr     bool // see [plan.needsAddr]
}

type fieldPlan struct {
	index  int
	offset uintptr // the field's offset in its struct
	token  string  // the field's JSON name (else its Go name) as a JSON Pointer token
	ops    *op     // nil when the tag lists no check
	sub    *plan   // the plan of the field's type, when it is known before the walk
	node   *node   // ops compiled for the field's type (node.go); nil when it has nothing to do
}

// fieldNode is a field of a plan that has a node, packed for
// [walker.fields]: the node, where the field lies, its token.
type fieldNode struct {
	node   *node
	offset uintptr
	token  string
}

// leafPlan is the plan of a value with no fields to walk: a struct with no
// checks, time.Time, or a value that is not a struct.
var leafPlan = &plan{}

// opKind is one check of a tag.
type opKind uint8

const (
	opRequired opKind = iota
	opOmitEmpty
	opMax
	opMin
	opValid
	opText
	opPlain
	opDive
	opKeys
	opEndKeys
)

// An op is one check of a field's chain.
type op struct {
	kind  opKind
	tag   string // the tag as written, without its parameter: "max"
	param string // the parameter after "=", as written
	n     int64  // param read as validator's max and min read it for texts, lists and ints
	nOK   bool   // param is such a number (max and min only)
	keys  *op    // for opKeys: the chain applied to each map key
	sub   *plan  // for opDive: the plan of the items' type, when known before the walk
	next  *op
}

var plans sync.Map // reflect.Type -> *plan

// timeType is the struct validator does not walk into.
var timeType = reflect.TypeFor[time.Time]()

// planOf returns the plan of struct type t, compiling it on first use.
func planOf(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	p, _ := plans.LoadOrStore(t, compile(t, map[reflect.Type]*plan{}))
	return p.(*plan)
}

// compile builds the plan of struct type t. Types being compiled higher up
// (a recursive type) are in busy; a field of such a type is kept.
func compile(t reflect.Type, busy map[reflect.Type]*plan) *plan {
	p := &plan{}
	busy[t] = p
	defer delete(busy, t)
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		jsonTag, tag := jsontag.Tags(f.Tag)
		if tag == "-" {
			continue
		}
		ops := parseTag(tag, f)
		sub := staticPlan(f.Type, busy)
		annotate(ops, f.Type, busy)
		if ops == nil && sub == leafPlan {
			continue // nothing to check, nothing below
		}
		name := f.Name // a path names a field by its JSON name, else its Go name
		if jf := jsontag.Parse(f, jsonTag); !jf.Skip {
			name = jf.Name
		}
		if p.fields == nil {
			p.fields = make([]fieldPlan, 0, t.NumField()-i)
		}
		p.fields = append(p.fields, fieldPlan{index: i, offset: f.Offset, token: pointer.Token(name), ops: ops, sub: sub, node: compileNode(ops, f.Type, busy)})
	}
	for _, f := range p.fields {
		if f.node != nil {
			p.nodes = append(p.nodes, fieldNode{f.node, f.offset, f.token})
		}
	}
	return p
}

// staticPlan returns the plan of the values a field or item of type t holds
// (through pointers): [leafPlan] when there is nothing to walk, nil when
// only the walk can tell (an interface).
func staticPlan(t reflect.Type, busy map[reflect.Type]*plan) *plan {
	t = deref(t)
	switch t.Kind() {
	case reflect.Interface:
		return nil
	case reflect.Struct:
		if t.ConvertibleTo(timeType) {
			return leafPlan
		}
		if p, ok := busy[t]; ok {
			return p // being compiled: kept even if it ends empty
		}
		q, ok := plans.Load(t)
		if !ok {
			q, _ = plans.LoadOrStore(t, compile(t, busy))
		}
		if p := q.(*plan); len(p.fields) > 0 {
			return p
		}
	}
	return leafPlan
}

// annotate gives each dive of chain o, which applies to values of type t,
// the plan of the items it walks.
func annotate(o *op, t reflect.Type, busy map[reflect.Type]*plan) {
	for ; o != nil; o = o.next {
		if o.kind != opDive {
			continue
		}
		d := deref(t)
		switch d.Kind() {
		case reflect.Slice, reflect.Array, reflect.Map:
		default:
			return // a dive on anything else fails during the walk, as validator's does
		}
		o.sub = staticPlan(d.Elem(), busy)
		if k := o.next; k != nil && k.kind == opKeys {
			annotate(k.keys, d.Key(), busy)
			annotate(k.next, d.Elem(), busy)
			return
		}
		annotate(o.next, d.Elem(), busy)
		return
	}
}

// parseTag compiles a `validate` tag into its chain of checks. A tag the
// module does not use is a programming error, as it is for validator. The
// checks of one tag are allocated together.
func parseTag(tag string, f reflect.StructField) *op {
	if tag == "" {
		return nil
	}
	var buf [16]string
	tags := buf[:0]
	for t := range strings.SplitSeq(tag, ",") {
		tags = append(tags, t)
	}
	return parseOps(tags, make([]op, len(tags)), f)
}

// parseOps compiles the checks tags into ops, one op per check.
func parseOps(tags []string, ops []op, f reflect.StructField) *op {
	var head, last *op
	for i := 0; i < len(tags); i++ {
		o := &ops[i]
		newOp(o, tags[i], f)
		if o.kind == opKeys {
			if last == nil || last.kind != opDive {
				panic(fmt.Sprintf("check: field %s: keys must follow dive", f.Name))
			}
			j := i + 1
			for j < len(tags) && tags[j] != "endkeys" {
				j++
			}
			if j == len(tags) {
				panic(fmt.Sprintf("check: field %s: keys without endkeys", f.Name))
			}
			o.keys = parseOps(tags[i+1:j+1], ops[i+1:j+1], f)
			i = j
		}
		if head == nil {
			head = o
		} else {
			last.next = o
		}
		last = o
		if o.kind == opEndKeys {
			break
		}
	}
	return head
}

// newOp compiles one check s of a tag into o. Only max and min read their
// parameter as a number.
func newOp(o *op, s string, f reflect.StructField) {
	name, param, _ := strings.Cut(s, "=")
	o.tag, o.param = name, param
	switch name {
	case "required":
		o.kind = opRequired
	case "omitempty":
		o.kind = opOmitEmpty
	case "max":
		o.kind = opMax
	case "min":
		o.kind = opMin
	case "valid":
		o.kind = opValid
	case "text":
		o.kind = opText
	case "plain":
		o.kind = opPlain
	case "dive":
		o.kind = opDive
	case "keys":
		o.kind = opKeys
	case "endkeys":
		o.kind = opEndKeys
	default:
		panic(fmt.Sprintf("check: field %s: undefined validation %q", f.Name, name))
	}
	if o.kind == opMax || o.kind == opMin {
		n, err := strconv.ParseInt(param, 0, 64)
		o.n, o.nOK = n, err == nil
	}
}

// walker walks one value along its plans, collecting violations: by
// running the compiled node of each field ([walker.fields]), or by
// interpreting each field's chain of checks ([walker.structure]), the
// reference the nodes are tested against, which also walks what the nodes
// leave to [runGeneric]. The JSON Pointer of the value being walked, below
// base, is passed down as path: a buffer on the stack unless it grows long.
type walker struct {
	base string
	errs []fieldError
}

// fieldError is one failed check, turned into a violation by [fieldViolation].
type fieldError struct {
	path  string
	tag   string
	param string
	kind  reflect.Kind
	value reflect.Value
}

func (w *walker) fail(path []byte, o *op, v reflect.Value, kind reflect.Kind) {
	w.errs = append(w.errs, fieldError{path: w.base + string(path), tag: o.tag, param: o.param, kind: kind, value: v})
}

// structure walks the fields of struct value v along plan p, interpreting
// each field's chain of checks.
func (w *walker) structure(path []byte, v reflect.Value, p *plan) {
	n := len(path)
	for i := range p.fields {
		f := &p.fields[i]
		path = append(append(path[:n], '/'), f.token...)
		w.field(path, v.Field(f.index), f.ops, f.sub)
	}
}

// fields walks the fields of the struct at s along plan p, running each
// field's node.
func (w *walker) fields(path []byte, s unsafe.Pointer, p *plan) {
	for i := range p.nodes {
		f := &p.nodes[i]
		c := f.node
		q := unsafe.Add(s, f.offset)
		if c.fast && c.textPasses(q) {
			continue
		}
		w.run(path, f.token, q, c)
	}
}

// field runs the chain o over v, then walks into v when it is a struct,
// along sub when its plan is known before the walk.
func (w *walker) field(path []byte, v reflect.Value, o *op, sub *plan) {
	viaPointer := false
	for k := v.Kind(); k == reflect.Pointer || k == reflect.Interface; k = v.Kind() {
		viaPointer = true
		if v.IsNil() {
			break
		}
		v = v.Elem()
	}
	kind := v.Kind()
	switch kind {
	case reflect.Pointer, reflect.Interface, reflect.Invalid:
		if o != nil && o.kind != opOmitEmpty {
			w.fail(path, o, v, kind)
		}
		return
	}
	for ; o != nil; o = o.next {
		switch o.kind {
		case opOmitEmpty:
			if !hasValue(v, viaPointer) {
				return
			}
		case opEndKeys:
			return
		case opDive:
			w.dive(path, v, kind, o.next, o.sub)
			return
		case opKeys:
			panic("check: keys outside a map's dive")
		default:
			if !o.passes(v, viaPointer) {
				w.fail(path, o, v, kind)
				return
			}
		}
	}
	if kind != reflect.Struct || sub == leafPlan {
		return
	}
	if sub == nil {
		if v.Type().ConvertibleTo(timeType) {
			return
		}
		sub = planOf(v.Type())
	}
	w.structure(path, v, sub)
}

// dive runs the chain o over each item of list or map v; sub is the plan
// of the items, when known before the walk.
func (w *walker) dive(path []byte, v reflect.Value, kind reflect.Kind, o *op, sub *plan) {
	n := len(path)
	switch kind {
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			path = strconv.AppendInt(append(path[:n], '/'), int64(i), 10)
			w.field(path, v.Index(i), o, sub)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			key := it.Key()
			path = append(append(path[:n], '/'), pointer.Token(keyText(key))...)
			if o == nil || o.kind != opKeys {
				w.field(path, it.Value(), o, sub)
				continue
			}
			w.field(path, key, o.keys, nil)
			if o.next != nil {
				w.field(path, it.Value(), o.next, sub)
				continue
			}
			// Keys alone are checked: a struct value is still walked.
			switch val := it.Value(); val.Kind() {
			case reflect.Pointer:
				if val.Elem().Kind() == reflect.Struct {
					w.field(path, val, nil, sub)
				}
			case reflect.Struct:
				w.field(path, val, nil, sub)
			}
		}
	default:
		panic("check: dive on a value that is not a list or map")
	}
}

// keyText is a map key as validator names it: fmt's %v.
func keyText(k reflect.Value) string {
	if k.Kind() == reflect.String {
		switch k.Interface().(type) {
		case fmt.Formatter, fmt.Stringer, error:
		default:
			return k.String()
		}
	}
	return fmt.Sprintf("%v", k.Interface())
}

// passes runs one check on v; viaPointer says v was reached through a
// pointer or interface.
func (o *op) passes(v reflect.Value, viaPointer bool) bool {
	switch o.kind {
	case opRequired:
		return hasValue(v, viaPointer)
	case opMax:
		return o.within(v, true)
	case opMin:
		return o.within(v, false)
	case opValid:
		return validValue(v)
	case opText:
		return v.Kind() != reflect.String || TextOK(v.String())
	case opPlain:
		return v.Kind() != reflect.String || !disguised(v.String())
	}
	return true
}

// disguised is [canon.Disguised], which no ASCII text is.
func disguised(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return canon.Disguised(s)
		}
	}
	return false
}

// hasValue is validator's "required": a list, map, pointer or interface is
// not nil; a value reached through a pointer is present; anything else is
// not its zero value.
func hasValue(v reflect.Value, viaPointer bool) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func:
		return !v.IsNil()
	}
	if viaPointer {
		return true
	}
	return v.IsValid() && !v.IsZero()
}

// validValue is the "valid" tag: zero values pass (presence is "required"'s
// job), and any other value whose IsValid method says so.
func validValue(v reflect.Value) bool {
	if v.IsZero() {
		return true
	}
	if v.CanAddr() {
		// A pointer boxes without allocating; *T has T's IsValid.
		if iv, ok := v.Addr().Interface().(validity); ok {
			return iv.IsValid()
		}
	}
	if iv, ok := v.Interface().(validity); ok {
		return iv.IsValid()
	}
	return true
}

// within reports whether v's size is at most (max) or at least (min) the
// tag's parameter, as validator's max and min read it: a text's characters,
// a list's or map's items, a number's value.
func (o *op) within(v reflect.Value, max bool) bool {
	var n int64
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		p := o.number()
		if max && int64(len(s)) <= p || !max && int64(len(s)) < p {
			return max // bytes bound characters
		}
		n = int64(utf8.RuneCountInString(s))
	case reflect.Slice, reflect.Map, reflect.Array:
		n = int64(v.Len())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n = v.Int()
		if v.Type() == reflect.TypeFor[time.Duration]() {
			d, err := time.ParseDuration(o.param)
			if err != nil {
				panic(err)
			}
			return max && n <= int64(d) || !max && n >= int64(d)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p, err := strconv.ParseUint(o.param, 0, 64)
		if err != nil {
			panic(err)
		}
		return max && v.Uint() <= p || !max && v.Uint() >= p
	case reflect.Float32, reflect.Float64:
		bits := 64
		if v.Kind() == reflect.Float32 {
			bits = 32
		}
		p, err := strconv.ParseFloat(o.param, bits)
		if err != nil {
			panic(err)
		}
		return max && v.Float() <= p || !max && v.Float() >= p
	default:
		panic(fmt.Sprintf("check: bad field type %s", v.Type()))
	}
	p := o.number()
	return max && n <= p || !max && n >= p
}

// number is the tag's parameter as an integer; like validator, a tag whose
// parameter is not one is a programming error.
func (o *op) number() int64 {
	if !o.nOK {
		_, err := strconv.ParseInt(o.param, 0, 64)
		panic(err)
	}
	return o.n
}
