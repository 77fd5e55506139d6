package month_test

import (
	"strings"
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

func TestFoldASCII(t *testing.T) {
	for _, in := range []string{"january", "JANUARY", "Sept.", "", "a\tB", "1er"} {
		if got, want := month.Fold(in), strings.ToLower(in); got != want {
			t.Errorf("Fold(%q) = %q; want %q", in, got, want)
		}
	}
}
