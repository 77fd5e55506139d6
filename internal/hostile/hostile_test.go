// Package hostile holds tests only: a catalogue of hostile payloads fed
// through payload.Check and strictjson.Decode, a concurrency test, and near-maximal
// valid payloads showing the input bounds leave room for real documents.
package hostile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// asOf is the day payloads are checked on: the close of PP-22, as the corpus.
var asOf = itu.AsOf(civil.MustParseDate("2022-10-14"))

// maxAlloc is the most any one check may allocate: generous, and far below
// what an unbounded decoder allocates for the payloads below.
const maxAlloc = 64 << 20

// maxMessage is the longest message a violation may have: hostile input is
// never echoed back in full.
const maxMessage = 1000

// want is a violation that must be among those reported.
type want struct{ path, code string }

// hostileTest is one row of the catalogue. At most one of wantErr and want
// is set: wantErr is the sentinel of the error payload.Check returns (with
// wantCode, the code of the *strictjson.MalformedError's violation), want the
// violations (path and code) the result must include; with neither, the
// payload must be valid. A want path ending in "*" matches any path it
// begins. maxViolations and maxPath, when set, bound how many violations
// are reported and how long each path is, in bytes.
type hostileTest struct {
	name          string
	kind          itu.Kind // passed to payload.Check; "" reads the "kind" member
	in            func() []byte
	wantErr       error
	wantCode      string
	want          []want
	maxViolations int
	maxPath       int
	warnOnly      bool // every wanted violation is a warning, so the payload is valid
}

func TestHostile(t *testing.T) {
	var rows []hostileTest
	for _, group := range [][]hostileTest{syntaxRows(), nestingRows(), sizeRows(), textRows(), numberRows(), dateRows(), voteRows(), duplicateRows(), kindRows(),
		crashRows(), invisibleRows(), identityRows(), pointerRows(), boundRows()} {
		rows = append(rows, group...)
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) { runHostile(t, tt) })
	}
}

func runHostile(t *testing.T, tt hostileTest) {
	data := tt.in()
	var (
		res payload.Result
		err error
	)
	alloc := allocated(t, func() { res, err = payload.Check(data, tt.kind, asOf) })
	t.Logf("%d bytes in, %.1f MiB allocated", len(data), float64(alloc)/(1<<20))
	if alloc > maxAlloc {
		t.Errorf("payload.Check allocated %d MiB for %d bytes; want under %d MiB", alloc>>20, len(data), maxAlloc>>20)
	}
	if tt.wantErr != nil {
		if !errors.Is(err, tt.wantErr) {
			t.Fatalf("payload.Check() error = %v; want %v", err, tt.wantErr)
		}
		var me *strictjson.MalformedError
		if tt.wantCode != "" && (!errors.As(err, &me) || me.Violation.Code != tt.wantCode) {
			t.Errorf("payload.Check() error = %v; want a %s violation", err, tt.wantCode)
		}
		checkMessages(t, itu.Violations(err))
		if len(err.Error()) > maxMessage {
			t.Errorf("error is %d bytes long; want at most %d", len(err.Error()), maxMessage)
		}
	} else {
		if err != nil {
			t.Fatalf("payload.Check() error = %v; want violations %v", err, tt.want)
		}
		if valid := tt.want == nil || tt.warnOnly; res.Valid() != valid {
			t.Errorf("payload.Check() valid = %v; want %v:\n%s", res.Valid(), valid, list(res.Violations))
		}
		for _, w := range tt.want {
			if !hasViolation(res.Violations, w) {
				t.Errorf("no %s violation at %q; got:\n%s", w.code, w.path, list(res.Violations))
			}
		}
		checkMessages(t, res.Violations)
	}
	if n := len(res.Violations); tt.maxViolations > 0 && n > tt.maxViolations {
		t.Errorf("%d violations; want at most %d (the rest summarised)", n, tt.maxViolations)
	}
	for _, v := range res.Violations {
		if tt.maxPath > 0 && len(v.Path) > tt.maxPath {
			t.Errorf("a %s violation has a %d-byte path %.80q…; want at most %d bytes", v.Code, len(v.Path), v.Path, tt.maxPath)
			break
		}
	}
	sameAsDecode(t, data, tt.kind, res, err)
}

// sameAsDecode checks that strictjson.Decode into the record reports what
// payload.Check reported for the decoding.
func sameAsDecode(t *testing.T, data []byte, k itu.Kind, res payload.Result, checkErr error) {
	t.Helper()
	if k == "" {
		var err error
		if k, err = payload.KindOf(data); err != nil {
			return // payload.Check failed for the same reason
		}
	} else if own, err := payload.KindOf(data); err == nil && own != k {
		return // payload.Check reports the kind mismatch instead of decoding
	} else if errors.Is(err, strictjson.ErrMalformed) {
		// Not a JSON object: payload.Check refuses it as malformed whatever
		// kind is given; strictjson.Decode, asked for a record, still must refuse it.
		if strictjson.Decode(data, new(struct{})) == nil {
			t.Errorf("strictjson.Decode() accepts what payload.Check reports as %v", checkErr)
		}
		return
	}
	rec, err := payload.New(k)
	if err != nil {
		return
	}
	decErr := strictjson.Decode(data, rec)
	var ve *itu.ValidationError
	switch {
	case checkErr != nil:
		if !errors.Is(decErr, strictjson.ErrMalformed) || decErr.Error() != checkErr.Error() {
			t.Errorf("strictjson.Decode() error = %v; want %v as payload.Check reported", decErr, checkErr)
		}
	case errors.As(decErr, &ve):
		if diff := cmp.Diff(res.Violations, ve.Violations); diff != "" {
			t.Errorf("strictjson.Decode() and payload.Check() disagree (-check +decode):\n%s", diff)
		}
	case decErr != nil:
		t.Errorf("strictjson.Decode() error = %v; payload.Check() reported %v", decErr, res.Violations)
	}
}

// allocated returns the bytes f allocates, and fails t if f panics.
func allocated(t *testing.T, f func()) uint64 {
	t.Helper()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		f()
	}()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func hasViolation(vs []itu.Violation, w want) bool {
	prefix, isPrefix := strings.CutSuffix(w.path, "*")
	for _, v := range vs {
		if (v.Path == w.path || isPrefix && strings.HasPrefix(v.Path, prefix)) && v.Code == w.code {
			return true
		}
	}
	return false
}

// checkMessages fails t for a violation with no code, or a message that is
// empty, too long or not valid UTF-8.
func checkMessages(t *testing.T, vs []itu.Violation) {
	t.Helper()
	bad := 0
	for _, v := range vs {
		if v.Code == "" || v.Message == "" || len(v.Message) > maxMessage || !utf8.ValidString(v.Message) {
			if bad++; bad <= 3 {
				t.Errorf("violation %.200q (code %q, %d-byte message) is not a clear report", v.Message, v.Code, len(v.Message))
			}
		}
	}
	if bad > 3 {
		t.Errorf("and %d more such violations", bad-3)
	}
}

func list(vs []itu.Violation) string {
	var b strings.Builder
	for _, v := range vs {
		fmt.Fprintf(&b, "\t%s\n", v.Error())
	}
	return b.String()
}

// fixture reads a valid payload of the shipped corpus.
func fixture(name string) []byte {
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "testdata", "valid", name+".json"))
	if err != nil {
		panic(err)
	}
	return b
}

// patched returns a valid fixture with the value at a JSON Pointer replaced by
// raw JSON text (added when the member is missing).
func patched(name, ptr, raw string) func() []byte {
	return func() []byte { return patch(fixture(name), ptr, raw) }
}

func patch(data []byte, ptr, raw string) []byte {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		panic(err)
	}
	toks := strings.Split(ptr, "/")[1:]
	cur := doc
	for i, tok := range toks {
		last := i == len(toks)-1
		switch c := cur.(type) {
		case map[string]any:
			if last {
				c[tok] = json.RawMessage(raw)
			}
			cur = c[tok]
		case []any:
			n, err := strconv.Atoi(tok)
			if err != nil {
				panic(ptr)
			}
			if last {
				c[n] = json.RawMessage(raw)
			}
			cur = c[n]
		default:
			panic("no " + ptr)
		}
	}
	b, err := json.Marshal(doc)
	if err != nil {
		panic(err)
	}
	return b
}

func text(s string) func() []byte { return func() []byte { return []byte(s) } }

// repeat returns a JSON array of n copies of elem.
func repeat(elem string, n int) string {
	return "[" + strings.Repeat(elem+",", n-1) + elem + "]"
}

func syntaxRows() []hostileTest {
	return []hostileTest{
		{name: "empty body", in: text(""), wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "only white space", in: text(" \n\t\r  "), wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "JSON array", in: text(`[{"kind":"cv"}]`), wantErr: strictjson.ErrMalformed, wantCode: "json.type"},
		{name: "JSON string", in: text(`"cv"`), wantErr: strictjson.ErrMalformed, wantCode: "json.type"},
		{name: "JSON number", in: text(`1e400`), wantErr: strictjson.ErrMalformed, wantCode: "json.type"},
		{name: "JSON null", in: text(`null`), wantErr: strictjson.ErrMalformed, wantCode: "json.type"},
		{name: "array with kind given", kind: itu.KindCV, in: text(`[]`), wantErr: strictjson.ErrMalformed, wantCode: "json.type"},
		{name: "byte order mark", in: func() []byte { return append([]byte("\xef\xbb\xbf"), fixture("korea-2021-note")...) }, wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "trailing garbage", in: func() []byte { return append(fixture("korea-2021-note"), "garbage"...) }, wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "trailing comma", in: func() []byte { return append(fixture("korea-2021-note"), ","...) }, wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "second object", in: func() []byte { return append(fixture("korea-2021-note"), fixture("korea-2021-note")...) }, wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "truncated", in: func() []byte { b := fixture("korea-2021-cv"); return b[:len(b)/2] }, wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "comment", in: text(`{"kind":"note" /* hi */}`), wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "single quotes", in: text(`{'kind':'note'}`), wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "NaN", kind: itu.KindElection, in: text(`{"seats":NaN}`), wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
	}
}

func nestingRows() []hostileTest {
	deep := func(open, close string, n int) string { return strings.Repeat(open, n) + strings.Repeat(close, n) }
	return []hostileTest{
		{name: "100k nested arrays in an unknown member", in: text(`{"kind":"cv","x":` + deep("[", "]", 1e5) + `}`), wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "100k nested arrays in a string field", in: text(`{"kind":"cv","name":` + deep("[", "]", 1e5) + `}`), wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "100k nested objects in a list", in: text(`{"kind":"cv","career":[` + deep(`{"a":`, "}", 1e5) + `]}`), wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "1M nested arrays", in: text(`{"kind":"letter","text":` + deep("[", "]", 1e6) + `}`), wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "nesting under the limit in an unknown member", in: text(`{"kind":"cv","x":` + deep("[", "]", 9000) + `}`), want: []want{{"/x", "json.unknown_field"}}},
		{name: "array in a string field", in: patched("korea-2021-cv", "/name", `[["DR. LEE, CHAESUB"]]`), want: []want{{"/name", "json.type"}}},
		{name: "object in a date field", in: patched("korea-2021-note", "/date", `{"year":2021}`), want: []want{{"/date", "json.type"}}},
	}
}

func sizeRows() []hostileTest {
	long := func(n int) string { return `"` + strings.Repeat("a", n) + `"` }
	return []hostileTest{
		{name: "10 MB name", in: patched("korea-2021-cv", "/name", long(10<<20)), wantErr: strictjson.ErrMalformed, wantCode: "json.too_large"},
		{name: "3 MB name", in: patched("korea-2021-cv", "/name", long(3<<20)), want: []want{{"/name", "field.too_long"}}},
		{name: "3 MB of escapes in a name", in: patched("korea-2021-cv", "/name", `"`+strings.Repeat(`\u00e9`, 600_000)+`"`), want: []want{{"/name", "field.too_long"}}},
		{name: "3 MB unknown member name", in: text(`{"kind":"cv",` + long(3<<20) + `:1}`), want: []want{{"/" + strings.Repeat("a", 32) + "*", "json.unknown_field"}}, maxPath: 200},
		{name: "one byte over the limit", in: func() []byte { return padTo(fixture("korea-2021-note"), strictjson.DefaultMaxBytes+1) }, wantErr: strictjson.ErrMalformed, wantCode: "json.too_large"},
		{name: "at the limit", in: func() []byte { return padTo(fixture("korea-2021-note"), strictjson.DefaultMaxBytes) }, want: nil},
		{name: "1M empty items in a list", in: patched("korea-2021-cv", "/career", repeat("{}", 1e6)), want: []want{{"/career", "field.too_many"}}},
		{name: "1M strings in a list", in: patched("korea-2021-letter", "/text", repeat(`""`, 1e6)), want: []want{{"/text", "field.too_many"}}},
		{name: "1M numbers in a string field", in: patched("korea-2021-cv", "/name", repeat("0", 1e6)), want: []want{{"/name", "json.type"}}},
		{name: "1M items in an unknown member", in: text(`{"kind":"note","x":` + repeat("{}", 1e6) + `}`), want: []want{{"/x", "json.unknown_field"}}},
		{name: "300k rounds", in: patched("pp-22-sg-election", "/rounds", repeat(`{"number":1}`, 300_000)), want: []want{{"/rounds", "field.too_many"}}},
		{name: "300k members in a vote map", in: patched("pp-22-sg-election", "/rounds/0/votes", manyVotes(300_000)), want: []want{{"/rounds/0/votes", "field.too_many"}}},
		{name: "nearly the item limit, each item a violation", in: patched("korea-2021-vision-statement", "/sections", repeat(`{"heading":"x","paragraphs":`+repeat(`{"spans":`+repeat(`{}`, 500)+`}`, 19)+`}`, 1)), want: []want{{"/sections/0/paragraphs/0/spans/0/text", "field.required"}, {"", "violations.truncated"}}},
		{name: "nested lists past the item limit", in: patched("korea-2021-vision-statement", "/sections", repeat(`{"paragraphs":`+repeat(`{"spans":`+repeat(`{"text":"x"}`, 500)+`}`, 200)+`}`, 2)), wantErr: strictjson.ErrMalformed, wantCode: "json.too_large"},
	}
}

// padTo pads a payload with spaces before its closing brace to n bytes.
func padTo(b []byte, n int) []byte {
	i := bytes.LastIndexByte(b, '}')
	out := make([]byte, 0, n)
	out = append(out, b[:i]...)
	out = append(out, bytes.Repeat([]byte(" "), n-len(b))...)
	return append(out, b[i:]...)
}

// manyVotes returns a JSON object of n distinct three-letter keys.
func manyVotes(n int) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"%c%c%c%d":1`, 'A'+i%26, 'A'+i/26%26, 'A'+i/676%26, i/17576)
	}
	b.WriteByte('}')
	return b.String()
}

func textRows() []hostileTest {
	return []hostileTest{
		{name: "invalid UTF-8", in: func() []byte {
			return bytes.Replace(fixture("korea-2021-note"), []byte("PLENARY"), []byte("PLEN\xffARY"), 1)
		}, wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "overlong UTF-8", in: func() []byte {
			return bytes.Replace(fixture("korea-2021-note"), []byte("PLENARY"), []byte("PLEN\xc0\xafARY"), 1)
		}, wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "UTF-8 surrogate", in: func() []byte {
			return bytes.Replace(fixture("korea-2021-note"), []byte("PLENARY"), []byte("PLEN\xed\xa0\x80ARY"), 1)
		}, wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "escaped lone surrogate", in: patched("korea-2021-note", "/body", `"PLEN\ud800ARY"`), wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "raw NUL", in: func() []byte {
			return bytes.Replace(fixture("korea-2021-note"), []byte("PLENARY"), []byte("PLEN\x00ARY"), 1)
		}, wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "raw tab inside a string", in: func() []byte {
			return bytes.Replace(fixture("korea-2021-note"), []byte("PLENARY"), []byte("PLEN\tARY"), 1)
		}, wantErr: strictjson.ErrMalformed, wantCode: "json.syntax"},
		{name: "escaped NUL in a name", in: patched("korea-2021-cv", "/name", `"DR. LEE,\u0000CHAESUB"`), want: []want{{"/name", "field.text"}}},
		{name: "escaped NUL in text", in: patched("korea-2021-note", "/text/0", `"\u0000"`), want: []want{{"/text/0", "field.text"}}},
		{name: "escape character", in: patched("korea-2021-note", "/subject", `"CANDIDACY \u001b[31m"`), want: []want{{"/subject", "field.text"}}},
		{name: "DEL", in: patched("korea-2021-note", "/title", `"Note\u007f"`), want: []want{{"/title", "field.text"}}},
		{name: "C1 control", in: patched("korea-2021-letter", "/salutation", `"Dear\u0085Sir"`), want: []want{{"/salutation", "field.text"}}},
		{name: "only white space", in: patched("korea-2021-note", "/body", `" \n\t "`), want: []want{{"/body", "field.text"}}},
		{name: "empty required text", in: patched("korea-2021-note", "/body", `""`), want: []want{{"/body", "field.required"}}},
		{name: "NUL in a coded value", in: patched("korea-2021-note", "/original", `"e\u0000n"`), want: []want{{"/original", "json.value"}}},
		{name: "NUL in a map key", in: patched("pp-22-sg-election", "/rounds/0/votes", `{"US\u0000A":139,"RUS":25}`), want: []want{{"/rounds/0/votes/US\x00A", "field.too_long"}, {"/rounds/0/votes/US\x00A", "election.round.standing"}}},
	}
}

func numberRows() []hostileTest {
	const (
		e400   = "1e400"
		two63  = "9223372036854775808"
		minus1 = "-1"
	)
	return []hostileTest{
		{name: "seats 1e400", in: patched("pp-22-sg-election", "/seats", e400), want: []want{{"/seats", "json.value"}}},
		{name: "seats 2^63", in: patched("pp-22-sg-election", "/seats", two63), want: []want{{"/seats", "json.value"}}},
		{name: "seats -2^63-1", in: patched("pp-22-sg-election", "/seats", "-9223372036854775809"), want: []want{{"/seats", "json.value"}}},
		{name: "seats -1", in: patched("pp-22-sg-election", "/seats", minus1), want: []want{{"/seats", "field.range"}}},
		{name: "seats 1.5", in: patched("pp-22-sg-election", "/seats", "1.5"), want: []want{{"/seats", "json.value"}}},
		{name: "seats as a string", in: patched("pp-22-sg-election", "/seats", `"2"`), want: []want{{"/seats", "json.type"}}},
		{name: "seats 2^62", in: patched("pp-22-sg-election", "/seats", "4611686018427387904"), want: []want{{"/seats", "field.range"}}},
		{name: "votes 1e400", in: patched("pp-22-sg-election", "/rounds/0/votes/USA", e400), want: []want{{"/rounds/0/votes/USA", "json.value"}}},
		{name: "votes 2^63", in: patched("pp-22-sg-election", "/rounds/0/votes/USA", two63), want: []want{{"/rounds/0/votes/USA", "json.value"}}},
		{name: "votes -1", in: patched("pp-22-sg-election", "/rounds/0/votes/USA", minus1), want: []want{{"/rounds/0/votes/USA", "election.round.count"}}},
		{name: "votes 2^63-1", in: patched("pp-22-sg-election", "/rounds/0/votes/USA", "9223372036854775807"), want: []want{{"/rounds/0/votes/USA", "election.round.count"}}},
		{name: "blank -2^63", in: patched("pp-22-sg-election", "/rounds/0/blank", "-9223372036854775808"), want: []want{{"/rounds/0/blank", "election.round.count"}}},
		{name: "present and voting 2^63-1", in: patched("pp-22-sg-election", "/rounds/0/present_and_voting", "9223372036854775807"), want: []want{{"/rounds/0/present_and_voting", "election.round.count"}}},
		{name: "round number 2^63-1", in: patched("pp-22-sg-election", "/rounds/0/number", "9223372036854775807"), want: []want{{"/rounds/0/number", "election.round.number"}}},
		{name: "annexes -1", in: patched("korea-2021-note", "/annexes", minus1), want: []want{{"/annexes", "field.range"}}},
		{name: "conference number 1e400", in: patched("pp-22-conference", "/number", e400), want: []want{{"/number", "json.value"}}},
		{name: "council seats -1", in: patched("pp-22-conference", "/council_seats/A", minus1), want: []want{{"/council_seats/A", "field.range"}}},
		{name: "runoff after 2^63", in: patched("pp-22-sg-election", "/procedure", `{"runoff_after":`+two63+`}`), want: []want{{"/procedure/runoff_after", "json.value"}}},
		{name: "number with 1M digits", in: patched("pp-22-sg-election", "/seats", "1"+strings.Repeat("0", 1e6)), want: []want{{"/seats", "json.value"}}},
	}
}

func dateRows() []hostileTest {
	return []hostileTest{
		{name: "30 February", in: patched("korea-2021-note", "/date", `"2021-02-30"`), want: []want{{"/date", "json.value"}}},
		{name: "29 February in a common year", in: patched("korea-2021-note", "/date", `"2021-02-29"`), want: []want{{"/date", "json.value"}}},
		{name: "month 13", in: patched("korea-2021-note", "/date", `"2021-13-01"`), want: []want{{"/date", "json.value"}}},
		{name: "year 0", in: patched("korea-2021-note", "/date", `"0000-01-01"`), want: []want{{"/date", "json.value"}}},
		{name: "five-digit year", in: patched("korea-2021-note", "/date", `"20210-01-01"`), want: []want{{"/date", "json.value"}}},
		{name: "negative year", in: patched("korea-2021-note", "/date", `"-2021-01-01"`), want: []want{{"/date", "json.value"}}},
		{name: "date with time", in: patched("korea-2021-note", "/date", `"2021-11-09T00:00:00Z"`), want: []want{{"/date", "json.value"}}},
		{name: "date in the future", in: patched("korea-2021-note", "/date", `"2099-01-01"`), want: []want{{"/date", "correspondence.date.future"}}},
		{name: "partial date 2021-02-30", in: patched("korea-2021-cv", "/education/1/period", `"1985-02-30"`), want: []want{{"/education/1/period", "json.value"}}},
		{name: "Present as a start", in: patched("korea-2021-cv", "/career/0/period", `"Present – 2015"`), want: []want{{"/career/0/period", "json.value"}}},
		{name: "Present to Present", in: patched("korea-2021-cv", "/career/0/period", `"Present – Present"`), want: []want{{"/career/0/period", "json.value"}}},
		{name: "Present alone", in: patched("korea-2021-cv", "/career/0/period", `"Present"`), want: []want{{"/career/0/period", "json.value"}}},
		{name: "period ends before it starts", in: patched("korea-2021-cv", "/career/1/period", `"2014 – 2012"`), want: []want{{"/career/1/period", "cv.period.order"}}},
		{name: "period in year 1", in: patched("korea-2021-cv", "/career/1/period", `"0001 – 0002"`), want: []want{{"/career/1/period", "cv.period.too_early"}}},
		{name: "conference closes before it opens", in: patched("pp-22-conference", "/closing", `"2022-09-01"`), want: []want{{"/closing", "election.conference.dates"}}},
	}
}

func voteRows() []hostileTest {
	return []hostileTest{
		{name: "votes over present and voting", in: patched("pp-22-sg-election", "/rounds/0/votes/USA", "160"), want: []want{{"/rounds/0/present_and_voting", "election.round.present_and_voting"}}, warnOnly: true},
		{name: "votes over MaxCount", in: patched("pp-22-sg-election", "/rounds/0/votes/USA", strconv.Itoa(1001)), want: []want{{"/rounds/0/votes/USA", "election.round.count"}}},
		{name: "present and voting over MaxCount", in: patched("pp-22-sg-election", "/rounds/0/present_and_voting", "1001"), want: []want{{"/rounds/0/present_and_voting", "election.round.count"}}},
		{name: "negative blank ballots", in: patched("pp-22-sg-election", "/rounds/0/blank", "-5"), want: []want{{"/rounds/0/blank", "election.round.count"}}},
		{name: "vote for a non-candidate", in: patched("pp-22-sg-election", "/rounds/0/votes", `{"USA":139,"RUS":25,"FRA":1}`), want: []want{{"/rounds/0/votes/FRA", "election.round.standing"}}},
		{name: "vote for no Member State", in: patched("pp-22-sg-election", "/rounds/0/votes", `{"USA":139,"RUS":25,"XXX":1}`), want: []want{{"/rounds/0/votes/XXX", "election.round.standing"}}},
		{name: "wrong majority", in: patched("pp-22-sg-election", "/rounds/0/majority", "1"), want: []want{{"/rounds/0/majority", "election.round.majority"}}, warnOnly: true},
		{name: "no votes", in: patched("pp-22-sg-election", "/rounds/0/votes", `{}`), want: []want{{"/rounds/0/votes", "field.too_few"}}},
		{name: "zero seats for the Council", in: patched("pp-22-sg-election", "/post", `"COUNCIL"`), want: []want{{"/seats", "election.seats.count"}}},
	}
}

func duplicateRows() []hostileTest {
	return []hostileTest{
		{name: "duplicate kind", in: text(`{"kind":"note","kind":"note"}`), want: []want{{"/kind", "json.duplicate_key"}}},
		{name: "duplicate kind, different kinds", in: text(`{"kind":"note","kind":"cv"}`), want: []want{{"/kind", "json.duplicate_key"}}},
		{name: "duplicate key escaped differently", in: text(`{"kind":"note","\u006bind":"note"}`), want: []want{{"/kind", "json.duplicate_key"}}},
		{name: "duplicate top-level field", in: func() []byte {
			return bytes.Replace(fixture("korea-2021-note"), []byte(`"body":`), []byte(`"body":"X","body":`), 1)
		}, want: []want{{"/body", "json.duplicate_key"}}},
		{name: "duplicate nested field", in: func() []byte {
			return bytes.Replace(fixture("korea-2021-cv"), []byte(`"nationality": "KOR",`), []byte(`"nationality": "KOR","nationality": "JPN",`), 1)
		}, want: []want{{"/profile/nationality", "json.duplicate_key"}}},
		{name: "duplicate map key", in: func() []byte {
			return bytes.Replace(fixture("pp-22-sg-election"), []byte(`"RUS": 25,`), []byte(`"RUS": 25, "RUS": 1,`), 1)
		}, want: []want{{"/rounds/0/votes/RUS", "json.duplicate_key"}}},
		{name: "duplicate in an unknown member", in: text(`{"kind":"note","x":{"a":1,"a":2}}`), want: []want{{"/x", "json.unknown_field"}}},
	}
}

func kindRows() []hostileTest {
	rows := []hostileTest{
		{name: "unknown kind", in: text(`{"kind":"memo"}`), wantErr: payload.ErrUnknownKind},
		{name: "no kind", in: text(`{"name":"x"}`), wantErr: payload.ErrUnknownKind},
		{name: "empty kind", in: text(`{"kind":""}`), wantErr: payload.ErrUnknownKind},
		{name: "kind a number", in: text(`{"kind":1}`), wantErr: payload.ErrUnknownKind},
		{name: "kind an object", in: text(`{"kind":{"kind":"cv"}}`), wantErr: payload.ErrUnknownKind},
		{name: "kind with NUL", in: text(`{"kind":"cv\u0000"}`), wantErr: payload.ErrUnknownKind},
		{name: "kind 1 MB long", in: text(`{"kind":"` + strings.Repeat("k", 1<<20) + `"}`), wantErr: payload.ErrUnknownKind},
		{name: "unknown kind given", kind: "memo", in: text(`{}`), wantErr: payload.ErrUnknownKind},
		{name: "CV read as a letter", kind: itu.KindLetter, in: func() []byte { return fixture("korea-2021-cv") }, want: []want{{"/kind", "payload.kind"}}},
	}
	for _, k := range payload.Kinds() {
		rows = append(rows,
			hostileTest{name: "empty " + string(k), in: text(`{"kind":"` + string(k) + `"}`), want: emptyWants[k]},
			hostileTest{name: "{} as " + string(k), kind: k, in: text(`{}`), want: emptyWants[k]},
			hostileTest{name: "nulls as " + string(k), kind: k, in: func() []byte { return allNull(k) }, want: emptyWants[k]},
		)
	}
	return rows
}

// emptyWants lists a violation each kind must report for an empty body.
var emptyWants = map[itu.Kind][]want{
	itu.KindDossier:         {{"/note_verbale", "candidacy.dossier.missing"}},
	itu.KindCandidacy:       {{"/post", "field.required"}, {"/member_state", "field.required"}},
	itu.KindCV:              {{"/name", "field.required"}, {"/career", "field.required"}},
	itu.KindVisionStatement: {{"/name", "field.required"}, {"/sections", "field.required"}},
	itu.KindNote:            {{"/symbol", "field.required"}, {"/candidatures", "field.required"}},
	itu.KindNoteVerbale:     {{"/reference", "field.required"}, {"/candidatures", "field.required"}},
	itu.KindLetter:          {{"/date", "field.required"}, {"/candidatures", "field.required"}},
	itu.KindConference:      {{"/code", "field.required"}},
	itu.KindElection:        {{"/post", "field.required"}, {"/candidates", "field.required"}},
}

// allNull returns an object of kind k whose every member but "kind" is null.
func allNull(k itu.Kind) []byte {
	rec, err := payload.New(k)
	if err != nil {
		panic(err)
	}
	var names []string
	t := reflect.TypeOf(rec).Elem()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "kind" {
			names = append(names, `"`+name+`":null`)
		}
	}
	return []byte("{" + strings.Join(names, ",") + "}")
}

// TestDecodeReader100MB sends a 100 MB body, made as it is read, through
// strictjson.DecodeReader as a service reading standard input would: it is refused
// as too large after reading just past the limit, in bounded memory.
func TestDecodeReader100MB(t *testing.T) {
	for _, tt := range []struct {
		name       string
		head, tail string
		fill       byte
	}{
		{"one long name", `{"kind":"cv","name":"`, `"}`, 'a'},
		{"white space", `{"kind":"cv"`, `}`, ' '},
		{"nested arrays", `{"kind":"cv","x":`, ``, '['},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := &lazyBody{head: tt.head, tail: tt.tail, fill: tt.fill, size: 100 << 20}
			var err error
			alloc := allocated(t, func() { err = strictjson.DecodeReader(r, new(cv.CV)) })
			var me *strictjson.MalformedError
			if !errors.As(err, &me) || me.Violation.Code != "json.too_large" {
				t.Fatalf("DecodeReader() error = %v; want json.too_large", err)
			}
			if r.read > strictjson.DefaultMaxBytes+1 {
				t.Errorf("DecodeReader() read %d bytes; want at most the limit and one byte", r.read)
			}
			if alloc > maxAlloc {
				t.Errorf("DecodeReader() allocated %d MiB; want under %d MiB", alloc>>20, maxAlloc>>20)
			}
			t.Logf("allocated %.1f MiB, read %d bytes", float64(alloc)/(1<<20), r.read)
		})
	}
}

// lazyBody is a payload of size bytes, made as it is read: head, then fill
// bytes, then tail.
type lazyBody struct {
	head, tail string
	fill       byte
	size, read int64
}

func (b *lazyBody) Read(p []byte) (int, error) {
	if b.read >= b.size {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && b.read < b.size {
		switch i := b.read; {
		case i < int64(len(b.head)):
			p[n] = b.head[i]
		case i >= b.size-int64(len(b.tail)):
			p[n] = b.tail[i-(b.size-int64(len(b.tail)))]
		default:
			p[n] = b.fill
		}
		n++
		b.read++
	}
	return n, nil
}

// TestLongTextEverywhere puts 12,000 characters into each string of each
// valid fixture in turn (values, and the keys of maps): each is reported
// (field.too_long, or a decode violation for a coded value), and no message
// echoes the text back in full.
func TestLongTextEverywhere(t *testing.T) {
	long := strings.Repeat("Ab ", 4000) // longer than any bound (10,000)
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "testdata", "valid", "*.json"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, ptr := range stringLeaves(t, data) {
			t.Run(filepath.Base(f)+ptr, func(t *testing.T) {
				in := patch(data, ptr, strconv.Quote(long))
				res, err := payload.Check(in, "", asOf)
				if err != nil {
					t.Fatalf("payload.Check() error = %v", err)
				}
				if res.Valid() {
					t.Errorf("payload.Check() found %d characters at %s valid", len(long), ptr)
				}
				checkMessages(t, res.Violations)
			})
		}
	}
}

// stringLeaves lists the JSON Pointers of the strings in data.
func stringLeaves(t *testing.T, data []byte) []string {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(ptr string, v any)
	walk = func(ptr string, v any) {
		switch v := v.(type) {
		case string:
			if ptr != "/kind" {
				out = append(out, ptr)
			}
		case []any:
			for i, x := range v {
				walk(ptr+"/"+strconv.Itoa(i), x)
			}
		case map[string]any:
			for k, x := range v {
				walk(ptr+"/"+k, x)
			}
		}
	}
	walk("", doc)
	return out
}
