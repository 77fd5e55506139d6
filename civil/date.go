// Package civil holds calendar dates as ITU documents carry them: a [Date]
// with no time zone ("2021-11-09"), a [PartialDate] that knows only a year or
// a month ("2019", "2019-03"), and a [Period] between two of them, with the
// worded periods CVs write in the six official languages ("from 2015 to
// 2018", "de 2015 à 2018", "2015 – present"). The zero value of each means
// "not set", and rules that depend on a date skip it.
package civil

import (
	"cmp"
	"errors"
	"fmt"
	"time"

	"github.com/plenipot/itu/internal/clip"
)

// Date is a calendar date with no time zone, written "2021-11-09" on the wire.
// The zero value means "not set"; it encodes as the empty string.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ErrBadDate is wrapped by errors from [ParseDate], [ParsePartialDate] and [ParsePeriod].
var ErrBadDate = errors.New("bad date")

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses an ISO 8601 calendar date ("2021-11-09"); impossible dates
// such as "2021-02-30" are rejected.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("itu: parse date %s: %w (want YYYY-MM-DD)", clip.Quote(s), ErrBadDate)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	v := Date{y, time.Month(m), d}
	if !ok1 || !ok2 || !ok3 || !v.IsValid() {
		return Date{}, fmt.Errorf("itu: parse date %s: %w (no such calendar day)", clip.Quote(s), ErrBadDate)
	}
	return v, nil
}

// MustParseDate is like [ParseDate] but panics on error; use it for literals in tests.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is the zero Date ("not set").
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real calendar day in years 1 to 9999.
func (d Date) IsValid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// String returns d as "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// In returns the instant at which d begins in loc; a nil loc is UTC.
func (d Date) In(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// AddDays returns d moved by n days (n may be negative). It is exact for
// any real calendar day in years -1,000,000 to 1,000,000 moved by at most a
// billion days; outside that (an impossible day, an extreme year or n) it
// returns the zero Date, so extreme values never overflow into a wrong day.
func (d Date) AddDays(n int) Date {
	const maxYear, maxDays = 1_000_000, 1_000_000_000
	if d.Year < -maxYear || d.Year > maxYear || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > daysIn(d.Year, d.Month) ||
		n < -maxDays || n > maxDays {
		return Date{}
	}
	return DateOf(d.In(time.UTC).AddDate(0, 0, n))
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. It
// compares year, then month, then day, as numbers, so it never overflows,
// whatever the fields hold.
func (d Date) Compare(e Date) int {
	if c := cmp.Compare(d.Year, e.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(d.Month, e.Month); c != 0 {
		return c
	}
	return cmp.Compare(d.Day, e.Day)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// MarshalText encodes d as "YYYY-MM-DD"; the zero Date encodes as "".
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.IsValid() {
		return nil, fmt.Errorf("itu: marshal date: %w (%d-%d-%d)", ErrBadDate, d.Year, d.Month, d.Day)
	}
	return []byte(d.String()), nil
}

// UnmarshalText decodes "YYYY-MM-DD"; the empty string decodes to the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// digits parses a run of ASCII digits; it reports false for anything else.
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
