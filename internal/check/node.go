package check

import (
	"math"
	"reflect"
	"strconv"
	"time"
	"unicode/utf8"
	"unsafe"
)

// A node is a field's chain of checks compiled for the static type of the
// values it applies to (issue 18), so that the walk interprets no tag and
// asks no value its kind. [walker.run] calls one of a fixed set of
// functions, chosen at compile time by the type's kind: [walker.text]
// reads a text once and runs its steps on it, [walker.value] runs the steps
// of any other kind and then walks what lies below (a struct's fields, a
// list's items), [walker.fields] walks a struct with no checks of its own,
// [walker.pointer] reports or follows a pointer. They read each value in
// place, at its address, as the type the node was compiled for. Each step is
// one check of the chain, specialised by the kind: which presence test
// "required" and "omitempty" make, which size "max" and "min" read, whether
// "valid" can call IsValid at all and how. A check that cannot apply is
// dropped ("text" on a number, "valid" on a type with no IsValid method,
// "omitempty" on a value reached through a pointer), and so is a field or
// list whose items have nothing to check; one that can only fail at run
// time (a parameter that is not a number, "max" on a bool) is kept as
// [stepGeneric], which interprets the op as [walker.field] does. A chain
// the nodes do not model (an interface, a pointer to a pointer or to an
// interface, a dive on a map or on what is not a list, keys outside a
// map's dive) runs [walker.field] itself, and [walker.field] interprets
// everything below it.
//
// The walk a node makes is the walk [walker.field] makes for the same chain
// and value: TestNodesMatchInterpretation and FuzzNodesMatchInterpretation
// (node_test.go) hold the two to the same violations, on the record types
// and on types that reach every node.
type node struct {
	run  run          // which of the run functions walks a value
	ops  *op          // the chain: what runGeneric interprets, and whose head a nil pointer fails
	sub  *plan        // the plan of the struct walked when the steps pass (tailStruct)
	typ  reflect.Type // the type of the values walked (a pointer type for runPointer)
	kind reflect.Kind // the kind of the values the steps apply to
	via  bool         // the values were reached through a pointer

	steps  []step
	tail   tail
	elem   *node   // runPointer: the node of the value pointed to (nil: nothing to do)
	items  *node   // tailList: the node of each item (nil: nothing to do)
	size   uintptr // tailList: the size of an item
	length int     // tailList on an array: its length
	zero   []part  // a struct's parts, which are all zero when it is (nil: ask reflect)

	// A text's steps as one test, [node.textPasses], when they are those
	// of a text field (required, omitempty, max, text, plain, valid once):
	// a text that passes every step (nearly every text) is read without
	// the loop over the steps, and without a call to [walker.run].
	fast      bool
	emptyOK   bool  // the empty text passes the chain
	maxLen    int64 // the least of the max steps' bounds (characters)
	needText  bool  // a text step
	needPlain bool  // a plain step
	validStep *step // the valid step, nil when there is none
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

// run walks the value at p, of type n.typ, along node n. The JSON Pointer
// of the value is path followed by token tok, unless tok is empty (a
// field's token never is): it is joined only to walk below the value or to
// report a failure.
//
// The nodes read the values they check in place, through their address and
// the types the nodes were compiled for, and make a [reflect.Value] of one
// only to interpret a chain or to report a failure: a walk of the seed
// dossier asks reflect for no field, item or length.
func (w *walker) run(path []byte, tok string, p unsafe.Pointer, n *node) {
	switch n.run {
	case runPointer:
		w.pointer(path, tok, p, n)
	case runString:
		w.text(path, tok, p, n)
	case runStruct:
		w.fields(at(path, tok), p, n.sub)
	case runValue:
		w.value(path, tok, p, n)
	default:
		w.field(at(path, tok), n.valueAt(p), n.ops, n.sub)
	}
}

// valueAt is the value at p, of the node's type, addressable.
func (n *node) valueAt(p unsafe.Pointer) reflect.Value { return reflect.NewAt(n.typ, p).Elem() }

// indexTokens are the tokens of the first list indexes, so that an item's
// path is joined only when it is needed.
var indexTokens = func() (t [256]string) {
	// All of them are cut from one string: one allocation at start-up, not
	// one per index past 99.
	b := make([]byte, 0, 10+2*90+3*156)
	for i := range t {
		b = strconv.AppendInt(b, int64(i), 10)
	}
	digits, at := string(b), 0
	for i := range t {
		n := 1 + min(i/10, 1) + min(i/100, 1) // 1, 2 or 3 digits
		t[i], at = digits[at:at+n], at+n
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
	// isValid calls T's IsValid on the value of type T at an address,
	// without boxing it (validFuncs), when T's is known.
	isValid func(unsafe.Pointer) bool
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
		return &node{run: runGeneric, ops: o, sub: sub, typ: t}
	case reflect.Pointer:
		e := t.Elem()
		if k := e.Kind(); k == reflect.Pointer || k == reflect.Interface {
			return &node{run: runGeneric, ops: o, sub: sub, typ: t}
		}
		elem, ok := compileValue(o, e, true, sub, busy)
		if !ok {
			return &node{run: runGeneric, ops: o, sub: sub, typ: t}
		}
		if elem == nil && (o == nil || o.kind == opOmitEmpty) {
			return nil // a nil pointer is let be, and there is nothing to do below one
		}
		return &node{run: runPointer, ops: o, sub: sub, typ: t, kind: reflect.Pointer, elem: elem}
	}
	n, ok := compileValue(o, t, false, sub, busy)
	if !ok {
		return &node{run: runGeneric, ops: o, sub: sub, typ: t}
	}
	return n
}

// compileValue compiles chain o for values of type t, which is neither a
// pointer nor an interface; via says they are reached through a pointer.
// It returns nil, true when there is nothing to do, and false when the
// chain is one for [runGeneric].
func compileValue(o *op, t reflect.Type, via bool, sub *plan, busy map[reflect.Type]*plan) (*node, bool) {
	k := t.Kind()
	n := node{ops: o, sub: sub, typ: t, kind: k, via: via, tail: tailStruct}
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
			if k == reflect.Struct && n.zero == nil && (s.test == stepValid || s.test <= stepRequired && s.pres == presNotZero) {
				n.zero, _ = appendParts(nil, t, 0) // the step asks whether the struct is zero
			}
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
		n.steps = append([]step(nil), steps...)
	}
	c := new(node)
	*c = n
	if k == reflect.String {
		c.compileFast()
	}
	return c, true
}

// compileFast sets n.fast, and what [node.textPasses] reads, when the
// steps of text node n are those it reads. The empty text's verdict is the
// loop's of [walker.text], run once here.
func (n *node) compileFast() {
	n.maxLen = math.MaxInt64
	for i := range n.steps {
		switch st := &n.steps[i]; st.test {
		case stepOmit, stepRequired:
		case stepMaxLen:
			n.maxLen = min(n.maxLen, st.n)
		case stepText:
			n.needText = true
		case stepPlain:
			n.needPlain = true
		case stepValid:
			if n.validStep != nil {
				return
			}
			n.validStep = st
		default:
			return // min, and a step interpreted
		}
	}
	n.emptyOK = true
	for i := range n.steps {
		st := &n.steps[i]
		if st.test == stepOmit {
			break
		}
		if !st.textOK("", nil, n) {
			n.emptyOK = false
			break
		}
	}
	n.fast = true
}

// textPasses reports whether the text at p passes every step of node n,
// for which n.fast is set: what [walker.text] finds when it reports
// nothing. A text it fails is walked again by walker.text, which reports
// the first step that fails.
func (n *node) textPasses(p unsafe.Pointer) bool {
	s := *(*string)(p)
	if s == "" {
		return n.emptyOK
	}
	// Bytes bound characters: count them only past the bound.
	return (int64(len(s)) <= n.maxLen || int64(utf8.RuneCountInString(s)) <= n.maxLen) &&
		(!n.needText || TextOK(s)) &&
		(!n.needPlain || !disguised(s)) &&
		(n.validStep == nil || n.validStep.valid(p, n))
}

// compileDive compiles the dive of n, a node of list type t, whose items
// take chain o. It reports false for a dive it leaves to [runGeneric]: a
// dive on a map, whose keys and items are not addressable (the interpreted
// walk reads them as it finds them), and one on what is neither a list nor
// a map, which panics when run.
func compileDive(n *node, o *op, t reflect.Type, busy map[reflect.Type]*plan) bool {
	switch t.Kind() {
	case reflect.Slice:
	case reflect.Array:
		n.length = t.Len()
	default:
		return false
	}
	n.tail = tailList
	n.size = t.Elem().Size()
	n.items = compileNode(o, t.Elem(), busy)
	return true
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
func (w *walker) pointer(path []byte, tok string, p unsafe.Pointer, n *node) {
	e := *(*unsafe.Pointer)(p)
	if e == nil {
		if o := n.ops; o != nil && o.kind != opOmitEmpty {
			w.fail(at(path, tok), o, n.valueAt(p), reflect.Pointer)
		}
		return
	}
	if c := n.elem; c != nil {
		w.run(path, tok, e, c)
	}
}

// text runs the steps of a text, read once.
func (w *walker) text(path []byte, tok string, p unsafe.Pointer, n *node) {
	s := *(*string)(p)
	for i := range n.steps {
		st := &n.steps[i]
		if st.test == stepOmit {
			if s == "" {
				return
			}
			continue
		}
		if !st.textOK(s, p, n) {
			w.fail(at(path, tok), st.o, n.valueAt(p), reflect.String)
			return
		}
	}
}

// textOK runs step st, which is not omitempty, on the text s at p, of
// node n.
func (st *step) textOK(s string, p unsafe.Pointer, n *node) bool {
	switch st.test {
	case stepRequired:
		return s != ""
	case stepMaxLen:
		// Bytes bound characters: count them only past the bound.
		return int64(len(s)) <= st.n || int64(utf8.RuneCountInString(s)) <= st.n
	case stepMinLen:
		return int64(len(s)) >= st.n && int64(utf8.RuneCountInString(s)) >= st.n
	case stepText:
		return TextOK(s)
	case stepPlain:
		return !disguised(s)
	case stepValid:
		return s == "" || st.valid(p, n)
	}
	return st.o.passes(n.valueAt(p), n.via)
}

// sliceHeader is the layout of a slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// value runs the steps of a value that is not a text, then walks what
// lies below it.
func (w *walker) value(path []byte, tok string, p unsafe.Pointer, n *node) {
	for i := range n.steps {
		st := &n.steps[i]
		var ok bool
		switch st.test {
		case stepOmit:
			if !st.present(p, n) {
				return
			}
			continue
		case stepRequired:
			ok = st.present(p, n)
		case stepMaxItems:
			ok = int64(n.count(p)) <= st.n
		case stepMinItems:
			ok = int64(n.count(p)) >= st.n
		case stepMaxInt:
			ok = readInt(p, n.kind) <= st.n
		case stepMinInt:
			ok = readInt(p, n.kind) >= st.n
		case stepMaxUint:
			ok = readUint(p, n.kind) <= st.u
		case stepMinUint:
			ok = readUint(p, n.kind) >= st.u
		case stepMaxFloat:
			ok = readFloat(p, n.kind) <= st.f
		case stepMinFloat:
			ok = readFloat(p, n.kind) >= st.f
		case stepValid:
			ok = n.isZero(p) || st.valid(p, n)
		default:
			ok = st.o.passes(n.valueAt(p), n.via)
		}
		if !ok {
			w.fail(at(path, tok), st.o, n.valueAt(p), n.kind)
			return
		}
	}
	switch n.tail {
	case tailStruct:
		w.fields(at(path, tok), p, n.sub)
	case tailList:
		c := n.items
		if c == nil {
			return
		}
		base, count := p, n.length
		if n.kind == reflect.Slice {
			h := (*sliceHeader)(p)
			base, count = h.data, h.len
		}
		path = at(path, tok)
		m := len(path)
		for i := range count {
			item := unsafe.Add(base, uintptr(i)*n.size)
			if c.fast && c.textPasses(item) {
				continue
			}
			if i < len(indexTokens) {
				w.run(path[:m], indexTokens[i], item, c)
				continue
			}
			path = strconv.AppendInt(append(path[:m], '/'), int64(i), 10)
			w.run(path, "", item, c)
		}
	}
}

// count is the number of items of the list or map at p.
func (n *node) count(p unsafe.Pointer) int {
	switch n.kind {
	case reflect.Slice:
		return (*sliceHeader)(p).len
	case reflect.Array:
		return n.typ.Len()
	}
	return n.valueAt(p).Len()
}

// readInt reads the signed integer of kind k at p.
func readInt(p unsafe.Pointer, k reflect.Kind) int64 {
	switch k {
	case reflect.Int8:
		return int64(*(*int8)(p))
	case reflect.Int16:
		return int64(*(*int16)(p))
	case reflect.Int32:
		return int64(*(*int32)(p))
	case reflect.Int64:
		return *(*int64)(p)
	}
	return int64(*(*int)(p))
}

// readUint reads the unsigned integer of kind k at p.
func readUint(p unsafe.Pointer, k reflect.Kind) uint64 {
	switch k {
	case reflect.Uint8:
		return uint64(*(*uint8)(p))
	case reflect.Uint16:
		return uint64(*(*uint16)(p))
	case reflect.Uint32:
		return uint64(*(*uint32)(p))
	case reflect.Uint64:
		return *(*uint64)(p)
	case reflect.Uintptr:
		return uint64(*(*uintptr)(p))
	}
	return uint64(*(*uint)(p))
}

// readFloat reads the float of kind k at p.
func readFloat(p unsafe.Pointer, k reflect.Kind) float64 {
	if k == reflect.Float32 {
		return float64(*(*float32)(p))
	}
	return *(*float64)(p)
}

// A part is a field of a struct, at any depth, that [node.isZero] reads:
// an integer or bool of size bytes, or a text (size 0).
type part struct {
	offset, size uintptr
}

// appendParts appends to parts the parts of struct type t at offset off,
// and reports whether the struct is zero exactly when they all are, as
// reflect.Value.IsZero decides it: a struct of integers, bools, texts and
// such structs. Any other (a float, whose -0 is zero for a struct's ==, a
// pointer, a list) is left to reflect.
func appendParts(parts []part, t reflect.Type, off uintptr) ([]part, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		switch k := f.Type.Kind(); {
		case k == reflect.Bool, k >= reflect.Int && k <= reflect.Uintptr:
			parts = append(parts, part{off + f.Offset, f.Type.Size()})
		case k == reflect.String:
			parts = append(parts, part{off + f.Offset, 0})
		case k == reflect.Struct:
			var ok bool
			if parts, ok = appendParts(parts, f.Type, off+f.Offset); !ok {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	if len(parts) == 0 {
		return nil, false // an empty struct: reflect says
	}
	return parts, true
}

// isZero is [reflect.Value.IsZero] of the value at p: a number's or bool's
// bytes are all zero (a float's bits, as IsZero reads them), and so are
// those of each of a struct's parts, a text's length excepted, which is 0.
func (n *node) isZero(p unsafe.Pointer) bool {
	if n.zero != nil {
		for _, pt := range n.zero {
			q := unsafe.Add(p, pt.offset)
			switch pt.size {
			case 0:
				if len(*(*string)(q)) != 0 {
					return false
				}
			case 1:
				if *(*uint8)(q) != 0 {
					return false
				}
			case 2:
				if *(*uint16)(q) != 0 {
					return false
				}
			case 4:
				if *(*uint32)(q) != 0 {
					return false
				}
			default:
				if *(*uint64)(q) != 0 {
					return false
				}
			}
		}
		return true
	}
	switch n.kind {
	case reflect.Bool, reflect.Int8, reflect.Uint8:
		return *(*uint8)(p) == 0
	case reflect.Int16, reflect.Uint16:
		return *(*uint16)(p) == 0
	case reflect.Int32, reflect.Uint32, reflect.Float32:
		return *(*uint32)(p) == 0
	case reflect.Int64, reflect.Uint64, reflect.Float64:
		return *(*uint64)(p) == 0
	case reflect.Int, reflect.Uint, reflect.Uintptr:
		return *(*uintptr)(p) == 0
	}
	return n.valueAt(p).IsZero()
}

// present is [hasValue] for the value at p of node n, which is not reached
// through a pointer unless its kind can be nil.
func (st *step) present(p unsafe.Pointer, n *node) bool {
	if st.pres == presNotNil {
		// A slice's first word is its array; a map, chan or func is a pointer.
		return *(*unsafe.Pointer)(p) != nil
	}
	return !n.isZero(p)
}

// valid is [validValue] for the value at p of node n, not zero, of a type
// whose pointer has IsValid: decided when the step was compiled, so the
// value is asserted to [validity] only to make the call.
func (st *step) valid(p unsafe.Pointer, n *node) bool {
	if st.isValid != nil {
		return st.isValid(p) // T's IsValid is *T's
	}
	return reflect.NewAt(n.typ, p).Interface().(validity).IsValid()
}

// needsAddr reports whether a walk along p calls IsValid through a pointer
// to the value, so that a struct given to [Report.Fields] by value is
// walked in a copy of its own: a "valid" check of a type with no function
// in validFuncs, or a chain that is interpreted. Other walks only read the
// value given, in place.
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
	return nodeNeedsAddr(n.elem, seen) || nodeNeedsAddr(n.items, seen)
}
