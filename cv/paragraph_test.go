package cv_test

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/cv"
)

func b(s string) cv.Span  { return cv.Span{Text: s, Emphasis: cv.Bold} }
func i(s string) cv.Span  { return cv.Span{Text: s, Emphasis: cv.Italic} }
func bi(s string) cv.Span { return cv.Span{Text: s, Emphasis: cv.BoldItalic} }
func pl(s string) cv.Span { return cv.Span{Text: s} }

var parseParagraphTests = []struct {
	name    string
	in      string
	want    []cv.Span
	wantErr error
}{
	{"plain", "Plain text.", []cv.Span{pl("Plain text.")}, nil},
	{"empty", "", nil, nil},
	{"bold", "until **2030**, which", []cv.Span{pl("until "), b("2030"), pl(", which")}, nil},
	{"italic", "*Geneva*", []cv.Span{i("Geneva")}, nil},
	{"bold italic with quotes", "is ***“Building a Trusted ICT Platform”*** so", []cv.Span{pl("is "), bi("“Building a Trusted ICT Platform”"), pl(" so")}, nil},
	{"bold inside quotes", "for “**New Normal Life**” with", []cv.Span{pl("for “"), b("New Normal Life"), pl("” with")}, nil},
	{"bold then italic", "**a***b*", []cv.Span{b("a"), i("b")}, nil},
	{"italic then bold", "*a***b**", []cv.Span{i("a"), b("b")}, nil},
	{"bold then bold italic", "**a*****b***", []cv.Span{b("a"), bi("b")}, nil},
	{"bold italic then italic", "***a****b*", []cv.Span{bi("a"), i("b")}, nil},
	{"adjacent bold merged", "**a****b**", []cv.Span{b("ab")}, nil},
	{"space between bold", "**a** **b**", []cv.Span{b("a"), pl(" "), b("b")}, nil},
	{"escaped asterisk", `5 \* 3`, []cv.Span{pl("5 * 3")}, nil},
	{"escaped backslash", `a\\b`, []cv.Span{pl(`a\b`)}, nil},
	{"lone backslash", `a\b\`, []cv.Span{pl(`a\b\`)}, nil},
	{"escaped asterisk in bold", `**x\*y**`, []cv.Span{b("x*y")}, nil},
	{"unclosed bold", "**open", nil, cv.ErrBadMarkup},
	{"italic inside bold", "**a *b* c**", nil, cv.ErrBadMarkup},
	{"four asterisks", "****", nil, cv.ErrBadMarkup},
	{"too many to reopen", "*a*****b", nil, cv.ErrBadMarkup},
	{"lone asterisk", "5 * 3", nil, cv.ErrBadMarkup},
}

func TestParseParagraph(t *testing.T) {
	for _, tt := range parseParagraphTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cv.ParseParagraph(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseParagraph(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got.Spans, equateEmpty); diff != "" {
				t.Errorf("ParseParagraph(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if err != nil {
				return
			}
			back, err := cv.ParseParagraph(got.Markdown())
			if err != nil {
				t.Fatalf("ParseParagraph(Markdown() = %q): %v", got.Markdown(), err)
			}
			if diff := cmp.Diff(got, back, equateEmpty); diff != "" {
				t.Errorf("Markdown round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParagraphText(t *testing.T) {
	p := cv.Paragraph{Spans: []cv.Span{pl("is "), bi("“Building”"), pl(" so, 5 * 3 "), b(`a\b`)}}
	if got, want := p.Text(), `is “Building” so, 5 * 3 a\b`; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
	if got, want := p.Markdown(), `is ***“Building”*** so, 5 \* 3 **a\\b**`; got != want {
		t.Errorf("Markdown() = %q, want %q", got, want)
	}
}

func FuzzParseParagraph(f *testing.F) {
	for _, tt := range parseParagraphTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := cv.ParseParagraph(s)
		if err != nil {
			if !errors.Is(err, cv.ErrBadMarkup) {
				t.Fatalf("ParseParagraph(%q) error %v does not wrap ErrBadMarkup", s, err)
			}
			return
		}
		for k, sp := range p.Spans {
			if sp.Text == "" || !sp.Emphasis.IsValid() || (k > 0 && p.Spans[k-1].Emphasis == sp.Emphasis) {
				t.Fatalf("ParseParagraph(%q) = %+v: empty, invalid or unmerged span %d", s, p.Spans, k)
			}
		}
		back, err := cv.ParseParagraph(p.Markdown())
		if err != nil {
			t.Fatalf("ParseParagraph(Markdown() = %q): %v", p.Markdown(), err)
		}
		if diff := cmp.Diff(p, back, equateEmpty); diff != "" {
			t.Fatalf("round trip of %q mismatch (-want +got):\n%s", s, diff)
		}
		if utf8.ValidString(s) && !utf8.ValidString(p.Text()) {
			t.Fatalf("ParseParagraph(%q) made invalid UTF-8", s)
		}
	})
}
