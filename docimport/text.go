package docimport

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu/correspondence"
)

// line is one line of the input as read: its text, cleaned of the marks a
// copy adds (form feeds, non-breaking and zero-width spaces, trailing space),
// and its number in the input, counted from 1.
type line struct {
	n int
	s string
}

// block is a run of non-blank lines; blocks are separated by blank lines. A
// block opens a page when three blank lines or more come before it (the
// transcripts' page break) or it is the first of the text.
type block struct {
	lines []line
	page  bool
}

// span returns the lines the block covers.
func (b block) span() Lines { return Lines{First: b.lines[0].n, Last: b.lines[len(b.lines)-1].n} }

// strs returns the texts of the block's lines.
func (b block) strs() []string {
	out := make([]string, len(b.lines))
	for i, l := range b.lines {
		out[i] = l.s
	}
	return out
}

// text returns the block as one logical line: its lines joined, hyphenation
// at line ends undone.
func (b block) text() string { return joinLines(b.strs()) }

// cleaner maps the characters a copy of a document adds or swaps to what the
// transcript writes: non-breaking and narrow spaces to spaces, soft hyphens,
// zero-width characters, byte order marks and form feeds to nothing.
var cleaner = strings.NewReplacer(
	"\u00a0", " ", "\u202f", " ", "\u2007", " ", "\u2009", " ",
	"\u00ad", "", "\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "",
	"\f", "", "\v", "", "\r", "",
)

// pageNumber matches a line that is only a page number, as copies of
// documents print them in headers and footers: "- 2 -", "Page 2", "Page 2 of
// 5", "2/5", "2".
var pageNumber = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:[-–—]\s*\d{1,3}\s*[-–—]|(?:page|página|pag\.|p\.|стр\.?|страница)\s*\d{1,3}(?:\s*(?:of|de|sur|из|/)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})$`)
})

// splitLines cuts the text into cleaned lines. A form feed that opens a line
// straight after a line of text is a page break, as pdftotext writes one
// between pages: three blank lines are set before the line, as transcripts
// set a page. Any other form feed is dropped where it stands (a line of one
// alone is blank). A line that held only zero-width marks is dropped, not
// read as blank.
func splitLines(text string) []line {
	out := make([]line, 0, strings.Count(text, "\n")+1)
	n := 0
	for text != "" {
		n++
		raw, rest, _ := strings.Cut(text, "\n")
		text = rest
		s := raw
		if needsCleaning(raw) {
			s = cleaner.Replace(raw)
		}
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" && strings.TrimSpace(raw) != "" {
			continue // only zero-width marks
		}
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		if s != "" && strings.HasPrefix(strings.TrimLeft(raw, " \t"), "\f") && len(out) > 0 && out[len(out)-1].s != "" {
			out = append(out, line{n: n}, line{n: n}, line{n: n})
		}
		out = append(out, line{n: n, s: s})
	}
	return out
}

// needsCleaning reports whether s holds a character cleaner replaces: a
// control character or any non-ASCII one.
func needsCleaning(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// furniture removes the page headers and footers a copy repeats on each page:
// every line that is only a page number, and each line that stands beside a
// page number (in the same run of lines) and appears so twice or more, or is
// a document symbol ("PP-22/12-E").
func furniture(ls []line) (kept []line) {
	isNumber := make([]bool, len(ls))
	for i, l := range ls {
		isNumber[i] = l.s != "" && len(l.s) < 40 && pageNumber().MatchString(l.s)
	}
	// The lines beside a page number, counted by text.
	beside := map[string]int{}
	near := make([]bool, len(ls))
	for i := range ls {
		if !isNumber[i] {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(ls) && ls[j].s != "" && !isNumber[j] && len(ls[j].s) < 80 {
				near[j] = true
			}
		}
	}
	for i, l := range ls {
		if near[i] {
			beside[l.s]++
		}
	}
	// Decide first, then keep in place: standsAlone looks at the neighbours.
	drop := make([]bool, len(ls))
	for i, l := range ls {
		drop[i] = isNumber[i] && standsAlone(ls, i, isNumber, near, beside) ||
			near[i] && (beside[l.s] >= 2 || isSymbolHeader(l.s))
	}
	kept = ls[:0]
	for i, l := range ls {
		if !drop[i] {
			kept = append(kept, l)
		}
	}
	return kept
}

// standsAlone reports whether the page number at i is furniture: it is not
// inside a run of text lines, or its neighbour is repeated furniture. A bare
// number in a list ("2") between text lines is kept.
func standsAlone(ls []line, i int, isNumber, near []bool, beside map[string]int) bool {
	blankOrFurniture := func(j int) bool {
		return j < 0 || j >= len(ls) || ls[j].s == "" || isNumber[j] || near[j] && beside[ls[j].s] >= 2
	}
	if strings.Trim(ls[i].s, "0123456789") != "" {
		return true // "- 2 -", "Page 2": never text
	}
	return blankOrFurniture(i-1) && blankOrFurniture(i+1)
}

// blocks groups lines into blocks; three blank lines or more open a page.
func blocks(ls []line) []block {
	var out []block
	blank := 3 // the text opens a page
	for _, l := range ls {
		if l.s == "" {
			blank++
			continue
		}
		if blank > 0 || len(out) == 0 {
			out = append(out, block{page: blank >= 3})
		}
		b := &out[len(out)-1]
		b.lines = append(b.lines, l)
		blank = 0
	}
	return out
}

// joinLines joins lines a copy has wrapped into one: with a space, or with
// nothing where a word was hyphenated at the line end ("develop-" "ment"). A
// hyphen before a capital ("Secretary-" "General") or a digit is kept.
func joinLines(ls []string) string {
	if len(ls) == 1 {
		return ls[0]
	}
	n := 0
	for _, l := range ls {
		n += len(l) + 1
	}
	b := make([]byte, 0, n)
	for i, l := range ls {
		if i > 0 {
			prev := ls[i-1]
			switch {
			case strings.HasSuffix(prev, "-") && hyphenated(prev, l):
				b = b[:len(b)-1]
			case strings.HasSuffix(prev, "-") && compound(prev, l):
			default:
				b = append(b, ' ')
			}
		}
		b = append(b, l...)
	}
	return string(b)
}

// hyphenated reports whether prev, ending in "-", and next are one word cut
// by hyphenation: a lower-case letter on each side of the cut.
func hyphenated(prev, next string) bool {
	before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
	after, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(before) && unicode.IsLower(after)
}

// compound reports whether prev, ending in "-", and next are a hyphenated
// compound cut at its hyphen: a letter before it and a capital or digit
// after ("Secretary-" "General").
func compound(prev, next string) bool {
	before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
	after, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(before) && (unicode.IsUpper(after) || unicode.IsDigit(after))
}

// terminal reports whether s ends a sentence or a list item: its last
// character, after closing quotes, brackets and emphasis marks, is one of
// . : ; ! ? or their CJK and Arabic forms.
func terminal(s string) bool {
	s = strings.TrimRight(s, "*”’\"')]» ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:;!?。：；！？؟…", r)
}

// countWords counts the runs of non-space characters of s.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// isSymbolHeader reports whether s is a document symbol as a page header
// prints it ("PP-22/12-E").
func isSymbolHeader(s string) bool {
	if len(s) > 40 {
		return false
	}
	_, err := correspondence.ParseSymbol(s)
	return err == nil
}
