package correspondence

import (
	"path/filepath"
	"testing"
)

// corpusPhones returns the numbers of the fixtures that readPhone accepts,
// national ones to be read in Switzerland, where most missions write from.
func corpusPhones(b *testing.B) []writtenPhone {
	var ws []writtenPhone
	for _, s := range fixturePhones(b, filepath.Join("..", "examples", "testdata")) {
		if w, why := readPhone(s); why == "" {
			ws = append(ws, w)
		}
	}
	return ws
}

func benchPlan(b *testing.B, plan func(writtenPhone, string) (string, string, string)) {
	ws := corpusPhones(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range ws {
			in := "CH"
			if w.international {
				in = ""
			}
			plan(w, in)
		}
	}
	b.ReportMetric(float64(len(ws)), "numbers/op")
}

// BenchmarkPhonePlan checks every number of the corpus against the numbering
// plans of package phoneplan, bypassing parsePhone's cache (issue 18).
func BenchmarkPhonePlan(b *testing.B) { benchPlan(b, numberingPlan) }

// BenchmarkPhonePlanOracle is BenchmarkPhonePlan with github.com/nyaruka/phonenumbers,
// as before issue 18.
func BenchmarkPhonePlanOracle(b *testing.B) { benchPlan(b, oracleNumberingPlan) }
