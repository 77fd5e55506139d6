// Package payload decodes and checks a payload of any kind the module models,
// chosen by the payload's own "kind" member or by the caller. It is the single
// dispatch table used by the command-line tool, the HTTP service and the
// itutest corpus runner.
//
// [CheckReader] reads a payload within decode limits and answers with every
// fault at once: each decode fault with its JSON Pointer path (see
// [strictjson.Decode]) or, when decoding is clean, the violations of every
// rule. A payload it cannot check at all is an error carrying its violation:
// not a JSON object ([strictjson.MalformedError]), or, with no kind given, a
// "kind" member missing or naming no kind (payload.kind at /kind, matching
// [ErrUnknownKind] and [strictjson.ErrMalformed]).
//
//	res, err := payload.CheckReader(body, "", strictjson.DecodeOptions{MaxBytes: 1 << 20}, itu.AsOf(today))
//	if err != nil {
//		return itu.Violations(err) // malformed: one violation, with its code and path
//	}
//	return res.Violations // every fault; res.Valid() when none is an error
package payload

import (
	"bytes"
	"errors"
	"fmt"
	"io"
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

// ErrUnknownKind is wrapped when a payload's kind is missing or not one the
// module models, and by [New] for a kind it does not know.
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
// an error matching [ErrUnknownKind] when the member is missing, is not a
// string or names no kind the module models (the error carries one
// payload.kind violation at /kind, which [itu.Violations] lists),
// and a *[strictjson.MalformedError] when data is not a JSON object.
func KindOf(data []byte) (itu.Kind, error) {
	return kindOf(data, strictjson.DecodeOptions{})
}

// kindOf is [KindOf] with the byte limit of limits.
func kindOf(data []byte, limits strictjson.DecodeOptions) (itu.Kind, error) {
	limit := limits.MaxBytes
	if limit <= 0 {
		limit = strictjson.DefaultMaxBytes
	}
	// Check the syntax without tracking member names, which costs memory on
	// a hostile payload; a duplicate is reported when the record is decoded.
	if int64(len(data)) > limit || !jsontext.Value(data).IsValid(jsontext.AllowDuplicateNames(true)) {
		if err := strictjson.Decode(data, new(jsontext.Value), limits); errors.Is(err, strictjson.ErrMalformed) {
			return "", err
		}
		return "", &strictjson.MalformedError{Violation: strictjson.RuleJSONSyntax.At("", "not valid JSON")}
	}
	if k := jsontext.Value(bytes.TrimSpace(data)).Kind(); k != '{' {
		return "", &strictjson.MalformedError{Violation: strictjson.RuleJSONType.At("", fmt.Sprintf("payload is a JSON %s; want a JSON object with a \"kind\" member", jsonKind(k)))}
	}
	raw, err := kindMember(data)
	switch {
	case err != nil:
		return "", unknownKind("the \"kind\" member cannot be read")
	case raw == nil:
		return "", unknownKind("no \"kind\" member")
	case raw.Kind() != '"':
		return "", unknownKind(fmt.Sprintf("\"kind\" is a JSON %s, not a string", jsonKind(raw.Kind())))
	}
	k, err := jsontext.AppendUnquote(nil, raw)
	switch _, known := kinds[itu.Kind(k)]; {
	case err != nil:
		return "", unknownKind("the \"kind\" member cannot be read")
	case len(k) == 0:
		return "", unknownKind("\"kind\" is empty")
	case !known:
		return "", unknownKind("kind " + clip.Quote(k) + " is not one the module models")
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
// the kind its "kind" member names) and checks it, with the default decode
// limits of [strictjson.Decode]. It is [CheckReader] over bytes in hand.
func Check(data []byte, k itu.Kind, opts ...itu.Option) (Result, error) {
	return checkData(data, k, strictjson.DecodeOptions{}, opts)
}

// CheckReader reads one payload from r, never more than the byte limit of
// limits plus one byte (see [strictjson.Read]), decodes it strictly within
// limits as a payload of kind k, or of the kind its "kind" member names when
// k is empty, and checks it on the terms of opts. A server hands it a
// request body as it comes; the command line's "itu validate" answers alike.
//
// The Result lists every fault at once, sorted by path. When decoding finds
// faults (unknown members, wrong types, bad coded values, lists past their
// bounds; see [strictjson.Decode]), it lists each of them and the record's
// rules do not run: a value with a wrong type is left zero, and an unknown
// member is most often a field misspelt, so rules run on the rest would
// report the same fault a second time, misleadingly, as a missing field or
// a broken cross-field rule. When decoding is clean, it lists the
// violations of every rule.
//
// When k is given and the payload's own "kind" names another kind, the
// Result holds one payload.kind violation at /kind and nothing else: a "cv"
// is not checked as a "note". A payload with no "kind" member is checked as
// k, and one whose kind is not a kind the module models gets the payload.kind
// violation of the record's rules. k itself must be a kind the module
// models, or the error matches [ErrUnknownKind] alone.
//
// The error is non-nil only when there is no payload to check: input that
// is not a JSON object (a *[strictjson.MalformedError], json.too_large past
// the byte limit), a reader that fails, or, when k is empty, a "kind" member
// that is missing, not a string or names no kind the module models. That
// last error matches both [ErrUnknownKind] and [strictjson.ErrMalformed],
// and carries one payload.kind violation at /kind (an
// errors.As *strictjson.MalformedError holds it, and [itu.Violations] lists
// it): a service answers it as malformed input, and the command line counts
// the file unreadable.
func CheckReader(r io.Reader, k itu.Kind, limits strictjson.DecodeOptions, opts ...itu.Option) (Result, error) {
	data, err := strictjson.Read(r, limits)
	if err != nil {
		return Result{}, err
	}
	return checkData(data, k, limits, opts)
}

// checkData is [CheckReader] over data.
func checkData(data []byte, k itu.Kind, limits strictjson.DecodeOptions, opts []itu.Option) (Result, error) {
	if own, ok := leadingKind(data); ok && (k == "" || k == own) {
		if res, ok := checkLed(data, own, limits, opts); ok {
			return res, nil
		}
	}
	return checkFull(data, k, limits, opts)
}

// checkFull is [checkData] with the kind read by [kindOf], which checks the
// syntax of the whole payload and reads its last "kind" member first.
func checkFull(data []byte, k itu.Kind, limits strictjson.DecodeOptions, opts []itu.Option) (Result, error) {
	own, kerr := kindOf(data, limits)
	var ke *kindError
	switch {
	case errors.Is(kerr, strictjson.ErrMalformed):
		return Result{}, kerr // not a JSON object, whatever kind was asked for
	case k == "" && errors.As(kerr, &ke):
		return Result{}, ke.asMalformed()
	case k == "":
		k = own
	}
	rec, err := New(k)
	if err != nil {
		return Result{}, err
	}
	res := Result{Kind: k, Record: rec}
	if kerr == nil && own != k {
		// Decoding a payload as another kind would only list its members as
		// unknown; say what is wrong instead.
		res.Violations = []itu.Violation{check.RuleKind.At("/kind", fmt.Sprintf("the payload is a %q, not a %q; check it as a %q or correct its kind", own, k, own))}
		return res, nil
	}
	err = strictjson.Decode(data, rec, limits)
	var ve *itu.ValidationError
	switch {
	case err == nil:
		res.Violations = rec.Check(opts...)
	case errors.As(err, &ve):
		res.Violations = ve.Violations
	default:
		return res, err
	}
	return res, nil
}

// checkLed checks data as a payload of kind k, the kind its first member
// names, in one pass: the kind is read without a scan of its own and the
// syntax is the decoder's to check. It reports false, and the caller reads
// the payload in full as before, when the payload is malformed (kindOf
// reports that its own way) or may name its kind twice: a repeated "kind"
// member (the last one names the kind) or faults past the cap that might
// hide one.
func checkLed(data []byte, k itu.Kind, limits strictjson.DecodeOptions, opts []itu.Option) (Result, bool) {
	rec, err := New(k)
	if err != nil {
		return Result{}, false
	}
	res := Result{Kind: k, Record: rec}
	err = strictjson.Decode(data, rec, limits)
	if err == nil {
		res.Violations = rec.Check(opts...)
		return res, true
	}
	var ve *itu.ValidationError
	if !errors.As(err, &ve) || !jsontext.Value(data).IsValid(jsontext.AllowDuplicateNames(true)) {
		// Decode may stop at a list past its bound before the end of the
		// text; malformed text is kindOf's to report.
		return Result{}, false
	}
	for _, v := range ve.Violations {
		if v.Path == "/kind" && v.Code == strictjson.RuleJSONDuplicateKey.Code || v.Code == check.RuleTruncated.Code {
			return Result{}, false
		}
	}
	res.Violations = ve.Violations
	return res, true
}
