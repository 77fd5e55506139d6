package schema

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the generator")

// TestGolden pins the whole output for a representative record: keyword
// order, member order, $defs, patterns and the rule list.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		v    any
		o    Options
	}{
		{"record", tRecord{}, Options{Kind: tKind}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := generate(t, tt.v, tt.o)
			compile(t, got)
			file := filepath.Join("testdata", tt.name+".golden.json")
			if *update {
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", file, diff)
			}
		})
	}
}
