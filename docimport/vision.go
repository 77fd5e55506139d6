package docimport

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/internal/clip"
)

func quote(s string) string { return clip.Quote(s) }

func parsePartial(s string) (civil.PartialDate, error) { return civil.ParsePartialDate(s) }

// parsePeriodExact parses a period that writes back as written.
func parsePeriodExact(s string) (civil.Period, error) {
	p, err := civil.ParsePeriod(s)
	if err == nil && p.String() != s {
		return civil.Period{}, civil.ErrBadDate
	}
	return p, err
}

// readVision reads a vision statement: the opening as in a CV, then
// section headings and paragraphs with their emphasis; a paragraph a page
// break cuts is joined again and the break kept in its PageBreaks.
func readVision(bs []block, r reader) *cv.VisionStatement {
	v := &cv.VisionStatement{Kind: itu.KindVisionStatement}
	h, i := readHeader(bs, r, func(b block) bool { return !isHeaderBlock(b) })
	v.Name, v.Heading, v.Slogan, v.Tagline, v.Post = h.name, h.heading, h.slogan, h.tagline, h.post
	// Paragraphs, joined again across page breaks: each paragraph's parts,
	// joined once, so that a text of many cuts reads in linear time.
	type para struct {
		parts []string
		cuts  []int
		words int
		lines Lines
	}
	var ps []para
	for _, b := range bs[i:] {
		s := b.text()
		if len(ps) > 0 {
			last := &ps[len(ps)-1]
			if isCut(last.parts[len(last.parts)-1], s) {
				last.cuts = append(last.cuts, last.words)
				last.parts = append(last.parts, s)
				last.words += plainWords(s)
				last.lines.Last = b.span().Last
				continue
			}
		}
		ps = append(ps, para{parts: []string{s}, words: plainWords(s), lines: b.span()})
	}
	var sec *cv.Section
	for k, p := range ps {
		text := joinParts(p.parts)
		if isSectionHeading(text, p.cuts, k+1 < len(ps)) {
			v.Sections = append(v.Sections, cv.Section{Heading: text})
			sec = &v.Sections[len(v.Sections)-1]
			r.at("/sections/"+strconv.Itoa(len(v.Sections)-1)+"/heading", p.lines)
			continue
		}
		if sec == nil {
			v.Sections = append(v.Sections, cv.Section{})
			sec = &v.Sections[len(v.Sections)-1]
		}
		para, err := cv.ParseParagraph(text)
		if err != nil {
			r.warn(p.lines, "emphasis not read, kept as text: "+err.Error())
			para = cv.Paragraph{Spans: []cv.Span{{Text: text}}}
		}
		para.PageBreaks = p.cuts
		r.at("/sections/"+strconv.Itoa(len(v.Sections)-1)+"/paragraphs/"+strconv.Itoa(len(sec.Paragraphs)), p.lines)
		sec.Paragraphs = append(sec.Paragraphs, para)
	}
	if v.Post == 0 && len(ps) > 0 {
		if post, ok := postAfter(ps[0].parts[0]); ok {
			v.Post = post
			r.at("/post", ps[0].lines)
		}
	}
	return v
}

// isHeaderBlock reports whether b belongs to the opening of a vision
// statement: a quoted slogan, a line without final punctuation, or lines
// that name a post.
func isHeaderBlock(b block) bool {
	s := b.text()
	if strings.HasPrefix(s, "“") && strings.HasSuffix(s, "”") {
		return true
	}
	_, ok := postAfter(s)
	return len(b.lines) > 1 && !terminal(s) || ok && !terminal(s) && len(s) < 200
}

// isCut reports whether paragraph a was cut by a page break before b: a
// does not end a sentence and is no heading (it is long or has emphasis),
// or b opens in lower case.
func isCut(a, b string) bool {
	if terminal(a) {
		return false
	}
	r := []rune(b)
	return len(a) >= 200 || strings.Contains(a, "*") || len(r) > 0 && unicode.IsLower(r[0])
}

// isSectionHeading reports whether a paragraph is a section heading: one
// not cut by a page break, short, without final punctuation or emphasis,
// with a paragraph after it.
func isSectionHeading(s string, cuts []int, more bool) bool {
	return more && len(cuts) == 0 && len(s) < 200 && !terminal(s) && !strings.Contains(s, "*")
}

// plainWords counts the words of a paragraph's markdown as its text has them.
func plainWords(md string) int {
	if p, err := cv.ParseParagraph(md); err == nil {
		return countWords(p.Text())
	}
	return countWords(md)
}

// joinParts joins the parts of a paragraph a page break cut: with a space,
// and an emphasis run that closes before the cut and opens again after it
// is one run.
func joinParts(parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	b := make([]byte, 0, n)
	for i, p := range parts {
		if i > 0 {
			m := sameMarker(b, p)
			b = append(b[:len(b)-len(m)], ' ')
			p = p[len(m):]
		}
		b = append(b, p...)
	}
	return string(b)
}

// sameMarker returns the emphasis marker that closes a and opens b, or "".
func sameMarker(a []byte, b string) string {
	for _, m := range []string{"***", "**", "*"} {
		if bytes.HasSuffix(a, []byte(m)) && strings.HasPrefix(b, m) && !bytes.HasSuffix(a, []byte(m+"*")) && !strings.HasPrefix(b, m+"*") {
			return m
		}
	}
	return ""
}
