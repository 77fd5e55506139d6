package strictjson

import (
	"bytes"
	"encoding"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/plenipot/itu/internal/jsontag"
)

// The one pass decodes a payload as it reads it, token by token, and
// enforces the list bounds as it goes: a list gets no more room than its
// field's max= allows, and the items of all lists are counted against the
// item limit. It walks structs, lists, maps and pointers itself, reads text,
// whole numbers and coded values (through their UnmarshalText) itself, and
// hands any other leaf (a bool, a float) to the strict decoder. The strings
// of the record share copies of the payload's text, a chunk at a time. It gives up at
// the first thing it does not accept: a fault of any kind, a list past its
// bound, too many items, or a shape it does not walk (an array, an
// interface, a method of its own). [Decode] then decodes the payload the
// full way (skim, then the strict decoder, then [decodeAll]), which lists
// every fault; so the one pass only has to be exact where it succeeds, and
// bounded where it gives up.

// errGiveUp stops the one pass: the payload is decoded the full way.
var errGiveUp = errors.New("strictjson: left to the full decode")

// op is how the one pass decodes a value of a type.
type op uint8

const (
	opGiveUp  op = iota // a shape it does not walk
	opLeaf              // handed to the strict decoder: bools, floats, unsigned and named numbers
	opText              // a coded value, read from a JSON string by its UnmarshalText
	opString            // a Go string kind with no syntax of its own
	opInt               // int, int8, int16, int32 or int64
	opStruct            // a struct, member by member
	opSlice             // a slice, bounded
	opMap               // a map with string keys, bounded
	opPointer           // a pointer to any of these
)

// plan says how the one pass decodes values of one Go type.
type plan struct {
	op     op
	bits   int         // opInt
	elem   *plan       // opSlice, opMap, opPointer
	order  []planField // opStruct: the fields in order
	byName []uint8     // opStruct: indexes of order, sorted by JSON member name
}

// planField is a struct field the one pass decodes: its index, its bit in
// the set of fields met, its plan and its list bound (-1: none).
type planField struct {
	name       string
	index, bit int
	plan       *plan
	max        int
}

var plans sync.Map // reflect.Type → *plan

// planOf returns the plan of t, made once per type.
func planOf(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	pl := planner{seen: make(map[reflect.Type]*plan, 64)}
	p := pl.makePlan(t)
	plans.Store(t, p)
	return p
}

var intTypes = map[reflect.Type]bool{
	reflect.TypeFor[int](): true, reflect.TypeFor[int8](): true, reflect.TypeFor[int16](): true,
	reflect.TypeFor[int32](): true, reflect.TypeFor[int64](): true,
}

// giveUpPlan is the plan of a field whose json tag changes how its member
// decodes: the one pass gives up at it.
var giveUpPlan = &plan{}

// planner makes the plans of a type and of every type reachable from it,
// each once, allocating them a batch at a time.
type planner struct {
	seen  map[reflect.Type]*plan
	batch []plan
}

// newPlan returns a zero plan for type t, recorded as seen.
func (pl *planner) newPlan(t reflect.Type) *plan {
	if len(pl.batch) == 0 {
		pl.batch = make([]plan, 32)
	}
	p := &pl.batch[0]
	pl.batch = pl.batch[1:]
	pl.seen[t] = p
	return p
}

// makePlan makes the plan of t and of every type reachable from it.
func (pl *planner) makePlan(t reflect.Type) *plan {
	if p, ok := pl.seen[t]; ok {
		return p
	}
	p := pl.newPlan(t)
	k := t.Kind()
	switch k {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.String:
		if t.PkgPath() == "" {
			// A predeclared type has no methods: skip asking for them.
			switch {
			case intTypes[t]:
				p.op, p.bits = opInt, t.Bits()
			case k == reflect.String:
				p.op = opString
			default:
				p.op = opLeaf
			}
			return p
		}
	}
	pt := reflect.PointerTo(t)
	methods := pt.NumMethod() > 0 // none: no need to ask for each interface
	switch {
	case methods && (pt.Implements(jsonUnmarshaler) || pt.Implements(jsonUnmarshalerFrom)):
		// Its own syntax, which may hold lists the one pass cannot bound.
	case methods && pt.Implements(textUnmarshalerType):
		p.op = opText
	case intTypes[t]:
		p.op, p.bits = opInt, t.Bits()
	case k == reflect.String:
		p.op = opString
	case k == reflect.Bool, k >= reflect.Int && k <= reflect.Float64:
		p.op = opLeaf
	case k == reflect.Pointer:
		p.op, p.elem = opPointer, pl.makePlan(t.Elem())
	case k == reflect.Slice && t.Elem().Kind() != reflect.Uint8:
		p.op, p.elem = opSlice, pl.makePlan(t.Elem())
	case k == reflect.Map && t.Key().Kind() == reflect.String && !ownSyntax(t.Key()):
		p.op, p.elem = opMap, pl.makePlan(t.Elem())
	case k == reflect.Struct && t.NumField() <= 64*len(fieldSet{}):
		pl.structPlan(p, t)
	}
	return p
}

// structPlan makes p the plan of struct type t.
func (pl *planner) structPlan(p *plan, t reflect.Type) {
	p.op, p.order = opStruct, make([]planField, 0, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		jsonTag, validateTag := jsontag.Tags(f.Tag)
		jf := jsontag.Parse(f, jsonTag)
		if jf.Skip || jf.Inline {
			// An inlined struct's members are not in order: met, they
			// are unknown, and the full decode takes over.
			continue
		}
		pf := planField{name: jf.Name, index: i, bit: len(p.order), plan: pl.makePlan(f.Type), max: tagMax(validateTag)}
		if !plainOpts(jf.Opts) {
			pf.plan = giveUpPlan // the tag changes how the member decodes: give up
		}
		p.order = append(p.order, pf)
	}
	p.byName = make([]uint8, len(p.order))
	for i := range p.byName {
		p.byName[i] = uint8(i)
	}
	slices.SortFunc(p.byName, func(a, b uint8) int { return strings.Compare(p.order[a].name, p.order[b].name) })
	for i := 1; i < len(p.byName); i++ {
		if p.order[p.byName[i-1]].name == p.order[p.byName[i]].name {
			// Two fields of one name: the decoder's rules, not ours.
			p.op, p.order, p.byName = opGiveUp, nil, nil
			return
		}
	}
}

// field returns the field named name. Members mostly come in field order,
// some left out, so it looks at the few fields from *next on before
// searching them by name, and sets *next past the field found.
func (p *plan) field(name []byte, next *int) (planField, bool) {
	for i := *next; i < min(*next+4, len(p.order)); i++ {
		if p.order[i].name == string(name) {
			*next = i + 1
			return p.order[i], true
		}
	}
	lo, hi := 0, len(p.byName)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if p.order[p.byName[m]].name < string(name) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(p.byName) {
		if f := p.order[p.byName[lo]]; f.name == string(name) {
			*next = f.bit + 1
			return f, true
		}
	}
	return planField{}, false
}

// plainOpts reports whether the options of a json tag leave decoding alone.
func plainOpts(opts string) bool {
	return opts == "" || opts == "omitzero" || opts == "omitempty" || opts == "omitzero,omitempty" || opts == "omitempty,omitzero"
}

// fieldSet holds one bit per field of a struct: the fields met in an object.
type fieldSet [4]uint64

// onePass is the state of one decode.
type onePass struct {
	dec      jsontext.Decoder
	items    int                              // list items decoded, at every depth
	maxItems int                              // the item limit
	name     []byte                           // an escaped member name, unescaped
	data     []byte                           // the payload
	copy     string                           // a chunk of the payload's text, copied for its strings
	copyAt   int                              // where copy starts in data
	scratch  map[reflect.Type][]reflect.Value // scratch lists, empty, by type
}

var onePassPool = sync.Pool{New: func() any { return new(onePass) }}

// passOpts are the decoder's options: duplicate names are the one pass's to
// find, as they are the strict decoder's in a struct.
var passOpts = json.JoinOptions(jsontext.AllowDuplicateNames(true), json.RejectUnknownMembers(true), wholeNumbers)

// decodeOnePass decodes data into v in one pass and reports whether it did.
// When it did not, v is as it was: the payload is the full decode's. It
// decodes only into a zero value, as the full decode would merge.
func decodeOnePass(data []byte, v any, maxItems int) bool {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || !rv.Elem().IsZero() {
		return false
	}
	p := planOf(rv.Type().Elem())
	s := onePassPool.Get().(*onePass)
	s.dec.Reset(bytes.NewBuffer(data), passOpts)
	s.items, s.maxItems, s.data, s.copy, s.copyAt = 0, maxItems, data, "", 0
	err := s.value(rv.Elem(), p, -1)
	if err == nil {
		if _, err = s.dec.ReadToken(); err == io.EOF {
			err = nil
		} else if err == nil {
			err = errGiveUp // trailing data
		}
	}
	s.dec.Reset(bytes.NewBuffer(nil)) // let go of data
	s.data, s.copy = nil, ""
	onePassPool.Put(s)
	if err != nil {
		rv.Elem().SetZero()
		return false
	}
	return true
}

// value decodes the next JSON value into rv, of plan p, a list of which
// may hold at most max items (-1: no bound).
func (s *onePass) value(rv reflect.Value, p *plan, max int) error {
	switch p.op {
	case opString:
		return s.str(rv)
	case opInt:
		return s.int(rv, p.bits)
	case opStruct:
		return s.object(rv, p)
	case opSlice:
		return s.list(rv, p, max)
	case opMap:
		return s.mapValue(rv, p, max)
	case opPointer:
		return s.pointer(rv, p, max)
	case opText:
		return s.text(rv)
	case opLeaf:
		return s.leaf(rv)
	}
	return errGiveUp
}

// leaf hands the next value to the strict decoder.
func (s *onePass) leaf(rv reflect.Value) error {
	return json.UnmarshalDecode(&s.dec, rv.Addr().Interface())
}

func (s *onePass) str(rv reflect.Value) error {
	if s.dec.PeekKind() != '"' {
		return s.leaf(rv) // null, or its fault
	}
	v, err := s.dec.ReadValue()
	if err != nil {
		return err
	}
	b := v[1 : len(v)-1]
	if bytes.IndexByte(b, '\\') >= 0 {
		b, _ = jsontext.AppendUnquote(nil, v)
		rv.SetString(string(b))
		return nil
	}
	end := int(s.dec.InputOffset()) - 1
	rv.SetString(s.part(end-len(b), end))
	return nil
}

// chunk is how much of the payload's text is copied at once for its
// strings: a payload's strings share a few copies (eight for the seed
// dossier), a decode that gives up has copied at most one chunk past where
// it stopped, and the bytes copied grow with the payload a chunk at a time,
// in steps smaller than internal/hostile's tests of linear growth notice.
const chunk = 4 << 10

// part returns the payload's bytes from start to end as a string: a part
// of the chunk copied last when it holds them, else of a new one.
func (s *onePass) part(start, end int) string {
	if start < s.copyAt || end > s.copyAt+len(s.copy) {
		s.copy, s.copyAt = string(s.data[start:min(len(s.data), max(end, start+chunk))]), start
	}
	return s.copy[start-s.copyAt : end-s.copyAt]
}

// text reads a coded value from a JSON string with its UnmarshalText, as
// the strict decoder does.
func (s *onePass) text(rv reflect.Value) error {
	if s.dec.PeekKind() != '"' {
		return s.leaf(rv) // null, or its fault
	}
	v, err := s.dec.ReadValue()
	if err != nil {
		return err
	}
	u, _ := rv.Addr().Interface().(encoding.TextUnmarshaler)
	return u.UnmarshalText(s.unquote(v))
}

func (s *onePass) int(rv reflect.Value, bits int) error {
	if s.dec.PeekKind() != '0' {
		return s.leaf(rv) // null, or its fault
	}
	v, err := s.dec.ReadValue()
	if err != nil {
		return err
	}
	n, ok := wholeNumber(v, bits)
	if !ok {
		return errGiveUp
	}
	rv.SetInt(n)
	return nil
}

// unquote returns the contents of the JSON string v, unescaped; the bytes
// are valid until the next call.
func (s *onePass) unquote(v jsontext.Value) []byte {
	b := v[1 : len(v)-1]
	if bytes.IndexByte(b, '\\') < 0 {
		return b
	}
	if len(v) > maxKeptName {
		b, _ = jsontext.AppendUnquote(nil, v) // not kept for the next decode
		return b
	}
	s.name, _ = jsontext.AppendUnquote(s.name[:0], v)
	return s.name
}

// maxKeptName is the longest escaped string whose room a decode keeps for
// the next one.
const maxKeptName = 1 << 10

// open reads the token that opens a JSON object or array (want), or gives
// up at any other. A null is the strict decoder's: done is true when it
// has decoded it.
func (s *onePass) open(rv reflect.Value, want jsontext.Kind) (done bool, err error) {
	switch s.dec.PeekKind() {
	case 'n':
		return true, s.leaf(rv)
	case want:
		_, err := s.dec.ReadToken()
		return false, err
	}
	return true, errGiveUp
}

func (s *onePass) object(rv reflect.Value, p *plan) error {
	if done, err := s.open(rv, '{'); done || err != nil {
		return err
	}
	var met fieldSet
	next := 0 // where the next member is looked for first
	for s.dec.PeekKind() != '}' {
		name, err := s.dec.ReadValue()
		if err != nil {
			return err
		}
		f, ok := p.field(s.unquote(name), &next)
		w, bit := f.bit/64, uint64(1)<<(f.bit%64)
		if !ok || met[w]&bit != 0 {
			return errGiveUp // an unknown member, or one repeated
		}
		met[w] |= bit
		if err := s.value(rv.Field(f.index), f.plan, f.max); err != nil {
			return err
		}
	}
	_, err := s.dec.ReadToken()
	return err
}

// list decodes a JSON array into slice rv, never making room for more than
// max items: at one more, it gives up before decoding it. The items are
// decoded into a scratch list of the decode's, which it keeps from list to
// list, and rv gets a list of their exact number: one allocation per list.
func (s *onePass) list(rv reflect.Value, p *plan, max int) error {
	if done, err := s.open(rv, '['); done || err != nil {
		return err
	}
	sc := s.takeScratch(rv.Type())
	n := 0
	sc.SetLen(sc.Cap())
	for s.dec.PeekKind() != ']' {
		if err := s.count(n, max); err != nil {
			return err
		}
		if n == sc.Cap() {
			grow(sc, max)
		} else {
			sc.Index(n).SetZero()
		}
		if err := s.value(sc.Index(n), p.elem, -1); err != nil {
			return err
		}
		n++
	}
	if n == 0 {
		rv.Set(reflect.MakeSlice(rv.Type(), 0, 0))
	} else {
		rv.SetLen(0)
		rv.Grow(n) // exactly n, from nothing, up to the allocator's size class
		rv.SetLen(n)
		sc.SetLen(n)
		reflect.Copy(rv, sc)
		sc.Clear() // the scratch holds nothing of the record
	}
	s.giveScratch(sc)
	_, err := s.dec.ReadToken()
	return err
}

// maxScratch is the most items of a scratch list a decode keeps for the
// next list.
const maxScratch = 256

// takeScratch returns an empty scratch list of type t, addressable.
func (s *onePass) takeScratch(t reflect.Type) reflect.Value {
	free := s.scratch[t]
	if len(free) == 0 {
		return reflect.New(t).Elem()
	}
	sc := free[len(free)-1]
	s.scratch[t] = free[:len(free)-1]
	return sc
}

// giveScratch keeps scratch list sc, emptied, for the next list of its type.
func (s *onePass) giveScratch(sc reflect.Value) {
	if sc.Cap() > maxScratch {
		return
	}
	if s.scratch == nil {
		s.scratch = map[reflect.Type][]reflect.Value{}
	}
	sc.SetLen(0)
	s.scratch[sc.Type()] = append(s.scratch[sc.Type()], sc)
}

// grow makes room in full slice rv for at least one more item, and for no
// more than max (-1: no bound): at most twice its items and one more, four
// at first. The room is what the allocator's size class gives, as for
// append, and never more than a slice of max items would take.
func grow(rv reflect.Value, max int) {
	c := rv.Cap()
	want := 2*c + 1
	if c == 0 {
		want = 4
	}
	if max >= 0 && want > max {
		// Growing in place would double the room, past max.
		grown := reflect.MakeSlice(rv.Type(), max, max)
		reflect.Copy(grown, rv)
		rv.Set(grown)
		return
	}
	// More than twice the room: growslice gives exactly want, rounded up
	// to its size class.
	rv.Grow(want - c)
	rv.SetLen(rv.Cap())
}

// count counts one more list item, in a list holding n and allowed max: it
// gives up past the list's bound or the item limit.
func (s *onePass) count(n, max int) error {
	if max >= 0 && n >= max {
		return errGiveUp
	}
	if s.items++; s.items > s.maxItems {
		return errGiveUp
	}
	return nil
}

// mapValue decodes a JSON object into map rv, of at most max members.
func (s *onePass) mapValue(rv reflect.Value, p *plan, max int) error {
	if rv.Len() > 0 {
		return errGiveUp // merging is the strict decoder's
	}
	if done, err := s.open(rv, '{'); done || err != nil {
		return err
	}
	t := rv.Type()
	if rv.IsNil() {
		rv.Set(reflect.MakeMap(t))
	}
	key, elem := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
	for n := 0; s.dec.PeekKind() != '}'; n++ {
		if err := s.count(n, max); err != nil {
			return err
		}
		name, err := s.dec.ReadValue()
		if err != nil {
			return err
		}
		key.SetString(string(s.unquote(name)))
		if rv.MapIndex(key).IsValid() {
			return errGiveUp // a key repeated
		}
		elem.SetZero()
		if err := s.value(elem, p.elem, -1); err != nil {
			return err
		}
		rv.SetMapIndex(key, elem)
	}
	_, err := s.dec.ReadToken()
	return err
}

func (s *onePass) pointer(rv reflect.Value, p *plan, max int) error {
	if s.dec.PeekKind() == 'n' {
		return s.leaf(rv)
	}
	if rv.IsNil() {
		rv.Set(reflect.New(rv.Type().Elem()))
	}
	return s.value(rv.Elem(), p.elem, max)
}
