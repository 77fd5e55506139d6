package payload

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

var onePassAsOf = []itu.Option{itu.AsOf(civil.MustParseDate("2022-10-14"))}

// corpus returns every JSON payload under examples/testdata.
func corpus(tb testing.TB) map[string][]byte {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "examples", "testdata", "*", "*.json"))
	more, _ := filepath.Glob(filepath.Join("..", "examples", "testdata", "*", "*", "*.json"))
	out := map[string][]byte{}
	for _, name := range append(files, more...) {
		if strings.HasSuffix(name, ".golden.json") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out[name] = b
	}
	return out
}

// BenchmarkCheck is payload.Check, the path of the command line and the
// service: the seed dossier, and the realistic corpus (many small payloads)
// one after another.
func BenchmarkCheck(b *testing.B) {
	all := corpus(b)
	seed := all[filepath.Join("..", "examples", "testdata", "valid", "korea-2021-dossier.json")]
	var realistic [][]byte
	size := 0
	for name, data := range all {
		if strings.Contains(name, string(filepath.Separator)+"realistic"+string(filepath.Separator)) {
			realistic = append(realistic, data)
			size += len(data)
		}
	}
	b.Run("seed", func(b *testing.B) {
		b.SetBytes(int64(len(seed)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Check(seed, "", onePassAsOf...); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("realistic", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, data := range realistic {
				Check(data, "", onePassAsOf...)
			}
		}
	})
}
