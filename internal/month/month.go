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

// keys maps each folded name and abbreviation of names and abbrevs to its
// month. It is a literal, so that a program starts and reads its first date
// without folding the tables; TestKeys derives it from them.
var keys = map[string]time.Month{
	"january": time.January, "janvier": time.January, "enero": time.January, "января": time.January, "一月": time.January, "يناير": time.January, "كانون الثاني": time.January, "jan": time.January, "janv": time.January, "ene": time.January,
	"february": time.February, "fevrier": time.February, "febrero": time.February, "февраля": time.February, "二月": time.February, "فبراير": time.February, "شباط": time.February, "feb": time.February, "fevr": time.February, "fev": time.February,
	"march": time.March, "mars": time.March, "marzo": time.March, "марта": time.March, "三月": time.March, "مارس": time.March, "اذار": time.March, "mar": time.March,
	"april": time.April, "avril": time.April, "abril": time.April, "апреля": time.April, "四月": time.April, "ابريل": time.April, "نيسان": time.April, "apr": time.April, "avr": time.April, "abr": time.April,
	"may": time.May, "mai": time.May, "mayo": time.May, "мая": time.May, "五月": time.May, "مايو": time.May, "ايار": time.May,
	"june": time.June, "juin": time.June, "junio": time.June, "июня": time.June, "六月": time.June, "يونيو": time.June, "يونيه": time.June, "حزيران": time.June, "jun": time.June,
	"july": time.July, "juillet": time.July, "julio": time.July, "июля": time.July, "七月": time.July, "يوليو": time.July, "يوليه": time.July, "تموز": time.July, "jul": time.July, "juil": time.July,
	"august": time.August, "aout": time.August, "agosto": time.August, "августа": time.August, "八月": time.August, "اغسطس": time.August, "اب": time.August, "aug": time.August, "ago": time.August,
	"september": time.September, "septembre": time.September, "septiembre": time.September, "setiembre": time.September, "сентября": time.September, "九月": time.September, "سبتمبر": time.September, "ايلول": time.September, "sep": time.September, "sept": time.September, "set": time.September,
	"october": time.October, "octobre": time.October, "octubre": time.October, "октября": time.October, "十月": time.October, "اكتوبر": time.October, "تشرين الاول": time.October, "oct": time.October,
	"november": time.November, "novembre": time.November, "noviembre": time.November, "ноября": time.November, "十一月": time.November, "نوفمبر": time.November, "تشرين الثاني": time.November, "nov": time.November,
	"december": time.December, "decembre": time.December, "diciembre": time.December, "декабря": time.December, "十二月": time.December, "ديسمبر": time.December, "كانون الاول": time.December, "dec": time.December, "dic": time.December,
}

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
	if ascii, upper := scan(s); ascii && upper && len(s) <= 32 {
		// A capitalised ASCII word ("October", "SEPT."), lowered on the
		// stack: Fold would allocate its lower case.
		var buf [32]byte
		k := buf[:len(s)]
		for i := range len(s) {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			k[i] = c
		}
		return namedKey(k)
	}
	return namedKey(Fold(s))
}

// namedKey is Named of a folded word.
func namedKey[K string | []byte](k K) (time.Month, bool) {
	if m, ok := keys[string(k)]; ok {
		return m, true
	}
	if n := len(k); n > 0 && k[n-1] == '.' {
		t := k[:n-1]
		if m, ok := keys[string(t)]; ok && !fullNames()[string(t)] {
			return m, true
		}
	}
	return 0, false
}

// fullNames holds the folded full month names, which take no abbreviation's
// period ("mai." is not a month). They are folded once, on the first name
// read with a period: folding the 90 names for each such word was 10% of
// checking the realistic corpus, whose CVs write "Jan." and "Sept.".
var fullNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, ns := range names {
		for _, n := range ns {
			m[Fold(n)] = true
		}
	}
	return m
})
