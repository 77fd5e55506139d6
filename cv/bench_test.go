package cv_test

import (
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/internal/growth"
)

// BenchmarkCheck times the checks of the Korea CV and vision statement with
// their lists cut to one item, as examples' BenchmarkScaleFixedPart cuts the
// dossier: the part of a CV's and a statement's cost that does not grow
// with the text. cpu-ns/op is steadier than ns/op on a shared machine.
func BenchmarkCheck(b *testing.B) {
	asOf := itu.AsOf(civil.MustParseDate("2022-10-14")) // examples' benchAsOf
	c := examples.KoreaCV()
	c.Career, c.Activities, c.Achievements = c.Career[:1], c.Activities[:1], c.Achievements[:1]
	v := examples.KoreaVisionStatement()
	for i := range v.Sections {
		v.Sections[i].Paragraphs = v.Sections[i].Paragraphs[:1]
	}
	for _, bc := range []struct {
		name  string
		check func() []itu.Violation
	}{
		{"cv", func() []itu.Violation { return c.Check(asOf) }},
		{"vision_statement", func() []itu.Violation { return v.Check(asOf) }},
	} {
		if vs := bc.check(); len(vs) > 0 {
			b.Fatalf("%s: %v", bc.name, vs)
		}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			start := growth.CPUTime()
			for b.Loop() {
				bc.check()
			}
			b.ReportMetric(float64(growth.CPUTime()-start)/float64(b.N), "cpu-ns/op")
		})
	}
}
