package cv

import (
	"strings"

	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/enum"
)

// Level is the level of an academic degree: bachelor's, master's, doctorate,
// or another qualification (a diploma, a certificate). The zero value means
// "not set" and is not valid.
type Level int

// The degree levels. New values are appended, never reordered.
const (
	Bachelor    Level = iota + 1 // bachelor's degree (BA, BSc, BEng)
	Master                       // master's degree (MA, MSc, MBA)
	Doctorate                    // doctorate (PhD, DPhil, Dr.-Ing.)
	OtherDegree                  // another qualification: diploma, certificate
)

var levels = enum.New(enum.Spec[Level]{Pkg: "cv", Type: "Level", What: "level",
	Codes: []string{"", "bachelor", "master", "doctorate", "other"},
	Key:   func(s string) string { return strings.ToLower(strings.TrimSpace(s)) }, Err: ErrUnknownLevel})

func init() {
	check.Describe[Level]("a degree level: bachelor, master, doctorate or other")
}

// Levels returns every valid level in table order.
func Levels() []Level { return levels.Values() }

// IsValid reports whether l is one of the four levels.
func (l Level) IsValid() bool { return levels.IsValid(l) }

// String returns the level's code ("doctorate"), or "Level(n)" when l is invalid.
func (l Level) String() string { return levels.String(l) }

// ParseLevel parses a level from its code ("bachelor", "master", "doctorate",
// "other"), ignoring case and surrounding space.
func ParseLevel(s string) (Level, error) { return levels.Parse(s) }

// MustParseLevel is like [ParseLevel] but panics on error; use it for literals in tests.
func MustParseLevel(s string) Level {
	l, err := ParseLevel(s)
	if err != nil {
		panic(err)
	}
	return l
}

// MarshalText encodes l as its code; the zero Level encodes as "".
func (l Level) MarshalText() ([]byte, error) { return levels.MarshalText(l) }

// UnmarshalText decodes a level code exactly as [Level.MarshalText] writes it
// ("doctorate"); "" decodes to the zero Level.
func (l *Level) UnmarshalText(b []byte) error { return levels.UnmarshalText(l, b) }

// degreeLevels maps a folded degree abbreviation or first word (lower case, no
// dots, spaces, hyphens or apostrophes) to its level.
var degreeLevels = map[string]Level{
	"ba": Bachelor, "bs": Bachelor, "bsc": Bachelor, "beng": Bachelor, "be": Bachelor, "bba": Bachelor,
	"btech": Bachelor, "llb": Bachelor, "ab": Bachelor, "bachelor": Bachelor, "bachelors": Bachelor,
	"licence": Bachelor, "licenciatura": Bachelor, "bakalavr": Bachelor,
	"ma": Master, "ms": Master, "msc": Master, "meng": Master, "mba": Master, "mphil": Master,
	"mtech": Master, "llm": Master, "mpa": Master, "mph": Master, "mres": Master, "me": Master,
	"master": Master, "masters": Master, "maitrise": Master, "magister": Master, "maestria": Master,
	"phd": Doctorate, "dphil": Doctorate, "dsc": Doctorate, "deng": Doctorate, "edd": Doctorate,
	"dba": Doctorate, "dring": Doctorate, "dr": Doctorate, "doctor": Doctorate, "doctorate": Doctorate,
	"doctorat": Doctorate, "doctorado": Doctorate, "doktor": Doctorate,
	// The Russian specialist degree and candidate of sciences, as the
	// realistic corpus's Russian CV writes them in English, and the Spanish
	// maestría with its accent (canon.Key keeps accents).
	"specialistdegree": Master, "candidateofsciences": Doctorate, "candidateofscience": Doctorate,
	"maestría": Master,
	// The three degrees in the common Chinese and Arabic words (博士, 硕士,
	// 学士; دكتوراه, ماجستير, بكالوريوس, ليسانس, with and without the
	// article), inferred: no Chinese or Arabic CV of a candidate was found.
	"博士": Doctorate, "硕士": Master, "学士": Bachelor,
	"دكتوراه": Doctorate, "الدكتوراه": Doctorate, "ماجستير": Master, "الماجستير": Master,
	"بكالوريوس": Bachelor, "البكالوريوس": Bachelor, "ليسانس": Bachelor,
}

// LevelOfDegree guesses the level of a degree from how a CV writes it: "PhD"
// and "Doctor of Philosophy" give [Doctorate], "MA" and "MSc" give [Master],
// "BA" and "Bachelor of Science" give [Bachelor]. It returns 0 when the degree
// is not one it knows; it never guesses [OtherDegree].
func LevelOfDegree(degree string) Level {
	if l, ok := levelOfKey(degree); ok {
		return l
	}
	if first, _, ok := strings.Cut(strings.TrimSpace(degree), " "); ok {
		l, _ := levelOfKey(first)
		return l
	}
	return 0
}

// levelOfKey looks the [degreeKey] of s up, folding printable ASCII without
// allocating (see foldASCII).
func levelOfKey(s string) (Level, bool) {
	var buf [64]byte
	k, ok := foldASCII(buf[:0], s, degreeFold, false)
	if !ok {
		l, ok := degreeLevels[degreeKey(s)]
		return l, ok
	}
	l, ok := degreeLevels[string(k)]
	return l, ok
}

// degreeKey folds a degree as written for lookup: its [canon.Key] (so
// invisible characters, fullwidth forms and look-alike letters change
// nothing) without dots, spaces, hyphens and apostrophes.
func degreeKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '.', ' ', '-', '\'', '’':
			return -1
		}
		return r
	}, canon.Key(s))
}
