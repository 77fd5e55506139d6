package correspondence

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/plenipot/itu"
)

// FormatDate writes d the way ITU documents date themselves: "9 November
// 2021". It returns "" for the zero or an impossible Date. The year has at
// least four digits ("1 October 0001"), the form documents and readDate use.
func FormatDate(d itu.Date) string {
	if !d.IsValid() {
		return ""
	}
	return fmt.Sprintf("%d %s %04d", d.Day, d.Month, d.Year)
}

// dateText returns how a document shows its date: the text as written when
// there is one, else d in the ITU style.
func dateText(d itu.Date, written string) string {
	if written != "" {
		return written
	}
	return FormatDate(d)
}

// readDate reads an English date as letters write it: "9 November 2021",
// "October 27, 2021", "27 Oct. 2021" or "2021-10-27". It reports false when s
// is not one of these forms or names no calendar day.
func readDate(s string) (itu.Date, bool) {
	if d, err := itu.ParseDate(s); err == nil {
		return d, true
	}
	f := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s))
	if len(f) != 3 {
		return itu.Date{}, false
	}
	var d itu.Date
	switch m, ok := monthNamed(f[0]); {
	case ok: // October 27, 2021
		d.Month = m
		d.Day, ok = smallNumber(f[1], 2)
		if !ok {
			return itu.Date{}, false
		}
	default: // 27 October 2021
		if d.Month, ok = monthNamed(f[1]); !ok {
			return itu.Date{}, false
		}
		if d.Day, ok = smallNumber(f[0], 2); !ok {
			return itu.Date{}, false
		}
	}
	y, ok := smallNumber(f[2], 4)
	if !ok || len(f[2]) != 4 {
		return itu.Date{}, false
	}
	d.Year = y
	return d, d.IsValid()
}

// monthNamed reads an English month name or its three-letter abbreviation.
func monthNamed(s string) (time.Month, bool) {
	if len(s) < 3 {
		return 0, false
	}
	for m := time.January; m <= time.December; m++ {
		name := m.String()
		if strings.EqualFold(s, name) || strings.EqualFold(s, name[:3]) {
			return m, true
		}
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
