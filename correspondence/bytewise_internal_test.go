package correspondence

import (
	"math"
	"net/mail"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/check"
)

// The fuzz targets of this file hold the functions that read ASCII text a
// byte at a time, or fold it on the stack, to what they stand in for.

func FuzzWordCount(f *testing.F) {
	for _, s := range []string{
		"", " ", "a b\tc", " two  words ", "a\u00a0b\u2003c", "\xff \x85 x", "a\u0085b",
		"eight by", "eight by tes and then some\r\nwords\v\f.", "        x", "x       y", "\t\n\v\f\r \x08\x0e", "words é words, then eight more",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
		}
	})
}

func FuzzAppendKey(f *testing.F) {
	for _, s := range []string{"", " ", "Dr. Chaesub  LEE", "\tKorea\n", "Ｋｏｒｅａ", "a\u00adb", "x\x7fy", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendKey([]byte("k:"), s)), "k:"+canon.Key(s); got != want {
			t.Fatalf("appendKey(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzDateWords(f *testing.F) {
	for _, s := range []string{"", "October 27, 2021", "le 1er janvier 2023", "22 de noviembre de 2021", "Monday, 22. November 2021", "22 ноября 2021 г.", "يوم الإثنين 29 أغسطس 2022", "THE 1ST OF MAY", "\xff,x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []string
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '.' || r == '،' || unicode.IsSpace(r) }) {
			if !dateNoise[foldMonth(w)] {
				want = append(want, ordinal(w))
			}
		}
		if got := dateWords(nil, s); !slices.Equal(got, want) {
			t.Fatalf("dateWords(%q) = %q, want %q", s, got, want)
		}
	})
}

// stateNamedInByJoin is stateNamedIn as it was written, joining the words
// of each run with single spaces.
func stateNamedInByJoin(name string) (itu.MemberState, bool) {
	words := strings.Fields(name)
	if len(words) > 40 {
		words = words[:40]
	}
	for i, w := range words {
		if !strings.EqualFold(w, "of") {
			continue
		}
		for j := len(words); j > i+1; j-- {
			if m, ok := itu.LookupMemberState(strings.Join(words[i+1:j], " ")); ok {
				return m, true
			}
		}
	}
	return itu.MemberState{}, false
}

func FuzzStateNamedIn(f *testing.F) {
	for _, s := range []string{
		"", "of", "Permanent Mission of the Republic of Korea", "Mission of\tthe  Republic\u00a0of Korea to the UN",
		"Permanent Mission of Lithuania (Republic of)", "Mission permanente of Côte d'Ivoire", "OF KOR", "of\u0085Korea",
		strings.Repeat("word ", 39) + "of Korea",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gotOK := stateNamedIn(s)
		want, wantOK := stateNamedInByJoin(s)
		if gotOK != wantOK || got != want.Code {
			t.Fatalf("stateNamedIn(%q) = %s, %t; want %s, %t", s, got, gotOK, want.Code, wantOK)
		}
	})
}

// plainASCIIBytewise is plainASCII a byte at a time.
func plainASCIIBytewise(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c < ' ' && !asciiSpace(c) || c == 0x7f {
			return false
		}
	}
	return true
}

func FuzzPlainASCII(f *testing.F) {
	for _, s := range []string{"", "Dr. Chaesub LEE of the Republic of Korea", "twelve bytes\tand a tab", "eight by\x7f", "eight by\x00", "eight byt\u00e9", "\x1f\x20\x7e\x7f\x80 eight and more"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := plainASCII(s), plainASCIIBytewise(s); got != want {
			t.Fatalf("plainASCII(%q) = %t, want %t", s, got, want)
		}
	})
}

func FuzzPhoneDigits(f *testing.F) {
	for _, s := range []string{"", "+41(0)22 748 0000", "((0)0))", "(0)(0)", "(0", "0)", "12(0)34"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want strings.Builder
		for _, c := range []byte(strings.ReplaceAll(s, "(0)", "")) {
			if '0' <= c && c <= '9' {
				want.WriteByte(c)
			}
		}
		if got := phoneDigits(s); got != want.String() {
			t.Fatalf("phoneDigits(%q) = %q, want %q", s, got, want.String())
		}
	})
}

// FuzzPlainAddress checks that net/mail parses every address plainAddress
// accepts as the bare address itself, which emailProblem takes for granted.
func FuzzPlainAddress(f *testing.F) {
	for _, s := range []string{"geneva.korea@mofa.go.kr", "a@b", "a.b@c-d.e", "a+b_c@d", ".a@b", "a.@b", "a..b@c", "a@b.", "a@@b", "@b", "a@", "-@-", "a@b@c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plainAddress(s) {
			return
		}
		if a, err := mail.ParseAddress(s); err != nil || a.Name != "" || a.Address != s {
			t.Fatalf("plainAddress(%q), but net/mail gives %+v, %v", s, a, err)
		}
	})
}

// FuzzWordsUpTo holds wordsUpTo to the count of strings.Fields: the count
// below the limit, at least the limit otherwise.
func FuzzWordsUpTo(f *testing.F) {
	for _, s := range []string{"", "a", "one two three four five six seven eight nine ten", " x  y\u00a0z ", "\xff \x85 x"} {
		for _, limit := range []int{-1, 0, 1, 3, 9, 100} {
			f.Add(s, limit)
		}
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		n, got := len(strings.Fields(s)), wordsUpTo(s, limit)
		if n < limit && got != n || n >= limit && got < limit {
			t.Fatalf("wordsUpTo(%q, %d) = %d; the text has %d words", s, limit, got, n)
		}
	})
}

// FuzzFewPageBreakRule holds the rule on a few page breaks, which reads a
// paragraph only up to the break's word and finds repeats among the
// breaks before, to the rule on many, which counts each paragraph's words
// once and keeps the breaks in a set. The breaks are one at the largest
// word, then the bytes of b, two to a break (paragraph and word, from -2),
// at most fewPageBreaks in all.
func FuzzFewPageBreakRule(f *testing.F) {
	text := "It is a pleasure\n\nto inform you  of it\u00a0today"
	f.Add(text, []byte{2, 2})
	f.Add(text, []byte{2, 2, 2, 2, 1, 0})
	f.Add(text, []byte{0, 9, 3, 2, 2, 250})
	f.Add("", []byte{2, 2, 2, 3})
	f.Add("one\ntwo three", []byte{3, 3, 2, 6, 3, 4, 3, 3})
	f.Fuzz(func(t *testing.T, s string, b []byte) {
		paragraphs := strings.Split(s, "\n")
		bs := []PageBreak{{Paragraph: 0, Word: math.MaxInt}} // a word no paragraph has, whatever the text
		for i := 0; i+1 < len(b) && len(bs) < fewPageBreaks; i += 2 {
			bs = append(bs, PageBreak{Paragraph: int(b[i]) - 2, Word: int(b[i+1]) - 2})
		}
		few, many := check.New(), check.New()
		fewPageBreakRule(few, "/page_breaks", bs, paragraphs)
		manyPageBreakRule(many, "/page_breaks", bs, paragraphs)
		if got, want := few.Violations(), many.Violations(); !slices.Equal(got, want) {
			t.Fatalf("breaks %v in %q:\n few: %v\nmany: %v", bs, paragraphs, got, want)
		}
	})
}
