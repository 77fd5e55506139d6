package check_test

// Differential tests for issue 18: Report.Fields, on plans compiled once per
// type, reports exactly what the validator/v10 implementation it replaced
// reports (check.FieldsOracle, in oracle_test.go), on every payload of the
// corpus and on random records of every kind.

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/election"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// compareFields runs Fields and the oracle on v, by value and through a
// pointer, and reports any difference.
func compareFields(t *testing.T, name string, v reflect.Value) {
	t.Helper()
	for _, arg := range []any{v.Interface(), pointerTo(v)} {
		got, want := check.New(), check.New()
		got.Fields("/base", arg)
		check.FieldsOracle(want, "/base", arg)
		if diff := cmp.Diff(want.Violations(), got.Violations()); diff != "" {
			t.Errorf("%s: %s: Fields differs from validator/v10 (-validator +plan):\n%s", name, v.Type(), diff)
			return
		}
	}
}

func pointerTo(v reflect.Value) any {
	p := reflect.New(v.Type())
	p.Elem().Set(v)
	return p.Interface()
}

// eachStruct calls f on v and on every struct value v holds, however deep.
func eachStruct(v reflect.Value, f func(reflect.Value)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachStruct(v.Elem(), f)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			return
		}
		f(v)
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				eachStruct(v.Field(i), f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachStruct(v.Index(i), f)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			eachStruct(it.Value(), f)
		}
	}
}

// corpusRecords decodes every payload under examples/testdata: as the kind
// it names, else as each kind that decodes it cleanly. A payload whose
// decoding finds faults is kept with what was decoded.
func corpusRecords(t *testing.T) map[string]payload.Record {
	t.Helper()
	out := map[string]payload.Record{}
	err := filepath.WalkDir("../../examples/testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") || strings.HasSuffix(path, ".golden.json") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		kinds := payload.Kinds()
		if k, err := payload.KindOf(data); err == nil {
			kinds = []itu.Kind{k}
		}
		for _, k := range kinds {
			rec, err := payload.New(k)
			if err != nil {
				return err
			}
			if err := strictjson.Decode(data, rec); err != nil && len(kinds) > 1 {
				continue
			}
			out[path+" as "+string(k)] = rec
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 100 {
		t.Fatalf("found %d corpus payloads; want the corpus under examples/testdata", len(out))
	}
	return out
}

func TestFieldsMatchValidatorOnCorpus(t *testing.T) {
	structs := 0
	for name, rec := range corpusRecords(t) {
		eachStruct(reflect.ValueOf(rec), func(v reflect.Value) {
			structs++
			compareFields(t, name, v)
		})
	}
	t.Logf("%d struct values compared", structs)
}

// records are the records whose Check runs Fields.
var records = []reflect.Type{
	reflect.TypeFor[candidacy.Dossier](),
	reflect.TypeFor[candidacy.Candidacy](),
	reflect.TypeFor[cv.CV](),
	reflect.TypeFor[cv.VisionStatement](),
	reflect.TypeFor[correspondence.Note](),
	reflect.TypeFor[correspondence.NoteVerbale](),
	reflect.TypeFor[correspondence.Letter](),
	reflect.TypeFor[election.Conference](),
	reflect.TypeFor[election.Election](),
}

func TestFieldsMatchValidatorOnRandomRecords(t *testing.T) {
	n := 100
	if testing.Short() {
		n = 20
	}
	for _, typ := range records {
		for seed := range uint64(n) {
			v := randomValue(typ, seed)
			eachStruct(v, func(v reflect.Value) { compareFields(t, "random", v) })
			if t.Failed() {
				t.Fatalf("%s: seed %d differs", typ, seed)
			}
		}
	}
}

func FuzzFieldsMatchValidator(f *testing.F) {
	for i := range uint64(len(records)) {
		f.Add(i, uint64(1))
	}
	f.Fuzz(func(t *testing.T, which, seed uint64) {
		typ := records[which%uint64(len(records))]
		compareFields(t, "fuzz", randomValue(typ, seed))
	})
}

// randomValue returns a value of type t filled at random from seed, with
// texts, codes, numbers and list lengths chosen around the bounds the tags
// state: blank, invisible, disguised, too long, unknown codes, lists past
// their bounds, nil pointers and maps with awkward keys.
func randomValue(t reflect.Type, seed uint64) reflect.Value {
	g := filler{rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	v := reflect.New(t).Elem()
	g.fill(v, 0)
	return v
}

type filler struct{ r *rand.Rand }

var texts = []string{
	"", "", "Seoul", "KOR", "FRA", "A", "E", "F", "XXX", "kor", "PP-22", "SG", "en",
	"Dr Chaesub LEE", "LEE, CHAESUB", "Lee", " ", "\u00a0", "a\x00b", "a\xffb", "caf\xc3",
	"Côte d'Ivoire", "P\u0430ris", "Chae\u00adsub", "Chae\u200bsub", "a\tb\nc",
	"2015 – Present", "1986 – 1994", "2021-11-09", "R].U", "a/b~c", "x.y", "a[0]",
	"é", "éééé", "\u202eevil", "Président",
}

func (g filler) text() string {
	switch g.r.IntN(12) {
	case 0:
		return strings.Repeat(texts[g.r.IntN(len(texts))], 1+g.r.IntN(40))
	case 1:
		return strings.Repeat("é", []int{1, 2, 3, 4, 5, 16, 17, 32, 33, 100, 101, 200, 201, 300, 301}[g.r.IntN(15)])
	case 2:
		return strings.Repeat("x", []int{2000, 2001, 5000, 5001, 10000, 10001}[g.r.IntN(6)])
	}
	return texts[g.r.IntN(len(texts))]
}

func (g filler) length(depth int) int {
	if depth > 5 {
		return 0
	}
	if g.r.IntN(25) == 0 {
		return []int{5, 7, 11, 21, 31, 51}[g.r.IntN(6)]
	}
	if depth < 3 && g.r.IntN(40) == 0 {
		return []int{101, 201, 501, 1001}[g.r.IntN(4)]
	}
	return g.r.IntN(4)
}

var ints = []int64{0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 31, 42, 50, 51, 100, 101, 1000, 1001, 1986, 2015, 2022, 2030, -1, 255}

func (g filler) fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(g.text())
	case reflect.Bool:
		v.SetBool(g.r.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := ints[g.r.IntN(len(ints))]
		if !v.OverflowInt(n) {
			v.SetInt(n)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n := uint64(ints[g.r.IntN(len(ints))])
		if !v.OverflowUint(n) {
			v.SetUint(n)
		}
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(ints[g.r.IntN(len(ints))]) / 2)
	case reflect.Pointer:
		if g.r.IntN(3) > 0 && depth < 6 {
			v.Set(reflect.New(v.Type().Elem()))
			g.fill(v.Elem(), depth+1)
		}
	case reflect.Slice:
		n := g.length(depth)
		if n == 0 && g.r.IntN(2) == 0 {
			return // nil
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			g.fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Map:
		n := g.length(depth)
		if n == 0 && g.r.IntN(2) == 0 {
			return
		}
		m := reflect.MakeMap(v.Type())
		for range n {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			g.fill(k, depth+1)
			g.fill(e, depth+1)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			if g.r.IntN(2) == 0 {
				v.Set(reflect.ValueOf(time.Date(2022, 9, 26, 0, 0, 0, 0, time.UTC)))
			}
			return
		}
		if g.r.IntN(8) == 0 {
			return // the zero struct
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				g.fill(v.Field(i), depth+1)
			}
		}
	}
}
