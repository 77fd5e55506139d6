package payload

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/strictjson"
)

// kindError reports a payload whose kind is missing or not one the module
// models. It matches [ErrUnknownKind] and carries its payload.kind
// violation at /kind; made by asMalformed, it holds a *[strictjson.MalformedError]
// with that violation too.
type kindError struct {
	violation itu.Violation
	malformed *strictjson.MalformedError
}

// unknownKind returns the error for a payload whose kind is missing or
// unknown: why says which, and the message adds the kinds there are.
func unknownKind(why string) *kindError {
	return &kindError{violation: check.RuleKind.At("/kind", fmt.Sprintf("%s; want one of %s", why, kindList()))}
}

// asMalformed returns e as [CheckReader] returns it: a payload it cannot
// check, matching [strictjson.ErrMalformed] too.
func (e *kindError) asMalformed() *kindError {
	return &kindError{violation: e.violation, malformed: &strictjson.MalformedError{Violation: e.violation}}
}

// Error returns the violation's message.
func (e *kindError) Error() string { return "payload: " + e.violation.Message }

// Unwrap returns [ErrUnknownKind] and the *strictjson.MalformedError, if any.
func (e *kindError) Unwrap() []error {
	if e.malformed != nil {
		return []error{ErrUnknownKind, e.malformed}
	}
	return []error{ErrUnknownKind}
}

// Violations returns the one violation e carries, so that [itu.Violations] lists it.
func (e *kindError) Violations() []itu.Violation { return []itu.Violation{e.violation} }

// kindList returns the kinds there are, as "a, b, c".
func kindList() string {
	ks := Kinds()
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// leadingKind reads the kind of a payload whose first member is "kind", a
// string naming a kind the module models with no escapes: the form
// [strictjson.Encode] writes. ok is false for any other payload, and for
// one not JSON; neither is judged here.
func leadingKind(data []byte) (k itu.Kind, ok bool) {
	i := space(data, 0)
	if i >= len(data) || data[i] != '{' {
		return "", false
	}
	i = space(data, i+1)
	if !bytes.HasPrefix(data[i:], []byte(`"kind"`)) {
		return "", false
	}
	i = space(data, i+len(`"kind"`))
	if i >= len(data) || data[i] != ':' {
		return "", false
	}
	i = space(data, i+1)
	if i >= len(data) || data[i] != '"' {
		return "", false
	}
	n := bytes.IndexByte(data[i+1:], '"')
	if n < 0 {
		return "", false
	}
	name := data[i+1 : i+1+n]
	if _, known := kinds[itu.Kind(name)]; !known {
		return "", false // unknown, escaped or not a string: kindOf says which
	}
	return itu.Kind(name), true
}

// space returns the index of the first byte of data from i on that is not
// JSON white space.
func space(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}
