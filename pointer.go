package itu

import (
	"strings"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/clip"
)

// MaxPathToken is the most bytes one reference token of a violation's path
// holds, escaped: a longer token (a hostile map key or member name of
// megabytes) is cut and ends in "…", so no path echoes its input in full.
const MaxPathToken = 64

// MaxMessage is the most bytes a violation's message holds: a longer one,
// built from many hostile values, is cut and ends in "…".
const MaxMessage = 1000

// clipMark marks text cut by [PointerToken], [Rule.At] and the decoder.
const clipMark = clip.Mark

// PointerToken returns s as one reference token of a JSON Pointer (RFC 6901):
// "~" is written "~0" and "/" is written "~1". A token longer than
// [MaxPathToken] bytes once escaped is cut on a character boundary, never
// inside an escape, and ends in "…"; only what is kept is read and copied.
// It is the one escaper every violation path is built with.
func PointerToken(s string) string {
	fits := escapedLen(s, MaxPathToken) <= MaxPathToken
	if fits && !strings.ContainsAny(s, "~/") {
		return s
	}
	limit := MaxPathToken
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

// clipPointer cuts each reference token of the JSON Pointer p (already
// escaped) that is longer than [MaxPathToken] bytes, as [PointerToken] does.
// Tokens within the bound are left alone, so clipPointer is idempotent.
func clipPointer(p string) string {
	long := false
	for tok := range strings.SplitSeq(p, "/") {
		if len(tok) > MaxPathToken {
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
		if len(tok) <= MaxPathToken {
			b.WriteString(tok)
			continue
		}
		// A "~" at the end starts an escape; never split one.
		cut := strings.TrimSuffix(clip.Prefix(tok, MaxPathToken-len(clipMark)), "~")
		b.WriteString(cut)
		b.WriteString(clipMark)
	}
	return b.String()
}

// clipMessage cuts msg to at most [MaxMessage] bytes, marking the cut.
func clipMessage(msg string) string {
	return clip.Bytes(msg, MaxMessage)
}
