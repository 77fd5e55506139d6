package examples_test

// Benchmarks for issue 9: decoding and validating a dossier with this module
// against decoding alone with encoding/json, and against validating the same
// bytes with the module's own JSON Schema (santhosh-tekuri/jsonschema/v6,
// compiled once). Figures and the commands that produce them: BENCHMARKS.md.

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/internal/growth"
	"github.com/plenipot/itu/schema"
	"github.com/plenipot/itu/strictjson"
)

var benchAsOf = itu.AsOf(civil.MustParseDate("2022-10-14"))

// largeDossier is the seed dossier grown to the size bounds of a large CV:
// 100 career entries, 200 ITU activities and a vision statement five times as
// long, every entry dated so the record stays free of errors.
func largeDossier() candidacy.Dossier {
	d := examples.KoreaDossier()
	c := d.CV
	career, acts := c.Career, c.Activities
	c.Career, c.Activities = nil, nil
	for i := 0; len(c.Career) < 100; i++ {
		p := career[i%len(career)]
		if i >= len(career) {
			y := 2012 - i
			p.Period = civil.Period{Start: civil.Year(y), End: civil.Year(y), Sep: " – "}
		}
		c.Career = append(c.Career, p)
	}
	for i := 0; len(c.Activities) < 200; i++ {
		a := acts[i%len(acts)]
		if i >= len(acts) {
			y := 1986 - i/3
			a.Period = civil.Period{Start: civil.Year(y), End: civil.Year(y), Sep: " – "}
			a.Body = fmt.Sprintf("%s (session %d)", a.Body, i)
		}
		c.Activities = append(c.Activities, a)
	}
	v := d.VisionStatement
	sections := v.Sections
	for range 4 {
		v.Sections = append(v.Sections, sections...)
	}
	return d
}

// scaledDossier is the seed dossier with its lists k times as long, as far
// as their bounds allow at k = 16: career entries, ITU activities,
// achievement lists, the paragraphs of each vision section, and the text
// paragraphs of the Note and the note verbale. Added career entries and
// activities are dated before the seed's own (a career entry a year, three
// activities a year), so the record stays free of errors.
func scaledDossier(k int) candidacy.Dossier {
	d := examples.KoreaDossier()
	c := d.CV
	c.Career = grow(c.Career, k, func(i int, p cv.Position) cv.Position {
		y := 1985 - i
		p.Period = civil.Period{Start: civil.Year(y), End: civil.Year(y), Sep: " – "}
		return p
	})
	c.Activities = grow(c.Activities, k, func(i int, a cv.Activity) cv.Activity {
		y := 1985 - i/3
		a.Period = civil.Period{Start: civil.Year(y), End: civil.Year(y), Sep: " – "}
		a.Body = fmt.Sprintf("%s (session %d)", a.Body, i)
		return a
	})
	c.Achievements = grow(c.Achievements, k, func(_ int, a cv.AchievementList) cv.AchievementList { return a })
	for i := range d.VisionStatement.Sections {
		s := &d.VisionStatement.Sections[i]
		s.Paragraphs = grow(s.Paragraphs, k, func(_ int, p cv.Paragraph) cv.Paragraph { return p })
	}
	d.Note.Text = grow(d.Note.Text, k, func(_ int, t string) string { return t })
	d.NoteVerbale.Text = grow(d.NoteVerbale.Text, k, func(_ int, t string) string { return t })
	return d
}

// grow returns list k times as long: the list, then copies of its items
// made by add (i counts the copies from 0).
func grow[T any](list []T, k int, add func(i int, item T) T) []T {
	out := slices.Clone(list)
	for i := 0; len(out) < k*len(list); i++ {
		out = append(out, add(i, list[i%len(list)]))
	}
	return out
}

func benchPayloads(b *testing.B) map[string][]byte {
	seed, err := os.ReadFile("testdata/valid/korea-2021-dossier.json")
	if err != nil {
		b.Fatal(err)
	}
	large, err := strictjson.Encode(largeDossier())
	if err != nil {
		b.Fatal(err)
	}
	return map[string][]byte{"seed": seed, "large": large}
}

var sizes = []string{"seed", "large"}

// eachSize runs f as a sub-benchmark for each payload, named by its size, with
// bytes per operation, allocations and CPU time per operation reported.
func eachSize(b *testing.B, f func(b *testing.B, data []byte)) {
	payloads := benchPayloads(b)
	for _, size := range sizes {
		data := payloads[size]
		b.Run(size, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			defer reportCPU(b)()
			f(b, data)
		})
	}
}

// reportCPU starts counting the process's CPU time (user and system, every
// thread: the garbage collector's too); the function it returns reports it
// per operation as cpu-ns/op. On a shared machine wall time per operation
// counts the time other processes held the cores; CPU time does not. Zero
// where the platform does not tell (see cpuTime).
func reportCPU(b *testing.B) func() {
	start := growth.CPUTime()
	return func() {
		if b.N > 0 {
			b.ReportMetric(float64(growth.CPUTime()-start)/float64(b.N), "cpu-ns/op")
		}
	}
}

// BenchmarkDecodeStdlib is the baseline: encoding/json decoding into the same
// types, with no validation at all.
func BenchmarkDecodeStdlib(b *testing.B) {
	eachSize(b, func(b *testing.B, data []byte) {
		for b.Loop() {
			var d candidacy.Dossier
			if err := stdjson.Unmarshal(data, &d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// decodeValidate is one operation of the decode-and-validate benchmarks:
// strict decode of data into a dossier, then every rule.
func decodeValidate(b *testing.B, data []byte) {
	var d candidacy.Dossier
	if err := strictjson.Decode(data, &d); err != nil {
		b.Fatal(err)
	}
	if err := d.Validate(benchAsOf); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkDecodeValidate is the module's whole job on one payload: strict
// decode, then every field and cross-document rule.
func BenchmarkDecodeValidate(b *testing.B) {
	eachSize(b, func(b *testing.B, data []byte) {
		for b.Loop() {
			decodeValidate(b, data)
		}
	})
}

// BenchmarkDecode is the strict decoder alone.
func BenchmarkDecode(b *testing.B) {
	eachSize(b, func(b *testing.B, data []byte) {
		for b.Loop() {
			var d candidacy.Dossier
			if err := strictjson.Decode(data, &d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkValidate is validation alone, of an already decoded dossier.
func BenchmarkValidate(b *testing.B) {
	for _, size := range sizes {
		var d candidacy.Dossier
		if err := strictjson.Decode(benchPayloads(b)[size], &d); err != nil {
			b.Fatal(err)
		}
		b.Run(size, func(b *testing.B) {
			b.ReportAllocs()
			defer reportCPU(b)()
			for b.Loop() {
				if err := d.Validate(benchAsOf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkJSONSchema validates the same bytes against the module's own
// emitted schema with santhosh-tekuri/jsonschema/v6, compiled once: parse the
// bytes, then validate.
func BenchmarkJSONSchema(b *testing.B) {
	sch := compileDossierSchema(b)
	eachSize(b, func(b *testing.B, data []byte) {
		for b.Loop() {
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDecodeValidateParallel is the throughput of decode and validate with
// every core busy (GOMAXPROCS goroutines).
func BenchmarkDecodeValidateParallel(b *testing.B) {
	eachSize(b, func(b *testing.B, data []byte) {
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				var d candidacy.Dossier
				if err := strictjson.Decode(data, &d); err != nil {
					b.Error(err)
					return
				}
				if err := d.Validate(benchAsOf); err != nil {
					b.Error(err)
					return
				}
			}
		})
	})
}

func compileDossierSchema(b *testing.B) *jsonschema.Schema {
	raw, err := schema.ForKind(itu.KindDossier)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		b.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("dossier.json", doc); err != nil {
		b.Fatal(err)
	}
	sch, err := c.Compile("dossier.json")
	if err != nil {
		b.Fatal(err)
	}
	return sch
}

// BenchmarkDecodeValidateScale is decode and validate of the seed dossier
// with its lists 1, 4 and 16 times as long (scaledDossier); ns/KB and
// cpu-ns/KB say whether the cost per KB of input stays flat as a payload
// grows.
func BenchmarkDecodeValidateScale(b *testing.B) {
	for _, k := range []int{1, 4, 16} {
		data, err := strictjson.Encode(scaledDossier(k))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			start, cpu := time.Now(), growth.CPUTime()
			for b.Loop() {
				decodeValidate(b, data)
			}
			kb := float64(b.N) * float64(len(data)) / 1024
			b.ReportMetric(float64(time.Since(start))/kb, "ns/KB")
			b.ReportMetric(float64(growth.CPUTime()-cpu)/kb, "cpu-ns/KB")
		})
	}
}

// trimmedDossier is the seed dossier with every list scaledDossier grows cut
// to one item (the schema's minimum): what is left is the part of a dossier
// the scale benchmark never grows. The Note keeps the paragraph that names
// the candidate, so the trimmed dossier reports what the seed reports.
func trimmedDossier() candidacy.Dossier {
	d := examples.KoreaDossier()
	c := d.CV
	c.Career = c.Career[:1]
	c.Activities = c.Activities[:1]
	c.Achievements = c.Achievements[:1]
	for i := range d.VisionStatement.Sections {
		s := &d.VisionStatement.Sections[i]
		s.Paragraphs = s.Paragraphs[:1]
	}
	d.Note.Text = d.Note.Text[1:2] // "Dr Chaesub LEE (Republic of Korea)"
	d.NoteVerbale.Text = d.NoteVerbale.Text[:1]
	return d
}

// BenchmarkScaleFixedPart times the dossier BenchmarkDecodeValidateScale
// starts from with its grown lists cut to one item (trimmedDossier): decode
// and validate, and validation alone. Set beside the scale benchmark, it
// says how much of each dossier's cost does not grow with its lists, which
// is what keeps the time per KB of a small dossier above a large one's.
func BenchmarkScaleFixedPart(b *testing.B) {
	data, err := strictjson.Encode(trimmedDossier())
	if err != nil {
		b.Fatal(err)
	}
	b.Run("decode-validate", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		defer reportCPU(b)()
		for b.Loop() {
			decodeValidate(b, data)
		}
	})
	b.Run("validate", func(b *testing.B) {
		var d candidacy.Dossier
		if err := strictjson.Decode(data, &d); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		defer reportCPU(b)()
		for b.Loop() {
			if err := d.Validate(benchAsOf); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestLargeDossierIsValid keeps the benchmark honest: the large payload must
// pass both the module and the schema, or the benchmarks compare failures.
func TestLargeDossierIsValid(t *testing.T) {
	d := largeDossier()
	if err := d.Validate(benchAsOf); err != nil {
		t.Fatal(err)
	}
	var _ cv.CV = *d.CV
	for _, k := range []int{1, 4, 16} {
		if err := scaledDossier(k).Validate(benchAsOf); err != nil {
			t.Errorf("scaledDossier(%d): %v", k, err)
		}
	}
	seed := examples.KoreaDossier()
	if diff := cmp.Diff(seed.Check(benchAsOf), trimmedDossier().Check(benchAsOf)); diff != "" {
		t.Errorf("trimmedDossier reports other violations than the seed (-seed +trimmed):\n%s", diff)
	}
}
