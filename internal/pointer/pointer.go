// Package pointer builds the JSON Pointers (RFC 6901) of violation paths:
// the one escaper of reference tokens, and the cut that keeps every token
// within [MaxToken] bytes. It is not part of the public API.
package pointer

import (
	"strings"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/clip"
)

// MaxToken is the most bytes one reference token of a violation's path
// holds, escaped: a longer token (a hostile map key or member name of
// megabytes) is cut and ends in "…", so no path echoes its input in full.
// The root package states it as itu.MaxPathToken.
const MaxToken = 64

// clipMark marks text cut by [Token], [Clip] and the decoder.
const clipMark = clip.Mark

// Token returns s as one reference token of a JSON Pointer (RFC 6901):
// "~" is written "~0" and "/" is written "~1". A token longer than
// [MaxToken] bytes once escaped is cut on a character boundary, never
// inside an escape, and ends in "…"; only what is kept is read and copied.
// It is the one escaper every violation path is built with.
func Token(s string) string {
	if len(s) <= MaxToken && strings.IndexByte(s, '~') < 0 && strings.IndexByte(s, '/') < 0 {
		return s // most tokens: a name or a key with nothing to escape
	}
	fits := escapedLen(s, MaxToken) <= MaxToken
	limit := MaxToken
	if !fits {
		limit -= len(clipMark)
	}
	var b strings.Builder
	n := 0 // escaped bytes so far
	for i := 0; i < len(s); {
		_, w := utf8.DecodeRuneInString(s[i:])
		e := w
		if s[i] == '~' || s[i] == '/' {
			e = 2
		}
		if n+e > limit {
			break
		}
		switch s[i] {
		case '~':
			b.WriteString("~0")
		case '/':
			b.WriteString("~1")
		default:
			b.WriteString(s[i : i+w])
		}
		n += e
		i += w
	}
	if !fits {
		b.WriteString(clipMark)
	}
	return b.String()
}

// escapedLen returns the escaped length of s, or limit+1 once it exceeds limit.
func escapedLen(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && n <= limit; i++ {
		n++
		if s[i] == '~' || s[i] == '/' {
			n++
		}
	}
	return min(n, limit+1)
}

// Clip cuts each reference token of the JSON Pointer p (already
// escaped) that is longer than [MaxToken] bytes, as [Token] does.
// Tokens within the bound are left alone, so Clip is idempotent.
func Clip(p string) string {
	long := false
	for tok := range strings.SplitSeq(p, "/") {
		if len(tok) > MaxToken {
			long = true
			break
		}
	}
	if !long {
		return p
	}
	var b strings.Builder
	for i, tok := range strings.Split(p, "/") {
		if i > 0 {
			b.WriteByte('/')
		}
		if len(tok) <= MaxToken {
			b.WriteString(tok)
			continue
		}
		// A "~" at the end starts an escape; never split one.
		cut := strings.TrimSuffix(clip.Prefix(tok, MaxToken-len(clipMark)), "~")
		b.WriteString(cut)
		b.WriteString(clipMark)
	}
	return b.String()
}

// unescaper undoes [Token]'s escapes: "~1" is "/", "~0" is "~".
var unescaper = strings.NewReplacer("~1", "/", "~0", "~")

// Unescape returns the text of one reference token: "~1" read as "/" and
// "~0" as "~" (RFC 6901, section 4).
func Unescape(tok string) string {
	if !strings.Contains(tok, "~") {
		return tok
	}
	return unescaper.Replace(tok)
}

// LastToken returns the text of the last reference token of the pointer p,
// unescaped: "R].U" for "/rounds/0/votes/R].U", "a/b" for "/x/a~1b".
func LastToken(p string) string {
	return Unescape(p[strings.LastIndexByte(p, '/')+1:])
}
