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
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/jsontag"
	"github.com/plenipot/itu/internal/pointer"
)

// codeTooMany is the code of the list-length rule, defined with the other
// field rules in internal/check; Decode reports it for a list past its bound
// before anything is allocated for the list's items.
const codeTooMany = "field.too_many"

// checkLists skims data for lists (JSON arrays, and objects decoded into Go
// maps) past their bounds before anything is decoded: a list with more items
// than the max= bound of its field's validate tag gives a *[itu.ValidationError]
// with the validator's field.too_many violation, and more than maxItems items
// in all the lists of the payload gives a *[MalformedError]. Records bound
// every list, so a hostile payload of a million tiny items ("[{},{},…]")
// costs one pass over its bytes, not a million records and their checks.
// The skim does not validate: text it cannot read ends it quietly, and is
// left to the decoder to report.
func checkLists(data []byte, v any, maxItems int) error {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer {
		return nil
	}
	n := nodeOf(t.Elem())
	if !n.walk {
		return nil
	}
	s := skimmer{b: data, maxItems: maxItems}
	switch vio, _ := s.value(n, -1); {
	case vio == nil:
		return nil
	case vio.Code == RuleJSONTooLarge.Code:
		return &MalformedError{Violation: *vio, Offset: int64(s.i)}
	default:
		return &itu.ValidationError{Violations: []itu.Violation{*vio}}
	}
}

// skimmer walks JSON text guided by a Go type, without validating it.
type skimmer struct {
	b        []byte
	i        int
	depth    int
	path     []pathToken // where the walk is, for the violation's path
	items    int         // list items seen so far, at every depth
	maxItems int
}

// pathToken is an object member name or, when name is nil, an array index.
type pathToken struct {
	name  []byte
	index int
}

// maxNameLen is the longest member name the skim leaves to the decoder when
// it names no field: far longer than any field name.
const maxNameLen = 64

// maxSkimDepth matches the decoder's nesting limit; deeper input is its to report.
const maxSkimDepth = 10000

// value skims one value of Go type n, whose field allows at most max items
// (-1: no bound). ok is false when the walk stopped at text it cannot read.
func (s *skimmer) value(n *node, max int) (vio *itu.Violation, ok bool) {
	if max < 0 && !n.walk {
		return nil, s.skip()
	}
	switch c := s.peek(); {
	case n.shape == '{' && c == '{':
		return s.object(n)
	case n.shape == '[' && c == '[', n.shape == 'm' && c == '{':
		return s.list(n, max)
	}
	return nil, s.skip()
}

func (s *skimmer) object(n *node) (*itu.Violation, bool) {
	if s.depth++; s.depth > maxSkimDepth {
		return nil, false
	}
	defer func() { s.depth-- }()
	s.i++ // {
	if s.peek() == '}' {
		s.i++
		return nil, true
	}
	for {
		name, ok := s.name()
		if !ok {
			return nil, false
		}
		if f, found := n.fields[string(name)]; found {
			s.path = append(s.path, pathToken{name: name})
			vio, ok := s.value(f.node, f.max)
			s.path = s.path[:len(s.path)-1]
			if vio != nil || !ok {
				return vio, ok
			}
		} else if len(name) > maxNameLen {
			// The decoder would report it too, after folding its case at
			// a cost of many times its length.
			s.path = append(s.path, pathToken{name: name}) // pointer cuts it
			vio := RuleJSONUnknownField.At(s.pointer(), fmt.Sprintf("unknown field %s; the fields allowed here are %s", clip.Quote(name[:min(len(name), 1024)]), fieldNames(n.typ)))
			return &vio, true
		} else if !s.skip() {
			return nil, false
		}
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			return nil, true
		default:
			return nil, false
		}
	}
}

func (s *skimmer) list(n *node, max int) (*itu.Violation, bool) {
	if s.depth++; s.depth > maxSkimDepth {
		return nil, false
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
		return nil, true
	}
	for {
		tok := pathToken{index: items}
		if isMap {
			name, ok := s.name()
			if !ok {
				return nil, false
			}
			tok.name = name
		}
		items++
		if max >= 0 && items > max {
			// Counted for the message, never decoded.
			if !s.skip() {
				return nil, false
			}
		} else {
			if s.items++; s.items > s.maxItems {
				s.path = append(s.path, tok)
				vio := RuleJSONTooLarge.At(s.pointer(), fmt.Sprintf("payload has more list items than the limit of %d (array items and map members, at every depth)", s.maxItems))
				return &vio, true
			}
			s.path = append(s.path, tok)
			vio, ok := s.value(n.elem, -1)
			s.path = s.path[:len(s.path)-1]
			if vio != nil || !ok {
				return vio, ok
			}
		}
		switch s.peek() {
		case ',':
			s.i++
			continue
		case end:
			s.i++
		default:
			return nil, false
		}
		break
	}
	if max >= 0 && items > max {
		return &itu.Violation{Path: s.pointer(), Code: codeTooMany, Severity: itu.Error,
			Message: fmt.Sprintf("has %d items; at most %d allowed", items, max)}, true
	}
	return nil, true
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

// field is a struct field: its type and the bound on its items (-1: none).
type field struct {
	node *node
	max  int
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
