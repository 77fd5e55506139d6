package payload

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/growth"
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
		defer reportCPU(b)()
		for b.Loop() {
			if _, err := Check(seed, "", onePassAsOf...); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("realistic", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		defer reportCPU(b)()
		for b.Loop() {
			for _, data := range realistic {
				Check(data, "", onePassAsOf...)
			}
		}
	})
}

// reportCPU starts counting the process's CPU time; the function it returns
// reports it per operation as cpu-ns/op, as the benchmarks of examples do:
// on a shared machine, wall time counts the time other processes held the
// cores.
func reportCPU(b *testing.B) func() {
	start := growth.CPUTime()
	return func() {
		if b.N > 0 {
			b.ReportMetric(float64(growth.CPUTime()-start)/float64(b.N), "cpu-ns/op")
		}
	}
}
