package correspondence

import (
	"sync"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/canon"
)

// secretaryGeneralTitles holds, per official language, the titles a Note by
// the Secretary-General is signed with, with and without the article, in the
// masculine and, where the language inflects it, the feminine ITU uses when a
// woman holds the post ("Secrétaire générale de l'UIT", ITU fr, es and ar
// osg pages; Russian keeps "Генеральный секретарь"). English forms are read
// by [itu.LookupPost].
var secretaryGeneralTitles = map[itu.Language][]string{
	itu.Arabic:  {"الأمين العام", "الأمينة العامة"},
	itu.Chinese: {"秘书长"},
	itu.French: {"Secrétaire général", "Le Secrétaire général", "Secrétaire générale", "La Secrétaire générale",
		"Secrétaire général de l'UIT", "Secrétaire générale de l'UIT"},
	itu.Russian: {"Генеральный секретарь", "Генеральный секретарь МСЭ"},
	itu.Spanish: {"Secretario General", "El Secretario General", "Secretaria General", "La Secretaria General",
		"Secretario General de la UIT", "Secretaria General de la UIT"},
}

// secretaryGeneralKeys maps the canonical key of each title in
// [secretaryGeneralTitles] to its language, built on first use.
var secretaryGeneralKeys = sync.OnceValue(func() map[string]itu.Language {
	keys := map[string]itu.Language{}
	for l, titles := range secretaryGeneralTitles {
		for _, t := range titles {
			keys[canon.Key(t)] = l
		}
	}
	return keys
})

// secretaryGeneralTitle reports whether title is the Secretary-General's
// title in one of the six official languages, and in which.
func secretaryGeneralTitle(title string) (itu.Language, bool) {
	if title == "Secretary-General" || title == "Secretary General" {
		return itu.English, true // as itu.LookupPost reads it (TestSecretaryGeneralAsWritten), without folding
	}
	if p, ok := itu.LookupPost(title); ok && p == itu.SecretaryGeneral {
		return itu.English, true
	}
	l, ok := secretaryGeneralKeys()[canon.Key(title)]
	return l, ok
}
