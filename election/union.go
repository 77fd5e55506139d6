package election

import (
	"slices"
	"sync"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
)

// joinDates lists the known joining dates of the Member States, sorted, and
// how many states have none (members on every date): the registry as
// [memberCount] needs it, read once.
var joinDates = sync.OnceValues(func() ([]civil.Date, int) {
	var dates []civil.Date
	undated := 0
	for _, m := range itu.MemberStates(civil.Date{}) {
		if m.Joined.IsZero() {
			undated++
			continue
		}
		dates = append(dates, m.Joined)
	}
	slices.SortFunc(dates, func(a, b civil.Date) int { return a.Compare(b) })
	return dates, undated
})

// memberCount is len(itu.MemberStates(on)), the number of Member States of
// the Union on a day (every one for the zero date), counted without copying
// the registry: the election rules ask it of every election and conference.
func memberCount(on civil.Date) int {
	dates, undated := joinDates()
	if on.IsZero() {
		return undated + len(dates)
	}
	// Members on: those that joined on or before it ([itu.MemberState]'s
	// membership is !on.Before(Joined)).
	n, _ := slices.BinarySearchFunc(dates, on, func(d, on civil.Date) int {
		if on.Before(d) {
			return 1
		}
		return -1
	})
	return undated + n
}
