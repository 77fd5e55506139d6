package civil

import (
	"strings"
	"time"
	"unicode"

	"github.com/plenipot/itu/internal/month"

	"golang.org/x/text/unicode/norm"
)

// This file reads periods written in words, as CVs in English, French and
// Spanish write them: "January 2019 – present", "Since 2019", "depuis 2019",
// "de 2015 a 2019", "(2015 ~ 2021)". [ParsePeriod] keeps the text as written
// in [Period.Text]; this file gives its meaning.

// maxPeriodText bounds a period written in words; the longest real form,
// "du 1er septembre 2019 au 31 décembre 2020", is under 50 bytes.
const maxPeriodText = 100

// written reports whether s is a candidate for the written forms: it holds a
// letter or a parenthesis.
func written(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || r == '(' || r == ')' })
}

// parseWrittenPeriod reads a period written in words or in parentheses, and
// reports whether it could. The result keeps s in Text.
func parseWrittenPeriod(s string) (Period, bool) {
	if s == "" || len(s) > maxPeriodText || strings.TrimSpace(s) != s {
		return Period{}, false
	}
	inner := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		inner = s[1 : len(s)-1]
	}
	if inner == "" || strings.ContainsAny(inner, "()") || strings.TrimSpace(inner) != inner {
		return Period{}, false
	}
	var p Period
	var ok bool
	if q, err := parseNumericPeriod(inner); err == nil {
		p, ok = Period{Start: q.Start, End: q.End, Present: q.Present}, true
	} else {
		p, ok = readPeriodWords(norm.NFC.String(strings.ToLower(inner)))
	}
	if !ok || !p.Start.IsValid() || (!p.End.IsZero() && !p.End.IsValid()) || (p.Present && !p.End.IsZero()) {
		return Period{}, false
	}
	p.Text = s
	return p, true
}

// openWords start a period that is still running: "Since 2019".
var openWords = map[string]bool{"since": true, "depuis": true, "desde": true}

// rangeWords pair a word that starts a range with the words that may end it:
// "from 2015 to 2019", "de 2015 a 2019", "de 2015 à 2019", "du 1er mars 2015
// au 2 mai 2019", "desde 2015 hasta 2019".
var rangeWords = map[string][]string{
	"from":  {"to", "until"},
	"de":    {"a", "à", "al"},
	"du":    {"au"},
	"desde": {"hasta"},
}

// dashSeps are the separators between a start and an end, in the order they
// are tried; " to " is the English range in words ("2015 to 2019").
var dashSeps = []string{" – ", " — ", " ~ ", " - ", "–", "—", "~", " to "}

// presentWords end a period that is still running, in English, French and
// Spanish ("2019 – present", "2019 – to date", "janvier 2019 – présent",
// "2019 – actualidad").
var presentWords = map[string]bool{
	"present": true, "to date": true, "ongoing": true,
	"présent": true, "à ce jour": true, "ce jour": true, "aujourd'hui": true, "aujourd’hui": true, "en cours": true,
	"presente": true, "actualidad": true, "la actualidad": true, "la fecha": true, "hoy": true, "en curso": true,
}

// readPeriodWords reads a lower-case period in words.
func readPeriodWords(s string) (Period, bool) {
	first, rest, _ := strings.Cut(s, " ")
	if openWords[first] {
		if ends := rangeWords[first]; ends != nil {
			for _, w := range ends {
				if a, b, ok := strings.Cut(rest, " "+w+" "); ok {
					return readRange(a, b, w)
				}
			}
		}
		d, ok := readDate(rest)
		return Period{Start: d, Present: true}, ok
	}
	if ends := rangeWords[first]; ends != nil {
		for _, w := range ends {
			if a, b, ok := strings.Cut(rest, " "+w+" "); ok {
				return readRange(a, b, w)
			}
		}
		return Period{}, false // "from 2019" alone: open or not, the text does not say
	}
	for _, sep := range dashSeps {
		if a, b, ok := strings.Cut(s, sep); ok {
			return readRange(a, b, strings.TrimSpace(sep))
		}
	}
	d, ok := readDate(s)
	return Period{Start: d}, ok
}

// readRange reads a start and an end written around the separator sep.
func readRange(a, b, sep string) (Period, bool) {
	start, ok := readDate(a)
	if !ok {
		return Period{}, false
	}
	if presentWords[b] || (sep == "to" && b == "date") {
		return Period{Start: start, Present: true}, true
	}
	end, ok := readDate(b)
	return Period{Start: start, End: end}, ok
}

// readDate reads a lower-case date in words or digits: "2019", "2019-05",
// "january 2019", "jan. 2019", "enero de 2019", "9 november 2021", "1er
// janvier 2023", "november 9, 2021", "1 de enero de 2023".
func readDate(s string) (PartialDate, bool) {
	if strings.TrimSpace(s) != s {
		return PartialDate{}, false
	}
	w := strings.Fields(s)
	switch {
	case len(w) == 1:
		d, err := ParsePartialDate(w[0])
		return d, err == nil
	case len(w) == 2:
		return monthYear(w[0], w[1])
	case len(w) == 3 && w[1] == "de":
		return monthYear(w[0], w[2])
	case len(w) == 3 && strings.HasSuffix(w[1], ","):
		return dayMonthYear(strings.TrimSuffix(w[1], ","), w[0], w[2])
	case len(w) == 3:
		return dayMonthYear(w[0], w[1], w[2])
	case len(w) == 5 && w[1] == "de" && w[3] == "de":
		return dayMonthYear(w[0], w[2], w[4])
	}
	return PartialDate{}, false
}

func monthYear(m, y string) (PartialDate, bool) {
	month, ok1 := monthNamed(m)
	year, ok2 := digits(y)
	if !ok1 || !ok2 || len(y) != 4 || year < 1 {
		return PartialDate{}, false
	}
	return PartialDate{Year: year, Month: month}, true
}

func dayMonthYear(d, m, y string) (PartialDate, bool) {
	p, ok := monthYear(m, y)
	if d == "1er" || d == "1st" {
		d = "1"
	}
	day, ok2 := digits(d)
	if !ok || !ok2 || len(d) > 2 {
		return PartialDate{}, false
	}
	p.Day = day
	return p, Date(p).IsValid()
}

// monthNamed reads a month name in one of the six languages, or an English,
// French or Spanish abbreviation that may end in a period ("jan.", "févr.",
// "dic."), from the one month table of the module.
func monthNamed(s string) (time.Month, bool) { return month.Named(s) }
