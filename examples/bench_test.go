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
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/examples"
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
// bytes per operation and allocations reported.
func eachSize(b *testing.B, f func(b *testing.B, data []byte)) {
	payloads := benchPayloads(b)
	for _, size := range sizes {
		data := payloads[size]
		b.Run(size, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			f(b, data)
		})
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

// BenchmarkDecodeValidate is the module's whole job on one payload: strict
// decode, then every field and cross-document rule.
func BenchmarkDecodeValidate(b *testing.B) {
	eachSize(b, func(b *testing.B, data []byte) {
		for b.Loop() {
			var d candidacy.Dossier
			if err := strictjson.Decode(data, &d); err != nil {
				b.Fatal(err)
			}
			if err := d.Validate(benchAsOf); err != nil {
				b.Fatal(err)
			}
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

// TestLargeDossierIsValid keeps the benchmark honest: the large payload must
// pass both the module and the schema, or the benchmarks compare failures.
func TestLargeDossierIsValid(t *testing.T) {
	d := largeDossier()
	if err := d.Validate(benchAsOf); err != nil {
		t.Fatal(err)
	}
	var _ cv.CV = *d.CV
}
