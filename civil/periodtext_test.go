package civil_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/plenipot/itu/civil"
)

func ym(y int, m time.Month) civil.PartialDate { return civil.PartialDate{Year: y, Month: m} }

// writtenPeriodTests holds the periods CVs write in words (issue 14). Each
// valid row keeps its text byte for byte in Text and reads its meaning.
var writtenPeriodTests = []struct {
	name    string
	in      string
	want    civil.Period // Text is filled in from in for valid rows
	wantErr error
}{
	{"month name to present", "January 2019 – present", civil.Period{Start: ym(2019, 1), Present: true}, nil},
	{"abbreviated months", "Jan. 2019 – Dec. 2020", civil.Period{Start: ym(2019, 1), End: ym(2020, 12)}, nil},
	{"abbreviations without periods", "Sept 2017 - Mar 2018", civil.Period{Start: ym(2017, 9), End: ym(2018, 3)}, nil},
	{"since", "Since 2019", civil.Period{Start: civil.Year(2019), Present: true}, nil},
	{"since month", "since March 2019", civil.Period{Start: ym(2019, 3), Present: true}, nil},
	{"to date", "2019 – to date", civil.Period{Start: civil.Year(2019), Present: true}, nil},
	{"to date without dash", "2019 to date", civil.Period{Start: civil.Year(2019), Present: true}, nil},
	{"ongoing", "2019 – ongoing", civil.Period{Start: civil.Year(2019), Present: true}, nil},
	{"present capitals", "JANUARY 2019 – PRESENT", civil.Period{Start: ym(2019, 1), Present: true}, nil},
	{"tilde in parentheses", "(2015 ~ 2021)", civil.Period{Start: civil.Year(2015), End: civil.Year(2021)}, nil},
	{"present in parentheses", "(2015 – Present)", civil.Period{Start: civil.Year(2015), Present: true}, nil},
	{"words in parentheses", "(since 2015)", civil.Period{Start: civil.Year(2015), Present: true}, nil},
	{"to", "2015 to 2021", civil.Period{Start: civil.Year(2015), End: civil.Year(2021)}, nil},
	{"from to", "from 2015 to 2019", civil.Period{Start: civil.Year(2015), End: civil.Year(2019)}, nil},
	{"from until", "From May 2015 until June 2019", civil.Period{Start: ym(2015, 5), End: ym(2019, 6)}, nil},
	{"single month name", "June 1985", civil.Period{Start: ym(1985, 6)}, nil},
	{"day month year", "9 November 2021 – present", civil.Period{Start: civil.PartialDate{Year: 2021, Month: 11, Day: 9}, Present: true}, nil},
	{"us order", "November 9, 2021 – December 31, 2022", civil.Period{Start: civil.PartialDate{Year: 2021, Month: 11, Day: 9}, End: civil.PartialDate{Year: 2022, Month: 12, Day: 31}}, nil},
	// French
	{"depuis", "depuis 2019", civil.Period{Start: civil.Year(2019), Present: true}, nil},
	{"Depuis month", "Depuis janvier 2019", civil.Period{Start: ym(2019, 1), Present: true}, nil},
	{"janvier to présent", "janvier 2019 – présent", civil.Period{Start: ym(2019, 1), Present: true}, nil},
	{"février abbreviated", "févr. 2018 – déc. 2020", civil.Period{Start: ym(2018, 2), End: ym(2020, 12)}, nil},
	{"capitals without accents", "FEVRIER 2018 – AOUT 2020", civil.Period{Start: ym(2018, 2), End: ym(2020, 8)}, nil},
	{"decomposed accent", "fe\u0301vrier 2018 – pre\u0301sent", civil.Period{Start: ym(2018, 2), Present: true}, nil},
	{"de à", "de 2015 à 2019", civil.Period{Start: civil.Year(2015), End: civil.Year(2019)}, nil},
	{"à ce jour", "de 2015 à ce jour", civil.Period{Start: civil.Year(2015), Present: true}, nil},
	{"du au with ordinal", "du 1er janvier 2019 au 31 décembre 2020", civil.Period{Start: civil.PartialDate{Year: 2019, Month: 1, Day: 1}, End: civil.PartialDate{Year: 2020, Month: 12, Day: 31}}, nil},
	{"en cours", "2021 – en cours", civil.Period{Start: civil.Year(2021), Present: true}, nil},
	// Spanish
	{"desde", "desde 2019", civil.Period{Start: civil.Year(2019), Present: true}, nil},
	{"Desde month de year", "Desde enero de 2019", civil.Period{Start: ym(2019, 1), Present: true}, nil},
	{"actualidad", "2019 – actualidad", civil.Period{Start: civil.Year(2019), Present: true}, nil},
	{"de a", "de 2015 a 2019", civil.Period{Start: civil.Year(2015), End: civil.Year(2019)}, nil},
	{"de a la actualidad", "de marzo de 2015 a la actualidad", civil.Period{Start: ym(2015, 3), Present: true}, nil},
	{"desde hasta", "desde 2015 hasta 2019", civil.Period{Start: civil.Year(2015), End: civil.Year(2019)}, nil},
	{"abbreviated dic.", "ene. 2019 – dic. 2020", civil.Period{Start: ym(2019, 1), End: ym(2020, 12)}, nil},
	{"day de month de year", "1 de enero de 2023 – presente", civil.Period{Start: civil.PartialDate{Year: 2023, Month: 1, Day: 1}, Present: true}, nil},
	{"reversed still parses", "Dec. 2020 – Jan. 2019", civil.Period{Start: ym(2020, 12), End: ym(2019, 1)}, nil},

	// Nonsense stays an error.
	{"from alone", "from 2019", civil.Period{}, civil.ErrBadDate},
	{"unknown month", "Janember 2019 – present", civil.Period{}, civil.ErrBadDate},
	{"unknown end word", "2019 – forever", civil.Period{}, civil.ErrBadDate},
	{"present as start", "present – 2019", civil.Period{}, civil.ErrBadDate},
	{"since present", "since present", civil.Period{}, civil.ErrBadDate},
	{"two-digit year", "Jan. 19 – Dec. 20", civil.Period{}, civil.ErrBadDate},
	{"no such day", "30 February 2019", civil.Period{}, civil.ErrBadDate},
	{"unpaired parenthesis", "(2015 ~ 2021", civil.Period{}, civil.ErrBadDate},
	{"nested parentheses", "((2015 ~ 2021))", civil.Period{}, civil.ErrBadDate},
	{"empty parentheses", "()", civil.Period{}, civil.ErrBadDate},
	{"space inside parentheses", "( 2015 ~ 2021 )", civil.Period{}, civil.ErrBadDate},
	{"space around", " Since 2019", civil.Period{}, civil.ErrBadDate},
	{"end and present", "2015 – 2019 present", civil.Period{}, civil.ErrBadDate},
	{"words alone", "present", civil.Period{}, civil.ErrBadDate},
	{"month alone", "January", civil.Period{}, civil.ErrBadDate},
	{"de without a", "de 2015 2019", civil.Period{}, civil.ErrBadDate},
	{"period after full name", "january. 2019", civil.Period{}, civil.ErrBadDate},
}

func TestParseWrittenPeriod(t *testing.T) {
	for _, tt := range writtenPeriodTests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if tt.wantErr == nil {
				want.Text = tt.in
			}
			got, err := civil.ParsePeriod(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParsePeriod(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ParsePeriod(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if err != nil {
				return
			}
			if !got.IsValid() {
				t.Errorf("ParsePeriod(%q) = %+v, which is not valid", tt.in, got)
			}
			b, err := got.MarshalText()
			if err != nil || string(b) != tt.in {
				t.Errorf("MarshalText() = %q, %v; want %q byte for byte", b, err, tt.in)
			}
		})
	}
}

// TestWrittenPeriodValidity checks that Text and the meaning cannot drift
// apart: a period whose Text says something else is not valid.
func TestWrittenPeriodValidity(t *testing.T) {
	since := civil.MustParsePeriod("Since 2019")
	tests := []struct {
		name string
		p    civil.Period
		want bool
	}{
		{"as parsed", since, true},
		{"start changed", civil.Period{Start: civil.Year(2018), Present: true, Text: "Since 2019"}, false},
		{"no longer open", civil.Period{Start: civil.Year(2019), Text: "Since 2019"}, false},
		{"numeric text", civil.Period{Start: civil.Year(2015), Present: true, Text: "2015 – Present"}, false},
		{"nonsense text", civil.Period{Start: civil.Year(2015), Text: "whenever"}, false},
		{"separator with text", civil.Period{Start: civil.Year(2019), Present: true, Sep: " – ", Text: "Since 2019"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.IsValid(); got != tt.want {
				t.Errorf("%+v.IsValid() = %v, want %v", tt.p, got, tt.want)
			}
			if _, err := tt.p.MarshalText(); (err == nil) != tt.want {
				t.Errorf("MarshalText() error = %v, want error %v", err, !tt.want)
			}
		})
	}
}

// TestWrittenPeriodCompare checks that written and numeric forms of one
// period order alike.
func TestWrittenPeriodCompare(t *testing.T) {
	tests := []struct {
		name         string
		a, b         string
		sameStart    bool
		orderedA     bool
		presentA     bool
		startBeforeB bool
	}{
		{"month name and numeric month", "January 2019 – present", "2019-01 – Present", true, true, true, false},
		{"since and dash", "Since 2019", "2019 – Present", true, true, true, false},
		{"parentheses and bare", "(2015 ~ 2021)", "2015 ~ 2021", true, true, false, false},
		{"earlier month", "Jan. 2019 – Dec. 2020", "2019-02", false, true, false, true},
		{"reversed", "Dec. 2020 – Jan. 2019", "2020", false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := civil.MustParsePeriod(tt.a), civil.MustParsePeriod(tt.b)
			if got := a.Start == b.Start; got != tt.sameStart {
				t.Errorf("same start = %v, want %v (%+v, %+v)", got, tt.sameStart, a.Start, b.Start)
			}
			if got := a.Ordered(); got != tt.orderedA {
				t.Errorf("Ordered() = %v, want %v", got, tt.orderedA)
			}
			if a.Present != tt.presentA {
				t.Errorf("Present = %v, want %v", a.Present, tt.presentA)
			}
			if got := a.Start.Last().Before(b.Start.First()); got != tt.startBeforeB {
				t.Errorf("starts before = %v, want %v", got, tt.startBeforeB)
			}
		})
	}
}

func FuzzParseWrittenPeriod(f *testing.F) {
	for _, tt := range writtenPeriodTests {
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
		if p.String() != s {
			t.Fatalf("String() = %q, want %q byte for byte", p.String(), s)
		}
		q, err := civil.ParsePeriod(p.String())
		if err != nil {
			t.Fatalf("ParsePeriod(%q) error = %v", p.String(), err)
		}
		if diff := cmp.Diff(p, q); diff != "" {
			t.Fatalf("ParsePeriod(String()) of %q mismatch (-want +got):\n%s", s, diff)
		}
	})
}
