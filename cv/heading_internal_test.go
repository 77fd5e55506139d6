package cv

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
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
