package itu

import (
	"errors"
	"fmt"
	"strings"

	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/fold"
)

// Region is one of the ITU's five administrative regions, written as its letter
// "A" to "E" (the form election documents use). The zero value means "not set".
type Region string

// The five administrative regions used for Council and Radio Regulations Board seats.
const (
	RegionA Region = "A" // The Americas
	RegionB Region = "B" // Western Europe
	RegionC Region = "C" // Eastern Europe and Northern Asia
	RegionD Region = "D" // Africa
	RegionE Region = "E" // Asia and Australasia
)

// ErrUnknownRegion is wrapped by errors from [ParseRegion].
var ErrUnknownRegion = errors.New("unknown region")

var regionNames = map[Region]string{
	RegionA: "The Americas",
	RegionB: "Western Europe",
	RegionC: "Eastern Europe and Northern Asia",
	RegionD: "Africa",
	RegionE: "Asia and Australasia",
}

// Regions returns the five regions in letter order.
func Regions() []Region { return []Region{RegionA, RegionB, RegionC, RegionD, RegionE} }

// IsValid reports whether r is one of "A" to "E".
func (r Region) IsValid() bool { _, ok := regionNames[r]; return ok }

// Name returns the region's official name ("Asia and Australasia"), or "" when r is invalid.
func (r Region) Name() string { return regionNames[r] }

// String returns the region's letter.
func (r Region) String() string { return string(r) }

// ParseRegion parses a region from its letter ("E", "Region E", case-insensitive)
// or its official name.
func ParseRegion(s string) (Region, error) {
	k := fold.Key(strings.TrimPrefix(fold.Key(s), "region "))
	for _, r := range Regions() {
		if k == fold.Key(string(r)) || k == fold.Key(r.Name()) {
			return r, nil
		}
	}
	return "", fmt.Errorf("itu: parse region %s: %w (want A, B, C, D or E)", clip.Quote(s), ErrUnknownRegion)
}
