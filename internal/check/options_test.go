package check

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

// TestNewOptions checks the options New applies to its report.
func TestNewOptions(t *testing.T) {
	d1, d2 := civil.MustParseDate("2022-09-26"), civil.MustParseDate("2024-09-19")
	tests := []struct {
		name string
		opts []itu.Option
		want itu.Options
	}{
		{"none reads no clock", nil, itu.Options{}},
		{"as of", []itu.Option{itu.AsOf(d1)}, itu.Options{AsOf: d1}},
		{"last wins", []itu.Option{itu.AsOf(d1), itu.AsOf(d2)}, itu.Options{AsOf: d2}},
		{"nil option skipped", []itu.Option{nil, itu.AsOf(d1), nil}, itu.Options{AsOf: d1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, New(tt.opts...).Opts); diff != "" {
				t.Errorf("New(...).Opts mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
