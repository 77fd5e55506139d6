package schema

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/plenipot/itu/payload"
)

// readTags are the validate rules the generator reads or leaves, on purpose,
// to the library. A record that uses another rule (oneof, len=, gte=, email)
// needs the generator to learn it first: this list says what it knows.
var readTags = []string{"required", "omitempty", "min", "max", "text", "dive", "keys", "endkeys", "valid", "plain", "-"}

// TestRecordsUseOnlyWhatTheGeneratorReads walks every payload record type and
// checks that its members use only validate rules, json options and Go kinds
// the generator describes, so no code path is kept for a record that does not
// exist and no record meets a path that was dropped.
func TestRecordsUseOnlyWhatTheGeneratorReads(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(t *testing.T, typ reflect.Type, path string)
	walk = func(t *testing.T, typ reflect.Type, path string) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
			if typ.Kind() == reflect.Map {
				walk(t, typ.Key(), path+"{}")
			}
			typ = typ.Elem()
		}
		switch k := typ.Kind(); {
		case k == reflect.Float32 || k == reflect.Float64, k == reflect.Array, k == reflect.Interface:
			t.Errorf("%s: a %v, which no record had when the generator's path for it was removed", path, typ)
		case k != reflect.Struct || seen[typ] || isValueType(typ):
			return
		}
		seen[typ] = true
		for i := range typ.NumField() {
			f := typ.Field(i)
			if !f.IsExported() {
				continue
			}
			fp := path + "." + f.Name
			for _, rule := range parseTags(f.Tag.Get("validate")) {
				name, _, _ := strings.Cut(rule, "=")
				if !slices.Contains(readTags, name) {
					t.Errorf("%s: validate rule %q is not one the generator reads", fp, rule)
				}
			}
			_, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			for _, o := range options(opts) {
				if o != "omitzero" && o != "omitempty" {
					t.Errorf("%s: json option %q is not one the generator reads", fp, o)
				}
			}
			if f.Tag.Get("doc") != "" {
				t.Errorf("%s: a doc tag, which the generator no longer reads", fp)
			}
			walk(t, f.Type, fp)
		}
	}
	for _, k := range payload.Kinds() {
		rec, err := payload.New(k)
		if err != nil {
			t.Fatal(err)
		}
		walk(t, reflect.TypeOf(rec), string(k))
	}
	if len(seen) < 10 {
		t.Errorf("walked %d record types; want the module's records", len(seen))
	}
}
