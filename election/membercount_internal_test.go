package election

import (
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

// TestMemberCount holds memberCount to the registry's own answer on the
// zero date, far before and after every joining, and on, before and after
// each joining date.
func TestMemberCount(t *testing.T) {
	days := []civil.Date{{}, civil.MustParseDate("1865-05-17"), civil.MustParseDate("1800-01-01"), civil.MustParseDate("2100-01-01")}
	for _, m := range itu.MemberStates(civil.Date{}) {
		if !m.Joined.IsZero() {
			days = append(days, m.Joined, m.Joined.AddDays(-1), m.Joined.AddDays(1))
		}
	}
	for _, d := range days {
		if got, want := memberCount(d), len(itu.MemberStates(d)); got != want {
			t.Errorf("memberCount(%s) = %d; the registry lists %d Member States", d, got, want)
		}
	}
}

func TestMemberCountAllocatesNothing(t *testing.T) {
	memberCount(civil.Date{}) // read the registry once
	d := civil.MustParseDate("2022-09-26")
	if a := testing.AllocsPerRun(100, func() { memberCount(d) }); a != 0 {
		t.Errorf("memberCount allocates %v times; want 0", a)
	}
}
