package strictjson

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/jsontag"
	"github.com/plenipot/itu/internal/pointer"
	"github.com/plenipot/itu/internal/rule"
)

// DefaultMaxBytes is the largest payload [Decode] and [DecodeReader] accept
// unless [DecodeOptions].MaxBytes says otherwise: 4 MiB, about 100 times the
// seed dossier.
const DefaultMaxBytes = 4 << 20

// DefaultMaxItems is the most list items (array elements and map members, at
// every depth) [Decode] accepts in one record payload unless
// [DecodeOptions].MaxItems says otherwise: 10,000, about 50 times the seed
// dossier and twice a full Plenipotentiary Conference record.
const DefaultMaxItems = 10_000

// DecodeOptions bound what the strict decoder accepts.
type DecodeOptions struct {
	// MaxBytes is the largest input accepted; zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxItems is the most list items accepted in all; zero means
	// DefaultMaxItems. It applies to types whose lists carry max= bounds.
	MaxItems int
}

func (o DecodeOptions) max() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o DecodeOptions) maxItems() int {
	if o.MaxItems > 0 {
		return o.MaxItems
	}
	return DefaultMaxItems
}

// The decode rules. Their violations come from [Decode], never from Validate.
var (
	RuleJSONSyntax       = rule.Define(itu.Rule{Code: "json.syntax", Severity: itu.Error, Description: "The payload is well-formed JSON (RFC 8259), valid UTF-8, with no trailing data.", Source: "RFC 8259"})
	RuleJSONTooLarge     = rule.Define(itu.Rule{Code: "json.too_large", Severity: itu.Error, Description: "The payload is no larger than the decoder's limits: bytes, and list items in all.", Source: "hostile-input bound"})
	RuleJSONUnknownField = rule.Define(itu.Rule{Code: "json.unknown_field", Severity: itu.Error, Description: "Every object member names a field of the record; nothing is silently dropped.", Source: "no data loss"})
	RuleJSONDuplicateKey = rule.Define(itu.Rule{Code: "json.duplicate_key", Severity: itu.Error, Description: "No object repeats a member name.", Source: "RFC 8259 §4 (names SHOULD be unique)"})
	RuleJSONType         = rule.Define(itu.Rule{Code: "json.type", Severity: itu.Error, Description: "Each value has the JSON type its field takes.", Source: "record schema"})
	RuleJSONValue        = rule.Define(itu.Rule{Code: "json.value", Severity: itu.Error, Description: "Each coded value (post, date, language, period) parses.", Source: "record schema"})
)

// ErrMalformed is wrapped by decode errors for input that is not a JSON payload
// at all: empty, not JSON, trailing data, or larger than the decode limit.
var ErrMalformed = errors.New("malformed input")

// MalformedError reports input that is not a JSON payload at all. It matches
// errors.Is(err, ErrMalformed) and carries the violation to show a user.
// Every method accepts a nil *MalformedError.
type MalformedError struct {
	Violation itu.Violation
	Offset    int64 // byte offset of the fault, when known
}

// Error returns the violation with its byte offset.
func (e *MalformedError) Error() string {
	if e == nil {
		return "itu: malformed input"
	}
	return fmt.Sprintf("itu: malformed input at byte %d: %s", e.Offset, e.Violation.Message)
}

// Is reports whether target is [ErrMalformed].
func (e *MalformedError) Is(target error) bool { return target == ErrMalformed }

// Violations returns the one violation e carries, so that [itu.Violations]
// lists it; a nil e holds none.
func (e *MalformedError) Violations() []itu.Violation {
	if e == nil {
		return nil
	}
	return []itu.Violation{e.Violation}
}

var unmarshalOpts = json.JoinOptions(json.RejectUnknownMembers(true), wholeNumbers)

// Decode strictly decodes one JSON payload into v (a pointer) and reports
// every fault it finds, not only the first: unknown fields, wrong types, bad
// coded values and repeated keys give a *[itu.ValidationError] listing each
// with its JSON Pointer path, sorted by path, at most 100 of one rule (one
// violations.truncated violation counts the rest, as a record's check does).
// Empty input, bad syntax, invalid UTF-8, trailing data and input over the
// byte limit give a *[MalformedError] instead, whatever else is wrong.
// A list with more items than the max= bound of its field's validate tag gives
// a field.too_many violation, and more list items in all than the item limit a
// *MalformedError (json.too_large); no item past the bound or the limit is
// decoded, nor room made for it: memory stays within what the record types
// allow, whatever the item count.
//
// An integer field takes any JSON number whose value is a whole number in
// its range, however it is written (139, 139.0, 1.39e2, 13900e-2), as JSON
// Schema 2020-12 counts integers; any other number (139.5, 1e19) is a
// json.value violation.
//
// The strings of a record decoded from a clean payload share copies of the
// payload's text, 4 KiB at a time: a copy stays in memory while any of its
// strings does.
//
// After a *ValidationError, v holds what could be decoded: when every fault
// is an unknown member, the whole record without them; otherwise each value
// with a fault is left zero (a repeated key keeps its last value). A list
// past its bound, or a member name longer than any field's, leaves v zero,
// since nothing is decoded, and lists only the faults found without
// decoding. A key repeated where no list bound is (a map with no max=, an
// unknown member's value) is listed when it is the first fault. Memory
// stays a small multiple of the payload's size, whatever the faults: a
// fault past the cap costs no message. It never panics.
func Decode(data []byte, v any, opts ...DecodeOptions) error {
	var o DecodeOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	if int64(len(data)) > o.max() {
		return &MalformedError{Violation: RuleJSONTooLarge.At("", fmt.Sprintf("payload is %d bytes; the limit is %d", len(data), o.max())), Offset: o.max()}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return &MalformedError{Violation: RuleJSONSyntax.At("", "payload is empty; want a JSON object")}
	}
	if decodeOnePass(data, v, o.maxItems()) {
		return nil
	}
	f := newFaults()
	stop, err := skim(data, v, o.maxItems(), f)
	switch {
	case err != nil:
		return err
	case stop:
		return f.err()
	}
	// The strict decoder has the last word: what it accepts is valid, however
	// the skim read it, and what it rejects stays rejected.
	err = json.Unmarshal(data, v, unmarshalOpts)
	if err == nil {
		return nil
	}
	first := decodeError(err)
	if errors.Is(first, ErrMalformed) {
		return first
	}
	return decodeAll(data, v, f, first)
}

// DecodeReader reads at most the byte limit from r, as [Read] does, and
// decodes it as [Decode] does; a longer input is rejected without being
// read further. A nil r is a *[MalformedError]: there is no payload to read.
func DecodeReader(r io.Reader, v any, opts ...DecodeOptions) error {
	var o DecodeOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	data, err := Read(r, o)
	if err != nil {
		return err
	}
	return Decode(data, v, o)
}

// Read reads one whole payload from r, never more than the byte limit of
// opts plus one byte: a longer input is a *[MalformedError] (json.too_large)
// and the rest of it stays unread, so a server may hand it a request body
// as it comes. A nil r is a *MalformedError too, and an error reading r is
// returned wrapped. A reader that says how many bytes it holds, with a
// Len() int method as *bytes.Reader, *bytes.Buffer and *strings.Reader
// have, is read into one buffer of that size, up to 1 MiB (a server wraps a
// request body so, with its Content-Length); any other grows a buffer as it
// reads.
func Read(r io.Reader, opts ...DecodeOptions) ([]byte, error) {
	var o DecodeOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	if r == nil {
		return nil, &MalformedError{Violation: RuleJSONSyntax.At("", "no payload: the reader is nil")}
	}
	limit := min(o.max(), math.MaxInt64-1) + 1
	size := int64(0)
	if l, ok := r.(interface{ Len() int }); ok && l.Len() >= 0 {
		// Up to maxPrealloc: a body that declares 4 MiB and sends ten
		// bytes must not hold 4 MiB while it dawdles.
		size = min(int64(l.Len()), limit, maxPrealloc)
	}
	size += bytes.MinRead // ReadFrom wants this much room to read the end
	buf := bytes.NewBuffer(make([]byte, 0, size))
	_, err := buf.ReadFrom(io.LimitReader(r, limit))
	data := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("itu: read payload: %w", err)
	}
	if int64(len(data)) > o.max() {
		return nil, &MalformedError{Violation: RuleJSONTooLarge.At("", fmt.Sprintf("payload is over the limit of %d bytes", o.max())), Offset: o.max()}
	}
	return data, nil
}

// maxPrealloc bounds the buffer [Read] sets aside for a reader that tells
// its length; a longer payload grows the buffer as it arrives.
const maxPrealloc = 1 << 20

// Encode returns the canonical JSON form of v: two-space indented, members in
// field order, no HTML escaping, ending in a newline. Decoding then encoding a
// canonical payload gives the same bytes.
func Encode(v any) ([]byte, error) {
	b, err := json.Marshal(v, jsontext.Multiline(true), jsontext.WithIndentPrefix(""), jsontext.WithIndent("  "), json.Deterministic(true))
	if err != nil {
		return nil, fmt.Errorf("itu: encode: %w", err)
	}
	return append(b, '\n'), nil
}

func decodeError(err error) error {
	if err == nil {
		return nil
	}
	vio, me := classify(err, "")
	if me != nil {
		return me
	}
	return &itu.ValidationError{Violations: []itu.Violation{vio}}
}

// classify turns an error of the JSON decoder into the fault it reports, or
// into a *MalformedError when the input is not a JSON payload at all. base
// is the JSON Pointer of the value the decoder was given.
func classify(err error, base string) (itu.Violation, *MalformedError) {
	var syn *jsontext.SyntacticError
	if errors.As(err, &syn) {
		path := base + string(syn.JSONPointer)
		if errors.Is(syn.Err, jsontext.ErrDuplicateName) {
			return RuleJSONDuplicateKey.At(path, duplicateMessage(clip.Quote(lastToken(path)))), nil
		}
		return itu.Violation{}, &MalformedError{Violation: RuleJSONSyntax.At(path, "not valid JSON: "+syntaxReason(syn)), Offset: syn.ByteOffset}
	}
	var sem *json.SemanticError
	if !errors.As(err, &sem) {
		return itu.Violation{}, &MalformedError{Violation: RuleJSONSyntax.At(base, "not valid JSON")}
	}
	path := base + string(sem.JSONPointer)
	switch {
	case errors.Is(sem.Err, json.ErrUnknownName):
		return RuleJSONUnknownField.At(path, unknownMessage(clip.Quote(lastToken(path)), sem.GoType)), nil
	case wrongKind(sem):
		// A text type (post, date, ...) given a number, object or array.
		return RuleJSONType.At(path, typeMessage(sem)), nil
	case errors.Is(sem.Err, strconv.ErrSyntax) || errors.Is(sem.Err, strconv.ErrRange):
		// A JSON number the Go number type cannot hold: 1.5 or 300 for a uint8.
		return RuleJSONValue.At(path, typeMessage(sem)), nil
	case sem.Err != nil && !errors.Is(sem.Err, io.ErrUnexpectedEOF):
		msg := clipQuoted(strings.TrimPrefix(sem.Err.Error(), "itu: "))
		if len(sem.JSONValue) > 0 && !strings.Contains(msg, "\"") {
			msg += " (" + clip.String(sem.JSONValue) + ")"
		}
		return RuleJSONValue.At(path, msg), nil
	}
	return RuleJSONType.At(path, typeMessage(sem)), nil
}

// maxMessage is the longest decode message; past it, a parser's error that
// quotes a hostile value in full is cut.
const maxMessage = 500

// clipQuoted shortens a parser's error message that quotes a hostile value:
// each long Go-quoted string in it is cut as clip.Quote cuts it, so a value
// of megabytes is never echoed back, and the message to maxMessage bytes.
func clipQuoted(msg string) string {
	if len(msg) <= maxMessage {
		return msg
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(msg, '"')
		if i < 0 {
			break
		}
		q, err := strconv.QuotedPrefix(msg[i:])
		if err != nil {
			b.WriteString(msg[:i+1])
			msg = msg[i+1:]
			continue
		}
		b.WriteString(msg[:i])
		msg = msg[i+len(q):]
		if s, err := strconv.Unquote(q); err == nil && len(q) > 2*clip.Max {
			q = clip.Quote(s)
		}
		b.WriteString(q)
	}
	b.WriteString(msg)
	return clip.Bytes(b.String(), maxMessage)
}

func syntaxReason(e *jsontext.SyntacticError) string {
	msg := "syntax error"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return fmt.Sprintf("%s at byte %d", msg, e.ByteOffset)
}

// wrongKind reports whether e is a string-coded type (one with
// UnmarshalText) given a JSON value of another kind.
func wrongKind(e *json.SemanticError) bool {
	return e.GoType != nil && reflect.PointerTo(e.GoType).Implements(textUnmarshaler) &&
		e.JSONKind != '"' && e.JSONKind != 'n' && e.JSONKind != 0
}

func typeMessage(e *json.SemanticError) string {
	got := "a JSON " + kindName(e.JSONKind)
	if e.JSONKind == 0 {
		got = "another value"
	}
	want := "another type"
	if e.GoType != nil {
		want = "a JSON " + goKindName(e.GoType)
	}
	msg := fmt.Sprintf("want %s, got %s", want, got)
	if len(e.JSONValue) > 0 {
		msg += " (" + clip.String(e.JSONValue) + ")"
	}
	return msg
}

func kindName(k jsontext.Kind) string {
	switch k {
	case 'n':
		return "null"
	case 'f', 't':
		return "boolean"
	case '"':
		return "string"
	case '0':
		return "number"
	case '{':
		return "object"
	case '[':
		return "array"
	}
	return "value"
}

var textUnmarshaler = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()

func goKindName(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "string"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Pointer:
		return goKindName(t.Elem())
	}
	switch {
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64:
		return fmt.Sprintf("whole number from %d to %d", -1<<(t.Bits()-1), 1<<(t.Bits()-1)-1)
	case t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uintptr:
		return fmt.Sprintf("whole number from 0 to %d", uint64(1)<<t.Bits()-1)
	case t.Kind() == reflect.Float32 || t.Kind() == reflect.Float64:
		return "number in range for " + t.Kind().String()
	}
	return "value"
}

// fieldNames lists the JSON member names of struct type t.
func fieldNames(t reflect.Type) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return ""
	}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		jf := jsontag.Of(t.Field(i))
		if jf.Skip || jf.Inline {
			continue
		}
		names = append(names, jf.Name)
	}
	return strings.Join(names, ", ")
}

func lastToken(ptr string) string { return pointer.LastToken(ptr) }
