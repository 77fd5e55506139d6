package civil_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/strictjson"
)

var parseDateTests = []struct {
	name    string
	in      string
	want    civil.Date
	wantErr error
}{
	{"election day", "2022-09-29", civil.Date{Year: 2022, Month: time.September, Day: 29}, nil},
	{"letter date", "2021-11-09", civil.Date{Year: 2021, Month: time.November, Day: 9}, nil},
	{"leap day", "2024-02-29", civil.Date{Year: 2024, Month: time.February, Day: 29}, nil},
	{"leap day in a 400 year", "2000-02-29", civil.Date{Year: 2000, Month: time.February, Day: 29}, nil},
	{"first day", "0001-01-01", civil.Date{Year: 1, Month: time.January, Day: 1}, nil},
	{"last day", "9999-12-31", civil.Date{Year: 9999, Month: time.December, Day: 31}, nil},
	{"30 February", "2021-02-30", civil.Date{}, civil.ErrBadDate},
	{"29 February in a common year", "2023-02-29", civil.Date{}, civil.ErrBadDate},
	{"29 February in 1900", "1900-02-29", civil.Date{}, civil.ErrBadDate},
	{"31 April", "2021-04-31", civil.Date{}, civil.ErrBadDate},
	{"month 13", "2021-13-01", civil.Date{}, civil.ErrBadDate},
	{"month 00", "2021-00-10", civil.Date{}, civil.ErrBadDate},
	{"day 00", "2021-01-00", civil.Date{}, civil.ErrBadDate},
	{"day 32", "2021-01-32", civil.Date{}, civil.ErrBadDate},
	{"year 0", "0000-01-01", civil.Date{}, civil.ErrBadDate},
	{"empty", "", civil.Date{}, civil.ErrBadDate},
	{"one digit month", "2021-1-09", civil.Date{}, civil.ErrBadDate},
	{"slashes", "2021/11/09", civil.Date{}, civil.ErrBadDate},
	{"two digit year", "21-11-09", civil.Date{}, civil.ErrBadDate},
	{"with time", "2021-11-09T00:00:00Z", civil.Date{}, civil.ErrBadDate},
	{"leading space", " 2021-11-09", civil.Date{}, civil.ErrBadDate},
	{"signed year", "+021-11-09", civil.Date{}, civil.ErrBadDate},
	{"signed month", "2021-+1-09", civil.Date{}, civil.ErrBadDate},
	{"letters", "2021-11-0x", civil.Date{}, civil.ErrBadDate},
	{"day first", "09-11-2021", civil.Date{}, civil.ErrBadDate},
	{"NUL byte", "2021-11-0\x00", civil.Date{}, civil.ErrBadDate},
	{"Arabic-Indic digits", "٢٠٢١-11-09", civil.Date{}, civil.ErrBadDate},
	{"written out", "9 November 2021", civil.Date{}, civil.ErrBadDate},
}

func TestParseDate(t *testing.T) {
	for _, tt := range parseDateTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := civil.ParseDate(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseDate(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseDate(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDateRoundTrip(t *testing.T) {
	for _, tt := range parseDateTests {
		if tt.wantErr != nil {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			d := tt.want
			if got := d.String(); got != tt.in {
				t.Errorf("String() = %q, want %q", got, tt.in)
			}
			b, err := d.MarshalText()
			if err != nil || string(b) != tt.in {
				t.Fatalf("MarshalText() = %q, %v; want %q", b, err, tt.in)
			}
			var got civil.Date
			if err := got.UnmarshalText(b); err != nil {
				t.Fatalf("UnmarshalText(%q) error = %v", b, err)
			}
			if diff := cmp.Diff(d, got); diff != "" {
				t.Errorf("UnmarshalText(%q) mismatch (-want +got):\n%s", b, diff)
			}
		})
	}
}

func TestDateZeroAndInvalid(t *testing.T) {
	var zero civil.Date
	if !zero.IsZero() || zero.IsValid() || zero.String() != "" {
		t.Errorf("zero Date: IsZero %v, IsValid %v, String %q; want true, false, \"\"", zero.IsZero(), zero.IsValid(), zero.String())
	}
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText() = %q, %v; want empty", b, err)
	}
	d := civil.MustParseDate("2021-11-09")
	if err := d.UnmarshalText(nil); err != nil || !d.IsZero() {
		t.Errorf("UnmarshalText(nil) = %v, %v; want the zero Date", d, err)
	}
	d = civil.MustParseDate("2021-11-09")
	if err := d.UnmarshalText([]byte("2021-02-30")); !errors.Is(err, civil.ErrBadDate) {
		t.Errorf("UnmarshalText(2021-02-30) error = %v, want %v", err, civil.ErrBadDate)
	}
	if d != civil.MustParseDate("2021-11-09") {
		t.Errorf("a failed UnmarshalText changed the date to %v", d)
	}
	for _, bad := range []civil.Date{
		{Year: 2021, Month: time.February, Day: 30},
		{Year: 2021, Month: 13, Day: 1},
		{Year: 10000, Month: 1, Day: 1},
		{Year: -1, Month: 1, Day: 1},
		{Year: 2021, Month: 1},
	} {
		if bad.IsValid() {
			t.Errorf("%+v.IsValid() = true", bad)
		}
		if _, err := bad.MarshalText(); !errors.Is(err, civil.ErrBadDate) {
			t.Errorf("%+v.MarshalText() error = %v, want %v", bad, err, civil.ErrBadDate)
		}
	}
}

func TestDateCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2021-11-09", "2021-11-09", 0},
		{"2021-11-09", "2021-11-10", -1},
		{"2021-11-09", "2021-10-31", 1},
		{"2020-12-31", "2021-01-01", -1},
		{"2022-09-26", "2018-10-29", 1},
	}
	for _, tt := range tests {
		a, b := civil.MustParseDate(tt.a), civil.MustParseDate(tt.b)
		got := []any{a.Compare(b), a.Before(b), a.After(b), b.Compare(a)}
		want := []any{tt.want, tt.want < 0, tt.want > 0, -tt.want}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s vs %s: Compare, Before, After, reverse Compare mismatch (-want +got):\n%s", tt.a, tt.b, diff)
		}
	}
}

func TestDateAddDays(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2021-11-09", 0, "2021-11-09"},
		{"2021-11-09", 1, "2021-11-10"},
		{"2024-02-28", 1, "2024-02-29"},
		{"2023-02-28", 1, "2023-03-01"},
		{"2022-01-01", -1, "2021-12-31"},
		{"2022-09-26", -28, "2022-08-29"},
	}
	for _, tt := range tests {
		if got := civil.MustParseDate(tt.from).AddDays(tt.n).String(); got != tt.want {
			t.Errorf("%s.AddDays(%d) = %s, want %s", tt.from, tt.n, got, tt.want)
		}
	}
}

func TestDateOfAndIn(t *testing.T) {
	seoul := time.FixedZone("KST", 9*3600)
	// 23:30 UTC on 8 November is already 9 November in Seoul: DateOf uses
	// the instant's own location, never the machine's.
	instant := time.Date(2021, time.November, 8, 23, 30, 0, 0, time.UTC)
	if got := civil.DateOf(instant).String(); got != "2021-11-08" {
		t.Errorf("DateOf(UTC) = %s, want 2021-11-08", got)
	}
	if got := civil.DateOf(instant.In(seoul)).String(); got != "2021-11-09" {
		t.Errorf("DateOf(Seoul) = %s, want 2021-11-09", got)
	}
	d := civil.MustParseDate("2021-11-09")
	if got, want := d.In(seoul), time.Date(2021, time.November, 9, 0, 0, 0, 0, seoul); !got.Equal(want) {
		t.Errorf("In(Seoul) = %v, want %v", got, want)
	}
	if got := civil.DateOf(d.In(seoul)); got != d {
		t.Errorf("DateOf(In(Seoul)) = %v, want %v", got, d)
	}
}

func TestMustParseDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseDate(2021-02-30) did not panic")
		}
	}()
	civil.MustParseDate("2021-02-30")
}

var parsePartialDateTests = []struct {
	name    string
	in      string
	want    civil.PartialDate
	wantErr error
}{
	{"year", "1983", civil.PartialDate{Year: 1983}, nil},
	{"year and month", "2014-05", civil.PartialDate{Year: 2014, Month: time.May}, nil},
	{"full date", "2021-11-09", civil.PartialDate{Year: 2021, Month: time.November, Day: 9}, nil},
	{"leap day", "2024-02-29", civil.PartialDate{Year: 2024, Month: time.February, Day: 29}, nil},
	{"year 1", "0001", civil.PartialDate{Year: 1}, nil},
	{"year 0", "0000", civil.PartialDate{}, civil.ErrBadDate},
	{"two digit year", "83", civil.PartialDate{}, civil.ErrBadDate},
	{"five digit year", "19830", civil.PartialDate{}, civil.ErrBadDate},
	{"month 13", "1983-13", civil.PartialDate{}, civil.ErrBadDate},
	{"month 00", "1983-00", civil.PartialDate{}, civil.ErrBadDate},
	{"one digit month", "1983-5", civil.PartialDate{}, civil.ErrBadDate},
	{"slash", "1983/05", civil.PartialDate{}, civil.ErrBadDate},
	{"impossible day", "2021-02-30", civil.PartialDate{}, civil.ErrBadDate},
	{"letters", "198a", civil.PartialDate{}, civil.ErrBadDate},
	{"month name", "May 2014", civil.PartialDate{}, civil.ErrBadDate},
	{"signed", "-983", civil.PartialDate{}, civil.ErrBadDate},
	{"signed month", "1983--5", civil.PartialDate{}, civil.ErrBadDate},
	{"empty", "", civil.PartialDate{}, civil.ErrBadDate},
	{"Present", "Present", civil.PartialDate{}, civil.ErrBadDate},
	{"NUL byte", "198\x00", civil.PartialDate{}, civil.ErrBadDate},
}

func TestParsePartialDate(t *testing.T) {
	for _, tt := range parsePartialDateTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := civil.ParsePartialDate(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParsePartialDate(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParsePartialDate(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if err != nil {
				return
			}
			if s := got.String(); s != tt.in {
				t.Errorf("String() = %q, want %q", s, tt.in)
			}
			b, err := got.MarshalText()
			if err != nil || string(b) != tt.in {
				t.Fatalf("MarshalText() = %q, %v; want %q", b, err, tt.in)
			}
			var back civil.PartialDate
			if err := back.UnmarshalText(b); err != nil || back != got {
				t.Errorf("UnmarshalText(%q) = %+v, %v; want %+v", b, back, err, got)
			}
		})
	}
}

func TestPartialDateFirstLast(t *testing.T) {
	tests := []struct {
		in, first, last string
	}{
		{"1983", "1983-01-01", "1983-12-31"},
		{"2014-05", "2014-05-01", "2014-05-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2023-02", "2023-02-01", "2023-02-28"},
		{"2021-11-09", "2021-11-09", "2021-11-09"},
	}
	for _, tt := range tests {
		p := civil.MustParsePartialDate(tt.in)
		got := []string{p.First().String(), p.Last().String()}
		if diff := cmp.Diff([]string{tt.first, tt.last}, got); diff != "" {
			t.Errorf("%s First, Last mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestPartialDateIsValid(t *testing.T) {
	tests := []struct {
		name string
		p    civil.PartialDate
		want bool
	}{
		{"zero", civil.PartialDate{}, false},
		{"year", civil.Year(1983), true},
		{"month", civil.PartialDate{Year: 2014, Month: 5}, true},
		{"day", civil.PartialDate{Year: 2021, Month: 11, Day: 9}, true},
		{"day without month", civil.PartialDate{Year: 2021, Day: 9}, false},
		{"impossible day", civil.PartialDate{Year: 2021, Month: 2, Day: 30}, false},
		{"month 13", civil.PartialDate{Year: 2021, Month: 13}, false},
		{"negative month", civil.PartialDate{Year: 2021, Month: -1}, false},
		{"negative day", civil.PartialDate{Year: 2021, Month: 1, Day: -1}, false},
		{"year 10000", civil.Year(10000), false},
		{"year 0 with month", civil.PartialDate{Month: 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.IsValid(); got != tt.want {
				t.Errorf("%+v.IsValid() = %v, want %v", tt.p, got, tt.want)
			}
			_, err := tt.p.MarshalText()
			if wantErr := !tt.want && !tt.p.IsZero(); (err != nil) != wantErr || (err != nil && !errors.Is(err, civil.ErrBadDate)) {
				t.Errorf("%+v.MarshalText() error = %v, want error %v", tt.p, err, wantErr)
			}
		})
	}
}

// parsePeriodTests holds the forms CVs write; the seed dossier's forms round-trip
// byte for byte.
var parsePeriodTests = []struct {
	name      string
	in        string
	want      civil.Period
	wantErr   error
	roundTrip bool // String() gives back in exactly
}{
	{"present, en dash", "2015 – Present", civil.Period{Start: civil.Year(2015), Present: true, Sep: " – "}, nil, true},
	{"spaced hyphen", "2009 - 2014", civil.Period{Start: civil.Year(2009), End: civil.Year(2014), Sep: " - "}, nil, true},
	{"tilde", "2015 ~ 2021", civil.Period{Start: civil.Year(2015), End: civil.Year(2021), Sep: " ~ "}, nil, true},
	{"single year", "1983", civil.Period{Start: civil.Year(1983)}, nil, true},
	{"en dash years", "1986 – 1994", civil.Period{Start: civil.Year(1986), End: civil.Year(1994), Sep: " – "}, nil, true},
	{"em dash", "2015 — 2021", civil.Period{Start: civil.Year(2015), End: civil.Year(2021), Sep: " — "}, nil, true},
	{"bare hyphen between years", "2009-2014", civil.Period{Start: civil.Year(2009), End: civil.Year(2014), Sep: "-"}, nil, true},
	{"bare en dash", "2015–2021", civil.Period{Start: civil.Year(2015), End: civil.Year(2021), Sep: "–"}, nil, true},
	{"bare tilde", "2015~Present", civil.Period{Start: civil.Year(2015), Present: true, Sep: "~"}, nil, true},
	{"bare em dash", "2015—2021", civil.Period{Start: civil.Year(2015), End: civil.Year(2021), Sep: "—"}, nil, true},
	{"months", "2014-05 – 2015-06", civil.Period{Start: civil.PartialDate{Year: 2014, Month: 5}, End: civil.PartialDate{Year: 2015, Month: 6}, Sep: " – "}, nil, true},
	{"months with spaced hyphen", "2014-05 - 2015-06", civil.Period{Start: civil.PartialDate{Year: 2014, Month: 5}, End: civil.PartialDate{Year: 2015, Month: 6}, Sep: " - "}, nil, true},
	{"days", "2019-01-01 – 2022-12-31", civil.Period{Start: civil.PartialDate{Year: 2019, Month: 1, Day: 1}, End: civil.PartialDate{Year: 2022, Month: 12, Day: 31}, Sep: " – "}, nil, true},
	{"single month", "2014-05", civil.Period{Start: civil.PartialDate{Year: 2014, Month: 5}}, nil, true},
	{"reversed still parses", "2015 – 2014", civil.Period{Start: civil.Year(2015), End: civil.Year(2014), Sep: " – "}, nil, true},
	{"present lower case", "2015 – present", civil.Period{Start: civil.Year(2015), Present: true, Text: "2015 – present"}, nil, true},
	{"present upper case", "2015 - PRESENT", civil.Period{Start: civil.Year(2015), Present: true, Text: "2015 - PRESENT"}, nil, true},
	{"present alone", "Present", civil.Period{}, civil.ErrBadDate, false},
	{"present as start", "Present – 2015", civil.Period{}, civil.ErrBadDate, false},
	{"present lower case as start", "present - 2021", civil.Period{}, civil.ErrBadDate, false},
	{"present at both ends", "Present – Present", civil.Period{}, civil.ErrBadDate, false},
	{"spaced present alone", " Present ", civil.Period{}, civil.ErrBadDate, false},
	{"no end", "2015 – ", civil.Period{}, civil.ErrBadDate, false},
	{"no start", "– 2015", civil.Period{}, civil.ErrBadDate, false},
	{"empty", "", civil.Period{}, civil.ErrBadDate, false},
	{"impossible start", "2021-02-30", civil.Period{}, civil.ErrBadDate, false},
	{"impossible end", "2015 – 2021-02-30", civil.Period{}, civil.ErrBadDate, false},
	{"bad end word", "2015 – Presently", civil.Period{}, civil.ErrBadDate, false},
	{"to", "2015 to 2021", civil.Period{Start: civil.Year(2015), End: civil.Year(2021), Text: "2015 to 2021"}, nil, true},
	{"three parts", "2015 – 2016 – 2017", civil.Period{}, civil.ErrBadDate, false},
	{"bare hyphen before Present", "2015-Present", civil.Period{}, civil.ErrBadDate, false},
	{"double space", "2015  –  2021", civil.Period{}, civil.ErrBadDate, false},
	{"NUL in end", "2015 – 20\x0021", civil.Period{}, civil.ErrBadDate, false},
	{"invalid UTF-8 separator", "2015 \xe2\x80 2021", civil.Period{}, civil.ErrBadDate, false},
}

func TestParsePeriod(t *testing.T) {
	for _, tt := range parsePeriodTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := civil.ParsePeriod(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParsePeriod(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParsePeriod(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if err == nil && !got.IsValid() {
				t.Errorf("ParsePeriod(%q) = %+v, which is not valid", tt.in, got)
			}
		})
	}
}

func TestPeriodRoundTrip(t *testing.T) {
	for _, tt := range parsePeriodTests {
		if tt.wantErr != nil {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			p := civil.MustParsePeriod(tt.in)
			if tt.roundTrip && p.String() != tt.in {
				t.Errorf("String() = %q, want %q byte for byte", p.String(), tt.in)
			}
			b, err := p.MarshalText()
			if err != nil || string(b) != p.String() {
				t.Fatalf("MarshalText() = %q, %v; want %q", b, err, p.String())
			}
			var back civil.Period
			if err := back.UnmarshalText(b); err != nil {
				t.Fatalf("UnmarshalText(%q) error = %v", b, err)
			}
			if diff := cmp.Diff(p, back); diff != "" {
				t.Errorf("UnmarshalText(MarshalText()) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPeriodString(t *testing.T) {
	tests := []struct {
		name string
		p    civil.Period
		want string
	}{
		{"zero", civil.Period{}, ""},
		{"default separator", civil.Period{Start: civil.Year(2015), Present: true}, "2015 – Present"},
		{"default separator with end", civil.Period{Start: civil.Year(1986), End: civil.Year(1994)}, "1986 – 1994"},
		{"single year ignores Sep", civil.Period{Start: civil.Year(1983), Sep: " - "}, "1983"},
		{"kept separator", civil.Period{Start: civil.Year(2009), End: civil.Year(2014), Sep: " - "}, "2009 - 2014"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
	if civil.DefaultPeriodSep != " – " {
		t.Errorf("DefaultPeriodSep = %q, want en dash with spaces", civil.DefaultPeriodSep)
	}
}

func TestPeriodValidity(t *testing.T) {
	tests := []struct {
		name           string
		p              civil.Period
		valid, ordered bool
	}{
		{"open", civil.MustParsePeriod("2015 – Present"), true, true},
		{"closed", civil.MustParsePeriod("1986 – 1994"), true, true},
		{"single year", civil.MustParsePeriod("1983"), true, true},
		{"same year", civil.MustParsePeriod("2014 – 2014"), true, true},
		{"month within its year", civil.MustParsePeriod("2014-05 – 2014"), true, true},
		{"year then month of it", civil.MustParsePeriod("2014 – 2014-05"), true, true},
		{"same day", civil.MustParsePeriod("2021-11-09 – 2021-11-09"), true, true},
		{"reversed years", civil.MustParsePeriod("2015 – 2014"), true, false},
		{"reversed months", civil.MustParsePeriod("2014-06 – 2014-05"), true, false},
		{"reversed days", civil.MustParsePeriod("2021-11-09 – 2021-11-08"), true, false},
		{"zero", civil.Period{}, false, true},
		{"end and Present", civil.Period{Start: civil.Year(2015), End: civil.Year(2020), Present: true}, false, true},
		{"bad start", civil.Period{Start: civil.PartialDate{Year: 2015, Month: 13}}, false, true},
		{"bad end", civil.Period{Start: civil.Year(2015), End: civil.PartialDate{Year: 2021, Month: 2, Day: 30}}, false, true}, // order means nothing for an invalid end
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []bool{tt.p.IsValid(), tt.p.Ordered()}
			if diff := cmp.Diff([]bool{tt.valid, tt.ordered}, got); diff != "" {
				t.Errorf("%q IsValid, Ordered mismatch (-want +got):\n%s", tt.p, diff)
			}
			_, err := tt.p.MarshalText()
			if wantErr := !tt.valid && !tt.p.IsZero(); (err != nil) != wantErr || (err != nil && !errors.Is(err, civil.ErrBadDate)) {
				t.Errorf("MarshalText() error = %v, want error %v", err, wantErr)
			}
		})
	}
}

func TestPeriodUnmarshalEmpty(t *testing.T) {
	p := civil.MustParsePeriod("2015 – Present")
	if err := p.UnmarshalText(nil); err != nil || !p.IsZero() {
		t.Errorf("UnmarshalText(nil) = %+v, %v; want the zero Period", p, err)
	}
	p = civil.MustParsePeriod("2015 – Present")
	if err := p.UnmarshalText([]byte("Present – 2015")); !errors.Is(err, civil.ErrBadDate) {
		t.Errorf("UnmarshalText(Present – 2015) error = %v, want %v", err, civil.ErrBadDate)
	}
	if p != civil.MustParsePeriod("2015 – Present") {
		t.Errorf("a failed UnmarshalText changed the period to %+v", p)
	}
}

// TestDateTypesInJSON checks the wire forms inside a record: canonical
// payloads decode and encode back to the same bytes.
func TestDateTypesInJSON(t *testing.T) {
	type record struct {
		Date   civil.Date        `json:"date"`
		Since  civil.PartialDate `json:"since"`
		Period civil.Period      `json:"period"`
		Later  civil.Date        `json:"later,omitzero"`
	}
	const canonical = "{\n  \"date\": \"2021-11-09\",\n  \"since\": \"2014-05\",\n  \"period\": \"2015 – Present\"\n}\n"
	var r record
	if err := strictjson.Decode([]byte(canonical), &r); err != nil {
		t.Fatalf("Decode() error = %v", err)
	}
	want := record{
		Date:   civil.MustParseDate("2021-11-09"),
		Since:  civil.MustParsePartialDate("2014-05"),
		Period: civil.MustParsePeriod("2015 – Present"),
	}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("Decode() mismatch (-want +got):\n%s", diff)
	}
	b, err := strictjson.Encode(r)
	if err != nil {
		t.Fatalf("Encode() error = %v", err)
	}
	if diff := cmp.Diff(canonical, string(b)); diff != "" {
		t.Errorf("Encode() mismatch (-want +got):\n%s", diff)
	}
}

// TestParseHostileDates feeds the date parsers inputs far larger than any
// document holds; they must fail quickly, without echoing the whole input.
func TestParseHostileDates(t *testing.T) {
	huge := strings.Repeat("2015 – ", 1<<14) + "Present"
	nul := strings.Repeat("\x00", 1<<16)
	for _, s := range []string{huge, nul, "2015 – " + nul} {
		if _, err := civil.ParsePeriod(s); !errors.Is(err, civil.ErrBadDate) {
			t.Errorf("ParsePeriod(%d bytes) error = %v, want %v", len(s), err, civil.ErrBadDate)
		} else if len(err.Error()) > 500 {
			t.Errorf("ParsePeriod(%d bytes) error is %d bytes long; want the input truncated", len(s), len(err.Error()))
		}
		if _, err := civil.ParsePartialDate(s); !errors.Is(err, civil.ErrBadDate) || len(err.Error()) > 500 {
			t.Errorf("ParsePartialDate(%d bytes) error = %.80v (%d bytes), want a short %v", len(s), err, len(err.Error()), civil.ErrBadDate)
		}
		if _, err := civil.ParseDate(s); !errors.Is(err, civil.ErrBadDate) || len(err.Error()) > 500 {
			t.Errorf("ParseDate(%d bytes) error = %.80v (%d bytes), want a short %v", len(s), err, len(err.Error()), civil.ErrBadDate)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, tt := range parseDateTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := civil.ParseDate(s)
		if err != nil {
			if !errors.Is(err, civil.ErrBadDate) || !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %+v, %v; want the zero Date and ErrBadDate", s, d, err)
			}
			return
		}
		if !d.IsValid() || d.String() != s {
			t.Fatalf("ParseDate(%q) = %+v (valid %v), String %q; want a valid date that prints as the input", s, d, d.IsValid(), d.String())
		}
		if e, err := civil.ParseDate(d.String()); err != nil || e != d {
			t.Fatalf("ParseDate(%q) = %+v, %v; want %+v", d.String(), e, err, d)
		}
		if e := d.AddDays(1).AddDays(-1); e != d {
			t.Fatalf("%v.AddDays(1).AddDays(-1) = %v", d, e)
		}
	})
}

func FuzzParsePartialDate(f *testing.F) {
	for _, tt := range parsePartialDateTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := civil.ParsePartialDate(s)
		if err != nil {
			if !errors.Is(err, civil.ErrBadDate) || !p.IsZero() {
				t.Fatalf("ParsePartialDate(%q) = %+v, %v; want the zero value and ErrBadDate", s, p, err)
			}
			return
		}
		if !p.IsValid() || p.String() != s {
			t.Fatalf("ParsePartialDate(%q) = %+v (valid %v), String %q; want a valid value that prints as the input", s, p, p.IsValid(), p.String())
		}
		if q, err := civil.ParsePartialDate(p.String()); err != nil || q != p {
			t.Fatalf("ParsePartialDate(%q) = %+v, %v; want %+v", p.String(), q, err, p)
		}
		if first, last := p.First(), p.Last(); !first.IsValid() || !last.IsValid() || last.Before(first) {
			t.Fatalf("%q: First %v, Last %v; want valid days in order", s, first, last)
		}
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, tt := range parsePeriodTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := civil.ParsePeriod(s)
		if err != nil {
			if !errors.Is(err, civil.ErrBadDate) || !p.IsZero() {
				t.Fatalf("ParsePeriod(%q) = %+v, %v; want the zero Period and ErrBadDate", s, p, err)
			}
			return
		}
		if !p.IsValid() {
			t.Fatalf("ParsePeriod(%q) = %+v, which is not valid", s, p)
		}
		q, err := civil.ParsePeriod(p.String())
		if err != nil {
			t.Fatalf("ParsePeriod(%q) (from %q) error = %v", p.String(), s, err)
		}
		if diff := cmp.Diff(p, q); diff != "" {
			t.Fatalf("ParsePeriod(String()) of %q mismatch (-want +got):\n%s", s, diff)
		}
		if q.String() != p.String() {
			t.Fatalf("String() not stable: %q then %q", p.String(), q.String())
		}
		p.Ordered() // must not panic
	})
}
