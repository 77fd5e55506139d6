package strictjson_test

import (
	"reflect"
	"testing"

	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/internal/growth"
	"github.com/plenipot/itu/strictjson"
)

// BenchmarkPlan makes the one-pass plans of the dossier and every type
// below it, as the first decode of a process does (itu validate makes them
// once per run).
func BenchmarkPlan(b *testing.B) {
	b.ReportAllocs()
	start := growth.CPUTime()
	defer func() { b.ReportMetric(float64(growth.CPUTime()-start)/float64(b.N), "cpu-ns/op") }()
	for b.Loop() {
		strictjson.PlanAfresh(reflect.TypeFor[candidacy.Dossier]())
	}
}
