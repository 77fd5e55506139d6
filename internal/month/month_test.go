package month_test

import (
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/plenipot/itu/internal/month"
)

func TestNamed(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want time.Month
		ok   bool
	}{
		{"January", time.January, true},
		{"jan.", time.January, true},
		{"Jan", time.January, true},
		{"FEVRIER", time.February, true},
		{"févr.", time.February, true},
		{"août", time.August, true},
		{"Aout", time.August, true},
		{"dic.", time.December, true},
		{"setiembre", time.September, true},
		{"ноября", time.November, true},
		{"十一月", time.November, true},
		{"أغسطس", time.August, true},
		{"آب", time.August, true},
		{"mai.", 0, false},
		{"", 0, false},
		{"janvierx", 0, false},
		{"ma", 0, false},
	} {
		got, ok := month.Named(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Named(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestFirstUseConcurrent reads month names from several goroutines at once
// in a fresh process, where the first of them builds the lazy table (issue
// 18); run with -race.
func TestFirstUseConcurrent(t *testing.T) {
	if os.Getenv("MONTH_FIRST_USE") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFirstUseConcurrent$", "-test.count=1")
		cmd.Env = append(os.Environ(), "MONTH_FIRST_USE=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("fresh process: %v\n%s", err, out)
		}
		return
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, in := range []string{"November", "ноября", "févr.", "mai."} {
				got, ok := month.Named(in)
				if want := map[string]time.Month{"November": time.November, "ноября": time.November, "févr.": time.February}[in]; got != want || ok != (want != 0) {
					t.Errorf("Named(%q) = %v, %v; want %v", in, got, ok, want)
				}
			}
		})
	}
	wg.Wait()
}

func TestFoldASCII(t *testing.T) {
	for _, in := range []string{"january", "JANUARY", "Sept.", "", "a\tB", "1er"} {
		if got, want := month.Fold(in), strings.ToLower(in); got != want {
			t.Errorf("Fold(%q) = %q; want %q", in, got, want)
		}
	}
}
