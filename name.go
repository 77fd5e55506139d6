package itu

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/plenipot/itu/internal/clip"
)

// Name is a person's name exactly as a document writes it: "DR. LEE, CHAESUB",
// "Dr Chaesub LEE", "H. E. Mr. Houlin Zhao". Records keep the written form so
// they round-trip unchanged; [Name.Parse] gives its parts and
// [Name.SamePerson] compares two written forms. The zero value means "not set".
type Name string

// PersonName is a name split into its parts. Honorific keeps the titles as
// written ("Dr", "H. E. Mr."); Family is the family name ("LEE").
type PersonName struct {
	Honorific string `json:"honorific,omitzero"`
	Given     string `json:"given,omitzero"`
	Family    string `json:"family"`
}

// ErrBadName is wrapped by errors from [ParseName].
var ErrBadName = errors.New("bad person name")

// honorifics are the titles recognised before a name, folded (no dots, lower case).
var honorifics = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "mx": true,
	"prof": true, "professor": true, "he": true, "h e": true, "h": true, "e": true,
	"sir": true, "dame": true, "amb": true, "ambassador": true, "hon": true,
	"eng": true, "ing": true, "rev": true, "excellency": true, "his": true, "her": true,
}

// ParseName splits a written name into honorific, given and family name.
//
//   - "LEE, CHAESUB" and "DR. LEE, CHAESUB": family name before the comma.
//   - "Dr Chaesub LEE", "LEE Chaesub": the one word in capitals is the family name.
//   - "Dr. Chaesub Lee": otherwise the last word is the family name.
//
// "H" and "E" count as honorifics only as the pair "H. E." or "H.E.", and a
// word before a comma is the family name even when it reads as a title ("HE,
// Jiankun").
func ParseName(s string) (PersonName, error) {
	words := strings.Fields(s)
	var p PersonName
	i := 0
	for i < len(words) && isHonorific(words, i) {
		i++
	}
	p.Honorific = strings.Join(words[:i], " ")
	words = words[i:]
	if len(words) == 0 {
		return PersonName{}, fmt.Errorf("itu: parse name %s: %w (no name after the honorific)", clip.Quote(s), ErrBadName)
	}
	rest := strings.Join(words, " ")
	if fam, given, ok := strings.Cut(rest, ","); ok {
		p.Family, p.Given = strings.TrimSpace(fam), strings.TrimSpace(given)
		if p.Family == "" {
			return PersonName{}, fmt.Errorf("itu: parse name %s: %w (empty family name before the comma)", clip.Quote(s), ErrBadName)
		}
		return p, nil
	}
	fam := len(words) - 1
	if caps := capsWords(words); len(caps) == 1 && len(words) > 1 {
		fam = caps[0]
	}
	p.Family = words[fam]
	p.Given = strings.Join(append(append([]string{}, words[:fam]...), words[fam+1:]...), " ")
	return p, nil
}

func isHonorific(words []string, i int) bool {
	if strings.Contains(words[i], ",") {
		return false // the family name, as in "HE, Jiankun"
	}
	w := foldKey(CanonicalKey(words[i]))
	if w == "h" || w == "e" || w == "his" || w == "her" {
		// "H. E." and "His Excellency" only as pairs, and not with a
		// family name before a comma ("H E, Ana").
		if i+1 >= len(words) {
			return false
		}
		next, family := foldKey(CanonicalKey(words[i+1])), strings.Contains(words[i+1], ",")
		switch w {
		case "h":
			return next == "e" && !family
		case "e":
			return i > 0 && foldKey(CanonicalKey(words[i-1])) == "h"
		}
		return next == "excellency" && !family
	}
	return honorifics[w] && i+1 < len(words)
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
// the family name before a comma, so [ParseName] always reads String's output
// back into the same parts, the family name in capitals.
func (p PersonName) String() string {
	fam := strings.ToUpper(p.Family)
	s := joinWords(p.Honorific, p.Given, fam)
	if p.Family == "" {
		return s
	}
	if q, err := ParseName(s); err == nil && q == (PersonName{p.Honorific, p.Given, fam}) {
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

// SamePerson reports whether p and q name the same person, ignoring
// honorifics, case, diacritics, hyphens and spaces inside names, and the order
// of given and family name ("Lim Hyesook" and "Hyesook LIM").
func (p PersonName) SamePerson(q PersonName) bool {
	pf, pg, qf, qg := nameKey(p.Family), nameKey(p.Given), nameKey(q.Family), nameKey(q.Given)
	if pf == "" || qf == "" {
		return false
	}
	return pf == qf && pg == qg || pf == qg && pg == qf
}

// nameKey folds a name for comparison: its [CanonicalKey] (so soft hyphens,
// zero-width characters, fullwidth forms and look-alike letters of other
// scripts change nothing), then diacritics, dots, commas, spaces, hyphens and
// apostrophes removed. CanonicalKey maps dotless "ı" to "i", so "Yıldız" and
// "YILDIZ" compare equal, as they must once [PersonName.String] has
// capitalised a family name.
func nameKey(s string) string {
	return nameKeyReplacer.Replace(foldKey(CanonicalKey(s)))
}

// Key returns the identity key of the person p names: two names have the
// same non-empty Key exactly when [PersonName.SamePerson] holds for them, so
// rules index people by Key instead of comparing every pair. Key is "" when
// the family name is empty.
func (p PersonName) Key() string {
	f, g := nameKey(p.Family), nameKey(p.Given)
	if f == "" {
		return ""
	}
	if g < f {
		f, g = g, f
	}
	return strconv.Itoa(len(f)) + ":" + f + g
}

var nameKeyReplacer = strings.NewReplacer(" ", "", "-", "", "'", "")

// Parse splits n into its parts, as [ParseName] does.
func (n Name) Parse() (PersonName, error) { return ParseName(string(n)) }

// IsValid reports whether n parses as a person's name.
func (n Name) IsValid() bool { _, err := n.Parse(); return err == nil }

// Key returns the identity key of the person n names (see [PersonName.Key]),
// or "" when n does not parse.
func (n Name) Key() string {
	p, err := n.Parse()
	if err != nil {
		return ""
	}
	return p.Key()
}

// SamePerson reports whether n and m, as written, name the same person; see
// [PersonName.SamePerson]. A name that does not parse matches nothing.
func (n Name) SamePerson(m Name) bool {
	p, err1 := n.Parse()
	q, err2 := m.Parse()
	return err1 == nil && err2 == nil && p.SamePerson(q)
}
