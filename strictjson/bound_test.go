package strictjson_test

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	json "github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/strictjson"
)

// Records with bounded lists, standing in for the payload types.
type (
	boundInner struct {
		Tags []string `json:"tags,omitzero" validate:"max=1,dive,max=5"`
	}
	boundRecord struct {
		Items []string         `json:"items,omitzero" validate:"required,max=3,dive,required"`
		Votes map[string]int   `json:"votes,omitzero" validate:"max=2,dive,keys,max=3,endkeys"`
		Inner []boundInner     `json:"inner,omitzero" validate:"max=2,dive"`
		Next  *boundRecord     `json:"next,omitzero"`
		Text  string           `json:"text,omitzero" validate:"max=1"`
		Free  []int            `json:"free,omitzero" validate:"dive,max=1"`
		Date  civil.Date       `json:"date,omitzero"`
		Extra map[string]inner `json:"extra,omitzero"`
	}
	inner struct {
		Deep []int `json:"deep,omitzero" validate:"max=1"`
	}
)

func tooMany(path, msg string) []itu.Violation {
	return []itu.Violation{{Path: path, Code: "field.too_many", Severity: itu.Error, Message: msg}}
}

var boundTests = []struct {
	name string
	in   string
	want []itu.Violation // nil: decodes
}{
	{"at the bound", `{"items":["a","b","c"],"votes":{"A":1,"B":2},"inner":[{"tags":["x"]},{}]}`, nil},
	{"list past its bound", `{"items":["a","b","c","d"]}`, tooMany("/items", "has 4 items; at most 3 allowed")},
	{"map past its bound", `{"votes":{"A":1,"B":2,"C":3}}`, tooMany("/votes", "has 3 items; at most 2 allowed")},
	{"nested list", `{"inner":[{},{"tags":["a","b"]}]}`, tooMany("/inner/1/tags", "has 2 items; at most 1 allowed")},
	{"recursive type", `{"next":{"next":{"items":[1,2,3,4]}}}`, tooMany("/next/next/items", "has 4 items; at most 3 allowed")},
	{"inside a map value", `{"extra":{"a/b~":{"deep":[1,2]}}}`, tooMany("/extra/a~1b~0/deep", "has 2 items; at most 1 allowed")},
	{"escaped member name", `{"it\u0065ms":["a","b","c","d"]}`, tooMany("/items", "has 4 items; at most 3 allowed")},
	{"white space everywhere", " {\n \"items\" :\t[ \"a\" , \"b\" ,\"c\",\r\"d\" ] } ", tooMany("/items", "has 4 items; at most 3 allowed")},
	{"strings holding brackets", `{"text":"[{","items":["]}\"","\\","{","[","x"]}`, tooMany("/items", "has 5 items; at most 3 allowed")},
	{"unknown members skipped", `{"zz":[[1,2,3,4],{"items":[1,2,3,4]}],"items":["a","b","c","d","e"]}`, append(tooMany("/items", "has 5 items; at most 3 allowed"),
		itu.Violation{Path: "/zz", Code: "json.unknown_field", Message: `unknown field "zz"; the fields allowed here are items, votes, inner, next, text, free, date, extra`})},
	{"a million items", `{"items":[` + strings.Repeat(`"",`, 1e6) + `""]}`, tooMany("/items", "has 1000001 items; at most 3 allowed")},
	{"a string bound is the validator's", `{"text":"long text"}`, nil},
	{"a bound after dive is the items'", `{"free":[1,2,3,4,5]}`, nil},
	{"every list past its bound", `{"inner":[{},{},{}],"items":[1,2,3,4]}`, append(tooMany("/inner", "has 3 items; at most 2 allowed"), tooMany("/items", "has 4 items; at most 3 allowed")...)},
}

// TestDecodeListBound: Decode reports a list past its max= bound as
// field.too_many with the list's path, as the validator would.
func TestDecodeListBound(t *testing.T) {
	for _, tt := range boundTests {
		t.Run(tt.name, func(t *testing.T) {
			var r boundRecord
			err := strictjson.Decode([]byte(tt.in), &r, strictjson.DecodeOptions{MaxBytes: 8 << 20})
			if tt.want == nil {
				if err != nil && strings.Contains(err.Error(), "field.too_many") {
					t.Fatalf("Decode() error = %v; want no list bound violation", err)
				}
				return
			}
			var ve *itu.ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, itu.ErrInvalid) {
				t.Fatalf("Decode() error = %v; want a *ValidationError", err)
			}
			if diff := cmp.Diff(tt.want, ve.Violations); diff != "" {
				t.Errorf("violations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDecodeMaxItems: more list items in all than the item limit is
// malformed input (json.too_large), reported where the limit is crossed;
// items past a list's own bound are reported as field.too_many instead.
func TestDecodeMaxItems(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		maxItems int
		want     *itu.Violation // nil: no error
	}{
		{"at the limit", `{"items":["a","b"],"inner":[{"tags":["x"]},{"tags":["y"]}]}`, 6, nil},
		{"past the limit", `{"items":["a","b"],"inner":[{"tags":["x"]},{"tags":["y"]}]}`, 5,
			&itu.Violation{Path: "/inner/1/tags/0", Code: "json.too_large", Message: "payload has more list items than the limit of 5 (array items and map members, at every depth)"}},
		{"past a list's bound first", `{"items":["a","b","c","d","e","f"]}`, 5,
			&itu.Violation{Path: "/items", Code: "field.too_many", Message: "has 6 items; at most 3 allowed"}},
		{"default limit", `{"next":` + strings.Repeat(`{"inner":[{},{}],"next":`, 5001) + `{}` + strings.Repeat(`}`, 5002), 0,
			&itu.Violation{Path: "/next" + strings.Repeat("/next", 5000) + "/inner/0", Code: "json.too_large", Message: "payload has more list items than the limit of 10000 (array items and map members, at every depth)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r boundRecord
			err := strictjson.Decode([]byte(tt.in), &r, strictjson.DecodeOptions{MaxItems: tt.maxItems})
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Decode() error = %v; want nil", err)
				}
				return
			}
			if got := itu.Violations(err); len(got) != 1 || got[0] != *tt.want {
				t.Fatalf("Decode() error = %v; want %v", err, *tt.want)
			}
			if malformed := errors.Is(err, strictjson.ErrMalformed); malformed != (tt.want.Code == "json.too_large") {
				t.Errorf("errors.Is(err, ErrMalformed) = %v for %s", malformed, tt.want.Code)
			}
		})
	}
}

// TestDecodeListBoundMalformed: text the skim cannot read is left to the
// decoder, which reports it as malformed.
func TestDecodeListBoundMalformed(t *testing.T) {
	for _, in := range []string{`{"items":["a","b"`, `{"items":["a`, `{"items" 1}`, `{"items":["a",,"b"]}`, `{"inner":[{"tags":}]}`, `{"votes":{1:2}}`,
		`{"next":` + strings.Repeat(`{"next":`, 20000) + `{}` + strings.Repeat(`}`, 20001), `{"items":[]} x`, `]`, `{"items":["a"}]`} {
		var r boundRecord
		if err := strictjson.Decode([]byte(in), &r); !errors.Is(err, strictjson.ErrMalformed) {
			t.Errorf("Decode(%.40q) error = %v; want ErrMalformed", in, err)
		}
	}
}

// TestDecodeListBoundMemory is the regression test for the amplification bug:
// a 3 MB payload of a million empty items allocated about 1 GiB of records
// (and millions of violations) before its bound was checked.
func TestDecodeListBoundMemory(t *testing.T) {
	data := []byte(`{"inner":[` + strings.Repeat(`{},`, 1e6) + `{}]}`)
	var r boundRecord
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	err := strictjson.Decode(data, &r)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, itu.ErrInvalid) {
		t.Fatalf("Decode() error = %v; want field.too_many", err)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("Decode() allocated %d bytes for a %d-byte payload; want under 1 MiB", n, len(data))
	}
}

// FuzzDecodeListBound checks the skim against the decoder: a list bound is
// reported only for a payload that, decoded without the skim, is malformed or
// has a list past its bound; and a payload that decodes has every list within
// its bound.
func FuzzDecodeListBound(f *testing.F) {
	for _, tt := range boundTests {
		if len(tt.in) < 1000 {
			f.Add([]byte(tt.in))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r boundRecord
		err := strictjson.Decode(data, &r)
		var plain boundRecord
		plainErr := json.Unmarshal(data, &plain, json.RejectUnknownMembers(true))
		if vs := itu.Violations(err); len(vs) == 1 && vs[0].Code == "field.too_many" {
			if plainErr == nil && overBound(&plain) == "" {
				t.Fatalf("Decode(%q) = %v, but every list is within its bound", data, err)
			}
			return
		}
		if err == nil && overBound(&r) != "" {
			t.Fatalf("Decode(%q) accepted %s past its bound", data, overBound(&r))
		}
	})
}

// overBound names a list of r past its bound, or returns "".
func overBound(r *boundRecord) string {
	for ; r != nil; r = r.Next {
		switch {
		case len(r.Items) > 3:
			return "items"
		case len(r.Votes) > 2:
			return "votes"
		case len(r.Inner) > 2:
			return "inner"
		}
		for _, in := range r.Inner {
			if len(in.Tags) > 1 {
				return "tags"
			}
		}
		for _, e := range r.Extra {
			if len(e.Deep) > 1 {
				return "deep"
			}
		}
	}
	return ""
}

// TestDecodeLongUnknownName is the regression test for a long unknown member
// name costing many times its length: the decoder folds its case to look for
// a field before rejecting it. Decode now rejects it first, with a short path
// and message.
func TestDecodeLongUnknownName(t *testing.T) {
	long := strings.Repeat("é", 1<<20)
	for _, tt := range []struct{ in, path string }{
		{`{"` + long + `":1}`, "/" + strings.Repeat("é", 30) + "…"},
		{`{"inner":[{"` + long + `":1}]}`, "/inner/0/" + strings.Repeat("é", 30) + "…"},
		{`{"date":"2021-01-01","next":{"items":[],"x` + long + `":1}}`, "/next/x" + strings.Repeat("é", 30) + "…"},
	} {
		data := []byte(tt.in)
		var r boundRecord
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		err := strictjson.Decode(data, &r)
		runtime.ReadMemStats(&after)
		vs := itu.Violations(err)
		if len(vs) != 1 || vs[0].Code != "json.unknown_field" || vs[0].Path != tt.path || len(vs[0].Message) > 300 {
			t.Errorf("Decode() error = %.300v; want one short json.unknown_field at %q", err, tt.path)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
			t.Errorf("Decode() allocated %d bytes for a %d-byte payload; want under 1 MiB", n, len(data))
		}
	}
	var r boundRecord
	err := strictjson.Decode([]byte(`{"`+strings.Repeat("n", 64)+`":1}`), &r)
	if vs := itu.Violations(err); len(vs) != 1 || vs[0].Path != "/"+strings.Repeat("n", 64) {
		t.Errorf("Decode() of a 64-byte unknown name = %v; want the decoder's violation with the whole name", err)
	}
}

// echoCode is a coded value whose parse error quotes its input in full.
type echoCode string

func (c *echoCode) UnmarshalText(b []byte) error {
	return fmt.Errorf("test: parse code %q: not a code", b)
}

// TestDecodeParseErrorNotEchoed is the regression test for a coded value's
// parse error quoting a hostile value of megabytes back in full.
func TestDecodeParseErrorNotEchoed(t *testing.T) {
	var r struct {
		Code echoCode `json:"code"`
	}
	for _, tt := range []struct{ in, want string }{
		{`"abc"`, `test: parse code "abc": not a code`},
		{`"` + strings.Repeat("x", 1<<20) + `"`, `test: parse code "` + strings.Repeat("x", 80) + `…": not a code`},
		{`"` + strings.Repeat(`\u00e9`, 1<<10) + `"`, `test: parse code "` + strings.Repeat("é", 80) + `…": not a code`},
	} {
		err := strictjson.Decode([]byte(`{"code":`+tt.in+`}`), &r)
		if vs := itu.Violations(err); len(vs) != 1 || vs[0].Code != "json.value" || vs[0].Message != tt.want {
			t.Errorf("Decode() error = %.300v; want a json.value violation %q", err, tt.want)
		}
	}
}
