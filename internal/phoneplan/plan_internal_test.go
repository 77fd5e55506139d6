package phoneplan

import (
	"errors"
	"testing"
)

func TestParseTableRejects(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{name: "region without a code", text: "R\tCH\t41\t00\t0\t\t\t0\n"},
		{name: "region not of the code", text: "C\t41\tCH\nR\tLI\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\n"},
		{name: "missing region", text: "C\t41\tCH LI\nR\tCH\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\n"},
		{name: "bad code", text: "C\t41\tCH\nR\tCH\tx\t00\t0\t\t\t0\n"},
		{name: "code not the line's", text: "C\t41\tCH\nR\tCH\t42\t00\t0\t\t\t0\n"},
		{name: "bad calling code line", text: "C\tx\tCH\n"},
		{name: "calling code line without regions", text: "C\n"},
		{name: "bad lengths", text: "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9,x\t\t\\d{9}\n"},
		{name: "lengths out of order", text: "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9,8\t\t\\d{9}\n"},
		{name: "unknown kind", text: "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t9\t\t\\d{9}\nQ\t\t\t1\n"},
		{name: "no general lengths", text: "C\t41\tCH\nR\tCH\t41\t00\t0\t\t\t0\nG\t\t\t\\d{9}\n"},
		{name: "description before a region", text: "G\t9\t\t\\d{9}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseTable(tt.text); !errors.Is(err, errPlan) {
				t.Errorf("parseTable() error = %v; want errPlan", err)
			}
		})
	}
}

// BenchmarkParseTable is the cost of the first use: reading plan.txt.
func BenchmarkParseTable(b *testing.B) {
	for b.Loop() {
		if _, err := parseTable(planText); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompileRegion is the cost of the first number of a region:
// compiling its patterns (Switzerland's).
func BenchmarkCompileRegion(b *testing.B) {
	t, err := parseTable(planText)
	if err != nil {
		b.Fatal(err)
	}
	ch := t.byID["CH"]
	for b.Loop() {
		r := &region{id: ch.id, cc: ch.cc, idd: ch.idd, npp: ch.npp, npt: ch.npt, leading: ch.leading, same: ch.same,
			general: desc{lengths: ch.general.lengths, pattern: ch.general.pattern}}
		for _, d := range append([]*desc{ch.fixed, ch.mobile}, ch.others...) {
			if d != nil {
				r.others = append(r.others, &desc{lengths: d.lengths, pattern: d.pattern})
			}
		}
		r.ready()
	}
}
