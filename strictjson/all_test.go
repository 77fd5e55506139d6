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

// faultRecord stands in for a payload type: text, numbers, coded values,
// lists, a map with coded keys and a nested record.
type faultRecord struct {
	Name  string             `json:"name,omitzero"`
	Count uint8              `json:"count,omitzero"`
	Date  civil.Date         `json:"date,omitzero"`
	Dates []civil.Date       `json:"dates,omitzero"`
	Seen  map[civil.Date]int `json:"seen,omitzero"`
	Tags  []string           `json:"tags,omitzero" validate:"max=2"`
	Sub   *faultRecord       `json:"sub,omitzero"`
}

const faultFields = "name, count, date, dates, seen, tags, sub"

func unknown(path, name string) itu.Violation {
	return itu.Violation{Path: path, Code: "json.unknown_field", Message: fmt.Sprintf("unknown field %q; the fields allowed here are %s", name, faultFields)}
}

func fault(path, code, msg string) itu.Violation {
	return itu.Violation{Path: path, Code: code, Message: msg}
}

var allFaultTests = []struct {
	name string
	in   string
	want []itu.Violation
}{
	{"three unknown members and a wrong type", `{"x":1,"y":2,"name":5,"z":{"a":1}}`, []itu.Violation{
		fault("/name", "json.type", "want a JSON string, got a JSON number"),
		unknown("/x", "x"), unknown("/y", "y"), unknown("/z", "z"),
	}},
	{"unknown members at every depth", `{"sub":{"q":1,"sub":{"r":[1]}},"p":null}`, []itu.Violation{
		unknown("/p", "p"), unknown("/sub/q", "q"), unknown("/sub/sub/r", "r"),
	}},
	{"wrong types and bad values everywhere", `{"name":"a","count":300,"date":"2022-13-01","dates":["2022-01-01",5,"x"],"sub":{"count":-1,"name":[]}}`, []itu.Violation{
		fault("/count", "json.value", "want a JSON whole number from 0 to 255, got a JSON number (300)"),
		fault("/date", "json.value", `parse date "2022-13-01": bad date (no such calendar day)`),
		fault("/dates/1", "json.type", "want a JSON string, got a JSON number"),
		fault("/dates/2", "json.value", `parse date "x": bad date (want YYYY-MM-DD)`),
		fault("/sub/count", "json.value", "want a JSON whole number from 0 to 255, got a JSON number (-1)"),
		fault("/sub/name", "json.type", "want a JSON string, got a JSON array"),
	}},
	{"bad map keys and values", `{"seen":{"2022-01-01":1,"bad":2,"2022-02-02":"x"}}`, []itu.Violation{
		fault("/seen/2022-02-02", "json.type", "want a JSON whole number from -9223372036854775808 to 9223372036854775807, got a JSON string"),
		fault("/seen/bad", "json.value", `parse date "bad": bad date (want YYYY-MM-DD)`),
	}},
	{"objects and arrays of the wrong shape", `{"sub":[],"dates":{},"seen":[],"name":{}}`, []itu.Violation{
		fault("/dates", "json.type", "want a JSON array, got a JSON object"),
		fault("/name", "json.type", "want a JSON string, got a JSON object"),
		fault("/seen", "json.type", "want a JSON object, got a JSON array"),
		fault("/sub", "json.type", "want a JSON object, got a JSON array"),
	}},
	{"repeated keys among the other faults", `{"x":1,"name":"a","name":"b","count":"c","y":2,"sub":{"count":1,"count":2}}`, []itu.Violation{
		fault("/count", "json.type", "want a JSON whole number from 0 to 255, got a JSON string"),
		fault("/name", "json.duplicate_key", `member "name" appears more than once; keep one`),
		fault("/sub/count", "json.duplicate_key", `member "count" appears more than once; keep one`),
		unknown("/x", "x"), unknown("/y", "y"),
	}},
	{"a repeated map key, first fault of the strict decoder", `{"seen":{"2022-01-01":1,"2022-01-01":2},"name":1}`, []itu.Violation{
		fault("/name", "json.type", "want a JSON string, got a JSON number"),
		fault("/seen/2022-01-01", "json.duplicate_key", `member "2022-01-01" appears more than once; keep one`),
	}},
	{"a list past its bound is not decoded", `{"tags":["a","b","c"],"x":1,"count":"c"}`, []itu.Violation{
		fault("/tags", "field.too_many", "has 3 items; at most 2 allowed"),
		unknown("/x", "x"),
	}},
}

// TestDecodeEveryFault is the first half of issue 17's "every fault in one
// answer": Decode lists every structural fault of a payload, each with its
// path, sorted by path, where it used to stop at the first.
func TestDecodeEveryFault(t *testing.T) {
	for _, tt := range allFaultTests {
		t.Run(tt.name, func(t *testing.T) {
			var r faultRecord
			err := strictjson.Decode([]byte(tt.in), &r)
			var ve *itu.ValidationError
			if !errors.As(err, &ve) || errors.Is(err, strictjson.ErrMalformed) {
				t.Fatalf("Decode() error = %v; want a *ValidationError", err)
			}
			if diff := cmp.Diff(tt.want, ve.Violations); diff != "" {
				t.Errorf("violations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDecodeEveryFaultRecord: after faults, the record holds what decoded:
// the whole record when the only faults are unknown members, each faulty
// value left zero otherwise.
func TestDecodeEveryFaultRecord(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want faultRecord
	}{
		{"unknown members only", `{"x":1,"name":"a","dates":["2022-01-01"],"sub":{"y":2,"count":3}}`,
			faultRecord{Name: "a", Dates: []civil.Date{civil.MustParseDate("2022-01-01")}, Sub: &faultRecord{Count: 3}}},
		{"a wrong type", `{"name":5,"count":2,"dates":["2022-01-01",7]}`,
			faultRecord{Count: 2, Dates: []civil.Date{civil.MustParseDate("2022-01-01"), {}}}},
		{"a bad map key", `{"seen":{"bad":1,"2022-01-01":2}}`,
			faultRecord{Seen: map[civil.Date]int{civil.MustParseDate("2022-01-01"): 2}}},
		{"a strict first pass leaves nothing behind", `{"name":"a","x":1,"count":"c"}`, faultRecord{Name: "a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got faultRecord
			if err := strictjson.Decode([]byte(tt.in), &got); !errors.Is(err, itu.ErrInvalid) {
				t.Fatalf("Decode() error = %v; want a *ValidationError", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("record mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDecodeEveryFaultMalformed: text that is not JSON anywhere in the
// payload is one *MalformedError, whatever faults come before it.
func TestDecodeEveryFaultMalformed(t *testing.T) {
	for _, in := range []string{`{"x":1,"count":"a",}`, `{"x":1,"count":"a"} x`, `{"x":1,"name":5,"sub":{"y":2,`, "{\"x\":1,\"name\":\"\xff\"}"} {
		t.Run(in, func(t *testing.T) {
			err := strictjson.Decode([]byte(in), new(faultRecord))
			var me *strictjson.MalformedError
			if !errors.As(err, &me) || me.Violation.Code != "json.syntax" {
				t.Errorf("Decode() error = %v; want one json.syntax *MalformedError", err)
			}
		})
	}
}

// TestDecodeEveryFaultBound: however many faults a payload holds, Decode
// lists at most 100 of one rule and counts the rest in one
// violations.truncated violation, and its memory stays a small multiple of
// the payload's size: a fault past the cap costs no message and no path.
func TestDecodeEveryFaultBound(t *testing.T) {
	var members, items strings.Builder
	members.WriteString(`{`)
	for i := range 100_000 {
		fmt.Fprintf(&members, `"m%d":%d,`, i, i)
	}
	members.WriteString(`"name":"a"}`)
	items.WriteString(`{"dates":[`)
	for range 5_000 {
		items.WriteString(`1,"x",`)
	}
	items.WriteString(`"2022-01-01"]}`)
	tests := []struct {
		name     string
		in       string
		maxAlloc uint64
		want     map[string]int // violations listed, by code
		more     string         // the message of the truncated violation
	}{
		{"100,000 unknown members", members.String(), 8 << 20,
			map[string]int{"json.unknown_field": 100, "violations.truncated": 1},
			"99900 more violations not listed; a check lists at most 100 of one rule and 1000 in all"},
		{"10,000 bad items", items.String(), 8 << 20,
			map[string]int{"json.type": 100, "json.value": 100, "violations.truncated": 1},
			"9800 more violations not listed; a check lists at most 100 of one rule and 1000 in all"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			alloc := allocatedBy(func() {
				err = strictjson.Decode([]byte(tt.in), new(faultRecord), strictjson.DecodeOptions{MaxItems: 20_000})
			})
			vs := itu.Violations(err)
			got := map[string]int{}
			for _, v := range vs {
				got[v.Code]++
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("violations by code mismatch (-want +got):\n%s", diff)
			}
			if last := vs[len(vs)-1]; last.Message != tt.more || last.Path != "" || last.Severity != itu.Error {
				t.Errorf("last violation = %v; want the truncated count %q", last, tt.more)
			}
			if alloc > tt.maxAlloc {
				t.Errorf("Decode() allocated %d bytes for a %d-byte payload; want at most %d", alloc, len(tt.in), tt.maxAlloc)
			}
		})
	}
}

func allocatedBy(f func()) uint64 {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// FuzzDecodeEveryFault: Decode never panics; it accepts exactly what the
// strict decoder accepts; a fault is either one *MalformedError or a
// *ValidationError of at most 100 violations of one rule plus the count of
// the rest, each with a path into the payload.
func FuzzDecodeEveryFault(f *testing.F) {
	for _, tt := range allFaultTests {
		f.Add([]byte(tt.in))
	}
	for _, s := range []string{``, `{}`, `null`, `{"seen":{"":1}}`, `{"sub":null,"dates":null}`, `{"tags":[1,2]}`, `{"sub":{"sub":{"sub":[]}}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var got, strict faultRecord
		err := strictjson.Decode(data, &got)
		strictErr := json.Unmarshal(data, &strict, json.RejectUnknownMembers(true))
		if (err == nil) != (strictErr == nil) && !strings.Contains(fmt.Sprint(err), "too_many") {
			t.Fatalf("Decode() error = %v, the strict decoder's %v; want both nil or both not", err, strictErr)
		}
		var me *strictjson.MalformedError
		if err == nil || errors.As(err, &me) {
			return
		}
		vs := itu.Violations(err)
		if len(vs) == 0 || !errors.Is(err, itu.ErrInvalid) {
			t.Fatalf("Decode() error = %v; want a *ValidationError with violations", err)
		}
		perCode := map[string]int{}
		for _, v := range vs {
			if perCode[v.Code]++; perCode[v.Code] > 100 {
				t.Fatalf("more than 100 %s violations", v.Code)
			}
			if v.Path != "" && v.Path[0] != '/' {
				t.Fatalf("violation %v has no JSON Pointer path", v)
			}
		}
	})
}
