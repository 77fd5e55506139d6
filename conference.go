package itu

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/fold"
)

// ConferenceCode is the code of a conference as a record writes it: "PP-22",
// "PP-18", "WTDC-25". The code keeps the text exactly as written, so a record
// round-trips byte for byte; rules compare codes by [ConferenceCode.Key], so
// "pp22", "PP 22" and "ＰＰ－２２" all name PP-22. The zero value means no
// conference is named.
type ConferenceCode string

// ErrBadConferenceCode is wrapped by errors from [ParseConferenceCode].
var ErrBadConferenceCode = errors.New("bad conference code")

// ParseConferenceCode returns s, as written, as a conference code. It fails
// when s is not valid UTF-8 or holds no letter or digit, so it has no
// [ConferenceCode.Key].
func ParseConferenceCode(s string) (ConferenceCode, error) {
	c := ConferenceCode(s)
	if !c.IsValid() {
		return "", fmt.Errorf("itu: parse conference code %s: %w (want letters and digits such as \"PP-22\")", clip.Quote(s), ErrBadConferenceCode)
	}
	return c, nil
}

// Key returns the canonical form of c, by which rules compare conferences:
// its [canon.Key] with everything but letters and digits removed, in
// capitals, with one hyphen between the letters and the digits. "PP-22",
// "pp22", "PP 22", "ＰＰ－２２" and "P\u00adP-22" all give "PP-22"; a code
// that holds no letter or digit gives "".
func (c ConferenceCode) Key() string {
	if isConferenceKey(string(c)) {
		return string(c) // already its key, as codes in records mostly are
	}
	return conferenceKey(string(c))
}

// IsValid reports whether c is valid UTF-8 with a [ConferenceCode.Key]: it
// holds a letter or a digit. The zero code is not valid.
func (c ConferenceCode) IsValid() bool {
	if fold.IsASCII(string(c)) {
		// canon.Key keeps every ASCII letter and digit, so the key is empty
		// only when there is none.
		for i := 0; i < len(c); i++ {
			if b := c[i] | 0x20; 'a' <= b && b <= 'z' || '0' <= c[i] && c[i] <= '9' {
				return true
			}
		}
		return false
	}
	return utf8.ValidString(string(c)) && c.Key() != ""
}

// Same reports whether c and d name the same conference: both have the same
// non-empty [ConferenceCode.Key].
func (c ConferenceCode) Same(d ConferenceCode) bool {
	k := c.Key()
	return k != "" && d.Key() == k
}

// String returns c as written.
func (c ConferenceCode) String() string { return string(c) }

// MarshalText returns c as written.
func (c ConferenceCode) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText sets c to the text as written; whether it is a valid code is
// for validation to say (the "valid" rule), so a record keeps what it was
// given.
func (c *ConferenceCode) UnmarshalText(b []byte) error {
	*c = ConferenceCode(b)
	return nil
}

// isConferenceKey reports whether s is a key as conferenceKey writes it, so
// its own key: capital letters, digits, or both joined by a hyphen ("PP",
// "22", "PP-22"), then, after digits, a hyphen and capitals and digits
// beginning with a capital ("PP-22-A").
func isConferenceKey(s string) bool {
	i := 0
	for i < len(s) && 'A' <= s[i] && s[i] <= 'Z' {
		i++
	}
	letters := i > 0
	if i == len(s) {
		return letters
	}
	if letters {
		if s[i] != '-' {
			return false
		}
		i++
	}
	j := i
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == j {
		return false
	}
	if i == len(s) {
		return true
	}
	if s[i] != '-' || i+1 == len(s) || s[i+1] < 'A' || s[i+1] > 'Z' {
		return false
	}
	for i++; i < len(s); i++ {
		if !('A' <= s[i] && s[i] <= 'Z' || '0' <= s[i] && s[i] <= '9') {
			return false
		}
	}
	return true
}

func conferenceKey(s string) string {
	k := canon.Key(s)
	var letters, digits, rest strings.Builder
	for _, r := range k {
		switch {
		case unicode.IsDigit(r) && rest.Len() == 0:
			digits.WriteRune(r)
		case unicode.IsLetter(r) && digits.Len() == 0:
			letters.WriteRune(unicode.ToUpper(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			rest.WriteRune(unicode.ToUpper(r))
		}
	}
	out := letters.String()
	if digits.Len() > 0 {
		if out != "" {
			out += "-"
		}
		out += digits.String()
	}
	if rest.Len() > 0 {
		out += "-" + rest.String()
	}
	return out
}
