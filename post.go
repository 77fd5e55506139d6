package itu

import (
	"errors"
	"strings"
	"unicode"

	"github.com/plenipot/itu/internal/enum"
	"github.com/plenipot/itu/internal/fold"
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

type postInfo struct {
	code, name string
	aliases    []string
}

// postTable is the one code table behind every Post method.
var postTable = [...]postInfo{
	{},
	{"SG", "Secretary-General", []string{"Secretary General"}},
	{"DSG", "Deputy Secretary-General", []string{"Deputy Secretary General"}},
	{"BR", "Director of the Radiocommunication Bureau", []string{"Director, BR", "Director of BR", "Director BR", "BR Director", "Director, Radiocommunication Bureau"}},
	{"TSB", "Director of the Telecommunication Standardization Bureau", []string{"Director, TSB", "Director of TSB", "Director TSB", "TSB Director", "Director, Telecommunication Standardization Bureau"}},
	{"BDT", "Director of the Telecommunication Development Bureau", []string{"Director, BDT", "Director of BDT", "Director BDT", "BDT Director", "Director, Telecommunication Development Bureau"}},
	{"RRB", "Member of the Radio Regulations Board", []string{"Radio Regulations Board", "Radio Regulations Board member", "RRB member", "Board member"}},
	{"COUNCIL", "Member State of the Council", []string{"Council", "ITU Council", "Council member", "a seat on the ITU Council", "Council seat"}},
}

// posts is the code table behind String, ParsePost, IsValid and the text
// methods: codes on the wire, codes, names and aliases for ParsePost.
var posts = func() *enum.Table[Post] {
	codes := make([]string, len(postTable))
	names := map[string]Post{}
	for i, row := range postTable {
		codes[i] = row.code
		if i > 0 {
			names[row.name] = Post(i)
			for _, a := range row.aliases {
				names[a] = Post(i)
			}
		}
	}
	return enum.New(enum.Spec[Post]{Pkg: "itu", Type: "Post", What: "post", Codes: codes, Names: names,
		Key: fold.Key, Want: "one of SG, DSG, BR, TSB, BDT, RRB, COUNCIL", Err: ErrUnknownPost})
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
	return postTable[p].name
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
	// Most strings tried are not posts; their first word tells, cheaply.
	if !couldNamePost(s) {
		return 0, false
	}
	var buf [128]byte
	return posts.LookupKey(string(fold.AppendKey(buf[:0], s)))
}

// couldNamePost reports whether s begins with a word that begins some written
// form of a post ("Director", "Deputy", "Council"), so that s, or s with more
// words after it, may name a post. It is a cheap filter for callers that
// build and try many strings: when it is false, [LookupPost] fails on s and on
// every string made of s followed by a space or a comma and more words.
func couldNamePost(s string) bool {
	var buf [64]byte
	first := fold.AppendKey(buf[:0], leadingWord(s))
	return len(first) == 0 || string(first) == "the" || postFirstWords[string(first)]
}

// postFirstWords holds the first word of every written form of a post, folded.
var postFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, row := range postTable[1:] {
		for _, f := range append([]string{row.code, row.name}, row.aliases...) {
			w, _, _ := strings.Cut(fold.Key(f), " ")
			m[w] = true
		}
	}
	return m
}()

// leadingWord returns s's first run of non-space characters.
func leadingWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// MarshalText encodes p as its code; the zero Post encodes as the empty string.
func (p Post) MarshalText() ([]byte, error) { return posts.MarshalText(p) }

// UnmarshalText decodes a post code exactly as [Post.MarshalText] writes it
// ("DSG"); the empty string decodes to the zero Post. Written names go
// through [ParsePost].
func (p *Post) UnmarshalText(b []byte) error { return posts.UnmarshalText(p, b) }
