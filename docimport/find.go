package docimport

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/internal/month"
)

// maxPostText is how far into a text a post is looked for: documents name
// the post in their first sentences, and the bound keeps a hostile text's
// reading linear.
const maxPostText = 4000

// prefix returns s cut to at most n bytes, at a character boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// maxPhrase is the most words a post or Member State name is looked up with.
const maxPhrase = 7

// word is a word of a text with its byte offsets.
type word struct {
	s          string
	start, end int
}

// splitWords returns the words of s, without the punctuation around them.
func splitWords(s string) []word {
	var out []word
	start := -1
	for i, r := range s + " " {
		if unicode.IsSpace(r) {
			if start >= 0 {
				w := word{s: s[start:i], start: start, end: i}
				trimWord(&w)
				if w.s != "" {
					out = append(out, w)
				}
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

func trimWord(w *word) {
	t := strings.TrimLeft(w.s, "(“\"'«*")
	w.start += len(w.s) - len(t)
	u := strings.TrimRight(t, ",.;:)”\"'»*")
	w.end -= len(t) - len(u)
	w.s = u
}

// match is a phrase found in a text, by byte offsets.
type match[T any] struct {
	v          T
	start, end int
}

// phrases finds the runs of words of s that look accepts, left to right,
// each the longest at its start, not overlapping: at most maxPhrase lookups
// per word.
func phrases[T any](s string, look func(string) (T, bool)) []match[T] {
	ws := splitWords(s)
	var out []match[T]
	for i := 0; i < len(ws); {
		found := 0
		var v T
		for j := min(len(ws), i+maxPhrase); j > i; j-- {
			if x, ok := look(s[ws[i].start:ws[j-1].end]); ok {
				found, v = j, x
				break
			}
		}
		if found == 0 {
			i++
			continue
		}
		out = append(out, match[T]{v: v, start: ws[i].start, end: ws[found-1].end})
		i = found
	}
	return out
}

// lookupState is [itu.LookupMemberState] for a phrase of a sentence: a
// phrase that opens with "the" is left to the next word, and one word in
// lower case is not a name.
func lookupState(s string) (itu.StateCode, bool) {
	if r, _ := utf8.DecodeRuneInString(s); s == "" || unicode.IsLower(r) || strings.HasPrefix(s, "the ") {
		return "", false
	}
	m, ok := itu.LookupMemberState(s)
	if !ok {
		code, ok := shortStateNames[s]
		return code, ok
	}
	return m.Code, true
}

// shortStateNames are the names documents use for a Member State that
// [itu.LookupMemberState] leaves ambiguous or does not know.
// The table is small: "Korea" alone is ambiguous to the registry, and the
// UN terminology's French and Spanish names of the Republic of Korea are not
// CLDR's ("Corée du Sud", "Corea del Sur"), nor are its Chinese and Arabic
// names: 大韩民国 (ITU's Chinese press release of 2018, D9 in
// docs/research/documents.md) and جمهورية كوريا (the UN Arabic name,
// inferred).
var shortStateNames = map[string]itu.StateCode{"Korea": "KOR", "KOREA": "KOR", "USA": "USA", "UK": "GBR",
	"République de Corée": "KOR", "República de Corea": "KOR", "大韩民国": "KOR", "جمهورية كوريا": "KOR"}

// states returns the Member States s names, in order.
func states(s string) []match[itu.StateCode] { return phrases(s, lookupState) }

// postNames are the post names of every language, longest first.
var postNames = sync.OnceValue(func() []string {
	var out []string
	for _, l := range labelSets() {
		for k := range l.posts {
			out = append(out, k)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
})

var postByName = sync.OnceValue(func() map[string]itu.Post {
	m := map[string]itu.Post{}
	for _, l := range labelSets() {
		for k, v := range l.posts {
			m[k] = v
		}
	}
	return m
})

// findPost returns the first post s names: in English as [itu.LookupPost]
// reads it, or in the phrases of the label table.
func findPost(s string) (itu.Post, int, bool) {
	s = prefix(s, maxPostText)
	best, at := itu.Post(0), -1
	if ms := phrases(s, itu.LookupPost); len(ms) > 0 {
		best, at = ms[0].v, ms[0].start
	}
	low := strings.ToLower(s)
	for _, n := range postNames() {
		if i := strings.Index(low, n); i >= 0 && (at < 0 || i < at) {
			best, at = postByName()[n], i
		}
	}
	return best, at, at >= 0
}

// postAfter returns the post named after a phrase such as "post of" in s, or
// else the first post s names.
func postAfter(s string) (itu.Post, bool) {
	for _, l := range labelSets() {
		for _, p := range l.postOf {
			if _, rest, ok := strings.Cut(prefix(s, maxPostText), p); ok {
				if post, at, ok := findPost(prefix(rest, 200)); ok && at < 40 {
					return post, true
				}
			}
		}
	}
	p, _, ok := findPost(s)
	return p, ok
}

// readDate reads a date as documents write it in the six languages: "9
// November 2021", "October 27, 2021", "9 novembre 2021", "22 de noviembre de
// 2021", "9 ноября 2021 года", "2021-11-09", "2021年11月9日".
//
// The correspondence package holds the same reader unexported; this one is
// its subset for a document's date line.
func readDate(s string) (civil.Date, bool) {
	if d, ok := readDay(s); ok {
		return d, true
	}
	if _, rest, ok := strings.Cut(s, ","); ok && len(s) < 80 { // "Ginebra, 15 de julio de 2022"
		return readDay(rest)
	}
	return civil.Date{}, false
}

// readDay is readDate without a dateline's place.
func readDay(s string) (civil.Date, bool) {
	if d, err := civil.ParseDate(strings.TrimSpace(s)); err == nil {
		return d, true
	}
	if g := cjkDate().FindStringSubmatch(s); g != nil {
		return dateOf(g[3], g[2], g[1])
	}
	var f []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '.' || unicode.IsSpace(r) }) {
		if !dateNoise[strings.ToLower(w)] {
			f = append(f, ordinal(w))
		}
	}
	if len(f) != 3 {
		return civil.Date{}, false
	}
	if m, ok := month.Named(f[0]); ok { // October 27, 2021
		return dateOf(f[1], strconv.Itoa(int(m)), f[2])
	}
	if m, ok := month.Named(f[1]); ok {
		return dateOf(f[0], strconv.Itoa(int(m)), f[2])
	}
	return civil.Date{}, false
}

// ordinal reads "1er", "1st", "2nd", "22nd" and "1º" as the number they write.
func ordinal(w string) string {
	for _, suffix := range []string{"er", "re", "st", "nd", "rd", "th", "º", "°"} {
		if n, ok := strings.CutSuffix(w, suffix); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return n
		}
	}
	return w
}

var cjkDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$`)
})

var dateNoise = map[string]bool{"le": true, "el": true, "de": true, "del": true, "the": true, "of": true, "on": true, "г": true, "года": true, "год": true}

func dateOf(day, mon, year string) (civil.Date, bool) {
	d, err1 := strconv.Atoi(day)
	m, err2 := strconv.Atoi(mon)
	y, err3 := strconv.Atoi(year)
	if err1 != nil || err2 != nil || err3 != nil || len(year) != 4 || len(day) > 2 {
		return civil.Date{}, false
	}
	dt := civil.Date{Year: y, Month: time.Month(m), Day: d}
	return dt, dt.IsValid()
}

// dateFields returns the Date and DateText of a record for a date line:
// DateText only when the line is not the ITU style of the date.
func dateFields(s string) (civil.Date, string, bool) {
	d, ok := readDate(s)
	if !ok {
		return civil.Date{}, "", false
	}
	if correspondence.FormatDate(d) == s {
		return d, "", true
	}
	return d, s, true
}

// periodPrefix cuts the period that opens a CV line ("2015 – Present
// Director, ...") and returns it and the rest; the period is the longest run
// of at most six words that reads as one and writes back as written.
func periodPrefix(s string) (civil.Period, string, bool) {
	ws := splitRaw(s)
	for n := min(len(ws)-1, 6); n >= 1; n-- {
		head := strings.Join(ws[:n], " ")
		if p, err := civil.ParsePeriod(head); err == nil && p.String() == head {
			return p, strings.Join(ws[n:], " "), true
		}
	}
	return civil.Period{}, s, false
}

// periodSuffix cuts the period that ends a line ("..., Korea 2014") and
// returns the rest, the period and the separator before it (", " or " ").
func periodSuffix(s string) (string, civil.Period, string, bool) {
	ws := splitRaw(s)
	for n := min(len(ws)-1, 6); n >= 1; n-- {
		tail := strings.Join(ws[len(ws)-n:], " ")
		p, err := civil.ParsePeriod(tail)
		if err != nil || p.String() != tail {
			continue
		}
		rest := strings.Join(ws[:len(ws)-n], " ")
		if r, ok := strings.CutSuffix(rest, ","); ok {
			return r, p, ", ", true
		}
		return rest, p, " ", true
	}
	return s, civil.Period{}, "", false
}

// splitRaw splits s at single spaces, keeping punctuation.
func splitRaw(s string) []string { return strings.Fields(s) }

// references returns the documents a text cites ("Document 3"), in order,
// without repeats, the word in its nominative form; in Chinese and Arabic
// as the symbols of those languages write them ("第3号文件", "الوثيقة 3"; see
// [correspondence.Symbol]), an Arabic word without the preposition joined
// to it ("في الوثيقة 3" cites "الوثيقة 3").
func references(s string) []correspondence.Symbol {
	var out []correspondence.Symbol
	seen := map[string]bool{}
	for _, g := range docRef().FindAllStringSubmatch(s, 20) {
		var ref string
		switch {
		case g[3] != "":
			ref = "第" + g[3] + "号文件"
		case g[4] != "":
			ref = "الوثيقة " + g[4]
		default:
			w := g[1]
			if strings.HasPrefix(w, "Документ") {
				w = "Документ"
			}
			ref = w + " " + g[2]
		}
		sym, err := correspondence.ParseSymbol(ref)
		if err != nil || seen[ref] {
			continue
		}
		seen[ref] = true
		out = append(out, sym)
	}
	return out
}

var docRef = sync.OnceValue(func() *regexp.Regexp {
	const number = `(\d{1,4}(?:\((?:Rev|Add|Corr)\.\d+\))?)`
	return regexp.MustCompile(`(?:^|[\s(])(Document|Documento|Документ[а-я]*)\s+` + number + `\b` +
		`|第(\d{1,4})号文件` +
		`|(?:^|[\s(])[وبلف]?الوثيقة\s+(\d{1,4})\b`)
})
