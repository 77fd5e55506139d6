// Package canon holds the module's one definition of identity and of visible
// text: the canonical key that names, codes and conference codes compare by
// ([Key]), and the tests every text rule uses ([Visible], [Ignorable],
// [Disguised]). It is not part of the public API; names.Name.Key and
// itu.ConferenceCode.Key are the public faces of [Key].
package canon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// dotAbove is U+0307 COMBINING DOT ABOVE, and aboveClass the canonical
// combining class of marks above a letter (230), which end the reach of a
// Soft_Dotted letter's dot, as in Unicode's After_Soft_Dotted condition.
const (
	dotAbove   = '\u0307'
	aboveClass = 230
)

// Key reduces s to the key that identity comparisons use: two strings
// that a reader would take for the same name, code or key have the same
// Key. It applies, in order:
//
//   - removal of default-ignorable and format characters (soft hyphen,
//     zero-width spaces and joiners, bidirectional controls, variation
//     selectors, tag characters, Hangul fillers);
//   - Unicode compatibility normalisation (NFKC), which folds fullwidth and
//     other compatibility forms ("ＬＥＥ" is "LEE");
//   - full Unicode case folding;
//   - mapping of letters from other scripts that look like Latin letters to
//     those letters (Cyrillic "е" and Greek "ο" become "e" and "o"), after
//     the skeletons of Unicode Technical Standard #39;
//   - white space collapsed to single spaces and trimmed.
//
// Confusables are mapped on decomposed text, so every normalisation form of
// s gives the same key ("Ё" and "Е" + U+0308 both become "ë").
// Diacritics are kept: "Juárez" and "Juarez" have different keys. A dot
// above on a letter that has a dot already (i, j and the other Soft_Dotted
// letters) is not one: full case folding turns the Turkish capital "İ" into
// "i" and a dot above, which the key drops, so "İBRAHİM" and "ibrahim" have
// one key, as unicode.ToLower and Turkish readers have it. The key is
// for comparing and indexing only, never for display. Key is
// idempotent: Key(Key(s)) == Key(s).
func Key(s string) string {
	if k, ok := canonicalASCII(s); ok {
		return k
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	// Ignorables are dropped first, so that one between a letter and its
	// mark cannot change the result. Confusables are mapped on decomposed
	// text, as TS #39 skeletons are, so that "Ё" and "Е" + U+0308 agree.
	s = DropIgnorable(s)
	s = norm.NFKD.String(s)
	s = cases.Fold().String(s)
	s = norm.NFKD.String(s) // folding can compose or denormalise ("ǰ")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	dotted := false // the last letter is Soft_Dotted, and no mark above has followed it
	for i, r := range s {
		switch {
		case Ignorable(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			dotted = false
			continue
		case r == dotAbove && dotted:
			continue // the letter's own dot
		}
		switch ccc := norm.NFD.PropertiesString(s[i:]).CCC(); {
		case ccc == 0:
			dotted = unicode.Is(unicode.Soft_Dotted, r)
		case ccc == aboveClass:
			dotted = false // a dot above after another mark above is a mark of its own
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r >= 0x13A0 && unicode.Is(unicode.Cherokee, r) {
			// Case folding maps Cherokee small letters to capitals, and
			// x/text's folder the other way for some; capitals are the
			// fixed point, so the key is idempotent.
			r = unicode.ToUpper(r)
		}
		if c, ok := confusable[r]; ok {
			r = c
		}
		b.WriteRune(r)
	}
	// Text is decomposed until here; compose it.
	return norm.NFC.String(b.String())
}

// canonicalASCII is Key for printable ASCII text, a byte at a time.
func canonicalASCII(s string) (string, bool) {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c < ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' || c == 0x7f {
			return "", false
		}
		if 'A' <= c && c <= 'Z' || c != ' ' && c < '!' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			clean = false
		}
	}
	if clean {
		return s, true
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b), true
}

// DropIgnorable returns s without its default-ignorable and format code
// points (see [Ignorable]).
func DropIgnorable(s string) string {
	i := strings.IndexFunc(s, Ignorable)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if !Ignorable(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Ignorable reports whether r is a default-ignorable code point or a format
// character (general category Cf): it renders as nothing on its own and must
// never make two strings differ for a rule. The set is Unicode's
// Default_Ignorable_Code_Point property plus category Cf.
func Ignorable(r rune) bool {
	return unicode.Is(defaultIgnorable, r) || unicode.Is(unicode.Cf, r)
}

// defaultIgnorable is Unicode's Default_Ignorable_Code_Point property
// (DerivedCoreProperties.txt, Unicode 15.1).
var defaultIgnorable = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x00AD, Hi: 0x00AD, Stride: 1},
		{Lo: 0x034F, Hi: 0x034F, Stride: 1},
		{Lo: 0x061C, Hi: 0x061C, Stride: 1},
		{Lo: 0x115F, Hi: 0x1160, Stride: 1},
		{Lo: 0x17B4, Hi: 0x17B5, Stride: 1},
		{Lo: 0x180B, Hi: 0x180F, Stride: 1},
		{Lo: 0x200B, Hi: 0x200F, Stride: 1},
		{Lo: 0x202A, Hi: 0x202E, Stride: 1},
		{Lo: 0x2060, Hi: 0x206F, Stride: 1},
		{Lo: 0x3164, Hi: 0x3164, Stride: 1},
		{Lo: 0xFE00, Hi: 0xFE0F, Stride: 1},
		{Lo: 0xFEFF, Hi: 0xFEFF, Stride: 1},
		{Lo: 0xFFA0, Hi: 0xFFA0, Stride: 1},
		{Lo: 0xFFF0, Hi: 0xFFF8, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x1BCA0, Hi: 0x1BCA3, Stride: 1},
		{Lo: 0x1D173, Hi: 0x1D17A, Stride: 1},
		{Lo: 0xE0000, Hi: 0xE0FFF, Stride: 1},
	},
}

// Visible reports whether s holds at least one character that renders: a
// character that is not white space, a control, a default-ignorable or format
// character, a combining mark standing on its own, or a blank glyph (Braille
// pattern blank U+2800, Hangul fillers). It is the one definition of "visible
// text" that every text rule uses.
func Visible(s string) bool {
	for _, r := range s {
		if visibleRune(r) {
			return true
		}
	}
	return false
}

func visibleRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r > ' ' && r < 0x7f
	}
	switch {
	case r == utf8.RuneError, r == 0x2800:
		return false
	case unicode.IsSpace(r), unicode.IsControl(r), Ignorable(r):
		return false
	case unicode.In(r, unicode.Mn, unicode.Me):
		return false
	}
	return true
}

// confusable maps case-folded letters of other scripts that a reader cannot
// tell from a Latin letter to that letter, after the prototypes of Unicode
// TS #39 (confusables.txt). It applies after case folding, so that a word
// in capitals and the same word in small letters always share a key
// ("ИСМАИЛОВ", "Исмаилов"). Where a capital and its small letter imitate
// different Latin letters (Greek "Ν" looks like N, "ν" like v), the capital's
// look-alike wins: names in ITU documents are often written in capitals.
// Only letters with a one-letter Latin prototype are listed. Within one
// script the map is one-to-one, so two words of that script never collide.
var confusable = map[rune]rune{
	// Cyrillic
	'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p',
	'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ј': 'j',
	'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'ԁ': 'd',
	// Greek
	'α': 'a', 'β': 'b', 'ε': 'e', 'ζ': 'z', 'η': 'h', 'ι': 'i', 'κ': 'k', 'μ': 'm',
	'ν': 'n', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'y', 'χ': 'x', 'ϲ': 'c', 'ϳ': 'j',
	// Armenian
	'օ': 'o', 'ս': 'u', 'ց': 'g', 'ո': 'n',
	// Latin look-alikes outside ASCII
	'ı': 'i', 'ɡ': 'g', 'ℓ': 'l',
}

// Disguised reports whether s holds something a reader cannot see that
// changes how s compares: a default-ignorable or format character (soft
// hyphen, zero-width space, bidirectional control, tag character) next to a
// Latin, Greek or Cyrillic letter or digit, or a word that mixes Latin letters
// with Greek or Cyrillic ones ("LЕE" with a Cyrillic Е). Such text still
// compares by its [Key]; rules on names and codes warn about it.
// Zero-width joiners and non-joiners between letters of scripts that use them
// (Arabic, Indic scripts) are not disguise.
func Disguised(s string) bool {
	var prev rune = ' '
	latin, other := false, false
	pendingIgnorable := false
	for _, r := range s {
		switch {
		case Ignorable(r):
			if Alphabetic(prev) {
				return true
			}
			pendingIgnorable = true
			continue
		case unicode.IsSpace(r) || unicode.IsPunct(r):
			latin, other = false, false
		case unicode.Is(unicode.Latin, r):
			latin = true
		case unicode.In(r, unicode.Greek, unicode.Cyrillic):
			other = true
		}
		if pendingIgnorable && Alphabetic(r) || latin && other {
			return true
		}
		pendingIgnorable = false
		prev = r
	}
	return false
}

// Alphabetic reports whether r is a letter or digit of the Latin, Greek or
// Cyrillic scripts, where no invisible character belongs inside a word.
func Alphabetic(r rune) bool {
	return '0' <= r && r <= '9' || unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
}
