// Package payload decodes and checks a payload of any kind the module models,
// chosen by the payload's own "kind" member or by the caller. It is the single
// dispatch table used by the command-line tool and the itutest corpus runner.
package payload

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/strictjson"
)

// Record is what every payload kind implements: a Check that returns all
// violations, warnings included.
type Record interface {
	Check(opts ...itu.Option) []itu.Violation
}

// ErrUnknownKind is wrapped when a payload's kind is missing or not one the module models.
var ErrUnknownKind = errors.New("unknown payload kind")

// kinds maps each kind to a constructor of a fresh zero record to decode into.
var kinds = map[itu.Kind]func() Record{}

// Kinds returns the payload kinds this package can check, sorted.
func Kinds() []itu.Kind {
	out := make([]itu.Kind, 0, len(kinds))
	for k := range kinds {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// New returns a pointer to a fresh zero record of kind k.
func New(k itu.Kind) (Record, error) {
	f, ok := kinds[k]
	if !ok {
		return nil, fmt.Errorf("payload: kind %s: %w (want one of %v)", clip.Quote(k), ErrUnknownKind, Kinds())
	}
	return f(), nil
}

// KindOf reads the top-level "kind" member of a JSON payload. It returns
// ErrUnknownKind when the member is missing and an [strictjson.ErrMalformed] error
// when data is not a JSON object.
func KindOf(data []byte) (itu.Kind, error) {
	// Check the syntax without tracking member names, which costs memory on
	// a hostile payload; a duplicate is reported when the record is decoded.
	if len(data) > strictjson.DefaultMaxBytes || !jsontext.Value(data).IsValid(jsontext.AllowDuplicateNames(true)) {
		if err := strictjson.Decode(data, new(jsontext.Value)); errors.Is(err, strictjson.ErrMalformed) {
			return "", err
		}
		return "", &strictjson.MalformedError{Violation: strictjson.RuleJSONSyntax.At("", "not valid JSON")}
	}
	if k := jsontext.Value(bytes.TrimSpace(data)).Kind(); k != '{' {
		return "", &strictjson.MalformedError{Violation: strictjson.RuleJSONType.At("", fmt.Sprintf("payload is a JSON %s; want a JSON object with a \"kind\" member", jsonKind(k)))}
	}
	raw, err := kindMember(data)
	switch {
	case err != nil || raw != nil && raw.Kind() != '"':
		return "", fmt.Errorf("payload: read kind: %w (want a JSON object with a string \"kind\" member)", ErrUnknownKind)
	case len(raw) <= len(`""`):
		return "", fmt.Errorf("payload: no \"kind\" member: %w (want one of %v)", ErrUnknownKind, Kinds())
	}
	k, err := jsontext.AppendUnquote(nil, raw)
	if err != nil {
		return "", fmt.Errorf("payload: read kind: %w", ErrUnknownKind)
	}
	if _, ok := kinds[itu.Kind(k)]; !ok {
		return "", fmt.Errorf("payload: kind %s: %w (want one of %v)", clip.Quote(k), ErrUnknownKind, Kinds())
	}
	return itu.Kind(k), nil
}

// kindMember returns the raw value of the last "kind" member of the JSON
// object data, nil when there is none. Other members are skipped unread.
func kindMember(data []byte) (jsontext.Value, error) {
	dec := jsontext.NewDecoder(bytes.NewBuffer(data), jsontext.AllowDuplicateNames(true))
	if _, err := dec.ReadToken(); err != nil {
		return nil, err
	}
	var kind jsontext.Value
	for dec.PeekKind() == '"' {
		name, err := dec.ReadValue()
		if err != nil {
			return nil, err
		}
		isKind := string(name) == `"kind"`
		if !isKind && len(name) < 64 && bytes.IndexByte(name, '\\') >= 0 {
			unquoted, err := jsontext.AppendUnquote(nil, name)
			isKind = err == nil && string(unquoted) == "kind"
		}
		val, err := dec.ReadValue()
		if err != nil {
			return nil, err
		}
		if isKind {
			kind = val
		}
	}
	return kind, nil
}

// jsonKind names a JSON value's kind as messages do.
func jsonKind(k jsontext.Kind) string {
	switch k {
	case '[':
		return "array"
	case '"':
		return "string"
	case '0':
		return "number"
	case 't', 'f':
		return "boolean"
	}
	return "null"
}

// Result is the outcome of checking one payload.
type Result struct {
	Kind       itu.Kind        `json:"kind"`
	Record     Record          `json:"-"`
	Violations []itu.Violation `json:"violations"`
}

// Valid reports whether no violation is an error.
func (r Result) Valid() bool {
	return !slices.ContainsFunc(r.Violations, func(v itu.Violation) bool { return v.Severity == itu.Error })
}

// Check decodes data strictly as a payload of kind k (or, when k is empty, of
// the kind its "kind" member names) and checks it. Decode faults such as an
// unknown field come back as violations in the Result; input that is not a
// JSON payload at all, or of no known kind, is an error.
func Check(data []byte, k itu.Kind, opts ...itu.Option) (Result, error) {
	given := k != ""
	if !given {
		var err error
		if k, err = KindOf(data); err != nil {
			return Result{}, err
		}
	}
	rec, err := New(k)
	if err != nil {
		return Result{}, err
	}
	res := Result{Kind: k, Record: rec}
	if given {
		own, err := KindOf(data)
		if errors.Is(err, strictjson.ErrMalformed) {
			// Not a JSON object at all: malformed whatever kind was asked for.
			return Result{}, err
		}
		if err == nil && own != k {
			// Decoding a payload as another kind would only list its members as
			// unknown; say what is wrong instead.
			res.Violations = []itu.Violation{check.RuleKind.At("/kind", fmt.Sprintf("the payload is a %q, not a %q; check it as a %q or correct its kind", own, k, own))}
			return res, nil
		}
	}
	if err := strictjson.Decode(data, rec); err != nil {
		var ve *itu.ValidationError
		if !errors.As(err, &ve) {
			return res, err
		}
		res.Violations = ve.Violations
		return res, nil
	}
	res.Violations = rec.Check(opts...)
	return res, nil
}
