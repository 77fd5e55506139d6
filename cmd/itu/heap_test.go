package main

import (
	"fmt"
	"runtime/debug"
	"testing"
)

// TestTuneMemory checks the collector's setting for a run: Go's default for
// one file, GOGC=800 for many printed as text, 400 when --format json keeps
// every result, and nothing changed when GOGC is set.
func TestTuneMemory(t *testing.T) {
	tests := []struct {
		files int
		keeps bool
		gogc  string
		want  int
	}{
		{1, false, "", 100},
		{2, false, "", 800},
		{2000, false, "", 800},
		{2000, true, "", 400},
		{2000, false, "100", 100},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.files, tt.keeps, tt.gogc), func(t *testing.T) {
			t.Setenv("GOGC", tt.gogc)
			before := debug.SetGCPercent(100)
			defer debug.SetGCPercent(before)
			tuneMemory(tt.files, tt.keeps)
			if got := debug.SetGCPercent(100); got != tt.want {
				t.Errorf("GC percent after tuneMemory(%d, %v) with GOGC=%q = %d; want %d", tt.files, tt.keeps, tt.gogc, got, tt.want)
			}
		})
	}
}
