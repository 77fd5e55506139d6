package correspondence

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"

	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
)

// Email is an email address exactly as a document writes it:
// "geneva.korea@mofa.go.kr". The zero value means "not set".
//
// An address is well formed when net/mail parses it as a bare addr-spec (RFC
// 5322 §3.4.1: no display name, no angle brackets, no comments), its local part
// is at most 64 bytes, and its domain is a dotted host name (not a bracketed
// address literal), as addresses on letterheads are.
type Email string

// ErrBadEmail is wrapped by errors from [ParseEmail].
var ErrBadEmail = errors.New("bad email address")

const maxEmailLen = 254 // RFC 5321 §4.5.3.1.3 path limit less the angle brackets

// ParseEmail checks that s is a well-formed email address and returns it
// unchanged; errors wrap [ErrBadEmail] and say what is wrong.
func ParseEmail(s string) (Email, error) {
	if why := emailProblem(s); why != "" {
		return "", fmt.Errorf("correspondence: parse email address %q: %w (%s)", clip.String(s), ErrBadEmail, why)
	}
	return Email(s), nil
}

// MustParseEmail is like [ParseEmail] but panics on error; use it for literals in tests.
func MustParseEmail(s string) Email {
	e, err := ParseEmail(s)
	if err != nil {
		panic(err)
	}
	return e
}

// IsValid reports whether e is a well-formed email address.
func (e Email) IsValid() bool { return emailProblem(string(e)) == "" }

// Domain returns the part of e after the last "@" ("mofa.go.kr"), or "" when e
// holds no "@".
func (e Email) Domain() string {
	i := strings.LastIndexByte(string(e), '@')
	if i < 0 {
		return ""
	}
	return string(e[i+1:])
}

// String returns e as written.
func (e Email) String() string { return string(e) }

// MarshalText returns e as written.
func (e Email) MarshalText() ([]byte, error) { return []byte(e), nil }

// UnmarshalText keeps the text as written, without checking it, so that a
// payload decodes in full and Validate reports a malformed address with its
// rule code beside every other problem. Use [ParseEmail] to reject at once.
func (e *Email) UnmarshalText(b []byte) error {
	*e = Email(b)
	return nil
}

func init() {
	check.Describe[Email](`an email address such as "geneva.korea@mofa.go.kr"`)
}

// emailProblem returns why s is not a well-formed address, or "".
func emailProblem(s string) string {
	switch {
	case s == "":
		return "empty"
	case len(s) > maxEmailLen:
		return fmt.Sprintf("%d bytes long; at most %d", len(s), maxEmailLen)
	case strings.TrimSpace(s) != s:
		return "spaces around it"
	}
	if !plainAddress(s) {
		a, err := mail.ParseAddress(s)
		if err != nil {
			return `not an address of the form "name@example.org"`
		}
		if a.Name != "" || a.Address != s {
			return `want the bare address, such as "name@example.org", with no display name, angle brackets or comments`
		}
	}
	at := strings.LastIndexByte(s, '@')
	local, domain := s[:at], s[at+1:]
	switch {
	case len(local) > 64:
		return fmt.Sprintf("the part before \"@\" is %d bytes long; at most 64", len(local))
	case strings.HasPrefix(domain, "["):
		return "the domain is an address literal; want a host name such as \"example.org\""
	case !strings.Contains(domain, "."):
		return fmt.Sprintf("domain %q has no dot; want a host name such as \"example.org\"", clip.String(domain))
	}
	return ""
}

// plainAddress reports whether s is an address of the plainest form, which
// net/mail parses as a bare addr-spec equal to s, so it need not be asked:
// a local part and a domain, each atoms joined by single dots, the local
// part's atoms of letters, digits, "-", "_" and "+", the domain's of letters,
// digits and "-". Letterheads write addresses so.
func plainAddress(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	return ok && dotAtom(local, "-_+") && dotAtom(domain, "-")
}

// dotAtom reports whether s is atoms of ASCII letters, digits and the bytes
// of extra, joined by single dots.
func dotAtom(s, extra string) bool {
	atom := false // inside an atom
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.':
			if !atom {
				return false
			}
			atom = false
		case isASCIILetter(c) || '0' <= c && c <= '9' || strings.IndexByte(extra, c) >= 0:
			atom = true
		default:
			return false
		}
	}
	return atom
}
