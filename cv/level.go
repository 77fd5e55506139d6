package cv

import (
	"fmt"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
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

var levelCodes = [...]string{"", "bachelor", "master", "doctorate", "other"}

func init() {
	check.Describe[Level]("a degree level: bachelor, master, doctorate or other")
}

// Levels returns every valid level in table order.
func Levels() []Level { return []Level{Bachelor, Master, Doctorate, OtherDegree} }

// IsValid reports whether l is one of the four levels.
func (l Level) IsValid() bool { return l > 0 && int(l) < len(levelCodes) }

// String returns the level's code ("doctorate"), or "Level(n)" when l is invalid.
func (l Level) String() string {
	if !l.IsValid() {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelCodes[l]
}

// ParseLevel parses a level from its code ("bachelor", "master", "doctorate",
// "other"), ignoring case and surrounding space.
func ParseLevel(s string) (Level, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for i := 1; i < len(levelCodes); i++ {
		if k == levelCodes[i] {
			return Level(i), nil
		}
	}
	return 0, fmt.Errorf("cv: parse level %q: %w (want bachelor, master, doctorate or other)", clip.String(s), ErrUnknownLevel)
}

// MustParseLevel is like [ParseLevel] but panics on error; use it for literals in tests.
func MustParseLevel(s string) Level {
	l, err := ParseLevel(s)
	if err != nil {
		panic(err)
	}
	return l
}

// MarshalText encodes l as its code; the zero Level encodes as "".
func (l Level) MarshalText() ([]byte, error) {
	if l == 0 {
		return []byte{}, nil
	}
	if !l.IsValid() {
		return nil, fmt.Errorf("cv: marshal level: %w (%d)", ErrUnknownLevel, int(l))
	}
	return []byte(levelCodes[l]), nil
}

// UnmarshalText decodes a level code exactly as [Level.MarshalText] writes it
// ("doctorate"); "" decodes to the zero Level.
func (l *Level) UnmarshalText(b []byte) error {
	for i, c := range levelCodes {
		if string(b) == c {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("cv: parse level %q: %w (want bachelor, master, doctorate or other)", clip.String(b), ErrUnknownLevel)
}

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
}

// LevelOfDegree guesses the level of a degree from how a CV writes it: "PhD"
// and "Doctor of Philosophy" give [Doctorate], "MA" and "MSc" give [Master],
// "BA" and "Bachelor of Science" give [Bachelor]. It returns 0 when the degree
// is not one it knows; it never guesses [OtherDegree].
func LevelOfDegree(degree string) Level {
	if l, ok := degreeLevels[degreeKey(degree)]; ok {
		return l
	}
	if first, _, ok := strings.Cut(strings.TrimSpace(degree), " "); ok {
		return degreeLevels[degreeKey(first)]
	}
	return 0
}

// degreeKey folds a degree as written for lookup: its [itu.CanonicalKey] (so
// invisible characters, fullwidth forms and look-alike letters change
// nothing) without dots, spaces, hyphens and apostrophes.
func degreeKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '.', ' ', '-', '\'', '’':
			return -1
		}
		return r
	}, itu.CanonicalKey(s))
}
