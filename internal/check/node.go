package check

import (
	"reflect"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/pointer"
)

// A node is a field's chain of checks compiled for the static type of the
// values it applies to (issue 18), so that the walk interprets no tag and
// asks no value its kind. [walker.run] calls one of a fixed set of
// functions, chosen at compile time by the type's kind: [walker.text]
// reads a text once and runs its steps on it, [walker.value] runs the steps
// of any other kind and then walks what lies below (a struct's fields, a
// list's or map's items), [walker.structure] walks a struct with no checks
// of its own, [walker.pointer] reports or follows a pointer. Each step is
// one check of the chain, specialised by the kind: which presence test
// "required" and "omitempty" make, which size "max" and "min" read, whether
// "valid" can call IsValid at all and how. A check that cannot apply is
// dropped ("text" on a number, "valid" on a type with no IsValid method,
// "omitempty" on a value reached through a pointer), and so is a field or
// list whose items have nothing to check; one that can only fail at run
// time (a parameter that is not a number, "max" on a bool) is kept as
// [stepGeneric], which interprets the op as [walker.field] does. A chain
// the nodes do not model (an interface, a pointer to a pointer or to an
// interface, a dive on what is not a list or map, keys outside a map's
// dive) runs [walker.field] itself.
//
// The walk a node makes is the walk [walker.field] makes for the same chain
// and value: TestNodesMatchInterpretation and FuzzNodesMatchInterpretation
// (node_test.go) hold the two to the same violations, on the record types
// and on types that reach every node.
type node struct {
	run  run          // which of the run functions walks a value
	ops  *op          // the chain: what runGeneric interprets, and whose head a nil pointer fails
	sub  *plan        // the plan of the struct walked when the steps pass (tailStruct)
	kind reflect.Kind // the kind of the values the steps apply to
	via  bool         // the values were reached through a pointer

	steps []step
	tail  tail
	elem  *node // runPointer: the node of the value pointed to (nil: nothing to do)
	items *node // tailList, tailMap: the node of each item (nil: nothing to do)
	keys  *node // tailMap: the node of each key, when the chain has keys
}

// run names the function [walker.run] calls for a node. (A switch, not a
// func value: an indirect call would let the path buffer escape.)
type run uint8

const (
	runGeneric run = iota
	runPointer
	runString
	runStruct
	runValue
)

// run walks v along node n. The JSON Pointer of v is path followed by
// token tok, unless tok is empty (a field's token never is): it is joined
// only to walk below v or to report a failure.
func (w *walker) run(path []byte, tok string, v reflect.Value, n *node) {
	switch n.run {
	case runPointer:
		w.pointer(path, tok, v, n)
	case runString:
		w.text(path, tok, v, n)
	case runStruct:
		w.structure(at(path, tok), v, n.sub)
	case runValue:
		w.value(path, tok, v, n)
	default:
		w.field(at(path, tok), v, n.ops, n.sub)
	}
}

// indexTokens are the tokens of the first list indexes, so that an item's
// path is joined only when it is needed.
var indexTokens = func() (t [256]string) {
	for i := range t {
		t[i] = strconv.Itoa(i)
	}
	return t
}()

// at is path followed by token tok, unless tok is empty.
func at(path []byte, tok string) []byte {
	if tok == "" {
		return path
	}
	return append(append(path, '/'), tok...)
}

// tail is what a node walks once its steps pass.
type tail uint8

const (
	tailNone   tail = iota
	tailStruct      // the fields of a struct, along sub
	tailList        // the items of a slice or array (dive)
	tailMap         // the keys and items of a map (dive)
)

// A step is one check of a node.
type step struct {
	test    test
	o       *op // the check as tagged: what a failure reports
	n       int64
	u       uint64
	f       float64
	pres    presence
	valImpl bool // "valid": T itself, not only *T, has IsValid
	// isValid calls T's IsValid on a value of type T without boxing it
	// (validFuncs), when T's is known.
	isValid func(reflect.Value) bool
}

type test uint8

const (
	stepOmit     test = iota // omitempty: stop when absent
	stepRequired             // required: fail when absent
	stepMaxLen               // max on a text: characters
	stepMinLen               // min on a text
	stepMaxItems             // max on a list or map: items
	stepMinItems             // min on a list or map
	stepMaxInt               // max on a signed integer (a time.Duration's parameter read as one)
	stepMinInt               // min on a signed integer
	stepMaxUint              // max on an unsigned integer
	stepMinUint              // min on an unsigned integer
	stepMaxFloat             // max on a float
	stepMinFloat             // min on a float
	stepText                 // text on a text
	stepPlain                // plain on a text
	stepValid                // valid on a type whose pointer has IsValid
	stepGeneric              // any other: op.passes
)

// presence is how "required" and "omitempty" test a value of a node's kind
// ([hasValue]).
type presence uint8

const (
	presNotZero presence = iota // not the zero value
	presNotNil                  // a list, map, chan or func that is not nil
)

var validityType = reflect.TypeFor[validity]()

// compileNode compiles chain o for values of static type t. It returns nil
// when such a value has nothing to check and nothing below to walk.
func compileNode(o *op, t reflect.Type, busy map[reflect.Type]*plan) *node {
	sub := staticPlan(t, busy)
	if o == nil && sub == leafPlan {
		return nil
	}
	switch t.Kind() {
	case reflect.Interface:
		return &node{run: runGeneric, ops: o, sub: sub}
	case reflect.Pointer:
		e := t.Elem()
		if k := e.Kind(); k == reflect.Pointer || k == reflect.Interface {
			return &node{run: runGeneric, ops: o, sub: sub}
		}
		elem, ok := compileValue(o, e, true, sub, busy)
		if !ok {
			return &node{run: runGeneric, ops: o, sub: sub}
		}
		if elem == nil && (o == nil || o.kind == opOmitEmpty) {
			return nil // a nil pointer is let be, and there is nothing to do below one
		}
		return &node{run: runPointer, ops: o, sub: sub, kind: reflect.Pointer, elem: elem}
	}
	n, ok := compileValue(o, t, false, sub, busy)
	if !ok {
		return &node{run: runGeneric, ops: o, sub: sub}
	}
	return n
}

// compileValue compiles chain o for values of type t, which is neither a
// pointer nor an interface; via says they are reached through a pointer.
// It returns nil, true when there is nothing to do, and false when the
// chain is one for [runGeneric].
func compileValue(o *op, t reflect.Type, via bool, sub *plan, busy map[reflect.Type]*plan) (*node, bool) {
	k := t.Kind()
	n := node{ops: o, sub: sub, kind: k, via: via, tail: tailStruct}
	if k != reflect.Struct || sub == leafPlan {
		n.tail = tailNone
	}
	var buf [8]step // the steps, copied out once known
	steps := buf[:0]
chain:
	for ; o != nil; o = o.next {
		switch o.kind {
		case opEndKeys:
			n.tail = tailNone
			break chain
		case opKeys:
			return nil, false
		case opDive:
			if !compileDive(&n, o.next, t, busy) {
				return nil, false
			}
			break chain
		}
		s, ok := compileStep(o, t, via)
		if !ok {
			s = step{test: stepGeneric, o: o}
		}
		if s.o != nil {
			steps = append(steps, s)
		}
	}
	switch {
	case len(steps) == 0 && n.tail == tailNone:
		return nil, true
	case k == reflect.String:
		n.run = runString // a text has nothing below it
	case len(steps) == 0 && n.tail == tailStruct:
		n.run = runStruct
	default:
		n.run = runValue
	}
	if len(steps) > 0 {
		n.steps = slices.Clip(append([]step(nil), steps...))
	}
	c := new(node)
	*c = n
	return c, true
}

// compileDive compiles the dive of n, a node of list or map type t, whose
// items take chain o. It reports false for a dive that panics when run.
func compileDive(n *node, o *op, t reflect.Type, busy map[reflect.Type]*plan) bool {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		n.tail = tailList
		n.items = compileNode(o, t.Elem(), busy)
		return true
	case reflect.Map:
	default:
		return false
	}
	n.tail = tailMap
	if o == nil || o.kind != opKeys {
		n.items = compileNode(o, t.Elem(), busy)
		return true
	}
	n.keys = compileKeys(o.keys, t.Key(), busy)
	if o.next != nil {
		n.items = compileNode(o.next, t.Elem(), busy)
		return true
	}
	// Keys alone are checked: a struct value, or one behind a single
	// pointer, is still walked.
	switch e := t.Elem(); e.Kind() {
	case reflect.Pointer:
		if e.Elem().Kind() == reflect.Struct {
			n.items = compileNode(nil, e, busy)
		}
	case reflect.Struct:
		n.items = compileNode(nil, e, busy)
	}
	return true
}

// compileKeys compiles the chain o of a map's keys, of type t, which
// [walker.dive] walks with no plan: a chain that ends at endkeys never
// walks below a key; any other is left to [runGeneric].
func compileKeys(o *op, t reflect.Type, busy map[reflect.Type]*plan) *node {
	for c := o; c != nil; c = c.next {
		switch c.kind {
		case opDive, opKeys:
			return &node{run: runGeneric, ops: o}
		case opEndKeys:
			if k := t.Kind(); k == reflect.Pointer || k == reflect.Interface {
				return &node{run: runGeneric, ops: o}
			}
			n, ok := compileValue(o, t, false, leafPlan, busy)
			if !ok {
				return &node{run: runGeneric, ops: o}
			}
			return n
		}
	}
	return &node{run: runGeneric, ops: o}
}

// compileStep compiles check o for values of type t (neither a pointer nor
// an interface). A step with no op is one that always passes; false means
// the check must be interpreted ([stepGeneric]).
func compileStep(o *op, t reflect.Type, via bool) (step, bool) {
	k := t.Kind()
	switch o.kind {
	case opOmitEmpty, opRequired:
		s := step{test: stepRequired, o: o}
		if o.kind == opOmitEmpty {
			s.test = stepOmit
		}
		switch k {
		case reflect.Slice, reflect.Map, reflect.Chan, reflect.Func:
			s.pres = presNotNil
		default:
			if via {
				return step{}, true // present: it was reached through a pointer
			}
			s.pres = presNotZero // a text's is read in place ([walker.text])
		}
		return s, true
	case opMax, opMin:
		return compileBound(o, t)
	case opValid:
		if !reflect.PointerTo(t).Implements(validityType) {
			return step{}, true // neither T nor *T has IsValid
		}
		s := step{test: stepValid, o: o, valImpl: t.Implements(validityType)}
		if s.valImpl {
			domainMu.RLock()
			s.isValid = validFuncs[t]
			domainMu.RUnlock()
		}
		return s, true
	case opText, opPlain:
		if k != reflect.String {
			return step{}, true
		}
		if o.kind == opText {
			return step{test: stepText, o: o}, true
		}
		return step{test: stepPlain, o: o}, true
	}
	return step{}, false
}

// compileBound compiles a max or min check o for values of type t as
// [op.within] reads them. A parameter that is not a number, or a type with
// no size, is left to op.within, which panics when it runs.
func compileBound(o *op, t reflect.Type) (step, bool) {
	max := o.kind == opMax
	pick := func(ifMax, ifMin test) test {
		if max {
			return ifMax
		}
		return ifMin
	}
	switch t.Kind() {
	case reflect.String:
		if !o.nOK {
			return step{}, false
		}
		return step{test: pick(stepMaxLen, stepMinLen), o: o, n: o.n}, true
	case reflect.Slice, reflect.Map, reflect.Array:
		if !o.nOK {
			return step{}, false
		}
		return step{test: pick(stepMaxItems, stepMinItems), o: o, n: o.n}, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if t == reflect.TypeFor[time.Duration]() {
			d, err := time.ParseDuration(o.param)
			if err != nil {
				return step{}, false
			}
			return step{test: pick(stepMaxInt, stepMinInt), o: o, n: int64(d)}, true
		}
		if !o.nOK {
			return step{}, false
		}
		return step{test: pick(stepMaxInt, stepMinInt), o: o, n: o.n}, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p, err := strconv.ParseUint(o.param, 0, 64)
		if err != nil {
			return step{}, false
		}
		return step{test: pick(stepMaxUint, stepMinUint), o: o, u: p}, true
	case reflect.Float32, reflect.Float64:
		p, err := strconv.ParseFloat(o.param, t.Bits())
		if err != nil {
			return step{}, false
		}
		return step{test: pick(stepMaxFloat, stepMinFloat), o: o, f: p}, true
	}
	return step{}, false
}

// pointer reports a nil pointer under the chain's first check, unless
// that is omitempty, and runs the node of the value pointed to otherwise.
func (w *walker) pointer(path []byte, tok string, v reflect.Value, n *node) {
	if v.IsNil() {
		if o := n.ops; o != nil && o.kind != opOmitEmpty {
			w.fail(at(path, tok), o, v, reflect.Pointer)
		}
		return
	}
	if e := n.elem; e != nil {
		w.run(path, tok, v.Elem(), e)
	}
}

// text runs the steps of a text, read once.
func (w *walker) text(path []byte, tok string, v reflect.Value, n *node) {
	s := v.String()
	for i := range n.steps {
		st := &n.steps[i]
		var ok bool
		switch st.test {
		case stepOmit:
			if s == "" {
				return
			}
			continue
		case stepRequired:
			ok = s != ""
		case stepMaxLen:
			// Bytes bound characters: count them only past the bound.
			ok = int64(len(s)) <= st.n || int64(utf8.RuneCountInString(s)) <= st.n
		case stepMinLen:
			ok = int64(len(s)) >= st.n && int64(utf8.RuneCountInString(s)) >= st.n
		case stepText:
			ok = TextOK(s)
		case stepPlain:
			ok = !disguised(s)
		case stepValid:
			ok = s == "" || st.valid(v)
		default:
			ok = st.o.passes(v, n.via)
		}
		if !ok {
			w.fail(at(path, tok), st.o, v, reflect.String)
			return
		}
	}
}

// value runs the steps of a value that is not a text, then walks what
// lies below it.
func (w *walker) value(path []byte, tok string, v reflect.Value, n *node) {
	for i := range n.steps {
		st := &n.steps[i]
		var ok bool
		switch st.test {
		case stepOmit:
			if !st.present(v) {
				return
			}
			continue
		case stepRequired:
			ok = st.present(v)
		case stepMaxItems:
			ok = int64(v.Len()) <= st.n
		case stepMinItems:
			ok = int64(v.Len()) >= st.n
		case stepMaxInt:
			ok = v.Int() <= st.n
		case stepMinInt:
			ok = v.Int() >= st.n
		case stepMaxUint:
			ok = v.Uint() <= st.u
		case stepMinUint:
			ok = v.Uint() >= st.u
		case stepMaxFloat:
			ok = v.Float() <= st.f
		case stepMinFloat:
			ok = v.Float() >= st.f
		case stepValid:
			ok = v.IsZero() || st.valid(v)
		default:
			ok = st.o.passes(v, n.via)
		}
		if !ok {
			w.fail(at(path, tok), st.o, v, n.kind)
			return
		}
	}
	if n.tail == tailNone {
		return
	}
	path = at(path, tok)
	switch n.tail {
	case tailStruct:
		w.structure(path, v, n.sub)
	case tailList:
		if c := n.items; c != nil {
			m := len(path)
			for i := range v.Len() {
				if i < len(indexTokens) {
					w.run(path[:m], indexTokens[i], v.Index(i), c)
					continue
				}
				path = strconv.AppendInt(append(path[:m], '/'), int64(i), 10)
				w.run(path, "", v.Index(i), c)
			}
		}
	case tailMap:
		if n.items == nil && n.keys == nil {
			return
		}
		m := len(path)
		for it := v.MapRange(); it.Next(); {
			key := it.Key()
			path = append(append(path[:m], '/'), pointer.Token(keyText(key))...)
			if c := n.keys; c != nil {
				w.run(path, "", key, c)
			}
			if c := n.items; c != nil {
				w.run(path, "", it.Value(), c)
			}
		}
	}
}

// present is [hasValue] for a value of the step's node, which is not
// reached through a pointer unless its kind can be nil.
func (st *step) present(v reflect.Value) bool {
	if st.pres == presNotNil {
		return !v.IsNil()
	}
	return !v.IsZero()
}

// valid is [validValue] for a value that is not zero, of a type whose
// pointer has IsValid: decided when the step was compiled, so the value is
// asserted to [validity] only to make the call.
func (st *step) valid(v reflect.Value) bool {
	if st.isValid != nil {
		return st.isValid(v) // T's IsValid is *T's
	}
	if v.CanAddr() {
		return v.Addr().Interface().(validity).IsValid()
	}
	if st.valImpl {
		return v.Interface().(validity).IsValid()
	}
	return true
}

// needsAddr reports whether a walk along p calls IsValid through a pointer
// to the value, so that the value is walked addressable (a copy, when
// [Report.Fields] is given a struct): a "valid" check of a type with no
// function in validFuncs, or a chain that is interpreted. Other walks read
// the value given in place.
func (p *plan) needsAddr() bool {
	p.addrOnce.Do(func() { p.addr = planNeedsAddr(p, map[*plan]bool{}) })
	return p.addr
}

func planNeedsAddr(p *plan, seen map[*plan]bool) bool {
	if p == nil {
		return true // the walk finds the plan
	}
	if seen[p] {
		return false // asked higher up
	}
	seen[p] = true
	for i := range p.fields {
		if nodeNeedsAddr(p.fields[i].node, seen) {
			return true
		}
	}
	return false
}

func nodeNeedsAddr(n *node, seen map[*plan]bool) bool {
	if n == nil {
		return false
	}
	if n.run == runGeneric {
		return true
	}
	for _, st := range n.steps {
		if st.test == stepGeneric || st.test == stepValid && st.isValid == nil {
			return true
		}
	}
	if n.run == runStruct || n.tail == tailStruct {
		if planNeedsAddr(n.sub, seen) {
			return true
		}
	}
	return nodeNeedsAddr(n.elem, seen) || nodeNeedsAddr(n.items, seen) || nodeNeedsAddr(n.keys, seen)
}
