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
	"strconv"
	"strings"
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
		return Date{}, parseErr("date", s, "want YYYY-MM-DD")
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	v := Date{y, time.Month(m), d}
	if !ok1 || !ok2 || !ok3 || !v.IsValid() {
		return Date{}, parseErr("date", s, "no such calendar day")
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

// daysIn returns the number of days in month m of year y (proleptic
// Gregorian). Every date rule asks it, so a real month is answered by
// arithmetic; any other m is normalised as time.Date normalises it.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	}
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// String returns d as "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var buf [24]byte
	return string(d.AppendTo(buf[:0]))
}

// AppendTo appends d as [Date.String] writes it to b, and returns the
// extended buffer: a date written into a line without a string of its own.
func (d Date) AppendTo(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	return d.appendTo(b)
}

// appendTo writes d, not zero. It writes what fmt's "%04d-%02d-%02d" wrote,
// out-of-range fields included, without fmt: dates are written for every CV
// line and message.
func (d Date) appendTo(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

// appendPadded appends n in decimal as fmt's "%0*d" does with the given
// width: zeros after the sign up to width bytes in all.
func appendPadded(b []byte, n, width int) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u
		width--
	}
	var digits [20]byte
	ds := strconv.AppendUint(digits[:0], u, 10)
	for i := len(ds); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, ds...)
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

// A parseError is the error of a parse function: "itu: parse date
// \"2021-02-30\": bad date (no such calendar day)". Its text is written
// when asked for: readers try ParseDate on text that is often not a date
// (correspondence tries it on every written date first), and the error is
// then dropped unread.
type parseError struct {
	what  string // "date", "partial date", "period"
	input string // the input, cut by clip.String
	why   string
}

// parseErr copies the input it keeps, so that s does not escape: decoding
// passes string(b) of the JSON bytes, which stays on the stack, allocation
// free, only while no error can hold it.
func parseErr(what, s, why string) error {
	return &parseError{what, strings.Clone(clip.String(s)), why}
}

func (e *parseError) Error() string {
	return "itu: parse " + e.what + " " + strconv.Quote(e.input) + ": " + ErrBadDate.Error() + " (" + e.why + ")"
}

// Unwrap returns [ErrBadDate], which every parse error wraps.
func (e *parseError) Unwrap() error { return ErrBadDate }

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
