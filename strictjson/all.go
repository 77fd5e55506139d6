package strictjson

import (
	"errors"
	"reflect"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/plenipot/itu"
)

// decodeAll decodes data into v again, after the strict decoder stopped at
// its first fault (first), and lists every fault in f with those the skim
// found. Unknown members and repeated keys are the skim's to report, so the
// decoder drops the first and keeps the last of the second, and never holds
// every member name of the payload to find them; every other value goes
// through [collector.value], which decodes it the strict way on its own,
// lists its fault, leaves it zero, and goes on. Text that is not JSON is
// still a *MalformedError. first is listed too, unless it is already: what
// the strict decoder rejects stays rejected, whatever the skim saw.
func decodeAll(data []byte, v any, f *faults, first error) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return first
	}
	rv.Elem().SetZero()
	c := &collector{faults: f}
	c.opts = json.JoinOptions(json.RejectUnknownMembers(false), jsontext.AllowDuplicateNames(true),
		json.WithUnmarshalers(json.UnmarshalFromFunc(c.value)))
	if err := json.Unmarshal(data, v, c.opts); err != nil {
		vio, me := classify(err, "")
		if me != nil {
			return me
		}
		c.add(vio)
	}
	for _, vio := range itu.Violations(first) {
		c.add(vio)
	}
	return f.err()
}

// leafOpts decode one value on its own: strictly, but without holding the
// names of an object given where a text or a number belongs.
var leafOpts = json.JoinOptions(json.RejectUnknownMembers(true), jsontext.AllowDuplicateNames(true), wholeNumbers)

// collector decodes a payload value by value, listing the fault of each
// value that does not decode instead of stopping at it.
type collector struct {
	faults *faults
	opts   json.Options // the options of the second pass, with value as the hook
}

// add lists fault v unless it is listed already or its rule is full.
func (c *collector) add(v itu.Violation) {
	if !c.faults.has(v) && !c.faults.full(itu.Rule{Code: v.Code, Severity: v.Severity}) {
		c.faults.add(v)
	}
}

// value decodes the next JSON value into v, a non-nil pointer. A struct
// given an object, a list given an array, a pointer and a null are left to
// the decoder (errors.ErrUnsupported), which calls value again for each of
// their members and items; a map given an object is decoded member by
// member, so that each bad key is listed; anything else is a leaf, decoded
// on its own by the strict decoder.
func (c *collector) value(dec *jsontext.Decoder, v any) error {
	rv := reflect.ValueOf(v).Elem()
	t := rv.Type()
	k := dec.PeekKind()
	switch {
	case ownSyntax(t):
	case k == 'n' || t.Kind() == reflect.Pointer:
		return errors.ErrUnsupported
	case t.Kind() == reflect.Struct && k == '{', (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) && k == '[':
		return errors.ErrUnsupported
	case t.Kind() == reflect.Map && k == '{':
		return c.mapValue(dec, rv)
	}
	return c.leaf(dec, rv)
}

// ownSyntax reports whether values of t decode through their own method.
func ownSyntax(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return pt.Implements(jsonUnmarshaler) || pt.Implements(jsonUnmarshalerFrom) || pt.Implements(textUnmarshalerType)
}

// leaf decodes one whole JSON value into rv strictly; when it does not
// decode, rv is left zero and the fault is listed.
func (c *collector) leaf(dec *jsontext.Decoder, rv reflect.Value) error {
	raw, err := dec.ReadValue()
	if err != nil {
		return err // not JSON: the caller's *MalformedError
	}
	if err := json.Unmarshal(raw, rv.Addr().Interface(), leafOpts); err != nil {
		rv.SetZero()
		vio, me := classify(err, string(dec.StackPointer()))
		if me != nil {
			vio = me.Violation
		}
		c.add(vio)
	}
	return nil
}

// mapValue decodes a JSON object into map rv member by member: a key that
// does not decode is listed and its member skipped, and each member's
// value goes through [collector.value].
func (c *collector) mapValue(dec *jsontext.Decoder, rv reflect.Value) error {
	t := rv.Type()
	if kt := t.Key(); kt.Kind() != reflect.String && !reflect.PointerTo(kt).Implements(textUnmarshalerType) {
		return errors.ErrUnsupported
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	if rv.IsNil() {
		rv.Set(reflect.MakeMap(t))
	}
	for dec.PeekKind() != '}' {
		name, err := dec.ReadValue()
		if err != nil {
			return err
		}
		key := reflect.New(t.Key())
		if err := json.Unmarshal(name, key.Interface(), leafOpts); err != nil {
			vio, _ := classify(err, string(dec.StackPointer()))
			c.add(vio)
			if err := dec.SkipValue(); err != nil {
				return err
			}
			continue
		}
		elem := reflect.New(t.Elem())
		if err := json.UnmarshalDecode(dec, elem.Interface(), c.opts); err != nil {
			return err
		}
		rv.SetMapIndex(key.Elem(), elem.Elem())
	}
	_, err := dec.ReadToken()
	return err
}
