package cv

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu"
)

// candidateForPattern is the pattern candidateFor reads a line as.
var candidateForPattern = regexp.MustCompile(`(?i)^\s*candidate\s+(?:for|to)\s+(?:the\s+post\s+of\s+)?(.+?)(?:\s+(?:of|at)\s+(?:the\s+)?(?:ITU|International\s+Telecommunication\s+Union))?[.:;]?\s*$`)

var candidateForTests = []struct {
	name string
	in   string
	want string // "" when the line names no post
}{
	{"post of", "Candidate for the post of Deputy Secretary-General", "Deputy Secretary-General"},
	{"of ITU", "Candidate for the post of Secretary-General of ITU.", "Secretary-General"},
	{"at the Union", "CANDIDATE TO Director of the TSB at the International  Telecommunication\tUnion;", "Director of the TSB"},
	{"no post of", "candidate for Deputy Secretary-General", "Deputy Secretary-General"},
	{"post of without a name", "Candidate for the post of", "the post of"},
	{"space before the colon", "  Candidate for SG :  ", "SG "},
	{"long s", "Candidate for the poſt of SG", "SG"},
	{"only space after for", "Candidate for  ", " "},
	{"line break in the name", "Candidate for Deputy\nSecretary-General", ""},
	{"line break after the name", "Candidate for SG\n", "SG"},
	{"of ITU alone", "Candidate for of ITU", "of ITU"},
	{"not a heading", "International Telecommunication Union", ""},
	{"no space", "Candidatefor SG", ""},
	{"empty", "", ""},
	{"invalid UTF-8", "Candidate for \xff", "\xff"},
}

func TestCandidateFor(t *testing.T) {
	for _, tt := range candidateForTests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := candidateFor(tt.in)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("candidateFor(%q) = %q, %t; want %q", tt.in, got, ok, tt.want)
			}
			checkCandidateFor(t, tt.in)
		})
	}
}

// FuzzCandidateFor checks candidateFor against the pattern it stands for.
func FuzzCandidateFor(f *testing.F) {
	for _, tt := range candidateForTests {
		f.Add(tt.in)
	}
	f.Add("Candidate for the post of  the post of SG of the ITU . ")
	f.Add("candidate\tto\r\fthe post of\nx of ITU")
	f.Fuzz(checkCandidateFor)
}

func checkCandidateFor(t *testing.T, in string) {
	var want string
	m := candidateForPattern.FindStringSubmatch(in)
	if m != nil {
		want = m[1]
	}
	if got, ok := candidateFor(in); got != want || ok != (m != nil) {
		t.Errorf("candidateFor(%q) = %q, %t; the pattern gives %q, %t", in, got, ok, want, m != nil)
	}
}

// TestCandidateForTokens checks candidateFor against its pattern on lines
// made of the pattern's own words, spaces and marks, where a difference
// would show.
func TestCandidateForTokens(t *testing.T) {
	tokens := []string{"candidate", "Candidate", "CANDIDATE", "for", "to", "the", "post", "poſt", "of", "at", "ITU",
		"International", "Telecommunication", "Union", " ", " ", "  ", "\t", "\n", "\v", ".", ":", ";", "x", "SG", "\xff", "ſ", "é"}
	rng := rand.New(rand.NewPCG(18, 18))
	matched := 0
	for range candidateForLines {
		var b strings.Builder
		if rng.IntN(2) == 0 {
			b.WriteString([]string{"Candidate for ", "candidate to\t", " CANDIDATE  for the post of "}[rng.IntN(3)])
		}
		for range 1 + rng.IntN(14) {
			b.WriteString(tokens[rng.IntN(len(tokens))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		if candidateForPattern.MatchString(b.String()) {
			matched++
		}
		checkCandidateFor(t, b.String())
	}
	if matched < candidateForLines/20 {
		t.Errorf("only %d of %d lines match the pattern; the test reads too few headings", matched, candidateForLines)
	}
}

// candidateForLines is how many lines TestCandidateForTokens makes.
var candidateForLines = 20000

// TestCutFold holds cutFold's ASCII fast path to the rune-by-rune folding it
// skips: every letter against every rune up to the Kelvin sign, so the
// orbits of "k" ("K") and "s" ("ſ") are met, and against bytes that are not
// UTF-8.
func TestCutFold(t *testing.T) {
	ref := func(s, word string) (string, bool) {
		for _, w := range word {
			r, n := utf8.DecodeRuneInString(s)
			if n == 0 || !foldEqual(r, w) {
				return "", false
			}
			s = s[n:]
		}
		return s, true
	}
	var ins []string
	for r := rune(0); r <= 0x2200; r++ {
		ins = append(ins, string(r)+"x")
	}
	ins = append(ins, "", "\xff", "\xc5", "\xe2\x84")
	for w := 'A'; w <= 'z'; w++ {
		if !unicode.IsLetter(w) {
			continue
		}
		for _, in := range ins {
			got, ok := cutFold(in, string(w))
			want, wantOK := ref(in, string(w))
			if got != want || ok != wantOK {
				t.Errorf("cutFold(%q, %q) = %q, %t; folding rune by rune gives %q, %t", in, string(w), got, ok, want, wantOK)
			}
		}
	}
}

// TestHeadingPostOwnName holds the shortcut of headingRules, which skips
// LookupPost when a heading names the record's post by its own name: that
// name looks up as the post.
func TestHeadingPostOwnName(t *testing.T) {
	for _, p := range itu.Posts() {
		if got, ok := itu.LookupPost(p.Name()); !ok || got != p {
			t.Errorf("LookupPost(%q) = %v, %t; want %v", p.Name(), got, ok, p)
		}
	}
}

// TestShortestName holds shortestName, which asks isEnding only where an
// ending may open, to asking it after every rune, on lines made of the
// heading's words, spaces, marks, line breaks, and runes and bytes that are
// not ASCII.
func TestShortestName(t *testing.T) {
	ref := func(s string) (string, bool) {
		for e := 0; e < len(s); {
			r, n := utf8.DecodeRuneInString(s[e:])
			if r == '\n' {
				return "", false
			}
			e += n
			if isEnding(s[e:]) {
				return s[:e], true
			}
		}
		return "", false
	}
	tokens := []string{"of", "at", "the", "ITU", "International", "Telecommunication", "Union", "SG", "x",
		" ", "  ", "\t", "\n", "\r", ".", ":", ";", "ſ", "é", "\xff", "\xc3", "\xe2\x80"}
	rng := rand.New(rand.NewPCG(18, 14))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(tokens[rng.IntN(len(tokens))])
		}
		s := b.String()
		got, ok := shortestName(s)
		want, wantOK := ref(s)
		if got != want || ok != wantOK {
			t.Errorf("shortestName(%q) = %q, %t; asking after every rune gives %q, %t", s, got, ok, want, wantOK)
		}
	}
}
