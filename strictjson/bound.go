package strictjson

import (
	"bytes"
	"encoding"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/jsontag"
	"github.com/plenipot/itu/internal/pointer"
)

// skim walks data for the faults it can find without decoding, before the
// decoder runs, and adds them to f. [Decode] runs it only when the one pass
// ([decodeOnePass]) gave up, so on a payload with a fault, a list past its
// bound or too many items:
//   - a list (a JSON array, or an object decoded into a Go map) with more
//     items than the max= bound of its field's validate tag: the validator's
//     field.too_many, counted and never decoded;
//   - an object member that names no field of its struct: json.unknown_field,
//     every one of them (the decoder stops at the first);
//   - a field, or a key of a map it walks, repeated in its object:
//     json.duplicate_key, found without holding every name of the payload.
//
// More than maxItems items in all the lists of the payload is a
// *[MalformedError], returned at once. stop is true when the payload must
// not be decoded: a list past its bound, or a member name too long to hand
// to the decoder. Records bound every list, so a hostile payload of a
// million tiny items ("[{},{},…]") costs one pass over its bytes, not a
// million records and their checks. The skim does not validate: text it
// cannot read ends it quietly, and is left to the decoder to report.
func skim(data []byte, v any, maxItems int, f *faults) (stop bool, err error) {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer {
		return false, nil
	}
	n := nodeOf(t.Elem())
	if !n.walk {
		return false, nil
	}
	s := skimmer{b: data, maxItems: maxItems, faults: f}
	if !s.value(n, -1) && s.tooLarge != nil {
		return true, &MalformedError{Violation: *s.tooLarge, Offset: int64(s.i)}
	}
	return s.stop, nil
}

// skimmer walks JSON text guided by a Go type, without validating it.
type skimmer struct {
	b        []byte
	i        int
	depth    int
	path     []pathToken // where the walk is, for the violation's path
	items    int         // list items seen so far, at every depth
	maxItems int
	faults   *faults
	stop     bool           // the payload must not be decoded
	tooLarge *itu.Violation // the walk stopped at more items than maxItems
}

// pathToken is an object member name or, when name is nil, an array index.
type pathToken struct {
	name  []byte
	index int
}

// maxNameLen is the longest unknown member name the skim leaves to the
// decoder: far longer than any field name. The decoder would fold the case
// of a longer one at a cost of many times its length.
const maxNameLen = 64

// maxSkimDepth matches the decoder's nesting limit; deeper input is its to report.
const maxSkimDepth = 10000

// value skims one value of Go type n, whose field allows at most max items
// (-1: no bound). It returns false when the walk stopped: at text it cannot
// read, or at too many items in all (s.tooLarge).
func (s *skimmer) value(n *node, max int) bool {
	if max < 0 && !n.walk {
		return s.skip()
	}
	switch c := s.peek(); {
	case n.shape == '{' && c == '{':
		return s.object(n)
	case n.shape == '[' && c == '[', n.shape == 'm' && c == '{':
		return s.list(n, max)
	}
	return s.skip()
}

func (s *skimmer) object(n *node) bool {
	if s.depth++; s.depth > maxSkimDepth {
		return false
	}
	defer func() { s.depth-- }()
	s.i++ // {
	if s.peek() == '}' {
		s.i++
		return true
	}
	var seen [4]uint64 // the fields met, by index; records have far fewer than 256
	for {
		name, ok := s.name()
		if !ok {
			return false
		}
		if f, found := n.fields[string(name)]; found {
			if w, bit := f.index/64, uint64(1)<<(f.index%64); w < len(seen) {
				if seen[w]&bit != 0 {
					s.duplicate(name)
				}
				seen[w] |= bit
			}
			s.path = append(s.path, pathToken{name: name})
			ok := s.value(f.node, f.max)
			s.path = s.path[:len(s.path)-1]
			if !ok {
				return false
			}
		} else {
			s.unknown(n, name)
			if !s.skip() {
				return false
			}
		}
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			return true
		default:
			return false
		}
	}
}

// unknown reports member name of an object of struct node n, which names
// none of its fields.
func (s *skimmer) unknown(n *node, name []byte) {
	if len(name) > maxNameLen {
		s.stop = true
	}
	if s.faults.full(RuleJSONUnknownField) {
		return
	}
	s.path = append(s.path, pathToken{name: name}) // pointer cuts it
	s.faults.add(RuleJSONUnknownField.At(s.pointer(), unknownMessage(clip.Quote(name[:min(len(name), 1024)]), n.typ)))
	s.path = s.path[:len(s.path)-1]
}

// duplicate reports member name, met a second time in its object.
func (s *skimmer) duplicate(name []byte) {
	if s.faults.full(RuleJSONDuplicateKey) {
		return
	}
	s.path = append(s.path, pathToken{name: name})
	s.faults.add(RuleJSONDuplicateKey.At(s.pointer(), duplicateMessage(clip.Quote(name[:min(len(name), 1024)]))))
	s.path = s.path[:len(s.path)-1]
}

// duplicateMessage says that the member quoted appears more than once.
func duplicateMessage(quoted string) string {
	return "member " + quoted + " appears more than once; keep one"
}

// unknownMessage says that the member quoted is not a field of struct type t.
func unknownMessage(quoted string, t reflect.Type) string {
	msg := "unknown field " + quoted
	if names := fieldNames(t); names != "" {
		msg += "; the fields allowed here are " + names
	}
	return msg
}

func (s *skimmer) list(n *node, max int) bool {
	if s.depth++; s.depth > maxSkimDepth {
		return false
	}
	defer func() { s.depth-- }()
	isMap := n.shape == 'm'
	end := byte(']')
	if isMap {
		end = '}'
	}
	s.i++ // [ or {
	items := 0
	if s.peek() == end {
		s.i++
		return true
	}
	var keys map[string]bool // a map's keys, for duplicates; as many as its items
	for {
		tok := pathToken{index: items}
		if isMap {
			name, ok := s.name()
			if !ok {
				return false
			}
			tok.name = name
			if keys == nil {
				keys = map[string]bool{}
			}
			if keys[string(name)] {
				s.duplicate(name)
			} else if items < max || max < 0 {
				keys[string(name)] = true
			}
		}
		items++
		if max >= 0 && items > max {
			// Counted for the message, never decoded.
			if !s.skip() {
				return false
			}
		} else {
			if s.items++; s.items > s.maxItems {
				s.path = append(s.path, tok)
				vio := RuleJSONTooLarge.At(s.pointer(), fmt.Sprintf("payload has more list items than the limit of %d (array items and map members, at every depth)", s.maxItems))
				s.tooLarge = &vio
				return false
			}
			s.path = append(s.path, tok)
			ok := s.value(n.elem, -1)
			s.path = s.path[:len(s.path)-1]
			if !ok {
				return false
			}
		}
		switch s.peek() {
		case ',':
			s.i++
			continue
		case end:
			s.i++
		default:
			return false
		}
		break
	}
	if max >= 0 && items > max {
		s.stop = true
		if !s.faults.full(check.RuleTooMany) {
			s.faults.add(check.RuleTooMany.At(s.pointer(), fmt.Sprintf("has %d items; at most %d allowed", items, max)))
		}
	}
	return true
}

// name reads an object member name and the colon after it, unescaped.
func (s *skimmer) name() ([]byte, bool) {
	if s.peek() != '"' {
		return nil, false
	}
	start := s.i
	raw, ok := s.str()
	quoted := s.b[start:s.i]
	if !ok || s.peek() != ':' {
		return nil, false
	}
	s.i++
	if bytes.IndexByte(raw, '\\') >= 0 {
		var err error
		if raw, err = jsontext.AppendUnquote(nil, quoted); err != nil {
			return nil, false
		}
	}
	return raw, true
}

// pointer returns the JSON Pointer of where the walk is.
func (s *skimmer) pointer() string {
	var b strings.Builder
	for _, t := range s.path {
		b.WriteByte('/')
		if t.name == nil {
			b.WriteString(strconv.Itoa(t.index))
			continue
		}
		// Only the bytes PointerToken may keep are copied.
		b.WriteString(pointer.Token(string(t.name[:min(len(t.name), pointer.MaxToken+1)])))
	}
	return b.String()
}

// peek skips white space and returns the next byte, or 0 at the end.
func (s *skimmer) peek() byte {
	for ; s.i < len(s.b); s.i++ {
		switch c := s.b[s.i]; c {
		case ' ', '\t', '\n', '\r':
		default:
			return c
		}
	}
	return 0
}

// str reads the string starting at s.i and returns its raw contents.
func (s *skimmer) str() ([]byte, bool) {
	start := s.i + 1
	for j := start; ; j++ {
		k := bytes.IndexByte(s.b[j:], '"')
		if k < 0 {
			return nil, false
		}
		j += k
		n := 0
		for p := j - 1; p >= start && s.b[p] == '\\'; p-- {
			n++
		}
		if n%2 == 0 {
			s.i = j + 1
			return s.b[start:j], true
		}
	}
}

// structural marks the bytes that matter when skipping an array or object.
var structural = [256]bool{'"': true, '[': true, ']': true, '{': true, '}': true}

// skip skips one value of any kind.
func (s *skimmer) skip() bool {
	switch s.peek() {
	case 0, ',', ':', ']', '}':
		return false
	case '"':
		_, ok := s.str()
		return ok
	case '[', '{':
	default: // a number or literal
		for s.i < len(s.b) {
			switch s.b[s.i] {
			case ',', ']', '}', ' ', '\t', '\n', '\r':
				return true
			}
			s.i++
		}
		return true
	}
	depth := 0
	for s.i < len(s.b) {
		if !structural[s.b[s.i]] {
			s.i++
			continue
		}
		switch s.b[s.i] {
		case '"':
			if _, ok := s.str(); !ok {
				return false
			}
			continue
		case '[', '{':
			depth++
		case ']', '}':
			if depth--; depth == 0 {
				s.i++
				return true
			}
		}
		s.i++
	}
	return false
}

// node is what the skim needs to know of a Go type: its JSON shape, whether
// to walk it (it is a struct, whose member names are checked, or holds one,
// or a list bound is reachable from it), and its items or fields.
type node struct {
	shape  byte // '{' struct, '[' slice or array, 'm' map, 0 anything else
	walk   bool
	elem   *node            // for a list or map
	fields map[string]field // for a struct, by JSON member name
	typ    reflect.Type     // for a struct
}

// field is a struct field: its type, the bound on its items (-1: none),
// and its place among its struct's members.
type field struct {
	node  *node
	max   int
	index int
}

var nodeCache sync.Map // reflect.Type → *node

// nodeOf returns the node of t, built once per type.
func nodeOf(t reflect.Type) *node {
	if n, ok := nodeCache.Load(t); ok {
		return n.(*node)
	}
	seen := map[reflect.Type]*node{}
	n := build(t, seen)
	// A list is walked when its items are; repeat until nothing changes,
	// for recursive types.
	for changed := true; changed; {
		changed = false
		for _, m := range seen {
			b := m.shape == '{' || m.elem != nil && m.elem.walk
			for _, f := range m.fields {
				b = b || f.max >= 0
			}
			if b && !m.walk {
				m.walk, changed = true, true
			}
		}
	}
	nodeCache.Store(t, n)
	return n
}

var (
	jsonUnmarshaler     = reflect.TypeFor[json.Unmarshaler]()
	jsonUnmarshalerFrom = reflect.TypeFor[json.UnmarshalerFrom]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// build makes the node of t and of every type reachable from it.
func build(t reflect.Type, seen map[reflect.Type]*node) *node {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n, ok := seen[t]; ok {
		return n
	}
	n := &node{}
	seen[t] = n
	pt := reflect.PointerTo(t)
	if pt.Implements(jsonUnmarshaler) || pt.Implements(jsonUnmarshalerFrom) || pt.Implements(textUnmarshalerType) {
		return n // its own syntax, decoded from one JSON value
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		n.shape, n.elem = '[', build(t.Elem(), seen)
	case reflect.Map:
		n.shape, n.elem = 'm', build(t.Elem(), seen)
	case reflect.Struct:
		n.shape, n.fields, n.typ = '{', map[string]field{}, t
		addFields(n, t, seen)
	}
	return n
}

func addFields(n *node, t reflect.Type, seen map[reflect.Type]*node) {
	for i := range t.NumField() {
		f := t.Field(i)
		jf := jsontag.Of(f)
		ft := f.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		switch {
		case jf.Inline:
			addFields(n, ft, seen)
			continue
		case jf.Skip:
			continue
		}
		name := jf.Name
		fb := field{node: build(f.Type, seen), max: tagMax(f.Tag.Get("validate"))}
		if k := ft.Kind(); k != reflect.Slice && k != reflect.Array && k != reflect.Map {
			fb.max = -1 // a bound on a string's length or a number's value
		}
		if _, dup := n.fields[name]; !dup {
			fb.index = len(n.fields)
		}
		n.fields[name] = fb
	}
}

// tagMax returns N from the first "max=N" of a validate tag that applies to
// the field itself (before "dive"), or -1.
func tagMax(tag string) int {
	for opt := range strings.SplitSeq(tag, ",") {
		if opt == "dive" || opt == "keys" {
			break
		}
		if s, ok := strings.CutPrefix(opt, "max="); ok {
			if n, err := strconv.Atoi(s); err == nil && n >= 0 {
				return n
			}
		}
	}
	return -1
}
