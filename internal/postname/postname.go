// Package postname holds the written forms of the posts a Plenipotentiary
// Conference fills and finds a post by one of them: the table behind
// itu.Post, itu.ParsePost and itu.LookupPost, shared with the candidacy
// package, which tries many forms built from the lines of a CV and so needs
// what the root package cannot export: the first-word filter ([CouldName])
// and a lookup of forms made of pieces each folded once ([AppendWords],
// [LookupWords]), which builds no string. A post is its index in [Rows], the value of itu.Post. It is not
// part of the public API.
package postname

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/fold"
)

// Row is one post of [Rows]: its code on the wire, its official English
// name and the other forms people write.
type Row struct {
	Code, Name string
	Aliases    []string
}

// Forms returns the code, the name and the aliases of r, in a new slice.
func (r Row) Forms() []string { return append([]string{r.Code, r.Name}, r.Aliases...) }

// Rows is the one table of the posts, indexed by the value of itu.Post; row
// 0, the zero Post, is empty. New posts are appended, never reordered.
var Rows = [...]Row{
	{},
	{"SG", "Secretary-General", []string{"Secretary General"}},
	{"DSG", "Deputy Secretary-General", []string{"Deputy Secretary General"}},
	{"BR", "Director of the Radiocommunication Bureau", []string{"Director, BR", "Director of BR", "Director BR", "BR Director", "Director, Radiocommunication Bureau"}},
	{"TSB", "Director of the Telecommunication Standardization Bureau", []string{"Director, TSB", "Director of TSB", "Director TSB", "TSB Director", "Director, Telecommunication Standardization Bureau"}},
	{"BDT", "Director of the Telecommunication Development Bureau", []string{"Director, BDT", "Director of BDT", "Director BDT", "BDT Director", "Director, Telecommunication Development Bureau"}},
	{"RRB", "Member of the Radio Regulations Board", []string{"Radio Regulations Board", "Radio Regulations Board member", "RRB member", "Board member"}},
	{"COUNCIL", "Member State of the Council", []string{"Council", "ITU Council", "Council member", "a seat on the ITU Council", "Council seat"}},
}

// byKey maps the [fold.Key] of every form of every post to the post: codes
// first, then names and aliases, as the root package's code table takes them.
var byKey = func() map[string]int {
	m := map[string]int{}
	for i, row := range Rows[1:] {
		m[fold.Key(row.Code)] = i + 1
	}
	for i, row := range Rows[1:] {
		for _, f := range row.Forms()[1:] {
			m[fold.Key(f)] = i + 1
		}
	}
	return m
}()

// firstWords holds the first word of every form of a post, folded.
var firstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, row := range Rows[1:] {
		for _, f := range row.Forms() {
			w, _, _ := strings.Cut(fold.Key(f), " ")
			m[w] = true
		}
	}
	return m
}()

// Lookup returns the post s names, compared after [fold.Key], and whether it
// names one: what itu.LookupPost returns.
func Lookup(s string) (int, bool) {
	// Most strings tried are not posts; their first word tells, cheaply.
	if !CouldName(s) {
		return 0, false
	}
	var buf [128]byte
	return lookupKey(fold.AppendKey(buf[:0], s))
}

// lookupKey returns the post whose folded form is k.
func lookupKey(k []byte) (int, bool) {
	p, ok := byKey[string(k)]
	return p, ok
}

// CouldName reports whether s begins with a word that begins some written
// form of a post ("Director", "Deputy", "Council"), so that s, or s with more
// words after it, may name a post. It is a cheap filter for callers that
// build and try many strings: when it is false, [Lookup] fails on s and on
// every string made of s followed by a space or a comma and more words, and
// [LookupWords] on every list of pieces beginning with s.
func CouldName(s string) bool {
	var buf [64]byte
	first, ok := leadingWordASCII(buf[:0], s)
	if !ok {
		first = fold.AppendKey(buf[:0], leadingWord(s))
	}
	return len(first) == 0 || string(first) == "the" || firstWords[string(first)]
}

// leadingWord returns s's first run of non-space characters.
func leadingWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// leadingWordASCII appends [fold.Key] of [leadingWord] of s, reading s up to
// the end of that word only, when the word and the space before it are
// ASCII; it reports false otherwise, having appended no matter what.
func leadingWordASCII(dst []byte, s string) ([]byte, bool) {
	i := 0
	for i < len(s) && isSpaceASCII(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isSpaceASCII(s[j]) {
		if s[j] >= utf8.RuneSelf {
			return dst, false // a rune outside ASCII, maybe a space
		}
		j++
	}
	return fold.AppendWordsASCII(dst, s[i:j]), true // one word: no "the " to drop
}

// isSpaceASCII reports whether c is an ASCII space as [unicode.IsSpace] and
// [fold.Key] know it.
func isSpaceASCII(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// AppendWords appends the words of s as [fold.Key] writes them, but keeping
// a leading "the": s folded as a piece of a longer form, to be joined to
// other pieces by [LookupWords]. It reports false, having appended nothing,
// when s is not ASCII, whose fold only fold.Key knows.
func AppendWords(dst []byte, s string) ([]byte, bool) {
	if !fold.IsASCII(s) {
		return dst, false
	}
	return fold.AppendWordsASCII(dst, s), true
}

// LookupWords returns the post named by pieces made by [AppendWords] and
// joined by spaces: [Lookup] of their strings joined by spaces, without
// folding any of them again, for callers trying several forms made of the
// same pieces ("Director", "of the", "Radiocommunication Bureau"). It does not
// ask [CouldName], which such callers ask once of the first piece.
func LookupWords(pieces ...[]byte) (int, bool) {
	var buf [128]byte
	k := buf[:0]
	for _, p := range pieces {
		if len(p) == 0 {
			continue
		}
		if len(k) > 0 {
			k = append(k, ' ')
		}
		k = append(k, p...)
	}
	k = bytes.TrimPrefix(k, []byte("the "))
	return lookupKey(k)
}
