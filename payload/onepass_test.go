package payload

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/strictjson"
)

// leadingKindTests are payloads whose kind the leading member names, and
// some where it may not be the kind: each must check as the full read
// (checkFull) checks it.
var leadingKindTests = []string{
	`{"kind":"cv"}`, ` {  "kind" : "cv" , "name":"LEE, Chaesub"}`, `{"kind":"cv","kind":"letter"}`,
	`{"kind":"cv","k\u0069nd":"note"}`, `{"kind":"cv","x":1}`, `{"kind":"cv","heading":[` + strings.Repeat(`"a",`, 300) + `"a"], x`,
	`{"kind":"cv","name":"a"`, `{"kind":"cv"} x`, `{"kind":"cv","name":5}`, `{"kind":"memo"}`, `{"kind":"c\u0076"}`,
	`{"kind":"cv\"}`, `{"kind":"cv`, `{"kind":7}`, `{"name":"a","kind":"cv"}`, `{"kind":"election","rounds":[{"votes":{"KOR":139.0}}]}`,
}

// TestCheckLeadingKind: reading the kind from the first member gives the
// answer reading the whole payload for it gives, with no kind asked for,
// the kind asked for, and another kind.
func TestCheckLeadingKind(t *testing.T) {
	inputs := map[string][]byte{}
	for i, s := range leadingKindTests {
		inputs[string(rune('a'+i))] = []byte(s)
	}
	for name, b := range corpus(t) {
		inputs[name] = b
	}
	for name, data := range inputs {
		for _, k := range []itu.Kind{"", itu.KindCV, itu.KindDossier} {
			got, gotErr := checkData(data, k, strictjson.DecodeOptions{}, onePassAsOf)
			want, wantErr := checkFull(data, k, strictjson.DecodeOptions{}, onePassAsOf)
			if diff := cmp.Diff(want.Violations, got.Violations); diff != "" || got.Kind != want.Kind {
				t.Errorf("%s as %q: kind %q, want %q; violations (-full +one pass):\n%s", name, k, got.Kind, want.Kind, diff)
			}
			if diff := cmp.Diff(itu.Violations(wantErr), itu.Violations(gotErr)); diff != "" || (gotErr == nil) != (wantErr == nil) {
				t.Errorf("%s as %q: error %v, want %v (-full +one pass):\n%s", name, k, gotErr, wantErr, diff)
			}
		}
	}
}

// FuzzCheckLeadingKind: the same, on any bytes.
func FuzzCheckLeadingKind(f *testing.F) {
	for _, s := range leadingKindTests {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, gotErr := checkData(data, "", strictjson.DecodeOptions{}, onePassAsOf)
		want, wantErr := checkFull(data, "", strictjson.DecodeOptions{}, onePassAsOf)
		if diff := cmp.Diff(want.Violations, got.Violations); diff != "" || got.Kind != want.Kind {
			t.Fatalf("Check(%q): kind %q, want %q; violations (-full +one pass):\n%s", data, got.Kind, want.Kind, diff)
		}
		if diff := cmp.Diff(itu.Violations(wantErr), itu.Violations(gotErr)); diff != "" {
			t.Fatalf("Check(%q): error %v, want %v", data, gotErr, wantErr)
		}
	})
}
