package correspondence

import (
	"errors"
	"fmt"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
)

// Symbol is an ITU conference document symbol exactly as written: "Document
// 12-E", "12-E", "12(Rev.1)-E", "12(Add.1)(Rev.1)-E", "PP14/119-E", or, as running
// text cites other documents, "Document 3" with no language suffix. Keeping the
// written form makes a record round-trip unchanged; [Symbol.Parts] gives the
// pieces. The zero value means "not set".
//
// A symbol is read as: an optional word "Document", an optional conference
// prefix ending in "/" ("PP14/"), the document number, any of the marks
// "(Add.N)", "(Rev.N)" and "(Corr.N)" once each, and an optional language
// suffix "-E" naming the language of this version (see [itu.LanguageOfSuffix];
// only "-E" is confirmed in a source, PP-14 Document 119-E).
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
func (m Mark) String() string { return fmt.Sprintf("(%s%d)", m.Kind, m.Number) }

// SymbolParts is a [Symbol] taken apart. Writing the parts back with
// [SymbolParts.String] gives the symbol exactly as it was written.
type SymbolParts struct {
	Document   bool               // written with the word "Document" in front
	Conference itu.ConferenceCode // conference prefix without its "/" ("PP14", key "PP-14"); "" when none
	Number     int                // the document number (12)
	Marks      []Mark             // addendum, revision and corrigendum marks, in written order
	Language   itu.Language       // the language of this version, from the suffix; zero when there is none
}

// String writes the parts as a symbol: "Document PP14/12(Add.1)(Rev.1)-E".
func (p SymbolParts) String() string {
	var b strings.Builder
	if p.Document {
		b.WriteString("Document ")
	}
	if p.Conference != "" {
		b.WriteString(string(p.Conference) + "/")
	}
	fmt.Fprint(&b, p.Number)
	for _, m := range p.Marks {
		b.WriteString(m.String())
	}
	if p.Language.IsValid() {
		b.WriteString("-" + p.Language.Suffix())
	}
	return b.String()
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
	p, _ := parseSymbol(string(s))
	return p.Language
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

// parseSymbol returns the parts of s, or a reason why s is not a symbol.
func parseSymbol(s string) (SymbolParts, string) {
	var p SymbolParts
	switch {
	case s == "":
		return p, "empty"
	case len(s) > maxSymbolLen:
		return p, fmt.Sprintf("%d bytes long; at most %d", len(s), maxSymbolLen)
	case strings.TrimSpace(s) != s:
		return p, "spaces around it"
	}
	rest := s
	if r, ok := strings.CutPrefix(rest, "Document "); ok {
		p.Document, rest = true, r
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
	return p, ""
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
