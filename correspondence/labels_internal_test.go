package correspondence

import (
	"testing"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/plenipot/itu"
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

// TestLabelsCLDRNames checks the language names the table writes after
// "Original:" in English (the module's own names), French, Russian and
// Spanish against CLDR (golang.org/x/text/language/display), which the
// table copies so that a program does not load CLDR to start (issue 18).
func TestLabelsCLDRNames(t *testing.T) {
	for _, in := range []itu.Language{itu.English, itu.French, itu.Russian, itu.Spanish} {
		names := display.Languages(language.Make(in.String()))
		for _, l := range itu.Languages() {
			want := names.Name(language.Make(l.String()))
			if in == itu.English {
				want = l.Name()
			}
			if got := LabelsFor(in).LanguageName(l); got != want {
				t.Errorf("LabelsFor(%s).LanguageName(%s) = %q, CLDR %q", in, l, got, want)
			}
		}
	}
}
