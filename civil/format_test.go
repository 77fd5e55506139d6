package civil_test

import (
	"errors"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/plenipot/itu/civil"
)

// TestStringLikeFmt checks that the dates write what fmt's "%04d-%02d-%02d"
// wrote before they were written without fmt, for any field values: the
// messages quote invalid dates too.
func TestStringLikeFmt(t *testing.T) {
	ints := []int{math.MinInt, -10000, -999, -10, -1, 0, 1, 9, 10, 12, 13, 31, 99, 100, 999, 1000, 2021, 9999, 10000, 123456, math.MaxInt}
	for _, y := range ints {
		for _, m := range ints {
			for _, d := range ints {
				got := civil.Date{Year: y, Month: time.Month(m), Day: d}.String()
				want := ""
				if y != 0 || m != 0 || d != 0 {
					want = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				}
				if app := string(civil.Date{Year: y, Month: time.Month(m), Day: d}.AppendTo([]byte("x"))); got != want || app != "x"+want {
					t.Fatalf("Date{%d, %d, %d}.String() = %q, AppendTo(x) = %q; want %q", y, m, d, got, app, want)
				}
				p := civil.PartialDate{Year: y, Month: time.Month(m), Day: d}
				switch {
				case p.IsZero():
					want = ""
				case m == 0:
					want = fmt.Sprintf("%04d", y)
				case d == 0:
					want = fmt.Sprintf("%04d-%02d", y, m)
				}
				if got, app := p.String(), string(p.AppendTo([]byte("x"))); got != want || app != "x"+want {
					t.Fatalf("%#v.String() = %q, AppendTo(x) = %q; want %q", p, got, app, want)
				}
			}
		}
	}
}

// TestPeriodStringParts checks Period.String on the parts it joins, set and
// not set.
func TestPeriodStringParts(t *testing.T) {
	y := civil.Year
	for _, tt := range []struct {
		p    civil.Period
		want string
	}{
		{civil.Period{}, ""},
		{civil.Period{Start: y(2015)}, "2015"},
		{civil.Period{Start: y(2015), Present: true}, "2015 – Present"},
		{civil.Period{Start: y(2015), End: y(2021), Sep: " ~ "}, "2015 ~ 2021"},
		{civil.Period{End: y(2021)}, " – 2021"},
		{civil.Period{Sep: "-"}, ""},
		{civil.Period{Start: y(2015), Sep: "-"}, "2015"},
		{civil.Period{Start: civil.MustParsePartialDate("2019-01"), End: civil.MustParsePartialDate("2021-11-09")}, "2019-01 – 2021-11-09"},
		{civil.Period{Start: y(2019), Present: true, Text: "Since 2019"}, "Since 2019"},
	} {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.p, got, tt.want)
		}
		if b := tt.p.AppendTo([]byte("x")); string(b) != "x"+tt.want {
			t.Errorf("%#v.AppendTo(x) = %q, want %q", tt.p, b, "x"+tt.want)
		}
	}
}

// TestParseErrorText checks the text of the parse errors, which are written
// only when read, and that they wrap ErrBadDate.
func TestParseErrorText(t *testing.T) {
	long := "2021-" + string(make([]byte, 100))
	for _, tt := range []struct {
		err  error
		want string
	}{
		{second(civil.ParseDate("2021-02-30")), `itu: parse date "2021-02-30": bad date (no such calendar day)`},
		{second(civil.ParseDate("9 Nov")), `itu: parse date "9 Nov": bad date (want YYYY-MM-DD)`},
		{second(civil.ParsePartialDate("2021-13")), `itu: parse partial date "2021-13": bad date (want YYYY-MM with a month 01 to 12)`},
		{second(civil.ParsePeriod("Present – 2015")), `itu: parse period "Present – 2015": bad date ("Present" may only end a period)`},
		{second(civil.ParseDate(long)), fmt.Sprintf("itu: parse date %q: bad date (want YYYY-MM-DD)", long[:80]+"…")},
	} {
		if tt.err == nil || tt.err.Error() != tt.want || !errors.Is(tt.err, civil.ErrBadDate) {
			t.Errorf("error %v, want %s wrapping ErrBadDate", tt.err, tt.want)
		}
	}
}

func second[T any](_ T, err error) error { return err }

// TestLastLikeTime checks the month lengths against package time, which
// they were read from before: leap years of the proleptic Gregorian
// calendar, and months outside 1 to 12 normalised as time.Date does.
func TestLastLikeTime(t *testing.T) {
	for y := -801; y <= 2801; y++ {
		for m := time.Month(-1); m <= 14; m++ {
			want := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
			if m == 0 {
				want = 31 // Last reads a month not given as December
			}
			if got := (civil.PartialDate{Year: y, Month: m}).Last().Day; got != want {
				t.Fatalf("PartialDate{%d, %d}.Last().Day = %d, want %d", y, m, got, want)
			}
		}
	}
}
