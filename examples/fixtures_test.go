package examples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/itutest"
	"github.com/plenipot/itu/strictjson"
)

// TestFixtureFiles checks each fixture against its file: the file is the
// constructor's canonical encoding, and decodes to a value equal to it.
// With -update it rewrites the files.
func TestFixtureFiles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "valid", "*.json"))
	if len(files) != len(examples.Fixtures()) {
		t.Errorf("testdata/valid holds %d files for %d fixtures; each file needs a fixture", len(files), len(examples.Fixtures()))
	}
	for _, f := range examples.Fixtures() {
		t.Run(f.Name, func(t *testing.T) {
			path := filepath.Join("testdata", "valid", f.Name+".json")
			value := f.New()
			want, err := strictjson.Encode(value)
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("%s is not the constructor's canonical encoding (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
			}
			decoded := reflect.New(reflect.TypeOf(value))
			if err := strictjson.Decode(got, decoded.Interface()); err != nil {
				t.Fatalf("decode: %v", err)
			}
			if diff := cmp.Diff(value, decoded.Elem().Interface(), itutest.CmpOptions()); diff != "" {
				t.Errorf("decoded value differs from the constructor's (-want +got):\n%s", diff)
			}
			rec := decoded.Interface().(interface {
				Check(...itu.Option) []itu.Violation
			})
			for _, day := range fixtureDays(f.Name) {
				itutest.AssertViolations(t, rec.Check(itu.AsOf(day)), fixtureWarnings[f.Name]...)
			}
		})
	}
}

// fixtureWarnings are the only violations a fixture has, all warnings: the
// seed letter says "since 2014" where the CV says "2015 – Present".
var fixtureWarnings = map[string][]itutest.Want{
	"korea-2021-dossier": {{Path: "/claims/0/since", Code: "candidacy.claim.mismatch"}},
}

// fixtureDays are the days a fixture is checked on: the day the seed was
// published (for its documents) and the close of PP-22.
func fixtureDays(name string) []civil.Date {
	if strings.HasPrefix(name, "korea-2021-") {
		return []civil.Date{civil.MustParseDate("2021-11-09"), corpusAsOf}
	}
	return []civil.Date{corpusAsOf}
}

// TestFixturesFresh overwrites every string, number and map entry reachable
// from one call's value and checks that the next call is untouched.
func TestFixturesFresh(t *testing.T) {
	for _, f := range examples.Fixtures() {
		t.Run(f.Name, func(t *testing.T) {
			a := reflect.New(reflect.TypeOf(f.New()))
			a.Elem().Set(reflect.ValueOf(f.New()))
			scribble(a.Elem())
			if diff := cmp.Diff(f.New(), f.New(), itutest.CmpOptions()); diff != "" {
				t.Fatalf("two calls differ (-first +second):\n%s", diff)
			}
			pristine, _ := strictjson.Encode(f.New())
			want := readValid(t, f.Name)
			if !bytes.Equal(pristine, want) {
				t.Errorf("changing one value changed the next call's value")
			}
		})
	}
}

// scribble changes every settable string and int it can reach, following
// pointers, slices and map values, the way a careless caller would.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				scribble(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			scribble(e)
			v.SetMapIndex(k, e)
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(v.String() + "!")
		}
	case reflect.Int:
		if v.CanSet() {
			v.SetInt(v.Int() + 1)
		}
	}
}

func readValid(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "valid", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
