package payload_test

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// TestKindOfNotAnObject is the regression test for KindOf reporting a JSON
// array, string, number, boolean or null as an unknown kind, when its doc
// (and the command line) treat input that is not a JSON object as malformed.
func TestKindOfNotAnObject(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{`[]`, `payload is a JSON array; want a JSON object with a "kind" member`},
		{` [{"kind":"cv"}]`, `payload is a JSON array; want a JSON object with a "kind" member`},
		{`"cv"`, `payload is a JSON string; want a JSON object with a "kind" member`},
		{`42`, `payload is a JSON number; want a JSON object with a "kind" member`},
		{`true`, `payload is a JSON boolean; want a JSON object with a "kind" member`},
		{"null\n", `payload is a JSON null; want a JSON object with a "kind" member`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := payload.KindOf([]byte(tt.in))
			var me *strictjson.MalformedError
			if !errors.As(err, &me) || !errors.Is(err, strictjson.ErrMalformed) || errors.Is(err, payload.ErrUnknownKind) {
				t.Fatalf("KindOf(%q) error = %v; want an *strictjson.MalformedError", tt.in, err)
			}
			want := itu.Violation{Code: "json.type", Severity: itu.Error, Message: tt.want}
			if diff := cmp.Diff(want, me.Violation); diff != "" {
				t.Errorf("violation mismatch (-want +got):\n%s", diff)
			}
			if _, err := payload.Check([]byte(tt.in), ""); !errors.Is(err, strictjson.ErrMalformed) {
				t.Errorf("Check(%q) error = %v; want ErrMalformed", tt.in, err)
			}
		})
	}
}

// TestKindOf covers the kinds KindOf reads and the errors it gives.
func TestKindOf(t *testing.T) {
	tests := []struct {
		in      string
		want    itu.Kind
		wantErr error
	}{
		{`{"kind":"cv"}`, itu.KindCV, nil},
		{`{"name":"x","kind":"note_verbale"}`, itu.KindNoteVerbale, nil},
		{`{"kind":"cv","kind":"letter"}`, itu.KindLetter, nil},
		{`{"k\u0069nd":"cv"}`, itu.KindCV, nil},
		{`{"x":{"kind":"cv"},"kind":"note"}`, itu.KindNote, nil},
		{`{"kind":null}`, "", payload.ErrUnknownKind},
		{`{"kind":""}`, "", payload.ErrUnknownKind},
		{`{}`, "", payload.ErrUnknownKind},
		{`{"kind":"memo"}`, "", payload.ErrUnknownKind},
		{`{"kind":1}`, "", payload.ErrUnknownKind},
		{`{"kind":"cv"`, "", strictjson.ErrMalformed},
		{``, "", strictjson.ErrMalformed},
	}
	for _, tt := range tests {
		got, err := payload.KindOf([]byte(tt.in))
		if got != tt.want || !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
			t.Errorf("KindOf(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestKindOfLongKind is the regression test for KindOf and New echoing a
// hostile kind of a megabyte back in full in their errors.
func TestKindOfLongKind(t *testing.T) {
	long := strings.Repeat("k", 1<<20)
	_, err := payload.KindOf([]byte(`{"kind":"` + long + `"}`))
	if !errors.Is(err, payload.ErrUnknownKind) || len(err.Error()) > 300 {
		t.Errorf("KindOf() error is %d bytes long (%.80v…); want a short ErrUnknownKind", len(err.Error()), err)
	}
	_, err = payload.New(itu.Kind(long))
	if !errors.Is(err, payload.ErrUnknownKind) || len(err.Error()) > 300 {
		t.Errorf("New() error is %d bytes long; want a short ErrUnknownKind", len(err.Error()))
	}
}

// TestKindOfMemory is the regression test for KindOf tracking every member
// name of the payload to find duplicates (about 17 bytes of memory per byte
// of a payload of many short members) just to read its kind.
func TestKindOfMemory(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"kind":"election","rounds":[{"votes":{`)
	for i := range 200_000 {
		fmt.Fprintf(&b, `"K%d":1,`, i)
	}
	b.WriteString(`"X":1}}]}`)
	data := []byte(b.String())
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	k, err := payload.KindOf(data)
	runtime.ReadMemStats(&after)
	if k != itu.KindElection || err != nil {
		t.Fatalf("KindOf() = %q, %v; want election", k, err)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("KindOf() allocated %d bytes for a %d-byte payload; want under 1 MiB", n, len(data))
	}
}

// TestCheckGivenKindMalformed is the regression test for issue 12: with a
// kind given, input that is not a JSON object, or is cut short, was decoded
// as that kind and reported as invalid (json.unknown_field) rather than as
// malformed.
func TestCheckGivenKindMalformed(t *testing.T) {
	for _, in := range []string{`{"kind":"cv","x":`, `[]`, `null`, `not json`, ``, `{"kind":"cv"} {}`} {
		t.Run(in, func(t *testing.T) {
			_, err := payload.Check([]byte(in), itu.KindCV)
			if !errors.Is(err, strictjson.ErrMalformed) {
				t.Errorf("Check(%q, %q) error = %v; want ErrMalformed", in, itu.KindCV, err)
			}
		})
	}
	// A well-formed object of another kind is still a payload.kind violation.
	res, err := payload.Check([]byte(`{"kind":"letter"}`), itu.KindCV)
	if err != nil || len(res.Violations) != 1 || res.Violations[0].Code != "payload.kind" {
		t.Errorf("Check of a letter as a cv = %+v, %v; want one payload.kind violation", res.Violations, err)
	}
}
