package civil

import (
	"fmt"
	"strings"
	"time"

	"github.com/plenipot/itu/internal/clip"
)

// PartialDate is a date known to a year, a month or a day, as CVs write them:
// "1983", "2014-05" or "2021-11-09". Month and Day are zero when not given.
// The zero value means "not set".
type PartialDate struct {
	Year  int
	Month time.Month
	Day   int
}

// ParsePartialDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD".
func ParsePartialDate(s string) (PartialDate, error) {
	bad := func(why string) (PartialDate, error) {
		return PartialDate{}, parseErr("partial date", s, why)
	}
	switch len(s) {
	case 4:
		y, ok := digits(s)
		if !ok || y < 1 {
			return bad("want YYYY, YYYY-MM or YYYY-MM-DD")
		}
		return PartialDate{Year: y}, nil
	case 7:
		y, ok1 := digits(s[:4])
		m, ok2 := digits(s[5:])
		if !ok1 || !ok2 || s[4] != '-' || y < 1 || m < 1 || m > 12 {
			return bad("want YYYY-MM with a month 01 to 12")
		}
		return PartialDate{Year: y, Month: time.Month(m)}, nil
	case 10:
		d, err := ParseDate(s)
		if err != nil {
			return bad("no such calendar day")
		}
		return PartialDate(d), nil
	}
	return bad("want YYYY, YYYY-MM or YYYY-MM-DD")
}

// MustParsePartialDate is like [ParsePartialDate] but panics on error.
func MustParsePartialDate(s string) PartialDate {
	p, err := ParsePartialDate(s)
	if err != nil {
		panic(err)
	}
	return p
}

// Year returns the partial date holding only year y.
func Year(y int) PartialDate { return PartialDate{Year: y} }

// IsZero reports whether p is not set.
func (p PartialDate) IsZero() bool { return p == PartialDate{} }

// IsValid reports whether p names a real year, month or day in years 1 to 9999.
func (p PartialDate) IsValid() bool {
	switch {
	case p.Year < 1 || p.Year > 9999 || p.Month < 0 || p.Month > 12 || p.Day < 0:
		return false
	case p.Month == 0:
		return p.Day == 0
	case p.Day == 0:
		return true
	}
	return Date(p).IsValid()
}

// String returns "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" when p is not set.
func (p PartialDate) String() string {
	if p.IsZero() {
		return ""
	}
	var buf [24]byte
	return string(p.AppendTo(buf[:0]))
}

// AppendTo appends p as [PartialDate.String] writes it to b, and returns
// the extended buffer.
func (p PartialDate) AppendTo(b []byte) []byte {
	switch {
	case p.IsZero():
		return b
	case p.Month == 0:
		return appendPadded(b, p.Year, 4)
	case p.Day == 0:
		b = appendPadded(b, p.Year, 4)
		b = append(b, '-')
		return appendPadded(b, int(p.Month), 2)
	}
	return Date(p).appendTo(b)
}

// First returns the first calendar day p may stand for ("1983" gives 1983-01-01).
func (p PartialDate) First() Date {
	d := Date(p)
	if d.Month == 0 {
		d.Month = time.January
	}
	if d.Day == 0 {
		d.Day = 1
	}
	return d
}

// Last returns the last calendar day p may stand for ("1983" gives 1983-12-31).
func (p PartialDate) Last() Date {
	d := Date(p)
	if d.Month == 0 {
		d.Month = time.December
	}
	if d.Day == 0 {
		d.Day = daysIn(d.Year, d.Month)
	}
	return d
}

// MarshalText encodes p as [PartialDate.String] does.
func (p PartialDate) MarshalText() ([]byte, error) {
	if !p.IsZero() && !p.IsValid() {
		return nil, fmt.Errorf("itu: marshal partial date: %w (%d-%d-%d)", ErrBadDate, p.Year, p.Month, p.Day)
	}
	return []byte(p.String()), nil
}

// UnmarshalText decodes "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" decodes to the zero value.
func (p *PartialDate) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = PartialDate{}
		return nil
	}
	v, err := ParsePartialDate(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Period is a span of time as CVs write it: "1986 – 1994", "2015 – Present",
// "2015 ~ 2021" or a single year "2014". Present marks an open-ended period that
// is still running; it is a real state, never an empty End. Sep keeps the
// separator as written (" – ", " - ", " ~ ") so text round-trips exactly; empty
// means " – ". The zero value means "not set".
//
// Text holds a period written in words, exactly as written: "January 2019 –
// present", "Since 2019", "2019 – to date", "(2015 ~ 2021)", "depuis 2019",
// "de 2015 a 2019" (see [ParsePeriod]). Start, End and Present then give its
// meaning, Sep is empty, and [Period.String] returns Text. Text is empty for
// the numeric forms, which Start, End, Present and Sep write back.
type Period struct {
	Start   PartialDate
	End     PartialDate
	Present bool
	Sep     string
	Text    string
}

// DefaultPeriodSep is the separator [Period.String] uses when Sep is empty.
const DefaultPeriodSep = " – "

var periodSeps = []string{" – ", " - ", " ~ ", " — ", "–", "~", "—"}

// ParsePeriod parses a period: a start, then optionally a separator ("-", "–",
// "~" or "—", spaced or not) and an end that is a partial date or "Present".
// A bare "-" without spaces is taken as a separator only between two years.
//
// It also reads periods written in words in English, French and Spanish, and
// keeps them in [Period.Text] exactly as written: month names ("January 2019 –
// present", "Jan. 2019 – Dec. 2020", "janvier 2019 – présent", "enero de 2019"),
// open ends ("Since 2019", "depuis 2019", "desde 2019", "2019 – to date",
// "2019 – ongoing", "2019 – actualidad"), ranges in words ("2015 to 2019",
// "from 2015 to 2019", "de 2015 a 2019", "de 2015 à 2019", "desde 2015 hasta
// 2019") and any of these in parentheses ("(2015 ~ 2021)").
func ParsePeriod(s string) (Period, error) {
	p, err := parseNumericPeriod(s)
	if err == nil || !written(s) {
		return p, err
	}
	if first, _, _ := strings.Cut(s, " "); presentWords[strings.ToLower(first)] {
		return p, err // "Present – 2015": say why
	}
	if p, ok := parseWrittenPeriod(s); ok {
		return p, nil
	}
	return Period{}, parseErr("period", s, `want a form such as "2015 – 2021", "January 2019 – present", "Since 2019" or "(2015 ~ 2021)"`)
}

// parseNumericPeriod parses the numeric forms: "2015 – 2021", "2015 – Present".
func parseNumericPeriod(s string) (Period, error) {
	bad := func(why string) (Period, error) {
		return Period{}, parseErr("period", s, why)
	}
	start, end, sep := s, "", ""
	for _, c := range periodSeps {
		if i := strings.Index(s, c); i >= 0 {
			start, end, sep = s[:i], s[i+len(c):], c
			break
		}
	}
	if sep == "" && len(s) == 9 && s[4] == '-' {
		start, end, sep = s[:4], s[5:], "-"
	}
	if strings.EqualFold(strings.TrimSpace(start), "present") {
		return bad(`"Present" may only end a period`)
	}
	st, err := ParsePartialDate(start)
	if err != nil {
		return bad("start: want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	p := Period{Start: st, Sep: sep}
	if sep == "" {
		return p, nil
	}
	if end == "Present" { // other spellings ("present", "PRESENT") keep their text: see parseWrittenPeriod
		p.Present = true
		return p, nil
	}
	if p.End, err = ParsePartialDate(end); err != nil {
		return bad(`end: want YYYY, YYYY-MM, YYYY-MM-DD or "Present"`)
	}
	return p, nil
}

// MustParsePeriod is like [ParsePeriod] but panics on error.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsZero reports whether p is not set.
func (p Period) IsZero() bool { return p == Period{} }

// IsValid reports whether p has a valid start and at most one valid end
// (a date or Present). Order is a record rule, checked by [Period.Ordered].
//
// A period with [Period.Text] is valid when it is what [ParsePeriod] reads
// from that text.
func (p Period) IsValid() bool {
	if p.Text != "" {
		q, ok := parseWrittenPeriod(p.Text)
		_, numeric := parseNumericPeriod(p.Text)
		return ok && numeric != nil && q == p
	}
	if !p.Start.IsValid() || (p.Present && !p.End.IsZero()) {
		return false
	}
	return p.End.IsZero() || p.End.IsValid()
}

// Ordered reports whether p ends on or after it starts; an open or single-point
// period is ordered.
func (p Period) Ordered() bool {
	return p.End.IsZero() || !p.End.Last().Before(p.Start.First())
}

// String returns p as written: "2015 – Present", "1986 - 1994", "2014", or
// its Text ("Since 2019").
func (p Period) String() string {
	if p.Text != "" {
		return p.Text
	}
	if p.IsZero() {
		return ""
	}
	var buf [48]byte
	return string(p.AppendTo(buf[:0]))
}

// AppendTo appends p as [Period.String] writes it to b, and returns the
// extended buffer: CV lines start with a period, and are written in one
// buffer.
func (p Period) AppendTo(b []byte) []byte {
	if p.Text != "" {
		return append(b, p.Text...)
	}
	if p.IsZero() {
		return b
	}
	b = p.Start.AppendTo(b)
	if p.End.IsZero() && !p.Present {
		return b
	}
	if p.Sep == "" {
		b = append(b, DefaultPeriodSep...)
	} else {
		b = append(b, p.Sep...)
	}
	if p.Present {
		return append(b, "Present"...)
	}
	return p.End.AppendTo(b)
}

// MarshalText encodes p as [Period.String] does.
func (p Period) MarshalText() ([]byte, error) {
	if !p.IsZero() && !p.IsValid() {
		return nil, fmt.Errorf("itu: marshal period: %w (%s)", ErrBadDate, clip.Quote(fmt.Sprintf("%+v", p)))
	}
	return []byte(p.String()), nil
}

// UnmarshalText decodes a period as [ParsePeriod] does; "" decodes to the zero value.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
