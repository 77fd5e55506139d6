package correspondence

import (
	"testing"
	"time"

	"github.com/plenipot/itu/civil"
)

// TestLabelsDatesReadBack checks that every date the label table writes, in
// every language and month, reads back as the same day: the month names of
// the table and of the date reader agree.
func TestLabelsDatesReadBack(t *testing.T) {
	for lb := range AllLabels() {
		for m := time.January; m <= time.December; m++ {
			for _, day := range []int{1, 9, 28} {
				d := civil.Date{Year: 2021, Month: m, Day: day}
				s := lb.FormatDate(d)
				if got, ok := readDate(s); !ok || got != d {
					t.Errorf("%s: readDate(%q) = %v, %t; want %v", lb.Language, s, got, ok, d)
				}
			}
		}
	}
}
