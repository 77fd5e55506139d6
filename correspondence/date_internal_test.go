package correspondence

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/civil"
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
	{"22 novembre 2021", "2021-11-22", true},
	{"le 1er janvier 2023", "2023-01-01", true},
	{"jeudi 29 septembre 2022", "2022-09-29", true},
	{"9 février 2022", "2022-02-09", true},
	{"15 aout 2022", "2022-08-15", true},
	{"22 NOVEMBRE 2021", "2021-11-22", true},
	{"22 de noviembre de 2021", "2021-11-22", true},
	{"el 1 de enero de 2023", "2023-01-01", true},
	{"lunes 6 de septiembre de 2010", "2010-09-06", true},
	{"6 de setiembre de 2010", "2010-09-06", true},
	{"1.º de mayo de 2021", "2021-05-01", true},
	{"22 ноября 2021 г.", "2021-11-22", true},
	{"1 января 2023 года", "2023-01-01", true},
	{"3 мая 2022 года", "2022-05-03", true},
	{"22 ноябрь 2021", "", false},
	{"2021年11月22日", "2021-11-22", true},
	{"2021 年 1 月 2 日", "2021-01-02", true},
	{"２０２１年１１月２２日", "2021-11-22", true},
	{"02 十一月 2018", "2018-11-02", true},
	{"2021年2月30日", "", false},
	{"11月22日", "", false},
	{"22 نوفمبر 2021", "2021-11-22", true},
	{"يوم الإثنين 29 أغسطس 2022", "2022-08-29", true},
	{"يوم الاثنين 29 اغسطس 2022", "2022-08-29", true},
	{"٢٢ نوفمبر ٢٠٢١", "2021-11-22", true},
	{"۲۲ نوفمبر ۲۰۲۱", "2021-11-22", true},
	{"في 1 يناير 2023", "2023-01-01", true},
	{"22 تشرين الثاني 2021", "2021-11-22", true},
	{"19 آب/أغسطس 2013", "2013-08-19", true},
	{"19 آب/يناير 2013", "", false},
	{"Thursday, 29 September 2022", "2022-09-29", true},
	{"1st January 2023", "2023-01-01", true},
	{"22 listopada 2021", "", false},
	{"Ginebra, 24 de junio de 2011", "2011-06-24", true},
	{"Genève, le 9 novembre 2021", "2021-11-09", true},
	{"Ginebra, junio de 2011", "", false},
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
			if ok && got != civil.MustParseDate(tt.want) {
				t.Errorf("readDate(%q) = %v; want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadDateReadsFormatDate(t *testing.T) {
	for d := civil.MustParseDate("2020-01-01"); d.Year < 2022; d = d.AddDays(13) {
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

// TestDateNoise checks the literal noise table against the words as
// written, folded by foldMonth.
func TestDateNoise(t *testing.T) {
	want := map[string]bool{}
	for _, w := range []string{
		"le", "el", "de", "del", "the", "of", "on", "º", "г", "года", "год", "يوم", "في",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
		"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
		"الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
	} {
		want[foldMonth(w)] = true
	}
	if diff := cmp.Diff(want, dateNoise); diff != "" {
		t.Errorf("dateNoise (-from words +literal):\n%s", diff)
	}
}

// FuzzWritesEnglishDate holds the shortcut dateRules takes for a date in
// English to readDate: a text writesEnglishDate takes for a day is one
// readDate reads as that day, and the two English forms of every valid day
// are taken.
func FuzzWritesEnglishDate(f *testing.F) {
	f.Add("October 27, 2021", 2021, 10, 27)
	f.Add("27 October 2021", 2021, 10, 27)
	f.Add("9 November 2021", 2021, 11, 9)
	f.Add("09 November 2021", 2021, 11, 9)
	f.Add("1 May 0999", 999, 5, 1)
	f.Add("29 February 2023", 2023, 2, 29)
	f.Add("October 27 2021", 2021, 10, 27)
	f.Fuzz(func(t *testing.T, s string, year, month, day int) {
		d := civil.Date{Year: year, Month: time.Month(month), Day: day}
		if !d.IsValid() {
			return
		}
		if writesEnglishDate(s, d) {
			if got, ok := readDate(s); !ok || got != d {
				t.Fatalf("writesEnglishDate(%q, %v), but readDate reads %v, %t", s, d, got, ok)
			}
		}
		if d.Year < 1000 || d.Year > 9999 {
			return
		}
		for _, w := range []string{
			fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year),
			fmt.Sprintf("%s %d, %d", d.Month, d.Day, d.Year),
		} {
			if !writesEnglishDate(w, d) {
				t.Errorf("writesEnglishDate(%q, %v) = false", w, d)
			}
			if got, ok := readDate(w); !ok || got != d {
				t.Errorf("readDate(%q) = %v, %t; want %v", w, got, ok, d)
			}
		}
	})
}
