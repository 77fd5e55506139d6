package schema

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
)

// The patterns must accept every value the parsers accept, and reject what
// they reject except for calendar checks a pattern cannot make (February 30).

func TestPeriodPatternMatchesParser(t *testing.T) {
	re := regexp.MustCompile(periodPattern)
	starts := []string{"2015", "2015-05", "2015-05-01", "15", "2015-13", "2015-5", "Present", " 2015"}
	seps := []string{"", " – ", " - ", " ~ ", " — ", "–", "~", "—", "-", " ", "--", " -", "- ", "/", " to ", " –", "– ", "  –  "}
	ends := []string{"", "2021", "2021-06", "2021-06-30", "Present", "present", "PRESENT", "Now", " 2021", "21"}
	n := 0
	for _, st := range starts {
		for _, sep := range seps {
			for _, end := range ends {
				s := st + sep + end
				_, err := civil.ParsePeriod(s)
				got, want := re.MatchString(s), err == nil
				if got != want && (want || !strings.ContainsFunc(s, unicode.IsLetter)) {
					// Words are the library's to read: the pattern may accept
					// a written form the parser rejects ("2015 – Now").
					t.Errorf("pattern match %q = %v, ParsePeriod ok = %v", s, got, want)
				}
				n++
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d candidates", n)
	}
}

// TestPeriodPatternAcceptsWrittenForms checks the periods written in words
// (issue 14): every one the parser reads, the pattern accepts.
func TestPeriodPatternAcceptsWrittenForms(t *testing.T) {
	re := regexp.MustCompile(periodPattern)
	for _, s := range []string{
		"January 2019 – present", "Jan. 2019 – Dec. 2020", "Since 2019", "2019 – to date", "2019 – ongoing",
		"2019–Present", "(2015 ~ 2021)", "depuis 2019", "desde 2019", "janvier 2019 – présent",
		"2019 – actualidad", "de 2015 a 2019", "de 2015 à ce jour", "du 1er janvier 2019 au 31 décembre 2020",
	} {
		if _, err := civil.ParsePeriod(s); err != nil {
			t.Errorf("ParsePeriod(%q): %v", s, err)
		}
		if !re.MatchString(s) {
			t.Errorf("pattern rejects %q, which parses", s)
		}
	}
	for _, s := range []string{"present", "January", "()", "2015  –  2021"} {
		if re.MatchString(s) {
			t.Errorf("pattern accepts %q, which has no year or no word", s)
		}
	}
}

func TestDatePatternsMatchParsers(t *testing.T) {
	tests := []struct {
		name     string
		pattern  string
		parse    func(string) error
		calendar []string // syntactically right, calendar-impossible: the pattern accepts them
	}{
		{"date", datePattern, func(s string) error { _, err := civil.ParseDate(s); return err }, []string{"2021-02-30", "2021-02-31", "0000-01-01"}},
		{"partial date", partialDatePattern, func(s string) error { _, err := civil.ParsePartialDate(s); return err }, []string{"2021-02-30", "2021-02-31", "0000"}},
	}
	years := []string{"2021", "0000", "21", "20211", "abcd"}
	months := []string{"", "-01", "-12", "-13", "-00", "-1", "-02"}
	days := []string{"", "-01", "-28", "-30", "-31", "-32", "-00", "-1"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re := regexp.MustCompile(tt.pattern)
			calendar := map[string]bool{}
			for _, s := range tt.calendar {
				calendar[s] = true
			}
			for _, y := range years {
				for _, m := range months {
					for _, d := range days {
						s := y + m + d
						ok := tt.parse(s) == nil
						match := re.MatchString(s)
						switch {
						case ok && !match:
							t.Errorf("pattern rejects %q, which parses", s)
						case !ok && match && !calendar[s] && !(y == "0000"):
							t.Errorf("pattern accepts %q, which does not parse", s)
						}
					}
				}
			}
			for _, s := range tt.calendar {
				if !re.MatchString(s) {
					t.Errorf("pattern rejects %q; want it left to the library", s)
				}
			}
		})
	}
}

// TestTextPatternMatchesTextRule checks the "text" pattern against the
// library's own test, check.TextOK, for every character of the Basic
// Multilingual Plane alone and between letters.
func TestTextPatternMatchesTextRule(t *testing.T) {
	re := regexp.MustCompile(textPattern())
	for r := rune(0); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates are not characters
		}
		for _, s := range []string{string(r), "a" + string(r) + "b", string(r) + string(r)} {
			want := check.TextOK(s)
			if got := re.MatchString(s); got != want {
				t.Fatalf("text pattern on %q (U+%04X) = %v, check.TextOK = %v", s, r, got, want)
			}
		}
	}
	if re.MatchString("") {
		t.Error(`text pattern accepts ""; presence is the job of "required"`)
	}
	// Beyond the BMP: tag characters, variation selectors, musical format
	// controls, shorthand format controls and combining marks are blank;
	// emoji, CJK and unassigned code points render.
	for _, r := range []rune{0xE0001, 0xE0041, 0xE007F, 0xE0100, 0xE01EF, 0xE0FFF, 0x1D173, 0x1D17A, 0x1BCA0, 0x110BD, 0x1D167, 0x10376, 0x1F600, 0x20000, 0x30000, 0x10FFFD, 0xE1000} {
		for _, s := range []string{string(r), "a" + string(r) + "b", string(r) + string(r)} {
			want := check.TextOK(s)
			if got := re.MatchString(s); got != want {
				t.Errorf("text pattern on %q (U+%04X) = %v, check.TextOK = %v", s, r, got, want)
			}
		}
	}
}
