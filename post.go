package itu

import (
	"errors"

	"github.com/plenipot/itu/internal/enum"
	"github.com/plenipot/itu/internal/postname"
)

// Post is one of the seven things a Plenipotentiary Conference elects
// (CS Nos 54-56, 61-63). The zero value means "not set" and is not valid.
type Post int

// The posts a Plenipotentiary Conference fills. New values are appended, never reordered.
const (
	SecretaryGeneral       Post = iota + 1 // Secretary-General
	DeputySecretaryGeneral                 // Deputy Secretary-General
	DirectorBR                             // Director of the Radiocommunication Bureau
	DirectorTSB                            // Director of the Telecommunication Standardization Bureau
	DirectorBDT                            // Director of the Telecommunication Development Bureau
	BoardMember                            // Member of the Radio Regulations Board
	CouncilMember                          // Member State of the Council
)

// ErrUnknownPost is wrapped by errors from [ParsePost] for text that names no post.
var ErrUnknownPost = errors.New("unknown post")

// posts is the code table behind String, IsValid, the text methods and
// ParsePost's error: the codes on the wire. The written forms ParsePost and
// LookupPost read are postname's, the one table of them, which the candidacy
// package reads too.
var posts = func() *enum.Table[Post] {
	codes := make([]string, len(postname.Rows))
	for i, row := range postname.Rows {
		codes[i] = row.Code
	}
	return enum.New(enum.Spec[Post]{Pkg: "itu", Type: "Post", What: "post", Codes: codes,
		Want: "one of SG, DSG, BR, TSB, BDT, RRB, COUNCIL", Err: ErrUnknownPost})
}()

// Posts returns every valid post in table order.
func Posts() []Post { return posts.Values() }

// IsValid reports whether p is one of the seven posts.
func (p Post) IsValid() bool { return posts.IsValid(p) }

// String returns the post's short code ("DSG"), or "Post(n)" for an invalid value.
func (p Post) String() string { return posts.String(p) }

// Name returns the post's official English name ("Deputy Secretary-General").
func (p Post) Name() string {
	if !p.IsValid() {
		return ""
	}
	return postname.Rows[p].Name
}

// IsElectedOfficial reports whether p is one of the five elected officials
// (Secretary-General, Deputy Secretary-General and the three Bureau Directors).
func (p Post) IsElectedOfficial() bool { return p >= SecretaryGeneral && p <= DirectorBDT }

// IsDirector reports whether p is one of the three Bureau Director posts.
func (p Post) IsDirector() bool { return p >= DirectorBR && p <= DirectorBDT }

// CandidateIsPerson reports whether a candidate for p is a person (every post but
// a Council seat); for [CouncilMember] the candidate is the Member State itself.
func (p Post) CandidateIsPerson() bool { return p.IsValid() && p != CouncilMember }

// ParsePost parses a post from its code ("DSG", case-insensitive), its official
// name or a common written form ("Director of TSB", "Council").
func ParsePost(s string) (Post, error) {
	if p, ok := LookupPost(s); ok {
		return p, nil
	}
	return 0, posts.ParseError(s)
}

// LookupPost is like [ParsePost] but reports failure with a bool and builds no
// error, for callers that try many strings.
func LookupPost(s string) (Post, bool) {
	p, ok := postname.Lookup(s)
	return Post(p), ok
}

// MarshalText encodes p as its code; the zero Post encodes as the empty string.
func (p Post) MarshalText() ([]byte, error) { return posts.MarshalText(p) }

// UnmarshalText decodes a post code exactly as [Post.MarshalText] writes it
// ("DSG"); the empty string decodes to the zero Post. Written names go
// through [ParsePost].
func (p *Post) UnmarshalText(b []byte) error { return posts.UnmarshalText(p, b) }
