package hostile

import (
	"testing"

	"github.com/plenipot/itu/payload"
)

// BenchmarkWorstCase runs payload.Check over every payload of the hostile
// catalogue that is a payload at all (malformed input is refused before it
// costs anything) and over the near-maximal valid payloads, reporting the
// time per KB of input. The highest ns/KB is the worst case README's
// "Bounds on input" states; BENCHMARKS.md has the figures and the command.
func BenchmarkWorstCase(b *testing.B) {
	type row struct {
		name string
		in   func() []byte
	}
	var rows []row
	for _, group := range [][]hostileTest{syntaxRows(), nestingRows(), sizeRows(), textRows(), numberRows(), dateRows(), voteRows(), duplicateRows(), kindRows(),
		crashRows(), invisibleRows(), identityRows(), pointerRows(), boundRows()} {
		for _, tt := range group {
			if tt.wantErr == nil {
				rows = append(rows, row{tt.name, tt.in})
			}
		}
	}
	for _, big := range []struct {
		name string
		rec  func() any
	}{
		{"near-maximal dossier", func() any { return bigDossier() }},
		{"near-maximal cv", func() any { return bigCV() }},
		{"near-maximal vision statement", func() any { return bigVision() }},
		{"near-maximal note", func() any { return bigNote() }},
		{"near-maximal note verbale", func() any { return bigNoteVerbale() }},
		{"near-maximal letter", func() any { return bigLetter() }},
		{"near-maximal conference", func() any { return bigConference() }},
		{"near-maximal election", func() any { return bigElection() }},
	} {
		rows = append(rows, row{big.name, encoded(big.rec)})
	}
	for _, r := range rows {
		data := r.in()
		b.Run(r.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_, _ = payload.Check(data, "", asOf)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(len(data))/1024), "ns/KB")
		})
	}
}
