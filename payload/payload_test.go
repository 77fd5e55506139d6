package payload_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/payload"
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
			var me *itu.MalformedError
			if !errors.As(err, &me) || !errors.Is(err, itu.ErrMalformed) || errors.Is(err, payload.ErrUnknownKind) {
				t.Fatalf("KindOf(%q) error = %v; want an *itu.MalformedError", tt.in, err)
			}
			want := itu.Violation{Code: "json.type", Severity: itu.Error, Message: tt.want}
			if diff := cmp.Diff(want, me.Violation); diff != "" {
				t.Errorf("violation mismatch (-want +got):\n%s", diff)
			}
			if _, err := payload.Check([]byte(tt.in), ""); !errors.Is(err, itu.ErrMalformed) {
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
		{`{}`, "", payload.ErrUnknownKind},
		{`{"kind":"memo"}`, "", payload.ErrUnknownKind},
		{`{"kind":1}`, "", payload.ErrUnknownKind},
		{`{"kind":"cv"`, "", itu.ErrMalformed},
		{``, "", itu.ErrMalformed},
	}
	for _, tt := range tests {
		got, err := payload.KindOf([]byte(tt.in))
		if got != tt.want || !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
			t.Errorf("KindOf(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}
