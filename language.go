package itu

import (
	"errors"

	"github.com/plenipot/itu/internal/enum"
	"github.com/plenipot/itu/internal/fold"
)

// Language is one of the six official languages of the Union (CS Art. 29;
// PP-06 Resolution COM6/5). The zero value means "not set".
type Language int

// The six official languages. New values are appended, never reordered.
const (
	Arabic  Language = iota + 1 // Arabic
	Chinese                     // Chinese
	English                     // English
	French                      // French
	Russian                     // Russian
	Spanish                     // Spanish
)

// ErrUnknownLanguage is wrapped by errors from [ParseLanguage].
var ErrUnknownLanguage = errors.New("unknown language")

// languageTable holds, per language, its ISO 639-1 code (the wire form), its
// English name and the suffix ITU puts on document symbols ("Document 12-E").
var languageTable = [...]struct{ code, name, suffix string }{
	{},
	{"ar", "Arabic", "A"},
	{"zh", "Chinese", "C"},
	{"en", "English", "E"},
	{"fr", "French", "F"},
	{"ru", "Russian", "R"},
	{"es", "Spanish", "S"},
}

// languages is the code table behind String, ParseLanguage, IsValid and the
// text methods: ISO 639-1 codes on the wire; codes, names and suffixes for
// ParseLanguage.
var languages = func() *enum.Table[Language] {
	codes := make([]string, len(languageTable))
	names := map[string]Language{}
	for i, row := range languageTable {
		codes[i] = row.code
		if i > 0 {
			names[row.name] = Language(i)
			names[row.suffix] = Language(i)
		}
	}
	return enum.New(enum.Spec[Language]{Pkg: "itu", Type: "Language", What: "language", Codes: codes, Names: names,
		Key: fold.Key, Want: "ar, zh, en, fr, ru or es", Err: ErrUnknownLanguage})
}()

// Languages returns the six official languages.
func Languages() []Language { return languages.Values() }

// IsValid reports whether l is one of the six official languages.
func (l Language) IsValid() bool { return languages.IsValid(l) }

// String returns the ISO 639-1 code ("en"), or "Language(n)" when l is invalid.
func (l Language) String() string { return languages.String(l) }

// Name returns the English name of l ("English").
func (l Language) Name() string {
	if !l.IsValid() {
		return ""
	}
	return languageTable[l].name
}

// Suffix returns the one-letter document suffix of l ("E" for English). Only "E"
// is confirmed in a source; the other five follow ITU's usual convention.
func (l Language) Suffix() string {
	if !l.IsValid() {
		return ""
	}
	return languageTable[l].suffix
}

// LanguageOfSuffix returns the language whose document suffix is s ("E").
func LanguageOfSuffix(s string) (Language, bool) {
	for l := Arabic; l.IsValid(); l++ { // the table's order, without a copy of it
		if languageTable[l].suffix == s {
			return l, true
		}
	}
	return 0, false
}

// ParseLanguage parses a language from its ISO 639-1 code ("en"), its English
// name ("English") or its document suffix ("E"), ignoring case.
func ParseLanguage(s string) (Language, error) { return languages.Parse(s) }

// MarshalText encodes l as its ISO 639-1 code; the zero Language encodes as "".
func (l Language) MarshalText() ([]byte, error) { return languages.MarshalText(l) }

// UnmarshalText decodes an ISO 639-1 code ("en"); "" decodes to the zero Language.
func (l *Language) UnmarshalText(b []byte) error { return languages.UnmarshalText(l, b) }
