package correspondence

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/fold"
	"github.com/plenipot/itu/internal/month"
)

// FormatDate writes d the way ITU documents in English date themselves: "9
// November 2021". It returns "" for the zero or an impossible Date. The year
// has at least four digits ("1 October 0001"), the form documents and
// readDate use. [Labels.FormatDate] writes the other languages.
func FormatDate(d civil.Date) string { return LabelsFor(itu.English).FormatDate(d) }

// dateText returns how a document shows its date: the text as written when
// there is one, else d in the ITU style of lb's language.
func dateText(lb Labels, d civil.Date, written string) string {
	if written != "" {
		return written
	}
	return lb.FormatDate(d)
}

// readDate reads a date as documents in the six official languages write it:
// "9 November 2021", "October 27, 2021", "27 Oct. 2021", "2021-10-27",
// "le 1er janvier 2023", "22 de noviembre de 2021", "22 ноября 2021 г.",
// "1 января 2023 года", "2021年11月22日", "02 十一月 2018", "22 نوفمبر 2021" or
// "يوم الإثنين 29 أغسطس 2022" (Western, Arabic-Indic or fullwidth digits). A
// leading article, preposition or weekday is skipped, not checked against
// the day. It reports false when s is none of these forms or names no
// calendar day. A dateline's place before a comma ("Ginebra, 24 de junio de
// 2011") is skipped when the rest reads as a date.
func readDate(s string) (civil.Date, bool) {
	if d, ok := readDay(s); ok {
		return d, true
	}
	if _, rest, ok := strings.Cut(s, ","); ok {
		return readDay(rest)
	}
	return civil.Date{}, false
}

// writesEnglishDate reports whether s is d written as English documents
// write it, "27 October 2021" or "October 27, 2021": a form that
// [readDate] reads as d (FuzzWritesEnglishDate), found by comparing it with
// d written out on the stack instead of reading it. d is a valid date.
func writesEnglishDate(s string, d civil.Date) bool {
	if len(s) < len("1 May 1000") || d.Year < 1000 || d.Year > 9999 || s[0] > '9' && s[0] != d.Month.String()[0] {
		return false
	}
	var buf [32]byte
	if s[0] <= '9' { // 27 October 2021
		b := strconv.AppendInt(buf[:0], int64(d.Day), 10)
		b = append(append(b, ' '), d.Month.String()...)
		b = strconv.AppendInt(append(b, ' '), int64(d.Year), 10)
		return string(b) == s
	}
	b := append(buf[:0], d.Month.String()...) // October 27, 2021
	b = strconv.AppendInt(append(b, ' '), int64(d.Day), 10)
	b = strconv.AppendInt(append(b, ", "...), int64(d.Year), 10)
	return string(b) == s
}

// readDay is readDate without the dateline's place.
func readDay(s string) (civil.Date, bool) {
	// Only "YYYY-MM-DD" can parse, and a failed parse builds an error.
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		if d, err := civil.ParseDate(s); err == nil {
			return d, true
		}
	}
	s = westernDigits(s)
	if strings.Contains(s, "年") { // only a Chinese date compiles the pattern
		if g := chineseDate().FindStringSubmatch(s); g != nil {
			return dateOf(g[3], g[2], g[1])
		}
	}
	var buf [8]string // the words, on the stack
	f := dateWords(buf[:0], s)
	if len(f) == 4 { // a month of two words: "تشرين الثاني"
		if _, ok := monthNamed(f[1] + " " + f[2]); ok {
			f = []string{f[0], f[1] + " " + f[2], f[3]}
		}
	}
	if len(f) != 3 {
		return civil.Date{}, false
	}
	var d civil.Date
	switch m, ok := monthNamed(f[0]); {
	case ok: // October 27, 2021
		d.Month = m
		d.Day, ok = smallNumber(f[1], 2)
		if !ok {
			return civil.Date{}, false
		}
	default: // 27 October 2021
		if d.Month, ok = monthNamed(f[1]); !ok {
			return civil.Date{}, false
		}
		if d.Day, ok = smallNumber(f[0], 2); !ok {
			return civil.Date{}, false
		}
	}
	y, ok := smallNumber(f[2], 4)
	if !ok || len(f[2]) != 4 {
		return civil.Date{}, false
	}
	d.Year = y
	return d, d.IsValid()
}

// chineseDate matches "2021年11月22日", spaces allowed between the parts;
// it is compiled on the first date that holds "年".
var chineseDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$`)
})

// dateOf builds the Date of a day, month and year in decimal digits.
func dateOf(day, month, year string) (civil.Date, bool) {
	dd, ok1 := smallNumber(day, 2)
	mm, ok2 := smallNumber(month, 2)
	yy, ok3 := smallNumber(year, 4)
	d := civil.Date{Year: yy, Month: time.Month(mm), Day: dd}
	return d, ok1 && ok2 && ok3 && d.IsValid()
}

// westernDigits writes Arabic-Indic, Eastern Arabic-Indic and fullwidth digits
// as ASCII digits.
func westernDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case '٠' <= r && r <= '٩':
			return '0' + r - '٠'
		case '۰' <= r && r <= '۹':
			return '0' + r - '۰'
		case '０' <= r && r <= '９':
			return '0' + r - '０'
		}
		return r
	}, s)
}

// dateWords appends to dst the words of a date, split at spaces, commas
// and dots, without the words that only frame it (articles, prepositions,
// weekdays, the Russian "г." and "года"), ordinals ("1er", "1st") read as
// numbers.
func dateWords(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if r == ',' || r == '.' || r == '،' || unicode.IsSpace(r) {
			if start >= 0 {
				dst = appendDateWord(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = appendDateWord(dst, s[start:])
	}
	return dst
}

// appendDateWord appends the word w of a date to dst, unless it only
// frames the date.
func appendDateWord(dst []string, w string) []string {
	if isDateNoise(w) {
		return dst
	}
	return append(dst, ordinal(w))
}

// isDateNoise reports whether w is in dateNoise as foldMonth folds it; an
// ASCII word, whose fold is its lower case, is folded on the stack.
func isDateNoise(w string) bool {
	var b [16]byte
	if len(w) > len(b) || !fold.IsASCII(w) {
		return dateNoise[foldMonth(w)]
	}
	for i := 0; i < len(w); i++ {
		b[i] = lower(w[i])
	}
	return dateNoise[string(b[:len(w)])]
}

// ordinal reads "1er", "1re", "1st", "2nd", "3rd", "22nd" and "1º" as the
// number they write, and returns other words unchanged.
func ordinal(w string) string {
	for _, suffix := range []string{"er", "re", "st", "nd", "rd", "th", "º", "°"} {
		if n, ok := strings.CutSuffix(w, suffix); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return n
		}
	}
	return w
}

// dateNoise holds the words that frame a date without naming it (articles,
// prepositions, weekdays, the Russian "г." and "года"), as foldMonth folds
// them ("miércoles" is "miercoles", "الأحد" is "الاحد"). It is a literal, so
// that the first date read folds no table; TestDateNoise derives it from the
// words as written.
var dateNoise = map[string]bool{
	"le": true, "el": true, "de": true, "del": true, "the": true, "of": true, "on": true, "º": true,
	"г": true, "года": true, "год": true, "يوم": true, "في": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miercoles": true, "jueves": true, "viernes": true, "sabado": true, "domingo": true,
	"понедельник": true, "вторник": true, "среда": true, "четверг": true, "пятница": true, "суббота": true, "воскресенье": true,
	"الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعة": true, "السبت": true, "الاحد": true,
}

// foldMonth folds a word for the noise table as the month table does.
func foldMonth(s string) string { return month.Fold(s) }

// monthNamed reads a month name in one of the six languages, or an English,
// French or Spanish abbreviation (internal/month). An Arabic dual name,
// "آب/أغسطس", is read when both names agree.
func monthNamed(s string) (time.Month, bool) {
	if m, ok := month.Named(s); ok {
		return m, true
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		ma, oka := monthNamed(a)
		mb, okb := monthNamed(b)
		return ma, oka && okb && ma == mb
	}
	return 0, false
}

// smallNumber reads a decimal number of at most n digits.
func smallNumber(s string, n int) (int, bool) {
	if s == "" || len(s) > n {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	return v, err == nil && v >= 0 && s[0] != '+' && s[0] != '-'
}
