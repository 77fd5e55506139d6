package correspondence

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
)

// Symbol is an ITU conference document symbol exactly as written, in any of
// the six official languages: "Document 12-E", "12(Rev.1)-E", "Document 12
// (Rev.1)-E", "PP14/67(Add.1)-S", "Addéndum 1 al Documento 67-S", "第12号文件-C",
// or, as running text cites other documents, "Document 3" with no language
// suffix. Keeping the written form makes a record round-trip byte for byte;
// [Symbol.Parts] gives the pieces. The zero value means "not set".
//
// A symbol is compared by meaning, not by spelling: [Symbol.Key] names the
// document (conference prefix, number, addendum, revision and corrigendum
// numbers) whatever the language and the words, so the same document in two
// languages is one document in two versions. [Symbol.SameDocument] ignores
// the language; [Symbol.SameVersion] also asks for the same [Symbol.Language].
//
// A symbol is read as one of four forms ([SymbolForm]), then an optional
// conference prefix ending in "/" ("PP14/"), the document number, any of the
// marks "(Add.N)", "(Rev.N)" and "(Corr.N)" once each (the first may follow a
// space), and an optional language suffix "-E" naming the language of this
// version (see [itu.LanguageOfSuffix]). The words must be those of the
// suffix's language ("Documento 12-S", not "Document 12-S").
//
// Which forms are attested (research on ITU documents; H high, M medium,
// L not seen, accepted because ITU translates the English header into each
// language):
//
//	bare         "PP14/119-E", "PP-02/36-S", "PP14/67(Add.1)-S", "102(Rev.1)"  H (PP-14 Docs 119, 67; PP-02 Doc 36)
//	English      "Document 12-E"                                               H (PP-22 Document 12-E)
//	             "Document 12(Rev.1)-E", "Document 12 (Rev.1)-E"               L
//	             "Addendum 20 to Document 9-E"                                 M (WRC-15)
//	             "Revision 1 to Document 12-E", "Corrigendum 1 to ..."         L
//	Spanish      "Documento 36-S", "Addéndum 1 al Documento 67-S"              H (PP-02 Doc 36, PP-14 Doc 67)
//	             "Revisión 1 al ...", "Corrigéndum 1 al Documento 12-S"        L
//	French       "Document 12-F", "Révision/Addendum/Corrigendum 1 au ..."    L (unconfirmed)
//	Russian      "Документ 12-R", "Пересмотр/Дополнительный документ/
//	             Исправление 1 к Документу 12-R"                               L (unconfirmed)
//	Chinese      "文件 12-C", "第12号文件-C", "第1号修订版/增编/更正 文件 12-C"  L (unconfirmed)
//	Arabic       "الوثيقة 12-A", "المراجعة/الإضافة/التصويب 1 للوثيقة 12-A"      L (unconfirmed)
//
// Of the suffixes only "-E" and "-S" are attested; "-A", "-C", "-F" and "-R"
// follow ITU's convention (M). No corrigendum of a conference document was
// found in any language.
type Symbol string

// ErrBadSymbol is wrapped by errors from [ParseSymbol].
var ErrBadSymbol = errors.New("bad document symbol")

// MarkKind is the kind of a parenthesised mark after a document number. The
// zero value means "not set".
type MarkKind int

// The marks a conference document symbol can carry. New values are appended,
// never reordered.
const (
	Addendum    MarkKind = iota + 1 // Add.
	Revision                        // Rev.
	Corrigendum                     // Corr.
)

var markAbbrevs = [...]string{"", "Add.", "Rev.", "Corr."}

// IsValid reports whether k is one of the three marks.
func (k MarkKind) IsValid() bool { return k > 0 && int(k) < len(markAbbrevs) }

// String returns the abbreviation symbols use ("Rev."), or "MarkKind(n)".
func (k MarkKind) String() string {
	if !k.IsValid() {
		return fmt.Sprintf("MarkKind(%d)", int(k))
	}
	return markAbbrevs[k]
}

// Mark is one parenthesised mark after a document number: "(Add.1)", "(Rev.2)"
// or "(Corr.1)". Number is 1 or more.
type Mark struct {
	Kind   MarkKind
	Number int
}

// String returns the mark as written in a symbol ("(Rev.1)").
func (m Mark) String() string { return string(m.appendTo(nil)) }

// appendTo appends [Mark.String] to b.
func (m Mark) appendTo(b []byte) []byte {
	b = append(append(b, '('), m.Kind.String()...)
	return append(strconv.AppendInt(b, int64(m.Number), 10), ')')
}

// SymbolForm is how a symbol is written around its number. The zero value is
// the bare form, with no words.
type SymbolForm int

// The forms of a symbol. New values are appended, never reordered.
const (
	SymbolBare    SymbolForm = iota // "12-E", "PP14/67(Add.1)-S"
	SymbolWord                      // "Document 12-E", "Documento 12-S", "文件 12-C"
	SymbolOrdinal                   // Chinese "第12号文件-C"
	SymbolHeading                   // "Revision 1 to Document 12-E": the first mark in words
)

var symbolFormNames = [...]string{"bare", "word", "ordinal", "heading"}

// IsValid reports whether f is one of the four forms.
func (f SymbolForm) IsValid() bool { return f >= 0 && int(f) < len(symbolFormNames) }

// String returns the name of f ("heading"), or "SymbolForm(n)".
func (f SymbolForm) String() string {
	if !f.IsValid() {
		return fmt.Sprintf("SymbolForm(%d)", int(f))
	}
	return symbolFormNames[f]
}

// SymbolParts is a [Symbol] taken apart. Writing the parts back with
// [SymbolParts.String] gives the symbol exactly as it was written.
type SymbolParts struct {
	Form       SymbolForm         // the words around the number
	Words      itu.Language       // the language of those words; zero in the bare form
	Conference itu.ConferenceCode // conference prefix without its "/" ("PP14", key "PP-14"); "" when none
	Number     int                // the document number (12)
	Spaced     bool               // a space between the number and the first parenthesised mark ("12 (Rev.1)")
	Marks      []Mark             // addendum, revision and corrigendum marks, in written order; in the heading form the first is the one in words
	Language   itu.Language       // the language of this version, from the suffix; zero when there is none
}

// String writes the parts as a symbol: "Document PP14/12(Add.1)(Rev.1)-E",
// "Revision 1 to Document 12-E".
func (p SymbolParts) String() string {
	var b strings.Builder
	w := wordsOf(p.Words)
	marks := p.Marks
	switch p.Form {
	case SymbolWord:
		b.WriteString(w.document)
	case SymbolOrdinal:
		b.WriteString(w.ordinal[0])
	case SymbolHeading:
		if len(marks) > 0 && marks[0].Kind.IsValid() {
			h := w.heading[marks[0].Kind]
			fmt.Fprintf(&b, "%s%d%s", h[0], marks[0].Number, h[1])
			marks = marks[1:]
		}
	}
	if p.Conference != "" {
		b.WriteString(string(p.Conference) + "/")
	}
	fmt.Fprint(&b, p.Number)
	if p.Spaced && len(marks) > 0 {
		b.WriteString(" ")
	}
	for _, m := range marks {
		b.WriteString(m.String())
	}
	if p.Form == SymbolOrdinal {
		b.WriteString(w.ordinal[1])
	}
	if p.Language.IsValid() {
		b.WriteString("-" + p.Language.Suffix())
	}
	return b.String()
}

// Key returns the canonical name of the document the parts name, whatever the
// language, form and words: the conference prefix's [itu.ConferenceCode.Key]
// and "/" if there is a prefix, the number, then the marks in the order
// addendum, revision, corrigendum. "Addéndum 1 al Documento PP14/67-S" and
// "PP14/67(Add.1)-E" both give "PP-14/67(Add.1)".
func (p SymbolParts) Key() string {
	var buf [64]byte // a key is short: built on the stack, copied once
	b := buf[:0]
	if p.Conference != "" {
		b = append(append(b, p.Conference.Key()...), '/')
	}
	b = strconv.AppendInt(b, int64(p.Number), 10)
	for k := Addendum; k <= Corrigendum; k++ {
		if n := p.Mark(k); n > 0 {
			b = Mark{Kind: k, Number: n}.appendTo(b)
		}
	}
	return string(b)
}

// Mark returns the number of the mark of kind k ("(Rev.2)" gives 2), or 0 when
// the symbol carries no such mark.
func (p SymbolParts) Mark(k MarkKind) int {
	for _, m := range p.Marks {
		if m.Kind == k {
			return m.Number
		}
	}
	return 0
}

const (
	maxSymbolLen     = 100
	maxDocNumber     = 6 // digits
	maxMarkNumber    = 3 // digits
	maxConferenceLen = 16
)

// ParseSymbol checks that s is a well-formed document symbol and returns it
// unchanged. Surrounding spaces, unknown marks and unknown language suffixes
// are errors wrapping [ErrBadSymbol].
func ParseSymbol(s string) (Symbol, error) {
	if _, why := parseSymbol(s); why != "" {
		return "", fmt.Errorf("correspondence: parse symbol %q: %w (%s)", clip.String(s), ErrBadSymbol, why)
	}
	return Symbol(s), nil
}

// MustParseSymbol is like [ParseSymbol] but panics on error; use it for literals in tests.
func MustParseSymbol(s string) Symbol {
	v, err := ParseSymbol(s)
	if err != nil {
		panic(err)
	}
	return v
}

// Parts takes s apart; the error is the one [ParseSymbol] gives.
func (s Symbol) Parts() (SymbolParts, error) {
	p, why := parseSymbol(string(s))
	if why != "" {
		return SymbolParts{}, fmt.Errorf("correspondence: parse symbol %q: %w (%s)", clip.String(string(s)), ErrBadSymbol, why)
	}
	return p, nil
}

// IsValid reports whether s is a well-formed symbol.
func (s Symbol) IsValid() bool { _, why := parseSymbol(string(s)); return why == "" }

// Language returns the language of the version s names, from its suffix
// ("12-E" gives English); zero when s has no suffix or is malformed.
func (s Symbol) Language() itu.Language {
	p, why := parseSymbol(string(s))
	if why != "" {
		return 0
	}
	return p.Language
}

// Key returns the canonical name of the document s names, ignoring its
// language and words (see [SymbolParts.Key]): "Document 12(Rev.1)-E",
// "Révision 1 au Document 12-F" and "12(Rev.1)" all give "12(Rev.1)". It
// returns "" when s is malformed. A conference prefix is part of the key, so
// "PP14/119-E" and "Document 119-E" have different keys.
func (s Symbol) Key() string {
	p, why := parseSymbol(string(s))
	if why != "" {
		return ""
	}
	return p.Key()
}

// SameDocument reports whether s and t are well formed and name the same
// document, perhaps in different language versions: they have the same
// [Symbol.Key]. "Document 12-E" and "Documento 12-S" are the same document.
func (s Symbol) SameDocument(t Symbol) bool {
	k := s.Key()
	return k != "" && t.Key() == k
}

// SameVersion reports whether s and t name the same language version of the
// same document: [Symbol.SameDocument] and the same [Symbol.Language].
// "Document 12-E" and "12-E" are the same version; "Document 12-F" is
// another version of that document. (It is not called Equal: go-cmp would
// then compare symbols by meaning and miss a change in the written text.)
func (s Symbol) SameVersion(t Symbol) bool {
	return s.SameDocument(t) && s.Language() == t.Language()
}

// String returns s as written.
func (s Symbol) String() string { return string(s) }

// MarshalText returns s as written.
func (s Symbol) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText keeps the text as written, without checking it, so that a
// payload decodes in full and Validate reports a malformed symbol with its rule
// code beside every other problem. Use [ParseSymbol] to reject at once.
func (s *Symbol) UnmarshalText(b []byte) error {
	*s = Symbol(b)
	return nil
}

func init() {
	check.Describe[Symbol](`a document symbol such as "Document 12-E", "12(Rev.1)-E" or "PP14/119-E"`)
}

// symbolWords holds, per language, the words ITU prints around a document
// number: the word for "document" before it ("Documento "), the Chinese
// ordinal form around it ("第", "号文件"), and per mark kind the heading that
// names an addendum, revision or corrigendum in words, as the text before and
// after the mark's number ("Addéndum ", " al Documento "). Only the English
// "Document " and heading "Addendum N to Document", and the Spanish
// "Documento " and "Addéndum N al Documento" are attested; every other entry
// is unconfirmed (confidence L), written as ITU translates the English
// header. See [Symbol] for the sources.
var symbolWords = [...]symbolWordSet{
	itu.Arabic: {document: "الوثيقة ", heading: [...][2]string{
		Addendum:    {"الإضافة ", " للوثيقة "},
		Revision:    {"المراجعة ", " للوثيقة "},
		Corrigendum: {"التصويب ", " للوثيقة "}}},
	itu.Chinese: {document: "文件 ", ordinal: [2]string{"第", "号文件"}, heading: [...][2]string{
		Addendum:    {"第", "号增编 文件 "},
		Revision:    {"第", "号修订版 文件 "},
		Corrigendum: {"第", "号更正 文件 "}}},
	itu.English: {document: "Document ", heading: [...][2]string{
		Addendum:    {"Addendum ", " to Document "},
		Revision:    {"Revision ", " to Document "},
		Corrigendum: {"Corrigendum ", " to Document "}}},
	itu.French: {document: "Document ", heading: [...][2]string{
		Addendum:    {"Addendum ", " au Document "},
		Revision:    {"Révision ", " au Document "},
		Corrigendum: {"Corrigendum ", " au Document "}}},
	itu.Russian: {document: "Документ ", heading: [...][2]string{
		Addendum:    {"Дополнительный документ ", " к Документу "},
		Revision:    {"Пересмотр ", " к Документу "},
		Corrigendum: {"Исправление ", " к Документу "}}},
	itu.Spanish: {document: "Documento ", heading: [...][2]string{
		Addendum:    {"Addéndum ", " al Documento "},
		Revision:    {"Revisión ", " al Documento "},
		Corrigendum: {"Corrigéndum ", " al Documento "}}},
}

type symbolWordSet struct {
	document string
	ordinal  [2]string
	heading  [Corrigendum + 1][2]string
}

// wordsOf returns the words of language l; none when l is not valid.
func wordsOf(l itu.Language) symbolWordSet {
	if !l.IsValid() || int(l) >= len(symbolWords) {
		return symbolWordSet{}
	}
	return symbolWords[l]
}

// parseSymbol returns the parts of s, or a reason why s is not a symbol.
func parseSymbol(s string) (SymbolParts, string) {
	var p SymbolParts
	switch {
	case s == "":
		return p, "empty"
	case len(s) > maxSymbolLen && utf8.RuneCountInString(s) > maxSymbolLen:
		return p, fmt.Sprintf("%d characters long; at most %d", utf8.RuneCountInString(s), maxSymbolLen)
	case !utf8.ValidString(s):
		return p, "not valid UTF-8"
	case strings.TrimSpace(s) != s:
		return p, "spaces around it"
	}
	rest, why := cutSymbolWords(s, &p)
	if why != "" {
		return p, why
	}
	if conf, r, ok := strings.Cut(rest, "/"); ok {
		if !isConferencePrefix(conf) {
			return p, fmt.Sprintf("conference prefix %q is not a letter followed by letters, digits or hyphens, such as \"PP14\"", clip.String(conf))
		}
		p.Conference, rest = itu.ConferenceCode(conf), r
	}
	n, r, why := leadingNumber(rest, maxDocNumber)
	switch {
	case why == "missing":
		return p, fmt.Sprintf("no document number where %q begins", clip.String(rest))
	case why != "":
		return p, "document number " + why
	}
	p.Number, rest = n, r
	if r, ok := strings.CutPrefix(rest, " ("); ok {
		p.Spaced, rest = true, "("+r
	}
	for strings.HasPrefix(rest, "(") {
		m, r, why := leadingMark(rest)
		if why != "" {
			return p, why
		}
		if p.Mark(m.Kind) != 0 {
			return p, fmt.Sprintf("mark (%s) appears twice", m.Kind)
		}
		p.Marks, rest = append(p.Marks, m), r
	}
	if p.Form == SymbolOrdinal {
		r, ok := strings.CutPrefix(rest, symbolWords[itu.Chinese].ordinal[1])
		if !ok {
			return p, fmt.Sprintf("\"第\" and the number are not followed by \"号文件\" but by %q", clip.String(rest))
		}
		rest = r
	}
	if rest == "" {
		return p, ""
	}
	suffix, ok := strings.CutPrefix(rest, "-")
	if !ok {
		return p, fmt.Sprintf("unexpected %q after the document number", clip.String(rest))
	}
	l, ok := itu.LanguageOfSuffix(suffix)
	if !ok {
		return p, fmt.Sprintf("unknown language suffix %q (the six are -A, -C, -E, -F, -R and -S)", clip.String(suffix))
	}
	p.Language = l
	if p.Form != SymbolBare && p.Words != l {
		q := p
		q.Words = l
		return p, fmt.Sprintf("the words are %s but the suffix -%s is %s; the %s version reads %q", p.Words.Name(), suffix, l.Name(), l.Name(), clip.String(q.String()))
	}
	return p, ""
}

// symbolLanguages is [itu.Languages], listed once.
var symbolLanguages = itu.Languages()

// cutSymbolWords reads the words in front of a symbol's number, if any, into
// p and returns the rest of s. The words of the suffix's language are tried
// first, so "Document 12-F" is French and "Document 12-E" English.
func cutSymbolWords(s string, p *SymbolParts) (string, string) {
	var buf [8]itu.Language // the languages to try, on the stack
	langs := buf[:0]
	if i := strings.LastIndexByte(s, '-'); i >= 0 {
		if l, ok := itu.LanguageOfSuffix(s[i+1:]); ok {
			langs = append(langs, l)
		}
	}
	langs = append(langs, symbolLanguages...)
	for _, l := range langs {
		w := symbolWords[l]
		if r, ok := strings.CutPrefix(s, w.document); ok {
			p.Form, p.Words = SymbolWord, l
			return r, ""
		}
		for k := Addendum; k <= Corrigendum; k++ {
			if r, ok, why := cutHeading(s, w.heading[k]); ok {
				p.Form, p.Words = SymbolHeading, l
				if why == "missing" {
					why = "is missing"
				}
				if why != "" {
					return s, fmt.Sprintf("the number after %q %s", strings.TrimSpace(w.heading[k][0]), why)
				}
				n, _, _ := leadingNumber(r, maxMarkNumber)
				p.Marks = []Mark{{Kind: k, Number: n}}
				return r[digitsEnd(r):][len(w.heading[k][1]):], ""
			}
		}
		if w.ordinal[0] != "" {
			if r, ok := strings.CutPrefix(s, w.ordinal[0]); ok {
				p.Form, p.Words = SymbolOrdinal, l
				return r, ""
			}
		}
	}
	return s, ""
}

// cutHeading reports whether s begins with the heading h (before, a number,
// after) and returns the text from the number on; why says what is wrong
// with the number.
func cutHeading(s string, h [2]string) (string, bool, string) {
	r, ok := strings.CutPrefix(s, h[0])
	if !ok {
		return s, false, ""
	}
	i := digitsEnd(r)
	if !strings.HasPrefix(r[i:], h[1]) {
		return s, false, ""
	}
	_, _, why := leadingNumber(r[:i], maxMarkNumber)
	return r, true, why
}

// digitsEnd returns the length of the run of ASCII digits at the front of s.
func digitsEnd(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// leadingNumber reads a positive decimal number of at most max digits, with no
// leading zero, from the front of s.
func leadingNumber(s string, max int) (int, string, string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	switch {
	case i == 0:
		return 0, s, "missing"
	case strings.Trim(s[:i], "0") == "":
		return 0, s, "is zero"
	case s[0] == '0':
		return 0, s, fmt.Sprintf("%q has a leading zero", clip.String(s[:i]))
	case i > max:
		return 0, s, fmt.Sprintf("%q has more than %d digits", clip.String(s[:i]), max)
	}
	n := 0
	for _, c := range s[:i] {
		n = n*10 + int(c-'0')
	}
	return n, s[i:], ""
}

// leadingMark reads "(Add.N)", "(Rev.N)" or "(Corr.N)" from the front of s.
func leadingMark(s string) (Mark, string, string) {
	inner, rest, ok := strings.Cut(s[1:], ")")
	if !ok {
		return Mark{}, s, fmt.Sprintf("mark %q has no closing parenthesis", clip.String(s))
	}
	for k := Addendum; k <= Corrigendum; k++ {
		num, ok := strings.CutPrefix(inner, k.String())
		if !ok {
			continue
		}
		n, r, why := leadingNumber(num, maxMarkNumber)
		switch {
		case why == "missing":
			return Mark{}, s, fmt.Sprintf("mark (%s) has no number", clip.String(inner))
		case why != "":
			return Mark{}, s, fmt.Sprintf("mark (%s): number %s", clip.String(inner), why)
		case r != "":
			return Mark{}, s, fmt.Sprintf("mark (%s): unexpected %q after the number", clip.String(inner), clip.String(r))
		}
		return Mark{Kind: k, Number: n}, rest, ""
	}
	return Mark{}, s, fmt.Sprintf("unknown mark (%s) (the marks are Add., Rev. and Corr.)", clip.String(inner))
}

func isConferencePrefix(s string) bool {
	if s == "" || len(s) > maxConferenceLen || !isASCIILetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isASCIILetter(c) && !(c >= '0' && c <= '9') && c != '-' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
