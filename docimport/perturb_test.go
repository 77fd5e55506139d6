package docimport_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/examples"
)

// perturbation changes a document's text as a real copy of it looks.
type perturbation struct {
	name  string
	apply func(text string, r *rand.Rand) string
}

// perturbations are what copies taken from PDF or Word do to a transcript:
// lines hard-wrapped (with words hyphenated at line ends), paragraphs
// reflowed at other widths, page headers and footers with page numbers,
// stray form feeds, non-breaking spaces, CRLF line ends and trailing spaces,
// "smart" quotes; and all of them at once.
var perturbations = []perturbation{
	{"wrapped-64-hyphenated", func(s string, r *rand.Rand) string { return wrap(s, func() int { return 64 }, true) }},
	{"wrapped-90", func(s string, r *rand.Rand) string { return wrap(s, func() int { return 90 }, false) }},
	{"reflowed-ragged", func(s string, r *rand.Rand) string { return wrap(s, func() int { return 60 + r.IntN(40) }, true) }},
	{"headers-footers-form-feeds", func(s string, r *rand.Rand) string { return pageFurniture(s, true) }},
	{"headers-no-form-feeds", func(s string, r *rand.Rand) string { return pageFurniture(s, false) }},
	{"nbsp-crlf-trailing-space-form-feeds", func(s string, r *rand.Rand) string { return spaces(s, r) }},
	{"page-break-in-lists", func(s string, r *rand.Rand) string { return breakLists(s) }},
	{"pdftotext-pages", func(s string, r *rand.Rand) string { return pdfPages(s) }},
	{"smart-quotes", func(s string, r *rand.Rand) string { return smartQuotes(s) }},
	{"all", func(s string, r *rand.Rand) string {
		s = wrap(s, func() int { return 60 + r.IntN(30) }, true)
		return spaces(smartQuotes(pageFurniture(s, true)), r)
	}},
	{"all-pdftotext", func(s string, r *rand.Rand) string {
		s = wrap(s, func() int { return 60 + r.IntN(30) }, true)
		return spaces(smartQuotes(pdfPages(pageFurniture(s, false))), r)
	}},
}

// wrap hard-wraps every line longer than width() at spaces, never opening a
// line with "-" (a bullet to any reader); with hyphenate, a long word in
// lower case that crosses the margin is cut with a hyphen.
func wrap(text string, width func() int, hyphenate bool) string {
	lines := strings.Split(text, "\n")
	var out []string
	for _, l := range lines {
		w := width()
		for len([]rune(l)) > w {
			cut := breakAt(l, w, hyphenate)
			if cut.at <= 0 {
				break
			}
			out = append(out, l[:cut.at]+cut.mark)
			l = l[cut.next:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

type cut struct {
	at, next int
	mark     string
}

// breakAt finds where to break l before column w: the last space before it
// that is not followed by "-", or inside a long lower-case word.
func breakAt(l string, w int, hyphenate bool) cut {
	runes := 0
	best := cut{}
	for i, r := range l {
		if runes >= w {
			break
		}
		runes++
		if r == ' ' && i+1 < len(l) && l[i+1] != '-' && i > 0 {
			best = cut{at: i, next: i + 1}
		}
	}
	if hyphenate {
		// The word that crosses the margin, when long and in lower case.
		start := best.next
		end := strings.IndexByte(l[start:], ' ')
		if end < 0 {
			end = len(l) - start
		}
		word := l[start : start+end]
		if len(word) >= 10 && isLowerWord(word) && len([]rune(l[:start+len(word)/2])) < w {
			return cut{at: start + len(word)/2, next: start + len(word)/2, mark: "-"}
		}
	}
	return best
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if r > unicode.MaxASCII || !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// pageFurniture adds a header ("- 2 -" and the symbol) at the top of each
// page and a footer ("Page 2 of 3") at its foot, as copies of ITU documents
// print them; with formFeeds, each page opens with a form feed.
func pageFurniture(text string, formFeeds bool) string {
	pages := strings.Split(text, "\n\n\n\n")
	total := len(pages) - 1
	var b strings.Builder
	for i, p := range pages {
		if i == 0 {
			b.WriteString(p)
			continue
		}
		b.WriteString("\n\n\n\n")
		if formFeeds {
			b.WriteString("\f")
		}
		fmt.Fprintf(&b, "- %d -\nPP-22/12-E\n\n%s\n\nPage %d of %d", i, p, i, total)
	}
	return b.String()
}

// breakLists starts a new page, as pdftotext does, inside each list of
// three entries or more: before its second entry.
func breakLists(text string) string {
	lines := strings.Split(text, "\n")
	for i := 2; i+1 < len(lines); i++ {
		if strings.HasPrefix(lines[i-1], "- ") && !strings.HasPrefix(lines[i-2], "- ") &&
			strings.HasPrefix(lines[i], "- ") && strings.HasPrefix(lines[i+1], "- ") {
			lines[i] = "\f" + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// pdfPages sets each page break as pdftotext does: a form feed at the start
// of the page's first line, with no blank line before it.
func pdfPages(text string) string {
	text = strings.TrimPrefix(text, "\n\n\n\n")
	return strings.ReplaceAll(text, "\n\n\n\n", "\n\f")
}

// spaces replaces one space in seven by a non-breaking space, ends lines
// with CRLF, adds trailing spaces to some lines and a stray form feed to
// some blank lines.
func spaces(text string, r *rand.Rand) string {
	var b strings.Builder
	for i, c := range text {
		switch {
		case c == ' ' && r.IntN(7) == 0:
			b.WriteString("\u00a0")
		case c == '\n':
			if r.IntN(5) == 0 {
				b.WriteString("  ")
			}
			b.WriteString("\r\n")
			if strings.HasPrefix(text[i+1:], "\n") && r.IntN(4) == 0 {
				b.WriteString("\f")
			}
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// smartQuotes turns straight quotes into typographic ones.
func smartQuotes(text string) string {
	var b strings.Builder
	open := true
	for i, c := range text {
		switch c {
		case '\'':
			b.WriteRune('’')
		case '"':
			if open {
				b.WriteRune('“')
			} else {
				b.WriteRune('”')
			}
			open = !open
		default:
			_ = i
			b.WriteRune(c)
		}
	}
	return b.String()
}

// foldQuotes compares strings with typographic and straight quotes alike: a
// copy that changes the quotes changes the text, and the reader keeps text
// as written.
var foldQuotes = cmp.Transformer("foldQuotes", func(s string) string {
	return strings.NewReplacer("’", "'", "“", `"`, "”", `"`).Replace(s)
})

// TestPerturbed reads the seed, every rendered fixture and the Korea
// dossier written in Chinese and in Arabic (see TestRoundTripChineseArabic)
// after each perturbation and wants the records of the clean text.
func TestPerturbed(t *testing.T) {
	seed, err := os.ReadFile("../examples/testdata/seed/document-12-E.txt")
	if err != nil {
		t.Fatal(err)
	}
	korea := examples.KoreaDossier()
	cases := []fixture{{name: "seed", kind: itu.KindDossier, record: &korea}}
	texts := []string{string(seed)}
	zh, ar := chineseDossier(), arabicDossier()
	for _, f := range append(renderable(t), fixture{"korea-zh", itu.KindDossier, &zh}, fixture{"korea-ar", itu.KindDossier, &ar}) {
		cases = append(cases, f)
		texts = append(texts, f.record.(renderer).Render())
	}
	for i, f := range cases {
		for k, p := range perturbations {
			t.Run(f.name+"/"+p.name, func(t *testing.T) {
				text := p.apply(texts[i], rand.New(rand.NewPCG(uint64(i), uint64(k))))
				got, res := read(t, text, f.kind)
				unprinted(f.record, got)
				if diff := cmp.Diff(f.record, got, append(sameText, foldQuotes)...); diff != "" {
					t.Errorf("perturbed reading mismatch (-want +got):\n%s\ntext:\n%s", diff, text)
				}
				for _, w := range res.Warnings {
					t.Errorf("warning: %s", w)
				}
			})
		}
	}
}
