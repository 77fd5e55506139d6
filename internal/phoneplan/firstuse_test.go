package phoneplan_test

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/internal/fresh"
	"github.com/plenipot/itu/internal/phoneplan"
	"github.com/plenipot/itu/internal/phoneplan/plantest"
)

// firstUse is the environment variable that makes TestFirstUseTime, started
// by BenchmarkFirstUse, time the first use in its fresh process.
const firstUse = "PHONEPLAN_FIRST_USE"

// timeFirstUse runs TestFirstUseTime in a fresh process, returning its
// standard output (which fresh.Process does not give).
func timeFirstUse(b *testing.B) string {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestFirstUseTime$", "-test.count=1")
	cmd.Env = append(os.Environ(), firstUse+"=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		b.Fatalf("fresh process: %v\n%s%s", err, out, stderr.String())
	}
	return string(out)
}

// TestFirstUseConcurrent reads numbers of many regions, international and
// national, from several goroutines at once in a fresh process, where the
// first of them reads the index of the plans, the first number of each
// region parses its number descriptions, and the first match against each
// pattern compiles it (issue 18); run with -race.
// Each goroutine takes the numbers in a different order, so that first uses
// of the same region and of different regions overlap.
func TestFirstUseConcurrent(t *testing.T) {
	if !fresh.Process(t) {
		return
	}
	var cases []plantest.Case
	for i, c := range plantest.Examples() {
		if i%(7*sample) == 0 {
			cases = append(cases, c)
		}
	}
	// libphonenumber's answers first: it does not touch phoneplan.
	want := make([]verdict, len(cases))
	for i, c := range cases {
		want[i] = theirs(c.Number, c.Region)
	}
	const goroutines = 8
	var start, wg sync.WaitGroup
	start.Add(1)
	for g := range goroutines {
		wg.Go(func() {
			start.Wait()
			for k := range cases {
				i := (k + g*len(cases)/goroutines) % len(cases)
				if diff := cmp.Diff(want[i], ours(cases[i].Number, cases[i].Region)); diff != "" {
					t.Errorf("Parse(%q, %q) differs from libphonenumber (-want +got):\n%s", cases[i].Number, cases[i].Region, diff)
				}
			}
		})
	}
	start.Done()
	wg.Wait()
}

// TestFirstUseTime is run by BenchmarkFirstUse in a fresh process: it times
// the first checks of a Swiss and a Korean number, as itu validate makes them
// for the Korea dossier, and prints the nanoseconds taken.
func TestFirstUseTime(t *testing.T) {
	if os.Getenv(firstUse) == "" {
		t.Skip("run by BenchmarkFirstUse in a fresh process")
	}
	check := func(s string) {
		n, err := phoneplan.Parse(s, "")
		if err != nil || phoneplan.MainRegion(n.CountryCode) == "ZZ" || n.Possible() != phoneplan.IsPossible || !n.Valid() || n.Region() == "" {
			t.Fatalf("%s: not a valid number", s)
		}
	}
	t0 := time.Now()
	check("+41227480000")
	t1 := time.Now()
	check("+82221002114")
	t2 := time.Now()
	fmt.Printf("first-use %d %d\n", t1.Sub(t0).Nanoseconds(), t2.Sub(t0).Nanoseconds())
}

// BenchmarkFirstUse starts a fresh process per iteration and reports the
// median time of its first Swiss number (ch-first-ns) and of that and a
// Korean number (ch+kr-first-ns): reading the plans, and compiling the
// regions' patterns. ns/op is the whole process, mostly not phoneplan's.
func BenchmarkFirstUse(b *testing.B) {
	var ch, chkr []float64
	for b.Loop() {
		out := timeFirstUse(b)
		var a, c float64
		for line := range strings.Lines(out) {
			if f := strings.Fields(line); len(f) == 3 && f[0] == "first-use" {
				a, _ = strconv.ParseFloat(f[1], 64)
				c, _ = strconv.ParseFloat(f[2], 64)
			}
		}
		if a == 0 {
			b.Fatalf("no timing in %q", out)
		}
		ch, chkr = append(ch, a), append(chkr, c)
	}
	median := func(xs []float64) float64 {
		slices.Sort(xs)
		return xs[len(xs)/2]
	}
	b.ReportMetric(median(ch), "ch-first-ns")
	b.ReportMetric(median(chkr), "ch+kr-first-ns")
}
