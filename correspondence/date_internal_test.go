package correspondence

import (
	"testing"

	"github.com/plenipot/itu"
)

var readDateTests = []struct {
	in     string
	want   string
	wantOK bool
}{
	{"9 November 2021", "2021-11-09", true},
	{"October 27, 2021", "2021-10-27", true},
	{"27 October, 2021", "2021-10-27", true},
	{"27 Oct. 2021", "2021-10-27", true},
	{"oct 27 2021", "2021-10-27", true},
	{"09 November 2021", "2021-11-09", true},
	{"2021-10-27", "2021-10-27", true},
	{"29 February 2024", "2024-02-29", true},
	{"29 February 2023", "", false},
	{"October 32, 2021", "", false},
	{"9 novembre 2021", "", false},
	{"27.10.2021", "", false},
	{"November 2021", "", false},
	{"9 November 21", "", false},
	{"9 November +2021", "", false},
	{"-9 November 2021", "", false},
	{"9 No 2021", "", false},
	{"", "", false},
}

func TestReadDate(t *testing.T) {
	for _, tt := range readDateTests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := readDate(tt.in)
			if ok != tt.wantOK {
				t.Fatalf("readDate(%q) ok = %v; want %v", tt.in, ok, tt.wantOK)
			}
			if ok && got != itu.MustParseDate(tt.want) {
				t.Errorf("readDate(%q) = %v; want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadDateReadsFormatDate(t *testing.T) {
	for d := itu.MustParseDate("2020-01-01"); d.Year < 2022; d = d.AddDays(13) {
		if got, ok := readDate(FormatDate(d)); !ok || got != d {
			t.Errorf("readDate(FormatDate(%v)) = %v, %v", d, got, ok)
		}
	}
}

// FuzzReadDate checks that readDate never panics and that a day it reads is a
// calendar day that it reads again from FormatDate.
func FuzzReadDate(f *testing.F) {
	for _, tt := range readDateTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := readDate(s)
		if !ok {
			return
		}
		if !d.IsValid() {
			t.Fatalf("readDate(%q) = %v, not a calendar day", s, d)
		}
		if back, ok := readDate(FormatDate(d)); !ok || back != d {
			t.Fatalf("readDate(FormatDate(%v)) = %v, %v", d, back, ok)
		}
	})
}
