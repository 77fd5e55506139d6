package strictjson_test

import (
	"bytes"
	"errors"
	"io"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/catalog"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/strictjson"
)

// Small local records standing in for the payload types of other packages.
type (
	testInner struct {
		B int      `json:"b"`
		C string   `json:"c,omitzero"`
		P itu.Post `json:"post,omitzero"`
	}
	testRecord struct {
		Kind   itu.Kind          `json:"kind,omitzero"`
		A      testInner         `json:"a"`
		List   []testInner       `json:"list,omitzero"`
		Date   civil.Date        `json:"date,omitzero"`
		Period civil.Period      `json:"period,omitzero"`
		Small  uint8             `json:"small,omitzero"`
		Big    int64             `json:"big,omitzero"`
		Tags   map[string]string `json:"tags,omitzero"`
	}
)

var decodeTests = []struct {
	name string
	in   string
	want []itu.Violation // for a *ValidationError
}{
	{"unknown field", `{"a":{"b":1,"x":2}}`, []itu.Violation{{Path: "/a/x", Code: "json.unknown_field", Message: `unknown field "x"; the fields allowed here are b, c, post`}}},
	{"unknown top-level field", `{"extra":true}`, []itu.Violation{{Path: "/extra", Code: "json.unknown_field", Message: `unknown field "extra"; the fields allowed here are kind, a, list, date, period, small, big, tags`}}},
	{"unknown field in a list", `{"list":[{"b":1},{"b":2,"d":3}]}`, []itu.Violation{{Path: "/list/1/d", Code: "json.unknown_field", Message: `unknown field "d"; the fields allowed here are b, c, post`}}},
	{"field name case matters", `{"A":{}}`, []itu.Violation{{Path: "/A", Code: "json.unknown_field", Message: `unknown field "A"; the fields allowed here are kind, a, list, date, period, small, big, tags`}}},
	{"unknown field escaped in path", `{"a":{"x/y~z":1}}`, []itu.Violation{{Path: "/a/x~1y~0z", Code: "json.unknown_field", Message: `unknown field "x/y~z"; the fields allowed here are b, c, post`}}},
	{"duplicate key", `{"a":{"b":1,"b":2}}`, []itu.Violation{{Path: "/a/b", Code: "json.duplicate_key", Message: `member "b" appears more than once; keep one`}}},
	{"duplicate top-level key", `{"kind":"cv","kind":"cv"}`, []itu.Violation{{Path: "/kind", Code: "json.duplicate_key", Message: `member "kind" appears more than once; keep one`}}},
	{"string for number", `{"a":{"b":"1"}}`, []itu.Violation{{Path: "/a/b", Code: "json.type", Message: "want a JSON whole number from -9223372036854775808 to 9223372036854775807, got a JSON string"}}},
	{"array for object", `{"a":[]}`, []itu.Violation{{Path: "/a", Code: "json.type", Message: "want a JSON object, got a JSON array"}}},
	{"object for array", `{"list":{}}`, []itu.Violation{{Path: "/list", Code: "json.type", Message: "want a JSON array, got a JSON object"}}},
	{"array at the top", `[]`, []itu.Violation{{Path: "", Code: "json.type", Message: "want a JSON object, got a JSON array"}}},
	{"number for string", `{"a":{"b":1,"c":2}}`, []itu.Violation{{Path: "/a/c", Code: "json.type", Message: "want a JSON string, got a JSON number"}}},
	{"number for a post", `{"a":{"post":1}}`, []itu.Violation{{Path: "/a/post", Code: "json.type", Message: "want a JSON string, got a JSON number"}}},
	{"object for a date", `{"date":{"year":2021}}`, []itu.Violation{{Path: "/date", Code: "json.type", Message: "want a JSON string, got a JSON object"}}},
	{"boolean for a map value", `{"tags":{"k":true}}`, []itu.Violation{{Path: "/tags/k", Code: "json.type", Message: "want a JSON string, got a JSON boolean"}}},
	{"unknown post", `{"a":{"post":"CEO"}}`, []itu.Violation{{Path: "/a/post", Code: "json.value", Message: `parse post "CEO": unknown post (want one of SG, DSG, BR, TSB, BDT, RRB, COUNCIL)`}}},
	{"impossible date", `{"date":"2021-02-30"}`, []itu.Violation{{Path: "/date", Code: "json.value", Message: `parse date "2021-02-30": bad date (no such calendar day)`}}},
	{"Present as a start", `{"period":"Present – 2015"}`, []itu.Violation{{Path: "/period", Code: "json.value", Message: `parse period "Present – 2015": bad date ("Present" may only end a period)`}}},
	{"number out of range", `{"small":300}`, []itu.Violation{{Path: "/small", Code: "json.value", Message: "want a JSON whole number from 0 to 255, got a JSON number (300)"}}},
	{"negative for unsigned", `{"small":-1}`, []itu.Violation{{Path: "/small", Code: "json.value", Message: "want a JSON whole number from 0 to 255, got a JSON number (-1)"}}},
	{"fraction for integer", `{"big":1.5}`, []itu.Violation{{Path: "/big", Code: "json.value", Message: "want a whole number from -9223372036854775808 to 9223372036854775807, got 1.5"}}},
	{"integer out of range", `{"big":1e19}`, []itu.Violation{{Path: "/big", Code: "json.value", Message: "want a whole number from -9223372036854775808 to 9223372036854775807, got 1e19"}}},
	{"integer fraction among other faults", `{"a":{"b":139.5},"list":[{"b":1.39e2},{"b":-1e-1}],"x":1}`, []itu.Violation{
		{Path: "/a/b", Code: "json.value", Message: "want a whole number from -9223372036854775808 to 9223372036854775807, got 139.5"},
		{Path: "/list/1/b", Code: "json.value", Message: "want a whole number from -9223372036854775808 to 9223372036854775807, got -1e-1"},
		{Path: "/x", Code: "json.unknown_field", Message: `unknown field "x"; the fields allowed here are kind, a, list, date, period, small, big, tags`},
	}},
}

// TestDecodeWholeNumberIssue18 is the regression test for the 59.0 fix: a
// JSON number whose value is a whole number in range decodes into an
// integer field however it is written, alone or beside other faults, and
// encodes back in canonical form.
func TestDecodeWholeNumberIssue18(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int
		wantErr bool // another fault beside it
	}{
		{"plain", `{"a":{"b":139}}`, 139, false},
		{"zero fraction", `{"a":{"b":139.0}}`, 139, false},
		{"exponent", `{"a":{"b":1.39e2}}`, 139, false},
		{"negative exponent", `{"a":{"b":13900e-2}}`, 139, false},
		{"beside an unknown member", `{"a":{"b":139.0},"x":1}`, 139, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r testRecord
			err := strictjson.Decode([]byte(tt.in), &r)
			if (err != nil) != tt.wantErr || len(itu.Violations(err)) > 1 {
				t.Fatalf("Decode(%s) error = %v; want another fault: %v", tt.in, err, tt.wantErr)
			}
			if r.A.B != tt.want {
				t.Errorf("Decode(%s) b = %d; want %d", tt.in, r.A.B, tt.want)
			}
			if tt.wantErr {
				return
			}
			b, err := strictjson.Encode(r)
			if err != nil || !bytes.Contains(b, []byte(`"b": 139`+"\n")) {
				t.Errorf("Encode() = %s, %v; want the canonical 139", b, err)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	for _, tt := range decodeTests {
		t.Run(tt.name, func(t *testing.T) {
			var r testRecord
			err := strictjson.Decode([]byte(tt.in), &r)
			var ve *itu.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Decode(%s) = %v, want a *ValidationError", tt.in, err)
			}
			if !errors.Is(err, itu.ErrInvalid) || errors.Is(err, strictjson.ErrMalformed) {
				t.Errorf("Decode(%s): errors.Is ErrInvalid %v, ErrMalformed %v; want true, false", tt.in, errors.Is(err, itu.ErrInvalid), errors.Is(err, strictjson.ErrMalformed))
			}
			if diff := cmp.Diff(tt.want, ve.Violations); diff != "" {
				t.Errorf("Decode(%s) violations mismatch (-want +got):\n%s", tt.in, diff)
			}
			for _, v := range ve.Violations {
				if _, ok := catalog.LookupRule(v.Code); !ok {
					t.Errorf("violation code %q is not in the rule catalogue", v.Code)
				}
			}
		})
	}
}

var malformedTests = []struct {
	name     string
	in       string
	wantCode string
}{
	{"empty", "", "json.syntax"},
	{"whitespace", " \n\t\r ", "json.syntax"},
	{"not JSON", "hello", "json.syntax"},
	{"truncated", `{"a":{"b":1`, "json.syntax"},
	{"trailing data", `{} {}`, "json.syntax"},
	{"trailing garbage", `{"a":{"b":1}}x`, "json.syntax"},
	{"invalid UTF-8 in a string", "{\"a\":{\"c\":\"\xff\"}}", "json.syntax"},
	{"invalid UTF-8 in a name", "{\"\xff\":1}", "json.syntax"},
	{"single quotes", `{'a':1}`, "json.syntax"},
	{"trailing comma", `{"a":{"b":1},}`, "json.syntax"},
	{"comment", `{"a":{"b":1}} // done`, "json.syntax"},
	{"NaN", `{"big":NaN}`, "json.syntax"},
	{"NUL byte", "{\x00}", "json.syntax"},
	{"byte order mark", "\ufeff{}", "json.syntax"},
}

func TestDecodeMalformed(t *testing.T) {
	for _, tt := range malformedTests {
		t.Run(tt.name, func(t *testing.T) {
			var r testRecord
			err := strictjson.Decode([]byte(tt.in), &r)
			var me *strictjson.MalformedError
			if !errors.As(err, &me) {
				t.Fatalf("Decode(%q) = %v, want a *MalformedError", tt.in, err)
			}
			if !errors.Is(err, strictjson.ErrMalformed) {
				t.Errorf("errors.Is(err, ErrMalformed) = false")
			}
			if me.Violation.Code != tt.wantCode || me.Violation.Severity != itu.Error || me.Violation.Message == "" {
				t.Errorf("violation = %+v, want code %s, an error, a message", me.Violation, tt.wantCode)
			}
			if me.Offset < 0 || me.Offset > int64(len(tt.in)) {
				t.Errorf("Offset = %d, outside the %d-byte input", me.Offset, len(tt.in))
			}
			if !utf8.ValidString(me.Violation.Message) || !utf8.ValidString(me.Error()) {
				t.Errorf("message is not valid UTF-8: %q", me.Violation.Message)
			}
		})
	}
}

func TestMalformedErrorText(t *testing.T) {
	var r testRecord
	err := strictjson.Decode([]byte(`{} x`), &r)
	var me *strictjson.MalformedError
	if !errors.As(err, &me) {
		t.Fatalf("Decode = %v", err)
	}
	want := itu.Violation{Code: "json.syntax", Message: "not valid JSON: invalid character 'x' after top-level value at byte 3"}
	if diff := cmp.Diff(want, me.Violation); diff != "" {
		t.Errorf("violation mismatch (-want +got):\n%s", diff)
	}
	if got, want := me.Error(), "itu: malformed input at byte 3: "+want.Message; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestDecodeTooLarge(t *testing.T) {
	payload := []byte(`{"a":{"c":"` + strings.Repeat("x", 200) + `"}}`)
	tests := []struct {
		name    string
		max     int64
		wantErr bool
	}{
		{"under the limit", int64(len(payload)) + 1, false},
		{"at the limit", int64(len(payload)), false},
		{"over the limit", int64(len(payload)) - 1, true},
		{"tiny limit", 1, true},
		{"largest limit", math.MaxInt64, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for name, decode := range map[string]func() error{
				"Decode": func() error {
					var r testRecord
					return strictjson.Decode(payload, &r, strictjson.DecodeOptions{MaxBytes: tt.max})
				},
				"DecodeReader": func() error {
					var r testRecord
					return strictjson.DecodeReader(bytes.NewReader(payload), &r, strictjson.DecodeOptions{MaxBytes: tt.max})
				},
			} {
				err := decode()
				if !tt.wantErr {
					if err != nil {
						t.Errorf("%s() error = %v", name, err)
					}
					continue
				}
				var me *strictjson.MalformedError
				if !errors.As(err, &me) || !errors.Is(err, strictjson.ErrMalformed) || me.Violation.Code != "json.too_large" {
					t.Errorf("%s() = %v, want a json.too_large *MalformedError", name, err)
				}
			}
		})
	}
}

func TestDecodeDefaultLimit(t *testing.T) {
	big := make([]byte, strictjson.DefaultMaxBytes+1)
	for i := range big {
		big[i] = ' '
	}
	var r testRecord
	var me *strictjson.MalformedError
	if err := strictjson.Decode(big, &r); !errors.As(err, &me) || me.Violation.Code != "json.too_large" {
		t.Errorf("Decode(DefaultMaxBytes+1 bytes) = %v, want json.too_large", err)
	}
}

// countingReader yields an endless JSON-ish stream and counts what is read.
type countingReader struct{ n int64 }

func (c *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	c.n += int64(len(p))
	return len(p), nil
}

func TestDecodeReaderStopsAtLimit(t *testing.T) {
	for _, max := range []int64{1, 100, 4096, 1 << 16} {
		cr := &countingReader{}
		var r testRecord
		err := strictjson.DecodeReader(cr, &r, strictjson.DecodeOptions{MaxBytes: max})
		var me *strictjson.MalformedError
		if !errors.As(err, &me) || me.Violation.Code != "json.too_large" {
			t.Errorf("DecodeReader(endless, max %d) = %v, want json.too_large", max, err)
		}
		if cr.n > max+1 {
			t.Errorf("DecodeReader(endless, max %d) read %d bytes, want at most %d", max, cr.n, max+1)
		}
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, io.ErrClosedPipe }

func TestDecodeReaderError(t *testing.T) {
	var r testRecord
	err := strictjson.DecodeReader(errReader{}, &r)
	if !errors.Is(err, io.ErrClosedPipe) || errors.Is(err, strictjson.ErrMalformed) || errors.Is(err, itu.ErrInvalid) {
		t.Errorf("DecodeReader(failing reader) = %v, want the read error", err)
	}
	if err := strictjson.DecodeReader(strings.NewReader(`{"a":{"b":7}}`), &r); err != nil || r.A.B != 7 {
		t.Errorf("DecodeReader = %+v, %v", r, err)
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	rec := testRecord{
		Kind:   itu.KindCV,
		A:      testInner{B: 1, C: "Café <b>&</b>", P: itu.DirectorTSB},
		List:   []testInner{{B: 2}, {B: 3, C: "x"}},
		Date:   civil.MustParseDate("2021-11-09"),
		Period: civil.MustParsePeriod("2009 - 2014"),
		Small:  255,
		Big:    math.MinInt64,
		Tags:   map[string]string{"z": "last", "a": "first", "m": "é"},
	}
	b, err := strictjson.Encode(rec)
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "kind": "cv",
  "a": {
    "b": 1,
    "c": "Café <b>&</b>",
    "post": "TSB"
  },
  "list": [
    {
      "b": 2
    },
    {
      "b": 3,
      "c": "x"
    }
  ],
  "date": "2021-11-09",
  "period": "2009 - 2014",
  "small": 255,
  "big": -9223372036854775808,
  "tags": {
    "a": "first",
    "m": "é",
    "z": "last"
  }
}
`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("Encode mismatch (-want +got):\n%s", diff)
	}
	var back testRecord
	if err := strictjson.Decode(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rec, back); diff != "" {
		t.Errorf("Decode(Encode) mismatch (-want +got):\n%s", diff)
	}
	again, err := strictjson.Encode(back)
	if err != nil || !bytes.Equal(again, b) {
		t.Errorf("Encode(Decode(Encode)) differs:\n%s", again)
	}
}

func TestEncodeError(t *testing.T) {
	for _, v := range []any{testInner{P: 99}, struct{ D civil.Date }{civil.Date{Year: 2021, Month: 2, Day: 30}}, make(chan int)} {
		if _, err := strictjson.Encode(v); err == nil {
			t.Errorf("Encode(%#v) succeeded, want an error", v)
		}
	}
}

func TestDecodeMessagesStayShort(t *testing.T) {
	long := strings.Repeat("é", 1<<15)
	for _, in := range []string{
		`{"a":{"post":"` + long + `"}}`,
		`{"period":"` + long + `"}`,
		`{"a":{"b":"` + long + `"}}`,
		`{"a":{"b":` + strings.Repeat("9", 1<<16) + `}}`,
		`{"big":` + strings.Repeat("9", 1<<16) + `}`,
	} {
		var r testRecord
		vs := itu.Violations(strictjson.Decode([]byte(in), &r))
		if len(vs) != 1 {
			t.Errorf("Decode(%.30q…) gave %d violations, want 1", in, len(vs))
			continue
		}
		if m := vs[0].Message; len(m) > 300 || !utf8.ValidString(m) {
			t.Errorf("Decode(%.30q…) message is %d bytes (valid UTF-8 %v): %.100q", in, len(m), utf8.ValidString(m), m)
		}
		if _, err := strictjson.Encode(vs); err != nil {
			t.Errorf("Encode(violations) error = %v", err)
		}
	}
}

// fuzzRecord uses every root type a payload carries.
type fuzzRecord struct {
	Kind       itu.Kind          `json:"kind,omitzero"`
	Post       itu.Post          `json:"post"`
	Region     itu.Region        `json:"region,omitzero"`
	State      itu.StateCode     `json:"state,omitzero"`
	Date       civil.Date        `json:"date,omitzero"`
	Since      civil.PartialDate `json:"since,omitzero"`
	Periods    []civil.Period    `json:"periods,omitzero"`
	Language   itu.Language      `json:"language,omitzero"`
	Name       names.Name        `json:"name"`
	Count      int               `json:"count,omitzero"`
	Flag       bool              `json:"flag,omitzero"`
	Nested     *fuzzRecord       `json:"nested,omitzero"`
	Tags       map[string]string `json:"tags,omitzero"`
	Violations []itu.Violation   `json:"violations,omitzero"`
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"kind":"cv","post":"DSG","region":"E","state":"KOR","date":"2021-11-09","since":"2014-05","periods":["2015 – Present","2009 - 2014","1983"],"language":"en","name":"Dr Chaesub LEE","count":3,"flag":true,"nested":{"post":"","name":""},"tags":{"a":"b"},"violations":[{"path":"/a","code":"x.y","severity":"warning","message":"m"}]}`))
	for _, tt := range decodeTests {
		f.Add([]byte(tt.in))
	}
	for _, tt := range malformedTests {
		f.Add([]byte(tt.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r fuzzRecord
		err := strictjson.Decode(data, &r)
		if err != nil {
			var ve *itu.ValidationError
			var me *strictjson.MalformedError
			switch {
			case errors.As(err, &me):
				if !errors.Is(err, strictjson.ErrMalformed) || !utf8.ValidString(me.Error()) {
					t.Fatalf("Decode(%q) = %v", data, err)
				}
			case errors.As(err, &ve):
				if !errors.Is(err, itu.ErrInvalid) || len(ve.Violations) == 0 {
					t.Fatalf("Decode(%q) = %v, want ErrInvalid", data, err)
				}
				if _, err := strictjson.Encode(ve); err != nil {
					t.Fatalf("Encode(%v) error = %v", ve, err)
				}
			default:
				t.Fatalf("Decode(%q) = %T %v, want a *ValidationError or *MalformedError", data, err, err)
			}
			return
		}
		b, err := strictjson.Encode(r)
		if err != nil {
			t.Fatalf("Encode(%+v) error = %v (decoded from %q)", r, err, data)
		}
		var back fuzzRecord
		if err := strictjson.Decode(b, &back); err != nil {
			t.Fatalf("Decode(Encode) error = %v\n%s", err, b)
		}
		if diff := cmp.Diff(r, back); diff != "" {
			t.Fatalf("Decode(Encode(%q)) mismatch (-want +got):\n%s", data, diff)
		}
		again, err := strictjson.Encode(back)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("Encode not stable:\n%s\nthen\n%s", b, again)
		}
	})
}

// sizedReader is a reader that declares a length, honestly or not, as a
// request body wrapped with its Content-Length does.
type sizedReader struct {
	io.Reader
	n int
}

func (s sizedReader) Len() int { return s.n }

// TestReadSized checks that a reader's declared length changes only the
// buffer, never what is read: a body shorter or longer than it says, or
// longer than the limit, reads as any other reader does.
func TestReadSized(t *testing.T) {
	payload := `{"a":{"b":7}}`
	for _, tt := range []struct {
		name     string
		declared int
		max      int64
		wantErr  string // "" for payload read in full
	}{
		{"honest", len(payload), 0, ""},
		{"says less", 3, 0, ""},
		{"says more", 10 << 20, 0, ""},
		{"says nothing", -1, 0, ""},
		{"over the limit", len(payload), 5, "json.too_large"},
		{"over the limit, says less", 2, 5, "json.too_large"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := strictjson.Read(sizedReader{strings.NewReader(payload), tt.declared}, strictjson.DecodeOptions{MaxBytes: tt.max})
			if tt.wantErr != "" {
				var me *strictjson.MalformedError
				if !errors.As(err, &me) || me.Violation.Code != tt.wantErr {
					t.Fatalf("Read = %q, %v; want %s", got, err, tt.wantErr)
				}
				return
			}
			if err != nil || string(got) != payload {
				t.Fatalf("Read = %q, %v; want %q", got, err, payload)
			}
		})
	}
}

// TestReadSizedAllocatesOnce: a reader that tells its length is read into
// one buffer, not one grown from 512 bytes.
func TestReadSizedAllocatesOnce(t *testing.T) {
	data := strings.Repeat(" ", 100<<10) + "{}"
	allocs := testing.AllocsPerRun(20, func() {
		if _, err := strictjson.Read(strings.NewReader(data)); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 3 { // the buffer, and the reader's small change
		t.Errorf("Read of a *strings.Reader allocates %v times; want one buffer", allocs)
	}
}
