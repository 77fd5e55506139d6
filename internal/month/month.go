// Package month reads month names as ITU documents write them, in the six
// official languages: the one table behind the CV period reader (root
// periodtext.go) and the correspondence date reader. It is not part of the
// public API.
package month

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// names holds the full month names, January first: English, French, Spanish,
// Russian (genitive, as dates inflect them), Chinese and Arabic (the Egyptian
// and Gulf names ITU pages use, and the Levantine names of UN style
// "آب/أغسطس").
var names = [...][]string{
	{"january", "janvier", "enero", "января", "一月", "يناير", "كانون الثاني"},
	{"february", "février", "febrero", "февраля", "二月", "فبراير", "شباط"},
	{"march", "mars", "marzo", "марта", "三月", "مارس", "آذار"},
	{"april", "avril", "abril", "апреля", "四月", "أبريل", "إبريل", "نيسان"},
	{"may", "mai", "mayo", "мая", "五月", "مايو", "أيار"},
	{"june", "juin", "junio", "июня", "六月", "يونيو", "يونيه", "حزيران"},
	{"july", "juillet", "julio", "июля", "七月", "يوليو", "يوليه", "تموز"},
	{"august", "août", "agosto", "августа", "八月", "أغسطس", "آب"},
	{"september", "septembre", "septiembre", "setiembre", "сентября", "九月", "سبتمبر", "أيلول"},
	{"october", "octobre", "octubre", "октября", "十月", "أكتوبر", "تشرين الأول"},
	{"november", "novembre", "noviembre", "ноября", "十一月", "نوفمبر", "تشرين الثاني"},
	{"december", "décembre", "diciembre", "декабря", "十二月", "ديسمبر", "كانون الأول"},
}

// abbrevs holds the abbreviations of English, French and Spanish, January
// first, written with or without a final period ("jan.", "févr.", "dic.").
var abbrevs = [...][]string{
	{"jan", "janv", "ene"},
	{"feb", "févr", "fév"},
	{"mar"},
	{"apr", "avr", "abr"},
	{},
	{"jun"},
	{"jul", "juil"},
	{"aug", "ago"},
	{"sep", "sept", "set"},
	{"oct"},
	{"nov"},
	{"dec", "déc", "dic"},
}

// keys maps each folded name and abbreviation to its month, built on first
// use so that a program that reads no month does not fold the tables.
var keys = sync.OnceValue(func() map[string]time.Month {
	m := map[string]time.Month{}
	for _, table := range [][12][]string{names, abbrevs} {
		for i, ns := range table {
			for _, n := range ns {
				m[Fold(n)] = time.Month(i + 1)
			}
		}
	}
	return m
})

// Fold folds a word for the month tables: lower case, marks removed ("Août"
// is "aout", "أغسطس" is "اغسطس"), so capitals that drop accents ("FEVRIER")
// read as well.
func Fold(s string) string {
	if ascii, upper := scan(s); ascii {
		if !upper {
			return s
		}
		return strings.ToLower(s) // no mark to remove
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// scan reports whether s is all ASCII and whether it holds a capital.
func scan(s string) (ascii, upper bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, upper
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	return true, upper
}

// Named reads a month name in one of the six languages, or an English,
// French or Spanish abbreviation with or without a final period.
func Named(s string) (time.Month, bool) {
	k := Fold(s)
	if m, ok := keys()[k]; ok {
		return m, true
	}
	if t, ok := strings.CutSuffix(k, "."); ok {
		if m, ok := keys()[t]; ok && !isFullName(t) {
			return m, true
		}
	}
	return 0, false
}

// isFullName reports whether the folded k is a full month name, which takes
// no abbreviation's period ("mai." is not a month).
func isFullName(k string) bool {
	for _, ns := range names {
		for _, n := range ns {
			if Fold(n) == k {
				return true
			}
		}
	}
	return false
}
