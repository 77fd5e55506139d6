package election

import (
	"errors"
	"fmt"
	"strings"
)

// Years is a span of whole calendar years, both ends included, written
// "2023-2026": the years a term of office covers. The zero value means "not
// set"; a set value has 1 <= First <= Last <= 9999.
type Years struct {
	First int // the first year of the span
	Last  int // the last year of the span, included
}

// ErrBadYears is wrapped by errors from [ParseYears].
var ErrBadYears = errors.New("bad span of years")

// ParseYears parses "YYYY-YYYY" (a hyphen or an en dash between the years,
// spaces around it allowed) or a single "YYYY" for a one-year span.
func ParseYears(s string) (Years, error) {
	bad := func(why string) (Years, error) {
		return Years{}, fmt.Errorf("election: parse years %q: %w (%s)", s, ErrBadYears, why)
	}
	first, last, ok := strings.Cut(s, "-")
	if !ok {
		first, last, ok = strings.Cut(s, "–")
	}
	if !ok {
		last = first
	}
	a, okA := year(strings.TrimSpace(first))
	b, okB := year(strings.TrimSpace(last))
	if !okA || !okB {
		return bad("want YYYY-YYYY with four-digit years")
	}
	y := Years{a, b}
	if !y.IsValid() {
		return bad("the last year comes before the first")
	}
	return y, nil
}

// MustParseYears is like [ParseYears] but panics on error; use it for literals in tests.
func MustParseYears(s string) Years {
	y, err := ParseYears(s)
	if err != nil {
		panic(err)
	}
	return y
}

func year(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, n >= 1
}

// JSONSchemaPattern returns the regular expression a JSON Schema gives the
// text form of Years: four digits, optionally a hyphen or an en dash and four
// more, as [ParseYears] reads it (which also wants years from 1 and in order).
func (Years) JSONSchemaPattern() string { return `^\s*\d{4}\s*([-–]\s*\d{4}\s*)?$` }

// IsZero reports whether y is not set.
func (y Years) IsZero() bool { return y == Years{} }

// IsValid reports whether y is a real span: 1 <= First <= Last <= 9999.
func (y Years) IsValid() bool { return y.First >= 1 && y.First <= y.Last && y.Last <= 9999 }

// Len returns the number of calendar years y covers, or 0 when y is not valid.
func (y Years) Len() int {
	if !y.IsValid() {
		return 0
	}
	return y.Last - y.First + 1
}

// Contains reports whether calendar year n falls within y.
func (y Years) Contains(n int) bool { return y.IsValid() && n >= y.First && n <= y.Last }

// String returns "2023-2026", "2023" for a one-year span, or "" when y is not set.
func (y Years) String() string {
	switch {
	case y.IsZero():
		return ""
	case y.First == y.Last:
		return fmt.Sprintf("%04d", y.First)
	}
	return fmt.Sprintf("%04d-%04d", y.First, y.Last)
}

// MarshalText encodes y as [Years.String] does; an invalid span is an error.
func (y Years) MarshalText() ([]byte, error) {
	if !y.IsZero() && !y.IsValid() {
		return nil, fmt.Errorf("election: marshal years: %w (%d-%d)", ErrBadYears, y.First, y.Last)
	}
	return []byte(y.String()), nil
}

// UnmarshalText decodes a span as [ParseYears] does; "" decodes to the zero Years.
func (y *Years) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*y = Years{}
		return nil
	}
	v, err := ParseYears(string(b))
	if err != nil {
		return err
	}
	*y = v
	return nil
}
