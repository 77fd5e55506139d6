package payload_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// pathAndCode compares violations by path, code and severity: the
// messages are strictjson's to test, and name fields the records may gain.
var pathAndCode = cmpopts.IgnoreFields(itu.Violation{}, "Message")

const kindList = "candidacy, conference, cv, dossier, election, letter, note, note_verbale, vision_statement"

func unknownAt(path string) itu.Violation {
	return itu.Violation{Path: path, Code: "json.unknown_field"}
}

// TestCheckEveryFaultIssue17 is the Must show of issue 17: a payload with
// three unknown members and a wrong type reports all four in one result
// (it used to report only the first), and the rules do not run on a record
// with decode faults.
func TestCheckEveryFaultIssue17(t *testing.T) {
	tests := []struct {
		name string
		in   string
		kind itu.Kind
		want []itu.Violation
	}{
		{"three unknown members and a wrong type", `{"kind":"cv","x":1,"y":2,"name":5,"z":{"a":[1]}}`, "", []itu.Violation{
			{Path: "/name", Code: "json.type"},
			unknownAt("/x"), unknownAt("/y"), unknownAt("/z"),
		}},
		{"the same with the kind given", `{"x":1,"y":2,"name":5,"z":{"a":[1]}}`, itu.KindCV, []itu.Violation{
			{Path: "/name", Code: "json.type"},
			unknownAt("/x"), unknownAt("/y"), unknownAt("/z"),
		}},
		{"issue 17's two unknown members", `{"kind":"cv","x":1,"y":2}`, "", []itu.Violation{unknownAt("/x"), unknownAt("/y")}},
		{"faults in nested records", `{"kind":"cv","post":"CEO","profile":{"nationality":7,"x":1},"education":[{"x":1},3]}`, "", []itu.Violation{
			unknownAt("/education/0/x"),
			{Path: "/education/1", Code: "json.type"},
			{Path: "/post", Code: "json.value"},
			{Path: "/profile/nationality", Code: "json.type"},
			unknownAt("/profile/x"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := payload.Check([]byte(tt.in), tt.kind)
			if err != nil {
				t.Fatalf("Check() error = %v; want a result", err)
			}
			if diff := cmp.Diff(tt.want, res.Violations, pathAndCode); diff != "" {
				t.Errorf("violations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCheckKindIssue17: a missing or unknown kind is a payload.kind
// violation at /kind, in an error that matches ErrUnknownKind and
// strictjson.ErrMalformed, as the command line counts it unreadable; with a
// kind given, a conflict is a payload.kind violation in the result, as
// "itu validate --kind" reports it.
func TestCheckKindIssue17(t *testing.T) {
	kindFault := func(msg string) []itu.Violation {
		return []itu.Violation{{Path: "/kind", Code: "payload.kind", Message: msg + "; want one of " + kindList}}
	}
	tests := []struct {
		name    string
		in      string
		kind    itu.Kind
		want    []itu.Violation // in the result
		wantErr []itu.Violation // in the error
	}{
		{"missing kind", `{"name":"x"}`, "", nil, kindFault(`no "kind" member`)},
		{"unknown kind", `{"kind":"memo"}`, "", nil, kindFault(`kind "memo" is not one the module models`)},
		{"kind not a string", `{"kind":7}`, "", nil, kindFault(`"kind" is a JSON number, not a string`)},
		{"empty kind", `{"kind":""}`, "", nil, kindFault(`"kind" is empty`)},
		{"kind conflict", `{"kind":"cv"}`, itu.KindNote, []itu.Violation{
			{Path: "/kind", Code: "payload.kind", Message: `the payload is a "cv", not a "note"; check it as a "cv" or correct its kind`},
		}, nil},
		{"unknown kind, a kind given", `{"kind":"memo","date":5}`, itu.KindLetter, []itu.Violation{
			{Path: "/date", Code: "json.type", Message: "want a JSON string, got a JSON number"},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := payload.Check([]byte(tt.in), tt.kind)
			if diff := cmp.Diff(tt.want, res.Violations); diff != "" {
				t.Errorf("result violations mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantErr, itu.Violations(err)); diff != "" {
				t.Errorf("error violations mismatch (-want +got):\n%s", diff)
			}
			var me *strictjson.MalformedError
			if tt.wantErr != nil && (!errors.Is(err, payload.ErrUnknownKind) || !errors.Is(err, strictjson.ErrMalformed) || !errors.As(err, &me)) {
				t.Errorf("Check() error = %v; want ErrUnknownKind and a *strictjson.MalformedError", err)
			}
			if tt.wantErr == nil && err != nil {
				t.Errorf("Check() error = %v; want none", err)
			}
		})
	}
}

// TestKindOfViolation: KindOf's unknown-kind error carries the violation
// too, but is not malformed input: a kind given by the caller still decides.
func TestKindOfViolation(t *testing.T) {
	_, err := payload.KindOf([]byte(`{}`))
	want := []itu.Violation{{Path: "/kind", Code: "payload.kind", Message: `no "kind" member; want one of ` + kindList}}
	if diff := cmp.Diff(want, itu.Violations(err)); diff != "" {
		t.Errorf("KindOf() violations mismatch (-want +got):\n%s", diff)
	}
	if !errors.Is(err, payload.ErrUnknownKind) || errors.Is(err, strictjson.ErrMalformed) {
		t.Errorf("KindOf() error = %v; want ErrUnknownKind only", err)
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestCheckReader: CheckReader answers as Check does, within the limits it
// is given, and never reads more than the byte limit plus one byte.
func TestCheckReader(t *testing.T) {
	big := `{"kind":"cv","name":"` + strings.Repeat("a", 2000) + `"}`
	tests := []struct {
		name     string
		r        io.Reader
		kind     itu.Kind
		limits   strictjson.DecodeOptions
		wantCode string // of the *MalformedError; "" for a result
		want     int    // violations in the result
	}{
		{"a payload", strings.NewReader(`{"kind":"cv","x":1,"y":2}`), "", strictjson.DecodeOptions{}, "", 2},
		{"over the limit", strings.NewReader(big), "", strictjson.DecodeOptions{MaxBytes: 1000}, "json.too_large", 0},
		{"over the item limit", strings.NewReader(`{"kind":"cv","heading":["a","b","c"]}`), "", strictjson.DecodeOptions{MaxItems: 2}, "json.too_large", 0},
		{"under a limit above the default", strings.NewReader(`{"kind":"cv","x":` + strings.Repeat(" ", strictjson.DefaultMaxBytes) + `1}`), "", strictjson.DecodeOptions{MaxBytes: 2 * strictjson.DefaultMaxBytes}, "", 1},
		{"not JSON", strings.NewReader(`{"kind":`), itu.KindCV, strictjson.DecodeOptions{}, "json.syntax", 0},
		{"no kind", strings.NewReader(`{}`), "", strictjson.DecodeOptions{}, "payload.kind", 0},
		{"nil reader", nil, "", strictjson.DecodeOptions{}, "json.syntax", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.r
			var counted *countingReader
			if r != nil {
				counted = &countingReader{r: r}
				r = counted
			}
			res, err := payload.CheckReader(r, tt.kind, tt.limits)
			if tt.wantCode == "" {
				if err != nil || len(res.Violations) != tt.want {
					t.Errorf("CheckReader() = %v, %v; want %d violations", res.Violations, err, tt.want)
				}
				return
			}
			var me *strictjson.MalformedError
			if !errors.As(err, &me) || me.Violation.Code != tt.wantCode {
				t.Fatalf("CheckReader() error = %v; want a %s *MalformedError", err, tt.wantCode)
			}
			if limit := tt.limits.MaxBytes; limit > 0 && counted.n > limit+1 {
				t.Errorf("CheckReader() read %d bytes; want at most %d", counted.n, limit+1)
			}
		})
	}
	errRead := errors.New("connection reset")
	if _, err := payload.CheckReader(iotest.ErrReader(errRead), "", strictjson.DecodeOptions{}); !errors.Is(err, errRead) || errors.Is(err, strictjson.ErrMalformed) {
		t.Errorf("CheckReader(failing reader) error = %v; want it to wrap the read error", err)
	}
}
