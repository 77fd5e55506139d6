package cv

import (
	"fmt"
	"strings"

	"github.com/plenipot/itu/internal/clip"
)

// Span is a run of text set in one emphasis. Text keeps the words exactly as
// published, typographic quotes and all; it may begin or end with a space.
type Span struct {
	Text     string   `json:"text" validate:"required,max=10000"`
	Emphasis Emphasis `json:"emphasis,omitzero" validate:"valid"`
}

// Paragraph is one paragraph of a vision statement: a sequence of spans, each
// plain or emphasised. PageBreaks lists the words before which a page break
// cuts the paragraph (counted from 0 over [Paragraph.Text], words being runs
// of non-space characters; optional): the published text sets each part as a
// block of its own, as the vision statement of PP-22 Document 12-E sets two
// of its paragraphs. Breaks past the last word are left out. The zero value
// is an empty paragraph, which is not valid.
type Paragraph struct {
	Spans      []Span `json:"spans" validate:"required,min=1,max=500,dive"`
	PageBreaks []int  `json:"page_breaks,omitzero" validate:"max=20,dive,min=1"`
}

// Text returns the paragraph's words with the emphasis dropped.
func (p Paragraph) Text() string {
	var b strings.Builder
	for _, s := range p.Spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Markdown returns the paragraph with its emphasis marked as published
// statements mark it: **bold**, *italic*, ***bold italic***. Asterisks and
// backslashes in the text are escaped with a backslash, so [ParseParagraph]
// gives the paragraph back, its page breaks aside: the whole paragraph is one
// line, wherever a page break cuts it.
func (p Paragraph) Markdown() string {
	var b strings.Builder
	for _, s := range p.Spans {
		m := s.Emphasis.Marker()
		b.WriteString(m)
		b.WriteString(markdownEscaper.Replace(s.Text))
		b.WriteString(m)
	}
	return b.String()
}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`)

// ParseParagraph reads a paragraph written with the emphasis markers of
// published vision statements: **bold**, *italic* and ***bold italic***. A
// backslash makes the next asterisk or backslash literal. Markers do not nest:
// a run of asterisks first closes the open marker, and what is left of the run
// opens the next one, so "**bold***italic*" is a bold span then an italic one.
// A run too short to close the open marker, more than three asterisks left to
// open, or an unclosed marker is an error wrapping [ErrBadMarkup]. Adjacent
// spans of the same emphasis are merged.
func ParseParagraph(s string) (Paragraph, error) {
	var (
		b    spanBuilder
		open int // length of the open marker run, 0 when none
	)
	bad := func(why string, at int) (Paragraph, error) {
		return Paragraph{}, fmt.Errorf("cv: parse paragraph %q: %w (%s at byte %d)", clip.String(s), ErrBadMarkup, why, at)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && (s[i+1] == '*' || s[i+1] == '\\'):
			i++
			b.write(s[i])
		case c == '*':
			run := 1
			for i+run < len(s) && s[i+run] == '*' {
				run++
			}
			n := run
			if open != 0 { // the run first closes the open marker, then may open another
				if n < open {
					return bad(fmt.Sprintf("%q inside %q; markers do not nest", strings.Repeat("*", n), strings.Repeat("*", open)), i)
				}
				n, open = n-open, 0
				b.emphasis = Plain
			}
			switch {
			case n > 3:
				return bad(fmt.Sprintf("a run of %d asterisks; markers are *, ** or ***", n), i)
			case n > 0:
				open = n
				b.emphasis = markerEmphasis(n)
			}
			i += run - 1
		default:
			b.write(c)
		}
	}
	if open != 0 {
		return bad(fmt.Sprintf("unclosed %q", strings.Repeat("*", open)), len(s))
	}
	return b.paragraph(), nil
}

// spanBuilder collects the text of a paragraph a byte at a time, each byte in
// the emphasis current when it is written. Text written in the emphasis of
// the text before it joins the same span, so adjacent spans of one emphasis
// are merged as they are built, never by copying a finished span again.
type spanBuilder struct {
	spans    []Span
	buf      strings.Builder
	bufEm    Emphasis // the emphasis of the text in buf
	emphasis Emphasis // the emphasis of the next byte written
}

func (b *spanBuilder) write(c byte) {
	if b.buf.Len() > 0 && b.bufEm != b.emphasis {
		b.flush()
	}
	b.bufEm = b.emphasis
	b.buf.WriteByte(c)
}

func (b *spanBuilder) flush() {
	if b.buf.Len() > 0 {
		b.spans = append(b.spans, Span{Text: b.buf.String(), Emphasis: b.bufEm})
		b.buf.Reset()
	}
}

func (b *spanBuilder) paragraph() Paragraph {
	b.flush()
	return Paragraph{Spans: b.spans}
}

// MustParseParagraph is like [ParseParagraph] but panics on error; use it for
// literals in tests and fixtures.
func MustParseParagraph(s string) Paragraph {
	p, err := ParseParagraph(s)
	if err != nil {
		panic(err)
	}
	return p
}

func markerEmphasis(n int) Emphasis {
	switch n {
	case 1:
		return Italic
	case 2:
		return Bold
	}
	return BoldItalic
}
