package check_test

import (
	"reflect"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"testing"

	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/growth"
)

// BenchmarkFields walks the field rules of every document of the seed
// dossier, as Dossier.Check does: with the compiled nodes, and by
// interpreting each chain of checks (the walk before the nodes).
func BenchmarkFields(b *testing.B) {
	d := examples.KoreaDossier()
	docs := []any{d, *d.Note, *d.NoteVerbale, *d.Letter, *d.CV, *d.VisionStatement}
	for _, walk := range []struct {
		name   string
		fields func(*check.Report, string, any)
	}{
		{"compiled", (*check.Report).Fields},
		{"interpreted", check.FieldsInterpreted},
	} {
		b.Run(walk.name, func(b *testing.B) {
			b.ReportAllocs()
			start := growth.CPUTime()
			for b.Loop() {
				for _, doc := range docs {
					r := check.New()
					walk.fields(r, "", doc)
					if len(r.Violations()) != 0 {
						b.Fatal(r.Violations())
					}
				}
			}
			b.ReportMetric(float64(growth.CPUTime()-start)/float64(b.N), "cpu-ns/op")
		})
	}
}

// BenchmarkCompile compiles the plans of the dossier, of each of its
// documents and of every type below them, as the first check of a process
// does (itu validate compiles them once per run).
func BenchmarkCompile(b *testing.B) {
	b.ReportAllocs()
	start := growth.CPUTime()
	defer func() { b.ReportMetric(float64(growth.CPUTime()-start)/float64(b.N), "cpu-ns/op") }()
	for b.Loop() {
		check.CompileAfresh(reflect.TypeFor[candidacy.Dossier](),
			reflect.TypeFor[correspondence.Note](), reflect.TypeFor[correspondence.NoteVerbale](),
			reflect.TypeFor[correspondence.Letter](), reflect.TypeFor[cv.CV](), reflect.TypeFor[cv.VisionStatement]())
	}
}

// BenchmarkPath joins the paths rules report at: a base, names and an
// index, as the cross-field rules of every package do.
func BenchmarkPath(b *testing.B) {
	b.ReportAllocs()
	start := growth.CPUTime()
	defer func() { b.ReportMetric(float64(growth.CPUTime()-start)/float64(b.N), "cpu-ns/op") }()
	for b.Loop() {
		_ = check.Path("/note", "candidatures", 3, "member_state")
		_ = check.Path("", "candidate")
		_ = check.Path("/cv/career", 12)
	}
}

// BenchmarkAdd records a violation with a message of the kind cross-field
// rules write: texts, a quoted text, a date and a number.
func BenchmarkAdd(b *testing.B) {
	b.ReportAllocs()
	rule := itu.Rule{Code: "bench.add"}
	since := civil.Date{Year: 2015, Month: 1, Day: 1}
	start := growth.CPUTime()
	defer func() { b.ReportMetric(float64(growth.CPUTime()-start)/float64(b.N), "cpu-ns/op") }()
	for b.Loop() {
		r := check.New()
		r.Add(rule, "/claims/0/since", "%s says the candidate has held the post of %s since %s, but the CV entry %s (%q) starts in %d", "The letter", "Director", since, "/cv/career/2", "2015 – Present Director, TSB", 2016)
	}
}

// BenchmarkTextOK reads texts of the lengths records hold: a code, a
// name, a line, a paragraph, and a line not in ASCII.
func BenchmarkTextOK(b *testing.B) {
	para := strings.Repeat("The Union shall promote the development of telecommunications. ", 32)
	for _, tt := range []struct{ name, s string }{
		{"code", "KOR"},
		{"name", "Dr Chaesub LEE"},
		{"line", "Permanent Mission of the Republic of Korea to the United Nations"},
		{"paragraph", para},
		{"cyrillic", "Постоянное представительство Республики Корея"},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.s)))
			for b.Loop() {
				if !check.TextOK(tt.s) {
					b.Fatal(tt.s)
				}
			}
		})
	}
}
