// Package names holds people's names as documents write them ([Name]): kept
// as written, parsed into honorific, given and family parts ([Parse]) and
// compared across the forms one dossier uses ([Compare]: same, variant with
// the parts that differ, or different), with an [Index] that finds the
// variants of a name among many in n·log n.
package names

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/fold"

	"github.com/plenipot/itu/internal/clip"
)

// Name is a person's name exactly as a document writes it: "DR. LEE, CHAESUB",
// "Dr Chaesub LEE", "H. E. Mr. Houlin Zhao". Records keep the written form so
// they round-trip unchanged; [Name.Parse] gives its parts and
// [Name.SamePerson] compares two written forms. The zero value means "not set".
type Name string

// Person is a name split into its parts. Honorific keeps the titles as
// written ("Dr", "H. E. Mr."); Family is the family name ("LEE").
type Person struct {
	Honorific string `json:"honorific,omitzero"`
	Given     string `json:"given,omitzero"`
	Family    string `json:"family"`
}

// ErrBadName is wrapped by errors from [Parse].
var ErrBadName = errors.New("bad person name")

// honorifics are the titles recognised before a name, in the six official
// languages and common national forms, as [honorificKey] folds them (so a
// Cyrillic letter that looks Latin is Latin: "г-н" is "г-h"): English (Mr,
// Ms, Dr, Prof., Eng., H.E., Amb.), French (Mme, Mlle, M., Pr), Spanish (Sr.,
// Sra., Dña., Lic., Ing.), Russian (г-н, г-жа, д-р), Arabic (السيد, السيدة,
// الدكتور) and Indian (Shri, Smt.). Chinese and Japanese write their titles
// after the name (see [Compare]). The keys are literals, so that a program
// starts without folding the titles; TestHonorificKeys derives them from the
// titles as written.
var honorifics = map[string]bool{
	"amb": true, "ambassador": true, "dame": true, "dna": true, "dona": true, "dr": true, "dra": true,
	"eng": true, "engineer": true, "engr": true, "excellency": true, "excma": true, "excmo": true,
	"h e": true, "he": true, "hon": true, "honorable": true, "honourable": true, "ing": true,
	"kumari": true, "lic": true, "licda": true, "miss": true, "mlle": true, "mme": true, "mmes": true,
	"mr": true, "mrs": true, "ms": true, "mx": true, "pr": true, "prof": true, "professor": true,
	"rev": true, "senor": true, "senora": true, "senorita": true, "shri": true, "shrimati": true,
	"sir": true, "smt": true, "sr": true, "sra": true, "sri": true, "srta": true,
	"г-h": true, "г-ha": true, "г-жa": true, "г-жи": true, "гocпoдиh": true, "гocпoжa": true,
	"д-p": true, "пpoф": true,
	"الاستاذ": true, "الاستاذة": true, "الدكتور": true, "الدكتورة": true, "السيد": true, "السيدة": true,
	"المهندس": true, "المهندسة": true, "د": true, "سعادة": true, "معالي": true,
}

// honorificKey folds a word for the honorific table: lower case first, so
// that Cyrillic capitals are not read as Latin look-alikes ("Г-Н").
func honorificKey(w string) string {
	if fold.IsASCII(w) {
		return fold.Key(w) // no ignorable, fullwidth or look-alike letter to fold
	}
	return fold.Key(canon.Key(strings.ToLower(w)))
}

// Parse splits a written name into honorific, given and family name.
//
//   - "LEE, CHAESUB" and "DR. LEE, CHAESUB": family name before the comma.
//   - "Dr Chaesub LEE", "LEE Chaesub", "Ms Gisa FUATAI PURCELL": the words
//     in capitals, one run of them among words that are not, are the family name.
//   - "Dr. Chaesub Lee": otherwise the last word is the family name.
//
// "H" and "E" count as honorifics only as the pair "H. E." or "H.E.", and a
// word before a comma is the family name even when it reads as a title ("HE,
// Jiankun").
func Parse(s string) (Person, error) {
	words := strings.Fields(string(Name(s).primaryForm()))
	var p Person
	i := 0
	for i < len(words) && isHonorific(words, i) {
		i++
	}
	p.Honorific = strings.Join(words[:i], " ")
	words = words[i:]
	if len(words) == 0 {
		return Person{}, fmt.Errorf("itu: parse name %s: %w (no name after the honorific)", clip.Quote(s), ErrBadName)
	}
	rest := strings.Join(words, " ")
	if fam, given, ok := strings.Cut(rest, ","); ok {
		p.Family, p.Given = strings.TrimSpace(fam), strings.TrimSpace(given)
		if p.Family == "" {
			return Person{}, fmt.Errorf("itu: parse name %s: %w (empty family name before the comma)", clip.Quote(s), ErrBadName)
		}
		return p, nil
	}
	start, end := familyRun(words)
	p.Family = strings.Join(words[start:end], " ")
	p.Given = strings.Join(append(append([]string{}, words[:start]...), words[end:]...), " ")
	return p, nil
}

// isHonorific reports whether words[i] is a title, as Parse reads it.
func isHonorific(words []string, i int) bool {
	// A word with a comma is the family name, as in "HE, Jiankun": looked
	// for last, since nearly every word that is no title is read first.
	return titleAt(words, i) && !strings.Contains(words[i], ",")
}

// titleAt is isHonorific but for the comma in words[i].
func titleAt(words []string, i int) bool {
	var wb, nb [32]byte // the keys, folded on the stack
	w := appendHonorificKey(wb[:0], words[i])
	if is := func(k string) bool { return string(w) == k }; is("h") || is("e") || is("his") || is("her") {
		// "H. E." and "His Excellency" only as pairs, and not with a
		// family name before a comma ("H E, Ana").
		if i+1 >= len(words) {
			return false
		}
		family := strings.Contains(words[i+1], ",")
		switch {
		case is("h"):
			return string(appendHonorificKey(nb[:0], words[i+1])) == "e" && !family
		case is("e"):
			return i > 0 && string(appendHonorificKey(nb[:0], words[i-1])) == "h"
		}
		return string(appendHonorificKey(nb[:0], words[i+1])) == "excellency" && !family
	}
	if i+1 >= len(words) {
		return false
	}
	switch {
	case string(w) == "m":
		// French "M. Yvon HENRI", but not the initial of "M. K. Gandhi".
		next := appendHonorificKey(nb[:0], words[i+1])
		return strings.HasSuffix(words[i], ".") && utf8.RuneCount(next) > 1 && !strings.Contains(words[i+1], ",")
	case string(w) == "la" || string(w) == "el":
		// Spanish "La Sra. Bogdan-Martin", "El Sr. Juárez".
		next := string(appendHonorificKey(nb[:0], words[i+1]))
		return (next == "sra" || next == "sr" || next == "dra" || next == "dr") && i+2 < len(words)
	}
	return isHonorificKey(w)
}

// isHonorificKey reports whether w, a key as appendHonorificKey folds it,
// is in the honorifics table (read in place, without a copy).
func isHonorificKey(w []byte) bool { return honorifics[string(w)] }

// appendHonorificKey appends [honorificKey] of w to dst: an ASCII word,
// nearly every one, without a string of its own, in one pass: with no
// space in it, its [fold.Key] is its lower case without dots and commas.
func appendHonorificKey(dst []byte, w string) []byte {
	start := len(dst)
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf || c <= ' ':
			return append(dst[:start], honorificKey(w)...)
		case c == '.' || c == ',':
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// capsWords returns the indexes of words written wholly in capitals (two letters or more).
func capsWords(words []string) []int {
	var out []int
	for i, w := range words {
		letters, upper := 0, true
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				upper = upper && unicode.IsUpper(r)
			}
		}
		if letters >= 2 && upper {
			out = append(out, i)
		}
	}
	return out
}

// String returns the name in the form "Dr Chaesub LEE". When that form would
// parse back into other parts (a family name of several words, a given name
// holding a comma or a capitalised word), it returns "DE LA CRUZ, María" with
// the family name before a comma, so [Parse] always reads String's output
// back into the same parts, the family name in capitals.
func (p Person) String() string {
	fam := strings.ToUpper(p.Family)
	s := joinWords(p.Honorific, p.Given, fam)
	if p.Family == "" {
		return s
	}
	if q, err := Parse(s); err == nil && q == (Person{p.Honorific, p.Given, fam}) {
		return s
	}
	return joinWords(p.Honorific, fam+",", p.Given)
}

// joinWords joins the non-empty words with single spaces.
func joinWords(words ...string) string {
	parts := make([]string, 0, len(words))
	for _, s := range words {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}

// SamePerson reports whether p and q name the same person, as
// [Name.SamePerson] compares their written forms ([Person.String]).
func (p Person) SamePerson(q Person) bool {
	return Name(p.String()).SamePerson(Name(q.String()))
}

// Key returns the identity key of the person p names, the [Name.Key] of its
// written form ([Person.String]).
func (p Person) Key() string { return Name(p.String()).Key() }

// Parse splits n into its parts, as [Parse] does.
func (n Name) Parse() (Person, error) { return Parse(string(n)) }

// IsValid reports whether n parses as a person's name: some word follows
// the honorifics, and the first of them does not start with a comma (an empty
// family name). It is [Name.Parse] without building the [Person].
//
// The last word is never an honorific ([isHonorific] wants a word after
// one), so a name with a word is valid unless the first word after its
// honorifics starts with a comma; a name where no word does, nearly every
// one, needs only a word, and its honorifics are not read.
func (n Name) IsValid() bool {
	s := string(n.primaryForm())
	if !mayStartWordWithComma(s) {
		return hasWord(s)
	}
	var buf [16]string // a name's words, without a list on the heap
	words := appendFields(buf[:0], s)
	i := 0
	for i < len(words) && isHonorific(words, i) {
		i++
	}
	return i < len(words) && words[i][0] != ','
}

// mayStartWordWithComma reports whether a word of s as [strings.Fields]
// splits it may start with a comma: s holds a comma first, or after white
// space or a byte of a longer character (which may end a space such as
// U+00A0).
func mayStartWordWithComma(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			continue
		}
		if i == 0 {
			return true
		}
		if c := s[i-1]; c >= utf8.RuneSelf || c == ' ' || '\t' <= c && c <= '\r' {
			return true
		}
	}
	return false
}

// hasWord reports whether s holds a word as [strings.Fields] splits it: a
// character that is not white space.
func hasWord(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return true
		}
		i += size
	}
	return false
}

// Key returns the identity key of the person n names: two names have the
// same non-empty Key exactly when [Name.SamePerson] holds for them, so rules
// index people by Key instead of comparing every pair ([Index] finds the
// variants too). The key is the least rotation of the name's letters run
// together, titles, spaces, hyphens, dots, apostrophes and diacritics
// removed, after [canon.Key] (so soft hyphens, zero-width characters,
// fullwidth forms and look-alike letters of other scripts change nothing):
// "FUATAI PURCELL, Gisa" and "Ms Gisa Fuatai-Purcell" share
// "fuataipurcellgisa". It is for comparing and indexing only, never for
// display, and "" for a name that does not parse.
func (n Name) Key() string {
	if r, ok := asciiRing(string(n.primaryForm())); ok {
		return r
	}
	return nameFormOf(n).ring
}

// Forms returns the forms of the name n gives: n itself, or, when n ends with
// its form in another script in brackets, as documents in one language give
// the name in another ("Rashid ISMAILOV (Рашид Исмаилов)", "LI Haihua
// (李海华)"), the form outside the brackets first
// and the bracketed one second. Brackets holding text in the same script
// ("Dr Chaesub LEE (Republic of Korea)") are part of the one form. The
// record keeps n exactly as written; [Parse], [Name.Key] and
// [Name.SamePerson] read the first form, [Compare] both.
func (n Name) Forms() []Name {
	if p := n.primaryForm(); p != n {
		return []Name{p, n.otherForm()}
	}
	return []Name{n}
}

// primaryForm is Forms()[0], without allocating.
func (n Name) primaryForm() Name {
	outside, _ := n.splitForms()
	return outside
}

// otherForm is the bracketed form of n in another script, "" when none.
func (n Name) otherForm() Name {
	_, inside := n.splitForms()
	return inside
}

// splitForms splits n into its first form and its bracketed form in another
// script; n and "" when it gives no such form.
func (n Name) splitForms() (Name, Name) {
	if len(n) > 0 {
		// Nearly every name ends in an ASCII letter: no space to trim,
		// and no bracket. FuzzSplitForms holds this to the general path.
		if c := n[len(n)-1]; c < utf8.RuneSelf && c != ')' && c != ' ' && (c < '\t' || c > '\r') {
			return n, ""
		}
	}
	return n.splitFormsGeneral()
}

// splitFormsGeneral is splitForms for any name.
func (n Name) splitFormsGeneral() (Name, Name) {
	s := strings.TrimRightFunc(string(n), unicode.IsSpace)
	var open int
	switch {
	case strings.HasSuffix(s, ")"):
		open = strings.LastIndexByte(s, '(')
	case strings.HasSuffix(s, "）"):
		open = strings.LastIndex(s, "（")
	default:
		return n, ""
	}
	if open <= 0 {
		return n, ""
	}
	_, size := utf8.DecodeLastRuneInString(s)
	outside, inside := strings.TrimSpace(s[:open]), strings.TrimSpace(s[open+len("("):len(s)-size])
	if open > 0 && s[open] != '(' {
		inside = strings.TrimSpace(s[open+len("（") : len(s)-size])
	}
	if outside == "" || inside == "" || scriptOf(outside) == scriptOf(inside) || scriptOf(inside) == nil {
		return n, ""
	}
	return Name(outside), Name(inside)
}

// scriptOf returns the script of the first letter of s, nil when s has none.
func scriptOf(s string) *unicode.RangeTable {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		for _, t := range []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Han, unicode.Arabic, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Devanagari, unicode.Thai, unicode.Armenian, unicode.Georgian, unicode.Hebrew} {
			if unicode.Is(t, r) {
				return t
			}
		}
		return unicode.L
	}
	return nil
}

// SamePerson reports whether n and m, as written, name the same person: the
// verdict of [Compare] on their first forms ([Name.Forms]) is [Same]. A compatible variant
// ([Variant], "Dr Cosmas Zavazava" for "Dr Cosmas Luckyson ZAVAZAVA") is
// not the same; a name that does not parse matches nothing.
func (n Name) SamePerson(m Name) bool {
	k := n.Key()
	return k != "" && k == m.Key()
}

// appendFields appends to dst the words of s as [strings.Fields] splits
// them.
func appendFields(dst []string, s string) []string {
	start := -1
	for i, size := 0, 1; i < len(s); i += size {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space, size = c == ' ' || '\t' <= c && c <= '\r', 1 // unicode.IsSpace, for ASCII
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}
