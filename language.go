package itu

import (
	"errors"
	"fmt"

	"github.com/plenipot/itu/internal/clip"
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

// Languages returns the six official languages.
func Languages() []Language { return []Language{Arabic, Chinese, English, French, Russian, Spanish} }

// IsValid reports whether l is one of the six official languages.
func (l Language) IsValid() bool { return l > 0 && int(l) < len(languageTable) }

// String returns the ISO 639-1 code ("en"), or "Language(n)" when l is invalid.
func (l Language) String() string {
	if !l.IsValid() {
		return fmt.Sprintf("Language(%d)", int(l))
	}
	return languageTable[l].code
}

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
	for _, l := range Languages() {
		if languageTable[l].suffix == s {
			return l, true
		}
	}
	return 0, false
}

// ParseLanguage parses a language from its ISO 639-1 code ("en"), its English
// name ("English") or its document suffix ("E"), ignoring case.
func ParseLanguage(s string) (Language, error) {
	k := foldKey(s)
	for _, l := range Languages() {
		t := languageTable[l]
		if k == t.code || k == foldKey(t.name) || k == foldKey(t.suffix) {
			return l, nil
		}
	}
	return 0, fmt.Errorf("itu: parse language %s: %w (want ar, zh, en, fr, ru or es)", clip.Quote(s), ErrUnknownLanguage)
}

// MarshalText encodes l as its ISO 639-1 code; the zero Language encodes as "".
func (l Language) MarshalText() ([]byte, error) {
	if l == 0 {
		return []byte{}, nil
	}
	if !l.IsValid() {
		return nil, fmt.Errorf("itu: marshal language: %w (%d)", ErrUnknownLanguage, int(l))
	}
	return []byte(languageTable[l].code), nil
}

// UnmarshalText decodes an ISO 639-1 code ("en"); "" decodes to the zero Language.
func (l *Language) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = 0
		return nil
	}
	for _, v := range Languages() {
		if languageTable[v].code == string(b) {
			*l = v
			return nil
		}
	}
	return fmt.Errorf("itu: parse language %s: %w (want ar, zh, en, fr, ru or es)", clip.Quote(b), ErrUnknownLanguage)
}
